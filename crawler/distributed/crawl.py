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

Keys, all under ``<spider>:<hash of the spider arguments>:`` (``P``):

    P:requests         sorted set: the shared queue (JSON-serialised requests, score -priority)
    P:dupefilter       set: fingerprints of every request ever queued
    P:seeded           "<worker> seeding|done|abandoned"
    P:workers          set: registered workers
    P:alive:<w>        heartbeat, expires after DISTRIBUTED_HEARTBEAT_TIMEOUT
    P:taken:<w>        hash: requests <w> has taken and not finished ("<score>|<request>")
    P:unstored:<w>     hash: requests finished whose records are not yet delivered
    P:content          hash: "<content_hash>:<site>" -> "<worker> <url>" of the stored text
    P:claims:<w>       set: content keys <w> claimed whose records are not yet delivered
"""

from __future__ import annotations

import base64
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
from urllib.parse import urlsplit, urlunsplit

from redis.exceptions import RedisError
from scrapy import signals
from scrapy.exceptions import DontCloseSpider, NotConfigured
from scrapy.http import Request
from scrapy.settings import SETTINGS_PRIORITIES
from scrapy.utils.defer import deferred_from_coro
from scrapy_redis.connection import get_redis_from_settings
from scrapy_redis.dupefilter import RFPDupeFilter
from scrapy_redis.queue import Base as RedisQueue
from scrapy_redis.scheduler import Scheduler as RedisScheduler
from twisted.internet import task

from crawler.components import attached
from crawler.items import Article
from crawler.output.layout import items_feed_uri, output_format
from crawler.drops import Duplicate
from crawler.pipelines import DedupPipeline, dedup_site

logger = logging.getLogger(__name__)

DEFAULT_IDLE_TIMEOUT = 30.0
DEFAULT_HEARTBEAT_TIMEOUT = 10.0
# Request meta key: the id under which the request is recorded in P:taken:<worker>.
TAKEN_ID = "distributed_taken_id"


# -- the add-on ----------------------------------------------------------------


def redact(url: str) -> str:
    """REDIS_URL for logs: the password replaced by ***."""
    parts = urlsplit(url)
    if parts.password is None:
        return url
    netloc = parts.netloc.rsplit("@", 1)[1]
    user = f"{parts.username}:" if parts.username else ":"
    return urlunsplit(parts._replace(netloc=f"{user}***@{netloc}"))


class DistributedAddon:
    """With REDIS_URL set: scrapy-redis scheduler and duplicate filter, our coordination."""

    def update_settings(self, settings) -> None:
        url = (settings.get("REDIS_URL") or "").strip()
        if not url:
            return
        if urlsplit(url).scheme not in ("redis", "rediss", "unix"):
            raise ValueError(f"REDIS_URL: {redact(url)!r} is not a redis://, rediss:// or unix:// URL")
        for name in ("DISTRIBUTED_IDLE_TIMEOUT", "DISTRIBUTED_HEARTBEAT_TIMEOUT"):
            if settings.get(name) is not None and settings.getfloat(name) <= 0:
                raise ValueError(f"{name} must be a positive number of seconds")

        def force(name, value):
            priority = max(settings.getpriority(name) or 0, SETTINGS_PRIORITIES["addon"])
            settings.set(name, value, priority=priority)

        force("REDIS_URL", url)
        # Both explicitly: scrapy-redis' scheduler takes DUPEFILTER_CLASS as it
        # is, and Scrapy's default there is an in-memory filter per worker.
        force("SCHEDULER", "crawler.distributed.crawl.DistributedScheduler")
        force("DUPEFILTER_CLASS", "crawler.distributed.crawl.DistributedDupeFilter")
        # The shared state outlives a worker; DistributedCrawl removes it when
        # the crawl is over. Never flush it when one worker starts or stops.
        force("SCHEDULER_PERSIST", True)
        force("SCHEDULER_FLUSH_ON_START", False)
        settings.set_in_component_priority_dict("EXTENSIONS", DistributedCrawl, 100)
        settings.set_in_component_priority_dict("SPIDER_MIDDLEWARES", SeedOnce, 10)
        try:
            settings.replace_in_component_priority_dict("ITEM_PIPELINES", DedupPipeline, RedisDedupPipeline)
        except KeyError:
            pass  # deduplication removed from the pipeline: nothing to replace


def redis_problem(settings) -> str | None:
    """Why REDIS_URL cannot be used, in one line; None if it is unset or Redis answers.

    For a command that wants to fail before starting, e.g. `scrapy crawl`."""
    url = (settings.get("REDIS_URL") or "").strip()
    if not url:
        return None
    if urlsplit(url).scheme not in ("redis", "rediss", "unix"):
        return f"REDIS_URL: {redact(url)!r} is not a redis://, rediss:// or unix:// URL"
    try:
        client = get_redis_from_settings(settings)
        client.ping()
        client.close()
    except (RedisError, ValueError) as error:
        return f"REDIS_URL: cannot use Redis at {redact(url)}: {error}"
    return None


# -- request (de)serialisation: JSON, never pickle -------------------------------


def _pack(value):
    if isinstance(value, bytes):
        return {"__bytes__": base64.b64encode(value).decode("ascii")}
    if isinstance(value, dict):
        if all(isinstance(k, str) for k in value) and not {"__bytes__", "__items__"} & value.keys():
            return {k: _pack(v) for k, v in value.items()}
        return {"__items__": [[_pack(k), _pack(v)] for k, v in value.items()]}
    if isinstance(value, (list, tuple)):
        return [_pack(v) for v in value]
    if value is None or isinstance(value, (str, int, float, bool)):
        return value
    raise TypeError(f"a {type(value).__name__} cannot be stored in the shared queue")


def _unpack(value):
    if isinstance(value, dict):
        if len(value) == 1 and "__bytes__" in value:
            return base64.b64decode(value["__bytes__"])
        if len(value) == 1 and "__items__" in value:
            return {_hashable(_unpack(k)): _unpack(v) for k, v in value["__items__"]}
        return {k: _unpack(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_unpack(v) for v in value]
    return value


def _hashable(value):
    return tuple(value) if isinstance(value, list) else value


class JsonSerializer:
    """scrapy-redis serializer: JSON with bytes tagged (pickle from a shared server runs code)."""

    @staticmethod
    def dumps(obj) -> str:
        return json.dumps(_pack(obj), separators=(",", ":"), ensure_ascii=False)

    @staticmethod
    def loads(data):
        if isinstance(data, bytes):
            data = data.decode("utf-8")
        return _unpack(json.loads(data))


# -- Redis scripts (each one atomic) ---------------------------------------------

# Puts back the requests of worker ARGV[2] (taken and unstored), releases the
# texts it claimed but never delivered, and marks its unfinished seeding.
_REQUEUE = """
local function requeue(p, w)
  local n = 0
  for _, h in ipairs({p .. ':taken:' .. w, p .. ':unstored:' .. w}) do
    local all = redis.call('HGETALL', h)
    for i = 2, #all, 2 do
      local v = all[i]
      local sep = string.find(v, '|', 1, true)
      redis.call('ZADD', p .. ':requests', string.sub(v, 1, sep - 1), string.sub(v, sep + 1))
      n = n + 1
    end
    redis.call('DEL', h)
  end
  local prefix = w .. ' '
  for _, k in ipairs(redis.call('SMEMBERS', p .. ':claims:' .. w)) do
    local v = redis.call('HGET', p .. ':content', k)
    if v and string.sub(v, 1, #prefix) == prefix then
      redis.call('HDEL', p .. ':content', k)
    end
  end
  redis.call('DEL', p .. ':claims:' .. w)
  if redis.call('GET', p .. ':seeded') == w .. ' seeding' then
    redis.call('SET', p .. ':seeded', w .. ' abandoned')
  end
  return n
end
"""

# Every other registered worker whose heartbeat expired: requeue, deregister.
# Returns {worker, count, worker, count, ...}.
REAP = _REQUEUE + """
local p, me = ARGV[1], ARGV[2]
local out = {}
for _, w in ipairs(redis.call('SMEMBERS', p .. ':workers')) do
  if w ~= me and redis.call('EXISTS', p .. ':alive:' .. w) == 0 then
    local n = requeue(p, w)
    redis.call('SREM', p .. ':workers', w)
    table.insert(out, w)
    table.insert(out, n)
  end
end
return out
"""

# Registers ARGV[2]. With no other live worker, an earlier crawl with work
# queued is resumed; else whatever is left of a finished one is cleared.
JOIN = """
local p, me, ttl = ARGV[1], ARGV[2], ARGV[3]
local others = 0
for _, w in ipairs(redis.call('SMEMBERS', p .. ':workers')) do
  if w ~= me and redis.call('EXISTS', p .. ':alive:' .. w) == 1 then others = others + 1 end
end
local queued = redis.call('ZCARD', p .. ':requests')
local state = 'join'
if others == 0 then
  if queued > 0 then
    state = 'resume'
  else
    state = 'fresh'
    redis.call('DEL', p .. ':requests', p .. ':dupefilter', p .. ':seeded', p .. ':content')
  end
end
redis.call('SADD', p .. ':workers', me)
redis.call('SET', p .. ':alive:' .. me, '1', 'PX', ttl)
return {state, queued, others}
"""

# Deregisters ARGV[2] (its leftovers, normally none, go back to the queue);
# the last one out of a finished crawl deletes its keys. Returns {requeued, cleaned}.
LEAVE = _REQUEUE + """
local p, me = ARGV[1], ARGV[2]
local n = requeue(p, me)
redis.call('DEL', p .. ':alive:' .. me)
redis.call('SREM', p .. ':workers', me)
if redis.call('SCARD', p .. ':workers') == 0 and redis.call('ZCARD', p .. ':requests') == 0 then
  redis.call('DEL', p .. ':requests', p .. ':dupefilter', p .. ':seeded', p .. ':content', p .. ':workers')
  return {n, 1}
end
return {n, 0}
"""

# Takes the best request: out of the queue, into this worker's taken hash.
POP = """
local r = redis.call('ZPOPMIN', KEYS[1])
if #r == 0 then return false end
redis.call('HSET', KEYS[2], ARGV[1], r[2] .. '|' .. r[1])
return r[1]
"""

# A finished request whose records wait for delivery: taken -> unstored.
PARK = """
local v = redis.call('HGET', KEYS[1], ARGV[1])
if v then
  redis.call('HSET', KEYS[2], ARGV[1], v)
  redis.call('HDEL', KEYS[1], ARGV[1])
end
return 0
"""

# Why the crawl is not quiet, or '' if it is.
BUSY = """
local p = ARGV[1]
local queued = redis.call('ZCARD', p .. ':requests')
if queued > 0 then return 'queued ' .. queued end
local s = redis.call('GET', p .. ':seeded')
if s then
  local sep = string.find(s, ' ', 1, true)
  local who, state = string.sub(s, 1, sep - 1), string.sub(s, sep + 1)
  if state == 'abandoned' then return 'abandoned' end
  if state == 'seeding' and redis.call('EXISTS', p .. ':alive:' .. who) == 1 then
    return 'seeding ' .. who
  end
end
for _, w in ipairs(redis.call('SMEMBERS', p .. ':workers')) do
  if redis.call('HLEN', p .. ':taken:' .. w) > 0 then return 'in flight at ' .. w end
end
return ''
"""

# Seeding: ARGV[1] = worker, ARGV[2] = '1' if a missing key may be claimed.
CLAIM_SEEDING = """
local v = redis.call('GET', KEYS[1])
if (not v and ARGV[2] == '1') or (v and string.sub(v, -10) == ' abandoned') then
  redis.call('SET', KEYS[1], ARGV[1] .. ' seeding')
  return 1
end
return 0
"""

# Compare and set (or delete when ARGV[2] is empty).
SWAP = """
if redis.call('GET', KEYS[1]) ~= ARGV[1] then return 0 end
if ARGV[2] == '' then redis.call('DEL', KEYS[1]) else redis.call('SET', KEYS[1], ARGV[2]) end
return 1
"""

# A stored text: claim "<hash>:<site>" unless another page holds it.
# Returns false, or the holder ("<worker> <url>").
CLAIM_TEXT = """
local mine = ARGV[2] .. ' ' .. ARGV[3]
local v = redis.call('HGET', KEYS[1], ARGV[1])
if not v then
  redis.call('HSET', KEYS[1], ARGV[1], mine)
  if ARGV[4] == '1' then redis.call('SADD', KEYS[2], ARGV[1]) end
  return false
end
if v == mine then return false end
return v
"""


def _text(value) -> str:
    return value.decode("utf-8") if isinstance(value, bytes) else str(value)


def crawl_prefix(spider) -> str:
    """<spider>:<short hash of its arguments>: one crawl's namespace in Redis."""
    arguments = getattr(spider, "arguments", None) or {}
    digest = hashlib.sha1(json.dumps(arguments, sort_keys=True, default=str).encode("utf-8"))
    return f"{spider.name}:{digest.hexdigest()[:10]}"


def text_key(item: Article) -> str:
    return f"{item.content_hash}:{dedup_site(item)}"


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
        template = items_feed_uri(output_uri, output_format(settings))
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


# -- scheduler, queue, duplicate filter -------------------------------------------


class TrackedQueue(RedisQueue):
    """scrapy-redis' priority queue, with each pop recorded in P:taken:<worker>."""

    def __init__(self, server, spider, crawl: DistributedCrawl):
        super().__init__(server, spider, crawl.key("requests"), serializer=JsonSerializer)
        self.crawl = crawl
        self.taken_key = crawl.key("taken", crawl.worker)

    def _encode_request(self, request):
        obj = request.to_dict(spider=self.spider)
        obj["meta"] = {k: v for k, v in obj["meta"].items() if k != TAKEN_ID}
        return self.serializer.dumps(obj)

    def __len__(self):
        return self.server.zcard(self.key)

    def push(self, request):
        self.server.execute_command("ZADD", self.key, -request.priority, self._encode_request(request))

    def pop(self, timeout=0):
        while True:
            rid = self.crawl.next_id()
            data = self.crawl._run("pop", keys=[self.key, self.taken_key], args=[rid])
            if data is None:
                return None
            try:
                request = self._decode_request(data)
            except Exception as error:
                self.server.hdel(self.taken_key, rid)
                self.crawl.stats.inc_value("distributed/bad_request")
                logger.error("Dropped a queued request that cannot be read: %s: %s",
                             type(error).__name__, error)
                continue
            request.meta[TAKEN_ID] = rid
            return request


class DistributedDupeFilter(RFPDupeFilter):
    """scrapy-redis' filter on P:dupefilter; a worker closing never clears it."""

    @classmethod
    def from_spider(cls, spider):
        crawl = crawl_of(spider.crawler)
        return cls(crawl.server, key=crawl.key("dupefilter"),
                   debug=spider.crawler.settings.getbool("DUPEFILTER_DEBUG"))

    def close(self, reason=""):
        pass  # shared with the other workers


class DistributedScheduler(RedisScheduler):
    """scrapy-redis' scheduler on this crawl's keys (P:requests, P:dupefilter)."""

    @classmethod
    def from_crawler(cls, crawler):
        try:
            instance = super().from_crawler(crawler)  # pings Redis
        except RedisError as error:
            logger.error("Cannot use Redis at %s: %s", redact(crawler.settings.get("REDIS_URL")), error)
            raise
        instance.crawler = crawler
        return instance

    def open(self, spider):
        self.spider = spider
        self.crawl = crawl_of(self.crawler)
        self.crawl.open(spider)
        self.queue = TrackedQueue(self.crawl.server, spider, self.crawl)
        self.df = DistributedDupeFilter.from_spider(spider)

    def close(self, reason):
        pass  # the crawl's state outlives this worker (see DistributedCrawl.leave)

    def enqueue_request(self, request):
        if not request.dont_filter and self.df.request_seen(request):
            self.df.log(request, self.spider)
            return False
        try:
            self.queue.push(request)
        except (TypeError, ValueError) as error:  # a callback not on the spider, a meta value not JSON
            self.stats.inc_value("distributed/unserializable")
            logger.error("Cannot queue %s: %s", request, error)
            return False
        self.stats.inc_value("scheduler/enqueued/redis")
        return True

    def next_request(self):
        request = self.queue.pop()
        if request is not None:
            self.stats.inc_value("scheduler/dequeued/redis")
            self.crawl.taken(request)
        return request


# -- seeding and deduplication ----------------------------------------------------


class SeedOnce:
    """Only the first worker of a crawl reads the spider's start(); the others
    take requests from the shared queue."""

    def __init__(self, crawler):
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    async def process_start(self, start):
        crawl = crawl_of(self.crawler)
        if not crawl.claim_seeding(allow_missing=True):
            seeder = crawl.server.get(crawl.key("seeded"))
            logger.info("Crawl already seeded (%s): taking requests from the shared queue",
                        _text(seeder) if seeder else "by a worker that finished")
            return
        logger.info("Seeding the crawl")
        crawl.stats.set_value("distributed/seeded", 1)
        complete = False
        try:
            async for item_or_request in start:
                yield item_or_request
            complete = True
        finally:
            crawl.seeding_over(complete)


class RedisDedupPipeline:
    """DedupPipeline across workers: (content_hash, site) in a Redis hash."""

    def __init__(self, crawler):
        if not crawler.settings.getbool("DEDUP_ENABLED"):
            raise NotConfigured("DEDUP_ENABLED is off")
        self.crawl = crawl_of(crawler)
        self.stats = crawler.stats

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    def process_item(self, item):
        if not isinstance(item, Article):
            return item
        first = self.crawl.claim_text(item)
        if first is not None:
            self.stats.inc_value("dedup/duplicate")
            raise Duplicate(f"{item.url} repeats the text of {first}")
        return item
