"""Parquet record batches (OUTPUT_FORMAT=parquet): the arrow schema and a Scrapy exporter.

The arrow schema is derived, in this one place, from the record's JSON Schema
(crawler/schema/record.schema.json), in the field order of RECORD_FIELDS:
strings (nullable where the schema allows null), float64 for numbers,
booleans, and ``removed`` as a list of {rule, text} structs. A field the
schema describes in a way this does not know fails at import, so the two
can never drift apart silently.

The exporter writes a row group every ``row_group_rows`` records straight to
the feed's file (the spool's ``.partial``), so a batch never sits whole in
memory, and closes the file's footer in finish_exporting. Pages carry CRC
checksums, so reading back (spool recovery) can tell damaged data.
"""

from __future__ import annotations

from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
from scrapy.exporters import BaseItemExporter

from crawler.items import RECORD_FIELDS
from crawler.schema import record_schema

COMPRESSION = "zstd"  # text compresses well with it; DuckDB, Spark, pandas read it
ROW_GROUP_ROWS = 1000  # OUTPUT_PARQUET_ROW_GROUP_ROWS's default


def _arrow_type(name: str, spec: dict) -> tuple[pa.DataType, bool]:
    """(arrow type, nullable) of one JSON Schema property."""
    if "const" in spec:
        return _arrow_type(name, {"type": type(spec["const"]).__name__.replace("str", "string")})
    if "enum" in spec:
        values = spec["enum"]
        if all(isinstance(v, str) or v is None for v in values):
            return pa.string(), None in values
    types = spec.get("type")
    types = [types] if isinstance(types, str) else list(types or ())
    nullable = "null" in types
    types = [t for t in types if t != "null"]
    if types == ["string"]:
        return pa.string(), nullable
    if types == ["number"]:
        return pa.float64(), nullable
    if types == ["boolean"]:
        return pa.bool_(), nullable
    if types == ["array"] and spec["items"].get("type") == "object":
        item = spec["items"]
        fields = [pa.field(key, *_arrow_type(key, item["properties"][key]))
                  for key in item["properties"]]
        return pa.list_(pa.struct(fields)), nullable
    if types == ["object"] and "properties" in spec:
        return pa.struct([pa.field(key, *_arrow_type(key, value))
                          for key, value in spec["properties"].items()]), nullable
    raise TypeError(f"record field {name!r}: no arrow type for JSON Schema {spec}")


def record_arrow_schema() -> pa.Schema:
    """The record as an arrow schema, from record.schema.json, in RECORD_FIELDS order."""
    properties = record_schema()["properties"]
    required = set(record_schema().get("required", ()))
    fields = []
    for name in RECORD_FIELDS:
        arrow_type, nullable = _arrow_type(name, properties[name])
        # A field the schema does not require may be missing: null in the row.
        fields.append(pa.field(name, arrow_type, nullable=nullable or name not in required))
    return pa.schema(fields)


RECORD_ARROW_SCHEMA = record_arrow_schema()


class ParquetItemExporter(BaseItemExporter):
    """FEED_EXPORTERS["parquet"]: records as rows, a row group every row_group_rows."""

    def __init__(self, file, *, row_group_rows: int = ROW_GROUP_ROWS, **kwargs):
        super().__init__(**kwargs)  # Scrapy's encoding and indent are taken and unused
        self.file = file
        self.row_group_rows = max(1, int(row_group_rows))
        self.schema = RECORD_ARROW_SCHEMA
        if self.fields_to_export is None:
            self.fields_to_export = list(self.schema.names)
        # Arrow would take a null into a non-nullable column without a word.
        self.not_null = [f.name for f in self.schema if not f.nullable]
        self.rows: list[dict] = []
        self.writer: pq.ParquetWriter | None = None

    def start_exporting(self) -> None:
        self.writer = pq.ParquetWriter(self.file, self.schema, compression=COMPRESSION,
                                       write_page_checksum=True)

    def export_item(self, item) -> None:
        row = dict(self.get_serialized_fields(item, include_empty=True))
        missing = [name for name in self.not_null if row.get(name) is None]
        if missing:  # this record fails alone, not the row group it would join
            raise ValueError(f"record {row.get('url')!r}: null in non-nullable field(s) {missing}")
        self.rows.append(row)
        if len(self.rows) >= self.row_group_rows:
            self._write_row_group()

    def _write_row_group(self) -> None:
        table = pa.Table.from_pylist(self.rows, schema=self.schema)
        self.writer.write_table(table, row_group_size=len(self.rows))
        self.file.flush()
        self.rows = []

    def finish_exporting(self) -> None:
        if self.rows:
            self._write_row_group()
        self.writer.close()  # writes the footer; the file itself stays open for the storage


def read_whole(path: Path) -> pa.Table:
    """Every row of a parquet file, checking its footer and every page's checksum.

    Raises (pyarrow.ArrowInvalid, OSError, ...) on a file that is not whole.
    """
    return pq.read_table(path, page_checksum_verification=True)


def count_rows(path: Path) -> int:
    return pq.ParquetFile(path).metadata.num_rows
