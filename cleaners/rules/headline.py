"""The headline repeated as the first line of the text.

trafilatura keeps an <h1> that sits inside the article; the record already
holds it as `title`, and leaving it in `text` would make a copy (whose
headline sits outside its content) hash differently from its original.
"""

import re
from dataclasses import dataclass

from cleaners.base import Line, normalise

# What sites put between a headline and their own name in <title>:
# "Ten walks by the harbour | Harbour Times", "Harbour Times - Ten walks ...".
_SITE_SEPARATOR = re.compile(r"\s+[|–—·•»:-]{1,2}\s+")


def headline_variants(title: str) -> set[str]:
    """The title, and the title less a site name or section label on either
    side: every run of its separator-split parts ("Section | Headline |
    Site" -> "Headline", "Headline | Site", "Section | Headline" ...),
    normalised. A run must have three words, so a lone site name or label
    is never taken for the headline."""
    parts = _SITE_SEPARATOR.split(title)
    variants = {normalise(title)}
    for start in range(len(parts)):
        for end in range(start + 1, len(parts) + 1):
            text = normalise(" ".join(parts[start:end]))
            if len(text.split()) >= 3:
                variants.add(text)
    variants.discard("")
    return variants


@dataclass(frozen=True)
class HeadlineRepeat:
    # Removes: "Council approves new ferry timetable" as line 1 when the title
    #   is "Council approves new ferry timetable", or "Council approves new
    #   ferry timetable | Harbour Times" (the site's name dropped).
    # Keeps: the same words later in the text (a closing line that echoes the
    #   headline is the writer's choice), any first line that only starts
    #   like the title, and a first line of fewer than three words that is
    #   only a part of the title (the site's name, a section label).
    name: str = "headline_repeat"
    first_lines: int = 2

    def matches(self, line: Line) -> bool:
        if not line.title or line.index >= self.first_lines:
            return False
        return normalise(line.text) in headline_variants(line.title)


HEADLINE_REPEAT = HeadlineRepeat()

RULES = (HEADLINE_REPEAT,)
