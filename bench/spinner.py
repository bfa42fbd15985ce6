"""A content-farm spinner, to test near-duplicate linking against rewording.

It does what article spinners do, seeded so that every run is the same:

- swaps words for WordNet synonyms (read from Debian's ``wordnet-base``
  files in /usr/share/wordnet, parsed here: ``index.<pos>`` gives a word's
  synsets, ``data.<pos>`` their words) until a share of all words is swapped;
  names (capitalised), numbers (number words too, and no synonym is a
  figure) and the function words below are left, as a spinner's thesaurus
  has no entry for "the" or "of" and a figure changed is another story;
- swaps stock phrases ("more than" -> "in excess of"), which does change
  function words;
- swaps neighbouring sentences;
- keeps only the first part of the text (truncation).

English only: WordNet is an English thesaurus.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

WORDNET = Path("/usr/share/wordnet")
POS = ("noun", "verb", "adj", "adv")

# The spinner's own list of words it never swaps (not cleaners' STOP_WORDS).
FUNCTION_WORDS = frozenset("""
a an the and or but nor of to in on at by for with from as into onto over under about after
before between through during since until than that this these those which who whom whose what
is are was were be been being am has have had do does did will would shall should can could may
might must not no it its he she they we you i his her their our your my me him them us there
here then so if when where while also very just only still even
one two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty sixty
hundred thousand million billion first second third half dozen score
""".split())

PHRASES = (
    ("more than", "in excess of"), ("according to", "as stated by"), ("as well as", "along with"),
    ("in order to", "so as to"), ("because of", "owing to"), ("at least", "no fewer than"),
    ("a number of", "several"), ("for the first time", "for the very first occasion"),
    ("on the other hand", "then again"), ("at the moment", "right now"), ("said that", "stated that"),
    ("is expected to", "is anticipated to"), ("in addition", "moreover"), ("as a result", "consequently"),
)

_WORD = re.compile(r"[A-Za-z]+")
_SENTENCE = re.compile(r"(?<=[.!?])\s+")


@lru_cache(maxsize=1)
def thesaurus(folder: Path = WORDNET) -> dict[str, list[str]]:
    """word -> its synonyms from the word's first two senses, over all parts of speech."""
    synonyms: dict[str, list[str]] = {}
    for pos in POS:
        words_of: dict[int, list[str]] = {}
        with (folder / f"data.{pos}").open(encoding="utf-8", errors="replace") as data:
            for line in data:
                if line.startswith("  "):
                    continue  # the licence header
                fields = line.split()
                count = int(fields[3], 16)
                words_of[int(fields[0])] = [fields[4 + 2 * i].split("(")[0].replace("_", " ").lower()
                                            for i in range(count)]
        with (folder / f"index.{pos}").open(encoding="utf-8", errors="replace") as index:
            for line in index:
                if line.startswith("  "):
                    continue
                fields = line.split()
                lemma = fields[0].replace("_", " ")
                if " " in lemma:
                    continue
                pointers = int(fields[3])
                offsets = [int(o) for o in fields[6 + pointers:]][:2]
                found = synonyms.setdefault(lemma, [])
                for offset in offsets:
                    for word in words_of.get(offset, ()):
                        if (word != lemma and word not in found and "-" not in word
                                and not any(c.isdigit() for c in word) and word not in FUNCTION_WORDS):
                            found.append(word)
    return {word: found for word, found in synonyms.items() if found}


def synonym(word: str, rng: random.Random, words: dict[str, list[str]]) -> str | None:
    """A synonym of word, inflected crudely like it (a spinner's output is not grammar)."""
    lower = word.lower()
    for suffix in ("", "s", "es", "ed", "d", "ing", "ly"):
        if suffix and not lower.endswith(suffix):
            continue
        base = lower[: len(lower) - len(suffix)] if suffix else lower
        if base in words:
            choice = rng.choice(words[base]) + suffix
            return choice
    return None


def swappable(word: str, words: dict[str, list[str]]) -> bool:
    return word[0].islower() and word not in FUNCTION_WORDS and synonym(word, random.Random(0), words) is not None


@dataclass(frozen=True)
class Spin:
    synonyms: float = 0.2  # share of all words swapped for a synonym
    phrases: bool = True
    sentence_swaps: bool = True
    keep: float = 1.0  # share of the words kept from the start (0.6: truncated to 60 %)


def spin(text: str, settings: Spin, seed: int) -> tuple[str, float]:
    """(the spun text, the share of its original words swapped for synonyms)."""
    rng = random.Random(seed)
    words = thesaurus()
    paragraphs = [p for p in text.split("\n") if p.strip()]
    if settings.phrases:
        for old, new in PHRASES:
            paragraphs = [p.replace(old, new) if rng.random() < 0.7 else p for p in paragraphs]
    if settings.sentence_swaps:
        swapped = []
        for paragraph in paragraphs:
            parts = _SENTENCE.split(paragraph)
            if len(parts) > 1 and rng.random() < 0.6:
                i = rng.randrange(len(parts) - 1)
                parts[i], parts[i + 1] = parts[i + 1], parts[i]
            swapped.append(" ".join(parts))
        paragraphs = swapped
    tokens = [list(_WORD.finditer(p)) for p in paragraphs]
    total = sum(len(t) for t in tokens)
    eligible = [(i, m) for i, found in enumerate(tokens) for m in found if swappable(m.group(), words)]
    rng.shuffle(eligible)
    wanted = round(settings.synonyms * total)
    chosen: dict[int, list] = {}
    for i, match in eligible[:wanted]:
        chosen.setdefault(i, []).append(match)
    swapped_count = 0
    for i, matches in chosen.items():
        paragraph = paragraphs[i]
        for match in sorted(matches, key=lambda m: m.start(), reverse=True):
            replacement = synonym(match.group(), rng, words)
            if replacement:
                paragraph = paragraph[:match.start()] + replacement + paragraph[match.end():]
                swapped_count += 1
        paragraphs[i] = paragraph
    if settings.keep < 1.0:
        budget = round(settings.keep * total)
        kept = []
        for paragraph in paragraphs:
            length = len(paragraph.split())
            if budget <= 0:
                break
            kept.append(paragraph if length <= budget else " ".join(paragraph.split()[:budget]))
            budget -= length
        paragraphs = kept
    return "\n".join(paragraphs), swapped_count / max(total, 1)
