"""The rule protocol and the cleaner that applies rules to article text.

Text comes in as paragraphs, one per line (as trafilatura writes it). Each
rule looks at one line with its position in the document and says whether
it is boilerplate. The first rule that says yes claims the line, so every
removal belongs to exactly one rule and can be audited.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass, field
from typing import Protocol, runtime_checkable


@dataclass(frozen=True)
class Line:
    """One paragraph of an article, with what a rule may need to judge it."""

    text: str
    index: int  # 0-based position among the document's lines
    count: int  # number of lines in the document
    source_url: str | None = None  # for copies: the original's URL, once known
    title: str | None = None  # the record's title, from the page's metadata
    site: str | None = None  # host of the page, for what is learned per site
    # the document's lines, for rules that judge a line by its neighbours
    # (a run of menu labels); () when a line is judged alone
    lines: tuple[str, ...] = ()

    @property
    def from_end(self) -> int:
        """0 for the last line, 1 for the one before it, ..."""
        return self.count - 1 - self.index


@runtime_checkable
class Rule(Protocol):
    """A named test for one kind of boilerplate line."""

    name: str

    def matches(self, line: Line) -> bool: ...


@dataclass(frozen=True)
class RegexRule:
    """A line is boilerplate when the pattern matches it and the guards hold.

    Guards keep real paragraphs safe: ``max_chars`` (banners are short, a
    paragraph that merely mentions cookies is usually long), ``tail`` (only
    the last N lines, where aggregators stack their promos), ``edge`` (only
    the first or last N lines, where page chrome such as bylines and
    navigation labels sits), ``needs_source`` (only on a copy whose
    original is known), and ``veto``: a line it matches from its start is
    kept whatever the pattern says (reported speech: a reporter quoting a
    banner, see cleaners.rules.vocab.REPORTED_SPEECH). The veto is tried
    once, after the pattern, so lines the pattern rejects never pay for it.
    """

    name: str
    pattern: re.Pattern[str]
    max_chars: int = 400
    tail: int | None = None
    needs_source: bool = False
    edge: int | None = None
    veto: re.Pattern[str] | None = None

    def matches(self, line: Line) -> bool:
        if len(line.text) > self.max_chars:
            return False
        if self.tail is not None and line.from_end >= self.tail:
            return False
        if self.edge is not None and line.index >= self.edge and line.from_end >= self.edge:
            return False
        if self.needs_source and not line.source_url:
            return False
        if self.pattern.search(line.text) is None:
            return False
        return self.veto is None or self.veto.match(line.text) is None


def all_languages(patterns_by_language: dict[str, tuple[str, ...]]) -> tuple[str, ...]:
    """A rule's patterns for every language, in table order: {"en": (...), "de": (...)} -> (...)."""
    return tuple(p for patterns in patterns_by_language.values() for p in patterns)


def regex(*alternatives: str) -> re.Pattern[str]:
    """Compile whole-line alternatives, case-insensitive, unicode-aware."""
    return re.compile("|".join(f"(?:{a})" for a in alternatives), re.IGNORECASE)


@dataclass(frozen=True)
class Removal:
    rule: str
    text: str

    def as_dict(self) -> dict[str, str]:
        return {"rule": self.rule, "text": self.text}


@dataclass(frozen=True)
class Cleaned:
    text: str
    removed: tuple[Removal, ...] = field(default_factory=tuple)
    # Cleaned against the copy's original (cleaners/original.py), and how many
    # prose paragraphs the original lacked were kept all the same.
    against_original: bool = False
    kept_unmatched: int = 0


_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def paragraphs(text: str) -> list[str]:
    """Split text into non-empty, whitespace-trimmed paragraph lines."""
    text = _CONTROL.sub("", text or "")
    lines = (" ".join(raw.split()) for raw in text.splitlines())
    return [line for line in lines if line]


class Cleaner:
    """Applies an ordered tuple of rules; the first matching rule claims a line."""

    def __init__(self, rules: tuple[Rule, ...] | list[Rule]):
        self.rules = tuple(rules)
        names = [rule.name for rule in self.rules]
        duplicates = {n for n in names if names.count(n) > 1}
        if duplicates:
            raise ValueError(f"rule names must be unique: {sorted(duplicates)}")

    def rule_for(self, line: Line) -> Rule | None:
        for rule in self.rules:
            if rule.matches(line):
                return rule
        return None

    def clean(self, text: str, *, source_url: str | None = None, title: str | None = None,
              site: str | None = None, against: Evidence | None = None) -> Cleaned:
        """Clean one document. With evidence (a copy's original, cleaners/original.py)
        each line is judged by it first; the rules see only what it leaves open."""
        lines = tuple(paragraphs(text))
        verdicts = against.verdicts(list(lines)) if against is not None else None
        kept: list[str] = []
        removed: list[Removal] = []
        kept_unmatched = 0
        for index, body in enumerate(lines):
            verdict, name = verdicts[index] if verdicts is not None else (OPEN, None)
            if verdict == KEEP:
                kept.append(body)
                continue
            if verdict == REMOVE:
                removed.append(Removal(name, body))
                continue
            rule = self.rule_for(Line(body, index, len(lines), source_url, title, site, lines))
            if rule is None:
                kept.append(body)
                kept_unmatched += verdict == GUARDED
            else:
                removed.append(Removal(rule.name, body))
        return Cleaned("\n".join(kept), tuple(removed), verdicts is not None, kept_unmatched)


# What evidence says of a line: keep it, remove it (with the name of what
# removed it), or leave it to the rules (OPEN; GUARDED when the evidence
# alone would have removed it but a guard protects it).
KEEP, REMOVE, OPEN, GUARDED = "keep", "remove", "open", "guarded"


class Evidence(Protocol):
    """Judges a document's lines before the rules do."""

    def verdicts(self, lines: list[str]) -> list[tuple[str, str | None]] | None:
        """(KEEP | REMOVE | OPEN | GUARDED, name) per line, or None when it has nothing to say."""


_NON_WORD = re.compile(r"[\W_]+")


def normalise(text: str) -> str:
    """Words only: case, unicode composition, punctuation and spacing folded."""
    return " ".join(_NON_WORD.sub(" ", unicodedata.normalize("NFKC", text).casefold()).split())


def content_hash(text: str) -> str:
    """sha1 of the normalised text: two records whose words are the same in the
    same order share a hash, whatever their whitespace, quotes or letter case."""
    return hashlib.sha1(normalise(text).encode("utf-8")).hexdigest()
