"""Output: every key under OUTPUT_URI, and the OUTPUT_URI feed added to Scrapy's FEEDS.

The default output is added *beside* whatever FEEDS the user gives (so
``-O out.jsonl`` works as in any Scrapy project and the data lake still gets
its batch).

Every key under OUTPUT_URI (relative to it) is made here and nowhere else;
the store (crawler/output/facade.py) takes and gives such keys:

    items/<spider>/dt=YYYY-MM-DD/<run_id>-<batch>.jsonl.gz   ITEMS_PATH      record batches, OUTPUT_FORMAT=jsonlines (Scrapy's feed export); ITEMS_GLOB
    items/<spider>/dt=YYYY-MM-DD/<run_id>-<batch>.parquet    ITEMS_PATH      record batches, OUTPUT_FORMAT=parquet (output/parquet.py)
    raw/<spider>/dt=YYYY-MM-DD/<run_id>-<batch>.warc.gz      RAW_PATH        every response, WARC (output/archive.py)
    runs/<run_id>.json                                       MANIFEST_PATH   the run manifest (output/manifest.py)
    runs/<run_id>.html                                       REPORT_PATH     the run report (run/report.py)
    runs/index.html                                          INDEX_PATH      the history of runs (run/report.py)
    state/<spider>/stored/<run_id>-<batch>.jsonl.gz          STORED_PREFIX   a batch's stored URLs (state/incremental.py)
    state/<spider>/stored-snapshot/<run_id>.jsonl.gz         SNAPSHOT_PREFIX many segments folded into one (same)
    state/<spider>/site-memory/<run_id>.json                 SITE_MEMORY_PREFIX  boilerplate learned per site (state/site_memory.py)
    state/near-duplicates/segments/<spider>/<run_id>-<batch>.jsonl.gz  NEAR_DUPLICATE_SEGMENTS_PREFIX  a batch's fingerprints (state/near_duplicates.py)
    state/near-duplicates/snapshot/<run_id>.jsonl.gz         NEAR_DUPLICATE_SNAPSHOT_PREFIX  many segments in one (same)
    links/<spider>/dt=YYYY-MM-DD/<run_id>.jsonl.gz           LINKS_PATH      copy corrections of a run (same); LINKS_GLOB

Index segments are .jsonl.gz whatever OUTPUT_FORMAT the record batches have.
``run_id`` sorts by start time (see new_run_id), so the newest object under a
prefix is the one with the greatest name.
"""

from __future__ import annotations

import secrets
from datetime import datetime, timezone

from scrapy.settings import SETTINGS_PRIORITIES

from crawler.components import attached
from crawler.items import RECORD_FIELDS

# Filled by Scrapy's feed export (FEED_URI_PARAMS, see uri_params), hence its %-style.
ITEMS_PATH = "items/%(name)s/dt=%(dt)s/%(run_id)s-%(batch_id)05d"  # + the format's suffix
# OUTPUT_FORMAT -> (file suffix, Scrapy feed format); parquet's exporter is in
# FEED_EXPORTERS (crawler/output/parquet.py) and compresses by itself.
OUTPUT_FORMATS = {"jsonlines": (".jsonl.gz", "jsonlines"), "parquet": (".parquet", "parquet")}
BATCH_SUFFIXES = tuple(suffix for suffix, _ in OUTPUT_FORMATS.values())
# A run's jsonlines record batches in a local OUTPUT_URI (the demo's summary reads them back).
ITEMS_GLOB = "items/*/dt=*/{run_id}-*.jsonl.gz"
RAW_PATH = "raw/{spider}/dt={dt}/{run_id}-{batch:05d}.warc.gz"
MANIFESTS_PREFIX = "runs/"
MANIFEST_PATH = MANIFESTS_PREFIX + "{run_id}.json"
REPORT_PATH = MANIFESTS_PREFIX + "{run_id}.html"
INDEX_PATH = MANIFESTS_PREFIX + "index.html"
STORED_PREFIX = "state/{spider}/stored/"
SNAPSHOT_PREFIX = "state/{spider}/stored-snapshot/"
SITE_MEMORY_PREFIX = "state/{spider}/site-memory/"
NEAR_DUPLICATE_SEGMENTS_PREFIX = "state/near-duplicates/segments/"
NEAR_DUPLICATE_SNAPSHOT_PREFIX = "state/near-duplicates/snapshot/"
LINKS_PATH = "links/{spider}/dt={dt}/{run_id}.jsonl.gz"
# A run's copy corrections in a local OUTPUT_URI (the demo's summary reads them back).
LINKS_GLOB = "links/*/dt=*/{run_id}.jsonl.gz"


def is_records_key(key: str) -> bool:
    """A record batch's key (relative to OUTPUT_URI), as ITEMS_PATH makes them."""
    return key.startswith(ITEMS_PATH.split("/", 1)[0] + "/") and key.endswith(BATCH_SUFFIXES)


def _batch_of(items_key: str) -> tuple[str, str] | None:
    """(spider, <run_id>-<batch>) of a record batch's key items/<spider>/dt=.../<run_id>-<batch><suffix>."""
    parts = items_key.split("/")
    suffix = next((s for s in BATCH_SUFFIXES if parts[-1].endswith(s)), None)
    if len(parts) != 4 or parts[0] != ITEMS_PATH.split("/", 1)[0] or suffix is None:
        return None
    return parts[1], parts[3][: -len(suffix)]


def batch_number(items_key: str) -> int | None:
    """The batch counter of a record batch's key (either format); None for other keys."""
    batch = _batch_of(items_key)
    number = batch[1].rsplit("-", 1)[-1] if batch else ""
    return int(number) if number.isdigit() else None


def raw_key(spider: str, run_id: str, batch: int) -> str:
    return RAW_PATH.format(spider=spider, dt=run_date(run_id), run_id=run_id, batch=batch)


def manifest_key(run_id: str) -> str:
    return MANIFEST_PATH.format(run_id=run_id)


def report_key(run_id: str) -> str:
    return REPORT_PATH.format(run_id=run_id)


def stored_prefix(spider: str) -> str:
    return STORED_PREFIX.format(spider=spider)


def segment_key(items_key: str) -> str | None:
    """state/<spider>/stored/<run_id>-<batch>.jsonl.gz for items/<spider>/dt=.../<run_id>-<batch>.jsonl.gz
    or .parquet; None for other keys."""
    batch = _batch_of(items_key)
    return None if batch is None else stored_prefix(batch[0]) + batch[1] + ".jsonl.gz"


def snapshot_prefix(spider: str) -> str:
    return SNAPSHOT_PREFIX.format(spider=spider)


def snapshot_key(spider: str, run_id: str) -> str:
    return snapshot_prefix(spider) + f"{run_id}.jsonl.gz"


def site_memory_prefix(spider: str) -> str:
    return SITE_MEMORY_PREFIX.format(spider=spider)


def site_memory_key(spider: str, run_id: str) -> str:
    return site_memory_prefix(spider) + f"{run_id}.json"


def near_duplicate_segment_key(items_key: str) -> str | None:
    """state/near-duplicates/segments/<spider>/<run_id>-<batch>.jsonl.gz for a record batch's key; None
    for other keys."""
    batch = _batch_of(items_key)
    return None if batch is None else f"{NEAR_DUPLICATE_SEGMENTS_PREFIX}{batch[0]}/{batch[1]}.jsonl.gz"


def near_duplicate_snapshot_key(run_id: str) -> str:
    return NEAR_DUPLICATE_SNAPSHOT_PREFIX + f"{run_id}.jsonl.gz"


def links_key(spider: str, run_id: str) -> str:
    return LINKS_PATH.format(spider=spider, dt=run_date(run_id), run_id=run_id)


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
