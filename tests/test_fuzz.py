"""Property tests: the cleaners and the text path never raise, whatever the input.

Allowed outcomes are a result, or (in the pipelines) a DropItem subclass;
decoding bytes may also refuse with DecodeError (the spider counts it as
skip/decode_error). Anything else is a crash. Every record that comes out
must serialise to UTF-8 JSON as the feed exporter writes it.
"""

from __future__ import annotations

import dataclasses
import json
from functools import cache

from hypothesis import HealthCheck, event, example, given, settings
from hypothesis import strategies as st
from scrapy.exceptions import DropItem
from scrapy.http import HtmlResponse
from scrapy.utils.misc import build_from_crawler
from scrapy.utils.test import get_crawler

from cleaners import DEFAULT_RULES, Cleaner, content_hash
from cleaners.extract import extract, make_options
from crawler.fetch.encoding import DecodeError, decode_html
from bench.quality import run_inline
from crawler.items import Article, Page
from crawler.pipelines import CleanPipeline, ExtractPipeline, LanguagePipeline
from tests.conftest import project_settings

FUZZ = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
FEW = settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# Every code point, surrogates included (a Python str may hold them; a decoded page cannot).
ANY_CHAR = st.characters(codec=None, exclude_categories=())
NO_SURROGATE = st.characters(exclude_categories=("Cs",))
CONTROL = st.characters(min_codepoint=0, max_codepoint=0x1F) | st.sampled_from("\x7f\x85\u2028\u2029\ufeff\u200b")
URLS = st.sampled_from([
    "https://courier.example/news/story.html", "http://127.0.0.1:8080/x?q=1#f",
    "https://xn--bcher-kva.example/ü/päth", "https://courier.example/" + "a" * 2000,
])
OPTIONAL_URL = st.none() | URLS
TITLES = st.none() | st.text(ANY_CHAR, max_size=200)


def text_of(alphabet, max_size=2000):
    """Text mixing ordinary words, newlines and the given alphabet."""
    pieces = st.text(alphabet, max_size=40) | st.sampled_from(
        ["\n", "\r\n", " ", "\t", "Source link", "Read original article here", "Accept all",
         "We use cookies to personalise content and ads.", "Denial of responsibility!",
         "Follow us on Google News", "Ferry timetable approved"])
    return st.lists(pieces, max_size=max_size // 20).map("".join)


def huge_line(alphabet):
    """One line of up to ~200,000 characters (a repeated fragment)."""
    return st.builds(lambda fragment, n: (fragment * n)[:200_000],
                     st.text(alphabet, min_size=1, max_size=60), st.integers(1, 200_000))


# -- cleaners -------------------------------------------------------------------

CLEANER = Cleaner(DEFAULT_RULES)


def check_clean(text, source_url, title):
    cleaned = CLEANER.clean(text, source_url=source_url, title=title)
    assert isinstance(cleaned.text, str)
    content_hash(cleaned.text)
    for removal in cleaned.removed:
        assert removal.text and removal.rule
    return cleaned


@FUZZ
@given(text_of(ANY_CHAR) | st.text(ANY_CHAR, max_size=500) | st.just(""), OPTIONAL_URL, TITLES)
@example("", None, None)
@example("\x00\x01\x02\n\x1b[31m\n\ud800\udfff", "https://a.example/", "\ud800")
def test_cleaner_never_raises_on_any_unicode(text, source_url, title):
    check_clean(text, source_url, title)


@FEW
@given(huge_line(ANY_CHAR) | huge_line(CONTROL | NO_SURROGATE), OPTIONAL_URL, TITLES)
@example("Source link " * 16_000, "https://a.example/", "Source link")
def test_cleaner_never_raises_on_huge_lines(text, source_url, title):
    check_clean(text, source_url, title)


@FUZZ
@given(text_of(NO_SURROGATE), OPTIONAL_URL, st.none() | st.text(NO_SURROGATE, max_size=200))
def test_cleaned_output_is_utf8_json(text, source_url, title):
    cleaned = check_clean(text, source_url, title)
    payload = {"text": cleaned.text, "removed": [r.as_dict() for r in cleaned.removed]}
    json.dumps(payload, ensure_ascii=False).encode("utf-8")


# -- extraction -------------------------------------------------------------------

OPTIONS = make_options()
TAGS = ["html", "head", "body", "title", "meta", "article", "main", "div", "p", "span", "a", "br",
        "script", "style", "h1", "table", "tr", "td", "ul", "li", "noscript", "template", "svg",
        "iframe", "!--", "![CDATA[", "?xml", "!DOCTYPE html", "math", "textarea", "pre", "figure"]
ATTRIBUTES = ["", ' property="og:type" content="article"', ' property="og:type" content="website"',
              ' rel="canonical" href="javascript:alert(1)"', ' rel="canonical" href="//x"',
              ' type="application/ld+json"', ' charset="utf-16"', ' http-equiv="content-type" '
              'content="text/html; charset=shift_jis"', ' class="cookie-banner"', " hidden",
              ' href="http://[::1"', ' lang="ar" dir="rtl"']
JSON_LD = ['{"@type": "NewsArticle"}', '{"@type": ["Article", 3, null]}', '{"@graph": [[[{"@type": {}}]]]}',
           "{broken", "[" * 200, '{"@type": "CollectionPage", "mainEntity": {"@type": "Article"}}']


def html_ish(text_alphabet):
    """HTML-like strings from a small alphabet of tags, attributes and text."""
    tag = st.builds(lambda name, attr, close: f"<{'/' if close else ''}{name}{attr}>",
                    st.sampled_from(TAGS), st.sampled_from(ATTRIBUTES), st.booleans())
    piece = tag | st.text(text_alphabet, max_size=80) | st.sampled_from(JSON_LD) | st.sampled_from(
        ["&amp;", "&#0;", "&#xD800;", "&#x110000;", "&nbsp;", "<", ">", "</", "<!", "-->", "]]>",
         "The harbour ferry will run two extra crossings every morning from November. " * 5])
    return st.lists(piece, max_size=120).map("".join)


def check_extract(html, url):
    result = extract(html, url, OPTIONS)
    if result is not None:
        assert isinstance(result.text, str) and result.text.strip()
    return result


@FUZZ
@given(st.text(ANY_CHAR, max_size=3000), URLS)
@example("", "https://a.example/")
@example("<?xml version='1.0' encoding='utf-8'?><html><body><p>x</p></body></html>", "https://a.example/")
def test_extract_never_raises_on_any_text(html, url):
    check_extract(html, url)


@FUZZ
@given(st.binary(max_size=3000), URLS)
@example(b"\xff\xfe<\x00h\x00t\x00m\x00l\x00>\x00", "https://a.example/")
@example(b"<?xml version='1.0' encoding='utf-16'?><p>x</p>", "https://a.example/")
def test_extract_never_raises_on_any_bytes(html, url):
    check_extract(html, url)


@FUZZ
@given(html_ish(ANY_CHAR), URLS)
def test_extract_never_raises_on_html_ish_text(html, url):
    check_extract(html, url)


# -- the record path: Page -> Extract -> Clean -> Language -> JSON --------------------


@cache
def stages():
    crawler = get_crawler(settings_dict=project_settings(EXTRACT_WORKERS=0))
    return tuple(build_from_crawler(cls, crawler) for cls in (ExtractPipeline, CleanPipeline, LanguagePipeline))


# The stages' coroutines never suspend here (extraction inline): run them to the end.
run_sync = run_inline


def through_pipelines(page: Page) -> Article | None:
    extract_stage, clean_stage, language_stage = stages()
    try:
        article = run_sync(extract_stage.process_item(page))
        article = run_sync(clean_stage.process_item(article))
        article = language_stage.process_item(article)
    except DropItem as drop:
        event(f"dropped: {type(drop).__name__}")
        return None  # ExtractionEmpty, NotArticle, TooShort, WrongLanguage: allowed outcomes
    event("stored")
    assert isinstance(article, Article)
    json.dumps(dataclasses.asdict(article), ensure_ascii=False).encode("utf-8")
    return article


ARTICLE_HEAD = "<html><head><meta property='og:type' content='article'><title>{}</title></head><body><article>"


@FUZZ
@given(html_ish(NO_SURROGATE) | st.text(NO_SURROGATE, max_size=2000), URLS,
       st.sampled_from(["original", "copy"]), OPTIONAL_URL)
def test_record_path_never_raises_on_html_ish_pages(html, url, kind, original_url):
    through_pipelines(Page(url=url, html=html, kind=kind, original_url=original_url))


SENTENCE = ("Councillors approved the new winter timetable by seven votes to two after a long debate "
            "about fuel costs and the hospital shifts.")


def declared_article(title: str, paragraphs: list[str]) -> str:
    from html import escape

    return (ARTICLE_HEAD.format(escape(title)) + "".join(f"<p>{escape(p)}</p>" for p in paragraphs)
            + "</article></body></html>")


@FUZZ
@given(st.lists(st.tuples(text_of(NO_SURROGATE, 400), st.booleans()), min_size=1, max_size=8),
       st.text(NO_SURROGATE, max_size=120), URLS, OPTIONAL_URL)
def test_record_path_never_raises_on_declared_articles_with_any_text(paragraphs, title, url, original_url):
    # half the paragraphs carry a real sentence too, so that records get stored and cleaned
    texts = [f"{fuzz} {SENTENCE} {fuzz}" if real else fuzz for fuzz, real in paragraphs]
    through_pipelines(Page(url=url, html=declared_article(title, texts),
                           kind="copy" if original_url else "original", original_url=original_url))


# Characters XML 1.0 forbids (lxml refuses them inside element text). Real pages
# carry them: a vertical tab or form feed pasted from a word processor, an ESC.
XML_FORBIDDEN = st.sampled_from([chr(c) for c in (*range(1, 9), 0x0B, 0x0C, *range(0x0E, 0x20))]
                                + ["\ufffe", "\uffff"])


@FUZZ
@given(XML_FORBIDDEN, st.integers(0, 2), st.integers(0, len(SENTENCE)))
@example("\x0c", 1, 0)
def test_one_stray_control_character_does_not_lose_the_article(char, paragraph, position):
    """Beyond "never raises": a single forbidden character must not empty a whole
    page (it should be dropped; the article's other text survives)."""
    paragraphs = [SENTENCE.replace("Councillors", f"Councillors ({n})") for n in range(3)]
    paragraphs[paragraph] = paragraphs[paragraph][:position] + char + paragraphs[paragraph][position:]
    result = check_extract(declared_article("Ferry timetable approved", paragraphs), "https://a.example/")
    assert result is not None, f"one {char!r} in paragraph {paragraph} emptied the page"
    others = [p for n, p in enumerate(paragraphs) if n != paragraph]
    assert all(p in result.text for p in others)


@FEW
@given(huge_line(CONTROL | NO_SURROGATE), st.text(NO_SURROGATE, max_size=120), URLS)
def test_record_path_never_raises_on_a_huge_paragraph(line, title, url):
    through_pipelines(Page(url=url, html=declared_article(title, [SENTENCE, line, SENTENCE])))


@FUZZ
@given(st.binary(max_size=4000) | html_ish(NO_SURROGATE).flatmap(
    lambda text: st.sampled_from(["utf-8", "utf-16", "utf-16-be", "cp1251", "shift_jis", "latin-1", "gb18030"])
    .map(lambda codec: text.encode(codec, errors="replace"))),
    st.sampled_from(["text/html", "text/html; charset=utf-8", "text/html; charset=utf-16",
                     "text/html; charset=x-unknown", "text/html; charset=shift_jis", ""]), URLS)
@example(b"\xef\xbb\xbf\xff\xfe", "text/html", "https://a.example/")
@example(b"\xff\xfe\x00\xd8", "text/html", "https://a.example/")  # BOM then a lone surrogate
def test_bytes_to_record_never_raises(body, content_type, url):
    """What the spider does with a response body: decode (or refuse), then the pipelines."""
    headers = {"Content-Type": content_type} if content_type else {}
    response = HtmlResponse(url, body=body, headers=headers)
    try:
        page = Page.from_response(response)
    except DecodeError:
        event("decode_error")
        return  # counted as skip/decode_error by the spider
    page.html.encode("utf-8")  # a decoded page holds no lone surrogates
    through_pipelines(page)


@FUZZ
@given(st.binary(max_size=4000), st.none() | st.sampled_from(["text/html; charset=utf-8", "text/html; charset=koi8-r",
                                                              "text/html; charset=bogus", "text/plain"]))
def test_decode_html_returns_text_or_decode_error(body, content_type):
    try:
        text, encoding = decode_html(body, content_type)
    except DecodeError:
        return
    assert isinstance(text, str) and isinstance(encoding, str)
    text.encode("utf-8")
