"""Output: one OUTPUT_URI setting becomes a Scrapy FEEDS entry.

The default output is added *beside* whatever FEEDS the user gives (so
``-O out.jsonl`` works as in any Scrapy project and the data lake still gets
its batch). Layout under OUTPUT_URI:

    items/<spider>/dt=YYYY-MM-DD/<run_id>-<batch>.jsonl.gz    (OUTPUT_FORMAT=jsonlines)
    items/<spider>/dt=YYYY-MM-DD/<run_id>-<batch>.parquet     (OUTPUT_FORMAT=parquet)
"""

from __future__ import annotations

import secrets
from datetime import datetime, timezone

from scrapy.settings import SETTINGS_PRIORITIES

from crawler.components import attached
from crawler.items import RECORD_FIELDS

ITEMS_PATH = "items/%(name)s/dt=%(dt)s/%(run_id)s-%(batch_id)05d"  # + the format's suffix
# OUTPUT_FORMAT -> (file suffix, Scrapy feed format); parquet's exporter is in
# FEED_EXPORTERS (crawler/output/parquet.py) and compresses by itself.
OUTPUT_FORMATS = {"jsonlines": (".jsonl.gz", "jsonlines"), "parquet": (".parquet", "parquet")}


def is_records_key(key: str) -> bool:
    """A record batch's key (relative to OUTPUT_URI), as ITEMS_PATH makes them."""
    return key.startswith(ITEMS_PATH.split("/", 1)[0] + "/") and key.endswith((".jsonl.gz", ".parquet"))


def new_run_id(now: datetime | None = None) -> str:
    now = now or datetime.now(timezone.utc)
    return f"{now:%Y%m%dT%H%M%SZ}-{secrets.token_hex(3)}"


def output_format(settings) -> str:
    """OUTPUT_FORMAT, checked: a bad value stops the crawl at start."""
    value = (settings.get("OUTPUT_FORMAT") or "jsonlines").strip().lower()
    if value not in OUTPUT_FORMATS:
        raise ValueError(f"OUTPUT_FORMAT: {settings.get('OUTPUT_FORMAT')!r} is not one of "
                         f"{', '.join(OUTPUT_FORMATS)}")
    return value


def items_feed_uri(output_uri: str, format_name: str = "jsonlines") -> str:
    return f"{output_uri.rstrip('/')}/{ITEMS_PATH}{OUTPUT_FORMATS[format_name][0]}"


def items_feed_options(settings, format_name: str) -> dict:
    """The FEEDS options of the OUTPUT_URI feed in one format."""
    options = {
        "format": OUTPUT_FORMATS[format_name][1],
        "encoding": "utf-8",
        "fields": list(RECORD_FIELDS),
        "batch_item_count": settings.getint("OUTPUT_BATCH_ITEM_COUNT"),
        "store_empty": False,  # a run that stores nothing writes no empty batch
    }
    if format_name == "parquet":
        options["item_export_kwargs"] = {"row_group_rows": settings.getint("OUTPUT_PARQUET_ROW_GROUP_ROWS")}
    else:
        options["postprocessing"] = ["scrapy.extensions.postprocessing.GzipPlugin"]
    return options


def run_id_of(spider) -> str:
    """The spider's run id, made on first use."""
    return attached(spider, "run_id", new_run_id)


def run_date(run_id: str) -> str:
    """YYYY-MM-DD of a run id (its UTC start date), for the dt= partition."""
    return f"{run_id[0:4]}-{run_id[4:6]}-{run_id[6:8]}"


def uri_params(params: dict, spider) -> dict:
    """FEED_URI_PARAMS: adds run_id and dt (the run's UTC start date)."""
    run_id = run_id_of(spider)
    return {**params, "run_id": run_id, "dt": run_date(run_id)}


class OutputAddon:
    """Adds the OUTPUT_URI feed (OUTPUT_FORMAT: gzipped jsonlines or parquet, the
    record's fields) to FEEDS."""

    def update_settings(self, settings) -> None:
        output_uri = (settings.get("OUTPUT_URI") or "").strip()
        format_name = output_format(settings)
        if not output_uri:
            return
        feeds = settings.getdict("FEEDS")
        feeds.setdefault(items_feed_uri(output_uri, format_name), items_feed_options(settings, format_name))
        priority = max(settings.getpriority("FEEDS") or 0, SETTINGS_PRIORITIES["addon"])
        settings.set("FEEDS", feeds, priority=priority)
        if settings.get("FEED_URI_PARAMS") is None:
            settings.set("FEED_URI_PARAMS", "crawler.output.layout.uri_params", priority="addon")
