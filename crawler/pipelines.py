"""Item pipeline stages: Page -> Article, cleaned, tagged, deduplicated.

Each stage is one small class in Scrapy's shape: settings are read once in
__init__, stats are counted as ``component/event[/detail]``, and drops are
DropItem subclasses named after their reason so Scrapy counts
``item_dropped_reasons_count/<Reason>`` by itself.
"""

from __future__ import annotations

import asyncio
from collections import OrderedDict
import logging
import multiprocessing
from concurrent.futures import TimeoutError as FutureTimeout
from urllib.parse import urlsplit

from langdetect import DetectorFactory, detect_langs
from langdetect.lang_detect_exception import LangDetectException
from pebble import ProcessExpired, ProcessPool
from scrapy import signals
from scrapy.exceptions import NotConfigured
from scrapy.utils.defer import maybe_deferred_to_future
from twisted.internet.defer import Deferred
from scrapy.utils.asyncio import run_in_thread

from cleaners import Cleaner, content_hash, paragraphs
from cleaners.extract import extract, make_options
from cleaners.memory import SiteMemory, SiteRepeated
from cleaners.original import AgainstOriginal, Original
from cleaners.repetition import degenerate
from cleaners.rules import select
from crawler.state import site_memory
from crawler.components import Component
from crawler.run.cpus import usable_cpus
from crawler.drops import (
    PAGE_PROBLEMS, Degenerate, Duplicate, ExtractionEmpty, ExtractionFailed, ExtractionTimeout, NotArticle, TooShort,
    WrongLanguage,
)
from crawler.items import Article, Page

logger = logging.getLogger(__name__)

# langdetect is random unless seeded; seed once, for every detector.
DetectorFactory.seed = 0


def comma_list(value) -> list[str]:
    """A list setting given as a list or as "a,b,c" (from -s or -a)."""
    if isinstance(value, str):
        return [part.strip() for part in value.split(",") if part.strip()]
    return [str(part).strip() for part in value or () if str(part).strip()]


class ExtractPipeline(Component):
    """Page -> Article: trafilatura text and metadata; listing pages dropped.

    Extraction is CPU work: with EXTRACT_WORKERS > 0 it runs in a pool of
    worker processes (pebble), off the reactor, on every core, and a page
    that takes longer than EXTRACT_TIMEOUT has its worker killed and is
    dropped (extract/timeout) while the crawl goes on.
    """

    def __init__(self, crawler):
        settings = crawler.settings
        self.stats = crawler.stats
        self.min_chars = settings.getint("EXTRACT_MIN_CHARS")
        self.timeout = settings.getfloat("EXTRACT_TIMEOUT")
        workers = settings.getint("EXTRACT_WORKERS")
        self.workers = workers if workers >= 0 else usable_cpus()  # what a container allows, not the node's cores
        self.options = make_options(
            favor_precision=settings.getbool("EXTRACT_FAVOR_PRECISION"),
            include_tables=settings.getbool("EXTRACT_INCLUDE_TABLES"),
        )
        self.pool = None

    def open_spider(self):
        if self.workers:
            # forkserver: workers do not inherit the reactor's threads and sockets.
            context = multiprocessing.get_context("forkserver")
            context.set_forkserver_preload(["cleaners.extract"])
            self.pool = ProcessPool(max_workers=self.workers, context=context)

    def close_spider(self):
        if self.pool is not None:
            self.pool.stop()
            self.pool.join(timeout=10)

    async def extract(self, page: Page):
        if self.pool is None:
            return extract(page.html, page.url, self.options)
        future = self.pool.schedule(extract, args=(page.html, page.url, self.options),
                                    timeout=self.timeout)
        try:
            return await asyncio.wrap_future(future)
        except FutureTimeout:
            self.stats.inc_value("extract/timeout")
            raise ExtractionTimeout(f"extraction took over {self.timeout:g}s: {page.url}") from None
        except ProcessExpired as error:
            self.stats.inc_value("extract/crashed")
            raise ExtractionFailed(f"extraction worker died ({error}): {page.url}") from None

    async def process_item(self, item):
        if not isinstance(item, Page):
            return item
        page = item
        extracted = await self.extract(page)
        for rule, count in getattr(extracted, "dom_removed", ()):
            self.stats.inc_value(f"extract/dom/{rule}", count)
        if extracted is not None and extracted.problem:
            self.stats.inc_value(f"extract/{extracted.problem}")
            raise PAGE_PROBLEMS[extracted.problem](f"{extracted.problem}, not an article: {page.url}")
        if extracted is None:
            self.stats.inc_value("extract/empty")
            raise ExtractionEmpty(f"no article text in {page.url}")
        why = extracted.not_article(self.min_chars)
        if why:
            self.stats.inc_value("extract/not_article")
            self.stats.inc_value(f"extract/not_article/{why}")
            raise NotArticle(f"not an article page ({why}): {page.url}")
        self.stats.inc_value("extract/ok")
        return Article(
            url=page.url,
            canonical_url=extracted.canonical_url,
            domain=urlsplit(page.url).hostname or "",
            kind=page.kind,
            original_url=page.original_url,
            copy_evidence=page.copy_evidence,
            original_key=page.original_key,
            awaited_by_copy=page.awaited_by_copy,
            title=extracted.title,
            author=extracted.author,
            published=extracted.published,
            language=None,
            language_score=None,
            text=extracted.text,
            removed=[],
            fetched_at=page.fetched_at,
            content_hash=None,
            paywalled=extracted.paywalled,
        )


class OriginalTexts:
    """Cleaned originals, handed to the copies the spider yields right after them.

    An original and its copy come from one response (the request for the
    original carries the copy), so the original is already in the pipeline
    when its copy waits here: the wait ends when the original is cleaned, or
    dropped (None). Two copies of one story each fetch it, so an original may
    be put twice and taken by several copies: what was put is kept (the
    last KEEP originals, by URL) and every taker gets it.
    """

    KEEP = 1000

    def __init__(self):
        self.done: OrderedDict[str, Original | None] = OrderedDict()
        self.waiting: dict[str, list[Deferred]] = {}

    def put(self, key: str, original: Original | None) -> None:
        if original is None and self.done.get(key) is not None:
            return  # a second fetch of it was dropped (Duplicate, Unchanged): the first stands
        self.done[key] = original
        self.done.move_to_end(key)
        while len(self.done) > self.KEEP:
            self.done.popitem(last=False)
        for waiter in self.waiting.pop(key, ()):
            if not waiter.called:
                waiter.callback(original)

    async def take(self, key: str, timeout: float) -> Original | None:
        if key in self.done:
            return self.done[key]
        from twisted.internet import reactor  # noqa: PLC0415 - Scrapy installs it first

        waiter: Deferred = Deferred()
        waiter.addTimeout(timeout, reactor, onTimeoutCancel=lambda *_: None)
        self.waiting.setdefault(key, []).append(waiter)
        return await maybe_deferred_to_future(waiter)


class CleanPipeline(Component):
    """Removes boilerplate lines, keeping each with the rule that removed it.

    A copy yielded with its original is judged against the original's cleaned
    lines first (cleaners/original.py); the rules see what that leaves open.
    With CLEANING_SITE_MEMORY, lines a site repeats on most of its pages are
    removed too (rule site_repeated, cleaners/memory.py); the memory is kept
    under OUTPUT_URI/state/<spider>/site-memory/ and read back by the next run.
    """

    def __init__(self, crawler):
        settings = crawler.settings
        self.crawler = crawler
        self.stats = crawler.stats
        names = settings.get("CLEANING_RULES")
        rules = select(comma_list(names) if names is not None else None)
        self.memory = None
        if settings.getbool("CLEANING_SITE_MEMORY"):
            self.memory = SiteMemory(min_pages=settings.getint("CLEANING_SITE_MIN_PAGES"),
                                     min_share=settings.getfloat("CLEANING_SITE_MIN_SHARE"))
            rules = (*rules, SiteRepeated(self.memory))
        self.cleaner = Cleaner(rules)
        self.min_chars = settings.getint("CLEANING_MIN_CHARS")
        self.against_originals = settings.getbool("CLEANING_AGAINST_ORIGINAL")
        self.original_wait = settings.getfloat("CLEANING_ORIGINAL_WAIT")
        self.originals = OriginalTexts()
        crawler.signals.connect(self.item_lost, signal=signals.item_dropped)
        crawler.signals.connect(self.item_lost, signal=signals.item_error)

    async def open_spider(self):
        if self.memory is not None:
            await run_in_thread(site_memory.load, self.crawler, self.memory)

    async def close_spider(self):
        if self.memory is not None and self.memory.sites:
            await run_in_thread(site_memory.save, self.crawler, self.memory)

    def item_lost(self, item, **_):
        """An original dropped before it was cleaned: its copy waits no longer."""
        if getattr(item, "awaited_by_copy", False):
            self.originals.put(item.url, None)

    async def evidence_for(self, item: Article) -> AgainstOriginal | None:
        if item.kind != "copy" or not item.original_key:
            return None
        original = await self.originals.take(item.original_key, self.original_wait)
        if not self.against_originals:
            return None
        if original is None:
            self.stats.inc_value("cleaning/original/unavailable")
        return AgainstOriginal(original)

    async def process_item(self, item):
        if not isinstance(item, Article):
            return item
        against = await self.evidence_for(item)
        site = urlsplit(item.url).netloc
        lines = paragraphs(item.text)
        cleaned = self.cleaner.clean(item.text, source_url=item.original_url, title=item.title,
                                     site=site, against=against)
        if item.awaited_by_copy:
            self.originals.put(item.url, Original(tuple(paragraphs(cleaned.text)), cleaned.removed))
        if self.memory is not None:
            self.memory.observe(site, lines)  # after judging: a page never removes its own lines
        if against is not None:
            self.stats.inc_value("cleaning/original/" + ("used" if cleaned.against_original else "unusable"))
        if cleaned.kept_unmatched:
            self.stats.inc_value("cleaning/original/kept_unmatched", cleaned.kept_unmatched)
        for removal in cleaned.removed:
            self.stats.inc_value(f"cleaning/removed/{removal.rule}")
        item.text = cleaned.text
        item.removed = [removal.as_dict() for removal in cleaned.removed]
        item.cleaned_against_original = cleaned.against_original
        item.content_hash = content_hash(cleaned.text)
        if len(cleaned.text) < self.min_chars:
            self.stats.inc_value("cleaning/too_short")
            raise TooShort(f"{len(cleaned.text)} chars left after cleaning {item.url}")
        repeated = degenerate(cleaned.text)
        if repeated:
            self.stats.inc_value(f"cleaning/degenerate/{repeated}")
            raise Degenerate(f"the text is mostly repetition ({repeated}): {item.url}")
        return item


def language_sample(text: str, size: int, slices: int = 4) -> str:
    """At most `size` characters of the text for language detection: `slices`
    evenly spaced pieces, cut at spaces, the same for the same text. Detection
    costs in proportion to the text, and a language shows in any part of it
    (bench/language_sample.py measures the agreement with the whole text)."""
    if size <= 0 or len(text) <= size:
        return text
    piece = size // slices
    step = (len(text) - piece) / (slices - 1)
    parts = []
    for n in range(slices):
        start = int(n * step)
        chunk = text[start:start + piece]
        parts.append(chunk.split(" ", 1)[-1] if start else chunk)  # no half word at the start
    return " ".join(parts)


class LanguagePipeline(Component):
    """Tags the language of the cleaned text; optionally keeps only some languages."""

    def __init__(self, crawler):
        settings = crawler.settings
        self.crawler = crawler
        self.stats = crawler.stats
        self.min_chars = settings.getint("LANGUAGE_MIN_CHARS")
        self.sample_chars = settings.getint("LANGUAGE_SAMPLE_CHARS")
        # -a languages=... arrives here as LANGUAGE_ALLOWED, at spider priority.
        self.allowed = frozenset(comma_list(settings.get("LANGUAGE_ALLOWED")))

    def detect(self, text: str) -> tuple[str | None, float | None]:
        if len(text) < self.min_chars:
            return None, None  # langdetect guesses wildly on short text
        try:
            best = detect_langs(language_sample(text, self.sample_chars))[0]
        except LangDetectException:
            return None, None
        # langdetect says zh-cn / zh-tw; the record promises ISO 639-1.
        return best.lang.split("-")[0], round(best.prob, 4)

    def process_item(self, item):
        if not isinstance(item, Article):
            return item
        item.language, item.language_score = self.detect(item.text)
        self.stats.inc_value(f"language/{item.language or 'unknown'}")
        if self.allowed and item.language not in self.allowed:
            raise WrongLanguage(f"language {item.language} not in {sorted(self.allowed)}: {item.url}")
        return item


def dedup_site(item) -> str:
    """The site (host and port) a record's text is deduplicated within."""
    return urlsplit(item.url).netloc


class DedupPipeline(Component):
    """Drops a record whose cleaned text was already stored in this run.

    The key is (content_hash, site): the same text twice on one site (one
    page under two URLs) is a Duplicate; the same text on another site is a
    copy, kept and linked to its original (the near-duplicate stage,
    crawler/state/near_duplicates.py).
    """

    def __init__(self, crawler):
        if not crawler.settings.getbool("DEDUP_ENABLED"):
            raise NotConfigured("DEDUP_ENABLED is off")
        self.stats = crawler.stats
        self.seen: dict[tuple[str, str], str] = {}

    def process_item(self, item):
        if not isinstance(item, Article):
            return item
        key = (item.content_hash, dedup_site(item))
        first = self.seen.get(key)
        if first is not None:
            # The same text from this site again: one page under two URLs, or
            # one page fetched twice (an original that each of its copies fetched).
            self.stats.inc_value("dedup/duplicate")
            raise Duplicate(f"{item.url} repeats the text of {first}")
        self.seen[key] = item.url
        return item
