"""What both spiders share: their arguments, and how pages are discovered.

Arguments (``-a name=value``), validated once at start:
  start_urls    comma-separated pages to start from; same-site links are
                followed down to DEPTH_LIMIT
  urls_file     a file of article URLs, one a line (# comments allowed);
                each is fetched as an article, no links followed
  sitemap_urls  XML sitemaps (or a robots.txt naming them); entries are articles
  feed_urls     RSS or Atom feeds; entries are articles
  languages     comma-separated ISO 639-1 codes to keep (LANGUAGE_ALLOWED)
  recrawl_after re-fetch stored articles older than this (30m, 12h, 7d, 2w);
                by default a stored article is never fetched again
"""

from __future__ import annotations

from urllib.parse import urlsplit

import scrapy
from parsel import Selector
from scrapy.http import HtmlResponse, TextResponse
from scrapy.linkextractors import LinkExtractor
from scrapy.utils.gz import gunzip, gzip_magic_number
from scrapy.utils.sitemap import Sitemap, sitemap_urls_from_robots

from crawler.fetch.encoding import DecodeError, looks_binary
from crawler.fetch.errors import failure_reason
from crawler.spiders.args import SpiderArgumentError, SpiderArguments  # noqa: F401 - SpiderArgumentError is part of this module's API
from crawler.items import Page
from crawler.fetch.sources import find_original

# Request meta of pages that discover articles (start pages, sitemaps, feeds):
# the stored-URL index never skips them (crawler/state/incremental.py).
DISCOVERY = {"incremental_refresh": True}


class NewsSpider(scrapy.Spider):
    """Base for the spiders: parses arguments, starts requests, follows links."""

    follow_originals = False  # the aggregator spider also fetches the stories it copies
    guess_originals = False  # whether a bare credit link counts as naming the source

    def __init__(self, **kwargs):
        own = {name: kwargs.pop(name) for name in SpiderArguments.NAMES if name in kwargs}
        super().__init__(**kwargs)
        self.args = SpiderArguments.parse(**own)
        self.arguments = self.args.given
        self.start_pages = list(self.args.start_urls)
        self.article_urls = list(self.args.article_urls)
        self.sitemap_urls = list(self.args.sitemap_urls)
        self.feed_urls = list(self.args.feed_urls)
        # Links are followed within the sites we were started on (host and port).
        self.site_netlocs = {urlsplit(url).netloc.lower() for url in self.start_pages}
        self.link_extractor = LinkExtractor()

    @classmethod
    def from_crawler(cls, crawler, *args, **kwargs):
        # Arguments that configure components become settings, at spider
        # priority (above the project's, below -s), before any component reads them.
        arguments = SpiderArguments.parse(**{k: v for k, v in kwargs.items() if k in SpiderArguments.NAMES})
        for name, value in arguments.settings().items():
            crawler.settings.set(name, value, priority="spider")
        return super().from_crawler(crawler, *args, **kwargs)

    @classmethod
    def check_arguments(cls, **kwargs) -> None:
        """Raise SpiderArgumentError for bad -a arguments, before anything starts."""
        SpiderArguments.parse(**{k: v for k, v in kwargs.items() if k in SpiderArguments.NAMES})

    async def start(self):
        # Start pages, sitemaps and feeds are where new stories appear: they are
        # fetched on every run, whatever an earlier run made of them (a start
        # page an earlier run stored as an article must not hide tonight's links).
        for url in self.start_pages:
            yield self.request(url, self.parse_site_page, meta=DISCOVERY)
        for url in self.article_urls:
            yield self.request(url, self.parse_article)
        for url in self.sitemap_urls:
            yield self.request(url, self.parse_sitemap, meta=DISCOVERY)
        for url in self.feed_urls:
            yield self.request(url, self.parse_feed, meta=DISCOVERY)

    # -- pages -------------------------------------------------------------

    def request(self, url, callback, **kwargs) -> scrapy.Request:
        return scrapy.Request(url, callback=callback, errback=self.on_error, **kwargs)

    def on_error(self, failure):
        """Every URL that yields no page is counted with its reason; the crawl goes on."""
        reason = failure_reason(failure)
        if reason:
            self.crawler.stats.inc_value(reason)
            if reason.startswith("httperror/"):
                self.crawler.stats.inc_value("httperror/response_ignored_count")
        self.logger.info("Skipped %s: %s", failure.request.url, failure.getErrorMessage())

    def skip(self, response, reason: str, why: str) -> None:
        self.crawler.stats.inc_value(reason)
        self.logger.info("Skipped %s: %s", response.url, why)

    def page(self, response, **fields) -> Page | None:
        """The Page of an HTML response, or None (counted) for anything else."""
        content_type = response.headers.get("Content-Type", b"").decode("latin-1") or "no type"
        if not isinstance(response, TextResponse) or looks_binary(response.body):
            self.skip(response, "skip/not_html", f"not HTML ({content_type})")
            return None
        try:
            return Page.from_response(response, **fields)
        except DecodeError as error:
            self.skip(response, "skip/decode_error", str(error))
            return None

    def parse_article(self, response):
        yield from self.pages(response)

    def parse_site_page(self, response):
        """A page of a crawled site: store it if it holds an article, follow its links."""
        pages = list(self.pages(response))
        yield from pages
        if not pages or not isinstance(response, HtmlResponse):
            return
        for link in self.link_extractor.extract_links(response):
            if urlsplit(link.url).netloc.lower() in self.site_netlocs:
                yield self.request(link.url, self.parse_site_page)

    def parse_original(self, response, copy: dict | None = None):
        """The story a copy names as its source: stored, never followed.

        The copy travels with the request for its original (so that in
        distributed mode one worker holds both) and is yielded after it: its
        lines are then cleaned against the original's (cleaners/original.py).
        """
        page = self.page(response, kind="original")
        if page is not None:
            page.awaited_by_copy = copy is not None
            yield page
        if copy is not None:
            yield Page(**{**copy, "original_key": page.url if page is not None else None})

    def original_failed(self, failure):
        """The original could not be had (404, robots, timeout...): the copy is
        stored all the same, cleaned by the other evidence."""
        self.on_error(failure)
        copy = failure.request.cb_kwargs.get("copy")
        if copy is not None:
            self.crawler.stats.inc_value("sources/original_unavailable")
            yield Page(**copy)

    def pages(self, response):
        """The Page for a response; on an aggregator, a copy goes out with the
        request for its original instead."""
        page = self.page(response)
        if page is None:
            return
        try:
            source = find_original(response.url, page.html, guess=self.guess_originals)
        except Exception as error:  # noqa: BLE001 - one odd page part never costs the page
            self.crawler.stats.inc_value(f"spider/error/{type(error).__name__}")
            self.logger.warning("Looking for the source of %s failed (%r); stored as an original",
                                response.url, error)
            source = None
        if source is None:
            yield page
            return
        self.crawler.stats.inc_value("sources/copy_found")
        page.kind, page.original_url, page.copy_evidence = "copy", source.url, source.evidence
        if not self.follow_originals:
            yield page
            return
        # The one link allowed off the site; depth restarts so that a copy
        # found at DEPTH_LIMIT still gets its original. dont_filter: a second
        # copy of the same story must get its original too; incremental_refresh:
        # an original an earlier run stored is fetched again (then dropped as
        # Unchanged) so that the copy is still cleaned against it.
        yield scrapy.Request(
            source.url, callback=self.parse_original, errback=self.original_failed,
            cb_kwargs={"copy": page.as_dict()}, dont_filter=True,
            meta={"depth_reset": True, "incremental_refresh": True})

    # -- discovery from sitemaps and feeds ---------------------------------

    def parse_sitemap(self, response):
        body = response.body
        if response.url.endswith("/robots.txt"):
            for url in sitemap_urls_from_robots(response.body, base_url=response.url):
                yield self.request(url, self.parse_sitemap, meta=DISCOVERY)
            return
        if gzip_magic_number(response):
            body = gunzip(body, max_size=self.crawler.settings.getint("DOWNLOAD_MAXSIZE"))
        try:
            sitemap = Sitemap(body)
        except Exception:  # noqa: BLE001 - lxml raises several kinds on garbage
            self.crawler.stats.inc_value("skip/bad_sitemap")
            self.logger.warning("Skipped %s: not a sitemap", response.url)
            return
        index = sitemap.type == "sitemapindex"
        for entry in sitemap:
            if entry.get("loc"):
                if index:
                    yield self.request(entry["loc"], self.parse_sitemap, meta=DISCOVERY)
                else:
                    yield self.request(entry["loc"], self.parse_article)

    def parse_feed(self, response):
        selector = Selector(text=response.text, type="xml")
        selector.remove_namespaces()
        links = selector.xpath("//item/link/text() | //entry/link[not(@rel) or @rel='alternate']/@href").getall()
        if not links:
            self.crawler.stats.inc_value("skip/bad_feed")
            self.logger.warning("Skipped %s: no RSS or Atom entries", response.url)
        for link in links:
            yield self.request(response.urljoin(link.strip()), self.parse_article)
