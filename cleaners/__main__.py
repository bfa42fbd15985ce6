"""Audit cleaning: python -m cleaners FILE|DIR [...]

Reads text files (one paragraph a line) or HTML pages (extracted with
trafilatura first), cleans them with the default rules and prints every line
in order: kept lines as they are, removed lines marked with the rule that
removed them. A directory is read file by file (*.html, *.htm, *.txt).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from cleaners import Cleaner, DEFAULT_RULES, paragraphs
from cleaners.extract import extract, make_options

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


def read(path: Path, url: str) -> tuple[str, str | None]:
    """(text, title) of a file; HTML goes through extraction first."""
    raw = path.read_bytes()
    looks_html = path.suffix.lower() in (".html", ".htm") or raw.lstrip()[:1] == b"<"
    if not looks_html:
        return raw.decode("utf-8", errors="replace"), None
    extracted = extract(raw, url or path.resolve().as_uri(), make_options())
    return (extracted.text, extracted.title) if extracted else ("", None)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m cleaners", description=__doc__.split("\n\n")[0])
    parser.add_argument("paths", nargs="+", metavar="FILE|DIR")
    parser.add_argument("--source-url", help="treat the page as a copy of this URL (enables source_link)")
    parser.add_argument("--url", default="", help="the page's URL, for extraction metadata")
    parser.add_argument("--json", action="store_true", help="one JSON object per file instead of text")
    args = parser.parse_args(argv)
    cleaner = Cleaner(DEFAULT_RULES)
    for path in files(args.paths):
        text, title = read(path, args.url)
        cleaned = cleaner.clean(text, source_url=args.source_url, title=title)
        if args.json:
            print(json.dumps({"file": str(path), "title": title, "text": cleaned.text,
                              "removed": [r.as_dict() for r in cleaned.removed]}, ensure_ascii=False))
            continue
        removed = iter(cleaned.removed)
        pending = next(removed, None)
        print(f"== {path}: {len(cleaned.removed)} removed")
        for line in paragraphs(text):
            if pending is not None and line == pending.text:
                print(f"- [{pending.rule}] {line}")
                pending = next(removed, None)
            else:
                print(f"  {line}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
