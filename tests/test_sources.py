"""Finding the original story an aggregator copies."""

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from crawler.fetch.sources import Source, find_original

PAGE = "https://hub.example/2026/story/"
ORIGINAL = "https://courier.example/news/ferry.html"


def page(content: str, head: str = "") -> str:
    return (
        f"<html><head>{head}</head><body><main><div class='entry-content'>"
        "<p>The ferry timetable changes in November, the council said on Tuesday.</p>"
        f"{content}</div></main>"
        "<footer><a href='https://www.facebook.com/hub'>Facebook</a>"
        "<a href='https://t.me/hubnews'>Telegram</a><a href='/about/'>About</a></footer>"
        "</body></html>"
    )


@pytest.mark.parametrize(
    "content",
    [
        f"<p><a href='{ORIGINAL}'>Read original article here</a></p>",
        f"<p><a href='{ORIGINAL}'>Source link</a></p>",
        f"<p>Read the full article on <a href='{ORIGINAL}'>The Courier</a></p>",
        f"<p>Continue reading at <a href='{ORIGINAL}'>the source</a></p>",
        f"<p><a href='{ORIGINAL}'>View original article</a></p>",
        f"<p>Originally published at <a href='{ORIGINAL}'>The Courier</a>.</p>",
        f"<p>Source: <a href='{ORIGINAL}'>The Courier</a></p>",
        f"<p><a href='{ORIGINAL}#comments'>Read original article</a></p>",  # fragment dropped
    ],
)
def test_explicit_source_links(content):
    assert find_original(PAGE, page(content)) == Source(ORIGINAL, "source_link")


def test_canonical_or_og_url_to_another_site():
    canonical = Source(ORIGINAL, "canonical")
    assert find_original(PAGE, page("", f"<link rel='canonical' href='{ORIGINAL}'>")) == canonical
    assert find_original(PAGE, page("", f"<meta property='og:url' content='{ORIGINAL}'>")) == canonical
    # a canonical to the aggregator itself is not a source
    assert find_original(PAGE, page("", f"<link rel='canonical' href='{PAGE}'>")) is None


def test_explicit_link_beats_canonical():
    other = "https://elsewhere.example/x"
    html = page(f"<p><a href='{ORIGINAL}'>Source link</a></p>", f"<link rel='canonical' href='{other}'>")
    assert find_original(PAGE, html) == Source(ORIGINAL, "source_link")


def test_credit_link_only_when_guessing():
    html = page(f"<p>(<a href='{ORIGINAL}'>The Courier</a>)</p>")
    assert find_original(PAGE, html, guess=True) == Source(ORIGINAL, "credit_link")
    assert find_original(PAGE, html) is None


@pytest.mark.parametrize(
    "content",
    [
        "<p><a href='https://www.facebook.com/sharer/sharer.php?u=x'>Read original article</a></p>",
        "<p><a href='https://twitter.com/intent/tweet?url=x'>Source link</a></p>",
        "<p>Source: <a href='https://t.me/hubnews'>our Telegram</a></p>",
        "<p><a href='/2026/other-story/'>Read original article here</a></p>",  # the aggregator's own page
        "<p><a href='mailto:desk@hub.example'>Source link</a></p>",
        "<p>A long paragraph that links to <a href='https://gov.example/report.pdf'>the report</a> "
        "about ferries, the harbour, the council and the timetable, which residents asked for in "
        "a petition signed by four hundred people last spring.</p>",
    ],
)
def test_never_a_share_button_social_profile_own_page_or_mention(content):
    assert find_original(PAGE, page(content), guess=True) is None


@pytest.mark.parametrize("href", [
    "http://[ccpa-preferences]/",  # looks like a bracketed IPv6 host: urlsplit raises ValueError
    "https://[::1",  # unclosed bracket
    "http://exa mple.com/x", "javascript:void(0)", "//", "http://", "https://:80/", "\x00\x01",
    "http://" + "a" * 300 + ".example/", "https://courier.example:99999/x",
])
def test_an_odd_href_never_raises_and_never_hides_the_real_source(href):
    html = page(f"<p><a href='{href}'>Source link</a></p><p><a href='{ORIGINAL}'>Read original article</a></p>")
    assert find_original(PAGE, html) == Source(ORIGINAL, "source_link")


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(href=st.text(max_size=60), text=st.text(max_size=40),
       markup=st.text(alphabet=st.sampled_from("<>/=\"' a-z!?[]:&;#"), max_size=80))
def test_find_original_never_raises_on_hostile_links_and_markup(href, text, markup):
    html = f"<html><body><main><p><a href=\"{href}\">{text}</a>{markup}</p></main></body></html>"
    found = find_original(PAGE, html, guess=True)
    assert found is None or found.url.startswith(("http://", "https://"))
