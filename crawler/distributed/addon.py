"""The add-on that switches a crawl to distributed mode when REDIS_URL is set."""

from __future__ import annotations

import logging
from urllib.parse import urlsplit, urlunsplit

from redis.exceptions import RedisError
from scrapy import signals
from scrapy.settings import SETTINGS_PRIORITIES
from scrapy_redis.connection import get_redis_from_settings

from crawler.output.store import take_worker_spool
from crawler.pipelines import DedupPipeline

logger = logging.getLogger(__name__)


def redact(url: str) -> str:
    """REDIS_URL for logs: the password replaced by ***."""
    parts = urlsplit(url)
    if parts.password is None:
        return url
    netloc = parts.netloc.rsplit("@", 1)[1]
    user = f"{parts.username}:" if parts.username else ":"
    return urlunsplit(parts._replace(netloc=f"{user}***@{netloc}"))


class DistributedAddon:
    """With REDIS_URL set: scrapy-redis scheduler and duplicate filter, our coordination,
    and a spool of this worker's own under OUTPUT_SPOOL_DIR."""

    def __init__(self, crawler=None):
        self.crawler = crawler  # None: settings only (no worker spool is taken)
        self._spool_lock = None

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    def update_settings(self, settings) -> None:
        url = (settings.get("REDIS_URL") or "").strip()
        if not url:
            return
        # Imported here: these modules import redact from this one.
        from crawler.distributed.coordinator import DistributedCrawl  # noqa: PLC0415
        from crawler.distributed.dedup import RedisDedupPipeline  # noqa: PLC0415
        from crawler.distributed.scheduler import SeedOnce  # noqa: PLC0415

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
        force("SCHEDULER", "crawler.distributed.scheduler.DistributedScheduler")
        force("DUPEFILTER_CLASS", "crawler.distributed.scheduler.DistributedDupeFilter")
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
        if self.crawler is not None:
            self._take_worker_spool(settings)

    def _take_worker_spool(self, settings) -> None:
        """Workers started from one folder share OUTPUT_SPOOL_DIR; each takes
        OUTPUT_SPOOL_DIR/workers/<n> (the first no live worker holds), so no
        worker recovers or delivers what another is still writing. A later
        run on this machine delivers what a worker left there."""
        folder, self._spool_lock = take_worker_spool(settings.get("OUTPUT_SPOOL_DIR"))
        priority = max(settings.getpriority("OUTPUT_SPOOL_DIR") or 0, SETTINGS_PRIORITIES["addon"])
        settings.set("OUTPUT_SPOOL_DIR", str(folder), priority=priority)
        self.crawler.signals.connect(self._release_spool, signal=signals.engine_stopped)
        logger.info("This worker's spool: %s", folder)

    def _release_spool(self) -> None:
        if self._spool_lock is not None:
            self._spool_lock.close()
            self._spool_lock = None


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
