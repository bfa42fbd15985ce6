"""EngineHooks: every use of Scrapy's private engine API in distributed mode."""

from __future__ import annotations

import logging
from typing import Callable

from scrapy.http import Request

logger = logging.getLogger(__name__)

# The Scrapy version each use below was read against (scrapy/core/engine.py).
CHECKED_WITH_SCRAPY = "2.19.0"


class EngineHooks:
    """The engine's private slot (``ExecutionEngine._slot``, a ``_Slot``) is
    used in two places, both here so that a Scrapy upgrade is checked in one
    file; each degrades to slower but correct behaviour when it is missing."""

    def __init__(self, crawler):
        self.crawler = crawler
        self.tried = False  # follow_completion was attempted
        self.follows_completion = False  # ... and installed

    def _slot(self):
        # Private: ExecutionEngine._slot exists while the spider is open (Scrapy 2.19.0).
        return getattr(self.crawler.engine, "_slot", None)

    def follow_completion(self, finished: Callable[[Request], None]) -> bool:
        """Call finished(request) when the engine is done with a request:
        response handled by its callback, every request it yielded queued,
        every record it made through the item pipelines (or: redirected,
        failed, errback run). Installed once; True if it could be.

        Why private: Scrapy has no signal for this moment. The engine calls
        ``_Slot.remove_request(request)`` exactly then (``_remove_request``,
        added with ``addBoth`` after the download and scraper, Scrapy 2.19.0),
        so we wrap that method. Without it, requests are acknowledged only
        when the worker is idle (see DistributedCrawl.spider_idle)."""
        self.tried = True
        slot = self._slot()
        remove = getattr(slot, "remove_request", None)
        if remove is None:
            logger.warning("Cannot follow request completion in this Scrapy version: requests are "
                           "acknowledged only when the worker is idle")
            return False

        def remove_request(request):
            try:
                finished(request)
            except Exception:
                logger.exception("Could not acknowledge %s", request)
            remove(request)

        slot.remove_request = remove_request
        self.follows_completion = True
        return True

    def wake(self) -> None:
        """Make the engine ask the scheduler for requests now.

        Why private: an idle engine polls its scheduler only every 5 s
        (``_Slot.heartbeat``); requests another worker queued meanwhile would
        wait. ``_Slot.nextcall.schedule()`` is what the engine itself calls to
        run its next loop, and ``_Slot.closing`` is set once the spider is
        closing, when it must not be woken (Scrapy 2.19.0)."""
        slot = self._slot()
        nextcall = getattr(slot, "nextcall", None)
        if nextcall is not None and getattr(slot, "closing", None) is None:
            nextcall.schedule()
