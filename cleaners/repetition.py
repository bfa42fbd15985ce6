"""Degenerate text: one word, phrase or line repeated until it is most of the text.

A page that is one word repeated a million times, or a block of text pasted
over and over (spam, a broken template, a crawler trap), extracts to text
that is long and says nothing. The measures are of the kind Gopher (Rae et
al. 2021) and datatrove's GopherRepetitionFilter use: how many lines and
5-grams are distinct, and the share of characters in the most frequent
n-gram.

The thresholds are far looser than Gopher's, which were set to thin a web
corpus, not to judge a news page: a song's chorus sung four times, a table
whose cells say "Yes" and "No", a list of match results all repeat, and
must be kept. Only text that is mostly repetition is degenerate.
"""

from __future__ import annotations

from collections import Counter

from cleaners.base import normalise

# The text is degenerate when one of these says so:
# - few distinct lines, or few distinct 5-grams, among many: the same thing
#   pasted over and over (an article extracted twice or three times, from a
#   page that holds a print copy of itself, still has a third of them distinct);
# - the most frequent 1-, 2- or 3-gram holds most of the characters.
MIN_VARIETY = 0.1  # distinct / all, for lines (with at least MIN_LINES) and 5-grams
MIN_LINES = 20
MAX_TOP_NGRAM_CHARS = {1: 0.5, 2: 0.45, 3: 0.4}  # characters in the most frequent n-gram's occurrences
MIN_WORDS = 50  # shorter text is judged by other rules (TooShort)


def _top_ngram_share(words: list[str], n: int, total_chars: int) -> float:
    counts = Counter(tuple(words[i:i + n]) for i in range(len(words) - n + 1))
    if not counts:
        return 0.0
    gram, count = counts.most_common(1)[0]
    if count < 2:
        return 0.0
    return count * sum(len(w) for w in gram) / total_chars


def degenerate(text: str) -> str | None:
    """Which measure says the text is mostly repetition ("repeated_lines",
    "repeated_5grams", "top_2gram", ...), or None."""
    words = normalise(text).split()
    if len(words) < MIN_WORDS:
        return None
    lines = [normalise(line) for line in text.splitlines() if line.strip()]
    if len(lines) >= MIN_LINES and len(set(lines)) < MIN_VARIETY * len(lines):
        return "repeated_lines"
    grams = [tuple(words[i:i + 5]) for i in range(len(words) - 4)]
    if grams and len(set(grams)) < MIN_VARIETY * len(grams):
        return "repeated_5grams"
    total = sum(len(w) for w in words)
    for n, limit in MAX_TOP_NGRAM_CHARS.items():
        if _top_ngram_share(words, n, total) > limit:
            return f"top_{n}gram"
    return None
