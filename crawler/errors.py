"""Why a request produced no page, as a stats key: every bad URL is accounted for."""

from __future__ import annotations

from scrapy.exceptions import DownloadCancelledError, IgnoreRequest
from scrapy.spidermiddlewares.httperror import HttpError
from twisted.internet.defer import CancelledError

from crawler.safety import BadScheme, PrivateAddress


def failure_reason(failure) -> str | None:
    """The stats key for a failed request, or None when Scrapy or our guard
    already counted it (HTTP error statuses, robots.txt, refused addresses)."""
    error = failure.value
    if isinstance(error, (HttpError, PrivateAddress, BadScheme)):
        return None
    if isinstance(error, (DownloadCancelledError, CancelledError)):
        return "skip/too_large"  # the download handler cancels bodies over DOWNLOAD_MAXSIZE
    if isinstance(error, IgnoreRequest):
        message = str(error)
        if "robots.txt" in message:
            return None
        if "max redirections" in message:
            return "skip/redirect_limit"
        if "DOWNLOAD_MAXSIZE" in message:
            return "skip/too_large"  # a compression bomb, stopped while unpacking
        return "skip/ignored"
    return f"fetch/failed/{type(error).__name__}"
