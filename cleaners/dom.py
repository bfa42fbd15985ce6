"""Boilerplate containers removed from the HTML tree before extraction,
and page-level problems (consent walls, bot challenges, paywalls, error pages).

trafilatura already discards much of a page's chrome, but it matches class
and id *substrings* inside the content it picked, and its fallbacks bring
back whole blocks (newsletter boxes, share bars, "related" lists, ad labels,
menus) when the main pass looks too short. Pruning those containers from
the tree first means no later stage can bring them back.

Each DOM rule is a small named object with one method, ``matches(element)``,
deciding about one element, as line rules decide about one line. The
pruner walks the tree in document order; the first rule that matches an
element claims it, the element goes with everything inside it (its tail
text stays), and the removal is counted under the rule's name, so callers
can report ``dom/<rule>`` counts.

Rules read class and id *tokens*: the attribute is split on spaces,
``-``, ``_`` and other punctuation, and on camelCase humps, then
lower-cased ("CybotCookiebotDialog" -> cybot, cookiebot, dialog;
"mm-ads-partnerlinks" -> mm, ads, partnerlinks). A rule matches whole
tokens, never substrings: "header" is not in "leaderboard-heading", "ad" is
not in "read", "shadow", "head" or "download", "comment" is not in
"commentary", "nav" is not in "canvas".

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

import json
import re
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import islice
from typing import Iterable, Protocol, runtime_checkable

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


def _raw_names(element) -> str:
    """class and id as written, for vendor prefixes ("onetrust-banner-sdk")."""
    return f" {element.get('id') or ''} {element.get('class') or ''} "


# --- text measures ------------------------------------------------------------

_INVISIBLE = ("script", "style", "noscript", "template", "svg")
_TEXT_XPATH = etree.XPath(
    ".//text()[not(ancestor::script or ancestor::style or ancestor::noscript or ancestor::template)]"
)
_LINK_TEXT_XPATH = etree.XPath(".//a//text()[not(ancestor::script or ancestor::style)]")
_P_XPATH = etree.XPath(".//p")
_WS = re.compile(r"\s+")


def visible_text(element) -> str:
    """The element's text without scripts and styles, whitespace collapsed."""
    return _WS.sub(" ", "".join(_TEXT_XPATH(element))).strip()


def spaced_text(element) -> str:
    """visible_text with a space between text nodes, for showing a widget's
    words (a banner's sentence and its button stay two words)."""
    return _WS.sub(" ", " ".join(_TEXT_XPATH(element))).strip()


def _p_chars(element) -> int:
    total = 0
    for p in ([element] if element.tag == "p" else []) + _P_XPATH(element):
        total += len(_WS.sub(" ", "".join(_TEXT_XPATH(p))).strip())
    return total


def _link_chars(element) -> int:
    return len(_WS.sub(" ", "".join(_LINK_TEXT_XPATH(element))).strip())


def link_density(element) -> float:
    """Share of the element's text that sits inside links (1.0 when it has no text)."""
    text = len(visible_text(element))
    return 1.0 if text == 0 else min(1.0, _link_chars(element) / text)


# --- the rule protocol -------------------------------------------------------


@runtime_checkable
class DomRule(Protocol):
    """A named test for one kind of boilerplate container.

    A rule may also set ``takes_inline = True`` to be tried on the elements
    that are otherwise never removed alone (see _NEVER_ALONE)."""

    name: str

    def matches(self, element) -> bool: ...


def _any(tokens: frozenset[str], wanted: frozenset[str]) -> bool:
    return not tokens.isdisjoint(wanted)


@dataclass(frozen=True)
class TokenRule:
    """An element is boilerplate when its class/id tokens say so.

    ``tokens``: any one of them is enough; ``pairs``: a token from the first
    set *and* one from the second (``cookie`` + ``banner``); ``prefixes``:
    vendor names as written at the start of an id or a class
    ("onetrust-", "CybotCookiebot"). ``tags`` limits the element's tag;
    ``max_chars`` caps the element's visible text (widgets are small);
    ``min_link_density`` demands that much of the text be links (bars of
    links, not prose).
    """

    name: str
    tokens: frozenset[str] = frozenset()
    pairs: tuple[tuple[frozenset[str], frozenset[str]], ...] = ()
    prefixes: tuple[str, ...] = ()
    tags: frozenset[str] | None = None
    skip_tags: frozenset[str] = frozenset({"html", "body", "head", "p", "a", "li", "span", "button", "input"})
    max_chars: int | None = None
    min_link_density: float | None = None
    takes_inline: bool = False  # may claim a <p>, <span> ... (see _NEVER_ALONE)

    def matches(self, element) -> bool:
        tag = element.tag
        if self.tags is not None and tag not in self.tags:
            return False
        if tag in self.skip_tags:
            return False
        if not self._named(element):
            return False
        if self.max_chars is not None and len(visible_text(element)) > self.max_chars:
            return False
        if self.min_link_density is not None and link_density(element) < self.min_link_density:
            return False
        return True

    def _named(self, element) -> bool:
        if self.prefixes:
            raw = _raw_names(element)
            if any(f" {prefix}" in raw for prefix in self.prefixes):
                return True
        tokens = element_tokens(element)
        if not tokens:
            return False
        if _any(tokens, self.tokens):
            return True
        return any(_any(tokens, first) and _any(tokens, second) for first, second in self.pairs)


def _set(*words: str) -> frozenset[str]:
    return frozenset(words)


# --- consent and cookie banners -------------------------------------------------

_CONSENT_TEXT = re.compile(
    r"\b(cookies?|consent|gdpr|ccpa|privacy|partners|personal data|tracking|"
    r"datenschutz|einwilligung|confidentialité|consentement|privacidad|consentimiento|"
    r"riservatezza|consenso|privacidade|toestemming|конфиденциальност|согласи)",
    re.IGNORECASE,
)
_BANNERISH = _set(
    "banner", "bar", "notice", "notification", "consent", "popup", "pop", "modal", "law", "message",
    "wall", "dialog", "overlay", "alert", "warning", "box", "prompt", "policy", "info", "accept",
    "settings", "preferences", "manager", "disclaimer", "compliance", "agreement", "optin",
)


@lru_cache(maxsize=16)
def _vendor_pattern(prefixes: tuple[str, ...]) -> re.Pattern[str]:
    """A vendor name opening an id or class word, or following a dash ("wp-cmplz-")."""
    return re.compile(r"[\s-](?:" + "|".join(re.escape(p) for p in prefixes) + ")")


@dataclass(frozen=True)
class ConsentRule:
    # Removes: consent managers by their vendor names (OneTrust #onetrust-*,
    #   Cookiebot #CybotCookiebot*, Didomi, Quantcast qc-cmp2-*, Usercentrics,
    #   TrustArc/TRUSTe, CookieYes, Complianz cmplz-*, Cookie Law Info,
    #   Cookie Notice, Osano, iubenda, Termly, Klaro, tarteaucitron,
    #   Sourcepoint sp_message*, Google Funding Choices fc-consent-*);
    #   generic banners whose tokens pair "cookie(s)" with a banner word
    #   ("cookie-banner", "cookieNotice", "cookie_consent_popup"); elements
    #   whose tokens say consent/gdpr/ccpa; dialogs labelled cookie/consent.
    #   A named container must be empty (filled by script) or speak of
    #   cookies, consent or privacy.
    # Keeps: a recipe's "cookie-recipe" card or a bakery's "cookies-grid" (the
    #   cookie token needs a banner word), "consent" blocks of more than 3,000
    #   characters (an article about consent law styled "consent-article"),
    #   any dialog whose label does not speak of cookies or consent, and
    #   "cmp-container" (Adobe's core components, not a consent manager).
    name: str = "consent_banner"
    prefixes: tuple[str, ...] = (
        "onetrust", "ot-sdk", "optanon", "CybotCookiebot", "Cookiebot", "didomi", "qc-cmp", "usercentrics",
        "uc-banner", "truste", "trustarc", "cky-", "cookieyes", "cmplz", "cookie-law-info", "cli-modal",
        "cookie-notice", "osano-cm", "iubenda-cs", "termly", "klaro", "tarteaucitron", "sp_message",
        "fc-consent", "fc-dialog", "gdpr-", "cc-window", "cc_banner", "cookie-consent", "moove-gdpr",
        "borlabs-cookie", "BorlabsCookie", "real-cookie-banner", "axeptio", "pea_cook", "cookiefirst",
    )
    # not "cmp" alone: Adobe's core components name every block "cmp-container"
    consent_tokens: frozenset[str] = _set("consent", "gdpr", "ccpa", "cookiebanner", "cookienotice",
                                          "cookieconsent", "cookiebar", "cookielaw", "cookiewall")
    cookie_tokens: frozenset[str] = _set("cookie", "cookies")
    max_chars: int = 3000

    def matches(self, element) -> bool:
        if element.tag in ("html", "body", "head", "p", "a", "span", "button", "input", "li"):
            return False
        vendor = _vendor_pattern(self.prefixes).search(_raw_names(element)) is not None
        tokens = element_tokens(element)
        named = vendor or _any(tokens, self.consent_tokens) or (
            _any(tokens, self.cookie_tokens) and _any(tokens, _BANNERISH)
        )
        if not named:
            label = " ".join(
                filter(None, (element.get("aria-label"), element.get("aria-labelledby"), element.get("title")))
            )
            dialog = element.get("role") in ("dialog", "alertdialog") or element.get("aria-modal") == "true"
            named = dialog and bool(re.search(r"cookie|consent|privacy|gdpr", label, re.IGNORECASE))
        if not named:
            return False
        text = visible_text(element)
        if len(text) > self.max_chars:
            return False
        # a consent container is either empty (filled by script) or speaks of consent
        return not text or vendor or bool(_CONSENT_TEXT.search(text))


# --- newsletter and sign-up boxes -------------------------------------------------

_SUBMIT_WORDS = re.compile(
    r"\b(subscribe|sign ?up|join|register|get (it|started|access|updates)|send|submit|go|notify me|"
    r"abonnieren|anmelden|s['’]abonner|s['’]inscrire|inscription|suscribirse|suscribir|suscríbete|"
    r"iscriviti|iscrivimi|assinar|inscrever|aanmelden|inschrijven|подписаться)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class SignupFormRule:
    # Removes: a form (or a form-like box) with an e-mail field and a
    #   subscribe/sign-up button: "Get the morning briefing [email] [Sign up]".
    # Keeps: search forms (no e-mail field), login forms (a password field),
    #   comment forms (a textarea), contact forms with a message box, and
    #   anything with more than 1,500 characters of text.
    name: str = "signup_form"
    max_chars: int = 1500

    def matches(self, element) -> bool:
        if element.tag != "form":
            return False
        emails = element.xpath('.//input[@type="email" or contains(translate(@name, "EMAIL", "email"), "email")]')
        if not emails:
            return False
        if element.xpath('.//input[@type="password"] | .//textarea'):
            return False
        if len(visible_text(element)) > self.max_chars:
            return False
        labels = " ".join(
            element.xpath('.//button//text() | .//input[@type="submit" or @type="button"]/@value')
        )
        return bool(_SUBMIT_WORDS.search(labels)) or bool(_SUBMIT_WORDS.search(visible_text(element)))


NEWSLETTER_BOX = TokenRule(
    # Removes: boxes named for a newsletter or a sign-up: "newsletter-signup",
    #   "subscribe-wrapper", "tnp-subscription", "mc4wp-form", "optin-box",
    #   "email-capture", "mailing-list".
    # Keeps: "subscriber-only" article wrappers (the token is "subscriber",
    #   not "subscribe"), boxes of more than 1,500 characters (a post *about*
    #   newsletters styled "newsletter-post" keeps its text).
    name="newsletter_box",
    tokens=_set(
        "newsletter", "newsletters", "subscribe", "subscription", "signup", "optin", "mc4wp", "mailchimp",
        "klaviyo", "convertkit", "mailerlite", "tnp", "substack", "nieuwsbrief",
    ),
    pairs=(
        (_set("email", "mail", "inbox"), _set("capture", "signup", "sign", "form", "subscribe", "updates", "list")),
        (_set("sign", "opt"), _set("up", "in")),
        (_set("mailing"), _set("list")),
    ),
    max_chars=1500,
)


# --- share and follow bars ----------------------------------------------------------

SHARE_BAR = TokenRule(
    # Removes: share and follow bars: "share-buttons", "social-links",
    #   "sharedaddy", "addtoany", "follow-us" boxes; short (at most 400
    #   characters) and made mostly of links or buttons, or empty (filled by
    #   script).
    # Keeps: "social" paragraphs of prose (a post styled "social-issues"
    #   has little link text), and any long block.
    name="share_bar",
    tokens=_set(
        "share", "shares", "sharing", "sharebar", "sharethis", "sharedaddy", "addthis", "addtoany", "a2a",
        "social", "socials", "socialmedia", "follow", "followus", "shariff", "ssba", "heateor", "dpsp",
    ),
    max_chars=400,
)


_EMBED_TOKENS = _set("embed", "embedded", "embeds", "tweet", "blockquote")


@dataclass(frozen=True)
class ShareBarRule:
    # (SHARE_BAR above, less embedded posts: "social-media-embed" holds a
    # tweet the story quotes, not a share button.)
    name: str = SHARE_BAR.name

    def matches(self, element) -> bool:
        if not SHARE_BAR.matches(element):
            return False
        if not _EMBED_TOKENS.isdisjoint(element_tokens(element)):
            return False  # an embedded post ("social-media-embed") is part of the story
        text = visible_text(element)
        if len(text) <= 40:
            return True  # icons, counters, "Share" alone
        return link_density(element) >= 0.5 or len(element.xpath(".//a|.//button")) >= 3


# --- related, recommended, read more ------------------------------------------------

RELATED_LINKS = TokenRule(
    # Removes: lists of other stories: "related-posts", "recommended",
    #   "more-stories", "most-popular", "trending", "read-next", "you-may-like",
    #   "outbrain", "taboola", "yarpp", "jp-relatedposts"; also a single
    #   "also read" box inside the story.
    # Keeps: a wrapper with most of the page's text (the share guard): some
    #   themes name the whole article column "related-content-wrapper";
    #   blocks of more than 4,000 characters.
    name="related_links",
    tokens=_set(
        "related", "relatedposts", "recommended", "recommendations", "recommendation", "recirc", "recirculation",
        "outbrain", "taboola", "yarpp", "trending", "popular", "mostread", "mostpopular", "readnext", "upnext",
        "alsoread", "morestories",
    ),
    pairs=(
        (_set("more"), _set("stories", "articles", "posts", "news", "from", "like", "reading")),
        (_set("read"), _set("next", "more", "also")),
        (_set("also"), _set("read", "like")),
        (_set("you"), _set("may", "might")),
        (_set("most"), _set("read", "popular", "viewed", "shared")),
        (_set("up"), _set("next")),
    ),
    max_chars=4000,
)


_LISTED = _set("post", "posts", "article", "articles", "story", "stories", "entry", "entries", "news", "blog")
_LISTING = _set("list", "grid", "feed", "loop", "cards", "teasers", "listing", "river")


@dataclass(frozen=True)
class StoryListRule:
    # Removes: a list of other stories after (or beside) the article, named
    #   as a list of posts ("post-list", "posts-grid", "article-feed",
    #   "news-list", "blog-loop"), whose items are headlines linking
    #   elsewhere: at least two headings whose text is all the text of a
    #   link to another page.
    # Keeps: a listicle's own sections (its headings are not links, or link
    #   only to themselves: <a> without href, href="#section"), a list
    #   wrapper holding the story itself (the main-content and share guards),
    #   and lists of more than 6,000 characters.
    name: str = "story_list"
    max_chars: int = 6000

    def matches(self, element) -> bool:
        if element.tag in ("html", "body", "p", "a", "li", "span", "article", "main"):
            return False
        tokens = element_tokens(element)
        if not (_any(tokens, _LISTED) and _any(tokens, _LISTING)):
            return False
        linked = 0
        for heading in element.xpath(".//h2 | .//h3 | .//h4 | .//h5"):
            text = visible_text(heading)
            if not text:
                continue
            # the heading is a link to another page (an anchor without href, or
            # to "#section", is the story's own heading)
            links = heading.xpath("ancestor::a[@href] | .//a[@href]")
            if not links or any(a.get("href", "").strip().startswith("#") for a in links):
                continue
            if heading.xpath("ancestor::a[@href]") or _WS.sub(" ", "".join(
                    t for a in heading.xpath(".//a[@href]") for t in _TEXT_XPATH(a))).strip() == text:
                linked += 1
                if linked >= 2:
                    break
        if linked < 2:
            return False
        return len(visible_text(element)) <= self.max_chars


# --- ads ----------------------------------------------------------------------------

AD_SLOT = TokenRule(
    # Removes: ad slots and sponsored blocks: "ad-slot", "ad", "ads",
    #   "advert", "advertisement", "dfp-ad", "gpt-ad", "adsbygoogle",
    #   "sponsored", "promo" bars, "mm-ads-partnerlinks", "native-ad".
    #   Google Publisher Tag slots ("div-gpt-ad-1234") go by their "ad" token.
    # Keeps: "read-more", "shadow", "header", "download", "gradient" (no
    #   whole "ad" token); "gpt-output" (an AI blog's example, not an ad
    #   slot); "leaderboard" and "billboard" alone (a golf leaderboard, a
    #   music chart); "promotion-timeline" (a career story); an <article>
    #   styled "sc-ad-container" (the main-content guard); ad-named blocks of
    #   more than 1,500 characters (a sponsored *article* is still an article).
    name="ad_slot",
    tokens=_set(
        "ad", "ads", "advert", "adverts", "advertisement", "advertisements", "advertising", "advertorial",
        "adslot", "adunit", "adsense", "adsbygoogle", "adbox", "adwrap", "adwrapper", "adcontainer", "adzone",
        "dfp", "sponsored", "sponsor", "sponsors", "promo", "promos", "promoted", "skyscraper", "mpu", "teads",
        "adthrive", "mediavine", "ezoic", "anzeige", "publicite", "publicidad", "werbung",
    ),
    max_chars=1500,
)


# --- calls to action, disclosures, paywall breakers ----------------------------------

CALL_TO_ACTION = TokenRule(
    # Removes: call-to-action boxes inside or around a story: "post-cta",
    #   "article--cta", "cta-container", "call-to-action", "cta-banner"
    #   ("Book a demo", "Get a free quote", "Want to win more jobs?").
    # Keeps: long blocks (a "cta" class on a 2,000-character section is a
    #   layout name, not a pitch).
    name="call_to_action",
    tokens=_set("cta", "ctas", "calltoaction"),
    pairs=((_set("call"), _set("action")),),
    max_chars=1500,
)

# A button's or link's whole text when it closes a pitch: "Subscribe", "Book a
# demo", "Get started for free", "Request a quote", "Start your free trial".
_PITCH_BUTTON = re.compile(
    r"^\W*(subscribe( now| today| for free| free)?|sign ?up( now| today| for free| free)?|"
    r"(book|request|schedule|get) (a |an |your )?(free |live |personali[sz]ed )?(demo|quote|consultation|estimate)"
    r"( today| now)?|get started( for free| free| today| now)?|start (your |a )?(free )?trial|try (it )?(for )?free|"
    r"start for free|talk to (sales|an expert|our experts?)|contact (sales|us today)|join (now|today|for free)|"
    r"(save|reserve|claim|book) (your|my|a) (free )?(spot|seat|place)( now| today)?|register (now|today|for free)|"
    r"(jetzt )?abonnieren|jetzt (kostenlos )?testen|demo (buchen|anfragen)|s['’]abonner|je m['’]abonne|"
    r"suscríbete|suscribirse|iscriviti|assine( já)?|abonneren|подписаться)\W*$",
    re.IGNORECASE,
)


def _longer_than(element, limit: int) -> bool:
    """True as soon as the element holds more than ``limit`` non-space
    characters of text outside scripts and styles (a lower bound of its
    visible_text length); stops reading there, so a page-sized block costs
    no more than a small one."""
    count = 0
    stack = [element]
    while stack:
        node = stack.pop()
        if node is not element and node.tail:
            count += len("".join(node.tail.split()))
        if not isinstance(node.tag, str) or node.tag in _INVISIBLE:
            continue
        if node.text:
            count += len("".join(node.text.split()))
        if count > limit:
            return True
        stack.extend(node)
    return False


_INLINE = frozenset({"span", "strong", "em", "b", "i", "u", "small", "mark"})


def _alone(node) -> bool:
    """True when the link or button is not part of a sentence: no text
    right before or after it, through any inline wrappers ("Readers can
    <a>subscribe</a> by text" is a sentence; "<p><a>Subscribe</a></p>" a button)."""
    while True:
        parent = node.getparent()
        if parent is None:
            return True
        previous = node.getprevious()
        before = (previous.tail if previous is not None else parent.text) or ""
        if before.strip() or (node.tail or "").strip():
            return False
        if parent.tag not in _INLINE:
            return True
        node = parent


_RANKED = re.compile(r"^\s*#?\d{1,2}\s*[.):]\s")


@dataclass(frozen=True)
class PitchBoxRule:
    # Removes: a small box pitching a product, a newsletter or an event,
    #   whatever its class names: a heading or a line or two and a button
    #   whose whole text (or, for an empty link, aria-label) is a call to
    #   action ("Tide tables and harbour news, monthly. [Subscribe]", "Run
    #   your crews from one screen! [Book a demo]", "Plan your crossing with
    #   our app. [Get started for free]").
    # Keeps: any box with more than 300 characters of text (a section of the
    #   story that ends on a link), a menu or link list holding a "Subscribe"
    #   item (more than three links or buttons), a link inside a sentence
    #   ("Readers can <a>subscribe</a> to alerts by text"), a box holding a
    #   list, a table or a numbered heading (a buyer's guide's product card:
    #   "1. Acme - Best overall", its pros, "Get a quote"), and a block with
    #   a byline or a date (the metadata trafilatura reads).
    name: str = "pitch_box"
    max_chars: int = 300
    max_buttons: int = 3

    def matches(self, element) -> bool:
        if element.tag not in ("div", "section", "aside"):
            return False
        # cheap tests first, each stopping early: this rule looks at every block
        clickable = list(islice((e for e in element.iter("a", "button", "input")
                                 if e.tag != "input" or e.get("type") in ("submit", "button")), self.max_buttons + 1))
        if not clickable or len(clickable) > self.max_buttons:
            return False
        if _longer_than(element, self.max_chars):
            return False
        text = visible_text(element)
        if not text or len(text) > self.max_chars:
            return False
        # (clickable holds every button now: there are at most max_buttons)
        if not any(_PITCH_BUTTON.match(visible_text(b) or b.get("aria-label") or b.get("value") or "") and _alone(b)
                   for b in clickable):
            return False
        if element.xpath(".//ul/li[2] | .//ol/li[2] | .//table"):
            return False  # a product card in a buyer's guide, with its list of pros
        headings = element.xpath(".//h2 | .//h3 | .//h4 | .//h5 | ancestor::*[position() <= 3]/*"
                                 "[self::h2 or self::h3 or self::h4 or self::h5]")
        if any(_RANKED.match(visible_text(h)) for h in headings):
            return False  # (in) an entry of a ranked list: "5. Acme - Best for families"
        return not any(_is_metadata(e) for e in element.iter() if e is not element)


DISCLOSURE = TokenRule(
    # Removes: affiliate and advertiser disclosures set apart by the theme:
    #   "disclosure", "advertiser-disclosure", "affiliate-disclaimer",
    #   "disclaimer-container" ("Products are chosen independently by our
    #   editors; purchases through our links may earn us a commission").
    #   Themes also name their fine print "disclaimer" (offer terms, "Data as
    #   of post date", the publisher's service note): it goes too.
    # Keeps: long blocks (a legal page's body styled "disclaimer-text"), and
    #   prose that mentions disclosure but is not named for it.
    name="disclosure",
    tokens=_set("disclosure", "disclosures", "disclaimer", "disclaimers", "affiliate"),
    max_chars=1200,
    # a disclosure is often one <p> or <small> the theme names (an
    # "affiliate-disclaimer-small" note glued under each product)
    skip_tags=frozenset({"html", "body", "head", "a", "li", "button", "input"}),
    takes_inline=True,
)

PAYWALL_PROMPT = TokenRule(
    # Removes: the box a paywall puts where the story stops: "paywall",
    #   "regwall", "restricted-content-breaker", "piano-offer", "meter",
    #   "premium-upsell" ("This story is for subscribers. Log in").
    # Keeps: a "premium-content" wrapper holding the story itself (the
    #   share guard), and blocks of more than 1,500 characters.
    name="paywall_prompt",
    tokens=_set("paywall", "regwall", "piano", "upsell", "meter", "metered"),
    pairs=((_set("restricted", "premium", "locked", "gated"), _set("breaker", "message", "prompt", "offer", "cta",
                                                                   "banner", "overlay", "notice", "upsell")),),
    max_chars=1500,
)

POPUP = TokenRule(
    # Removes: modal dialogs and pop-ups: "modal", "popup", "popover",
    #   "interstitial" (sign-up prompts, survey invitations, log-in boxes).
    # Keeps: long blocks (some themes render the story in a "modal-article"),
    #   the main content (guard), and "lightbox" or "overlay" galleries (their
    #   captions belong to the story).
    name="popup",
    tokens=_set("modal", "popup", "popover", "popups", "interstitial", "exitintent"),
    max_chars=1500,
)


# --- comments -----------------------------------------------------------------------

COMMENTS = TokenRule(
    # Removes: comment threads and reply forms: "comments", "comment-respond",
    #   "commentlist", "comments-area", "disqus_thread", "respond", "wpdiscuz".
    # Keeps: "commentary" sections (an opinion column is not a comment), and
    #   a lone "comment" token ("writer-comment" is a theme's name for the
    #   author's note; one comment inside a thread goes with its thread).
    name="comments",
    tokens=_set("comments", "commentlist", "disqus", "respond", "wpdiscuz", "replies", "commentform",
                "commentsection"),
    pairs=((_set("comment"), _set("area", "section", "form", "thread", "list", "respond", "wrap", "wrapper",
                                  "container", "box", "block", "reply")),
           (_set("dsq"), _set("comments", "thread"))),
)


# --- navigation, breadcrumbs, table of contents, footers, sidebars ------------------------

NAVIGATION = TokenRule(
    # Removes: <nav> and role=navigation elements, menus ("menu",
    #   "megamenu", "navbar", "main-navigation", "skip-link"), pagination and
    #   post-to-post links ("prevnext", "post-navigation", "pagination").
    # Keeps: a "nav"-named block made mostly of prose (link density under
    #   one half: some themes wrap the article column in "nav-content"); and
    #   a "canvas" or "unavailable" class (no whole "nav" token).
    name="navigation",
    tokens=_set("nav", "navbar", "navigation", "menu", "megamenu", "submenu", "menubar", "subnav", "topnav",
                "pagination", "pager", "prevnext", "skip", "skiplink", "skiplinks", "offcanvas", "hamburger"),
    pairs=((_set("prev", "previous", "next"), _set("post", "posts", "article", "link", "links")),
           (_set("post"), _set("navigation", "nav"))),
    min_link_density=0.5,
)


@dataclass(frozen=True)
class NavigationRule:
    # NAVIGATION above, plus <nav> and role=navigation/menu elements by tag
    # or role, unless mostly prose (a <nav> that carries the story is rare,
    # but seen).
    name: str = NAVIGATION.name

    def matches(self, element) -> bool:
        if element.tag == "nav" or element.get("role") in ("navigation", "menubar", "menu"):
            return link_density(element) >= 0.4 or len(visible_text(element)) < 200
        return NAVIGATION.matches(element)


BREADCRUMBS = TokenRule(
    # Removes: "breadcrumb", "breadcrumbs", "crumbs" trails (Home > News > Tech).
    # Keeps: long blocks (a trail never holds 500 characters).
    name="breadcrumbs",
    tokens=_set("breadcrumb", "breadcrumbs", "crumbs", "crumb", "breadcrum"),
    max_chars=500,
)


@dataclass(frozen=True)
class TocRule:
    # Removes: tables of contents built from the headings ("toc",
    #   "table-of-contents", "ez-toc-container", "TableOfContents", "lwptoc").
    # Keeps: prose blocks (link density under one half): a "toc" class on
    #   an intro paragraph would otherwise go; "stock" or "tocsin" (no whole
    #   "toc" token).
    name: str = "table_of_contents"

    def matches(self, element) -> bool:
        tokens = element_tokens(element)
        if not ("toc" in tokens or "tableofcontents" in tokens or "lwptoc" in tokens
                or ("table" in tokens and _any(tokens, _set("contents", "content")))
                or ("ez" in tokens and "toc" in tokens)):
            return False
        if element.tag in ("html", "body", "p", "a", "li", "span", "h1", "h2", "h3", "h4", "h5", "h6"):
            return False  # "toc-target" headings are the story's own section titles
        if not element.xpath(".//a"):
            return False
        text = visible_text(element)
        return len(text) < 3000 and link_density(element) >= 0.5


@dataclass(frozen=True)
class PageFooterRule:
    # Removes: the site footer: <footer> and role=contentinfo outside the
    #   story, and blocks named "footer", "site-footer", "colophon".
    # Keeps: a <footer> inside the <article> (trafilatura uses its byline
    #   and tags for metadata; the share guard keeps an article whose
    #   theme wraps it in "footer-wrapper"), and "footnote" sections (the
    #   token is "footnote", not "footer").
    name: str = "page_footer"
    tokens: frozenset[str] = _set("footer", "colophon", "sitefooter", "pagefooter")

    def matches(self, element) -> bool:
        if element.tag in ("html", "body", "p", "a", "li", "span"):
            return False
        if not (element.tag == "footer" or element.get("role") == "contentinfo"
                or _any(element_tokens(element), self.tokens)):
            return False
        return not any(a.tag == "article" for a in element.iterancestors())


@dataclass(frozen=True)
class SidebarRule:
    # Removes: <aside> and role=complementary, "sidebar", "widget-area",
    #   "rail" columns beside the story.
    # Keeps: an <aside> of prose inside <article> or <main> (a side note,
    #   pull quote or fact box belongs to the story; one made mostly of links
    #   is a list of other stories and goes), and "widget" alone (Elementor
    #   names every block of a page, the article's too, "elementor-widget").
    name: str = "sidebar"
    tokens: frozenset[str] = _set("sidebar", "sidebars", "rail", "siderail", "rightrail", "leftrail")

    def matches(self, element) -> bool:
        if element.tag in ("html", "body", "p", "a", "li", "span"):
            return False
        tokens = element_tokens(element)
        named = (element.tag == "aside" or element.get("role") == "complementary"
                 or _any(tokens, self.tokens) or ("widget" in tokens and "area" in tokens))
        if not named:
            return False
        if element.tag == "aside" and any(a.tag in ("article", "main") for a in element.iterancestors()):
            return link_density(element) >= 0.5
        return True


@dataclass(frozen=True)
class SiteHeaderRule:
    # Removes: the site's masthead: a <header> (or role=banner) that is not
    #   inside an <article> or <main>, and "site-header"/"masthead" blocks.
    # Keeps: the article's own <header> (headline, byline, date: the
    #   metadata trafilatura reads), a <header> of prose with no menu (a
    #   title block with the standfirst), and "header" tokens inside the story;
    #   "leaderboard-heading" has no "header" token at all.
    name: str = "site_header"

    def matches(self, element) -> bool:
        if element.tag in ("html", "body", "p", "a", "li", "span", "h1", "h2", "h3"):
            return False
        tokens = element_tokens(element)
        named = element.tag == "header" or element.get("role") == "banner" or "masthead" in tokens or (
            "header" in tokens and _any(tokens, _set("site", "page", "global", "main", "top"))
        )
        if not named:
            return False
        if element.xpath(".//h1"):
            return False  # the headline lives here: leave it to trafilatura
        if any(a.tag in ("article", "main") for a in element.iterancestors()):
            return False
        # a masthead is menus and links; a <header> of prose is the story's title block
        return link_density(element) >= 0.5 or bool(element.xpath(".//nav"))


_JUMP_TEXT = re.compile(r"^\W*(jump|skip|go|back|scroll) (down |straight )?to\b", re.IGNORECASE)


@dataclass(frozen=True)
class JumpLinkRule:
    # Removes: in-page jump links set before the story's text ("JUMP TO THE
    #   LIST", "Skip to recipe", "Back to top": <a href="#list">), which
    #   trafilatura glues to the paragraph they sit in.
    # Keeps: links to other pages with the same words, and in-page links
    #   whose text is a sentence's own words ("see the table below").
    name: str = "jump_link"
    takes_inline: bool = True

    def matches(self, element) -> bool:
        if element.tag != "a" or not (element.get("href") or "").startswith("#"):
            return False
        text = visible_text(element)
        return len(text) <= 60 and _JUMP_TEXT.match(text) is not None


CONSENT_BANNER = ConsentRule()

DOM_RULES: tuple[DomRule, ...] = (
    CONSENT_BANNER,
    SignupFormRule(),
    NEWSLETTER_BOX,
    ShareBarRule(),
    RELATED_LINKS,
    StoryListRule(),
    COMMENTS,
    AD_SLOT,
    CALL_TO_ACTION,
    PitchBoxRule(),
    DISCLOSURE,
    PAYWALL_PROMPT,
    POPUP,
    BREADCRUMBS,
    TocRule(),
    NavigationRule(),
    PageFooterRule(),
    SidebarRule(),
    SiteHeaderRule(),
    JumpLinkRule(),
)


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
    body = tree.find(".//body") if tree.tag != "body" else tree
    if body is None:
        return None
    marked = body.xpath('.//*[@itemprop="articleBody"]')
    candidates = marked or _MAIN_XPATH(body)
    best, best_chars, best_depth = None, 0, -1
    for element in candidates:
        chars = _p_chars(element)
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
        body = tree.find(".//body") if tree.tag != "body" else tree
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
        total_p = _p_chars(body)
        use_p = total_p >= 500
        total = total_p if use_p else len(visible_text(body))
        doomed: list[tuple[str, object]] = []
        climbed: set = set()  # widgets chosen above the element a rule claimed
        stack = list(reversed(body))
        while stack:  # document order; a chosen element's inside is not visited
            element = stack.pop()
            if not isinstance(element.tag, str) or element.tag in _INVISIBLE:
                continue
            if climbed and any(a in climbed for a in element.iterancestors()):
                continue  # goes with a widget already
            rule = None
            if _named_at_all(element):
                candidates = self._inline_rules if element.tag in _NEVER_ALONE else self.rules
                rule = self._rule_for(element, protected, candidates)
            if rule is not None:
                share = _p_chars(element) if use_p else len(visible_text(element))
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
            if any(_is_metadata(e) for e in parent.iter() if not _inside(e, target)):
                return target
            share = _p_chars(parent) if use_p else text
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


_METADATA_TOKENS = frozenset({"author", "byline", "date", "time", "published", "updated", "dateline", "posted"})


def _is_metadata(element) -> bool:
    if not isinstance(element.tag, str):
        return False
    return (element.tag == "time" or element.get("itemprop") is not None or element.get("rel") == "author"
            or not _METADATA_TOKENS.isdisjoint(element_tokens(element)))


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


def _speaks_consent(line: str) -> bool:
    cues = set(_CONSENT_LINE.findall(line.lower()))
    return len(cues) >= 2 and not cues.isdisjoint(_CONSENT_CORE)


# "little text": a real article has more words than these
CHALLENGE_MAX_WORDS = 150  # extracted words of a bot challenge (its body has under 400)
CONSENT_MAX_WORDS = 300
CONSENT_ONLY_WORDS = 100
ERROR_MAX_WORDS = 150
PAYWALL_MAX_WORDS = 150
# no verdict is possible on a text this long or longer
PROBLEM_MAX_WORDS = max(CHALLENGE_MAX_WORDS, CONSENT_MAX_WORDS, ERROR_MAX_WORDS, PAYWALL_MAX_WORDS)


def _words(text: str) -> int:
    return len(re.findall(r"\w+", text or ""))


def _title(tree) -> str:
    return " ".join(t.strip() for t in tree.xpath("//title//text()") if t.strip())


def _h1(tree) -> list[str]:
    return [_WS.sub(" ", "".join(_TEXT_XPATH(h))).strip() for h in tree.xpath("//h1")]


def json_ld_documents(tree) -> list:
    """The page's JSON-LD blocks, parsed; broken ones (common) are left out:
    they only lose a hint."""
    documents = []
    for script in tree.xpath('//script[@type="application/ld+json"]/text()'):
        try:
            documents.append(json.loads(script))
        except ValueError:
            continue
    return documents


def _json_ld_objects(tree) -> list[dict]:
    """Every JSON-LD object of the page, nested ones included."""
    found: list[dict] = []

    def walk(node) -> None:
        if isinstance(node, dict):
            found.append(node)
            for value in node.values():
                if isinstance(value, (dict, list)):
                    walk(value)
        elif isinstance(node, list):
            for child in node:
                walk(child)

    walk(json_ld_documents(tree))
    return found


def declares_paywall(tree) -> bool:
    """JSON-LD says isAccessibleForFree false (anywhere: @graph, hasPart ...)."""
    for node in _json_ld_objects(tree):
        free = node.get("isAccessibleForFree")
        if free is False or (isinstance(free, str) and free.strip().casefold() == "false"):
            return True
    return False


_CONSENT_CONTAINER = ConsentRule(max_chars=50_000)


def consent_share(tree) -> float:
    """Share of the body's visible text held by consent containers."""
    body = tree.find(".//body") if tree.tag != "body" else tree
    if body is None:
        return 0.0
    total = len(visible_text(body))
    if not total:
        return 0.0
    held = 0
    counted: set = set()
    for element in body.iterdescendants():
        if not isinstance(element.tag, str) or element.tag in _INVISIBLE:
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
    body = tree.find(".//body") if tree.tag != "body" else tree
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
