"""Runs a golden page through extraction, cleaning and the crawler's verdict, as the crawl does."""

from __future__ import annotations

import json
from pathlib import Path
from urllib.parse import urlsplit

from cleaners import DEFAULT_RULES, Cleaner
from cleaners.extract import extract, make_options
from crawler import settings as project
from crawler.drops import PAGE_PROBLEMS

PAGES = Path(__file__).resolve().parent
INPUTS = {name: value for name, value in json.loads((PAGES / "pages.json").read_text(encoding="utf-8")).items()
          if not name.startswith("_")}
# Written by hand and kept by regenerate.py: what a page's text must (not) hold, whatever the rest says,
# and known_miss: why today's code gets the page wrong (its expected result is then the truth,
# written by hand, and the test is a strict xfail until the code is fixed).
HAND_WRITTEN = ("must_contain", "must_not_contain", "known_miss")
CLEANER = Cleaner(DEFAULT_RULES)
OPTIONS = make_options()


def names() -> list[str]:
    return sorted(INPUTS)


def expected_path(name: str) -> Path:
    return PAGES / f"{name}.expected.json"


def result_of(name: str) -> dict:
    """What the crawl makes of the page: a record's title, text lines and removals, or
    record False and the drop's name (the checks of crawler/pipelines.py, in its order)."""
    inputs = INPUTS[name]
    html = (PAGES / f"{name}.html").read_text(encoding="utf-8")
    extracted = extract(html, inputs["url"], OPTIONS)
    if extracted is None:
        return {"record": False, "reason": "ExtractionEmpty"}
    if extracted.problem:
        return {"record": False, "reason": PAGE_PROBLEMS[extracted.problem].__name__}
    if extracted.not_article(project.EXTRACT_MIN_CHARS):
        return {"record": False, "reason": "NotArticle"}
    cleaned = CLEANER.clean(extracted.text, source_url=inputs["source_url"], title=extracted.title,
                            site=urlsplit(inputs["url"]).netloc)
    if len(cleaned.text) < project.CLEANING_MIN_CHARS:
        return {"record": False, "reason": "TooShort"}
    return {
        "record": True,
        "title": extracted.title,
        "paywalled": extracted.paywalled,
        "text": cleaned.text.splitlines(),
        "removed": [removal.as_dict() for removal in cleaned.removed],
    }


def generated(expected: dict) -> dict:
    """The part of an expected file that regenerate.py writes (the hand-written keys left out)."""
    return {key: value for key, value in expected.items() if key not in HAND_WRITTEN}


def hand_checks(expected: dict, result: dict) -> list[str]:
    """The must_contain / must_not_contain lines the result's text breaks."""
    text = "\n".join(result.get("text", ()))
    return ([f"missing: {s!r}" for s in expected.get("must_contain", ()) if s not in text]
            + [f"present: {s!r}" for s in expected.get("must_not_contain", ()) if s in text])
