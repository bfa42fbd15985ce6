"""Degenerate text: one word, phrase or line repeated until it is most of the text.

A page that is one word repeated a million times, or a block of text pasted
over and over (spam, a broken template, a crawler trap), extracts to text
that is long and says nothing. The measures are those Gopher (Rae et al.
2021) and datatrove's GopherRepetitionFilter use: the share of characters in
duplicated lines, in the most frequent n-gram, and in duplicated n-grams.

The thresholds are far looser than Gopher's, which were set to thin a web
corpus, not to judge a news page: a song's chorus sung four times, a table
whose cells say "Yes" and "No", a list of match results all repeat, and
must be kept. Only text that is mostly repetition is degenerate.
"""

from __future__ import annotations

from collections import Counter

from cleaners.base import normalise

# (measure, threshold): the text is degenerate when any measure is over its threshold.
MAX_DUPLICATE_LINE_CHARS = 0.75  # characters in lines that occur more than once
MAX_TOP_NGRAM_CHARS = {1: 0.5, 2: 0.45, 3: 0.4}  # characters in the most frequent n-gram's occurrences
MAX_DUPLICATE_NGRAM_CHARS = {5: 0.85, 10: 0.8}  # characters in words covered by repeated n-grams
MIN_WORDS = 50  # shorter text is judged by other rules (TooShort)


def _top_ngram_share(words: list[str], n: int, total_chars: int) -> float:
    counts = Counter(tuple(words[i:i + n]) for i in range(len(words) - n + 1))
    if not counts:
        return 0.0
    gram, count = counts.most_common(1)[0]
    if count < 2:
        return 0.0
    return count * sum(len(w) for w in gram) / total_chars


def _duplicate_ngram_share(words: list[str], n: int, total_chars: int) -> float:
    seen: set[tuple[str, ...]] = set()
    covered = [False] * len(words)
    for i in range(len(words) - n + 1):
        gram = tuple(words[i:i + n])
        if gram in seen:
            covered[i:i + n] = [True] * n
        else:
            seen.add(gram)
    return sum(len(w) for w, c in zip(words, covered) if c) / total_chars


def degenerate(text: str) -> str | None:
    """Which measure says the text is mostly repetition ("duplicate_lines",
    "top_2gram", "duplicate_5grams", ...), or None."""
    words = normalise(text).split()
    if len(words) < MIN_WORDS:
        return None
    total = sum(len(w) for w in words)
    lines = [normalise(line) for line in text.splitlines() if line.strip()]
    line_counts = Counter(lines)
    line_chars = sum(len(line) for line in lines) or 1
    if sum(len(line) * c for line, c in line_counts.items() if c > 1) / line_chars > MAX_DUPLICATE_LINE_CHARS:
        return "duplicate_lines"
    for n, limit in MAX_TOP_NGRAM_CHARS.items():
        if _top_ngram_share(words, n, total) > limit:
            return f"top_{n}gram"
    for n, limit in MAX_DUPLICATE_NGRAM_CHARS.items():
        if _duplicate_ngram_share(words, n, total) > limit:
            return f"duplicate_{n}grams"
    return None
