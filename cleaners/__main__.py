"""Audit cleaning: python -m cleaners FILE|DIR [...]

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


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m cleaners", description=__doc__.split("\n\n")[0])
    parser.add_argument("paths", nargs="+", metavar="FILE|DIR")
    parser.add_argument("--source-url", help="treat the page as a copy of this URL (enables source_link)")
    parser.add_argument("--url", default="", help="the page's URL, for extraction metadata")
    parser.add_argument("--json", action="store_true", help="one JSON object per file instead of text")
    args = parser.parse_args(argv)
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
