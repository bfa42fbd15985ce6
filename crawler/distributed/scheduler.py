"""The shared queue, duplicate filter and scheduler, and the seed-once spider middleware."""

from __future__ import annotations

import logging

from redis.exceptions import RedisError
from scrapy_redis.dupefilter import RFPDupeFilter
from scrapy_redis.queue import Base as RedisQueue
from scrapy_redis.scheduler import Scheduler as RedisScheduler

from crawler.distributed.addon import redact
from crawler.distributed.acks import TAKEN_ID
from crawler.distributed.coordinator import DistributedCrawl, crawl_of
from crawler.distributed.serializer import JsonSerializer

logger = logging.getLogger(__name__)


class TrackedQueue(RedisQueue):
    """scrapy-redis' priority queue, with each pop recorded in P:taken:<worker>."""

    def __init__(self, server, spider, crawl: DistributedCrawl):
        super().__init__(server, spider, crawl.keys("requests"), serializer=JsonSerializer)
        self.crawl = crawl
        self.taken_key = crawl.keys("taken", crawl.worker)

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
            rid = self.crawl.acks.next_id()
            data = self.crawl.scripts.run("pop", keys=[self.key, self.taken_key], args=[rid])
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
        return cls(crawl.server, key=crawl.keys("dupefilter"),
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
        if not crawl.seeding.claim(allow_missing=True):
            logger.info("Crawl already seeded (%s): taking requests from the shared queue",
                        crawl.seeding.holder() or "by a worker that finished")
            return
        logger.info("Seeding the crawl")
        crawl.stats.set_value("distributed/seeded", 1)
        complete = False
        try:
            async for item_or_request in start:
                yield item_or_request
            complete = True
        finally:
            crawl.seeding.over(complete)

