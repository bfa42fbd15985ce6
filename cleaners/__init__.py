"""Plain-Python cleaning of extracted article text. Never imports Scrapy."""

from cleaners.base import Cleaned, Cleaner, Line, RegexRule, Removal, Rule, content_hash, paragraphs
from cleaners.rules import DEFAULT_RULES

__all__ = [
    "Cleaned",
    "Cleaner",
    "DEFAULT_RULES",
    "Line",
    "RegexRule",
    "Removal",
    "Rule",
    "content_hash",
    "paragraphs",
]
