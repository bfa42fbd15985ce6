"""Find the original story that an aggregator's page copies.

Explicit signals beat guesses, in this order:
1. a link whose own text, or whose short enclosing line, names the source
   ("Read original article here", "Source link", "Read the full article on X",
   "Originally published at X", "Source: X", ...);
2. rel=canonical or og:url pointing to another site;
3. a credit link: the last short line of the content holding one outside link.
A share button, a social profile or a page of the aggregator's own site is
never taken as the source.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

from parsel import Selector

# Anchor texts that are themselves the pointer to the source.
_ANCHOR_SIGNAL = re.compile(
    r"^\W*((read|view|see) (the )?(original|full|complete|whole|source) (article|story|post|report|text)"
    r"|source( link| article| url)?|original (article|story|post|source|link)"
    r"|continue reading( (at|on) (the )?(source|original))?)\b",
    re.IGNORECASE,
)
# Short lines whose opening names the link inside them as the source.
_LINE_SIGNAL = re.compile(
    r"^\W*((read|view|see) (the )?(original|full|complete|whole) (article|story|post|report)\b.{0,20}\b(on|at|in|from)\b"
    r"|continue reading (at|on)\b"
    r"|(this (article|story|post) )?(was )?originally (published|appeared|posted) (at|on|in|by)\b"
    r"|(source|original source|via|credit|courtesy)\s*[:\-–]"
    r"|the (original|full) (article|story) (can be found|is available) (at|on|here)\b)",
    re.IGNORECASE,
)

# Hosts of social networks and share endpoints: never a source.
_SOCIAL_HOSTS = (
    "facebook.com", "fb.com", "twitter.com", "x.com", "t.co", "t.me", "telegram.me", "telegram.org",
    "whatsapp.com", "wa.me", "instagram.com", "linkedin.com", "youtube.com", "youtu.be",
    "tiktok.com", "pinterest.com", "reddit.com", "news.google.com", "plus.google.com",
    "flipboard.com", "threads.net", "vk.com", "ok.ru", "tumblr.com", "discord.gg", "discord.com",
    "snapchat.com", "koo.in", "sharechat.com",
)
_SHARE_PATH = re.compile(r"/(share|sharer|intent|shareArticle|submit)(\.php)?\b", re.IGNORECASE)

# A host name a request can be made to: labels of 1-63 word characters or
# hyphens (IDN included), or a bracketed IPv6 address urlsplit already checked.
_HOST = re.compile(r"^(?:(?:[^\W_](?:[\w-]{0,61}[^\W_])?\.)*[^\W_](?:[\w-]{0,61}[^\W_])?\.?|[0-9a-f:.]+)$",
                   re.IGNORECASE)

_CONTENT = (
    "//article | //main | //*[@itemprop='articleBody'] | "
    "//*[contains(concat(' ', normalize-space(@class), ' '), ' entry-content ')] | "
    "//*[contains(concat(' ', normalize-space(@class), ' '), ' post-content ')]"
)
_BLOCKS = ".//p | .//li | .//div[not(.//p|.//div)] | .//span[not(ancestor::p)]"


def _host(url: str) -> str:
    return (urlsplit(url).hostname or "").lower()  # callers pass candidate()-checked URLs


def _netloc(url: str) -> str:
    return urlsplit(url).netloc.lower()


def _is_social(url: str) -> bool:
    host = _host(url)
    if any(host == h or host.endswith("." + h) for h in _SOCIAL_HOSTS):
        return True
    return bool(_SHARE_PATH.search(urlsplit(url).path))


def _text(node) -> str:
    return " ".join(" ".join(node.xpath(".//text()").getall()).split())


class OriginalFinder:
    """Given a page, the URL of the story it copies, or None."""

    def __init__(self, page_url: str, html: str):
        self.page_url = page_url
        self.selector = Selector(text=html or "<html></html>")

    def candidate(self, href: str | None) -> str | None:
        if not href:
            return None
        try:
            url = urljoin(self.page_url, href.strip())
            parts = urlsplit(url)
            host = parts.hostname
            parts.port  # noqa: B018 - raises ValueError on a port out of range
        except ValueError:  # e.g. "http://[ccpa-preferences]/": not a URL at all
            return None
        if parts.scheme not in ("http", "https") or not host or not _HOST.match(host):
            return None
        if _netloc(url) == _netloc(self.page_url) or _is_social(url):
            return None  # the aggregator's own pages and social links are never sources
        return url.split("#", 1)[0]

    def from_links(self) -> str | None:
        for anchor in self.selector.xpath("//body//a[@href]"):
            url = self.candidate(anchor.root.get("href"))
            if url is None:
                continue
            if _ANCHOR_SIGNAL.match(_text(anchor)):
                return url
            block = anchor.xpath("ancestor::*[self::p or self::li or self::div or self::span][1]")
            if block:
                line = _text(block[0])
                if len(line) <= 200 and _LINE_SIGNAL.match(line):
                    return url
        return None

    def from_canonical(self) -> str | None:
        for href in self.selector.xpath(
            '//link[@rel="canonical"]/@href | //meta[@property="og:url"]/@content'
        ).getall():
            url = self.candidate(href)
            if url is not None:
                return url
        return None

    def from_credit(self) -> str | None:
        content = self.selector.xpath(_CONTENT)
        if not content:
            return None
        blocks = content[0].xpath(_BLOCKS)
        for block in reversed(blocks[-3:]):
            text = _text(block)
            if not text or len(text) > 120:
                continue
            urls = {self.candidate(h) for h in block.xpath(".//a/@href").getall()} - {None}
            if len(urls) == 1:
                return urls.pop()
        return None

    def find(self, guess: bool = False) -> Source | None:
        for evidence, look in (("source_link", self.from_links), ("canonical", self.from_canonical),
                               ("credit_link", self.from_credit if guess else None)):
            url = look() if look else None
            if url:
                return Source(url, evidence)
        return None


@dataclass(frozen=True)
class Source:
    """The story a copy names, and how it names it (the record's copy_evidence)."""

    url: str
    evidence: str  # source_link, canonical or credit_link


def find_original(page_url: str, html: str, guess: bool = False) -> Source | None:
    """The source a page names; with guess, a bare credit link counts too
    (used on aggregators, whose pages are copies by nature).

    Never raises on what a page holds: markup lxml refuses (an empty tag
    name, a document that is only a processing instruction, an attribute
    named like a namespace) means no source.
    """
    try:
        return OriginalFinder(page_url, html).find(guess)
    except (ValueError, KeyError):  # KeyError: lxml on an attribute named like '{}"'
        return None
