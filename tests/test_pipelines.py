"""Pipeline stages as components: built from a crawler, fed items directly."""


import pytest
from scrapy.exceptions import NotConfigured
from scrapy.utils.defer import deferred_f_from_coro_f
from scrapy.utils.misc import build_from_crawler
from scrapy.utils.test import get_crawler

from crawler.items import Article, Page
from crawler.pipelines import (
    CleanPipeline,
    DedupPipeline,
    Duplicate,
    ExtractionEmpty,
    ExtractionTimeout,
    ExtractPipeline,
    LanguagePipeline,
    NotArticle,
    TooShort,
    WrongLanguage,
)
from tests.conftest import project_settings

BODY = [
    "The harbour ferry will run two extra crossings every morning from November, the operator said.",
    "Councillors approved the new winter timetable by seven votes to two after a long debate about fuel.",
    "Residents had collected four hundred signatures asking for an earlier boat for hospital shifts.",
]
BANNER = "We use cookies to personalise content and ads and to analyse our traffic. Accept all Cookie settings"
GERMAN = (
    "Die neue Regionalbahn zwischen den Dörfern am Fluss soll ab Herbst im Stundentakt fahren, "
    "teilte der Verkehrsverbund am Montag mit. Die Bauarbeiten sind weitgehend abgeschlossen."
)


def stage(cls, **settings):
    crawler = get_crawler(settings_dict=project_settings(**settings))
    return build_from_crawler(cls, crawler), crawler.stats


def article_html(paragraphs, og_type="article", extra_head=""):
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (
        f"<html><head><title>Ferry</title><meta property='og:type' content='{og_type}'>"
        "<meta name='author' content='Ann Lee'><link rel='canonical' href='/news/ferry.html'>"
        f"<meta property='article:published_time' content='2026-02-03T08:00:00Z'>{extra_head}"
        f"</head><body><article><h1>Ferry timetable approved</h1>{body}</article></body></html>"
    )


def make_article(text, kind="original", url="https://courier.example/a", **fields):
    values = dict(url=url, canonical_url=None, domain="courier.example", kind=kind, original_url=None,
                  title="Ferry timetable approved", author=None, published=None, language=None,
                  language_score=None, text=text, removed=[], fetched_at="2026-02-03T08:00:00Z",
                  content_hash=None)
    values.update(fields)
    return Article(**values)


@deferred_f_from_coro_f
async def test_extract_builds_the_record_from_a_page():
    pipeline, stats = stage(ExtractPipeline)
    page = Page(url="https://courier.example/news/ferry.html?utm=x", html=article_html(BODY),
                kind="copy", original_url="https://o.example/1", fetched_at="2026-02-03T09:00:00Z")
    article = await pipeline.process_item(page)
    assert (article.url, article.domain, article.kind, article.original_url) == (
        page.url, "courier.example", "copy", "https://o.example/1")
    assert article.canonical_url == "https://courier.example/news/ferry.html"
    assert (article.title, article.author, article.published) == ("Ferry timetable approved", "Ann Lee", "2026-02-03")
    assert article.text.splitlines() == ["Ferry timetable approved", *BODY]
    assert article.fetched_at == "2026-02-03T09:00:00Z"
    assert stats.get_value("extract/ok") == 1


@pytest.mark.parametrize(
    "html, reason, stat",
    [
        ("", ExtractionEmpty, "extract/empty"),
        ("<html><body><script>var x = 1;</script></body></html>", ExtractionEmpty, "extract/empty"),
        (article_html(BODY, og_type="website"), NotArticle, "extract/not_article"),
        # no declaration and too little text: a stub, a listing, an about page
        ("<html><body><main><p>About the Courier: an independent newsroom since 1921 in the harbour "
         "town.</p></main></body></html>", NotArticle, "extract/not_article"),
    ],
)
@deferred_f_from_coro_f
async def test_extract_drops_pages_without_an_article(html, reason, stat):
    pipeline, stats = stage(ExtractPipeline)
    with pytest.raises(reason):
        await pipeline.process_item(Page(url="https://courier.example/x", html=html))
    assert stats.get_value(stat) == 1


@deferred_f_from_coro_f
async def test_extract_keeps_undeclared_page_with_enough_text():
    pipeline, _ = stage(ExtractPipeline)
    html = "<html><body><main>" + "".join(f"<p>{p}</p>" for p in BODY * 2) + "</main></body></html>"
    assert (await pipeline.process_item(Page(url="https://courier.example/x", html=html))).text


@deferred_f_from_coro_f
async def test_extraction_in_worker_processes_matches_inline_and_is_time_limited():
    page = Page(url="https://courier.example/news/ferry.html", html=article_html(BODY))
    inline, _ = stage(ExtractPipeline, EXTRACT_WORKERS=0)
    pooled, stats = stage(ExtractPipeline, EXTRACT_WORKERS=1)
    pooled.open_spider()
    try:
        assert await pooled.process_item(page) == await inline.process_item(page)
        # a page that takes over a second to extract, against a 0.1 s limit: the worker is killed
        slow = Page(url="https://courier.example/long", html=article_html(
            [f"<div>Paragraph {n} about the harbour, the ferries and the vote.</div>" for n in range(12000)]))
        pooled.timeout = 0.1
        with pytest.raises(ExtractionTimeout, match="extraction took over 0.1s"):
            await pooled.process_item(slow)
        assert stats.get_value("extract/timeout") == 1
        pooled.timeout = 30  # the pool replaced the killed worker and goes on
        assert (await pooled.process_item(page)).text
    finally:
        pooled.close_spider()


def test_clean_removes_records_and_hashes():
    pipeline, stats = stage(CleanPipeline)
    item = pipeline.process_item(make_article("\n".join(["Ferry timetable approved", *BODY, BANNER])))
    assert item.text == "\n".join(BODY)
    assert item.removed == [
        {"rule": "headline_repeat", "text": "Ferry timetable approved"},
        {"rule": "cookie_banner", "text": BANNER},
    ]
    assert item.content_hash == __import__("cleaners").content_hash("\n".join(BODY))
    assert stats.get_value("cleaning/removed/cookie_banner") == 1
    assert stats.get_value("cleaning/removed/headline_repeat") == 1


def test_clean_applies_only_the_rules_named_in_settings():
    pipeline, _ = stage(CleanPipeline, CLEANING_RULES="promo_social,promo_channel")
    item = pipeline.process_item(make_article("\n".join([*BODY, BANNER])))
    assert item.removed == [] and item.text.endswith(BANNER)


def test_clean_drops_what_is_too_short_after_cleaning():
    pipeline, stats = stage(CleanPipeline, CLEANING_MIN_CHARS=200)
    with pytest.raises(TooShort):
        pipeline.process_item(make_article("\n".join([BODY[0], BANNER])))
    assert stats.get_value("cleaning/too_short") == 1


def test_unknown_rule_name_fails_at_start():
    with pytest.raises(ValueError, match="no_such_rule"):
        stage(CleanPipeline, CLEANING_RULES=["no_such_rule"])


def test_language_is_detected_deterministically_and_null_on_short_text():
    pipeline, stats = stage(LanguagePipeline)
    german = pipeline.process_item(make_article(GERMAN))
    assert german.language == "de" and 0.9 < german.language_score <= 1.0
    short = pipeline.process_item(make_article("a1 a2 a3"))
    assert (short.language, short.language_score) == (None, None)
    assert stats.get_value("language/de") == 1 and stats.get_value("language/unknown") == 1
    again, _ = stage(LanguagePipeline)
    assert again.process_item(make_article(GERMAN)).language_score == german.language_score


def test_language_filter_drops_other_languages():
    pipeline, _ = stage(LanguagePipeline, LANGUAGE_ALLOWED="en,fr")
    with pytest.raises(WrongLanguage):
        pipeline.process_item(make_article(GERMAN))
    assert pipeline.process_item(make_article(" ".join(BODY))).language == "en"


def test_dedup_by_text_and_kind():
    pipeline, stats = stage(DedupPipeline)
    first = make_article("x", url="https://a.example/1", content_hash="h")
    assert pipeline.process_item(first) is first
    copy = make_article("x", kind="copy", url="https://hub.example/1", content_hash="h")
    assert pipeline.process_item(copy) is copy  # a copy beside its original is kept
    with pytest.raises(Duplicate, match="repeats the text of https://a.example/1"):
        pipeline.process_item(make_article("x", url="https://a.example/2", content_hash="h"))
    assert stats.get_value("dedup/duplicate") == 1


def test_dedup_can_be_turned_off():
    with pytest.raises(NotConfigured):
        stage(DedupPipeline, DEDUP_ENABLED=False)
