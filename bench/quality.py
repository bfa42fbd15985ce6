"""Quality benchmark: bare trafilatura against this project's extract + clean.

    python -m bench.quality --corpus PATH [--corpus PATH ...] [--limit N]
                            [--json OUT] [--show-leaks N] [--jobs N]

Each corpus is recognised by its files (see bench/README.md):

- article-extraction-benchmark: ``pages/<id>.html`` + ``pages/<id>.json``;
  scored with the upstream shingle metric (F1, precision, recall, accuracy).
- WCXB: ``html/NNNN.html.gz`` + ``ground-truth/NNNN.json``; scored with
  per-page word F1 and the ``with`` / ``without`` snippet checks, leaks
  grouped by kind.

Both systems run on the same pages in the same run. "ours" is the crawl's
own decision path: the pipeline stages the crawl runs (Extract, Clean,
Language from ``crawler.pipelines``, built from the project's settings), so a
page the crawl would drop (NotArticle, TooShort, ...) has no record and
scores as empty output, and its drop reason is counted.

Every corpus is split once, by a hash of the page id, into a tuning part
(60 %) and a sealed part (40 %). Figures are printed for both; examples
(leaked snippets, false removals) only ever for the tuning part. Quote the
sealed part's figures.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import logging
import multiprocessing
import os
import platform
import re
import sys
import time
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import trafilatura
from scrapy.exceptions import DropItem
from scrapy.settings import Settings
from scrapy.utils.misc import build_from_crawler
from scrapy.utils.test import get_crawler

import cleaners
from cleaners import DEFAULT_RULES

SYSTEMS = ("bare", "ours")
LABELS = {"bare": "bare trafilatura", "ours": "ours"}
AEB = "article-extraction-benchmark"
WCXB = "wcxb"
# The published scores of the reference outputs shipped with the AEB corpus
# (upstream README): our scorer must reproduce them.
AEB_REFERENCE = Path("reference-outputs") / "trafilatura-2.0.0.json"
AEB_REFERENCE_PUBLISHED = {"f1": 0.958, "precision": 0.938, "recall": 0.978, "accuracy": 0.293}


# --- article-extraction-benchmark metric (upstream evaluate.py) --------------

_AEB_TOKEN = re.compile(r"\w+")  # unicode, case-sensitive, as upstream


def aeb_tokens(text: str | None) -> list[str]:
    return _AEB_TOKEN.findall(text or "")


def shingles(tokens: list[str], n: int = 4) -> Counter:
    """Multiset of n-token shingles. Like upstream, a text of 1..n-1 tokens is
    one shorter shingle (the whole token list) and an empty text has none."""
    if len(tokens) < n:
        return Counter([tuple(tokens)] if tokens else [])
    return Counter(tuple(tokens[i : i + n]) for i in range(len(tokens) - n + 1))


def shingle_tp_fp_fn(reference: str, prediction: str, n: int = 4) -> tuple[float, float, float]:
    """(tp, fp, fn) of one page's shingle multisets, normalised to sum to 1
    (all zero when both texts are empty)."""
    ref = shingles(aeb_tokens(reference), n)
    pred = shingles(aeb_tokens(prediction), n)
    tp = sum((ref & pred).values())
    fp = sum((pred - ref).values())
    fn = sum((ref - pred).values())
    total = tp + fp + fn
    if total == 0:
        return (0.0, 0.0, 0.0)
    return (tp / total, fp / total, fn / total)


def _mean(values: list[float]) -> float:
    return sum(values) / len(values) if values else 0.0


def _harmonic(a: float, b: float) -> float:
    return 2 * a * b / (a + b) if a + b > 0 else 0.0


def aeb_scores(pairs: list[tuple[str, str]]) -> dict:
    """Corpus scores from (reference, prediction) pairs, as upstream: precision
    is the mean over pages with a non-empty prediction, recall the mean over
    pages with a non-empty reference, F1 their harmonic mean; accuracy is the
    share of pages whose token sequences are equal."""
    triples = [shingle_tp_fp_fn(ref, pred) for ref, pred in pairs]
    precisions = [tp / (tp + fp) for tp, fp, fn in triples if tp + fp > 0]
    recalls = [tp / (tp + fn) for tp, fp, fn in triples if tp + fn > 0]
    precision, recall = _mean(precisions), _mean(recalls)
    return {
        "f1": _harmonic(precision, recall),
        "precision": precision,
        "recall": recall,
        "accuracy": _mean([float(aeb_tokens(ref) == aeb_tokens(pred)) for ref, pred in pairs]),
        "pages": len(pairs),
        "pages_in_precision": len(precisions),
        "pages_in_recall": len(recalls),
    }


def check_aeb_reference(corpus_path: Path) -> dict | None:
    """Scores of the shipped trafilatura 2.0.0 outputs over the whole corpus
    (a self-check of the scorer), or None when the file is not there."""
    path = corpus_path / AEB_REFERENCE
    if not path.is_file():
        return None
    outputs = json.loads(path.read_text(encoding="utf-8"))["output"]
    pairs = []
    for truth_path in sorted((corpus_path / "pages").glob("*.json")):
        truth = json.loads(truth_path.read_text(encoding="utf-8"))
        pairs.append((truth.get("articleBody") or "", (outputs.get(truth_path.stem) or {}).get("articleBody") or ""))
    scores = aeb_scores(pairs)
    scores["matches_published"] = all(
        round(scores[key], 3) == value for key, value in AEB_REFERENCE_PUBLISHED.items()
    )
    return scores


# --- WCXB metrics ----------------------------------------------------------------

_WORD = re.compile(r"\w+")


def words(text: str | None) -> list[str]:
    """Lowercase \\w+ words, as the WCXB evaluate.py tokenises."""
    return _WORD.findall((text or "").lower())


def word_prf(prediction: str, reference: str) -> tuple[float, float, float]:
    """Bag-of-words (precision, recall, F1) of one page. An empty prediction
    scores 0 against a non-empty reference; against an empty reference an
    empty prediction scores 1 and any other 0 (as upstream)."""
    pred, ref = words(prediction), words(reference)
    if not ref:
        return (1.0, 1.0, 1.0) if not pred else (0.0, 0.0, 0.0)
    if not pred:
        return (0.0, 0.0, 0.0)
    overlap = sum((Counter(pred) & Counter(ref)).values())
    precision, recall = overlap / len(pred), overlap / len(ref)
    return (precision, recall, _harmonic(precision, recall))


_FOLD = str.maketrans(
    {
        **dict.fromkeys("\u2018\u2019\u201a\u201b\u2032\u0060\u00b4", "'"),
        **dict.fromkeys("\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb", '"'),
        **dict.fromkeys("\u2010\u2011\u2012\u2013\u2014\u2015\u2212", "-"),
        **dict.fromkeys("\u00ad\u200b\u200c\u200d\u2060\ufeff", ""),
    }
)


def normalise_snippet(text: str | None) -> str:
    """The form in which snippets and outputs are compared: NFKC, curly quotes
    and dashes folded to ASCII, invisible characters dropped, casefolded,
    whitespace collapsed to one space."""
    text = unicodedata.normalize("NFKC", text or "").translate(_FOLD).casefold()
    return " ".join(text.split())


SHORT_SNIPPET_WORDS = 3


def snippet_in(snippet: str, normalised_text: str) -> bool:
    """Is the snippet in a text already passed through normalise_snippet()?

    Substring containment. A short snippet (up to SHORT_SNIPPET_WORDS words:
    a menu label, a button) must also match whole words, so "Subscribe" is
    not found in "subscribers" nor "Home" in "homemade". Longer snippets are
    plain substrings: the annotators often cut them off mid-word."""
    needle, text = normalise_snippet(snippet), normalised_text
    if not needle:
        return False
    whole_words = len(needle.split()) <= SHORT_SNIPPET_WORDS
    start = text.find(needle)
    while start != -1:
        end = start + len(needle)
        glued_before = start > 0 and _wordy(needle[0]) and _wordy(text[start - 1])
        glued_after = end < len(text) and _wordy(needle[-1]) and _wordy(text[end])
        if not (whole_words and (glued_before or glued_after)):
            return True
        start = text.find(needle, start + 1)
    return False


def _wordy(char: str) -> bool:
    """A character that belongs to a word (as regex \\w, plus combining marks)."""
    return char.isalnum() or char == "_" or unicodedata.category(char).startswith("M")


# Ordered: the first kind whose pattern matches the normalised snippet wins,
# so a specific kind ("Subscribe to comments" is comments) beats a broad one.
LEAK_KINDS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (kind, re.compile(pattern))
    for kind, pattern in (
        ("cookie/consent", r"cookie|consent|gdpr|ccpa|do not sell|respects your privacy"
                           r"|privacy (settings|preferences|choices|center)|tracking technolog"),
        ("comments", r"comment|\brepl(y|ies)\b|\bresponses\b|disqus|join the discussion"
                     r"|star rating|rate this|leave a review"),
        ("newsletter/subscribe", r"newsletter|subscri|sign(ing)? ?up|e-?mail|inbox|substack"
                                 r"|mailing list|paid members|notifications|get updates"),
        ("follow/social/share", r"follow|\bshar(e|es|ing)\b|social|facebook|twitter|\bx\.com\b"
                                r"|linkedin|instagram|youtube|tiktok|pinterest|\bpin\b|whatsapp"
                                r"|telegram|reddit|bluesky|mastodon|github|\brss\b|spread the word"
                                r"|connect with us"),
        ("related/recommended/read more", r"related|recommend|read (more|next|also)|also read|see also"
                                          r"|more (from|stories|articles|news|posts|on)\b"
                                          r"|you (may|might) (also )?(like|enjoy)|popular|trending"
                                          r"|latest|top (stories|reads)|most read|editor's picks"
                                          r"|keep reading|continue reading|up next|don't miss"),
        ("author/bio", r"^by\s?[A-Z]|^by\s|written by|posted by|about the author|\bauthor"
                       r"|\bbio\b|contributor|staff writer|min read"),
        ("ads/sponsored", r"advert|sponsor|promoted|\bads?\b|affiliate|commission|qualifying purchases"
                          r"|disclosure|partner (content|links)|paid post|\bshop\b|buy (now|with)"
                          r"|view on amazon|limited time|coupon|discount|% off|free trial|\bdemo\b"
                          r"|request a quote|get started|\bwin\b|\bfree\b|donat"),
        ("legal/copyright", r"©|\(c\)|copyright|all rights reserved|privacy|terms (of|and|&)"
                            r"|disclaimer|legal|accessibility|affiliated|trademark|imprint"
                            r"|impressum|licen[cs]e"),
        ("navigation/menu/breadcrumb", r"menu|skip to|jump to|breadcrumb|navigat|\bhome\b|categor"
                                       r"|\btags?\b|topics|sitemap|\bsearch\b|log ?in|sign ?in|log ?out"
                                       r"|\bregister\b|my account|contact|^about\b|\bnext\b"
                                       r"|\bprev(ious)?\b|back to|table of contents|key takeaways"
                                       r"|[|›»>/]"),
    )
)
OTHER = "other"
KIND_ORDER = tuple(kind for kind, _ in LEAK_KINDS) + (OTHER,)


def leak_kind(snippet: str) -> str:
    """The kind of boilerplate a `without` snippet is, by keyword."""
    text = normalise_snippet(snippet)
    for kind, pattern in LEAK_KINDS:
        if pattern.search(text):
            return kind
    return OTHER


# --- corpora -----------------------------------------------------------------------


@dataclass(frozen=True)
class Page:
    id: str
    url: str
    html_path: Path
    truth: dict  # AEB: {"articleBody"}; WCXB: {"main_content", "with", "without"}


@dataclass
class Corpus:
    kind: str  # AEB or WCXB
    path: Path
    pages: list[Page]
    load_errors: list[str] = field(default_factory=list)  # pages skipped: ground truth unreadable


def detect(path: Path) -> str | None:
    if (path / "pages").is_dir() and any((path / "pages").glob("*.html")):
        return AEB
    if (path / "ground-truth").is_dir() and (path / "html").is_dir():
        return WCXB
    return None


def load_corpus(path: Path, limit: int | None = None) -> Corpus:
    kind = detect(path)
    if kind is None:
        raise ValueError(
            f"{path}: not a known corpus (expected pages/<id>.html + pages/<id>.json, "
            "or html/NNNN.html.gz + ground-truth/NNNN.json)"
        )
    corpus = Corpus(kind, path, [])
    if kind == AEB:
        truth_files = sorted((path / "pages").glob("*.json"))
    else:
        truth_files = sorted((path / "ground-truth").glob("*.json"))
    for truth_path in truth_files[:limit] if limit else truth_files:
        try:
            data = json.loads(truth_path.read_text(encoding="utf-8"))
            if kind == AEB:
                page = Page(
                    truth_path.stem, data.get("url") or "", path / "pages" / f"{truth_path.stem}.html",
                    {"articleBody": data.get("articleBody") or ""},
                )
            else:
                truth = data["ground_truth"]
                page = Page(
                    truth_path.stem, data.get("url") or "", path / "html" / f"{truth_path.stem}.html.gz",
                    {
                        "main_content": truth.get("main_content") or "",
                        "with": [s for s in truth.get("with") or [] if isinstance(s, str)],
                        "without": [s for s in truth.get("without") or [] if isinstance(s, str)],
                    },
                )
        except (OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
            corpus.load_errors.append(f"{truth_path.name}: {type(exc).__name__}: {exc}")
            continue
        corpus.pages.append(page)
    return corpus


# --- running the two systems -----------------------------------------------------

_STAGES = None  # the crawl's pipeline stages, built once per process

# The crawl's settings, less what needs a crawl around it: extraction inline
# (the bench has its own processes), no output, and no site memory (pages are
# spread over processes in no fixed order, so what it learns would vary).
BENCH_SETTINGS = {"EXTRACT_WORKERS": 0, "OUTPUT_URI": "", "CLEANING_SITE_MEMORY": False,
                  "LOG_LEVEL": "ERROR"}
SEALED_SHARE = 40  # percent of each corpus


def part_of(corpus_kind: str, page_id: str) -> str:
    """"sealed" or "tuning": fixed for a page, by a hash of its id."""
    digest = int(hashlib.sha1(f"{corpus_kind}:{page_id}".encode()).hexdigest(), 16)
    return "sealed" if digest % 100 < SEALED_SHARE else "tuning"


def product_stages():
    """ExtractPipeline, CleanPipeline and LanguagePipeline, as `scrapy crawl` builds them."""
    from scrapy.utils.reactor import install_reactor, is_reactor_installed  # noqa: PLC0415

    from crawler.pipelines import CleanPipeline, ExtractPipeline, LanguagePipeline  # noqa: PLC0415

    if not is_reactor_installed():  # the stages are Scrapy components; they expect Scrapy's reactor
        install_reactor("twisted.internet.asyncioreactor.AsyncioSelectorReactor")
    settings = Settings()
    settings.setmodule("crawler.settings", priority="project")
    settings.update(BENCH_SETTINGS, priority="cmdline")
    crawler = get_crawler(settings_dict=settings.copy_to_dict())
    return tuple(build_from_crawler(cls, crawler) for cls in (ExtractPipeline, CleanPipeline, LanguagePipeline))


def run_inline(result):
    """A stage's result: coroutines here never suspend (extraction inline, no original to wait for)."""
    if not hasattr(result, "send"):
        return result
    try:
        result.send(None)
    except StopIteration as stop:
        return stop.value
    result.close()
    raise RuntimeError("a pipeline stage suspended; the bench runs them inline")


def run_bare(html: str, url: str) -> dict:
    return {"text": trafilatura.extract(html) or "", "removed": [], "dropped": None}


def run_ours(html: str, url: str) -> dict:
    """The page through the crawl's stages: its record's text and removals, or the drop reason."""
    global _STAGES
    if _STAGES is None:
        _STAGES = product_stages()
    from crawler.items import Page  # noqa: PLC0415

    item = Page(url=url or "https://bench.example/page", html=html)
    try:
        for stage in _STAGES:
            item = run_inline(stage.process_item(item))
    except DropItem as drop:
        return {"text": "", "removed": [], "dropped": type(drop).__name__}
    return {"text": item.text, "removed": item.removed, "dropped": None}


RUNNERS = {"bare": run_bare, "ours": run_ours}


def read_html(path: Path) -> str:
    """The page as text. Pages are UTF-8; both systems get the same string,
    as the crawler passes Scrapy's decoded ``response.text``."""
    raw = gzip.decompress(path.read_bytes()) if path.suffix == ".gz" else path.read_bytes()
    return raw.decode("utf-8", errors="replace")


def process_page(task: tuple[int, Page]) -> dict:
    """Both systems on one page: texts, seconds and errors, keyed by system.
    A system that raises yields "" and an error message; nothing escapes."""
    index, page = task
    result = {"id": page.id, "text": {}, "removed": {}, "dropped": {}, "seconds": {}, "cpu_seconds": {},
              "error": {}}
    try:
        html = read_html(page.html_path)
    except Exception as exc:  # noqa: BLE001 - counted and reported per page
        for system in SYSTEMS:
            result["text"][system] = ""
            result["removed"][system], result["dropped"][system] = [], None
            result["seconds"][system] = result["cpu_seconds"][system] = 0.0
            result["error"][system] = f"reading html: {type(exc).__name__}: {exc}"
        return result
    # Alternate which system goes first, so neither always gets warm caches.
    for system in SYSTEMS if index % 2 == 0 else SYSTEMS[::-1]:
        start, start_cpu = time.perf_counter(), time.process_time()
        try:
            outcome = RUNNERS[system](html, page.url)
        except Exception as exc:  # noqa: BLE001
            outcome = {"text": "", "removed": [], "dropped": None}
            result["error"][system] = f"{type(exc).__name__}: {exc}"
        result["seconds"][system] = time.perf_counter() - start
        result["cpu_seconds"][system] = time.process_time() - start_cpu
        result["text"][system] = outcome["text"]
        result["removed"][system] = outcome["removed"]
        result["dropped"][system] = outcome["dropped"]
    return result


QUIET_LOGGERS = ("trafilatura", "scrapy", "crawler", "py.warnings")


def _quiet_logs() -> None:
    # trafilatura logs per-page parsing trouble; the benchmark counts errors itself.
    logging.getLogger("trafilatura").setLevel(logging.CRITICAL)
    # Building the crawl's stages logs which components are off; drops are counted here.
    for name in ("scrapy", "crawler", "py.warnings"):
        logging.getLogger(name).setLevel(logging.ERROR)


def run_pages(pages: list[Page], jobs: int) -> list[dict]:
    """process_page over all pages, in page order, on `jobs` processes."""
    tasks = list(enumerate(pages))
    progress = sys.stderr.isatty()
    results = []
    if jobs <= 1:
        iterator = map(process_page, tasks)
        pool = None
    else:
        pool = multiprocessing.get_context("fork").Pool(jobs, initializer=_quiet_logs)
        iterator = pool.imap(process_page, tasks, chunksize=2)
    try:
        for result in iterator:
            results.append(result)
            if progress:
                print(f"  {len(results)}/{len(tasks)} pages", end="\r", file=sys.stderr, flush=True)
    finally:
        if pool is not None:
            pool.close()
            pool.join()
    if progress:
        print(" " * 30, end="\r", file=sys.stderr)
    return results


# --- scoring a run ---------------------------------------------------------------


def _line_with(snippet: str, text: str) -> str | None:
    """The output line holding the snippet (what a line rule would remove)."""
    for line in text.splitlines():
        if snippet_in(snippet, normalise_snippet(line)):
            return line.strip()
    return None


def score(corpus: Corpus, results: list[dict]) -> dict:
    """Per-system figures, per-page figures and (WCXB) leaked snippets."""
    systems = {}
    per_page = [{"id": r["id"]} for r in results]
    leaks: dict[str, list[dict]] = {s: [] for s in SYSTEMS}
    for system in SYSTEMS:
        texts = [r["text"][system] for r in results]
        errors = [f"{r['id']}: {r['error'][system]}" for r in results if system in r["error"]]
        dropped = Counter(r["dropped"][system] for r in results if r["dropped"].get(system))
        figures = {
            "coverage": (sum(1 for r, t in zip(results, texts) if t.strip() and not r["dropped"].get(system))
                         / len(results)) if results else 0.0,
            "dropped": dict(sorted(dropped.items())),
            "removals": removal_figures(corpus, results, system),
            "empty_outputs": sum(1 for t in texts if not t.strip()),
            "errors": len(errors),
            "error_messages": errors,
            "seconds": sum(r["seconds"][system] for r in results),
            "cpu_seconds": sum(r["cpu_seconds"][system] for r in results),
        }
        if corpus.kind == AEB:
            pairs = [(p.truth["articleBody"], t) for p, t in zip(corpus.pages, texts)]
            figures.update(aeb_scores(pairs))
            for row, (ref, pred) in zip(per_page, pairs):
                tp, fp, fn = shingle_tp_fp_fn(ref, pred)
                row[system] = {
                    "precision": tp / (tp + fp) if tp + fp else None,
                    "recall": tp / (tp + fn) if tp + fn else None,
                    "exact": aeb_tokens(ref) == aeb_tokens(pred),
                }
        else:
            prfs = [word_prf(t, p.truth["main_content"]) for p, t in zip(corpus.pages, texts)]
            found = with_total = leaked = without_total = pages_leaking = 0
            for page, text, prf, row in zip(corpus.pages, texts, prfs, per_page):
                norm = normalise_snippet(text)
                withs = [s for s in page.truth["with"] if normalise_snippet(s)]
                withouts = [s for s in page.truth["without"] if normalise_snippet(s)]
                page_found = sum(snippet_in(s, norm) for s in withs)
                page_leaks = [s for s in withouts if snippet_in(s, norm)]
                found += page_found
                with_total += len(withs)
                leaked += len(page_leaks)
                without_total += len(withouts)
                pages_leaking += bool(page_leaks)
                row[system] = {
                    "precision": prf[0], "recall": prf[1], "f1": prf[2],
                    "with_found": page_found, "with_total": len(withs),
                    "without_leaked": len(page_leaks), "without_total": len(withouts),
                }
                for snippet in page_leaks:
                    leaks[system].append(
                        {"page": page.id, "snippet": snippet, "kind": leak_kind(snippet),
                         "line": _line_with(snippet, text)}
                    )
            figures.update(
                {
                    "f1": _mean([f for _, _, f in prfs]),
                    "precision": _mean([p for p, _, _ in prfs]),
                    "recall": _mean([r for _, r, _ in prfs]),
                    "with_found": found,
                    "with_total": with_total,
                    "with_found_share": found / with_total if with_total else 0.0,
                    "without_leaked": leaked,
                    "without_total": without_total,
                    "without_leaked_share": leaked / without_total if without_total else 0.0,
                    "pages_with_leak": pages_leaking,
                    "pages": len(texts),
                    "leak_kinds": {k: sum(1 for x in leaks[system] if x["kind"] == k) for k in KIND_ORDER},
                }
            )
        systems[system] = figures
    report = {"corpus": corpus.kind, "path": str(corpus.path), "pages": len(corpus.pages),
              "skipped_pages": corpus.load_errors, "systems": systems, "per_page": per_page}
    if corpus.kind == WCXB:
        bare_leaks = {(x["page"], x["snippet"]) for x in leaks["bare"]}
        for leak in leaks["ours"]:
            leak["also_bare"] = (leak["page"], leak["snippet"]) in bare_leaks
        report["leaks"] = leaks
    return report


def _reference(corpus: Corpus, page: Page) -> str:
    return page.truth["articleBody"] if corpus.kind == AEB else page.truth["main_content"]


def is_article_text(line: str, reference_lines: set[str], reference: str) -> bool:
    """A removed line that the reference keeps: the whole line is a reference line,
    or (four words and more) it is found in the reference text."""
    norm = normalise_snippet(line)
    if not norm:
        return False
    if norm in reference_lines:
        return True
    return len(norm.split()) >= 4 and snippet_in(norm, reference)


def removal_figures(corpus: Corpus, results: list[dict], system: str) -> dict:
    """Per rule or evidence name: lines removed, and how many of them the reference keeps."""
    figures: dict[str, dict] = {}
    for page, result in zip(corpus.pages, results):
        removed = result["removed"].get(system) or []
        if not removed:
            continue
        reference = _reference(corpus, page)
        reference_lines = {normalise_snippet(line) for line in reference.splitlines()}
        normalised = normalise_snippet(reference)
        for removal in removed:
            row = figures.setdefault(removal["rule"], {"lines": 0, "article_text": 0, "examples": []})
            row["lines"] += 1
            if is_article_text(removal["text"], reference_lines, normalised):
                row["article_text"] += 1
                if len(row["examples"]) < 3:
                    row["examples"].append({"page": page.id, "line": removal["text"][:200]})
    return dict(sorted(figures.items()))


def split_corpus(corpus: Corpus, results: list[dict]) -> dict[str, tuple[Corpus, list[dict]]]:
    """The tuning and sealed parts of a scored run, each with its results."""
    parts: dict[str, tuple[Corpus, list[dict]]] = {}
    for name in ("tuning", "sealed"):
        chosen = [(p, r) for p, r in zip(corpus.pages, results) if part_of(corpus.kind, p.id) == name]
        parts[name] = (Corpus(corpus.kind, corpus.path, [p for p, _ in chosen], corpus.load_errors),
                       [r for _, r in chosen])
    return parts


# --- printing ----------------------------------------------------------------------


def _score(v): return f"{v:.4f}"
def _score_delta(d): return f"{d:+.4f}"
def _pct(v): return f"{100 * v:.2f}%"
def _pct_delta(d): return f"{100 * d:+.2f} pt"
def _count(v): return f"{v}"
def _count_delta(d): return f"{d:+d}"
def _secs(v): return f"{v:.1f} s"


def _ratio(a: float, b: float) -> float:
    return a / b if b else float("nan")


def _table(header: tuple[str, ...], rows: list[tuple[str, ...]]) -> list[str]:
    lines = ["| " + " | ".join(header) + " |", "| --- |" + " ---: |" * (len(header) - 1)]
    lines += ["| " + " | ".join(row) + " |" for row in rows]
    return lines


def render(report: dict, show_leaks: int = 0, title: str | None = None) -> str:
    bare, ours = report["systems"]["bare"], report["systems"]["ours"]

    def row(label, key, fmt, fmt_delta):
        return (label, fmt(bare[key]), fmt(ours[key]), fmt_delta(ours[key] - bare[key]))

    out = [title or f"## {report['corpus']}: {report['path']} ({report['pages']} pages)", ""]
    if report["corpus"] == AEB:
        rows = [
            row("F1 (4-token shingles)", "f1", _score, _score_delta),
            row("precision", "precision", _score, _score_delta),
            row("recall", "recall", _score, _score_delta),
            row("accuracy (exact token match)", "accuracy", _score, _score_delta),
        ]
    else:
        rows = [
            row("word F1 (mean per page)", "f1", _score, _score_delta),
            row("word precision", "precision", _score, _score_delta),
            row("word recall", "recall", _score, _score_delta),
            row("`with` snippets found", "with_found_share", _pct, _pct_delta),
            row(f"`with` snippets found (of {bare['with_total']})", "with_found", _count, _count_delta),
            row("`without` snippets leaked", "without_leaked_share", _pct, _pct_delta),
            row(f"`without` snippets leaked (of {bare['without_total']})", "without_leaked", _count, _count_delta),
            row("pages with a leak", "pages_with_leak", _count, _count_delta),
        ]
    rows += [
        row("pages with a record (coverage)", "coverage", _pct, _pct_delta),
        row("empty outputs (pages)", "empty_outputs", _count, _count_delta),
        row("page errors", "errors", _count, _count_delta),
    ]
    ratio, cpu_ratio = _ratio(ours["seconds"], bare["seconds"]), _ratio(ours["cpu_seconds"], bare["cpu_seconds"])
    if "elapsed" not in report:  # a part of a corpus: its timings are the whole run's
        out += _table(("metric", LABELS["bare"], LABELS["ours"], "delta"), rows)
        if ours["dropped"]:
            out += ["", "Pages without a record, ours, by drop reason: "
                        + ", ".join(f"{k} {v}" for k, v in ours["dropped"].items())]
        if show_leaks and report["corpus"] == WCXB and report["leaks"]["ours"]:
            out += ["", *render_leaks(report["leaks"]["ours"], show_leaks)]
        return "\n".join(out)
    rows.append(("wall time (s, summed per page)", _secs(bare["seconds"]), _secs(ours["seconds"]),
                 f"×{ratio:.2f}"))
    rows.append(("CPU time (s, summed per page)", _secs(bare["cpu_seconds"]), _secs(ours["cpu_seconds"]),
                 f"×{cpu_ratio:.2f}"))
    out += _table(("metric", LABELS["bare"], LABELS["ours"], "delta"), rows)
    out += ["", f"Time: bare trafilatura {bare['seconds']:.1f} s, ours {ours['seconds']:.1f} s, "
                f"ours/bare {ratio:.2f} (wall clock of each call, summed over pages; CPU time "
                f"ours/bare {cpu_ratio:.2f}). The corpus took {report['elapsed']:.1f} s on "
                f"{report['jobs']} process(es)."]
    if report["corpus"] == AEB and report.get("reference_check"):
        ref = report["reference_check"]
        verdict = "matches" if ref["matches_published"] else "DOES NOT MATCH"
        published = AEB_REFERENCE_PUBLISHED
        out += ["", f"Scorer check: shipped trafilatura 2.0.0 outputs score F1 {ref['f1']:.3f} / "
                    f"precision {ref['precision']:.3f} / recall {ref['recall']:.3f} / accuracy "
                    f"{ref['accuracy']:.3f}; published {published['f1']:.3f} / {published['precision']:.3f} / "
                    f"{published['recall']:.3f} / {published['accuracy']:.3f}: {verdict}."]
    if report["corpus"] == WCXB:
        out += ["", "Leaked `without` snippets by kind:", ""]
        kind_rows = [(kind, _count(bare["leak_kinds"][kind]), _count(ours["leak_kinds"][kind]),
                      _count_delta(ours["leak_kinds"][kind] - bare["leak_kinds"][kind]))
                     for kind in KIND_ORDER]
        out += _table(("kind", LABELS["bare"], LABELS["ours"], "delta"), kind_rows)
    for system in SYSTEMS:
        messages = report["systems"][system]["error_messages"]
        if messages:
            out += ["", f"Page errors, {LABELS[system]} ({len(messages)}; scored as empty output):"]
            out += [f"- {m[:300]}" for m in messages[:10]]
            if len(messages) > 10:
                out.append(f"- ... {len(messages) - 10} more (see --json)")
    if report["skipped_pages"]:
        out += ["", f"Pages skipped, unreadable ground truth ({len(report['skipped_pages'])}):"]
        out += [f"- {m}" for m in report["skipped_pages"][:10]]
    if show_leaks and report["corpus"] == WCXB:
        out += ["", *render_leaks(report["leaks"]["ours"], show_leaks)]
    return "\n".join(out)


def top_leaks(leaks: list[dict], limit: int) -> list[dict]:
    """Leaked snippets grouped by normalised text, most pages first."""
    groups: dict[str, list[dict]] = defaultdict(list)
    for leak in leaks:
        groups[normalise_snippet(leak["snippet"])].append(leak)
    ranked = sorted(groups.values(), key=lambda g: (-len(g), g[0]["page"]))
    return [
        {"snippet": g[0]["snippet"], "kind": g[0]["kind"], "pages": [x["page"] for x in g],
         "line": next((x["line"] for x in g if x["line"]), None),
         "new_vs_bare": [x["page"] for x in g if not x.get("also_bare", True)]}
        for g in ranked[:limit]
    ]


def render_leaks(leaks: list[dict], limit: int) -> list[str]:
    groups = top_leaks(leaks, limit)
    out = [f"Leaked `without` snippets, ours (top {len(groups)} of "
           f"{len({normalise_snippet(x['snippet']) for x in leaks})} distinct, most pages first):", ""]
    for n, group in enumerate(groups, 1):
        pages = ", ".join(group["pages"][:8]) + (" ..." if len(group["pages"]) > 8 else "")
        new = f"; not leaked by bare on {', '.join(group['new_vs_bare'])}" if group["new_vs_bare"] else ""
        out.append(f"{n}. [{group['kind']}] {json.dumps(group['snippet'][:200], ensure_ascii=False)}"
                   f" on {len(group['pages'])} page(s): {pages}{new}")
        if group["line"] and normalise_snippet(group["line"]) != normalise_snippet(group["snippet"]):
            out.append(f"   line: {json.dumps(group['line'][:200], ensure_ascii=False)}")
        elif not group["line"]:
            out.append("   line: (snippet spans several output lines)")
    return out


def render_removals(tuning: dict, sealed: dict, examples: int = 0) -> str:
    """Lines removed per rule or evidence, and how many of them the reference keeps (article text)."""
    names = sorted(set(tuning) | set(sealed))
    rows = [(name, _count(tuning.get(name, {}).get("lines", 0)),
             _count(tuning.get(name, {}).get("article_text", 0)),
             _count(sealed.get(name, {}).get("lines", 0)), _count(sealed.get(name, {}).get("article_text", 0)))
            for name in names]
    out = ["Removals by rule or evidence, ours (a removed line the reference keeps is article text):", ""]
    out += _table(("rule or evidence", "tuning: lines", "tuning: article text", "sealed: lines",
                   "sealed: article text"), rows)
    shown = [(name, example) for name in names for example in tuning.get(name, {}).get("examples", [])]
    if examples and shown:
        out += ["", "Article text removed, tuning part only (up to 3 per rule):"]
        out += [f"- {name}: page {ex['page']}: {json.dumps(ex['line'], ensure_ascii=False)}"
                for name, ex in shown[:examples]]
    return "\n".join(out)


def render_parts(report: dict, parts: dict[str, dict], show_leaks: int) -> str:
    """The sealed part's figures (the ones to quote), then the tuning part's with its examples."""
    sealed, tuning = parts["sealed"], parts["tuning"]
    out = [f"## {report['corpus']}: {report['path']} ({report['pages']} pages: {tuning['pages']} tuning, "
           f"{sealed['pages']} sealed)", "",
           render(sealed, 0, f"### Sealed part ({sealed['pages']} pages): the figures to quote"), "",
           render(tuning, show_leaks, f"### Tuning part ({tuning['pages']} pages): examples come from here only"),
           "", render_removals(tuning["systems"]["ours"]["removals"], sealed["systems"]["ours"]["removals"],
                               show_leaks),
           "", render(report, 0, f"### Whole corpus ({report['pages']} pages): timings")]
    return "\n".join(out)


def strip_examples(report: dict) -> dict:
    """A part's report without any line of its pages (for the sealed part's JSON)."""
    copy = {**report, "per_page": [], "leaks": {}}
    copy["systems"] = {system: {**figures, "removals": {name: {k: v for k, v in row.items() if k != "examples"}
                                                        for name, row in figures["removals"].items()}}
                       for system, figures in report["systems"].items()}
    return copy


def cleaners_fingerprint() -> str:
    """Short sha1 of the cleaners package's source, to tell runs' rule sets apart."""
    root = Path(cleaners.__file__).parent
    digest = hashlib.sha1()
    for path in sorted(root.rglob("*.py")):
        digest.update(path.relative_to(root).as_posix().encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()[:12]


# --- main ----------------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.quality", description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", action="append", required=True, type=Path, metavar="PATH",
                        help="corpus folder (repeatable); its kind is recognised by its files")
    parser.add_argument("--limit", type=int, metavar="N", help="only the first N pages of each corpus")
    parser.add_argument("--json", type=Path, metavar="OUT", help="write every figure to this JSON file")
    parser.add_argument("--show-leaks", type=int, default=0, metavar="N",
                        help="print up to N leaked `without` snippets of ours, with page ids (WCXB)")
    parser.add_argument("--jobs", type=int, default=min(2, os.cpu_count() or 1), metavar="N",
                        help="worker processes (default: %(default)s)")
    args = parser.parse_args(argv)
    for path in args.corpus:
        if detect(path) is None:
            parser.error(f"{path}: not a known corpus (see bench/README.md)")
    if args.limit is not None and args.limit < 1:
        parser.error("--limit must be at least 1")

    # Quiet while the bench runs, as it was after (main() also runs inside tests).
    levels = {name: logging.getLogger(name).level for name in QUIET_LOGGERS}
    try:
        _quiet_logs()
        return _run(args, argv)
    finally:
        for name, level in levels.items():
            logging.getLogger(name).setLevel(level)


def _run(args, argv: list[str] | None) -> int:
    reports = []
    fingerprint = cleaners_fingerprint()
    print(f"# Extraction quality: bare trafilatura {trafilatura.__version__} vs ours "
          f"(cleaners {fingerprint}, {len(DEFAULT_RULES)} rules)")
    for path in args.corpus:
        corpus = load_corpus(path, args.limit)
        start = time.perf_counter()
        results = run_pages(corpus.pages, args.jobs)
        report = score(corpus, results)
        report["elapsed"] = time.perf_counter() - start
        report["jobs"] = args.jobs
        if corpus.kind == AEB:
            report["reference_check"] = check_aeb_reference(path)
        parts = {name: score(*part) for name, part in split_corpus(corpus, results).items()}
        report["parts"] = {"tuning": parts["tuning"], "sealed": strip_examples(parts["sealed"])}
        report.pop("leaks", None)  # examples (leaks, per-page rows) only from the tuning part
        report["per_page"] = [row for row in report["per_page"] if part_of(corpus.kind, row["id"]) == "tuning"]
        reports.append(report)
        print()
        print(render_parts(report, parts, args.show_leaks), flush=True)
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(
            {"command": ["python", "-m", "bench.quality", *(sys.argv[1:] if argv is None else argv)],
             "trafilatura": trafilatura.__version__, "python": platform.python_version(),
             "cleaners_fingerprint": fingerprint, "rules": [rule.name for rule in DEFAULT_RULES],
             "corpora": reports},
            ensure_ascii=False, indent=1), encoding="utf-8")
        print(f"\nFigures written to {args.json}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
