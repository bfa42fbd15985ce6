"""Why a request produced no page, as a stats key: every bad URL is accounted for."""

from __future__ import annotations

from scrapy.exceptions import DownloadCancelledError, IgnoreRequest
from scrapy.spidermiddlewares.httperror import HttpError
from twisted.internet.defer import CancelledError

from crawler.fetch.safety import BadScheme, PrivateAddress


def failure_reason(failure) -> str | None:
    """The stats key for a request that yielded no page, or None when our guard
    already counted it (refused addresses and schemes)."""
    error = failure.value
    if isinstance(error, HttpError):
        response = error.response
        location = response.headers.get("Location", b"").decode("latin-1").strip().lower()
        if 300 <= response.status < 400 and location and not location.startswith(("http:", "https:", "/")) \
                and ":" in location.split("/", 1)[0]:
            return "skip/bad_scheme"  # a redirect to file:, ftp:, ... that Scrapy would not follow
        # What HttpErrorMiddleware counts when no errback takes the error first.
        return f"httperror/response_ignored_status_count/{response.status}"
    if isinstance(error, (PrivateAddress, BadScheme)):
        return None
    if isinstance(error, (DownloadCancelledError, CancelledError)):
        return "skip/too_large"  # the download handler cancels bodies over DOWNLOAD_MAXSIZE
    if isinstance(error, IgnoreRequest):
        # Each is a normal outcome, counted under its own name and never as an
        # error (crawler/run/extensions.py). Our own exceptions name their key;
        # Scrapy's middlewares are told apart by their message.
        own = getattr(error, "skip_reason", None)
        if own:
            return own
        message = str(error)
        if "robots.txt" in message:
            return "skip/robots"  # RobotsTxtMiddleware; it counts robotstxt/forbidden too
        if message.startswith("Filtered offsite request"):
            return "skip/offsite"  # OffsiteMiddleware; it counts offsite/filtered too
        if "max redirections" in message:
            return "skip/redirect_limit"
        if "DOWNLOAD_MAXSIZE" in message:
            return "skip/too_large"  # a compression bomb, stopped while unpacking
        if "not in cache" in message:
            return "skip/not_cached"  # HTTPCACHE_IGNORE_MISSING
        # Any other middleware's IgnoreRequest: a deliberate refusal, not a failure.
        return "skip/ignored"
    return f"fetch/failed/{type(error).__name__}"
