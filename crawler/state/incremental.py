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

A long-lived crawl writes a segment per batch, for ever, and reading them
all at every start would grow without bound. So once a run has read
``INCREMENTAL_COMPACT_SEGMENTS`` segments, it writes the whole index as one
*snapshot*, ``state/<spider>/stored-snapshot/<run_id>.jsonl.gz``, whose
first line names the segments it covers; later runs read the newest
snapshot and only the segments it does not cover. Nothing is deleted: the
segments stay where manifests list them (``scrapy verify`` still checks
them), and a segment delivered late by a concurrent run is simply not
covered, so it is read. A snapshot that cannot be delivered waits in the
spool like any object.
"""

from __future__ import annotations

import gzip
import json
import logging
import tempfile
import time
from datetime import datetime, timezone
from pathlib import Path

from scrapy.exceptions import IgnoreRequest, NotConfigured
from scrapy.utils.asyncio import run_in_thread

from crawler.components import Component, attached
from crawler.drops import Unchanged
from crawler.output.facade import Store, store_of
from crawler.output.layout import run_id_of, segment_key, snapshot_key, snapshot_prefix, stored_prefix
from crawler.output.store import Companion, ledger_of, output_opened

logger = logging.getLogger(__name__)


SEGMENT_FIELDS = ("url", "canonical_url", "content_hash", "fetched_at")


def batch_index_entries(items_path: Path) -> list[dict]:
    """SEGMENT_FIELDS of every record of a batch, in order, from either format (layout.OUTPUT_FORMATS);
    its segment is .jsonl.gz either way (layout.segment_key)."""
    if items_path.name.endswith(".parquet"):
        import pyarrow.parquet as pq  # noqa: PLC0415 - a heavy import, for parquet output only

        return pq.read_table(items_path, columns=list(SEGMENT_FIELDS)).to_pylist()
    entries = []
    with gzip.open(items_path, "rt", encoding="utf-8") as records:
        for line in records:
            if line.strip():
                record = json.loads(line)
                entries.append({k: record.get(k) for k in SEGMENT_FIELDS})
    return entries


def write_segment(items_path: Path, segment_path: Path) -> None:
    """The companion of a record batch: what each record needs for incremental runs."""
    segment_path.parent.mkdir(parents=True, exist_ok=True)
    lines = [json.dumps(entry) + "\n" for entry in batch_index_entries(items_path)]
    # mtime=0: the same batch always gives the same bytes (and sha256)
    segment_path.write_bytes(gzip.compress("".join(lines).encode("utf-8"), mtime=0))


def _epoch(timestamp: str | None) -> float:
    try:
        return datetime.fromisoformat((timestamp or "").replace("Z", "+00:00")).timestamp()
    except ValueError:
        return 0.0


def _iso(epoch: float) -> str:
    return datetime.fromtimestamp(epoch, timezone.utc).isoformat().replace("+00:00", "Z")


def _name(uri: str) -> str:
    return uri.rstrip("/").rsplit("/", 1)[-1]


class StoredIndex:
    """url -> (content_hash, fetched_at as epoch seconds) of every stored record."""

    def __init__(self):
        self.entries: dict[str, tuple[str, float]] = {}
        self.covered: set[str] = set()  # segment names held by the loaded snapshot
        self.segments_read: list[str] = []  # segment names read one by one

    def add_segment(self, path: Path) -> None:
        with gzip.open(path, "rt", encoding="utf-8") as lines:
            for line in lines:
                if not line.strip():
                    continue
                entry = json.loads(line)
                if "covers" in entry:  # a snapshot's header
                    self.covered.update(entry["covers"])
                    continue
                value = (entry["content_hash"], _epoch(entry["fetched_at"]))
                for url in {entry["url"], entry.get("canonical_url")} - {None}:
                    if value[1] >= self.entries.get(url, ("", 0.0))[1]:
                        self.entries[url] = value

    def load(self, store: Store, spider: str) -> int:
        """Everything stored for spider, delivered or still spooled:
        the newest snapshot, then the segments it does not cover."""
        snapshots = store.list(snapshot_prefix(spider), ".jsonl.gz")
        with tempfile.TemporaryDirectory() as scratch:
            local = Path(scratch) / "segment.jsonl.gz"
            if snapshots and store.fetch(snapshots[-1], local):
                self.add_segment(local)
            for key in store.list(stored_prefix(spider), ".jsonl.gz"):
                if _name(key) not in self.covered and store.fetch(key, local):
                    self.add_segment(local)
                    self.segments_read.append(_name(key))
        return self.load_spool(store, spider)

    def write_snapshot(self, path: Path) -> None:
        """The whole index as one object, covering every segment read so far."""
        path.parent.mkdir(parents=True, exist_ok=True)
        covers = sorted(self.covered.union(self.segments_read))
        lines = [json.dumps({"covers": covers}) + "\n"] + [
            json.dumps({"url": url, "content_hash": content_hash, "fetched_at": _iso(fetched_at)}) + "\n"
            for url, (content_hash, fetched_at) in sorted(self.entries.items())
        ]
        path.write_bytes(gzip.compress("".join(lines).encode("utf-8"), mtime=0))

    def load_spool(self, store: Store, spider: str) -> int:
        """The segments still waiting in the spool (not delivered yet)."""
        for path, _ in store.pending(stored_prefix(spider)):
            self.add_segment(path)
        return len(self.entries)

    def stored_at(self, url: str) -> float | None:
        entry = self.entries.get(url)
        return entry[1] if entry else None

    def content_hash(self, url: str) -> str | None:
        entry = self.entries.get(url)
        return entry[0] if entry else None


def index_of(crawler) -> StoredIndex:
    return attached(crawler, "stored_index", StoredIndex)


def load_index(crawler, spider) -> None:
    """Called once the run's leftovers are delivered (the output_opened signal)."""
    settings = crawler.settings
    if not settings.getbool("INCREMENTAL_ENABLED") or not settings.get("OUTPUT_URI"):
        return
    index = index_of(crawler)
    store = store_of(crawler)
    try:
        count = index.load(store, spider.name)
    except Exception as error:  # noqa: BLE001 - S3 down: the crawl goes on
        crawler.stats.inc_value("incremental/unavailable")
        logger.warning("Stored-URL index not readable (%s): this run may fetch and store "
                       "again what earlier runs stored (content_hash tells duplicates)", error)
        count = index.load_spool(store, spider.name)
    crawler.stats.set_value("incremental/known", count)
    crawler.stats.set_value("incremental/segments_read", len(index.segments_read))
    logger.info("Incremental: %d URLs already stored by earlier runs of %s", count, spider.name)
    compact_after = settings.getint("INCREMENTAL_COMPACT_SEGMENTS")
    if compact_after > 0 and len(index.segments_read) >= compact_after:
        compact_index(crawler, spider, index)


def compact_index(crawler, spider, index: StoredIndex) -> None:
    """Fold what this run read into a new snapshot under OUTPUT_URI (see the module's doc)."""
    store = store_of(crawler)
    key = snapshot_key(spider.name, run_id_of(spider))
    path = store.spool_path(key)
    index.write_snapshot(path)
    if not store.put(key, path):
        return  # it waits in the spool; this run's index is complete all the same
    crawler.stats.set_value("incremental/compacted", len(index.segments_read))
    logger.info("Incremental: %d index segments folded into the snapshot %s", len(index.segments_read),
                store.uri(key))


class AlreadyStored(IgnoreRequest):
    """A request for an article an earlier run stored: a normal outcome, not an error."""

    skip_reason = "skip/already_stored"  # read by crawler/fetch/errors.py


class SkipStoredMiddleware(Component):
    """Downloader middleware: requests for URLs stored by earlier runs are not sent."""

    def __init__(self, crawler):
        if not crawler.settings.getbool("INCREMENTAL_ENABLED"):
            raise NotConfigured("INCREMENTAL_ENABLED is off")
        self.crawler = crawler
        # -a recrawl_after=7d arrives here as seconds, at spider priority.
        after = crawler.settings.get("INCREMENTAL_RECRAWL_AFTER")
        self.recrawl_after = float(after) if after not in (None, "") else None
        # Each record batch is delivered with its index segment; the index is
        # read once the run's leftovers are delivered.
        ledger_of(crawler).add_companion(Companion(key_for=segment_key, write=write_segment))
        crawler.signals.connect(self.output_opened, signal=output_opened)

    async def output_opened(self, spider):
        await run_in_thread(load_index, self.crawler, spider)

    def process_request(self, request):
        if request.meta.get("incremental_refresh") or request.url.endswith("/robots.txt"):
            return None
        stored_at = index_of(self.crawler).stored_at(request.url)
        if stored_at is None:
            return None
        after = self.recrawl_after
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
