"""Near-duplicates: every copy linked to its original, reworded ones too,
across runs, spiders and workers.

Each record gets a fingerprint of its cleaned text (cleaners/fingerprint.py)
and is looked up among every record stored before it, in this run and in
earlier ones, by any spider. A verified match makes the later record a
``copy`` (``copy_evidence: near_duplicate``, ``similarity``) of the one that
came first (published earlier; stored first on missing or equal dates). A
record the spider already knew as a copy (source link, canonical, credit
link) keeps its own evidence. When the new record came *first* (a stored
"original" turns out to be the copy: it was crawled earlier but published
later), batches already delivered are never rewritten: the correction goes
to ``links/<spider>/dt=<date>/<run_id>.jsonl.gz`` (copy, original, evidence,
similarity), delivered through the spool and listed in the manifest.

The index is spider-independent, so an ``aggregator`` copy finds an
``articles`` original of an earlier run. Under ``OUTPUT_URI``:

    state/near-duplicates/segments/<spider>/<run_id>-<batch>.jsonl.gz   one per record batch
    state/near-duplicates/snapshot/<run_id>.jsonl.gz                    many segments in one

Segments are companions of the record batches (made and delivered with
each, or kept in the spool with it), so what a killed run stored is
indexed when its leftovers are delivered. As with the stored-URL index, a
run that read ``DEDUP_COMPACT_SEGMENTS`` segments one by one writes a
snapshot (its first line names the segments it covers).

With ``REDIS_URL`` the index lives in Redis (keys ``neardup:v1:<hash of
OUTPUT_URI>:*``), filled from the state objects by whichever worker starts
(idempotent: a segment is loaded once, ``:segments``), and each lookup and
insert is one optimistic transaction (WATCH the new record's LSH band keys,
read the candidates, verify, MULTI/EXEC the insert; retried if another
worker wrote one of those bands meanwhile). Two near-duplicates share a
band whenever LSH makes them candidates, so two workers never both store
one story as an original.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import logging
import tempfile
import threading
import time
from pathlib import Path

from scrapy import signals
from scrapy.exceptions import NotConfigured
from scrapy.utils.asyncio import run_in_thread

from cleaners.fingerprint import Entry, Fingerprint, Match, NearDuplicateIndex, choose
from crawler.components import Component
from crawler.items import Article, utc_now
from crawler.output.facade import Store, store_of
from crawler.output.layout import (
    NEAR_DUPLICATE_SEGMENTS_PREFIX, NEAR_DUPLICATE_SNAPSHOT_PREFIX, links_key, near_duplicate_segment_key,
    near_duplicate_snapshot_key, run_id_of,
)
from crawler.output.store import Companion, ledger_of, output_opened, read_records

logger = logging.getLogger(__name__)

REDIS_VERSION = "v1"  # bump when the fingerprint changes: the index is rebuilt from state


def _write_gz_lines(path: Path, rows) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    data = "".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows)
    path.write_bytes(gzip.compress(data.encode("utf-8"), mtime=0))


def _read_gz_lines(path: Path):
    with gzip.open(path, "rt", encoding="utf-8") as lines:
        for line in lines:
            if line.strip():
                yield json.loads(line)


def _name(key: str) -> str:
    """<spider>/<file> of a segment's key (or URI): unique across spiders."""
    return "/".join(key.rstrip("/").rsplit("/", 2)[-2:])


class SegmentWriter:
    """The companion of a record batch: each record's index entry.

    The pipeline leaves each record's entry here; a batch recovered from a
    killed run has none, and its entries are computed again from its text."""

    def __init__(self):
        self.pending: dict[str, Entry] = {}
        self.lock = threading.Lock()

    def remember(self, entry: Entry) -> None:
        with self.lock:
            self.pending[entry.url] = entry

    def write(self, items_path: Path, segment_path: Path) -> None:
        rows = []
        for record in read_records(items_path):  # a .jsonl.gz or .parquet batch
            with self.lock:
                entry = self.pending.pop(record["url"], None)
            if entry is None:
                entry = Entry(record["url"], record.get("published"), time.time(),
                              record.get("original_url"), Fingerprint.of(record.get("text") or ""))
            rows.append(entry.to_json())
        _write_gz_lines(segment_path, rows)


class StateReader:
    """Every entry under OUTPUT_URI: newest snapshot, then the segments it does
    not cover, then what waits in the spool; in the order they were stored."""

    def __init__(self, store: Store):
        self.store = store
        self.covered: set[str] = set()
        self.segments_read: list[str] = []

    def entries(self, skip=frozenset()):
        """(segment name, entries) for each object; skip: segment names already held."""
        store = self.store
        snapshots = store.list(NEAR_DUPLICATE_SNAPSHOT_PREFIX, ".jsonl.gz")
        with tempfile.TemporaryDirectory() as scratch:
            local = Path(scratch) / "segment.jsonl.gz"
            snapshot = f"snapshot/{_name(snapshots[-1]).split('/')[-1]}" if snapshots else None
            if snapshot and snapshot not in skip and store.fetch(snapshots[-1], local):
                rows = list(_read_gz_lines(local))
                if rows and "covers" in rows[0]:
                    self.covered.update(rows[0]["covers"])
                    rows = rows[1:]
                yield snapshot, [Entry.from_json(r) for r in rows]
            for key in store.list(NEAR_DUPLICATE_SEGMENTS_PREFIX, ".jsonl.gz"):
                name = _name(key)
                if name in self.covered or name in skip or not store.fetch(key, local):
                    continue
                self.segments_read.append(name)
                yield name, [Entry.from_json(r) for r in _read_gz_lines(local)]
        for path, uri in store.pending(NEAR_DUPLICATE_SEGMENTS_PREFIX):
            yield _name(uri), [Entry.from_json(r) for r in _read_gz_lines(path)]


class RedisIndex:
    """The index shared by workers: LSH bands and entries in Redis, each
    lookup-and-insert one optimistic transaction (see the module's doc)."""

    def __init__(self, settings):
        from scrapy_redis.connection import get_redis_from_settings  # noqa: PLC0415

        self.server = get_redis_from_settings(settings)
        digest = hashlib.sha1(str(settings.get("OUTPUT_URI")).encode("utf-8")).hexdigest()[:10]
        self.prefix = f"neardup:{REDIS_VERSION}:{digest}"

    def band(self, key: bytes) -> str:
        return f"{self.prefix}:band:{key.hex()}"

    def loaded(self) -> set[str]:
        return {m.decode("utf-8") for m in self.server.smembers(f"{self.prefix}:segments")}

    def load(self, name: str, entries: list[Entry]) -> None:
        """Idempotent: the first stored entry of a URL stays (HSETNX)."""
        pipe = self.server.pipeline(transaction=False)
        for entry in entries:
            pipe.hsetnx(f"{self.prefix}:entries", entry.url, json.dumps(entry.to_json()))
            for key in entry.fingerprint.band_keys():
                pipe.sadd(self.band(key), entry.url)
        pipe.sadd(f"{self.prefix}:segments", name)
        pipe.execute()

    def __len__(self) -> int:
        return self.server.hlen(f"{self.prefix}:entries")

    def lookup_and_add(self, entry: Entry) -> Match | None:
        from redis.exceptions import WatchError  # noqa: PLC0415

        bands = [self.band(key) for key in entry.fingerprint.band_keys()]
        entries_key = f"{self.prefix}:entries"
        with self.server.pipeline() as pipe:
            while True:
                try:
                    pipe.watch(*bands)
                    urls = set()
                    for band in bands:
                        urls.update(pipe.smembers(band))
                    urls = sorted(urls)
                    rows = pipe.hmget(entries_key, urls) if urls else []
                    candidates = [Entry.from_json(json.loads(r)) for r in rows if r]
                    match = choose(entry, candidates)
                    pipe.multi()
                    pipe.hsetnx(entries_key, entry.url, json.dumps(entry.to_json()))
                    for band in bands:
                        pipe.sadd(band, entry.url)
                    pipe.execute()
                    return match
                except WatchError:
                    continue  # another worker stored into one of these bands: look again


def link_row(copy: str, original: str, evidence: str, similarity: float | None) -> dict:
    return {"copy": copy, "original": original, "evidence": evidence, "similarity": similarity,
            "found_at": utc_now()}


class NearDuplicatePipeline(Component):
    """Links each stored record that repeats an earlier one (see the module's doc)."""

    def __init__(self, crawler):
        settings = crawler.settings
        if not settings.getbool("DEDUP_NEAR_ENABLED"):
            raise NotConfigured("DEDUP_NEAR_ENABLED is off")
        self.crawler = crawler
        self.stats = crawler.stats
        self.settings = settings
        self.compact_after = settings.getint("DEDUP_COMPACT_SEGMENTS")
        self.index = RedisIndex(settings) if settings.get("REDIS_URL") else NearDuplicateIndex()
        self.corrections: list[dict] = []
        self.writer = SegmentWriter()
        self.persistent = bool(settings.get("OUTPUT_URI"))
        if self.persistent:
            ledger_of(crawler).add_companion(
                Companion(key_for=near_duplicate_segment_key, write=self.writer.write))
            crawler.signals.connect(self.output_opened, signal=output_opened)
        crawler.signals.connect(self.spider_closed, signal=signals.spider_closed)

    # -- loading ---------------------------------------------------------------

    async def output_opened(self, spider):
        await run_in_thread(self.load, spider)

    def load(self, spider) -> None:
        state = StateReader(store_of(self.crawler))
        skip = self.index.loaded() if isinstance(self.index, RedisIndex) else frozenset()
        count = 0
        try:
            for name, entries in state.entries(skip):
                count += len(entries)
                if isinstance(self.index, RedisIndex):
                    self.index.load(name, entries)
                else:
                    for entry in entries:
                        self.index.add(entry)
        except Exception as error:  # noqa: BLE001 - S3 down: the crawl goes on, linking within the run
            self.stats.inc_value("near_duplicates/state_unavailable")
            logger.warning("Near-duplicate index not readable (%s): copies of earlier runs' records "
                           "may be stored as originals", error)
        self.stats.set_value("near_duplicates/known", len(self.index))
        self.stats.set_value("near_duplicates/segments_read", len(state.segments_read))
        logger.info("Near-duplicates: %d records indexed (%d read from state)", len(self.index), count)
        if self.compact_after > 0 and len(state.segments_read) >= self.compact_after \
                and isinstance(self.index, NearDuplicateIndex):
            self.compact(spider, state)

    def compact(self, spider, state: StateReader) -> None:
        store = store_of(self.crawler)
        key = near_duplicate_snapshot_key(run_id_of(spider))
        path = store.spool_path(key)
        covers = sorted(state.covered.union(state.segments_read))
        _write_gz_lines(path, [{"covers": covers},
                               *(e.to_json() for e in sorted(self.index.entries.values(), key=lambda e: e.order))])
        if not store.put(key, path):
            return  # it waits in the spool (counted); this run's index is complete all the same
        self.stats.set_value("near_duplicates/compacted", len(state.segments_read))

    # -- linking ---------------------------------------------------------------

    def process_item(self, item):
        if not isinstance(item, Article):
            return item
        entry = Entry(item.url, item.published, time.time(), item.original_url, Fingerprint.of(item.text))
        match = self.index.lookup_and_add(entry)
        self.stats.inc_value("near_duplicates/checked")
        if match is not None:
            self.link(item, entry, match)
        if item.kind == "copy":
            self.stats.inc_value(f"copies/{item.copy_evidence or 'unknown'}")
        if self.persistent:
            self.writer.remember(entry)
        return item

    def link(self, item: Article, entry: Entry, match: Match) -> None:
        stored = match.entry
        if match.new_is_earlier:
            # The stored "original" is the copy; its batch is never rewritten.
            if stored.original_url is None:
                self.corrections.append(link_row(stored.url, item.url, "near_duplicate",
                                                 match.verdict.similarity))
                self.stats.inc_value("near_duplicates/corrected")
            return
        if item.kind == "copy":
            self.stats.inc_value("near_duplicates/confirmed")  # the spider's evidence stands
            return
        item.kind = "copy"
        item.original_url = entry.original_url = stored.original_url or stored.url
        item.copy_evidence = "near_duplicate"
        item.similarity = match.verdict.similarity
        self.stats.inc_value("near_duplicates/linked")
        logger.info("Near-duplicate: %s copies %s (similarity %.2f)", item.url, item.original_url,
                    item.similarity)

    # -- corrections -----------------------------------------------------------

    def spider_closed(self, spider, reason):
        if not self.corrections or not self.persistent:
            return
        store = store_of(self.crawler)
        key = links_key(spider.name, run_id_of(spider))
        path = store.spool_path(key)
        _write_gz_lines(path, self.corrections)
        if not store.put(key, path):
            logger.error("Copy corrections kept in the spool: %s", path)
