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

import re
from pathlib import Path
from urllib.parse import urlsplit

import scrapy
from parsel import Selector
from scrapy.http import HtmlResponse, TextResponse
from scrapy.linkextractors import LinkExtractor
from scrapy.utils.gz import gunzip, gzip_magic_number
from scrapy.utils.sitemap import Sitemap, sitemap_urls_from_robots

from crawler.fetch.encoding import DecodeError, looks_binary
from crawler.fetch.errors import failure_reason
from crawler.spiders.args import parse_duration
from crawler.items import Page
from crawler.fetch.sources import find_original

_LANGUAGE = re.compile(r"^[a-z]{2}$")
# Request meta of pages that discover articles (start pages, sitemaps, feeds):
# the stored-URL index never skips them (crawler/state/incremental.py).
DISCOVERY = {"incremental_refresh": True}


class SpiderArgumentError(ValueError):
    """A bad -a argument: the message is one line saying what is wrong."""


def _url_list(name: str, value: str | None) -> list[str]:
    urls = [u.strip() for u in (value or "").split(",") if u.strip()]
    for url in urls:
        _check_url(name, url)
    return urls


def _check_url(name: str, url: str) -> None:
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise SpiderArgumentError(f"{name}: {url!r} is not an http(s) URL")


def _read_urls_file(path: str | None) -> list[str]:
    if not path:
        return []
    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
    except OSError as error:
        raise SpiderArgumentError(f"urls_file: cannot read {path!r}: {error.strerror}") from None
    except UnicodeDecodeError:
        raise SpiderArgumentError(f"urls_file: {path!r} is not UTF-8 text") from None
    urls = [line.strip() for line in lines if line.strip() and not line.lstrip().startswith("#")]
    for number, url in enumerate(urls, 1):
        try:
            _check_url("urls_file", url)
        except SpiderArgumentError:
            raise SpiderArgumentError(f"urls_file: {path!r}: {url!r} is not an http(s) URL") from None
    return urls


class NewsSpider(scrapy.Spider):
    """Base for the spiders: parses arguments, starts requests, follows links."""

    follow_originals = False  # the aggregator spider also fetches the stories it copies
    guess_originals = False  # whether a bare credit link counts as naming the source

    def __init__(
        self,
        start_urls: str | None = None,
        urls_file: str | None = None,
        sitemap_urls: str | None = None,
        feed_urls: str | None = None,
        languages: str | None = None,
        recrawl_after: str | None = None,
        **kwargs,
    ):
        super().__init__(**kwargs)
        given = dict(start_urls=start_urls, urls_file=urls_file, sitemap_urls=sitemap_urls,
                     feed_urls=feed_urls, languages=languages, recrawl_after=recrawl_after)
        self.arguments = {name: value for name, value in given.items() if value}
        self.start_pages = _url_list("start_urls", start_urls)
        self.article_urls = _read_urls_file(urls_file)
        self.sitemap_urls = _url_list("sitemap_urls", sitemap_urls)
        self.feed_urls = _url_list("feed_urls", feed_urls)
        if not (self.start_pages or self.article_urls or self.sitemap_urls or self.feed_urls):
            raise SpiderArgumentError(
                "nothing to crawl: give -a start_urls=URL[,URL...], -a urls_file=PATH, "
                "-a sitemap_urls=URL or -a feed_urls=URL"
            )
        self.languages = [code.strip().lower() for code in (languages or "").split(",") if code.strip()]
        bad = [code for code in self.languages if not _LANGUAGE.match(code)]
        if bad:
            raise SpiderArgumentError(f"languages: {bad} are not ISO 639-1 codes like en,de")
        try:
            self.recrawl_after = parse_duration(recrawl_after) if recrawl_after else None
        except ValueError as error:
            raise SpiderArgumentError(f"recrawl_after: {error}") from None
        # Links are followed within the sites we were started on (host and port).
        self.site_netlocs = {urlsplit(url).netloc.lower() for url in self.start_pages}
        self.link_extractor = LinkExtractor()

    @classmethod
    def check_arguments(cls, **kwargs) -> None:
        """Raise SpiderArgumentError for bad -a arguments, before anything starts."""
        cls(**kwargs)

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
        except Exception:  # lxml raises several kinds on garbage
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
