"""Spider arguments (-a name=value), parsed and checked once into one frozen object.

Arguments that configure components (languages, recrawl_after) become
settings at spider priority (see NewsSpider.from_crawler), so components
read settings, never spider attributes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

_DURATION = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*([smhdw])\s*$")
_SECONDS = {"s": 1, "m": 60, "h": 3600, "d": 86400, "w": 604800}
_LANGUAGE = re.compile(r"^[a-z]{2}$")


def parse_duration(text: str) -> float:
    """'30m', '12h', '7d', '2w' -> seconds."""
    found = _DURATION.match(text or "")
    if not found:
        raise ValueError(f"{text!r} is not a duration like 30m, 12h, 7d or 2w")
    return float(found.group(1)) * _SECONDS[found.group(2)]


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


@dataclass(frozen=True)
class SpiderArguments:
    """The news spiders' arguments, checked: bad ones raise SpiderArgumentError (one line)."""

    start_urls: tuple[str, ...] = ()
    article_urls: tuple[str, ...] = ()  # from urls_file
    sitemap_urls: tuple[str, ...] = ()
    feed_urls: tuple[str, ...] = ()
    languages: tuple[str, ...] = ()
    recrawl_after: float | None = None  # seconds
    given: dict | None = None  # the arguments as given (for the run manifest)

    NAMES = ("start_urls", "urls_file", "sitemap_urls", "feed_urls", "languages", "recrawl_after")

    @classmethod
    def parse(cls, start_urls=None, urls_file=None, sitemap_urls=None, feed_urls=None, languages=None,
              recrawl_after=None) -> SpiderArguments:
        given = dict(start_urls=start_urls, urls_file=urls_file, sitemap_urls=sitemap_urls,
                     feed_urls=feed_urls, languages=languages, recrawl_after=recrawl_after)
        starts, files = _url_list("start_urls", start_urls), _read_urls_file(urls_file)
        sitemaps, feeds = _url_list("sitemap_urls", sitemap_urls), _url_list("feed_urls", feed_urls)
        if not (starts or files or sitemaps or feeds):
            raise SpiderArgumentError(
                "nothing to crawl: give -a start_urls=URL[,URL...], -a urls_file=PATH, "
                "-a sitemap_urls=URL or -a feed_urls=URL"
            )
        codes = tuple(code.strip().lower() for code in (languages or "").split(",") if code.strip())
        bad = [code for code in codes if not _LANGUAGE.match(code)]
        if bad:
            raise SpiderArgumentError(f"languages: {bad} are not ISO 639-1 codes like en,de")
        try:
            after = parse_duration(recrawl_after) if recrawl_after else None
        except ValueError as error:
            raise SpiderArgumentError(f"recrawl_after: {error}") from None
        return cls(tuple(starts), tuple(files), tuple(sitemaps), tuple(feeds), codes, after,
                   {name: value for name, value in given.items() if value})

    def settings(self) -> dict:
        """The settings these arguments set (only those given)."""
        values = {}
        if self.languages:
            values["LANGUAGE_ALLOWED"] = list(self.languages)
        if self.recrawl_after is not None:
            values["INCREMENTAL_RECRAWL_AFTER"] = self.recrawl_after
        return values
