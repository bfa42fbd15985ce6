"""Rewrite tests/pages/*.expected.json from what today's code makes of each golden page.

Run it on purpose, when a change to extraction or cleaning is meant to change
the output:

    python -m tests.pages.regenerate            # every page
    python -m tests.pages.regenerate listing    # some pages

It keeps each file's hand-written must_contain / must_not_contain lists and
prints every page whose new output breaks them (fix the code or the list, do
not commit it as is). A page with a hand-written known_miss is left alone:
its expected result is the truth today's code misses; once the code is
fixed (its test then XPASSes and fails), delete known_miss and regenerate. Review the diff before committing (git diff tests/pages/):
each changed line is a change in what the crawler stores.
"""

from __future__ import annotations

import json
import sys

from tests.pages.golden import HAND_WRITTEN, expected_path, hand_checks, names, result_of


def regenerate(selected: list[str]) -> int:
    broken = 0
    for name in selected:
        path = expected_path(name)
        old = json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}
        if old.get("known_miss"):
            print(f"{name}: kept as written by hand (known miss: {old['known_miss']})")
            continue
        new = {**result_of(name), "must_contain": [], "must_not_contain": [],
               **{key: old[key] for key in HAND_WRITTEN if key in old}}
        path.write_text(json.dumps(new, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        problems = hand_checks(new, new)
        broken += bool(problems)
        print(f"{name}: {'changed' if new != old else 'same'}" + "".join(f"\n  {p}" for p in problems))
    return 1 if broken else 0


if __name__ == "__main__":
    sys.exit(regenerate(sys.argv[1:] or names()))
