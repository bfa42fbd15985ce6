"""HTML -> article text and metadata, with trafilatura. Plain Python, no Scrapy.

One `Extractor` options object is built once and reused: trafilatura's own
deduplication stays off (it is process-global and destructive).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

from lxml import html as lxml_html
from trafilatura import bare_extraction
from trafilatura.settings import Extractor

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
LISTING_TYPES = frozenset(
    t.casefold()
    for t in ("website", "CollectionPage", "ItemList", "SearchResultsPage", "ProfilePage", "profile")
)


@dataclass(frozen=True)
class Extracted:
    title: str | None
    author: str | None
    published: str | None
    text: str
    canonical_url: str | None
    declared_types: frozenset[str]  # og:type and JSON-LD @type values, casefolded

    @property
    def declared_article(self) -> bool:
        return bool(self.declared_types & ARTICLE_TYPES)

    @property
    def declared_listing(self) -> bool:
        return bool(self.declared_types & LISTING_TYPES) and not self.declared_article


def make_options(*, favor_precision: bool = False, include_tables: bool = True) -> Extractor:
    return Extractor(
        output_format="python",
        with_metadata=True,
        precision=favor_precision,
        tables=include_tables,
        comments=False,
        dedup=False,
    )


def _json_ld_types(tree) -> set[str]:
    types: set[str] = set()

    def walk(node) -> None:
        if isinstance(node, dict):
            kind = node.get("@type")
            for value in kind if isinstance(kind, list) else [kind]:
                if isinstance(value, str):
                    types.add(value.casefold())
            for key in ("@graph", "mainEntity", "mainEntityOfPage"):
                walk(node.get(key))
        elif isinstance(node, list):
            for child in node:
                walk(child)

    for script in tree.xpath('//script[@type="application/ld+json"]/text()'):
        try:
            walk(json.loads(script))
        except ValueError:
            continue  # broken JSON-LD is common; it only loses a hint
    return types


def _canonical(tree, url: str) -> str | None:
    for href in tree.xpath(
        '//link[@rel="canonical"]/@href | //meta[@property="og:url"]/@content'
    ):
        absolute = urljoin(url, href.strip())
        if urlsplit(absolute).scheme in ("http", "https"):
            return absolute
    return None


def parse_html(html: str | bytes):
    """lxml tree of a page, or None when there is nothing to parse."""
    if not html or not html.strip():
        return None
    try:
        return lxml_html.document_fromstring(html)
    except (ValueError, lxml_html.etree.ParserError):
        return None


def extract(html: str | bytes, url: str, options: Extractor) -> Extracted | None:
    """The article in a page, or None when trafilatura finds no text."""
    tree = parse_html(html)
    if tree is None:
        return None
    declared = _json_ld_types(tree)
    declared.update(t.strip().casefold() for t in tree.xpath('//meta[@property="og:type"]/@content'))
    canonical = _canonical(tree, url)
    document = bare_extraction(tree, url=url, options=options)
    if document is None or not (document.text or "").strip():
        return None
    return Extracted(
        title=document.title or None,
        author=document.author or None,
        published=document.date or None,
        text=document.text,
        canonical_url=canonical,
        declared_types=frozenset(declared),
    )
