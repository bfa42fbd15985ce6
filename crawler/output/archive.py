"""Raw archive: every response the crawl receives is kept as WARC/1.1.

As an archivist's tools (Heritrix, wget) write it: a ``warcinfo`` record
opens each file; each exchange is a ``request`` record (the real request
line and the headers as sent, after the downloader middlewares) and a
``response`` record (the status line as received, protocol and reason
phrase included, the headers and the body as received, still compressed if
the server compressed it), with ``WARC-IP-Address`` where known. Every
response is archived, redirects and errors included: they are taken from
Scrapy's ``response_downloaded`` signal, before any middleware changes them.

Files go to ``OUTPUT_URI/raw/<spider>/dt=YYYY-MM-DD/<run_id>-<batch>.warc.gz``,
delivered like the record batches (spool first, see crawler/output/store.py).
A response that became a Page (the spider handed it to the pipelines) is
written when the Page reaches this stage, with what the crawl knew about it
(``WARC-Crawler-Kind``, ``WARC-Crawler-Original-URL``); `scrapy crawl reclean`
reads those records alone and rebuilds the exact same Pages without any
network fetch.
"""

from __future__ import annotations

import logging

import io
import os
import time
from dataclasses import dataclass
from datetime import datetime, timezone
from http import HTTPStatus
from pathlib import Path
from urllib.parse import urlsplit

from scrapy import signals

from scrapy.exceptions import NotConfigured
from scrapy.http import HtmlResponse
from scrapy.utils.asyncio import run_in_thread
from scrapy.utils.defer import deferred_from_coro, maybe_deferred_to_future
from warcio.archiveiterator import ArchiveIterator
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from crawler.components import Component
from crawler.fetch.wire import reason_phrase
from crawler.items import Page
from crawler.output.facade import store_of
from crawler.output.layout import raw_key, run_id_of
from crawler.output.store import open_partial

logger = logging.getLogger(__name__)

KIND_HEADER = "WARC-Crawler-Kind"
ORIGINAL_HEADER = "WARC-Crawler-Original-URL"
EVIDENCE_HEADER = "WARC-Crawler-Copy-Evidence"
# A copy cleaned against its original: the URL of the original's page (reclean pairs them again).
ORIGINAL_KEY_HEADER = "WARC-Crawler-Original-Key"
# The body Scrapy hands over is de-chunked: a Transfer-Encoding header would
# describe bytes we do not keep. (Content-Encoding stays: the body is kept compressed.)
_DECHUNKED = {"transfer-encoding"}
# Decoded bodies given back to pages (reclean) no longer match these.
_NOT_OF_DECODED = {b"content-length", b"content-encoding", b"transfer-encoding"}
_EXCHANGE = "_warc_exchange"  # Request.meta key: the captured exchange of its latest response


def warc_date(timestamp: float) -> str:
    return datetime.fromtimestamp(timestamp, timezone.utc).isoformat(timespec="seconds").replace("+00:00", "Z")


def header_pairs(headers) -> list[tuple[str, str]]:
    return [(name.decode("latin-1"), value.decode("latin-1"))
            for name, values in headers.items() for value in values]


@dataclass
class Exchange:
    """One request and its response as they went over the wire."""

    url: str
    request_line: str
    request_headers: list[tuple[str, str]]
    status_line: str  # "203 Non-Authoritative Information"
    protocol: str  # "HTTP/1.0"
    response_headers: list[tuple[str, str]]
    body: bytes
    ip_address: str | None
    date: str

    @classmethod
    def capture(cls, response, request) -> "Exchange":
        parts = urlsplit(request.url)
        target = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
        protocol = response.protocol or "HTTP/1.1"
        request_protocol = "HTTP/1.1" if protocol.upper().startswith("HTTP/1") else protocol
        sent = header_pairs(request.headers)
        if not any(name.lower() == "host" for name, _ in sent):
            sent.insert(0, ("Host", parts.netloc))  # Twisted adds it on the wire
        reason = reason_phrase(response)
        if reason is None:  # another download handler: the standard phrase, never a made-up "OK"
            try:
                reason = HTTPStatus(response.status).phrase
            except ValueError:
                reason = ""
        received = [(k, v) for k, v in header_pairs(response.headers) if k.lower() not in _DECHUNKED]
        return cls(url=request.url, request_line=f"{request.method} {target} {request_protocol}",
                   request_headers=sent, status_line=f"{response.status} {reason}".rstrip(),
                   protocol=protocol, response_headers=received, body=response.body,
                   ip_address=str(response.ip_address) if response.ip_address else None,
                   date=warc_date(time.time()))


def write_exchange(writer: WARCWriter, exchange: Exchange, page: Page | None = None) -> None:
    """The response record (with the page's crawl headers, if it made one), then its request."""
    # A page's record is dated with its fetched_at (the same second, near enough),
    # so that reclean gives the record the crawl gave.
    date = page.fetched_at if page is not None else exchange.date
    extra = {"WARC-Date": date}
    if exchange.ip_address:
        extra["WARC-IP-Address"] = exchange.ip_address
    if page is not None:
        extra[KIND_HEADER] = page.kind
        if page.original_url:
            extra[ORIGINAL_HEADER] = page.original_url
        if page.copy_evidence:
            extra[EVIDENCE_HEADER] = page.copy_evidence
        if page.original_key:
            extra[ORIGINAL_KEY_HEADER] = page.original_key
    response = writer.create_warc_record(
        exchange.url, "response", payload=io.BytesIO(exchange.body), warc_headers_dict=extra,
        http_headers=StatusAndHeaders(exchange.status_line, exchange.response_headers,
                                      protocol=exchange.protocol))
    request = writer.create_warc_record(
        exchange.url, "request", payload=io.BytesIO(b""),
        warc_headers_dict={"WARC-Date": date},
        http_headers=StatusAndHeaders(exchange.request_line, exchange.request_headers,
                                      is_http_request=True))
    request.rec_headers.add_header("WARC-Concurrent-To", response.rec_headers.get_header("WARC-Record-ID"))
    writer.write_record(response)
    writer.write_record(request)


def warc_records(writer: WARCWriter, page: Page) -> None:
    """A page with no captured exchange (rebuilt, not downloaded): its response as kept."""
    headers = [(k.decode("latin-1"), v.decode("latin-1"))
               for k, v in page.headers if k.lower() not in _NOT_OF_DECODED]
    headers.append(("Content-Length", str(len(page.body))))
    try:
        reason = HTTPStatus(page.status).phrase
    except ValueError:
        reason = ""
    write_exchange(writer, Exchange(
        url=page.url, request_line=f"GET {urlsplit(page.url).path or '/'} HTTP/1.1",
        request_headers=[("Host", urlsplit(page.url).netloc)],
        status_line=f"{page.status} {reason}".rstrip(), protocol="HTTP/1.1",
        response_headers=headers, body=page.body, ip_address=None, date=page.fetched_at), page)


def pages_from_warc(stream):
    """Pages rebuilt from a WARC stream (the responses that made pages), decoded
    exactly as the crawl decoded them. Redirects, errors, robots.txt and other
    responses the crawl archived but made no page of are passed over."""
    for record in ArchiveIterator(stream):
        if record.rec_type != "response" or not record.rec_headers.get_header(KIND_HEADER):
            continue
        url = record.rec_headers.get_header("WARC-Target-URI")
        headers = [(k, v) for k, v in record.http_headers.headers if k.lower().encode() not in _NOT_OF_DECODED]
        status = int(record.http_headers.get_statuscode() or 200)
        body = record.content_stream().read()  # de-chunked and decompressed, as Scrapy did
        response = HtmlResponse(url, status=status, headers=headers, body=body)
        yield Page.from_response(
            response,
            kind=record.rec_headers.get_header(KIND_HEADER) or "original",
            original_url=record.rec_headers.get_header(ORIGINAL_HEADER),
            copy_evidence=record.rec_headers.get_header(EVIDENCE_HEADER),
            original_key=record.rec_headers.get_header(ORIGINAL_KEY_HEADER),
            fetched_at=record.rec_headers.get_header("WARC-Date"),
        )


class WarcArchivePipeline(Component):
    """Archives every downloaded response (response_downloaded signal) and, as an
    item pipeline stage before extraction, marks those that became Pages."""

    def __init__(self, crawler):
        settings = crawler.settings
        if not settings.getbool("ARCHIVE_RAW") or not settings.get("OUTPUT_URI"):
            raise NotConfigured("ARCHIVE_RAW is off or OUTPUT_URI is empty")
        self.crawler = crawler
        self.batch_size = settings.getint("ARCHIVE_BATCH_ITEM_COUNT")
        self.store = store_of(crawler)
        self.batch = 0
        self.count = 0
        self.file = None
        self.writer = None
        self.key = None
        self.path = None
        # 2xx HTML responses wait here (by URL) for the Page the spider makes of
        # them, so that their record carries the page's kind; the rest are written
        # at once. Whatever never became a Page is written at close.
        self.awaiting_page: dict[str, Exchange] = {}
        self.closing: list = []  # batches being delivered in threads
        crawler.signals.connect(self.response_downloaded, signal=signals.response_downloaded)

    def _open_batch(self) -> None:
        spider = self.crawler.spider
        run_id = run_id_of(spider)
        self.batch += 1
        self.key = raw_key(spider.name, run_id, self.batch)
        path = self.store.spool_path(self.key)
        self.path = path.with_name(path.name + ".partial")
        self.file = open_partial(self.path)
        self.writer = WARCWriter(self.file, gzip=True, warc_version="WARC/1.1")
        self.writer.write_record(self.writer.create_warcinfo_record(path.name, {
            "software": "newscrawler (warcio)",
            "format": "WARC File Format 1.1",
            "conformsTo": "https://iipc.github.io/warc-specifications/specifications/warc-format/warc-1.1/",
            "robots": "obey" if self.crawler.settings.getbool("ROBOTSTXT_OBEY") else "ignore",
            "http-header-user-agent": self.crawler.settings.get("USER_AGENT") or "",
        }))
        self.count = 0

    def _write(self, exchange: Exchange, page: Page | None) -> None:
        if self.file is None:
            self._open_batch()
        write_exchange(self.writer, exchange, page)
        self.crawler.stats.inc_value("archive/responses")
        if page is not None:
            self.crawler.stats.inc_value("archive/pages")
        self.count += 1
        if self.count >= self.batch_size:
            self.closing.append(self._finish_batch())

    def _finish_batch(self):
        """Detach the current file (in the reactor) and deliver it in a thread."""
        file, partial, key = self.file, self.path, self.key
        self.file = self.writer = None
        return deferred_from_coro(run_in_thread(self._close_file, file, partial, key))

    def _close_file(self, file, partial: Path, key: str) -> None:
        file.flush()
        os.fsync(file.fileno())
        file.close()
        final = Path(str(partial)[: -len(".partial")])
        partial.replace(final)
        self.store.put(key, final)  # if not delivered, it waits in the spool (logged and counted)

    def response_downloaded(self, response, request, spider):
        exchange = Exchange.capture(response, request)
        content_type = response.headers.get("Content-Type", b"").lower()
        may_become_page = 200 <= response.status < 300 and (not content_type or b"html" in content_type)
        if may_become_page:
            earlier = self.awaiting_page.pop(exchange.url, None)
            if earlier is not None:  # fetched again (a retry, a recrawl): keep both
                self._write(earlier, None)
            self.awaiting_page[exchange.url] = exchange
        else:
            self._write(exchange, None)

    async def process_item(self, item):
        if not isinstance(item, Page) or not item.body:
            return item
        exchange = self.awaiting_page.pop(item.url, None)
        try:
            if exchange is not None:
                self._write(exchange, item)
            else:
                self._write_rebuilt(item)
        except Exception as error:  # noqa: BLE001 - a page the archive cannot take is still stored
            self.crawler.stats.inc_value(f"archive/error/{type(error).__name__}")
            logger.error("Could not archive %s: %r; the page goes on to extraction", item.url, error)
        return item

    def _write_rebuilt(self, page: Page) -> None:
        if self.file is None:
            self._open_batch()
        warc_records(self.writer, page)
        self.crawler.stats.inc_value("archive/responses")
        self.crawler.stats.inc_value("archive/pages")
        self.count += 1
        if self.count >= self.batch_size:
            self.closing.append(self._finish_batch())

    async def close_spider(self):
        for exchange in self.awaiting_page.values():  # 2xx HTML that made no page
            self._write(exchange, None)
        self.awaiting_page.clear()
        if self.file is not None:
            self.closing.append(self._finish_batch())
        for closing in self.closing:
            await maybe_deferred_to_future(closing)
