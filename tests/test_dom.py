"""DOM rules both ways, the token matcher, the guards, page problems, and extract() wiring.

Every page here is written for the test: a short story about a harbour
ferry (several paragraphs, so the guards see a real article) with one piece
of boilerplate, or one near miss, placed where sites put it.
"""

from __future__ import annotations

import json

import pytest
from trafilatura import bare_extraction

from cleaners.dom import DOM_RULES, Pruner, element_tokens, prune, split_tokens
from cleaners.dom.rules import DomRule
from cleaners.dom.tokens import visible_text
from cleaners.page import page_problem
from cleaners.extract import Extracted, extract, make_options, parse_html

STORY = [
    "The harbour council voted on Tuesday to add three evening crossings to the ferry timetable, "
    "ending a two-year dispute with commuters who work late shifts at the hospital across the bay.",
    "Under the new schedule, the last boat leaves the north pier at 23:40 on weekdays and at 00:30 on "
    "Fridays and Saturdays, when the bars along the quay stay open until well after midnight.",
    "Councillors said the extra sailings would cost about 400,000 a year, paid for by a small rise in "
    "parking charges at the ferry terminal and by a grant from the regional transport fund.",
    "Nurses who had campaigned for the change welcomed the vote but said the morning crossings were "
    "still too crowded, with passengers left on the pier twice last week because the boat was full.",
    "The operator will publish the full timetable next month and expects the first evening boats to "
    "run from the start of the spring season, weather and crew training permitting.",
]
TITLE = "Council adds evening crossings to the ferry timetable"
MORE = [
    "Passenger numbers on the harbour line have risen by a fifth since the bridge closed for repairs, "
    "and the operator says the evening boats are now often as busy as the morning ones.",
    "Residents of the island villages, who depend on the ferry for shopping and school, asked the council "
    "to consider a cheaper season ticket; officers will report back on the idea in the autumn.",
    "The council also agreed to study a small electric boat for the short crossing to the fish market, "
    "which could run every half hour in summer if the trial goes well.",
]


def article_html(before: str = "", inside: str = "", after: str = "", head: str = "", title: str = TITLE,
                 story: list[str] = STORY, article_attrs: str = "") -> str:
    paragraphs = "\n".join(f"<p>{p}</p>" for p in story)
    return (
        f"<html><head><title>{title}</title>{head}</head><body>\n{before}\n"
        f"<main><article{article_attrs}><h1>{title}</h1>\n{paragraphs}\n{inside}\n</article></main>\n"
        f"{after}\n</body></html>"
    )


def planned(html: str) -> list[tuple[str, str]]:
    """(rule, visible text) of each planned removal."""
    tree = parse_html(html)
    return [(name, visible_text(element)) for name, element in Pruner().plan(tree)]


def removed_by(html: str, rule: str) -> list[str]:
    return [text for name, text in planned(html) if name == rule]


# --- tokens -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "value, present, absent",
    [
        ("leaderboard-heading", {"leaderboard", "heading"}, {"header", "ad", "lead"}),
        ("read-more shadow head download gradient", {"read", "more", "shadow"}, {"ad"}),
        ("ad-slot", {"ad", "slot"}, set()),
        ("CybotCookiebotDialog", {"cybot", "cookiebot", "dialog"}, {"cookie"}),
        ("postCTA cookie-law_info", {"post", "cta", "cookie", "law", "info"}, set()),
        ("BlogTableOfContent_tocMobile__TqBLu", {"table", "of", "content", "toc"}, set()),
        ("x9ad css-1ad2x", {"x9ad"}, {"ad"}),
        ("commentary", {"commentary"}, {"comment"}),
        ("canvas unavailable", {"canvas"}, {"nav"}),
    ],
)
def test_tokens_are_whole_words(value, present, absent):
    tokens = split_tokens(value)
    assert present <= tokens
    assert not (absent & tokens)


def test_modifier_classes_and_text_slugs_give_no_tokens():
    # state and layout modifiers describe the article's wrapper, not a widget
    assert split_tokens("has-rail-right no-sidebar with-ads is-sticky") == frozenset()
    assert split_tokens("sidebar-enabled--false") == frozenset()
    # heading anchors made from the heading's own words
    assert split_tokens("h-what-is-social-shopping") == frozenset()
    assert split_tokens("1-heading-how-popular-are-meditation-and") == frozenset()
    # a real widget name of four words is still read
    assert {"site", "header"} <= split_tokens("hs_cos_module_site_header")


def test_element_tokens_read_class_and_id():
    tree = parse_html('<html><body><div id="onetrust-banner-sdk" class="otFlat">x</div></body></html>')
    element = tree.find(".//div")
    assert {"onetrust", "banner", "sdk", "ot", "flat"} <= element_tokens(element)


def test_rules_have_unique_names():
    names = [rule.name for rule in DOM_RULES]
    assert len(names) == len(set(names))
    assert all(isinstance(rule, DomRule) for rule in DOM_RULES)


# --- each rule both ways ---------------------------------------------------------------

BANNER = (
    '<div id="onetrust-consent-sdk"><div id="onetrust-banner-sdk"><p>We and our partners store and access '
    "information on your device. Accept all or manage preferences.</p><button>Accept all</button></div></div>"
)

CASES = [
    # (rule, boilerplate html, a near miss that must stay, text of the near miss)
    (
        "consent_banner",
        BANNER,
        '<div class="cookie-recipe"><p>Brown-butter cookies with sea salt: the bakery on the quay sells '
        "them by the dozen to passengers waiting for the last boat.</p></div>",
        "Brown-butter cookies with sea salt",
    ),
    (
        "consent_banner",
        '<div class="cookie-banner"><p>This site uses cookies. By continuing you agree to our cookie '
        "policy.</p><a href='#'>OK</a></div>",
        '<section class="consent-law-explainer">' + "<p>Consent rules for ferry cameras were debated. </p>" * 80
        + "</section>",
        "Consent rules for ferry cameras",
    ),
    (
        "consent_banner",
        '<div role="dialog" aria-label="Cookie consent"><p>We use cookies to improve the site.</p>'
        "<button>Accept</button></div>",
        '<div role="dialog" aria-label="Timetable details"><p>Evening boats run from March.</p></div>',
        "Evening boats run from March.",
    ),
    (
        "signup_form",
        '<form action="/subscribe"><label>Get the morning briefing</label><input type="email" name="email">'
        "<button>Sign up</button></form>",
        '<form action="/login"><input type="email" name="email"><input type="password" name="pw">'
        "<button>Sign up or log in to see ferry alerts</button></form>",
        "Sign up or log in to see ferry alerts",
    ),
    (
        "newsletter_box",
        '<div class="newsletter-signup"><h3>The Harbour Briefing</h3><p>Ferry news every morning.</p></div>',
        '<div class="subscriber-only"><p>Subscribers can read the full timetable archive.</p></div>',
        "Subscribers can read the full timetable archive.",
    ),
    (
        "share_bar",
        '<div class="share-buttons"><a href="#">Facebook</a> <a href="#">X</a> <a href="#">Email</a></div>',
        '<div class="social-media-embed"><blockquote>The night boat is back! said a nurse on X, with a '
        "photo of the pier.</blockquote></div>",
        "The night boat is back!",
    ),
    (
        "related_links",
        '<div class="related-posts"><h3>More on the harbour</h3><ul><li><a href="/a">Pier repairs start</a></li>'
        '<li><a href="/b">New crew hired</a></li></ul></div>',
        '<div class="relatedness-score"><p>Relatedness scores were not part of the vote.</p></div>',
        "Relatedness scores were not part of the vote.",
    ),
    (
        "story_list",
        '<div class="post-grid"><div class="item"><h3><a href="/pier">Pier repairs start in May</a></h3>'
        '<p>Work on the north pier begins after Easter.</p></div><div class="item"><h3><a href="/crew">Ten new '
        "crew hired</a></h3><p>The operator is training sailors for the night boats.</p></div></div>",
        '<div class="article-list"><h3><a>The vote</a></h3><p>Nine councillors backed the plan and two '
        'abstained.</p><h3><a href="#cost">The cost</a></h3><p>Parking charges rise by 20 cents an hour to pay '
        "for the boats.</p></div>",
        "Nine councillors backed the plan",
    ),
    (
        "comments",
        '<div id="comments" class="comments-area"><h3>2 comments</h3><ol><li>Great news!</li>'
        "<li>About time.</li></ol></div>",
        '<div class="commentary"><p>Commentary: the council finally listened to the night shift.</p></div>',
        "Commentary: the council finally listened",
    ),
    (
        "ad_slot",
        '<div class="ad-slot"><span>Advertisement</span><div id="div-gpt-ad-123"></div></div>',
        '<div class="shadow-box gradient-head"><p>Crossings take twenty minutes in calm weather.</p></div>',
        "Crossings take twenty minutes in calm weather.",
    ),
    (
        "call_to_action",
        '<div class="post-cta"><h4>Running a ferry line?</h4><a href="/demo">Book a demo</a></div>',
        '<div class="cta-section">' + "<p>The terminal was rebuilt in 1998 after the storm. </p>" * 40 + "</div>",
        "The terminal was rebuilt in 1998",
    ),
    (
        "pitch_box",
        '<div class="box-blue rounded"><p>Harbour tour dates and sailing courses, once a month in your inbox.</p>'
        '<a class="button" href="/s">Subscribe</a></div>',
        '<div class="harbour-note"><p>Commuters can <a href="/alerts">sign up</a> for text alerts about '
        "cancelled crossings at the ticket office.</p></div>",
        "Commuters can sign up for text alerts",
    ),
    (
        "pitch_box",
        '<section id="next-step"><h2>Ready when you are</h2><p>Plan your crossing with our timetable app.</p>'
        '<a href="/app">Get started for free</a></section>',
        '<div class="product-card"><h3>2. Island Ferries - Best for families</h3><p>Bikes travel free on '
        'every crossing.</p><a href="/quote">Get a quote</a></div>',
        "2. Island Ferries - Best for families",
    ),
    (
        "pitch_box",
        '<div class="panel-dark"><h3>Run a ferry line?</h3><p>Schedule crews and sailings in one place.</p>'
        '<button>Book a demo</button></div>',
        '<div class="section-wrap"><h3>How to book</h3>' + "<p>Tickets for the evening boats go on sale at the "
        "pier kiosk a week ahead, and season passes can be bought online. </p>" * 3
        + '<a href="/tickets">Get started</a></div>',
        "Tickets for the evening boats go on sale",
    ),
    (
        "disclosure",
        '<div class="affiliate-disclosure"><p>We may earn a commission when you buy through links.</p></div>',
        '<div class="disclosed-figures"><p>The disclosed figures show a 12% rise in passengers.</p></div>',
        "The disclosed figures show a 12% rise",
    ),
    (
        "jump_link",
        '<p><a href="#the-list">Jump to the list \u2935</a></p>',
        '<p><a href="/timetables">Jump to the new timetables</a></p>',
        "Jump to the new timetables",
    ),
    (
        "paywall_prompt",
        '<div class="paywall"><p>This story is for subscribers.</p><a href="/login">Log in</a></div>',
        '<div class="wall-mural"><p>A mural of the old paddle steamer covers the terminal wall.</p></div>',
        "A mural of the old paddle steamer",
    ),
    (
        "popup",
        '<div class="modal"><p>Before you go: get ferry alerts.</p><button>Close</button></div>',
        '<div class="modality-note"><p>Modality matters: buses and boats share one ticket.</p></div>',
        "Modality matters",
    ),
    (
        "breadcrumbs",
        '<ol class="breadcrumbs"><li><a href="/">Home</a></li><li><a href="/news">News</a></li></ol>',
        '<div class="crumble-recipe"><p>The café on the pier serves apple crumble all day.</p></div>',
        "The café on the pier serves apple crumble",
    ),
    (
        "table_of_contents",
        '<div class="ez-toc-container"><p>Contents</p><ul><li><a href="#a">The vote</a></li>'
        '<li><a href="#b">The cost</a></li><li><a href="#c">The nurses</a></li></ul></div>',
        '<div class="toc-intro"><p>What changes, when it starts, and who pays for the new evening '
        "crossings on the harbour line.</p></div>",
        "What changes, when it starts",
    ),
    (
        "navigation",
        '<nav class="main-menu"><a href="/">News</a> <a href="/sport">Sport</a> <a href="/ferry">Ferry</a></nav>',
        '<div class="canvas-wrap"><p>The canvas sails of the old ferry hang in the museum.</p></div>',
        "The canvas sails of the old ferry",
    ),
    (
        "page_footer",
        '<footer class="site-footer"><a href="/about">About</a> <a href="/privacy">Privacy</a> © Harbour Times'
        "</footer>",
        '<div class="footnotes"><p>1. Figures from the operator\'s annual report.</p></div>',
        "Figures from the operator",
    ),
    (
        "sidebar",
        '<aside class="widget-area"><h3>Most read</h3><a href="/x">Storm warning</a> <a href="/y">Pier closed</a>'
        "</aside>",
        '<div class="sidebar-enabled--false has-sidebar"><p>Ticket prices stay the same until June.</p></div>',
        "Ticket prices stay the same until June.",
    ),
    (
        "site_header",
        '<header class="site-header"><a href="/">Harbour Times</a> <nav><a href="/news">News</a></nav></header>',
        '<header class="story-standfirst"><p>Three new evening crossings, paid for by parking charges, start '
        "in spring.</p></header>",
        "Three new evening crossings",
    ),
]


@pytest.mark.parametrize("rule, boilerplate, near_miss, near_miss_text", CASES,
                         ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)])
def test_rule_removes_boilerplate_and_keeps_near_miss(rule, boilerplate, near_miss, near_miss_text):
    html = article_html(after=boilerplate)
    assert [name for name, _ in planned(html)] == [rule]
    tree = parse_html(html)
    prune(tree)
    body = visible_text(tree.find(".//body"))
    assert all(paragraph in body for paragraph in STORY)
    assert all(near_miss_text not in text for _, text in planned(article_html(after=near_miss)))
    # and the near miss survives a real prune
    tree = parse_html(article_html(after=near_miss))
    prune(tree)
    assert near_miss_text in visible_text(tree.find(".//body"))


def test_every_rule_has_a_case_both_ways():
    assert {rule.name for rule in DOM_RULES} == {case[0] for case in CASES}


def test_rule_inside_the_article_goes_and_the_story_stays():
    html = article_html(inside='<div class="share-bar"><a href="#">Share</a> <a href="#">Tweet</a></div>')
    tree = parse_html(html)
    assert prune(tree) == (("share_bar", 1),)
    body = visible_text(tree.find(".//body"))
    assert all(paragraph in body for paragraph in STORY)
    assert "Tweet" not in body


# --- guards ----------------------------------------------------------------------------


def test_main_content_guard_keeps_an_article_with_an_ad_class():
    # a theme that puts "ad-container" on the <article> itself keeps its article
    html = article_html(article_attrs=' class="sc-ad-container article"', after=BANNER)
    names = [name for name, _ in planned(html)]
    assert names == ["consent_banner"]
    tree = parse_html(html)
    prune(tree)
    assert tree.find(".//article") is not None


def test_share_guard_keeps_a_wrapper_holding_most_of_the_text():
    # no <article>/<main> here: the "related" wrapper holds the story itself
    paragraphs = "".join(f"<p>{p}</p>" for p in STORY)
    html = (f"<html><head><title>{TITLE}</title></head><body><div class='related-content-wrapper'>"
            f"{paragraphs}</div><div class='related-posts'><a href='/a'>Pier repairs start</a></div></body></html>")
    assert planned(html) == [("related_links", "Pier repairs start")]


def test_headline_guard_keeps_a_block_with_the_h1():
    html = (f"<html><head><title>{TITLE}</title></head><body><div class='promo-hero'><h1>{TITLE}</h1>"
            f"<p>{STORY[0]}</p></div>{''.join(f'<p>{p}</p>' for p in STORY[1:])}</body></html>")
    assert planned(html) == []


def test_headings_and_paragraphs_are_never_removed_alone():
    html = article_html(inside='<h2 id="h-how-to-share-the-social-load">How to share the load</h2>'
                               '<p class="ad">A paragraph a theme styled as an ad.</p>')
    assert planned(html) == []


def test_a_disclosure_paragraph_goes_alone_and_a_jump_link_leaves_its_sentence():
    # themes glue a named disclosure <p> under each product, and a jump link
    # into the story's first paragraph: both go, the paragraphs' words stay
    html = article_html(inside=(
        '<ul><li><p>A guide to the quay, in paperback.</p><p class="small affiliate-disclaimer-small"><em>As '
        "an Amazon Associate we earn from qualifying purchases.</em></p></li></ul>"
        '<p><a href="#timetable">JUMP TO THE TIMETABLE</a> The new boats run from April.</p>'
    ))
    assert planned(html) == [("disclosure", "As an Amazon Associate we earn from qualifying purchases."),
                             ("jump_link", "JUMP TO THE TIMETABLE")]
    tree = parse_html(html)
    prune(tree)
    body = visible_text(tree.find(".//body"))
    assert "A guide to the quay, in paperback." in body and "The new boats run from April." in body
    assert "Amazon" not in body and "JUMP" not in body
    # a paragraph whose class says nothing of disclosure stays, as before
    assert planned(article_html(inside='<p class="small note">As the council noted, fares stay.</p>')) == []


def test_widget_heading_goes_with_the_widget_but_a_byline_does_not():
    follow = ('<div class="follow-box"><h3>Stay connected with the harbour</h3>'
              '<div class="social-icons"><a href="#">Facebook</a> <a href="#">Instagram</a></div></div>')
    [(name, text)] = planned(article_html(after=follow))
    assert name == "share_bar" and text.startswith("Stay connected with the harbour")
    byline = ('<div class="meta"><span class="byline">By Ana Ruiz</span>'
              '<div class="social-icons"><a href="#">Facebook</a> <a href="#">X</a></div></div>')
    assert planned(article_html(before=byline)) == [("share_bar", "Facebook X")]


def test_prune_counts_by_rule_and_keeps_tail_text():
    tree = parse_html("<html><body><div><p>" + " ".join(STORY) + "</p>"
                      '<div class="ad-slot"></div>tail words stay<div class="ad-slot"></div></div></body></html>')
    assert prune(tree) == (("ad_slot", 2),)
    assert "tail words stay" in visible_text(tree.find(".//body"))


# --- page problems ------------------------------------------------------------------------

CONSENT_WALL = (
    "<html><head><title>Harbour Times</title></head><body>"
    '<div id="qc-cmp2-container"><div class="qc-cmp2-summary"><h2>We value your privacy</h2>'
    "<p>We and our partners store and/or access information on a device, such as cookies, and process "
    "personal data, such as unique identifiers and standard information sent by a device for personalised "
    "advertising and content, ad and content measurement, and audience insights.</p>"
    "<button>Accept</button><button>More options</button></div></div>"
    "<p>Loading</p></body></html>"
)

CLOUDFLARE = (
    "<html><head><title>Just a moment...</title></head><body>"
    '<div id="challenge-running">Checking if the site connection is secure</div>'
    '<script src="/cdn-cgi/challenge-platform/h/g/orchestrate/chl_page/v1"></script>'
    "</body></html>"
)

AWS_WAF = (
    "<html><head><title>Human Verification</title>"
    '<script src="https://abc.token.awswaf.com/abc/challenge.js"></script></head>'
    "<body><div id='captcha-container'></div></body></html>"
)


def ld(data: dict) -> str:
    return f'<script type="application/ld+json">{json.dumps(data)}</script>'


def test_consent_wall_both_ways():
    assert page_problem(parse_html(CONSENT_WALL), "") == "consent_wall"
    assert page_problem(parse_html(CONSENT_WALL), "We value your privacy\nWe and our partners store and/or "
                        "access information on a device, such as cookies, for personalised advertising.") \
        == "consent_wall"
    # a real article about cookie law, with a banner beside it
    about = ["Regulators fined the ferry operator for setting advertising cookies before visitors gave "
             "consent, the first such penalty in the region.", *STORY]
    html = article_html(story=about, after=BANNER)
    assert page_problem(parse_html(html), "\n".join(about)) is None
    # a short phone brief full of privacy words is not a consent dialog
    brief = ["The new phone keeps face data on the device and adds privacy settings for advertising "
             "identifiers, which users can reject in one tap.", "It goes on sale on Friday."]
    html = article_html(story=brief, title="New phone adds privacy settings")
    assert page_problem(parse_html(html), "\n".join(brief)) is None


def test_bot_challenge_both_ways():
    assert page_problem(parse_html(CLOUDFLARE), "") == "bot_challenge"
    assert page_problem(parse_html(AWS_WAF), "") == "bot_challenge"
    denied = "<html><head><title>Access Denied</title></head><body><h1>Access Denied</h1>" \
             "<p>You don't have permission to access this page.</p></body></html>"
    assert page_problem(parse_html(denied), "You don't have permission to access this page.") == "bot_challenge"
    # an article about Cloudflare challenges is an article
    story = ["Cloudflare said its 'Just a moment...' challenge page now checks browsers without a captcha, "
             "and that fewer readers would be asked to verify they are human.", *STORY]
    html = article_html(story=story, title="Cloudflare changes its browser checks")
    assert page_problem(parse_html(html), "\n".join(story)) is None


def test_paywall_both_ways():
    head = ld({"@context": "https://schema.org", "@type": "NewsArticle", "isAccessibleForFree": "False",
               "hasPart": {"@type": "WebPageElement", "isAccessibleForFree": False, "cssSelector": ".paid"}})
    teaser = STORY[0]
    html = article_html(head=head, story=[teaser])
    assert page_problem(parse_html(html), teaser) == "paywall"
    # the full story came through (a subscriber's fetch, or a soft paywall)
    full = article_html(head=head, story=STORY + MORE)
    assert page_problem(parse_html(full), "\n".join(STORY + MORE)) is None
    # a short free brief is not a paywall
    free = article_html(head=ld({"@type": "NewsArticle", "isAccessibleForFree": True}), story=[teaser])
    assert page_problem(parse_html(free), teaser) is None


def test_error_page_both_ways():
    html = ("<html><head><title>Page not found | Harbour Times</title></head><body><h1>404</h1>"
            "<p>Sorry, we couldn't find that page.</p><a href='/'>Home</a></body></html>")
    assert page_problem(parse_html(html), "Sorry, we couldn't find that page.") == "error_page"
    soft = ("<html><head><title>Harbour Times</title></head><body><h1>Oops! That page can't be found.</h1>"
            "<p>Try searching.</p></body></html>")
    assert page_problem(parse_html(soft), "Try searching.") == "error_page"
    # a headline with 404 in it, on a short brief, is news
    brief = ["Route 404 was closed for three hours after a lorry shed its load near the ferry terminal."]
    html = article_html(story=brief, title="Route 404 closed after crash near the terminal")
    assert page_problem(parse_html(html), brief[0]) is None
    # and a long article about broken links is news too
    story = ["A 404 error, the page not found message, greeted thousands of passengers who tried to book.", *STORY]
    html = article_html(story=story, title="Ferry site shows 404 Not Found for a day")
    assert page_problem(parse_html(html), "\n".join(story)) is None


def test_clean_article_has_no_problem():
    assert page_problem(parse_html(article_html()), "\n".join(STORY)) is None
    assert page_problem(None, "") is None


# --- extract() ------------------------------------------------------------------------------

OPTIONS = make_options()
URL = "https://harbour.example/news/ferry-timetable"


def test_extract_text_is_unchanged_on_a_clean_article_page():
    html = article_html()
    extracted = extract(html, URL, OPTIONS)
    direct = bare_extraction(parse_html(html), url=URL, options=OPTIONS)
    assert extracted.text == direct.text
    assert extracted.dom_removed == ()
    assert extracted.problem is None
    assert extracted.title == TITLE


def test_extract_prunes_boilerplate_and_reports_it():
    html = article_html(
        before='<header class="site-header"><nav><a href="/">News</a> <a href="/sport">Sport</a></nav></header>',
        inside='<div class="newsletter-signup"><h3>Get ferry news first</h3><form><input type="email">'
               "<button>Subscribe</button></form></div>",
        after=BANNER + '<div class="related-posts"><a href="/a">Pier repairs start next week</a></div>',
    )
    extracted = extract(html, URL, OPTIONS)
    assert isinstance(extracted, Extracted)
    assert dict(extracted.dom_removed) == {"consent_banner": 1, "newsletter_box": 1, "related_links": 1,
                                           "site_header": 1}
    assert all(paragraph in extracted.text for paragraph in STORY)
    for gone in ("Get ferry news first", "Pier repairs start", "partners store"):
        assert gone not in extracted.text


def test_extract_falls_back_to_the_whole_page_when_pruning_loses_the_story(monkeypatch):
    # a pruning gone wrong (here: one that takes the story away) leaves a text
    # far below a fifth of the page; extraction runs again on the whole page,
    # as trafilatura's own escalation would have, and reports no removals
    import cleaners.extract as extract_module

    def overeager(tree):
        article = tree.find(".//article")
        article.getparent().remove(article)
        return (("overeager", 1),)

    monkeypatch.setattr(extract_module, "prune", overeager)
    menu = "".join(f"<li><a href='/s{i}'>Section {i}</a></li>" for i in range(8))
    html = article_html(before=f"<div class='top'><ul>{menu}</ul><p>Harbour Times, since 1887.</p></div>")
    extracted = extract(html, URL, OPTIONS)
    assert extracted is not None
    assert all(paragraph in extracted.text for paragraph in STORY)
    assert extracted.dom_removed == ()
