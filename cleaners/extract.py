"""HTML -> article text and metadata, with trafilatura. Plain Python, no Scrapy.

One `Extractor` options object is built once and reused: trafilatura's own
deduplication stays off (it is process-global and destructive).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

from lxml import html as lxml_html
from trafilatura import bare_extraction
from trafilatura.baseline import html2txt
from trafilatura.settings import Extractor, set_date_params

from cleaners.dom import prune
from cleaners.base import paragraphs
from cleaners.page import (
    PROBLEM_MAX_WORDS, PROSE_RUN, declares_paywall, LinkTexts, headline_list, longest_prose_run,
    page_json_ld, page_problem, stated_date,
)

# Declared page types (og:type, JSON-LD @type) that say "this is an article"
# or "this is a listing". A declaration beats text length either way.
ARTICLE_TYPES = frozenset(
    t.casefold()
    for t in (
        "article", "NewsArticle", "Article", "BlogPosting", "Report", "ReportageNewsArticle",
        "AnalysisNewsArticle", "OpinionNewsArticle", "BackgroundNewsArticle", "LiveBlogPosting",
        "ScholarlyArticle", "TechArticle", "SocialMediaPosting",
    )
)
# og:type "website" is not among them: many CMSs put it on every page, articles included.
LISTING_TYPES = frozenset(
    t.casefold() for t in ("CollectionPage", "ItemList", "SearchResultsPage", "ProfilePage")
)


@dataclass(frozen=True)
class Extracted:
    title: str | None
    author: str | None
    published: str | None
    text: str
    canonical_url: str | None
    declared_types: frozenset[str]  # og:type and JSON-LD @type values, casefolded
    # DOM rules' removals before extraction: ((rule name, count), ...), by name;
    # count them as dom/<rule>.
    dom_removed: tuple[tuple[str, int], ...] = ()
    # cleaners.page.page_problem of the page: "consent_wall", "bot_challenge",
    # "paywall", "error_page", or None (only ever set on short texts)
    problem: str | None = None
    # JSON-LD isAccessibleForFree: false (the text may be only what is free)
    paywalled: bool = False
    # Evidence for the article verdict (cleaners.page): the date the page
    # states, its <article> elements, its longest run of prose lines, and
    # whether its text is a list of linked headlines.
    stated_date: str | None = None
    article_elements: int = 0
    prose_run: int = 0
    headline_list: bool = False

    @property
    def declared_article(self) -> bool:
        return bool(self.declared_types & ARTICLE_TYPES)

    @property
    def declared_listing(self) -> bool:
        return bool(self.declared_types & LISTING_TYPES) and not self.declared_article

    def not_article(self, min_chars: int) -> str | None:
        """Why this page is not an article ("headline_list", "declared_listing", "stub"), or None."""
        if self.headline_list:
            return "headline_list"  # however long the list, whatever the page declares
        if self.declared_article or self.stated_date or self.article_elements == 1:
            return None
        if self.declared_listing and self.prose_run < PROSE_RUN:
            return "declared_listing"
        if len(self.text) < min_chars:
            return "stub"
        return None


def make_options(*, favor_precision: bool = False, include_tables: bool = True) -> Extractor:
    return Extractor(
        output_format="python",
        with_metadata=True,
        precision=favor_precision,
        tables=include_tables,
        comments=False,
        dedup=False,
        # No free-text date search: it guessed 2010-01-01 for a front page from
        # a headline's "a 2010 allegation". A record has a date the page states.
        date_params=set_date_params(extensive=False),
    )


def _json_ld_types(nodes: list[dict]) -> set[str]:
    types: set[str] = set()
    for node in nodes:
        kind = node.get("@type")
        for value in kind if isinstance(kind, list) else [kind]:
            if isinstance(value, str):
                types.add(value.casefold())
    return types


def _canonical(tree, url: str) -> str | None:
    for href in tree.xpath(
        '//link[@rel="canonical"]/@href | //meta[@property="og:url"]/@content'
    ):
        absolute = urljoin(url, href.strip())
        if urlsplit(absolute).scheme in ("http", "https"):
            return absolute
    return None


# lxml refuses a str holding control characters (ValueError: not XML compatible):
# one stray form feed would lose the whole page, so they go first.
_XML_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def parse_html(html: str | bytes):
    """lxml tree of a page, or None when there is nothing to parse."""
    if not html or not html.strip():
        return None
    if isinstance(html, str):
        html = _XML_INVALID.sub("", html)
    try:
        return lxml_html.document_fromstring(html)
    except (ValueError, lxml_html.etree.ParserError):
        return None


# Mirrors trafilatura's own recall escalation (core.ESCALATION_*): a text under
# 3,000 characters holding under a fifth of the page's text is suspect.
ESCALATION_MAX_LENGTH = 3000
ESCALATION_PAGE_SHARE = 0.2
ESCALATION_GAIN = 1.5


def _whole_page_if_under_extracted(document, html: str | bytes, options: Extractor):
    """The unpruned page's tree when the text would have made trafilatura
    escalate on it, else None."""
    if options.focus != "balanced":
        return None
    length = len((document and document.text) or "")
    if length >= ESCALATION_MAX_LENGTH:
        return None
    whole = parse_html(html)
    if whole is None or length >= ESCALATION_PAGE_SHARE * len(html2txt(whole)):
        return None
    return whole


def extract(html: str | bytes, url: str, options: Extractor) -> Extracted | None:
    """The article in a page, or None when trafilatura finds no text.

    Boilerplate containers (consent banners, sign-up boxes, share bars,
    related lists, ads, menus ...) are pruned from the tree first, see
    cleaners.dom; the removals come back in ``dom_removed``."""
    tree = parse_html(html)
    if tree is None:
        return None
    nodes = page_json_ld(tree)
    declared = _json_ld_types(nodes)
    declared.update(t.strip().casefold() for t in tree.xpath('//meta[@property="og:type"]/@content'))
    canonical = _canonical(tree, url)
    date = stated_date(tree, nodes)
    articles = len(tree.xpath("//article"))
    links = LinkTexts(tree)
    # Metadata hints above are read first: pruning never touches <head>, but
    # JSON-LD and og: tags may sit in <body>.
    dom_removed = prune(tree)
    document = bare_extraction(tree, url=url, options=options)
    whole_page = _whole_page_if_under_extracted(document, html, options) if dom_removed else None
    if whole_page is not None:
        # trafilatura escalates (recall retry, justext) when its text covers
        # little of the page; pruning shrank the page, so it may not have.
        # Run it on the whole page as it would have, and keep that when it is
        # clearly longer: better some boilerplate than a lost story.
        whole = bare_extraction(whole_page, url=url, options=options)
        if whole is not None and len(whole.text or "") > ESCALATION_GAIN * len((document and document.text) or ""):
            document, dom_removed = whole, ()
    if document is None or not (document.text or "").strip():
        # trafilatura's own fallbacks (readability, justext) on the whole page,
        # favouring recall: better some boilerplate than a lost story.
        whole_page = parse_html(html)
        if whole_page is not None:
            document = bare_extraction(whole_page, url=url, options=_recall(options))
            dom_removed = ()
    if document is None or not (document.text or "").strip():
        return None
    problem = None
    served = None
    if len(document.text.split()) < PROBLEM_MAX_WORDS:
        served = parse_html(html)  # the page as served, unpruned
        problem = page_problem(served, document.text)
    paywalled = declares_paywall(served if served is not None else tree)
    lines = paragraphs(document.text)
    return Extracted(
        title=document.title or None,
        author=document.author or None,
        published=date or document.date or None,
        text=document.text,
        canonical_url=canonical,
        declared_types=frozenset(declared),
        dom_removed=dom_removed,
        problem=problem,
        paywalled=paywalled,
        stated_date=date,
        article_elements=articles,
        prose_run=longest_prose_run(lines, links),
        headline_list=headline_list(lines, links),
    )


def _recall(options: Extractor) -> Extractor:
    """The same options, favouring recall (for pages the balanced mode found empty)."""
    return Extractor(output_format="python", with_metadata=True, recall=True, tables=options.tables,
                     comments=False, dedup=False, date_params=options.date_params)
