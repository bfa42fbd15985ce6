"""Raw archive: every page the spiders hand over is also kept as WARC.

Rules change; pages don't come back. Each Page's request and response go
into gzipped WARC files (warcio) under
``OUTPUT_URI/raw/<spider>/dt=YYYY-MM-DD/<run_id>-<batch>.warc.gz``, delivered
like the record batches (spool first, see crawler/output/store.py). The response
record carries what the crawl knew about the page (``WARC-Crawler-Kind``,
``WARC-Crawler-Original-URL``) so that `scrapy crawl reclean` rebuilds the
exact same Page without any network fetch.
"""

from __future__ import annotations

import io
import os
from pathlib import Path

from scrapy.exceptions import NotConfigured
from scrapy.http import HtmlResponse
from scrapy.utils.asyncio import run_in_thread
from warcio.archiveiterator import ArchiveIterator
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from crawler.components import Component
from crawler.items import Page
from crawler.output.layout import run_date, run_id_of
from crawler.output.store import (
    Deliverer, DeliveryError, DeliveryPolicy, Spool, join_uri, ledger_of, open_partial,
)

KIND_HEADER = "WARC-Crawler-Kind"
ORIGINAL_HEADER = "WARC-Crawler-Original-URL"
RAW_PATH = "raw/{spider}/dt={dt}/{run_id}-{batch:05d}.warc.gz"
# Scrapy has already decoded the body: these would describe the wire, not what we keep.
_WIRE_HEADERS = {b"content-length", b"content-encoding", b"transfer-encoding"}


def warc_records(writer: WARCWriter, page: Page) -> None:
    """Write the request and response records of one page."""
    headers = [(k.decode("latin-1"), v.decode("latin-1"))
               for k, v in page.headers if k.lower() not in _WIRE_HEADERS]
    headers.append(("Content-Length", str(len(page.body))))
    extra = {"WARC-Date": page.fetched_at, KIND_HEADER: page.kind}
    if page.original_url:
        extra[ORIGINAL_HEADER] = page.original_url
    response = writer.create_warc_record(
        page.url, "response", payload=io.BytesIO(page.body), warc_headers_dict=extra,
        http_headers=StatusAndHeaders(f"{page.status} OK", headers, protocol="HTTP/1.1"),
    )
    request = writer.create_warc_record(
        page.url, "request", payload=io.BytesIO(b""), warc_headers_dict={"WARC-Date": page.fetched_at},
        http_headers=StatusAndHeaders(f"GET {page.url} HTTP/1.1", [], is_http_request=True),
    )
    request.rec_headers.add_header("WARC-Concurrent-To", response.rec_headers.get_header("WARC-Record-ID"))
    writer.write_record(response)
    writer.write_record(request)


def pages_from_warc(stream):
    """Pages rebuilt from a WARC stream, decoded exactly as the crawl decoded them."""
    for record in ArchiveIterator(stream):
        if record.rec_type != "response":
            continue
        url = record.rec_headers.get_header("WARC-Target-URI")
        headers = [(k, v) for k, v in record.http_headers.headers]
        status = int(record.http_headers.get_statuscode() or 200)
        body = record.content_stream().read()
        response = HtmlResponse(url, status=status, headers=headers, body=body)
        yield Page.from_response(
            response,
            kind=record.rec_headers.get_header(KIND_HEADER) or "original",
            original_url=record.rec_headers.get_header(ORIGINAL_HEADER),
            fetched_at=record.rec_headers.get_header("WARC-Date"),
        )


class WarcArchivePipeline(Component):
    """Item pipeline stage (before extraction): archives each Page, passes it on."""

    def __init__(self, crawler):
        settings = crawler.settings
        if not settings.getbool("ARCHIVE_RAW") or not settings.get("OUTPUT_URI"):
            raise NotConfigured("ARCHIVE_RAW is off or OUTPUT_URI is empty")
        self.crawler = crawler
        self.output_uri = settings.get("OUTPUT_URI")
        self.batch_size = settings.getint("ARCHIVE_BATCH_ITEM_COUNT")
        self.spool = Spool(settings.get("OUTPUT_SPOOL_DIR"))
        self.deliverer = Deliverer(DeliveryPolicy.from_settings(settings))
        self.batch = 0
        self.count = 0
        self.file = None
        self.writer = None
        self.uri = None

    def _open_batch(self) -> None:
        spider = self.crawler.spider
        run_id = run_id_of(spider)
        self.batch += 1
        key = RAW_PATH.format(spider=spider.name, dt=run_date(run_id), run_id=run_id, batch=self.batch)
        self.uri = join_uri(self.output_uri, key)
        path = self.spool.path_for(self.uri)
        self.path = path.with_name(path.name + ".partial")
        self.file = open_partial(self.path)
        self.writer = WARCWriter(self.file, gzip=True)
        self.count = 0

    def _close_batch(self) -> None:
        """Finish the current file and deliver it (runs in a thread)."""
        file, partial, uri = self.file, self.path, self.uri
        self.file = self.writer = None
        file.flush()
        os.fsync(file.fileno())
        file.close()
        final = Path(str(partial)[: -len(".partial")])
        partial.replace(final)
        try:
            ledger_of(self.crawler).deliver(final, uri, self.deliverer)
        except DeliveryError:
            pass  # counted and logged by the ledger; the file waits in the spool

    async def process_item(self, item):
        if not isinstance(item, Page) or not item.body:
            return item
        if self.file is None:
            self._open_batch()
        warc_records(self.writer, item)
        self.crawler.stats.inc_value("archive/pages")
        self.count += 1
        if self.count >= self.batch_size:
            await run_in_thread(self._close_batch)
        return item

    async def close_spider(self):
        if self.file is not None:
            await run_in_thread(self._close_batch)
