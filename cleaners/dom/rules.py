"""The DOM rules: boilerplate containers removed from the HTML tree before extraction.

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

The guards that protect the article whatever a rule says are the pruner's
(see cleaners.dom.pruner).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from itertools import islice
from typing import Protocol, runtime_checkable

from cleaners.dom.tokens import (INVISIBLE_TAGS, element_tokens, has_any, is_metadata, link_density, raw_names,
                                 token_set, visible_text)

# --- the rule protocol -------------------------------------------------------


@runtime_checkable
class DomRule(Protocol):
    """A named test for one kind of boilerplate container.

    A rule may also set ``takes_inline = True`` to be tried on the elements
    that are otherwise never removed alone (see _NEVER_ALONE)."""

    name: str

    def matches(self, element) -> bool: ...



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
            raw = raw_names(element)
            if any(f" {prefix}" in raw for prefix in self.prefixes):
                return True
        tokens = element_tokens(element)
        if not tokens:
            return False
        if has_any(tokens, self.tokens):
            return True
        return any(has_any(tokens, first) and has_any(tokens, second) for first, second in self.pairs)



# --- consent and cookie banners -------------------------------------------------

_CONSENT_TEXT = re.compile(
    r"\b(cookies?|consent|gdpr|ccpa|privacy|partners|personal data|tracking|"
    r"datenschutz|einwilligung|confidentialité|consentement|privacidad|consentimiento|"
    r"riservatezza|consenso|privacidade|toestemming|конфиденциальност|согласи)",
    re.IGNORECASE,
)
_BANNERISH = token_set(
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
    consent_tokens: frozenset[str] = token_set("consent", "gdpr", "ccpa", "cookiebanner", "cookienotice",
                                          "cookieconsent", "cookiebar", "cookielaw", "cookiewall")
    cookie_tokens: frozenset[str] = token_set("cookie", "cookies")
    max_chars: int = 3000

    def matches(self, element) -> bool:
        if element.tag in ("html", "body", "head", "p", "a", "span", "button", "input", "li"):
            return False
        vendor = _vendor_pattern(self.prefixes).search(raw_names(element)) is not None
        tokens = element_tokens(element)
        named = vendor or has_any(tokens, self.consent_tokens) or (
            has_any(tokens, self.cookie_tokens) and has_any(tokens, _BANNERISH)
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
    tokens=token_set(
        "newsletter", "newsletters", "subscribe", "subscription", "signup", "optin", "mc4wp", "mailchimp",
        "klaviyo", "convertkit", "mailerlite", "tnp", "substack", "nieuwsbrief",
    ),
    pairs=(
        (token_set("email", "mail", "inbox"), token_set("capture", "signup", "sign", "form", "subscribe", "updates", "list")),
        (token_set("sign", "opt"), token_set("up", "in")),
        (token_set("mailing"), token_set("list")),
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
    tokens=token_set(
        "share", "shares", "sharing", "sharebar", "sharethis", "sharedaddy", "addthis", "addtoany", "a2a",
        "social", "socials", "socialmedia", "follow", "followus", "shariff", "ssba", "heateor", "dpsp",
    ),
    max_chars=400,
)


_EMBED_TOKENS = token_set("embed", "embedded", "embeds", "tweet", "blockquote")


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
    tokens=token_set(
        "related", "relatedposts", "recommended", "recommendations", "recommendation", "recirc", "recirculation",
        "outbrain", "taboola", "yarpp", "trending", "popular", "mostread", "mostpopular", "readnext", "upnext",
        "alsoread", "morestories",
    ),
    pairs=(
        (token_set("more"), token_set("stories", "articles", "posts", "news", "from", "like", "reading")),
        (token_set("read"), token_set("next", "more", "also")),
        (token_set("also"), token_set("read", "like")),
        (token_set("you"), token_set("may", "might")),
        (token_set("most"), token_set("read", "popular", "viewed", "shared")),
        (token_set("up"), token_set("next")),
    ),
    max_chars=4000,
)


_LISTED = token_set("post", "posts", "article", "articles", "story", "stories", "entry", "entries", "news", "blog")
_LISTING = token_set("list", "grid", "feed", "loop", "cards", "teasers", "listing", "river")


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
        if not (has_any(tokens, _LISTED) and has_any(tokens, _LISTING)):
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
            if heading.xpath("ancestor::a[@href]") or visible_text(*heading.xpath(".//a[@href]")) == text:
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
    tokens=token_set(
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
    tokens=token_set("cta", "ctas", "calltoaction"),
    pairs=((token_set("call"), token_set("action")),),
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
        if not isinstance(node.tag, str) or node.tag in INVISIBLE_TAGS:
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
        return not any(is_metadata(e) for e in element.iter() if e is not element)


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
    tokens=token_set("disclosure", "disclosures", "disclaimer", "disclaimers", "affiliate"),
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
    tokens=token_set("paywall", "regwall", "piano", "upsell", "meter", "metered"),
    pairs=((token_set("restricted", "premium", "locked", "gated"), token_set("breaker", "message", "prompt", "offer", "cta",
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
    tokens=token_set("modal", "popup", "popover", "popups", "interstitial", "exitintent"),
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
    tokens=token_set("comments", "commentlist", "disqus", "respond", "wpdiscuz", "replies", "commentform",
                "commentsection"),
    pairs=((token_set("comment"), token_set("area", "section", "form", "thread", "list", "respond", "wrap", "wrapper",
                                  "container", "box", "block", "reply")),
           (token_set("dsq"), token_set("comments", "thread"))),
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
    tokens=token_set("nav", "navbar", "navigation", "menu", "megamenu", "submenu", "menubar", "subnav", "topnav",
                "pagination", "pager", "prevnext", "skip", "skiplink", "skiplinks", "offcanvas", "hamburger"),
    pairs=((token_set("prev", "previous", "next"), token_set("post", "posts", "article", "link", "links")),
           (token_set("post"), token_set("navigation", "nav"))),
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
    tokens=token_set("breadcrumb", "breadcrumbs", "crumbs", "crumb", "breadcrum"),
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
                or ("table" in tokens and has_any(tokens, token_set("contents", "content")))
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
    tokens: frozenset[str] = token_set("footer", "colophon", "sitefooter", "pagefooter")

    def matches(self, element) -> bool:
        if element.tag in ("html", "body", "p", "a", "li", "span"):
            return False
        if not (element.tag == "footer" or element.get("role") == "contentinfo"
                or has_any(element_tokens(element), self.tokens)):
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
    tokens: frozenset[str] = token_set("sidebar", "sidebars", "rail", "siderail", "rightrail", "leftrail")

    def matches(self, element) -> bool:
        if element.tag in ("html", "body", "p", "a", "li", "span"):
            return False
        tokens = element_tokens(element)
        named = (element.tag == "aside" or element.get("role") == "complementary"
                 or has_any(tokens, self.tokens) or ("widget" in tokens and "area" in tokens))
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
            "header" in tokens and has_any(tokens, token_set("site", "page", "global", "main", "top"))
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
