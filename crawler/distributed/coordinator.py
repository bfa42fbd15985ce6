"""Distributed mode: many workers share one frontier through Redis (scrapy-redis).

Setting ``REDIS_URL`` switches the same spiders into distributed mode; the
command does not change. Every worker started with the same spider and the
same ``-a`` arguments joins the same *crawl* and:

- takes requests from one shared priority queue and records every URL it
  finds in one shared duplicate filter (scrapy-redis, with its scheduler and
  duplicate filter set explicitly: scrapy-redis' scheduler would otherwise
  keep Scrapy's in-memory filter);
- seeds the crawl only if it is the first (``seeded`` key, SET NX): later
  workers never call ``start()``;
- records each request it has taken, until it is finished *and* the records
  made from it are in a delivered output batch, in a Redis hash of its own,
  and keeps a heartbeat key with a TTL. A worker whose heartbeat expired is
  presumed dead: whichever worker notices first puts its unfinished requests
  back in the queue (straight into the queue, so the duplicate filter does
  not drop them again) and releases the texts it had claimed;
- keeps polling while the queue is empty but any worker still has requests
  in flight (or the seeder is still seeding), and stops only after the queue
  has been empty and nothing has been in flight anywhere for
  ``DISTRIBUTED_IDLE_TIMEOUT`` seconds;
- drops a record whose (content_hash, kind) another worker already stored
  (``Duplicate``, ``dedup/duplicate``), through a Redis hash instead of memory.

The last worker to leave a finished crawl (queue empty, nobody else
registered) deletes the crawl's keys, so the next run starts afresh. If all
workers of a crawl die, its state stays in Redis and the next worker started
with the same arguments resumes it.

Keys, all under ``<spider>:<hash of the spider arguments>:`` (``P``):

    P:requests         sorted set: the shared queue (JSON-serialised requests, score -priority)
    P:dupefilter       set: fingerprints of every request ever queued
    P:seeded           "<worker> seeding|done|abandoned"
    P:workers          set: registered workers
    P:alive:<w>        heartbeat, expires after DISTRIBUTED_HEARTBEAT_TIMEOUT
    P:taken:<w>        hash: requests <w> has taken and not finished ("<score>|<request>")
    P:unstored:<w>     hash: requests finished whose records are not yet delivered
    P:content          hash: "<content_hash>:<kind>" -> "<worker> <url>" of the stored text
    P:claims:<w>       set: content keys <w> claimed whose records are not yet delivered
"""


from __future__ import annotations

import hashlib
import itertools
import json
import logging
import os
import secrets
import socket
import threading
import time
from collections import defaultdict

from redis.exceptions import RedisError
from scrapy import signals
from scrapy.exceptions import DontCloseSpider, NotConfigured
from scrapy.http import Request
from scrapy.utils.defer import deferred_from_coro
from scrapy_redis.connection import get_redis_from_settings
from twisted.internet import task

from crawler.components import attached
from crawler.distributed.addon import redact
from crawler.distributed.scripts import BUSY, CLAIM_SEEDING, CLAIM_TEXT, JOIN, LEAVE, PARK, POP, REAP, SWAP
from crawler.items import Article
from crawler.output.layout import items_feed_uri

logger = logging.getLogger(__name__)

DEFAULT_IDLE_TIMEOUT = 30.0
DEFAULT_HEARTBEAT_TIMEOUT = 10.0
# Request meta key: the id under which the request is recorded in P:taken:<worker>.
TAKEN_ID = "distributed_taken_id"


def _text(value) -> str:
    return value.decode("utf-8") if isinstance(value, bytes) else str(value)


def crawl_prefix(spider) -> str:
    """<spider>:<short hash of its arguments>: one crawl's namespace in Redis."""
    arguments = getattr(spider, "arguments", None) or {}
    digest = hashlib.sha1(json.dumps(arguments, sort_keys=True, default=str).encode("utf-8"))
    return f"{spider.name}:{digest.hexdigest()[:10]}"


def text_key(item: Article) -> str:
    return f"{item.content_hash}:{item.kind}"


def crawl_of(crawler) -> DistributedCrawl:
    """The worker's DistributedCrawl, made on first use."""
    return attached(crawler, "distributed_crawl", lambda: DistributedCrawl(crawler))


# -- the coordinator (also the extension) ----------------------------------------



class DistributedCrawl:
    """One worker's part in a crawl: joining, heartbeat, acknowledgements,
    recovery of dead workers, the shared idle decision, leaving."""

    @classmethod
    def from_crawler(cls, crawler):
        return crawl_of(crawler)

    def __init__(self, crawler):
        settings = crawler.settings
        if not settings.get("REDIS_URL"):
            raise NotConfigured("REDIS_URL is not set")
        self.crawler = crawler
        self.stats = crawler.stats
        self.idle_timeout = settings.getfloat("DISTRIBUTED_IDLE_TIMEOUT", DEFAULT_IDLE_TIMEOUT)
        # A worker silent this long is presumed dead. Never longer than the
        # idle timeout: a worker that dies just before the crawl goes quiet is
        # then noticed (and its requests redone) before the others stop.
        self.heartbeat_timeout = min(
            settings.getfloat("DISTRIBUTED_HEARTBEAT_TIMEOUT", DEFAULT_HEARTBEAT_TIMEOUT), self.idle_timeout
        )
        self.poll_interval = min(1.0, self.idle_timeout / 4)
        self.server = get_redis_from_settings(settings)
        self.worker = f"{socket.gethostname()}-{os.getpid()}-{secrets.token_hex(3)}"
        self.prefix: str | None = None
        self.spider = None
        self._ids = itertools.count(1)
        self._in_flight: set[str] = set()
        self._quiet_since: float | None = None
        self._hooked = False  # completion hook attempted
        self._engine_hooked = False  # ... and installed
        self._left = False
        self._reseeding = None
        self._stop = threading.Event()
        self._heartbeat: threading.Thread | None = None
        self._poll: task.LoopingCall | None = None
        # The records feed under OUTPUT_URI, whose batches we wait for.
        self.feed_template, self.batch_size = self._records_feed(settings)
        self._has_feeds = bool(settings.getdict("FEEDS"))
        self._items = 0
        self._batches: dict[int, list[tuple[str | None, str | None]]] = defaultdict(list)
        self._open_batches: dict[str, set[int]] = defaultdict(set)
        self._parked: set[str] = set()
        self._scripts = {name: self.server.register_script(source) for name, source in (
            ("reap", REAP), ("join", JOIN), ("leave", LEAVE), ("pop", POP), ("park", PARK),
            ("busy", BUSY), ("claim_seeding", CLAIM_SEEDING), ("swap", SWAP), ("claim_text", CLAIM_TEXT),
        )}
        for handler, signal in (
            (self.spider_opened, signals.spider_opened),
            (self.spider_idle, signals.spider_idle),
            (self.item_scraped, signals.item_scraped),
            (self.feed_slot_closed, signals.feed_slot_closed),
            (self.spider_closed, signals.spider_closed),
            (self.feed_exporter_closed, signals.feed_exporter_closed),
            (self.engine_stopped, signals.engine_stopped),
        ):
            crawler.signals.connect(handler, signal=signal)

    @staticmethod
    def _records_feed(settings) -> tuple[str | None, int]:
        output_uri = (settings.get("OUTPUT_URI") or "").strip()
        if not output_uri:
            return None, 0
        template = items_feed_uri(output_uri)
        options = settings.getdict("FEEDS").get(template)
        if options is None:
            return None, 0
        size = options.get("batch_item_count")
        if size is None:
            size = settings.getint("FEED_EXPORT_BATCH_ITEM_COUNT")
        return template, int(size or 0)

    def key(self, *parts: str) -> str:
        return ":".join((self.prefix, *parts))

    def _run(self, name, keys=(), args=()):
        return self._scripts[name](keys=list(keys), args=list(args))

    # -- joining and leaving ---------------------------------------------------

    def open(self, spider) -> None:
        """Join the crawl (called by the scheduler as the spider opens)."""
        if self.prefix is not None:
            return
        self.spider = spider
        self.prefix = crawl_prefix(spider)
        self.stats.set_value("distributed/crawl", self.prefix)
        self.stats.set_value("distributed/worker", self.worker)
        self.reap()
        state, queued, others = self._run(
            "join", args=[self.prefix, self.worker, int(self.heartbeat_timeout * 1000)]
        )
        state = _text(state)
        self._heartbeat = threading.Thread(target=self._beat, name="distributed-heartbeat", daemon=True)
        self._heartbeat.start()
        url = redact(self.crawler.settings.get("REDIS_URL"))
        if state == "resume":
            logger.info("Distributed crawl %s on %s: resuming it, %d request(s) queued (worker %s)",
                        self.prefix, url, queued, self.worker)
        elif state == "fresh":
            logger.info("Distributed crawl %s on %s: starting it (worker %s)", self.prefix, url, self.worker)
        else:
            logger.info("Distributed crawl %s on %s: joining %d running worker(s) (worker %s)",
                        self.prefix, url, others, self.worker)

    def _beat(self) -> None:
        alive, workers = self.key("alive", self.worker), self.key("workers")
        ttl = int(self.heartbeat_timeout * 1000)
        warned = False
        while not self._stop.wait(self.heartbeat_timeout / 4):
            try:
                pipe = self.server.pipeline()
                pipe.set(alive, "1", px=ttl)
                # Back in if another worker presumed this one dead (its requests
                # were requeued and will be redone: nothing is lost).
                pipe.sadd(workers, self.worker)
                added = pipe.execute()[1]
                if added:
                    logger.warning("Worker %s had been presumed dead by the others; registered again",
                                   self.worker)
                warned = False
            except RedisError as error:
                if not warned:
                    logger.warning("Heartbeat to Redis failed: %s", error)
                    warned = True

    def leave(self) -> None:
        if self._left or self.prefix is None:
            return
        self._left = True
        self._stop_polling()
        self._stop.set()
        if self._heartbeat is not None:
            self._heartbeat.join(timeout=5)
        try:
            self.reap()
            requeued, cleaned = self._run("leave", args=[self.prefix, self.worker])
        except RedisError as error:
            logger.error("Could not leave crawl %s cleanly: %s (the others will treat this worker "
                         "as dead and redo what it had not finished)", self.prefix, error)
            return
        if requeued:
            logger.warning("Put %d unfinished request(s) back in the shared queue", requeued)
        if cleaned:
            logger.info("Distributed crawl %s finished; its state was removed from Redis", self.prefix)
        else:
            logger.info("Left distributed crawl %s", self.prefix)

    # -- dead workers ----------------------------------------------------------

    def reap(self) -> int:
        """Requeue the requests of workers whose heartbeat expired."""
        result = self._run("reap", args=[self.prefix, self.worker])
        total = 0
        for worker, count in zip(result[::2], result[1::2]):
            total += count
            logger.warning("Worker %s stopped sending heartbeats: recovered %d request(s) it had "
                           "not finished", _text(worker), count)
        if total:
            self.stats.inc_value("distributed/recovered", total)
        return total

    # -- requests --------------------------------------------------------------

    def next_id(self) -> str:
        return str(next(self._ids))

    def taken(self, request: Request) -> None:
        self._in_flight.add(request.meta[TAKEN_ID])
        self._quiet_since = None
        if not self._hooked:
            self._hook_engine()

    def _hook_engine(self) -> None:
        """Be told when the engine is done with a request: response handled by
        its callback, every request it yielded queued, every record it made
        through the item pipelines (or: redirected, failed, errback run).

        Scrapy has no signal for this; the engine's slot removes the request
        from its in-progress set at exactly that point, so we wrap that."""
        self._hooked = True
        slot = getattr(self.crawler.engine, "_slot", None)
        remove = getattr(slot, "remove_request", None)
        if remove is None:
            logger.warning("Cannot follow request completion in this Scrapy version: requests are "
                           "acknowledged only when the worker is idle")
            return

        def remove_request(request):
            try:
                self.finished(request)
            except Exception:
                logger.exception("Could not acknowledge %s", request)
            remove(request)

        slot.remove_request = remove_request
        self._engine_hooked = True

    def finished(self, request: Request) -> None:
        rid = request.meta.get(TAKEN_ID)
        if rid is not None and rid in self._in_flight:
            self._finished(rid)

    def _finished(self, rid: str) -> None:
        self._in_flight.discard(rid)
        if self._open_batches.get(rid):
            keys = [self.key("taken", self.worker), self.key("unstored", self.worker)]
            self._run("park", keys=keys, args=[rid])
            self._parked.add(rid)
        else:
            self.server.hdel(self.key("taken", self.worker), rid)

    # -- records ---------------------------------------------------------------

    def claim_text(self, item: Article) -> str | None:
        """None if the text is ours to store, else the URL that already holds it."""
        holder = self._run(
            "claim_text", keys=[self.key("content"), self.key("claims", self.worker)],
            args=[text_key(item), self.worker, item.url, "1" if self.feed_template else "0"],
        )
        return None if holder is None else _text(holder).split(" ", 1)[1]

    def item_scraped(self, item, response, spider) -> None:
        if self.feed_template is None:
            return
        request = getattr(response, "request", None)
        rid = request.meta.get(TAKEN_ID) if request is not None else None
        self._items += 1
        batch = (self._items - 1) // self.batch_size + 1 if self.batch_size else 1
        self._batches[batch].append((rid, text_key(item) if isinstance(item, Article) else None))
        if rid is not None:
            self._open_batches[rid].add(batch)

    def feed_slot_closed(self, slot) -> None:
        """A records batch was delivered (or kept in the spool): acknowledge it."""
        if self.feed_template is None or slot.uri_template != self.feed_template or self.prefix is None:
            return
        entries = self._batches.pop(slot.batch_id, [])
        if getattr(slot, "itemcount", len(entries)) != len(entries):
            # Batches are told apart by counting records, as the feed does
            # when it takes every record (OutputAddon's feed has no filter).
            logger.warning("Records batch %05d holds %d records, %d expected: acknowledgements may be off",
                           slot.batch_id, slot.itemcount, len(entries))
        done, texts = [], []
        for rid, text in entries:
            if text:
                texts.append(text)
            batches = self._open_batches.get(rid) if rid is not None else None
            if batches is None:
                continue
            batches.discard(slot.batch_id)
            if not batches:
                del self._open_batches[rid]
                if rid in self._parked:
                    self._parked.discard(rid)
                    done.append(rid)
        pipe = self.server.pipeline()
        if done:
            pipe.hdel(self.key("unstored", self.worker), *done)
        if texts:
            pipe.srem(self.key("claims", self.worker), *texts)
        pipe.execute()
        logger.info("Acknowledged batch %05d (%d records)", slot.batch_id, len(entries))

    # -- seeding ---------------------------------------------------------------

    def claim_seeding(self, allow_missing: bool) -> bool:
        return bool(self._run("claim_seeding", keys=[self.key("seeded")],
                              args=[self.worker, "1" if allow_missing else "0"]))

    def seeding_over(self, complete: bool) -> None:
        mine = f"{self.worker} seeding"
        self._run("swap", keys=[self.key("seeded")], args=[mine, f"{self.worker} done" if complete else ""])
        if complete:
            logger.info("Seeding done")

    async def _reseed(self) -> None:
        complete = False
        try:
            async for request in self.spider.start():
                if isinstance(request, Request):
                    self.crawler.engine.crawl(request)
            complete = True
        except Exception:
            logger.exception("Seeding failed")
        finally:
            self.seeding_over(complete)

    # -- polling and the shared idle decision ----------------------------------

    def spider_opened(self, spider) -> None:
        self._poll = task.LoopingCall(self._tick)
        self._poll.start(self.poll_interval, now=False).addErrback(
            lambda failure: logger.error("Distributed polling stopped: %s", failure.getErrorMessage())
        )

    def _tick(self) -> None:
        """Recover dead workers' requests, and wake the engine: an idle worker
        picks up new requests within poll_interval instead of Scrapy's 5 s."""
        if self._left:
            return
        try:
            self.reap()
        except RedisError as error:
            logger.warning("Redis: %s", error)
        slot = getattr(self.crawler.engine, "_slot", None)
        nextcall = getattr(slot, "nextcall", None)
        if nextcall is not None and getattr(slot, "closing", None) is None:
            nextcall.schedule()

    def _stop_polling(self) -> None:
        if self._poll is not None and self._poll.running:
            self._poll.stop()

    def spider_idle(self, spider) -> None:
        if self._left:
            return
        if not self._engine_hooked:
            for rid in list(self._in_flight):  # no completion hook: idle means done
                self._finished(rid)
        try:
            self.reap()
            reason = _text(self._run("busy", args=[self.prefix]))
        except RedisError as error:
            logger.warning("Redis: %s; waiting", error)
            raise DontCloseSpider from None
        reseeding = self._reseeding is not None and not self._reseeding.called
        if reason == "abandoned" and not reseeding and self.claim_seeding(allow_missing=False):
            logger.info("The worker seeding this crawl died; seeding it again")
            self._reseeding = deferred_from_coro(self._reseed())
            reason = "seeding"
        if reason:
            self._quiet_since = None
            raise DontCloseSpider
        now = time.monotonic()
        if self._quiet_since is None:
            self._quiet_since = now
        if now - self._quiet_since < self.idle_timeout:
            raise DontCloseSpider
        logger.info("No request queued or in flight at any worker for %.0f s: stopping",
                    now - self._quiet_since)

    def spider_closed(self, spider, reason) -> None:
        self._stop_polling()
        if not self._has_feeds:
            self.leave()  # else once the last records batch is delivered

    def feed_exporter_closed(self) -> None:
        self.leave()

    def engine_stopped(self) -> None:
        self.leave()
