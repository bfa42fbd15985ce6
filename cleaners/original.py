"""Cleaning a copy against its original: what a copy adds to the story was added by the copier.

An aggregator copies a publisher's story and wraps it in its own lines
(promos, disclaimers, a cookie banner, "read the original here"), worded
however it likes. The original, cleaned first, says which lines are the
story. Each line of the copy is matched to the original's text:

- **story**: its words are the original's (the same line, or the same words
  re-wrapped across lines): kept, whatever a phrase rule would say;
- **removed in the original**: it is a line the original's cleaning took
  out: removed by that same rule;
- **not in the original**: removed as ``not_in_original``.

Matching is by the words running on in the original, or by word pairs
(bigrams) contained in it, so a line re-wrapped, cut or lightly edited still
matches, and the order of lines does not matter. A reworded ("spun") copy keeps most of the original's longer
words though few of its pairs: a line whose long words are mostly the
original's is taken as story too, but a phrase rule may still claim it.

The guard: the original's own extraction may have missed part of the story
(a paragraph trafilatura left out). A long prose paragraph that sits between
story lines is kept, unless a phrase rule claims it (``kept_unmatched``).
An original with far less text than its copy (a teaser, a consent page that
passed as an article) is no evidence at all: the copy is cleaned by its
other evidence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from cleaners.base import GUARDED, KEEP, OPEN, REMOVE, Removal, normalise

NOT_IN_ORIGINAL = "not_in_original"

# A copy line is story when its words run on in the original (a paragraph
# re-wrapped or cut), or when at least this share of its word pairs is in
# the original (an edited paragraph keeps most of them). Not less: a report
# about aggregators quotes "follow us on Google News" inside a sentence, and
# the aggregator's own "For the latest news and updates, follow us on Google
# News" shares half its pairs with it.
MIN_PAIR_SHARE = 0.7
# ... or, for a spun copy, this share of its long words (a spinner swaps
# words, not the names, numbers and rarer words it leaves in place).
MIN_LONG_WORD_SHARE = 0.6
LONG_WORD = 6  # letters; shorter words are mostly function words in the languages we crawl
MIN_LONG_WORDS = 5  # "Originally published at The Harbour Courier" has 4: a credit, not a spun sentence
# The guard for text the original's extraction missed: a paragraph of this
# many words, ending like a sentence, between story lines.
PROSE_WORDS = 40
_SENTENCE_END = re.compile(r"[.!?…\"'»”)]\s*$")
# The original must hold at least this share of the copy's words to be evidence.
MIN_ORIGINAL_SHARE = 0.4


def _pairs(words: list[str]) -> set[tuple[str, str]]:
    return set(zip(words, words[1:]))


def _long(words: list[str]) -> set[str]:
    return {w for w in words if len(w) >= LONG_WORD}


@dataclass(frozen=True)
class Original:
    """The original's cleaned lines and what its cleaning removed, as evidence for a copy."""

    kept: tuple[str, ...]
    removed: tuple[Removal, ...] = ()

    def words(self) -> int:
        return sum(len(normalise(line).split()) for line in self.kept)


class Alignment:
    """Judges each line of one copy against its original (built once per copy)."""

    def __init__(self, original: Original):
        words = normalise("\n".join(original.kept)).split()
        self.text = " " + " ".join(words) + " "
        self.pairs = _pairs(words)
        self.long_words = _long(words)
        self.kept_lines = {normalise(line) for line in original.kept}
        self.removed_by = {normalise(r.text): r.rule for r in original.removed}

    def match(self, line: str) -> tuple[str, str | None]:
        """One line alone: ("story" | "spun" | "removed" | "unmatched", the original's rule)."""
        key = normalise(line)
        if key in self.kept_lines:
            return "story", None
        if key in self.removed_by:
            return "removed", self.removed_by[key]
        words = key.split()
        if not words:
            return "story", None  # nothing to judge: the cleaner drops empty lines anyway
        if f" {key} " in self.text:
            return "story", None
        if len(words) == 1:
            return "unmatched", None
        pairs = _pairs(words)
        if len(pairs & self.pairs) >= MIN_PAIR_SHARE * len(pairs):
            return "story", None
        long_words = _long(words)
        if (len(long_words) >= MIN_LONG_WORDS
                and len(long_words & self.long_words) >= MIN_LONG_WORD_SHARE * len(long_words)):
            return "spun", None
        return "unmatched", None


class AgainstOriginal:
    """Evidence (cleaners.base.Evidence) for a copy: the lines of its original."""

    def __init__(self, original: Original | None):
        self.original = original

    def verdicts(self, lines: list[str]) -> list[tuple[str, str | None]] | None:
        if not usable(self.original, lines):
            return None
        alignment = Alignment(self.original)
        matches = [alignment.match(line) for line in lines]
        story = [i for i, (kind, _) in enumerate(matches) if kind == "story"]
        verdicts: list[tuple[str, str | None]] = []
        for index, (kind, rule) in enumerate(matches):
            if kind == "story":
                verdicts.append((KEEP, None))
            elif kind == "removed":
                verdicts.append((REMOVE, rule))
            elif kind == "spun":
                verdicts.append((OPEN, None))  # likely story, but a phrase rule may still claim it
            elif story and story[0] < index < story[-1] and is_prose(lines[index]):
                verdicts.append((GUARDED, None))  # the original's extraction may have missed it
            else:
                verdicts.append((REMOVE, NOT_IN_ORIGINAL))
        return verdicts


def is_prose(line: str) -> bool:
    """A paragraph of running text: long and ending like a sentence."""
    return len(line.split()) >= PROSE_WORDS and bool(_SENTENCE_END.search(line))


def usable(original: Original | None, copy_lines: list[str]) -> bool:
    """Whether the original holds enough of the story to judge the copy by."""
    if original is None or not original.kept:
        return False
    copy_words = sum(len(normalise(line).split()) for line in copy_lines)
    return original.words() >= MIN_ORIGINAL_SHARE * copy_words
