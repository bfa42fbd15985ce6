"""Near-duplicate fingerprints that survive rewording. Plain Python: no Scrapy.

A content farm's spinner swaps words for near-synonyms, swaps stock
phrases, reorders sentences and cuts the end. Word shingles break under
that; what a spinner leaves alone is the sentence *skeleton*: the stop
words, the numbers and the capitalised names, in order, with every other
word masked (SpotSigs, Theobald et al. 2008; DSpin). So a text is reduced
to skeleton shingles, each within one sentence (sentence swaps keep them):

    "Wrenmouth Borough Council voted on Tuesday night to spend £2.3 million"
    -> ^wrenmouth ^borough ^council _ on ^tuesday _ to _ #2.3 million

(consecutive masked words fold into one ``_``, so "spend" -> "pay out"
keeps it). Candidates come from MinHash LSH (datasketch) over those
shingles; each candidate is then *verified*:

1. skeleton containment, |A ∩ B| / min(|A|, |B|) (a copy cut to 60% is
   still contained), estimated exactly below a shared cut-off of two
   bottom-k sketches, at least ``LINK_SIMILARITY``;
2. the figures (numbers) and the names agree *in order* (longest common
   subsequence over the shorter list), so two templated stories (results,
   weather, earnings) with other figures or other teams are two stories.

All of it is computed with quoted passages removed: two outlets covering
one event quote the same sentence verbatim, and that shared quote must not
make them copies (a text that is mostly quotes keeps them, see features()).

Everything a stored record needs for later lookups is a ``Fingerprint`` of
bounded size (MinHash signature, bottom-k sketch, first anchors):
``Fingerprint.to_json()`` / ``from_json()`` for the state objects.
"""

from __future__ import annotations

import base64
import hashlib
import re
import unicodedata
from array import array
from collections import Counter
from dataclasses import dataclass, field

NUM_PERM = 126  # MinHash permutations: 42 bands of 3 rows
LSH_BANDS, LSH_ROWS = 42, 3
SKETCH_SIZE = 256  # bottom-k sketch of skeleton shingles, for containment
MAX_ANCHORS = 96  # numbers and names kept, in order, for the order check
SHINGLE = 6  # skeleton elements per shingle
LSH_SHINGLES = 100  # the first shorter shingles of a text, its MinHash set (the lead survives truncation)
LSH_SHINGLE = 4  # skeleton elements per lead shingle: shorter, so heavier rewording still shares them
MIN_SHINGLES = 8  # fewer: too little text to judge; never linked
MIN_SAMPLE = 24  # shingles of the shorter text the containment estimate must rest on
LINK_SIMILARITY = 0.45  # skeleton containment from which a candidate is a copy
FIGURE_SLACK_FROM = 8  # from this many figures, a copy may miss one of them
MIN_NAMES_AGREE = 0.5  # same for capitalised names
QUOTE_SHARE_KEPT = 0.6  # a text more quoted than this keeps its quotes

# Function words of the languages the crawler meets most; a spinner keeps them.
STOP_WORDS = frozenset("""
a about above after again against all also am an and any are as at be because been before
being below between both but by can could did do does doing down during each few for from
further had has have having he her here hers herself him himself his how i if in into is it
its itself just me more most my myself no nor not now of off on once only or other our ours
ourselves out over own same she should so some such than that the their theirs them themselves
then there these they this those through to too under until up very was we were what when where
which while who whom why will with would you your yours yourself yourselves since still yet
whether though although per via among around against within without upon onto
der die das den dem des ein eine einer eines einem einen und oder aber nicht ist sind war waren
wird werden wurde wurden hat haben hatte zu im in am an auf aus bei mit nach von vor zum zur
für über unter um als auch es sie er wir ihr ich noch nur so wie wenn dass daß sich seit bis
le la les un une des du de et ou mais ne pas est sont était été sera ont a au aux avec dans pour
par sur sous en que qui ce cette ces se son sa ses leur leurs il elle ils elles nous vous plus
el los las unos unas del y o pero no es son fue era será han ha al con en para por sobre bajo
que quien este esta estos estas se su sus lo le les más como desde hasta entre
""".split())

# Number words are figures: a spinner writes "two" as "2" (WordNet says so).
NUMBER_WORDS = {word: str(value) for words, value in (
    ("one ein eins un une uno una", 1), ("two zwei deux dos", 2), ("three drei trois tres", 3),
    ("four vier quatre cuatro", 4), ("five fünf cinq cinco", 5), ("six sechs seis", 6),
    ("seven sieben sept siete", 7), ("eight acht huit ocho", 8), ("nine neun neuf nueve", 9),
    ("ten zehn dix diez", 10), ("eleven elf onze", 11), ("twelve zwölf douze doce", 12),
    ("twenty zwanzig vingt veinte", 20), ("thirty dreißig trente treinta", 30),
    ("forty vierzig quarante cuarenta", 40), ("fifty fünfzig cinquante cincuenta", 50),
    ("sixty sechzig soixante sesenta", 60), ("hundred hundert cent cien", 100),
    ("thousand tausend mille mil", 1000), ("million millionen millions millón", 1000000),
) for word in words.split()}
# "one" and "un(e)" are also pronouns and articles: figures only when not stop words.
NUMBER_WORDS = {word: value for word, value in NUMBER_WORDS.items() if word not in {"one", "un", "une", "uno", "una", "ein"}}

_TOKEN = re.compile(r"\d+(?:[.,:]\d+)*|\w+(?:['’-]\w+)*")
_SENTENCE_END = re.compile(r"(?<=[.!?…])\s+|\n+")
_QUOTED = re.compile(r'"[^"\n]{1,800}"|“[^”\n]{1,800}”|«[^»\n]{1,800}»|„[^“”\n]{1,800}[“”]|‘[^’\n]{8,800}’'
                     # a quote left open to the end of its line (a quote running on to the
                     # next paragraph, or one a copy cut short): removed alike in both texts
                     r'|["“«„][^"“”«»„\n]{1,800}$', re.MULTILINE)
_MASK = "_"
_MERSENNE = (1 << 61) - 1  # datasketch's prime
_MAX_HASH = (1 << 32) - 1


def stable_hash(text: str) -> int:
    """A 32-bit hash that is the same in every process and run (unlike hash())."""
    return int.from_bytes(hashlib.blake2b(text.encode("utf-8"), digest_size=4).digest(), "big")


def without_quotes(text: str) -> str:
    return _QUOTED.sub(" ", text)


def sentences(text: str) -> list[str]:
    return [s for s in _SENTENCE_END.split(text) if s.strip()]


_MASKED, _KEPT, _FIGURE, _NAME = range(4)
_TOKEN_CLASSES: dict[str, tuple[int, str]] = {}


def token_class(token: str) -> tuple[int, str]:
    """(what a token is, its skeleton element), remembered: tokens recur."""
    found = _TOKEN_CLASSES.get(token)
    if found is None:
        lower = token.lower()
        if token[0].isdigit() or lower in NUMBER_WORDS:
            # 2,300 and 2.300 are one figure
            found = (_FIGURE, "#" + (NUMBER_WORDS.get(lower) or re.sub(r"[.,:]", "", token)))
        elif lower in STOP_WORDS:
            found = (_KEPT, lower)
        elif token[0].isupper():
            found = (_NAME, "^" + unicodedata.normalize("NFKC", lower))
        else:
            found = (_MASKED, _MASK)
        if len(_TOKEN_CLASSES) > 500_000:  # bounded: names and figures keep coming
            _TOKEN_CLASSES.clear()
        _TOKEN_CLASSES[token] = found
    return found


def skeleton(sentence: str) -> tuple[list[str], list[str], list[str]]:
    """(skeleton elements, figures, names) of one sentence.

    A capitalised first word is not a name (every sentence starts so)."""
    elements: list[str] = []
    figures: list[str] = []
    names: list[str] = []
    for position, token in enumerate(_TOKEN.findall(sentence)):
        kind, element = token_class(token)
        if kind == _NAME and position == 0:
            kind = _MASKED
        if kind == _MASKED:
            if not elements or elements[-1] != _MASK:
                elements.append(_MASK)
            continue
        elements.append(element)
        if kind == _FIGURE:
            figures.append(element)
        elif kind == _NAME:
            names.append(element)
    return elements, figures, names


@dataclass
class Features:
    """What verification compares: skeleton shingle hashes and anchors in order.
    `lead` is the first LSH_SHINGLES shingles of LSH_SHINGLE elements, in
    text order: the MinHash set, so that a copy cut short keeps most of it
    (and its cost is bounded)."""

    shingles: set[int]
    lead: list[int]
    figures: list[int]
    names: list[int]


_ELEMENT_HASHES: dict[str, int] = {}


def element_hash(element: str) -> int:
    """stable_hash, remembered: stop words and the mask recur in every sentence."""
    value = _ELEMENT_HASHES.get(element)
    if value is None:
        if len(_ELEMENT_HASHES) > 200_000:  # bounded: names and figures keep coming
            _ELEMENT_HASHES.clear()
        value = _ELEMENT_HASHES[element] = stable_hash(element)
    return value


_BASE = 1_000_003


def window_hashes(hashes: list[int], size: int) -> list[int]:
    """The hash of every window of `size` elements (the whole list if shorter):
    a polynomial rolling hash, one step per window."""
    if len(hashes) <= size:
        size = len(hashes)
    top = pow(_BASE, size, _MERSENNE)
    value = 0
    for h in hashes[:size]:
        value = (value * _BASE + h) % _MERSENNE
    found = [value & _MAX_HASH]
    for i in range(size, len(hashes)):
        value = (value * _BASE + hashes[i] - hashes[i - size] * top) % _MERSENNE
        found.append(value & _MAX_HASH)
    return found


def features(text: str) -> Features:
    """Skeleton shingles (per sentence) and anchors of a text, quotes removed.

    A text that is mostly quotation (an interview) keeps its quotes: with
    them removed there would be nothing left to compare."""
    unquoted = without_quotes(text)
    if len(unquoted.split()) < (1 - QUOTE_SHARE_KEPT) * len(text.split()):
        unquoted = text
    shingles: set[int] = set()
    lead: list[int] = []
    figures: list[int] = []
    names: list[int] = []
    for sentence in sentences(unquoted):
        elements, sentence_figures, sentence_names = skeleton(sentence)
        figures.extend(element_hash(f) for f in sentence_figures)
        names.extend(element_hash(n) for n in sentence_names)
        if len(elements) < 3 or set(elements) <= {_MASK}:
            continue
        hashes = [element_hash(e) for e in elements]
        shingles.update(window_hashes(hashes, SHINGLE))
        if len(lead) < LSH_SHINGLES:
            for value in window_hashes(hashes, LSH_SHINGLE):
                if value not in lead:
                    lead.append(value)
    return Features(shingles, lead, figures, names)


# -- the bounded fingerprint ------------------------------------------------------

_PERMUTATIONS = None


def minhash_signature(shingles: set[int]) -> array:
    """datasketch's MinHash signature (its affine32 scheme) of 32-bit shingle hashes."""
    global _PERMUTATIONS  # noqa: PLW0603 - made once per process
    import numpy as np  # noqa: PLC0415 - numpy/scipy load only when used
    from datasketch import MinHash  # noqa: PLC0415

    if _PERMUTATIONS is None:
        _PERMUTATIONS = MinHash(num_perm=NUM_PERM, seed=1, scheme="affine32").permutations
    minhash = MinHash(num_perm=NUM_PERM, seed=1, hashfunc=int, permutations=_PERMUTATIONS, scheme="affine32")
    if shingles:
        minhash.update_batch(sorted(shingles))
    return array("I", minhash.hashvalues.astype(np.uint32).tobytes())


def band_keys(signature: array) -> list[bytes]:
    """The LSH band keys of a signature: band number and its rows' values."""
    data = signature.tobytes()
    width = 4 * LSH_ROWS
    return [bytes([band]) + data[band * width:(band + 1) * width] for band in range(LSH_BANDS)]


def _b64(values: array) -> str:
    return base64.b64encode(values.tobytes()).decode("ascii")


def _unb64(text: str) -> array:
    values = array("I")
    values.frombytes(base64.b64decode(text))
    return values


@dataclass
class Fingerprint:
    """A record's fingerprint: bounded whatever the text's length
    (NUM_PERM + SKETCH_SIZE + 2 * MAX_ANCHORS 32-bit values at most)."""

    signature: array
    sketch: array  # the SKETCH_SIZE smallest shingle hashes, sorted
    shingle_count: int
    figures: array
    names: array

    @classmethod
    def of(cls, text: str) -> Fingerprint:
        found = features(text)
        return cls(signature=minhash_signature(set(found.lead[:LSH_SHINGLES])),
                   sketch=array("I", sorted(found.shingles)[:SKETCH_SIZE]),
                   shingle_count=len(found.shingles),
                   figures=array("I", found.figures[:MAX_ANCHORS]),
                   names=array("I", found.names[:MAX_ANCHORS]))

    def to_json(self) -> dict:
        return {"sig": _b64(self.signature), "sketch": _b64(self.sketch), "n": self.shingle_count,
                "fig": _b64(self.figures), "names": _b64(self.names)}

    @classmethod
    def from_json(cls, data: dict) -> Fingerprint:
        return cls(_unb64(data["sig"]), _unb64(data["sketch"]), int(data["n"]),
                   _unb64(data["fig"]), _unb64(data["names"]))

    def band_keys(self) -> list[bytes]:
        return band_keys(self.signature)


# -- verification -----------------------------------------------------------------


def containment(a: array, b: array, count_a: int, count_b: int) -> tuple[float, int]:
    """(|A ∩ B| / min(|A|, |B|), hashes sampled) from two bottom-k sketches.

    Below the smaller of the two sketches' largest values, each sketch holds
    *every* hash of its set, so membership there is exact: the estimate is
    the share of the smaller set's hashes under that cut-off found in both.
    A short text against a very long one leaves few hashes under the cut:
    the sample size says how far to trust the estimate."""
    if not a or not b:
        return 0.0, 0
    cut = min(a[-1] if count_a > len(a) else _MAX_HASH, b[-1] if count_b > len(b) else _MAX_HASH)
    below_a = {h for h in a if h <= cut}
    below_b = {h for h in b if h <= cut}
    smaller = below_a if count_a <= count_b else below_b
    if not smaller:
        return 0.0, 0
    return len(below_a & below_b) / len(smaller), len(smaller)


def in_order(shorter, longer) -> float:
    """Share of `shorter` found in `longer` in the same order (LCS / len(shorter))."""
    if not shorter:
        return 1.0
    previous = [0] * (len(longer) + 1)
    for x in shorter:
        current = [0]
        for j, y in enumerate(longer):
            current.append(previous[j] + 1 if x == y else max(previous[j + 1], current[j]))
        previous = current
    return previous[-1] / len(shorter)


def agreement(a, b) -> float | None:
    """How far two name lists agree in order; None when the shorter has fewer than 2."""
    shorter, longer = (a, b) if len(a) <= len(b) else (b, a)
    if len(shorter) < 2:
        return None
    # One name of slack: a spinner drops or rewrites the odd capitalised word.
    return min(1.0, (in_order(list(shorter), list(longer)) * len(shorter) + 1) / len(shorter))


def figures_missing(a, b) -> int | None:
    """Figures of the text with fewer that the other does not have (as multisets);
    None when it has none. Order is left to the names: a sentence swap moves figures."""
    shorter, longer = (a, b) if len(a) <= len(b) else (b, a)
    if not shorter:
        return None
    pool = Counter(longer)
    missing = 0
    for figure in shorter:
        if pool[figure]:
            pool[figure] -= 1
        else:
            missing += 1
    return missing


def figures_allowed(count: int) -> int:
    """Figures a copy may not share: none in a short list, one in eight or more
    (a spinner's thesaurus turns "a score" into "20")."""
    return 1 if count >= FIGURE_SLACK_FROM else 0


@dataclass
class Verdict:
    """Whether two fingerprints are near-duplicates, and which check decided."""

    linked: bool
    similarity: float
    figures: int | None  # figures of the shorter list missing from the other
    names: float | None  # share of names in the same order
    decided_by: str  # too_short, sample, similarity, figures, names, or linked
    detail: str = field(default="")


def verify(a: Fingerprint, b: Fingerprint) -> Verdict:
    estimate, sampled = containment(a.sketch, b.sketch, a.shingle_count, b.shingle_count)
    similarity = round(estimate, 4)
    figures = figures_missing(a.figures, b.figures)
    names = agreement(a.names, b.names)

    def verdict(linked, decided_by, detail):
        return Verdict(linked, similarity, figures, names, decided_by, detail)

    if min(a.shingle_count, b.shingle_count) < MIN_SHINGLES:
        return verdict(False, "too_short", f"fewer than {MIN_SHINGLES} skeleton shingles")
    if sampled < min(MIN_SAMPLE, a.shingle_count, b.shingle_count):
        return verdict(False, "sample", f"only {sampled} shingles to compare: one text is far shorter "
                                        "than the other (an excerpt is not judged)")
    if similarity < LINK_SIMILARITY:
        return verdict(False, "similarity", f"skeleton containment {similarity:.2f} < {LINK_SIMILARITY}")
    if figures is not None and figures > figures_allowed(min(len(a.figures), len(b.figures))):
        return verdict(False, "figures", f"{figures} figure(s) of one text not in the other")
    if names is not None and names < MIN_NAMES_AGREE:
        return verdict(False, "names", f"names agree in order {names:.2f} < {MIN_NAMES_AGREE}")
    return verdict(True, "linked", f"skeleton containment {similarity:.2f} >= {LINK_SIMILARITY}, "
                                   "figures and names agree")


def compare(text_a: str, text_b: str) -> Verdict:
    return verify(Fingerprint.of(text_a), Fingerprint.of(text_b))


# -- the in-memory index ----------------------------------------------------------


@dataclass
class Entry:
    """One stored record in the index: who it is, when it was published, its fingerprint."""

    url: str
    published: str | None  # ISO date, or None
    order: float  # when it was stored (seconds): the tie-break on dates
    original_url: str | None  # the record's own original if it is a copy
    fingerprint: Fingerprint

    def to_json(self) -> dict:
        return {"url": self.url, "published": self.published, "order": self.order,
                "original_url": self.original_url, "fp": self.fingerprint.to_json()}

    @classmethod
    def from_json(cls, data: dict) -> Entry:
        return cls(data["url"], data.get("published"), float(data.get("order") or 0.0),
                   data.get("original_url"), Fingerprint.from_json(data["fp"]))


def earlier(a: Entry, b: Entry) -> bool:
    """a came first: published earlier; if a date is missing or both are equal, stored first."""
    day_a, day_b = (a.published or "")[:10], (b.published or "")[:10]
    if day_a and day_b and day_a != day_b:
        return day_a < day_b
    return a.order < b.order


def same_page(url_a: str, url_b: str) -> bool:
    """One page under two spellings (scheme, trailing slash): never its own copy."""
    def bare(url):
        return url.split("://", 1)[-1].split("#", 1)[0].rstrip("/").lower()
    return bare(url_a) == bare(url_b)


@dataclass
class Match:
    """The record a new one was found to repeat, and the verdict."""

    entry: Entry
    verdict: Verdict
    new_is_earlier: bool  # the new record came first: the stored one is the copy


def choose(new: Entry, candidates) -> Match | None:
    """Of the candidates that verify, the one that came first (the original).

    A candidate that is itself a linked copy stands for its original when that
    is a candidate too (the earliest wins either way)."""
    verified = []
    for entry in candidates:
        if same_page(entry.url, new.url):
            continue  # the same page again (re-fetched, re-cleaned) is not a copy
        if entry.original_url and same_page(entry.original_url, new.url):
            continue  # a copy already linked to this very page: the page is its original
        verdict = verify(new.fingerprint, entry.fingerprint)
        if verdict.linked:
            verified.append(Match(entry, verdict, False))
    if not verified:
        return None
    first = verified[0]
    for match in verified[1:]:
        if earlier(match.entry, first.entry):
            first = match
    first.new_is_earlier = earlier(new, first.entry)
    return first


class NearDuplicateIndex:
    """Every stored record's fingerprint, found by MinHash LSH bands, verified.

    The bands are datasketch's MinHashLSH layout (NUM_PERM permutations in
    LSH_BANDS bands of LSH_ROWS rows); keys are the bands' values, so the
    same bands serve as Redis keys (crawler/state/near_duplicates.py)."""

    def __init__(self):
        self.entries: dict[str, Entry] = {}
        self.bands: dict[bytes, list[str]] = {}

    def __len__(self) -> int:
        return len(self.entries)

    def candidates(self, fingerprint: Fingerprint) -> list[Entry]:
        found: dict[str, None] = {}
        for key in fingerprint.band_keys():
            for url in self.bands.get(key, ()):
                found[url] = None
        return [self.entries[url] for url in found]

    def lookup_and_add(self, entry: Entry) -> Match | None:
        match = choose(entry, self.candidates(entry.fingerprint))
        self.add(entry)
        return match

    def add(self, entry: Entry) -> None:
        if entry.url in self.entries:
            return  # the first stored version of a page stays its entry
        self.entries[entry.url] = entry
        for key in entry.fingerprint.band_keys():
            self.bands.setdefault(key, []).append(entry.url)
