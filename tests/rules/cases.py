"""What the rule tests share: the Case record, its builders, the check every case runs, and the adversarial lines.

Every case runs through the default cleaner, so a line is checked against
*all* rules in their real order: a remove case must be claimed by the named
rule, a keep case by none. Boilerplate sits where it does on real pages (the
last few lines); keep lines sit near the end of a *copied* story (source_url
known), the position where the rules have the most power, unless a case says
otherwise.
"""

from __future__ import annotations

import time
from dataclasses import dataclass

from cleaners import Cleaner, DEFAULT_RULES, Line

SRC = "https://example.org/original-story"
COUNT = 24  # lines in a typical story
CLEANER = Cleaner(DEFAULT_RULES)
LANGUAGES = ("en", "de", "fr", "es", "it", "pt", "nl", "ru", "hi")


@dataclass(frozen=True)
class Case:
    text: str
    expected: str | None  # the rule that must claim the line; None: must be kept
    family: str  # the rule this case exercises (for a keep: the one it must not trigger)
    lang: str
    index: int
    source_url: str | None
    lines: tuple[str, ...] = ()  # the whole document, for rules that read neighbours

    @property
    def id(self) -> str:
        verdict = self.expected or "keep"
        return f"{self.family}-{self.lang}-{verdict}-{self.text[:40]}"


def rm(rule: str, lang: str, *texts: str, from_end: int = 0, source: str | None = SRC) -> list[Case]:
    """Lines the rule must remove, at the end of a copied story."""
    return [Case(t, rule, rule, lang, COUNT - 1 - from_end, source) for t in texts]


def keep(rule: str, lang: str, *texts: str, index: int = COUNT - 2, source: str | None = SRC) -> list[Case]:
    """Article lines no rule may remove (the named rule is the tempting one)."""
    return [Case(t, None, rule, lang, index, source) for t in texts]


def in_document(rule: str | None, family: str, lang: str, lines: tuple[str, ...], *indices: int) -> list[Case]:
    """Lines of a whole document the rule must remove (rule set) or no rule
    may remove (rule None), judged with their neighbours."""
    return [Case(lines[i], rule, family, lang, i, SRC, lines) for i in indices]


def check_line(case: Case) -> None:
    """The default cleaner credits the case's line to the expected rule (None: to no rule)."""
    count = len(case.lines) if case.lines else COUNT
    line = Line(text=case.text, index=case.index, count=count, source_url=case.source_url, lines=case.lines)
    rule = CLEANER.rule_for(line)
    assert (rule.name if rule else None) == case.expected


# --- no catastrophic backtracking --------------------------------------------------

ADVERSARIAL = [
    "we use cookies " + "a " * 3000,
    "this website uses cookies " + "," * 5000 + "x",
    "accept " * 2000 + "!",
    "accept cookies " + "!" * 5000 + "x",
    "for the latest news " + "news " * 2000,
    "join our telegram channel " + " " * 5000 + "x",
    "denial of responsibility: " + "automatic " * 1000,
    "NewsHub24 is an automatic aggregator " + "x" * 5000,
    "हमें " + "गूगल " * 1500 + "फॉलो",
    "हमारे " + "टेलीग्राम " * 1000,
    "подписывайтесь на наш " + "канал " * 1500,
    "(this story has not been edited by " + "staff " * 1500,
    "for the latest news, " * 500,
    "Follow us on " * 800,
    "Source: " + ":" * 5000,
    "disclosure: " + "we may " * 1500 + "x",
    "if you liked this article " + "please consider " * 800,
    "last updated " + "- " * 3000 + "x",
    "if your company is interested in reaching " + "sponsor " * 1000,
    "related: " + ":" * 5000 + "x",
    "advertisement " * 2000,
    "we help you. " + "sign up for our " * 800,
    "our nonprofit newsroom " + "donations " * 2000,
    "Written by " + "Jane " * 2000 + "x",
    "written by jane on " * 800,
    "Back to " * 2000,
    "Stop now. " + "talk to our " * 1000,
    "Love it " * 1500 + "?",
    "by entering " + "you agree " * 1000 + "x",
    "did you make this recipe? " + "leave " * 1000,
    "email: " + "a." * 3000 + "!",
    "phone: " + "1 " * 3000 + "x",
]


# The bound is relative to a baseline timed in the same test, not a number of
# seconds, so that a loaded machine slows both alike: the lines through
# str.lower() BASELINE_ROUNDS times (linear work on the same text). Today's
# slowest rule (link_list) takes about as long as the baseline; catastrophic
# backtracking takes dozens of times as long on a line a tenth this size, and
# grows with it.
BASELINE_ROUNDS = 100
SLOWER_THAN_BASELINE_AT_MOST = 12


def _best_of(repeats: int, work) -> float:
    """The shortest of a few timings: what the work costs when nothing else runs."""
    spent = []
    for _ in range(repeats):
        started = time.perf_counter()
        work()
        spent.append(time.perf_counter() - started)
    return min(spent)


def assert_fast_on_adversarial_lines(rule) -> None:
    """The rule gets through every adversarial line within a bound relative to a linear baseline."""
    if hasattr(rule, "pattern"):
        check = rule.pattern.search  # the raw pattern: no length guard to hide behind
    else:  # a rule with its own code: the last of 50 such lines (where every rule may act)
        def check(text: str) -> None:
            rule.matches(Line(text, 49, 50, lines=(text,) * 50))

    def rule_on_every_line():
        for text in ADVERSARIAL:
            check(text)

    def baseline():
        for _ in range(BASELINE_ROUNDS):
            for text in ADVERSARIAL:
                text.lower()

    spent, allowed = _best_of(3, rule_on_every_line), SLOWER_THAN_BASELINE_AT_MOST * _best_of(3, baseline)
    assert spent < allowed, f"{rule.name}: {spent:.3f}s on the adversarial lines, over {allowed:.3f}s"
