"""The pruner: removes what the DOM rules claim from a page's tree, with the guards that protect the article.

Guards protect the article, whatever a rule says:

- the main-content guard: an element is never removed when it is, or holds,
  the page's main content element (``itemprop=articleBody``, else the
  ``<article>`` or ``<main>`` holding the most paragraph text); a theme that
  puts "ad-container" on its <article> keeps its article;
- the share guard: an element is never removed when it holds more than 30%
  of the paragraph text of the page (of all its text, on pages without
  paragraphs); a "related" wrapper around the whole story is a layout
  choice, not boilerplate;
- the headline guard: a block holding an <h1> is never removed;
- headings, paragraphs, list items and inline elements are never removed on
  their own (WordPress gives headings ids made of their words:
  "h-why-use-social-shopping" is not a share bar), only with a container;
- class words that state a modifier ("has-sidebar", "no-comments",
  "sidebar-enabled--false") and lower-case slugs of the page's text
  ("h-what-is-social-shopping") give no tokens.

Rules that remove small widgets (share bars, sign-up boxes, ad labels) also
cap the widget's own text, so a long block that merely carries a tempting
class keeps its text; and a widget takes its own heading with it (the
parents of the claimed element, while they add at most a heading's worth
of text and no byline or date).

If pruning leaves a text that would have made trafilatura escalate on the
whole page, cleaners.extract runs the extraction again on the unpruned
page (see extract()).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Iterable

from lxml import etree

from cleaners.dom.rules import DOM_RULES, DomRule
from cleaners.dom.tokens import INVISIBLE_TAGS, body_of, is_metadata, paragraph_chars, visible_text

# --- the pruner -------------------------------------------------------------------

# Never removed on their own (only with a container a rule claims): headings
# carry ids made from their own words, and paragraphs, list items and inline
# elements are the story's text. The exceptions are rules that say
# ``takes_inline``: a <p> the theme names "affiliate-disclaimer", an in-page
# "Jump to the list" link.
_NEVER_ALONE = frozenset({"h1", "h2", "h3", "h4", "h5", "h6", "p", "li", "a", "span", "em", "strong", "b", "i",
                          "td", "tr", "th", "tbody", "thead", "img", "figcaption", "blockquote", "pre", "code"})

# Elements a rule can name: a class, an id, a role, a modal flag or a link
# target ("#the-list"), or a tag that says what the element is.
_SEMANTIC_TAGS = frozenset({"nav", "footer", "aside", "header", "form", "dialog", "menu"})


def _named_at_all(element) -> bool:
    return element.tag in _SEMANTIC_TAGS or any(
        element.get(attribute) for attribute in ("class", "id", "role", "aria-modal", "href")
    )


_MAIN_XPATH = etree.XPath('//*[@itemprop="articleBody"] | //article | //main | //*[@role="main"]')


def main_content(tree):
    """The element holding the story: itemprop=articleBody when present, else
    the <article>/<main>/role=main element with the most paragraph text (the
    deepest on a tie), or None."""
    body = body_of(tree)
    if body is None:
        return None
    marked = body.xpath('.//*[@itemprop="articleBody"]')
    candidates = marked or _MAIN_XPATH(body)
    best, best_chars, best_depth = None, 0, -1
    for element in candidates:
        chars = paragraph_chars(element)
        depth = sum(1 for _ in element.iterancestors())
        if chars > best_chars or (chars == best_chars and chars > 0 and depth > best_depth):
            best, best_chars, best_depth = element, chars, depth
    return best


@dataclass
class Pruner:
    """Removes what the rules claim from one tree, with the two guards."""

    rules: tuple[DomRule, ...] = DOM_RULES
    max_share: float = 0.30
    heading_chars: int = 60
    # rules that claim small widgets, whose heading may sit outside them
    widget_rules: frozenset[str] = frozenset({
        "consent_banner", "signup_form", "newsletter_box", "share_bar", "related_links", "ad_slot",
        "call_to_action", "pitch_box", "paywall_prompt", "comments",
    })
    counts: dict[str, int] = field(default_factory=dict)

    def __post_init__(self) -> None:
        # the rules that may claim a paragraph, a link ... on its own (see _NEVER_ALONE)
        self._inline_rules = tuple(rule for rule in self.rules if getattr(rule, "takes_inline", False))

    def plan(self, tree) -> list[tuple[str, object]]:
        """(rule name, element) for each element to remove, outermost only,
        in document order; the tree is not changed."""
        body = body_of(tree)
        if body is None:
            return []
        main = main_content(tree)
        protected = set()
        if main is not None:
            protected.add(main)
            protected.update(main.iterancestors())
        # the headline's containers: a block holding the page's <h1> holds the story
        # (site headers that wrap the logo in an <h1> are left to trafilatura)
        for h1 in body.iter("h1"):
            protected.update(h1.iterancestors())
        total_p = paragraph_chars(body)
        use_p = total_p >= 500
        total = total_p if use_p else len(visible_text(body))
        doomed: list[tuple[str, object]] = []
        climbed: set = set()  # widgets chosen above the element a rule claimed
        stack = list(reversed(body))
        while stack:  # document order; a chosen element's inside is not visited
            element = stack.pop()
            if not isinstance(element.tag, str) or element.tag in INVISIBLE_TAGS:
                continue
            if climbed and any(a in climbed for a in element.iterancestors()):
                continue  # goes with a widget already
            rule = None
            if _named_at_all(element):
                candidates = self._inline_rules if element.tag in _NEVER_ALONE else self.rules
                rule = self._rule_for(element, protected, candidates)
            if rule is not None:
                share = paragraph_chars(element) if use_p else len(visible_text(element))
                if total and share > self.max_share * total:
                    rule = None
            if rule is None:
                stack.extend(reversed(element))
                continue
            if rule.name in self.widget_rules:
                target = self._widget(element, body, protected, use_p, total)
                if target is not element:
                    climbed.add(target)
                    doomed = [d for d in doomed if not any(a is target for a in d[1].iterancestors())]
                    element = target
            doomed.append((rule.name, element))
        return doomed

    def _widget(self, element, body, protected, use_p: bool, total: int):
        """The widget around a claimed element: its parents, for as long as
        they add no more than a heading's worth of text ("Follow us", "Stay
        connected", "Advertisement", "Related posts"). A share bar whose
        heading stayed behind would leave "Stay connected with me!" alone in
        the text. Never climbs into a block with a byline or a date (the
        metadata trafilatura reads), nor to a protected element."""
        own = len(visible_text(element))
        target = element
        while True:
            parent = target.getparent()
            if parent is None or parent is body or parent in protected or parent.tag in ("html", "body"):
                return target
            text = len(visible_text(parent))
            if text - own > self.heading_chars:
                return target
            if any(is_metadata(e) for e in parent.iter() if not _inside(e, target)):
                return target
            share = paragraph_chars(parent) if use_p else text
            if total and share > self.max_share * total:
                return target
            target = parent



    def prune(self, tree) -> tuple[tuple[str, int], ...]:
        """Remove the planned elements; ((rule name, count), ...) by name."""
        counts: dict[str, int] = {}
        for name, element in self.plan(tree):
            _drop(element)
            counts[name] = counts.get(name, 0) + 1
        for name, count in counts.items():
            self.counts[name] = self.counts.get(name, 0) + count
        return tuple(sorted(counts.items()))

    def _rule_for(self, element, protected, candidates: tuple[DomRule, ...]) -> DomRule | None:
        if element in protected:
            return None
        for rule in candidates:
            if rule.matches(element):
                return rule
        return None


def _inside(element, container) -> bool:
    return element is container or any(a is container for a in element.iterancestors())


def _drop(element) -> None:
    """Remove the element, keeping its tail text in place."""
    parent = element.getparent()
    if parent is None:
        return
    tail = element.tail
    if tail and tail.strip():
        previous = element.getprevious()
        if previous is not None:
            previous.tail = (previous.tail or "") + tail
        else:
            parent.text = (parent.text or "") + tail
    parent.remove(element)


def prune(tree, rules: Iterable[DomRule] = DOM_RULES) -> tuple[tuple[str, int], ...]:
    """Remove boilerplate containers from the tree, in place; returns
    ((rule name, count), ...) sorted by name, only for rules that removed
    something."""
    return Pruner(tuple(rules)).prune(tree)
