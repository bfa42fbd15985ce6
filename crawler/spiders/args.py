"""Spider arguments: parsing of their values."""

import re

_DURATION = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*([smhdw])\s*$")
_SECONDS = {"s": 1, "m": 60, "h": 3600, "d": 86400, "w": 604800}


def parse_duration(text: str) -> float:
    """'30m', '12h', '7d', '2w' -> seconds."""
    found = _DURATION.match(text or "")
    if not found:
        raise ValueError(f"{text!r} is not a duration like 30m, 12h, 7d or 2w")
    return float(found.group(1)) * _SECONDS[found.group(2)]
