"""The rule cases as a whole (every rule and language tested both ways), and the seed pages through every rule."""

from __future__ import annotations

import os
from collections import Counter
from pathlib import Path

import pytest

from cleaners.rules import chrome, cookies, disclaimers, promo
from tests.rules import test_chrome, test_cookies, test_disclaimers, test_promo
from tests.rules.cases import CLEANER, LANGUAGES

OWN_RULES = {rule.name for rule in cookies.RULES + disclaimers.RULES + promo.RULES + chrome.RULES}
CASES = [*test_cookies.CASES, *test_disclaimers.CASES, *test_promo.CASES, *test_chrome.CASES]


def test_every_rule_has_at_least_five_cases_each_way():
    removes = Counter(c.family for c in CASES if c.expected)
    keeps = Counter(c.family for c in CASES if c.expected is None)
    for name in OWN_RULES:
        assert removes[name] >= 5, (name, removes[name])
        assert keeps[name] >= 5, (name, keeps[name])


def test_every_language_has_at_least_two_cases_each_way():
    removes = Counter(c.lang for c in CASES if c.expected)
    keeps = Counter(c.lang for c in CASES if c.expected is None)
    for lang in LANGUAGES:
        assert removes[lang] >= 2, (lang, removes[lang])
        assert keeps[lang] >= 2, (lang, keeps[lang])


def test_cases_name_known_rules():
    assert {c.family for c in CASES} <= OWN_RULES


# --- the seed pages ------------------------------------------------------------------

# The shared seed pages sit beside the repository (../shared/seeds). In CI
# (CI=true) their absence fails the tests; elsewhere they skip, saying where they looked.
SEEDS = Path(__file__).resolve().parents[2].parent / "shared" / "seeds"


@pytest.fixture
def seeds() -> Path:
    if not SEEDS.is_dir():
        if os.environ.get("CI", "").strip().lower() == "true":
            pytest.fail(f"seed pages missing: {SEEDS} (CI=true: they must be there)")
        pytest.skip(f"seed pages not found at {SEEDS}")
    return SEEDS


def test_seed_reworded_story_loses_only_its_cookie_banner(seeds):
    text = (seeds / "000_19def43f4c6b56f2.txt").read_text(encoding="utf-8")
    cleaned = CLEANER.clean(text)
    assert [r.rule for r in cleaned.removed] == ["cookie_banner"]
    assert cleaned.removed[0].text.startswith("This website uses cookies")
    assert cleaned.text.splitlines()[-1].startswith("Moscow welcomed a US decision")


def test_seed_aggregator_copy_loses_its_promos_link_and_disclaimer(seeds):
    text = (seeds / "001_caa1050ecd719d9f.txt").read_text(encoding="utf-8")
    cleaned = CLEANER.clean(text, source_url="https://example.org/a")
    assert [r.rule for r in cleaned.removed] == [
        "promo_social",
        "promo_channel",
        "promo_more_news",
        "promo_social",
        "source_link",
        "aggregator_disclaimer",
    ]
    assert cleaned.text.splitlines()[-1].startswith("The Geneva meeting will be part of")
