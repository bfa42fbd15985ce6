"""Audit cleaning: python -m cleaners FILE|DIR [...]

``python -m cleaners --compare A.txt B.txt`` says instead whether two texts
are near-duplicates (cleaners/fingerprint.py): the similarity and which
check decided (too_short, sample, similarity, figures, names, linked).

Reads text files (one paragraph a line) or HTML pages (extracted with
trafilatura first), cleans them with the default rules and prints every line
in order: kept lines as they are, removed lines marked with the rule that
removed them. A directory is read file by file (*.html, *.htm, *.txt).

For HTML, what went before extraction is shown too: each page-level element
the DOM rules pruned (consent managers, share bars, sign-up boxes ...) as
"x [dom:<rule>] <its text>", and the page's problem when it is not an
article at all (consent_wall, bot_challenge, paywall, error_page).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from cleaners import Cleaner, DEFAULT_RULES, paragraphs
from cleaners.dom import DOM_RULES, Pruner, spaced_text
from cleaners.extract import extract, make_options, parse_html
from cleaners.fingerprint import compare

SUFFIXES = {".html", ".htm", ".txt"}


def files(paths: list[str]) -> list[Path]:
    found = []
    for name in paths:
        path = Path(name)
        if path.is_dir():
            found.extend(sorted(p for p in path.rglob("*") if p.suffix.lower() in SUFFIXES))
        elif path.exists():
            found.append(path)
        else:
            raise SystemExit(f"python -m cleaners: error: no such file: {name}")
    return found


AUDIT_CHARS = 160  # of a pruned element's text, on its line


def pruned(raw: bytes) -> list[dict]:
    """What the DOM rules take out of a page, in page order: rule and text.

    A second parse and plan, here and not in extract(): the crawl's hot path
    only counts removals; their text is for this audit."""
    tree = parse_html(raw)
    if tree is None:
        return []
    return [{"rule": name, "text": spaced_text(element)}
            for name, element in Pruner(DOM_RULES).plan(tree)]


def read(path: Path, url: str) -> tuple[str, str | None, list[dict], str | None]:
    """(text, title, DOM removals, page problem) of a file; HTML goes through
    extraction first."""
    raw = path.read_bytes()
    looks_html = path.suffix.lower() in (".html", ".htm") or raw.lstrip()[:1] == b"<"
    if not looks_html:
        return raw.decode("utf-8", errors="replace"), None, [], None
    extracted = extract(raw, url or path.resolve().as_uri(), make_options())
    if not extracted:
        return "", None, pruned(raw), None
    # extract() falls back to the unpruned page when pruning left too little
    dom_removed = pruned(raw) if extracted.dom_removed else []
    return extracted.text or "", extracted.title, dom_removed, extracted.problem


def compare_files(first: Path, second: Path, as_json: bool) -> int:
    """Why two texts (or HTML pages, extracted and cleaned) are or are not near-duplicates."""
    cleaner = Cleaner(DEFAULT_RULES)
    texts = []
    for path in (first, second):
        text, title, _, _ = read(path, "")
        texts.append(cleaner.clean(text, title=title).text)
    verdict = compare(*texts)
    if as_json:
        print(json.dumps({"a": str(first), "b": str(second), "linked": verdict.linked,
                          "similarity": verdict.similarity, "figures_missing": verdict.figures,
                          "names_in_order": verdict.names, "decided_by": verdict.decided_by,
                          "detail": verdict.detail}))
    else:
        names = "-" if verdict.names is None else f"{verdict.names:.2f}"
        figures = "-" if verdict.figures is None else str(verdict.figures)
        print(f"== {first} vs {second}: {'near-duplicates' if verdict.linked else 'not near-duplicates'}")
        print(f"  similarity (skeleton containment, quotes removed): {verdict.similarity:.2f}")
        print(f"  figures missing: {figures}; names in order: {names}")
        print(f"  decided by: {verdict.decided_by} ({verdict.detail})")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m cleaners", description=__doc__.split("\n\n")[0])
    parser.add_argument("paths", nargs="*", metavar="FILE|DIR")
    parser.add_argument("--compare", nargs=2, metavar=("A", "B"),
                        help="say whether two texts are near-duplicates, and which check decided")
    parser.add_argument("--source-url", help="treat the page as a copy of this URL (enables source_link)")
    parser.add_argument("--url", default="", help="the page's URL, for extraction metadata")
    parser.add_argument("--json", action="store_true", help="one JSON object per file instead of text")
    args = parser.parse_args(argv)
    if args.compare:
        return compare_files(*(Path(p) for p in args.compare), args.json)
    if not args.paths:
        parser.error("give FILE|DIR, or --compare A B")
    cleaner = Cleaner(DEFAULT_RULES)
    for path in files(args.paths):
        text, title, dom_removed, problem = read(path, args.url)
        cleaned = cleaner.clean(text, source_url=args.source_url, title=title)
        if args.json:
            print(json.dumps({"file": str(path), "title": title, "problem": problem, "text": cleaned.text,
                              "removed": [r.as_dict() for r in cleaned.removed],
                              "dom_removed": dom_removed}, ensure_ascii=False))
            continue
        removed = iter(cleaned.removed)
        pending = next(removed, None)
        print(f"== {path}: {len(cleaned.removed)} removed"
              + (f", {len(dom_removed)} pruned before extraction" if dom_removed else "")
              + (f"; not an article: {problem}" if problem else ""))
        for element in dom_removed:
            print(f"x [dom:{element['rule']}] {element['text'][:AUDIT_CHARS]}")
        for line in paragraphs(text):
            if pending is not None and line == pending.text:
                print(f"- [{pending.rule}] {line}")
                pending = next(removed, None)
            else:
                print(f"  {line}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
