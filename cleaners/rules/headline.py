"""The headline repeated as the first line of the text.

trafilatura keeps an <h1> that sits inside the article; the record already
holds it as `title`, and leaving it in `text` would make a copy (whose
headline sits outside its content) hash differently from its original.
"""

from dataclasses import dataclass

from cleaners.base import Line, normalise


@dataclass(frozen=True)
class HeadlineRepeat:
    # Removes: "Council approves new ferry timetable" as line 1 when the title
    #   is "Council approves new ferry timetable".
    # Keeps: the same words later in the text (a closing line that echoes the
    #   headline is the writer's choice), and any first line that only starts
    #   like the title.
    name: str = "headline_repeat"
    first_lines: int = 2

    def matches(self, line: Line) -> bool:
        if not line.title or line.index >= self.first_lines:
            return False
        return normalise(line.text) == normalise(line.title)


HEADLINE_REPEAT = HeadlineRepeat()

RULES = (HEADLINE_REPEAT,)
