"""Page classification (consent walls, bot challenges, paywalls, error pages) and the page's JSON-LD."""

from __future__ import annotations

import json
import re

from cleaners.base import normalise
from cleaners.dom.rules import ConsentRule
from cleaners.dom.tokens import INVISIBLE_TAGS, body_of, visible_text

# --- page problems -------------------------------------------------------------------

# Anti-bot interstitials, by their scripts, forms and element names:
# Cloudflare (cf-chl, challenge-platform, cdn-cgi/challenge), AWS WAF
# (awswaf, AwsWafIntegration, gokuProps), DataDome (captcha-delivery.com),
# PerimeterX (px-captcha), Akamai (sec-if-cpt-container). Not reCAPTCHA or
# hCaptcha alone: a newsletter or comment form carries them too.
_CHALLENGE_MARKERS = re.compile(
    r"cf-chl|cf_chl_|__cf_chl|challenge-platform|cf-browser-verification|cf-challenge|cdn-cgi/challenge|"
    r"awswaf|aws-waf-token|AwsWafIntegration|gokuProps|captcha-delivery\.com|px-captcha|_pxCaptcha|"
    r"sec-if-cpt-container",
    re.IGNORECASE,
)
# ... and by what they say (title, h1 or the start of a short body).
_CHALLENGE_TEXT = re.compile(
    r"just a moment\.{0,3}|checking (if the site connection is secure|your browser)|"
    r"please verify (that )?you are (a )?human|verify you are (a )?human|are you a robot|"
    r"access denied|attention required|pardon our interruption|enable javascript and cookies to continue|"
    r"please (stand by|wait) while we (are )?(check|verify)|request unsuccessful\. incapsula|"
    r"ddos protection by|human verification|press (and|&) hold",
    re.IGNORECASE,
)
# Error pages served with status 200, by their title or h1. A number alone is
# not enough ("Route 404 closed after crash" is a headline): it must open the
# title or come with "error" / "not found".
_ERROR_TITLE = re.compile(
    r"^\W*(error\W*)?40[04]\b|\b(error|http)\W*40[04]\b|\b40[04]\W*(error|not found|page)\b|"
    r"\b(page|file|article|content|post|story|resource)s? (was |could |can )?(not|n['’]t) (be )?found\b|"
    r"^\W*not found\W*$|\bpage (does not|doesn['’]t|no longer) exists?\b|\bpage (is )?no longer available\b|"
    r"^\W*(oops|whoops)\b|\bseite nicht gefunden\b|\bpage (non )?introuvable\b|"
    r"\bpágina no encontrada\b|\bpagina non trovata\b|\bpágina não encontrada\b|"
    r"\bpagina niet gevonden\b|\bстраница не найдена\b",
    re.IGNORECASE,
)
# Words of consent dialogs; a line with two of them speaks consent.
_CONSENT_LINE = re.compile(
    r"\b(cookies?|consent|partners|vendors|personal data|privacy|accept|reject|legitimate interest|"
    r"preferences|device|advertising|personalised|personalized|store and/or access)\b",
    re.IGNORECASE,
)

# ... and one of these must be among them: "privacy" and "device" alone are a
# phone review's words too.
_CONSENT_CORE = frozenset({"cookie", "cookies", "consent", "partners", "vendors", "legitimate interest",
                           "store and/or access"})


# ... and it addresses the reader ("we use cookies", "you can change your
# choices", "Accept all"): a report about cookie law speaks of sites, regulators
# and users in the third person.
_ADDRESSES_READER = re.compile(
    r"\b(we|our|us|you|your|accept all|reject all|wir|unsere[nrms]?|sie|ihre[nrms]?|nous|nos|notre|vous|vos|votre"
    r"|nosotros|nuestr[oa]s?|usted|tu|tus|noi|nostr[aeio]|voi|vostr[aeio]|wij|onze|u|uw|nós|nosso|nossa|você)\b",
    re.IGNORECASE,
)


def _speaks_consent(line: str) -> bool:
    cues = set(_CONSENT_LINE.findall(line.lower()))
    return (len(cues) >= 2 and not cues.isdisjoint(_CONSENT_CORE)
            and _ADDRESSES_READER.search(line) is not None)


# "little text": a real article has more words than these
CHALLENGE_MAX_WORDS = 150  # extracted words of a bot challenge (its body has under 400)
CONSENT_MAX_WORDS = 300
CONSENT_ONLY_WORDS = 100
ERROR_MAX_WORDS = 150
PAYWALL_MAX_WORDS = 60  # a teaser's one or two sentences; more is stored, marked paywalled
# no verdict is possible on a text this long or longer
PROBLEM_MAX_WORDS = max(CHALLENGE_MAX_WORDS, CONSENT_MAX_WORDS, ERROR_MAX_WORDS, PAYWALL_MAX_WORDS)


def _words(text: str) -> int:
    return len(re.findall(r"\w+", text or ""))


def _title(tree) -> str:
    return " ".join(t.strip() for t in tree.xpath("//title//text()") if t.strip())


def _h1(tree) -> list[str]:
    return [visible_text(h) for h in tree.xpath("//h1")]


def json_ld_objects(tree, skip: frozenset[str] = frozenset()) -> list[dict]:
    """The page's JSON-LD objects, outermost first, with the objects nested in
    them under every key but those in ``skip``. Broken blocks (common) are
    left out: they only lose a hint."""
    found: list[dict] = []

    def walk(node) -> None:
        if isinstance(node, dict):
            found.append(node)
            for key, value in node.items():
                if key not in skip and isinstance(value, (dict, list)):
                    walk(value)
        elif isinstance(node, list):
            for child in node:
                walk(child)

    for script in tree.xpath('//script[@type="application/ld+json"]/text()'):
        try:
            document = json.loads(script)
        except ValueError:
            continue
        walk(document)
    return found


def declares_paywall(tree) -> bool:
    """JSON-LD says isAccessibleForFree false (anywhere: @graph, hasPart ...)."""
    for node in json_ld_objects(tree):
        free = node.get("isAccessibleForFree")
        if free is False or (isinstance(free, str) and free.strip().casefold() == "false"):
            return True
    return False


_CONSENT_CONTAINER = ConsentRule(max_chars=50_000)


def consent_share(tree) -> float:
    """Share of the body's visible text held by consent containers."""
    body = body_of(tree)
    if body is None:
        return 0.0
    total = len(visible_text(body))
    if not total:
        return 0.0
    held = 0
    counted: set = set()
    for element in body.iterdescendants():
        if not isinstance(element.tag, str) or element.tag in INVISIBLE_TAGS:
            continue
        if any(a in counted for a in element.iterancestors()):
            continue
        if _CONSENT_CONTAINER.matches(element):
            held += len(visible_text(element))
            counted.add(element)
    return held / total


def page_problem(tree, text: str | None) -> str | None:
    """Why a fetched page holds no article to keep, or None when it may hold one.

    ``tree`` is the parsed page (before pruning), ``text`` the extracted
    article text ("" or None when extraction found nothing). Returns:

    - "bot_challenge": an anti-bot interstitial (Cloudflare "Just a
      moment...", cf-chl scripts, AWS WAF captcha, "Please verify you are a
      human", "Access denied") with little text;
    - "consent_wall": the page's visible text is mostly a consent dialog,
      or the extracted text is mostly consent language;
    - "error_page": a page (served with 200) whose title or h1 says 404 /
      not found, with little text;
    - "paywall": JSON-LD says isAccessibleForFree false and the text is short;
    - None otherwise. Every verdict needs the page's own text to be short:
      a long article that mentions "404", Cloudflare, captchas, cookies or
      paywalls is never flagged.
    """
    if tree is None:
        return None
    text = text or ""
    words = _words(text)
    body = body_of(tree)
    body_text = visible_text(body) if body is not None else ""
    heads = [_title(tree), *_h1(tree)]

    if words < CHALLENGE_MAX_WORDS and _words(body_text) < 400:
        markers = tree.xpath("//script/@src | //script/text() | //form/@action | //*/@id | //*/@class")
        if (any(_CHALLENGE_MARKERS.search(value) for value in markers if value)
                or any(_CHALLENGE_TEXT.search(head) for head in heads)
                or _CHALLENGE_TEXT.search(body_text[:600])):
            return "bot_challenge"

    if words < CONSENT_MAX_WORDS:
        # (a short story beside a consent manager's hidden vendor list is still
        # a story: the share counts only when the extracted text is tiny)
        if words < CONSENT_ONLY_WORDS and body_text and consent_share(tree) >= 0.5:
            return "consent_wall"
        consent_words = sum(_words(line) for line in text.splitlines() if _speaks_consent(line))
        if words and consent_words / words >= 0.6:
            return "consent_wall"

    if words < ERROR_MAX_WORDS and any(_ERROR_TITLE.search(head) for head in heads if head):
        return "error_page"

    if words < PAYWALL_MAX_WORDS and declares_paywall(tree):
        return "paywall"
    return None


# -- Is it an article? ---------------------------------------------------------
#
# Evidence, weighed (README, "Which pages are stored"):
# - for an article: a declared article type (og:type article, a JSON-LD
#   Article/NewsArticle/BlogPosting anywhere in the page's own graph), a stated
#   publication date (JSON-LD datePublished, article:published_time), one
#   <article> element;
# - against: a list of linked headlines with no run of prose (however long the
#   list, whatever the page declares); a declared listing type (CollectionPage,
#   ItemList, SearchResultsPage, ProfilePage) with no article evidence and no
#   run of prose; too little text to be a story (a stub).
# og:type "website" is no evidence either way: many CMSs put it on every page.

# JSON-LD keys under which nodes describe other things than the page itself
# (the teasers of a listing, the publisher, the author, ...).
_NOT_THE_PAGE = frozenset({
    "itemListElement", "hasPart", "isPartOf", "publisher", "author", "creator", "editor", "about",
    "mentions", "relatedLink", "significantLink", "citation", "review", "comment", "sourceOrganization",
    "copyrightHolder", "provider", "recipeInstructions", "breadcrumb", "potentialAction", "image", "video",
})
_PAGE_DATE_META = (
    '//meta[@property="article:published_time" or @property="og:published_time" '
    'or @itemprop="datePublished" or @name="article:published_time" or @name="parsely-pub-date" '
    'or @name="sailthru.date" or @name="DC.date.issued" or @name="dcterms.created"]/@content'
    ' | //*[@itemprop="datePublished"]/@datetime'
)
_ISO_DATE = re.compile(r"^\s*(\d{4})-(\d{2})-(\d{2})")
# A run of prose: this many consecutive lines of running text, not links.
PROSE_RUN = 3
PROSE_LINE_WORDS = 25
# A headline list: at least this many extracted lines are link texts. When
# HEADLINE_ONLY_SHARE of the words are inside links, the text is headlines and
# little else, whatever the page declares. When lines led by a link hold
# HEADLINE_SHARE of the words, it is a listing of teasers, unless the page
# declares an article: a "10 things to know" roundup leads each item with a
# linked headline too.
HEADLINE_LINKS = 3
HEADLINE_SHARE = 0.5
HEADLINE_ONLY_SHARE = 0.6


def page_json_ld(tree) -> list[dict]:
    """JSON-LD nodes that describe the page itself: the whole graph, less what it lists or credits."""
    return json_ld_objects(tree, skip=_NOT_THE_PAGE)


def stated_date(tree, nodes: list[dict]) -> str | None:
    """The publication date the page states (JSON-LD, then meta tags) as YYYY-MM-DD, or None."""
    candidates = [node.get("datePublished") for node in nodes]
    candidates += tree.xpath(_PAGE_DATE_META)
    for value in candidates:
        found = _ISO_DATE.match(value) if isinstance(value, str) else None
        if found and 1 <= int(found.group(2)) <= 12 and 1 <= int(found.group(3)) <= 31:
            return "-".join(found.groups())
    return None


class LinkTexts:
    """The page's links that could be headlines (three words or more), normalised,
    looked up by their first three words: a line's linked words are found in one
    pass over its words, however many links the page has."""

    def __init__(self, tree=None, texts=()):
        self.by_head: dict[tuple[str, ...], set[tuple[str, ...]]] = {}
        # Whole link texts of any length: a line that is exactly one ("Report 12",
        # "World") is a link, though too short to look for inside other lines.
        self.whole: set[str] = set()
        found = list(texts)
        if tree is not None:
            found += [anchor.text_content() for anchor in tree.iter("a")]
        for text in found:
            words = tuple(normalise(text).split())
            if 1 <= len(words) <= 40:
                self.whole.add(" ".join(words))
            if 3 <= len(words) <= 40:
                self.by_head.setdefault(words[:3], set()).add(words)

    def linked_words(self, line: str) -> int:
        """How many of the line's words are inside some link's text."""
        words = normalise(line).split()
        if " ".join(words) in self.whole:
            return len(words)
        return sum(self._covered(words))

    def led_by_link(self, line: str) -> bool:
        """The line opens with a link's text (a headline, maybe with its teaser glued on)."""
        covered = self._covered(normalise(line).split()[:40])
        return len(covered) >= 3 and all(covered[:3])

    def _covered(self, words: list[str]) -> list[bool]:
        covered = [False] * len(words)
        for start in range(len(words) - 2):
            for link in self.by_head.get(tuple(words[start:start + 3]), ()):
                if tuple(words[start:start + len(link)]) == link:
                    covered[start:start + len(link)] = [True] * len(link)
        return covered


def is_prose(line: str, links: LinkTexts) -> bool:
    """Running text: a long line, not a list item, not led by nor mostly a link's text."""
    words = len(line.split())
    return (words >= PROSE_LINE_WORDS and not line.startswith(("- ", "* ", "• "))
            and not links.led_by_link(line) and links.linked_words(line) < words / 2)


def longest_prose_run(lines: list[str], links: LinkTexts) -> int:
    """The most consecutive lines of running text in the document."""
    best = run = 0
    for line in lines:
        if is_prose(line, links):
            run += 1
            best = max(best, run)
        else:
            run = 0
    return best


def headline_shares(lines: list[str], links: LinkTexts) -> tuple[float, float]:
    """(linked, led): the share of the text's words inside links' texts, and the
    share in lines led by a link (trafilatura glues a teaser to its headline, so
    a listing's lines open with one). (0.0, 0.0) when fewer than HEADLINE_LINKS
    lines are linked or there is a run of prose."""
    linked_lines = linked = led_words = total = 0
    for line in lines:
        words = len(normalise(line).split())
        led = links.led_by_link(line)
        in_links = links.linked_words(line)
        total += words
        linked += in_links
        led_words += words if led else in_links
        linked_lines += led or (in_links > 0 and in_links >= min(3, words))
    if linked_lines < HEADLINE_LINKS or not total or longest_prose_run(lines, links) >= PROSE_RUN:
        return 0.0, 0.0
    return linked / total, led_words / total
