"""Degenerate text (cleaners/repetition.py): repetition that is most of the text goes, real repetition stays."""

import pytest

from cleaners.repetition import degenerate

STORY = [
    "The choir of St Mary's school won the regional festival on Saturday with a song written by its pupils.",
    "Judges praised the arrangement and the way the youngest singers carried the second verse alone.",
    "The school will now represent the county at the national final in Cardiff next spring.",
    "Parents raised the money for the coach trip with a bake sale and a sponsored walk along the canal.",
]
CHORUS = "Sing out, harbour town, sing out, the tide is turning round"


@pytest.mark.parametrize("text, why", [
    (" ".join(["buy"] * 200_000), "repeated_5grams"),
    (" ".join(f"buy now {n}" for n in range(3000)), "top_2gram"),
    ("\n".join(["Cheap flights to anywhere, book now and save big on every trip"] * 300), "repeated_lines"),
    (" ".join(["click here to win a free phone today"] * 500), "repeated_5grams"),
    ("\n".join(STORY + [CHORUS] * 400), "repeated_lines"),
])
def test_text_that_is_mostly_repetition_is_degenerate(text, why):
    assert degenerate(text) == why


@pytest.mark.parametrize("text", [
    "\n".join(STORY),
    # a song's chorus printed four times inside a story about it
    "\n".join([STORY[0], CHORUS, STORY[1], CHORUS, STORY[2], CHORUS, STORY[3], CHORUS]),
    # a table of results whose cells repeat
    "\n".join(STORY + [f"| Round {n} | Yes | No | Yes | {n * 3} points |" for n in range(12)]),
    # a list of fixtures: the same teams, different dates and scores
    "\n".join(STORY + [f"Harbour Town {n % 4} - {(n + 1) % 3} Fenby Rovers, {n + 1} March" for n in range(15)]),
    "too short to judge " * 5,
])
def test_real_articles_that_repeat_are_kept(text):
    assert degenerate(text) is None


def test_paragraphs_that_share_a_long_opening_are_kept():
    # a court report's counts, each paragraph opening the same way
    paragraphs = [f"Count {n} of the indictment says the company billed the council for work on the harbour wall "
                  f"that was never done, in the spring of {2010 + n}." for n in range(5)]
    assert degenerate("\n".join(paragraphs)) is None


def test_an_article_extracted_twice_is_kept():
    # a page holding a print copy of itself: trafilatura may give the story twice
    assert degenerate("\n".join(STORY * 2)) is None
    assert degenerate("\n".join(STORY * 3 + [CHORUS] * 3)) is None
