"""Output: one OUTPUT_URI setting becomes a Scrapy FEEDS entry.

The default output is added *beside* whatever FEEDS the user gives (so
``-O out.jsonl`` works as in any Scrapy project and the data lake still gets
its batch). Layout under OUTPUT_URI:

    items/<spider>/dt=YYYY-MM-DD/<run_id>-<batch>.jsonl.gz
"""

from __future__ import annotations

import secrets
from datetime import datetime, timezone

from scrapy.settings import SETTINGS_PRIORITIES

from crawler.components import attached
from crawler.items import RECORD_FIELDS

ITEMS_PATH = "items/%(name)s/dt=%(dt)s/%(run_id)s-%(batch_id)05d.jsonl.gz"


def is_records_key(key: str) -> bool:
    """A record batch's key (relative to OUTPUT_URI), as ITEMS_PATH makes them."""
    return key.startswith(ITEMS_PATH.split("/", 1)[0] + "/") and key.endswith(".jsonl.gz")


def new_run_id(now: datetime | None = None) -> str:
    now = now or datetime.now(timezone.utc)
    return f"{now:%Y%m%dT%H%M%SZ}-{secrets.token_hex(3)}"


def items_feed_uri(output_uri: str) -> str:
    return f"{output_uri.rstrip('/')}/{ITEMS_PATH}"


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
    """Adds the OUTPUT_URI feed (jsonlines, gzip, the record's fields) to FEEDS."""

    def update_settings(self, settings) -> None:
        output_uri = (settings.get("OUTPUT_URI") or "").strip()
        if not output_uri:
            return
        feeds = settings.getdict("FEEDS")
        feeds.setdefault(
            items_feed_uri(output_uri),
            {
                "format": "jsonlines",
                "encoding": "utf-8",
                "fields": list(RECORD_FIELDS),
                "postprocessing": ["scrapy.extensions.postprocessing.GzipPlugin"],
                "batch_item_count": settings.getint("OUTPUT_BATCH_ITEM_COUNT"),
                "store_empty": False,  # a run that stores nothing writes no empty batch
            },
        )
        priority = max(settings.getpriority("FEEDS") or 0, SETTINGS_PRIORITIES["addon"])
        settings.set("FEEDS", feeds, priority=priority)
        if settings.get("FEED_URI_PARAMS") is None:
            settings.set("FEED_URI_PARAMS", "crawler.output.layout.uri_params", priority="addon")
