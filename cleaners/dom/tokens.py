"""Class and id tokens of an element, and measures of its text, for the DOM rules and the pruner."""

from __future__ import annotations

import re
from functools import lru_cache

from lxml import etree

# --- tokens -----------------------------------------------------------------

_SPLIT = re.compile(r"[^0-9A-Za-z]+")
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])")


# A class word that opens with one of these describes the element's state or
# what it holds, not what it is: "has-sidebar", "no-comments", "with-ads",
# "is-sticky", "show-related" sit on the article's own wrappers.
_MODIFIER_OPENERS = frozenset({"has", "with", "without", "no", "is", "show", "hide", "not", "can", "enable",
                               "disable", "allow", "use", "uses"})
# ... and so does a class word that ends in a state: "sidebar-enabled--false".
_MODIFIER_STATES = frozenset({"enabled", "disabled", "true", "false", "on", "off", "none", "yes", "active",
                              "inactive", "open", "closed", "visible", "hidden", "loaded"})


# Function words: an id made of four or more words with one of these is a
# slug of the page's own text ("h-what-is-social-shopping",
# "1-heading-how-popular-are-meditation-and"), an anchor, not a widget name.
_SLUG_WORDS = frozenset({"a", "an", "the", "and", "or", "of", "to", "in", "on", "for", "with", "how", "what", "why",
                         "when", "where", "who", "is", "are", "was", "be", "can", "do", "does", "your", "our", "my",
                         "you", "we", "it", "this", "that", "from", "by", "at", "vs", "not", "will", "should", "h"})


def _words_of(part: str) -> list[str]:
    return [piece.lower() for piece in _CAMEL.split(part) if piece]


def split_tokens(value: str | None) -> frozenset[str]:
    """Whole-word tokens of a class or id value: "postCTA cookie-law_info" ->
    {post, cta, cookie, law, info}. Digits stay with their word ("cmp2"), so
    a hash such as "x9ad" never yields "ad". A class word that states a
    modifier ("has-rail-right", "no-sidebar", "sidebar-enabled--false")
    yields no tokens at all: it names the layout around the article, not a
    widget."""
    if not value:
        return frozenset()
    found = set()
    for word in value.split():
        pieces = [w for part in _SPLIT.split(word) if part for w in _words_of(part)]
        if not pieces or pieces[0] in _MODIFIER_OPENERS or pieces[-1] in _MODIFIER_STATES:
            continue
        if len(pieces) >= 4 and word.islower() and not _SLUG_WORDS.isdisjoint(pieces):
            continue  # (slugs are lower case; "BlogTableOfContent" is a component's name)
        found.update(pieces)
    return frozenset(found)


@lru_cache(maxsize=8192)
def _tokens_of(class_value: str | None, id_value: str | None) -> frozenset[str]:
    return split_tokens(class_value) | split_tokens(id_value)


def element_tokens(element) -> frozenset[str]:
    """Tokens of the element's class and id."""
    return _tokens_of(element.get("class"), element.get("id"))


def raw_names(element) -> str:
    """class and id as written, for vendor prefixes ("onetrust-banner-sdk")."""
    return f" {element.get('id') or ''} {element.get('class') or ''} "


# --- text measures ------------------------------------------------------------

INVISIBLE_TAGS = ("script", "style", "noscript", "template", "svg")
_TEXT_XPATH = etree.XPath(
    ".//text()[not(ancestor::script or ancestor::style or ancestor::noscript or ancestor::template)]"
)
_LINK_TEXT_XPATH = etree.XPath(".//a//text()[not(ancestor::script or ancestor::style)]")
_P_XPATH = etree.XPath(".//p")
_WS = re.compile(r"\s+")


def visible_text(*elements) -> str:
    """The elements' text without scripts and styles, joined, whitespace collapsed."""
    return _WS.sub(" ", "".join(t for element in elements for t in _TEXT_XPATH(element))).strip()


def spaced_text(element) -> str:
    """visible_text with a space between text nodes, for showing a widget's
    words (a banner's sentence and its button stay two words)."""
    return _WS.sub(" ", " ".join(_TEXT_XPATH(element))).strip()


def paragraph_chars(element) -> int:
    total = 0
    for p in ([element] if element.tag == "p" else []) + _P_XPATH(element):
        total += len(visible_text(p))
    return total


def _link_chars(element) -> int:
    return len(_WS.sub(" ", "".join(_LINK_TEXT_XPATH(element))).strip())


def body_of(tree):
    """The page's <body> (the tree itself when it is one), or None."""
    return tree.find(".//body") if tree.tag != "body" else tree


def link_density(element) -> float:
    """Share of the element's text that sits inside links (1.0 when it has no text)."""
    text = len(visible_text(element))
    return 1.0 if text == 0 else min(1.0, _link_chars(element) / text)



# --- the rules' vocabulary ------------------------------------------------------


def token_set(*words: str) -> frozenset[str]:
    """The tokens a rule looks for: token_set("share", "social")."""
    return frozenset(words)


def has_any(tokens: frozenset[str], wanted: frozenset[str]) -> bool:
    """True when one of the element's tokens is wanted."""
    return not tokens.isdisjoint(wanted)


_METADATA_TOKENS = frozenset({"author", "byline", "date", "time", "published", "updated", "dateline", "posted"})


def is_metadata(element) -> bool:
    """A byline or a date (what trafilatura reads for metadata): a <time>, an
    itemprop, rel=author, or an author/date class."""
    if not isinstance(element.tag, str):
        return False
    return (element.tag == "time" or element.get("itemprop") is not None or element.get("rel") == "author"
            or not _METADATA_TOKENS.isdisjoint(element_tokens(element)))
