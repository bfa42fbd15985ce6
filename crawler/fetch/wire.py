"""What went over the wire, for the WARC archive: the status line's reason phrase.

Scrapy's HTTP/1.1 handler keeps the status code and protocol of a response
(`response.status`, `response.protocol`) but drops the reason phrase, so an
archive would have to invent one ("203 OK"). This handler is Scrapy's own,
except that it remembers each response's phrase as the server sent it
(latin-1, as HTTP defines): `reason_phrase(response)`, for the response
object the handler returned (what the response_downloaded signal carries).
"""

from __future__ import annotations

import weakref

from scrapy.core.downloader.handlers import http11
from scrapy.utils.defer import maybe_deferred_to_future


# Responses have __slots__; a weak map keeps the phrase without keeping the response.
_REASONS: "weakref.WeakKeyDictionary" = weakref.WeakKeyDictionary()


def reason_phrase(response) -> str | None:
    """The reason phrase the server sent with this response, None if not known."""
    return _REASONS.get(response)


class _ReasonKeepingAgent(http11._ScrapyAgent):  # noqa: SLF001 - the only place the phrase exists
    def _cb_bodydone(self, result, url):
        response = super()._cb_bodydone(result, url)
        phrase = getattr(result["txresponse"], "phrase", b"") or b""
        _REASONS[response] = phrase.decode("latin-1") if isinstance(phrase, bytes) else str(phrase)
        return response


class ReasonKeepingHTTP11DownloadHandler(http11.HTTP11DownloadHandler):
    """DOWNLOAD_HANDLERS for http and https: Scrapy's handler, keeping the reason phrase."""

    async def download_request(self, request):
        agent = _ReasonKeepingAgent(
            contextFactory=self._contextFactory,
            bindAddress=self._bind_address,
            pool=self._pool,
            maxsize=getattr(self._crawler.spider, "download_maxsize", self._default_maxsize),
            warnsize=getattr(self._crawler.spider, "download_warnsize", self._default_warnsize),
            fail_on_dataloss=self._fail_on_dataloss,
            crawler=self._crawler,
            tls_verbose_logging=self._tls_verbose_logging,
        )
        try:
            with http11.wrap_twisted_exceptions():
                return await maybe_deferred_to_future(agent.download_request(request))
        except http11.ResponseDataLossError:
            if not self._fail_on_dataloss_warned:
                http11.logger.warning(http11.get_dataloss_msg(request.url))
                self._fail_on_dataloss_warned = True
            raise
