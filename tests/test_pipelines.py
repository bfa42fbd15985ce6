"""Pipeline stages as components: built from a crawler, fed items directly."""


import pytest
from scrapy.exceptions import DropItem, NotConfigured
from scrapy.utils.defer import deferred_f_from_coro_f
from scrapy.utils.misc import build_from_crawler
from scrapy.utils.test import get_crawler

from crawler.items import Article, Page
from crawler.drops import (
    Degenerate, Duplicate, ExtractionEmpty, ExtractionTimeout, NotArticle, TooShort, WrongLanguage,
)
from crawler.pipelines import CleanPipeline, DedupPipeline, ExtractPipeline, LanguagePipeline
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
        # a declared listing with no article evidence and no run of prose
        ("<html><head><script type='application/ld+json'>{\"@type\": \"CollectionPage\"}</script></head>"
         "<body><main><h1>World</h1>" + "".join(f"<p>{p}</p>" for p in BODY) + "</main></body></html>",
         NotArticle, "extract/not_article/declared_listing"),
        # no declaration and too little text: a stub, a listing, an about page
        ("<html><body><main><p>About the Courier: an independent newsroom since 1921 in the harbour "
         "town.</p></main></body></html>", NotArticle, "extract/not_article/stub"),
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


@deferred_f_from_coro_f
async def test_clean_removes_records_and_hashes():
    pipeline, stats = stage(CleanPipeline)
    item = await pipeline.process_item(make_article("\n".join(["Ferry timetable approved", *BODY, BANNER])))
    assert item.text == "\n".join(BODY)
    assert item.removed == [
        {"rule": "headline_repeat", "text": "Ferry timetable approved"},
        {"rule": "cookie_banner", "text": BANNER},
    ]
    assert item.content_hash == __import__("cleaners").content_hash("\n".join(BODY))
    assert stats.get_value("cleaning/removed/cookie_banner") == 1
    assert stats.get_value("cleaning/removed/headline_repeat") == 1


@deferred_f_from_coro_f
async def test_clean_applies_only_the_rules_named_in_settings():
    pipeline, _ = stage(CleanPipeline, CLEANING_RULES="promo_social,promo_channel")
    item = await pipeline.process_item(make_article("\n".join([*BODY, BANNER])))
    assert item.removed == [] and item.text.endswith(BANNER)


@deferred_f_from_coro_f
async def test_clean_drops_what_is_too_short_after_cleaning():
    pipeline, stats = stage(CleanPipeline, CLEANING_MIN_CHARS=200)
    with pytest.raises(TooShort):
        await pipeline.process_item(make_article("\n".join([BODY[0], BANNER])))
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


STORY_TEXT = "".join(f"<p>{p}</p>" for p in BODY * 3)


@pytest.mark.parametrize(
    "html, reason, stat",
    [
        # a Cloudflare interstitial served with 200
        ("<html><head><title>Just a moment...</title></head><body><div id='cf-challenge'>"
         "<h1>Checking your browser before accessing courier.example</h1><p>This process is "
         "automatic. Your browser will redirect to your requested content shortly.</p>"
         "<p>Please allow up to 5 seconds...</p></div></body></html>", "BotChallenge", "extract/bot_challenge"),
        # a consent wall: the whole page is the dialog
        ("<html><head><title>Before you continue</title></head><body><div class='consent-wall'>"
         "<h1>We value your privacy</h1><p>We and our partners store and/or access information on a "
         "device, such as cookies, and process personal data for personalised ads and content.</p>"
         "<p>You can accept or reject these cookies and manage your preferences at any time.</p>"
         "<button>Accept all</button><button>Reject all</button></div></body></html>",
         "ConsentWall", "extract/consent_wall"),
        # an error page served with 200
        ("<html><head><title>Page not found | The Courier</title></head><body><main><h1>404: Page not "
         "found</h1><p>Sorry, the page you were looking for does not exist or has been moved. Try the "
         "search box or go back to the home page.</p></main></body></html>", "ErrorPage", "extract/error_page"),
        # a paywall teaser: declared not free, only a teaser of text
        ("<html><head><script type='application/ld+json'>{\"@type\": \"NewsArticle\", "
         "\"isAccessibleForFree\": false}</script></head><body><article><h1>Ferry fares</h1>"
         "<p>The harbour ferry will run two extra crossings every morning from November.</p>"
         "<p>Subscribe to read the rest of this story.</p></article></body></html>",
         "PaywallTeaser", "extract/paywall"),
    ],
)
@deferred_f_from_coro_f
async def test_pages_that_are_not_articles_get_no_record_and_a_reason(html, reason, stat):
    pipeline, stats = stage(ExtractPipeline)
    with pytest.raises(DropItem) as dropped:
        await pipeline.process_item(Page(url="https://courier.example/x", html=html))
    assert type(dropped.value).__name__ == reason
    assert stats.get_value(stat) == 1


@deferred_f_from_coro_f
async def test_a_paywalled_article_with_its_text_is_kept_and_marked():
    pipeline, _ = stage(ExtractPipeline)
    # over PAYWALL_MAX_WORDS (150) of text: a real, if partly free, article
    html = article_html(BODY * 5, extra_head="<script type='application/ld+json'>{\"@type\": "
                        "\"NewsArticle\", \"isAccessibleForFree\": \"False\"}</script>")
    article = await pipeline.process_item(Page(url="https://courier.example/x", html=html))
    assert article.paywalled is True
    free = await pipeline.process_item(Page(url="https://courier.example/y", html=article_html(BODY * 5)))
    assert free.paywalled is False


@deferred_f_from_coro_f
async def test_an_article_about_cloudflare_and_paywalls_is_an_article():
    pipeline, stats = stage(ExtractPipeline)
    about = [
        "Cloudflare said on Tuesday that its bot challenge, the page that asks visitors to wait while "
        "their browser is checked, now appears on a fifth of the sites it protects.",
        "Publishers have also tightened their paywalls: the Courier's own 404 page now suggests "
        "subscribing, and its error rate fell after the change, the paper's editor said.",
        *BODY,
    ]
    article = await pipeline.process_item(Page(url="https://courier.example/z", html=article_html(about)))
    assert article.text.splitlines()[1:] == about
    assert not any(k.startswith("extract/") and k != "extract/ok" for k in stats.get_stats())


def headline_list_html(count, og_type="article", teasers=False):
    items = "".join(
        f"<li><h2><a href='/news/{n}.html'>Harbour council story number {n} makes the morning headlines</a></h2>"
        + (f"<p>A short teaser for story {n}, one sentence long.</p>" if teasers else "") + "</li>"
        for n in range(count))
    return (f"<html><head><title>Front page</title><meta property='og:type' content='{og_type}'></head>"
            f"<body><main><h1>Today's news</h1><ul>{items}</ul>"
            "<p>Stories from 2010 to today, including a 2010 allegation that came back this week.</p>"
            "</main></body></html>")


@pytest.mark.parametrize("count", [5, 50, 400])
@pytest.mark.parametrize("og_type", ["article", "website"])
@deferred_f_from_coro_f
async def test_a_list_of_linked_headlines_is_never_stored_however_long(count, og_type):
    pipeline, stats = stage(ExtractPipeline)
    with pytest.raises(NotArticle):
        await pipeline.process_item(Page(url="https://hub.example/", html=headline_list_html(count, og_type)))
    assert stats.get_value("extract/not_article/headline_list") == 1


@deferred_f_from_coro_f
async def test_a_listing_with_teasers_is_not_stored_either():
    pipeline, _ = stage(ExtractPipeline)
    with pytest.raises(NotArticle):
        await pipeline.process_item(Page(url="https://hub.example/", html=headline_list_html(
            8, og_type="website", teasers=True)))


@deferred_f_from_coro_f
async def test_a_roundup_that_leads_each_item_with_a_linked_headline_is_an_article():
    # "Ten things to know today": each item opens with a linked headline, then explains it.
    items = "".join(
        f"<li><p><a href='/n/{n}'>The harbour ferry adds crossing number {n} from Monday.</a> The operator said "
        f"the extra boat follows complaints from commuters about crowded decks at rush hour, and that "
        f"fares stay the same until spring.</p></li>" for n in range(10))
    html = ("<html><head><title>Ten things</title><meta property='og:type' content='article'>"
            "<meta property='article:published_time' content='2026-03-02'></head><body><article>"
            f"<h1>Ten things to know today</h1><p>Good morning! Here is what you need to know.</p><ul>{items}</ul>"
            "</article></body></html>")
    pipeline, _ = stage(ExtractPipeline)
    article = await pipeline.process_item(Page(url="https://courier.example/ten", html=html))
    assert "fares stay the same until spring" in article.text


LONG_BODY = [p + " The operator said the change followed a survey of passengers earlier this year, in which "
             "most asked for more morning crossings." for p in BODY]


@pytest.mark.parametrize("evidence", [
    "<meta property='og:type' content='website'>",  # weak: many CMSs put it on every article
    "<script type='application/ld+json'>{\"@graph\": [{\"@type\": \"WebSite\"}, "
    "{\"@type\": \"WebPage\", \"mainEntity\": {\"@type\": \"NewsArticle\"}}]}</script>",
    "<meta property='og:type' content='website'><meta property='article:published_time' content='2026-01-02'>",
])
@deferred_f_from_coro_f
async def test_og_type_website_never_outweighs_an_article(evidence):
    pipeline, _ = stage(ExtractPipeline)
    related = "".join(f"<li><a href='/r/{n}'>Another story about the harbour ferry number {n}</a></li>"
                      for n in range(6))
    html = (f"<html><head><title>Ferry</title>{evidence}</head><body><main><h1>Ferry timetable approved</h1>"
            + "".join(f"<p>{p}</p>" for p in LONG_BODY) + f"</main><aside><ul>{related}</ul></aside></body></html>")
    article = await pipeline.process_item(Page(url="https://courier.example/x", html=html))
    assert article.text.splitlines()[-3:] == LONG_BODY


@pytest.mark.parametrize("head, published", [
    ("<meta property='article:published_time' content='2026-02-03T08:00:00Z'>", "2026-02-03"),
    ("<script type='application/ld+json'>{\"@type\": \"NewsArticle\", \"datePublished\": \"2025-11-30\"}</script>",
     "2025-11-30"),
    ("", None),  # the page states no date: none is guessed from its text
])
@deferred_f_from_coro_f
async def test_published_only_when_the_page_states_it(head, published):
    pipeline, _ = stage(ExtractPipeline)
    body = "".join(f"<p>{p}</p>" for p in [*LONG_BODY, "The first ferry ran in 2010, on 4 May 2010."])
    html = f"<html><head><title>Ferry</title>{head}</head><body><main><h1>Ferry</h1>{body}</main></body></html>"
    article = await pipeline.process_item(Page(url="https://courier.example/news/ferry", html=html))
    assert article.published == published


@deferred_f_from_coro_f
async def test_a_page_that_is_one_word_repeated_is_dropped_as_degenerate():
    pipeline, stats = stage(CleanPipeline)
    with pytest.raises(Degenerate):
        await pipeline.process_item(make_article(" ".join(["spam"] * 1_000_000)))
    assert stats.get_value("cleaning/degenerate/repeated_5grams") == 1


def test_language_is_judged_on_a_bounded_deterministic_sample():
    from crawler.pipelines import language_sample

    text = " ".join(f"word{n}" for n in range(5000))
    sample = language_sample(text, 2000)
    assert len(sample) <= 2000 + 3 and sample == language_sample(text, 2000)
    assert sample.startswith("word0 ") and sample.endswith("word4999")  # the ends are in it
    assert language_sample("short text", 2000) == "short text"
    assert language_sample(text, 0) == text


@deferred_f_from_coro_f
async def test_a_short_report_about_cookie_consent_is_not_a_consent_wall():
    report = [
        "The regulator fined a retailer on Monday because its cookie banner hid the reject button from visitors.",
        "Under the rules, consent to advertising cookies must be as easy to refuse as to accept, the regulator said.",
        "The retailer said its partners and vendors had changed the consent tool in January.",
    ]
    wall = ["We and our partners use cookies to store and/or access information on your device.",
            "You can accept all or manage your consent preferences at any time."]
    pipeline, _ = stage(ExtractPipeline)
    html = article_html(report)
    article = await pipeline.process_item(Page(url="https://courier.example/cookie-fine", html=html))
    assert article.text.splitlines()[1:] == report
    with pytest.raises(DropItem) as dropped:
        await pipeline.process_item(Page(url="https://courier.example/wall", html=article_html(wall)))
    assert type(dropped.value).__name__ == "ConsentWall"
