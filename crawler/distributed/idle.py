"""Seeding (which worker reads the start requests) and the shared decision that the crawl is over."""

from __future__ import annotations

import logging
import time

from scrapy.http import Request
from scrapy.utils.defer import deferred_from_coro

from crawler.distributed.keys import CrawlKeys
from crawler.distributed.scripts import Scripts, reply_text

logger = logging.getLogger(__name__)


class Seeding:
    """P:seeded: the first worker claims the seeding (SET NX); one that died
    while seeding leaves it 'abandoned', and another claims it again."""

    def __init__(self, server, scripts: Scripts, keys: CrawlKeys, worker: str):
        self.server = server
        self.scripts = scripts
        self.keys = keys
        self.worker = worker
        self._reseeding = None

    def claim(self, allow_missing: bool) -> bool:
        return bool(self.scripts.run("claim_seeding", keys=[self.keys("seeded")],
                                     args=[self.worker, "1" if allow_missing else "0"]))

    def holder(self) -> str | None:
        """Who seeded (or seeds) the crawl, as P:seeded says."""
        value = self.server.get(self.keys("seeded"))
        return reply_text(value) if value else None

    def over(self, complete: bool) -> None:
        mine = f"{self.worker} seeding"
        self.scripts.run("swap", keys=[self.keys("seeded")],
                         args=[mine, f"{self.worker} done" if complete else ""])
        if complete:
            logger.info("Seeding done")

    @property
    def reseeding(self) -> bool:
        return self._reseeding is not None and not self._reseeding.called

    def reseed(self, crawler, spider) -> None:
        """Seed again, in the background, for a seeder that died."""
        self._reseeding = deferred_from_coro(self._reseed(crawler, spider))

    async def _reseed(self, crawler, spider) -> None:
        complete = False
        try:
            async for request in spider.start():
                if isinstance(request, Request):
                    crawler.engine.crawl(request)
            complete = True
        except Exception:
            logger.exception("Seeding failed")
        finally:
            self.over(complete)


class IdleDecision:
    """The crawl is over once nothing has been queued, seeding or in flight at
    any worker for idle_timeout seconds (the BUSY script tells why not)."""

    def __init__(self, scripts: Scripts, keys: CrawlKeys, seeding: Seeding, idle_timeout: float):
        self.scripts = scripts
        self.keys = keys
        self.seeding = seeding
        self.idle_timeout = idle_timeout
        self._quiet_since: float | None = None

    def activity(self) -> None:
        """This worker took a request: the crawl is not quiet."""
        self._quiet_since = None

    def crawl_over(self, crawler, spider) -> bool:
        """Asked when this worker is idle. Raises RedisError."""
        reason = reply_text(self.scripts.run("busy", args=[self.keys.prefix]))
        if reason == "abandoned" and not self.seeding.reseeding and self.seeding.claim(allow_missing=False):
            logger.info("The worker seeding this crawl died; seeding it again")
            self.seeding.reseed(crawler, spider)
            reason = "seeding"
        if reason:
            self._quiet_since = None
            return False
        now = time.monotonic()
        if self._quiet_since is None:
            self._quiet_since = now
        if now - self._quiet_since < self.idle_timeout:
            return False
        logger.info("No request queued or in flight at any worker for %.0f s: stopping",
                    now - self._quiet_since)
        return True
