"""The Cleaner: ordering, auditing, guards, and the content hash."""

import re

import pytest

from cleaners import Cleaner, DEFAULT_RULES, Line, RegexRule, content_hash, paragraphs
from cleaners.rules import RULES_BY_NAME, select
from cleaners.rules.headline import HEADLINE_REPEAT

STORY = [
    "The harbour ferry will run two extra crossings every morning from November.",
    "Councillors approved the timetable by seven votes to two after a long debate.",
]


def test_first_matching_rule_claims_the_line():
    first = RegexRule("first", re.compile("^promo"))
    second = RegexRule("second", re.compile("promo"))
    cleaned = Cleaner((first, second)).clean("promo line\nreal text\nanother promo")
    assert [(r.rule, r.text) for r in cleaned.removed] == [
        ("first", "promo line"),
        ("second", "another promo"),
    ]
    assert cleaned.text == "real text"


def test_every_removed_line_is_recorded_and_the_rest_kept_in_order():
    text = "\n".join([*STORY, "For the latest news and updates, follow us on Google News"])
    cleaned = Cleaner(DEFAULT_RULES).clean(text)
    assert cleaned.text == "\n".join(STORY)
    assert [r.as_dict() for r in cleaned.removed] == [
        {"rule": "promo_social", "text": "For the latest news and updates, follow us on Google News"}
    ]


def test_paragraphs_fold_whitespace_and_drop_control_characters():
    assert paragraphs("  a\u0000b \t c \n\n\r\n  d  ") == ["ab c", "d"]
    assert paragraphs("") == []


def test_guards_length_tail_and_source():
    rule = RegexRule("r", re.compile("x"), max_chars=5, tail=1, needs_source=True)
    assert rule.matches(Line("x", 1, 2, source_url="http://o"))
    assert not rule.matches(Line("x" * 6, 1, 2, source_url="http://o"))  # too long
    assert not rule.matches(Line("x", 0, 2, source_url="http://o"))  # not in the tail
    assert not rule.matches(Line("x", 1, 2))  # no known source


def test_duplicate_rule_names_are_refused():
    rule = RegexRule("same", re.compile("a"))
    with pytest.raises(ValueError, match="unique"):
        Cleaner((rule, rule))


def test_select_rules_by_name_and_refuse_unknown():
    assert [r.name for r in select(["cookie_banner"])] == ["cookie_banner"]
    assert select(None) == DEFAULT_RULES
    with pytest.raises(ValueError, match="unknown cleaning rule"):
        select(["cookie_banner", "no_such_rule"])
    assert set(RULES_BY_NAME) == {r.name for r in DEFAULT_RULES}


def test_headline_repeated_as_first_line_is_removed_once():
    title = "Council approves new ferry timetable"
    text = "\n".join([title, *STORY, title])
    cleaned = Cleaner((HEADLINE_REPEAT,)).clean(text, title="Council approves new ferry timetable!")
    assert [r.as_dict() for r in cleaned.removed] == [{"rule": "headline_repeat", "text": title}]
    assert cleaned.text.splitlines() == [*STORY, title]  # the closing echo is the writer's


@pytest.mark.parametrize("title", [
    "Council approves new ferry timetable | Harbour Times",
    "Harbour Times - Council approves new ferry timetable",
    "Council approves new ferry timetable – Harbour Times News",
    "News | Council approves new ferry timetable | Harbour Times",
])
def test_headline_repeat_drops_the_site_name_from_the_title(title):
    text = "\n".join(["Council approves new ferry timetable", *STORY])
    cleaned = Cleaner((HEADLINE_REPEAT,)).clean(text, title=title)
    assert cleaned.text.splitlines() == STORY


@pytest.mark.parametrize("first, title", [
    ("Harbour Times", "Council approves new ferry timetable | Harbour Times"),  # the site name alone
    ("News", "News | Council approves new ferry timetable"),  # a section label
    ("Council approves", "Council approves - new ferry timetable"),  # too short a part
    ("Council approves new ferry timetable after long row", "Council approves new ferry timetable | Harbour Times"),
])
def test_headline_repeat_keeps_first_lines_that_are_not_the_headline(first, title):
    text = "\n".join([first, *STORY])
    assert Cleaner((HEADLINE_REPEAT,)).clean(text, title=title).removed == ()


def test_content_hash_ignores_case_spacing_and_punctuation_only():
    assert content_hash("Hello, World!\nSecond  line") == content_hash("hello world second line")
    assert content_hash("Hello world") != content_hash("Hello word")
    assert content_hash("") == "da39a3ee5e6b4b0d3255bfef95601890afd80709"
