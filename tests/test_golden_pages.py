"""Golden pages (tests/pages/): saved HTML -> extraction, cleaning, the crawler's verdict -> exactly the expected file."""

from __future__ import annotations

import json

import pytest

from tests.pages.golden import expected_path, generated, hand_checks, names, result_of


def expected_of(name: str) -> dict:
    return json.loads(expected_path(name).read_text(encoding="utf-8"))


def cases() -> list:
    """One case a page; a page today's code gets wrong (known_miss) is a strict xfail."""
    params = []
    for name in names():
        miss = expected_of(name).get("known_miss")
        marks = [pytest.mark.xfail(strict=True, reason=miss)] if miss else []
        params.append(pytest.param(name, marks=marks, id=name))
    return params


@pytest.mark.parametrize("name", cases())
def test_golden_page(name):
    expected = expected_of(name)
    result = result_of(name)
    assert result == generated(expected)
    assert hand_checks(expected, result) == []


def test_every_page_has_its_inputs_and_expected_file():
    from tests.pages.golden import PAGES

    assert sorted(p.name[: -len(".html")] for p in PAGES.glob("*.html")) == names()
    assert sorted(p.name[: -len(".expected.json")] for p in PAGES.glob("*.expected.json")) == names()


def test_the_golden_set_covers_what_issue_10_asks_for():
    pages = {name: expected_of(name) for name in names()}
    records = {name for name, page in pages.items() if page["record"]}
    assert {name for name in pages if name.startswith("about_")} <= records
    assert {pages[name]["reason"] for name in set(pages) - records} == {"NotArticle", "ConsentWall",
                                                                          "PaywallTeaser"}
    # A page about cookies, Telegram, aggregators or newsletters loses nothing but its repeated headline.
    for name in (n for n in pages if n.startswith("about_")):
        assert [r["rule"] for r in pages[name]["removed"]] == ["headline_repeat"], name
    rules = {r["rule"] for page in pages.values() if page["record"] for r in page["removed"]}
    assert {"cookie_banner", "promo_channel", "promo_social", "aggregator_disclaimer", "source_link"} <= rules
