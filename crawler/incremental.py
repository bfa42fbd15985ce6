"""Incremental crawls: article pages already stored are not fetched again.

Every record batch a run delivers gets a small companion object,
``state/<spider>/stored/<run_id>-<batch>.jsonl.gz``, listing each record's
url, canonical_url, content_hash and fetched_at. It lives with the output
(local folder or S3), so a fresh container knows what earlier runs stored.
At start a run loads them all (and those still waiting in the spool); a
request for a stored URL is then skipped (``incremental/skipped``) unless
it is older than ``-a recrawl_after=DURATION``; a re-fetched page whose text
did not change is dropped as ``Unchanged``. Listing pages, feeds and
sitemaps are never stored, so they are always read again.
"""

from __future__ import annotations

import gzip
import json
import logging
import re
import tempfile
import time
from datetime import datetime, timezone
from pathlib import Path

from scrapy.exceptions import IgnoreRequest, NotConfigured

from crawler.components import Component
from crawler.pipelines import ExpectedDrop
from crawler.storage import DeliveryPolicy, ObjectReader, Spool, join_uri

logger = logging.getLogger(__name__)

STORED_PREFIX = "state/{spider}/stored/"
_DURATION = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*([smhdw])\s*$")
_SECONDS = {"s": 1, "m": 60, "h": 3600, "d": 86400, "w": 604800}


def parse_duration(text: str) -> float:
    """'30m', '12h', '7d', '2w' -> seconds."""
    found = _DURATION.match(text or "")
    if not found:
        raise ValueError(f"{text!r} is not a duration like 30m, 12h, 7d or 2w")
    return float(found.group(1)) * _SECONDS[found.group(2)]


def segment_key(items_key: str) -> str | None:
    """state/<spider>/stored/<name> for items/<spider>/dt=.../<name>; None for other keys."""
    parts = items_key.split("/")
    if len(parts) != 4 or parts[0] != "items" or not parts[3].endswith(".jsonl.gz"):
        return None
    return STORED_PREFIX.format(spider=parts[1]) + parts[3]


def write_segment(items_path: Path, segment_path: Path) -> None:
    """The companion of a record batch: what each record needs for incremental runs."""
    segment_path.parent.mkdir(parents=True, exist_ok=True)
    lines = []
    with gzip.open(items_path, "rt", encoding="utf-8") as records:
        for line in records:
            if line.strip():
                record = json.loads(line)
                lines.append(json.dumps({k: record.get(k) for k in (
                    "url", "canonical_url", "content_hash", "fetched_at")}) + "\n")
    # mtime=0: the same batch always gives the same bytes (and sha256)
    segment_path.write_bytes(gzip.compress("".join(lines).encode("utf-8"), mtime=0))


def _epoch(timestamp: str | None) -> float:
    try:
        return datetime.fromisoformat((timestamp or "").replace("Z", "+00:00")).timestamp()
    except ValueError:
        return 0.0


class StoredIndex:
    """url -> (content_hash, fetched_at as epoch seconds) of every stored record."""

    def __init__(self):
        self.entries: dict[str, tuple[str, float]] = {}

    def add_segment(self, path: Path) -> None:
        with gzip.open(path, "rt", encoding="utf-8") as lines:
            for line in lines:
                if not line.strip():
                    continue
                entry = json.loads(line)
                value = (entry["content_hash"], _epoch(entry["fetched_at"]))
                for url in {entry["url"], entry.get("canonical_url")} - {None}:
                    if value[1] >= self.entries.get(url, ("", 0.0))[1]:
                        self.entries[url] = value

    def load(self, output_uri: str, spider: str, reader: ObjectReader, spool: Spool) -> int:
        """Everything stored under output_uri for spider, delivered or still spooled."""
        prefix = join_uri(output_uri, STORED_PREFIX.format(spider=spider))
        with tempfile.TemporaryDirectory() as scratch:
            local = Path(scratch) / "segment.jsonl.gz"
            for uri in reader.list(prefix, ".jsonl.gz"):
                if reader.fetch(uri, local):
                    self.add_segment(local)
        return self.load_spool(output_uri, spider, spool)

    def load_spool(self, output_uri: str, spider: str, spool: Spool) -> int:
        """The segments still waiting in the spool (not delivered yet)."""
        for path, _ in spool.pending(join_uri(output_uri, STORED_PREFIX.format(spider=spider))):
            self.add_segment(path)
        return len(self.entries)

    def stored_at(self, url: str) -> float | None:
        entry = self.entries.get(url)
        return entry[1] if entry else None

    def content_hash(self, url: str) -> str | None:
        entry = self.entries.get(url)
        return entry[0] if entry else None


def index_of(crawler) -> StoredIndex:
    index = getattr(crawler, "stored_index", None)
    if index is None:
        index = crawler.stored_index = StoredIndex()
    return index


def load_index(crawler, spider) -> None:
    """Called by the run's start-up (crawler/runs.py) once leftovers are delivered."""
    settings = crawler.settings
    if not settings.getbool("INCREMENTAL_ENABLED") or not settings.get("OUTPUT_URI"):
        return
    index = index_of(crawler)
    spool = Spool(settings.get("OUTPUT_SPOOL_DIR"))
    try:
        count = index.load(settings.get("OUTPUT_URI"), spider.name,
                           ObjectReader(DeliveryPolicy.from_settings(settings)), spool)
    except Exception as error:  # noqa: BLE001 - S3 down: the crawl goes on
        crawler.stats.inc_value("state/unavailable")
        logger.warning("Stored-URL index not readable (%s): this run may fetch and store "
                       "again what earlier runs stored (content_hash tells duplicates)", error)
        count = index.load_spool(settings.get("OUTPUT_URI"), spider.name, spool)
    crawler.stats.set_value("incremental/known", count)
    logger.info("Incremental: %d URLs already stored by earlier runs of %s", count, spider.name)


class AlreadyStored(IgnoreRequest):
    pass


class Unchanged(ExpectedDrop):
    pass


def recrawl_after(crawler) -> float | None:
    """Seconds after which a stored article is fetched again (-a recrawl_after), or None."""
    return getattr(crawler.spider, "recrawl_after", None)


class SkipStoredMiddleware(Component):
    """Downloader middleware: requests for URLs stored by earlier runs are not sent."""

    def __init__(self, crawler):
        if not crawler.settings.getbool("INCREMENTAL_ENABLED"):
            raise NotConfigured("INCREMENTAL_ENABLED is off")
        self.crawler = crawler

    def process_request(self, request):
        if request.meta.get("incremental_refresh") or request.url.endswith("/robots.txt"):
            return None
        stored_at = index_of(self.crawler).stored_at(request.url)
        if stored_at is None:
            return None
        after = recrawl_after(self.crawler)
        if after is not None and time.time() - stored_at >= after:
            self.crawler.stats.inc_value("incremental/refetched")
            return None
        self.crawler.stats.inc_value("incremental/skipped")
        raise AlreadyStored(f"stored by an earlier run: {request.url}")


class UnchangedPipeline(Component):
    """Drops a re-fetched article whose cleaned text is what was stored before."""

    def __init__(self, crawler):
        if not crawler.settings.getbool("INCREMENTAL_ENABLED"):
            raise NotConfigured("INCREMENTAL_ENABLED is off")
        self.crawler = crawler

    def process_item(self, item):
        content_hash = getattr(item, "content_hash", None)
        if content_hash and index_of(self.crawler).content_hash(item.url) == content_hash:
            self.crawler.stats.inc_value("incremental/unchanged")
            raise Unchanged(f"unchanged since the last run: {item.url}")
        return item
