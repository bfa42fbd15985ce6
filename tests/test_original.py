"""Cleaning a copy against its original (cleaners/original.py): what it removes, what it must keep."""

import pytest

from cleaners import Cleaner, DEFAULT_RULES
from cleaners.base import Removal
from cleaners.original import NOT_IN_ORIGINAL, AgainstOriginal, Original

CLEANER = Cleaner(DEFAULT_RULES)

# Our own stories, one per trap topic: each talks about what aggregators add.
COOKIE_LAW = (
    "The data protection authority fined three publishers on Monday for cookie banners that made "
    "refusing tracking harder than accepting it.",
    "Under the ruling, a site that asks visitors to accept cookies must offer a reject button of the "
    "same size and colour on the first screen, the authority said.",
    "One publisher had shown the line \"We use cookies to improve your experience\" with no way to "
    "refuse except a settings page four clicks deep, investigators found.",
    "The publishers have a month to appeal.",
)
TELEGRAM = (
    "Telegram channels run by regional councils now reach more residents than their websites, a "
    "survey published on Thursday found.",
    "The survey counted 41 councils that post road closures and school news on Telegram first, "
    "often asking readers to join the channel for instant updates.",
    "Officials said the channels were cheaper to run than newsletters.",
)
AGGREGATORS = (
    "More than forty stories by the Valley Gazette appeared in full on aggregator sites last month, "
    "most of them within an hour of going online.",
    "Copied pages often end with prompts such as follow us on Google News, which exist to harvest "
    "clicks rather than send readers back to the original reporting, said a researcher.",
    "The Gazette's editor said the paper would file complaints with the search companies.",
)
# The aggregator's own lines, worded as no phrase rule knows them.
ADDED = (
    "Never miss a beat: the Hubbly app brings you every headline first.",
    "Hubbly republishes stories from around the web; rights stay with their owners.",
    "Tap the star to save this story for later reading on any device",
)


def clean_copy(copy_lines, original_lines, original_removed=()):
    original = Original(tuple(original_lines), tuple(original_removed))
    return CLEANER.clean("\n".join(copy_lines), against=AgainstOriginal(original))


@pytest.mark.parametrize("story", [COOKIE_LAW, TELEGRAM, AGGREGATORS], ids=["cookie-law", "telegram", "aggregators"])
def test_every_added_line_goes_and_every_story_line_stays(story):
    cleaned = clean_copy([ADDED[0], *story, *ADDED[1:]], story)
    assert cleaned.text == "\n".join(story)
    assert cleaned.removed == tuple(Removal(NOT_IN_ORIGINAL, line) for line in ADDED)
    assert cleaned.against_original


def test_a_line_the_originals_cleaning_removed_goes_by_the_same_rule():
    banner = "Our site stores small files on your device; manage them in Preferences."
    cleaned = clean_copy([*TELEGRAM, banner], TELEGRAM, [Removal("cookie_banner", banner)])
    assert cleaned.removed == (Removal("cookie_banner", banner),)


def test_rewrapped_cut_and_lightly_edited_paragraphs_are_story():
    first, second, third = TELEGRAM
    rewrapped = [first + " " + second, third]  # two paragraphs as one
    assert clean_copy(rewrapped, TELEGRAM).text == "\n".join(rewrapped)
    cut = [first.split(",")[0] + ","]  # the first clause only
    assert clean_copy([*cut, third], TELEGRAM).text == "\n".join([*cut, third])
    edited = second.replace("41 councils", "forty-one councils").replace("first", "before anywhere else")
    assert clean_copy([first, edited, third], TELEGRAM).text == "\n".join([first, edited, third])


def test_a_promo_quoted_inside_the_story_does_not_save_the_promo():
    promo = "For the latest news and updates, follow us on Google News"
    cleaned = clean_copy([*AGGREGATORS, promo], AGGREGATORS)
    assert cleaned.text == "\n".join(AGGREGATORS)
    assert cleaned.removed == (Removal(NOT_IN_ORIGINAL, promo),)


def test_long_prose_the_original_lacks_stays_between_story_lines():
    missed = ("The council's spokesperson added that the survey had been carried out by an independent "
              "polling firm over six weeks in the spring, with more than two thousand residents answering "
              "questions by telephone and online about where they first hear local news.")
    copy = [TELEGRAM[0], missed, *TELEGRAM[1:], ADDED[0]]
    cleaned = clean_copy(copy, TELEGRAM)
    assert cleaned.text == "\n".join([TELEGRAM[0], missed, *TELEGRAM[1:]])
    assert cleaned.kept_unmatched == 1
    assert cleaned.removed == (Removal(NOT_IN_ORIGINAL, ADDED[0]),)
    # the same paragraph after the story's last line is the copier's, however long
    tail = clean_copy([*TELEGRAM, missed], TELEGRAM)
    assert tail.removed == (Removal(NOT_IN_ORIGINAL, missed),)


def test_a_spun_paragraph_stays_unless_a_phrase_rule_claims_it():
    spun = ("Telegram channels operated by local councils currently reach more residents than their "
            "websites, a poll released on Thursday discovered.")
    banner = "We use cookies to improve your experience. By continuing to browse you accept our cookie policy."
    cleaned = clean_copy([spun, *TELEGRAM[1:], banner], TELEGRAM)
    assert cleaned.text == "\n".join([spun, *TELEGRAM[1:]])
    assert [r.rule for r in cleaned.removed] == [NOT_IN_ORIGINAL]


def test_an_original_with_far_less_text_is_no_evidence():
    teaser = (TELEGRAM[0],)
    copy = [*TELEGRAM, *AGGREGATORS]
    cleaned = clean_copy(copy, teaser)
    assert not cleaned.against_original
    assert cleaned.text == "\n".join(copy)  # cleaned by the rules alone, which find nothing here
    assert not CLEANER.clean("\n".join(copy), against=AgainstOriginal(None)).against_original
