"""Boilerplate learned per site: a line that recurs on many pages of one site.

Aggregators and small publishers end every page with the same lines
("Stay connected with us ...", an author box, a disclaimer no rule names).
The memory counts, per site, on how many pages each *candidate* line was
seen; a line seen on at least `min_pages` pages, and on at least `min_share`
of the pages seen from that site, is boilerplate (rule `site_repeated`).

The trap is real text that repeats: a quote used in two stories, a
standard sign-off. So only short lines (`max_chars`) in the first `head` or
last `tail` lines of a page are candidates, a line must recur on a large
share of the site's pages, and a page never counts toward its own removal
(it is judged before it is recorded).

Warm-up: a site's first `min_pages` pages are cleaned by the named rules
alone; from then on, what they had in common is removed from every page.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field

from cleaners.base import Line, normalise


def fingerprint(text: str) -> str:
    return hashlib.sha1(normalise(text).encode("utf-8")).hexdigest()[:16]


@dataclass
class SiteMemory:
    min_pages: int = 3
    min_share: float = 0.5
    max_chars: int = 200
    head: int = 2
    tail: int = 5
    max_lines_per_site: int = 5000
    sites: dict[str, dict] = field(default_factory=dict)

    def candidate(self, line: Line) -> bool:
        return (len(line.text) <= self.max_chars
                and (line.index < self.head or line.from_end < self.tail)
                and bool(normalise(line.text)))

    def seen_on(self, site: str, text: str) -> int:
        return self.sites.get(site, {}).get("lines", {}).get(fingerprint(text), 0)

    def is_boilerplate(self, line: Line) -> bool:
        if not line.site or not self.candidate(line):
            return False
        memory = self.sites.get(line.site)
        if not memory:
            return False
        count = memory["lines"].get(fingerprint(line.text), 0)
        return count >= self.min_pages and count >= self.min_share * memory["pages"]

    def observe(self, site: str, lines: list[str]) -> None:
        """Record one page's candidate lines (call after judging the page)."""
        memory = self.sites.setdefault(site, {"pages": 0, "lines": {}})
        memory["pages"] += 1
        counted = memory["lines"]
        prints = {fingerprint(text) for index, text in enumerate(lines)
                  if self.candidate(Line(text, index, len(lines)))}
        for key in prints:
            if key in counted or len(counted) < self.max_lines_per_site:
                counted[key] = counted.get(key, 0) + 1

    def to_json(self) -> bytes:
        return json.dumps({"version": 1, "sites": self.sites}, separators=(",", ":")).encode("utf-8")

    def load_json(self, data: bytes) -> None:
        loaded = json.loads(data)
        for site, memory in loaded.get("sites", {}).items():
            mine = self.sites.setdefault(site, {"pages": 0, "lines": {}})
            mine["pages"] += memory["pages"]
            for key, count in memory["lines"].items():
                mine["lines"][key] = mine["lines"].get(key, 0) + count


@dataclass(frozen=True)
class SiteRepeated:
    """Rule: a line this site repeats on most of its pages (see SiteMemory)."""

    memory: SiteMemory
    name: str = "site_repeated"

    def matches(self, line: Line) -> bool:
        return self.memory.is_boilerplate(line)
