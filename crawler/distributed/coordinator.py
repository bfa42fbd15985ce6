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
- drops a record whose (content_hash, site) another worker already stored
  (``Duplicate``, ``dedup/duplicate``), through a Redis hash instead of memory.

The last worker to leave a finished crawl (queue empty, nobody else
registered) deletes the crawl's keys, so the next run starts afresh. If all
workers of a crawl die, its state stays in Redis and the next worker started
with the same arguments resumes it.

The parts, a module each: membership (join, heartbeat, reaping, leave), acks
(which requests this worker holds until their records are stored), idle
(seeding and the shared idle decision), engine_hooks (Scrapy's private API),
scheduler, dedup, scripts, keys (the key layout), addon.
"""

from __future__ import annotations

import logging
import os
import secrets
import socket

from redis.exceptions import RedisError
from scrapy import signals
from scrapy.exceptions import DontCloseSpider, NotConfigured
from scrapy.http import Request
from scrapy_redis.connection import get_redis_from_settings
from twisted.internet import task

from crawler.components import attached
from crawler.distributed.acks import Acknowledgements
from crawler.distributed.connection import redact
from crawler.distributed.engine_hooks import EngineHooks
from crawler.distributed.idle import IdleDecision, Seeding
from crawler.distributed.keys import CrawlKeys, crawl_prefix, text_key
from crawler.distributed.membership import Membership
from crawler.distributed.scripts import Scripts
from crawler.items import Article
from crawler.output.layout import batch_number, items_feed_uri, output_format
from crawler.output.store import ledger_of

logger = logging.getLogger(__name__)


def crawl_of(crawler) -> DistributedCrawl:
    """The worker's DistributedCrawl, made on first use."""
    return attached(crawler, "distributed_crawl", lambda: DistributedCrawl(crawler))


class DistributedCrawl:
    """One worker's part in a crawl (also the extension): makes the parts and
    drives them from Scrapy's signals."""

    @classmethod
    def from_crawler(cls, crawler):
        return crawl_of(crawler)

    def __init__(self, crawler):
        settings = crawler.settings
        if not settings.get("REDIS_URL"):
            raise NotConfigured("REDIS_URL is not set")
        self.crawler = crawler
        self.stats = crawler.stats
        idle_timeout = settings.getfloat("DISTRIBUTED_IDLE_TIMEOUT")
        # A worker silent this long is presumed dead. Never longer than the
        # idle timeout: a worker that dies just before the crawl goes quiet is
        # then noticed (and its requests redone) before the others stop.
        heartbeat_timeout = min(settings.getfloat("DISTRIBUTED_HEARTBEAT_TIMEOUT"), idle_timeout)
        self.poll_interval = min(1.0, idle_timeout / 4)
        self.server = get_redis_from_settings(settings)
        self.scripts = Scripts(self.server)
        self.keys = CrawlKeys()
        self.worker = f"{socket.gethostname()}-{os.getpid()}-{secrets.token_hex(3)}"
        self.spider = None
        self._left = False
        self._poll: task.LoopingCall | None = None
        # The records feed under OUTPUT_URI, whose batches we wait for.
        self.has_records_feed = self._has_records_feed(settings)
        self._has_feeds = bool(settings.getdict("FEEDS"))
        self.membership = Membership(self.server, self.scripts, self.keys, self.worker, heartbeat_timeout,
                                     self.stats)
        self.acks = Acknowledgements(self.server, self.scripts, self.keys, self.worker, self.has_records_feed)
        if self.has_records_feed:
            ledger_of(crawler).add_batch_listener(self.batch_stored)
        self.seeding = Seeding(self.server, self.scripts, self.keys, self.worker)
        self.idle = IdleDecision(self.scripts, self.keys, self.seeding, idle_timeout)
        self.hooks = EngineHooks(crawler)
        for handler, signal in (
            (self.spider_opened, signals.spider_opened),
            (self.spider_idle, signals.spider_idle),
            (self.item_scraped, signals.item_scraped),
            (self.spider_closed, signals.spider_closed),
            (self.feed_exporter_closed, signals.feed_exporter_closed),
            (self.engine_stopped, signals.engine_stopped),
        ):
            crawler.signals.connect(handler, signal=signal)

    @staticmethod
    def _has_records_feed(settings) -> bool:
        output_uri = (settings.get("OUTPUT_URI") or "").strip()
        return bool(output_uri) and items_feed_uri(output_uri, output_format(settings)) in settings.getdict("FEEDS")

    @property
    def prefix(self) -> str | None:
        return self.keys.prefix

    # -- joining and leaving ---------------------------------------------------

    def open(self, spider) -> None:
        """Join the crawl (called by the scheduler as the spider opens)."""
        if self.keys.prefix is not None:
            return
        self.spider = spider
        self.keys.prefix = crawl_prefix(spider)
        self.stats.set_value("distributed/crawl", self.prefix)
        self.stats.set_value("distributed/worker", self.worker)
        state, queued, others = self.membership.join()
        url = redact(self.crawler.settings.get("REDIS_URL"))
        if state == "resume":
            logger.info("Distributed crawl %s on %s: resuming it, %d request(s) queued (worker %s)",
                        self.prefix, url, queued, self.worker)
        elif state == "fresh":
            logger.info("Distributed crawl %s on %s: starting it (worker %s)", self.prefix, url, self.worker)
        else:
            logger.info("Distributed crawl %s on %s: joining %d running worker(s) (worker %s)",
                        self.prefix, url, others, self.worker)

    def leave(self) -> None:
        if self._left or self.prefix is None:
            return
        self._left = True
        self._stop_polling()
        try:
            requeued, cleaned = self.membership.leave()
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

    # -- requests and records --------------------------------------------------

    def taken(self, request: Request) -> None:
        self.acks.taken(request)
        self.idle.activity()
        if not self.hooks.tried:
            self.hooks.follow_completion(self.acks.finished)

    def item_scraped(self, item, response, spider) -> None:
        request = getattr(response, "request", None)
        self.acks.record_made(request, item, text_key(item) if isinstance(item, Article) else None)

    def batch_stored(self, key: str, records: list[dict]) -> None:
        """The ledger's batch listener, called from the thread storing the batch.

        Handed to the reactor thread, where the acknowledgements live: the
        call runs after the signal handlers of the record that closed the
        batch (ours included), and before the feed exporter reports the
        store done (both reach the reactor in the order they were sent)."""
        from twisted.internet import reactor  # noqa: PLC0415 - Scrapy installs it first

        reactor.callFromThread(self._acknowledge, key, records)

    def _acknowledge(self, key: str, records: list[dict]) -> None:
        if self.prefix is None or self._left:
            return
        try:
            ours = self.acks.batch_stored(records)
        except RedisError as error:  # its requests stay unstored: redone if this worker dies
            logger.error("Could not acknowledge %s: %s", key, error)
            return
        if not ours:
            return  # a leftover batch of an earlier run, delivered as this one started
        batch = batch_number(key)
        logger.info("Acknowledged batch %s (%d records)", key if batch is None else f"{batch:05d}", ours)

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
            self.membership.reap()
        except RedisError as error:
            logger.warning("Redis: %s", error)
        self.hooks.wake()

    def _stop_polling(self) -> None:
        if self._poll is not None and self._poll.running:
            self._poll.stop()

    def spider_idle(self, spider) -> None:
        if self._left:
            return
        if not self.hooks.follows_completion:
            self.acks.finish_all()  # no completion hook: idle means done
        try:
            self.membership.reap()
            over = self.idle.crawl_over(self.crawler, spider)
        except RedisError as error:
            logger.warning("Redis: %s; waiting", error)
            raise DontCloseSpider from None
        if not over:
            raise DontCloseSpider

    def spider_closed(self, spider, reason) -> None:
        self._stop_polling()
        if not self._has_feeds:
            self.leave()  # else once the last records batch is delivered

    def feed_exporter_closed(self) -> None:
        self.leave()

    def engine_stopped(self) -> None:
        self.leave()
