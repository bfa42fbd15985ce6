"""A duplicate filter that survives kill -9 without losing pages.

Scrapy's RFPDupeFilter, with JOBDIR, appends a fingerprint to
requests.seen when a request is first *scheduled*, long before its page is
processed and its record delivered. After a hard kill, requests that were
queued or in flight are marked seen, so the resumed run never fetches them:
their articles are lost. This filter keeps Scrapy's file format but writes
requests.seen only on a clean close (pause with Ctrl-C, or the end of the
run), atomically. After a crash the resumed run reads the listings again,
and the stored-URL index (crawler/state/incremental.py) keeps it from fetching
what was already stored: every article ends up stored exactly once.
"""

from __future__ import annotations

import os
from pathlib import Path

from scrapy.dupefilters import RFPDupeFilter
from scrapy.utils.job import job_dir


class CrashSafeDupeFilter(RFPDupeFilter):
    """Also counts redirect loops (skip/redirect_loop): a redirect back to a
    URL of its own chain is dropped here, as a duplicate, not by REDIRECT_MAX_TIMES."""

    def __init__(self, path: str | None = None, debug: bool = False, *, fingerprinter=None,
                 stats=None):
        self.seen_path = Path(path, "requests.seen") if path else None
        self.stats = stats
        super().__init__(None, debug, fingerprinter=fingerprinter)
        if self.seen_path is not None and self.seen_path.exists():
            # Read through the parent's parser: same format, same file name.
            loaded = RFPDupeFilter(path, fingerprinter=fingerprinter)
            self._fingerprints.update(loaded._fingerprints)
            loaded.close("loaded")

    @classmethod
    def from_crawler(cls, crawler):
        return cls(job_dir(crawler.settings), crawler.settings.getbool("DUPEFILTER_DEBUG"),
                   fingerprinter=crawler.request_fingerprinter, stats=crawler.stats)

    def request_seen(self, request) -> bool:
        seen = super().request_seen(request)
        if seen and self.stats is not None and request.url in request.meta.get("redirect_urls", ()):
            self.stats.inc_value("skip/redirect_loop")
        return seen

    def close(self, reason: str) -> None:
        if self.seen_path is None:
            return
        temporary = self.seen_path.with_name("requests.seen.tmp")
        with temporary.open("wb") as out:
            for fingerprint in self._fingerprints:
                out.write(len(fingerprint).to_bytes(2, "big") + fingerprint)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temporary, self.seen_path)
