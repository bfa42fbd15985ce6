"""Our own aggregator web, and a bench that measures cleaning on it by its ground truth.

python -m bench.aggregator_web [--half held_out|tuning] [--stories N] [--seed S] [--json OUT]

The web (``generate``, served by ``AggregatorWeb`` on 127.0.0.1, port 0 per site):

- three publishers (Northgate Gazette and Lakeshore Herald in English,
  Alpenland Post in German and French) whose article pages carry a nav bar, a
  byline and a cookie banner at the end of the article, worded from the half;
- two aggregators (FeedBasket, NewsNook) that copy every story and wrap it in
  their own lines from the half's boilerplate bank, at the start, in the middle
  and at the end: promos, disclaimers, cookie-settings text, a related-story
  pointer, and a line (or a canonical link) naming the original. NewsNook
  words its lines in the story's language where the bank has that language;
- some originals answer 404 and one is disallowed by the publisher's
  robots.txt, so their copies are cleaned without an original;
- a content farm (NewsFlowly) with word-swapped copies of a few English
  stories that name no source.

Every page's ground truth is known: which lines are the article's paragraphs
and which are boilerplate placed in its text (``PageTruth``). The same seed,
half and story count give the same web (ports aside). The text is in
bench/aggregator_web_text.py; the boilerplate bank has two halves, TUNING and
HELD_OUT, different wordings of the same kinds: tune on TUNING, quote HELD_OUT.

The bench serves the web, runs the real crawl (the aggregator spider, the
project's pipelines, output to a temporary OUTPUT_URI), reads the stored
records back and prints, beside bare ``trafilatura.extract(html)`` on the same
copy pages, per group of copies: the share of boilerplate lines left, of
paragraphs kept, pages without a record (scored as empty output), and the
removals by rule or evidence name with how many of them were paragraphs.
"""

from __future__ import annotations

import argparse
import datetime as dt
import gzip
import json
import random
import re
import sys
import tempfile
import time
from collections import Counter
from contextlib import ExitStack
from dataclasses import dataclass, field
from pathlib import Path

from bench import aggregator_web_text as text
from crawler.demo.server import Resource, SiteServer, html
from crawler.demo.sites import article_head, esc, page, robots

HALVES = {"tuning": text.TUNING, "held_out": text.HELD_OUT}

PUBLISHERS = {"northgate": "Northgate Gazette", "lakeshore": "Lakeshore Herald",
              "alpenland": "Alpenland Post"}
AGGREGATORS = {"feedbasket": "FeedBasket", "newsnook": "NewsNook"}
FARM, FARM_NAME = "newsflowly", "NewsFlowly"
SITES = (*PUBLISHERS, *AGGREGATORS, FARM)
# NewsNook words its lines in the story's language when the bank has it.
LOCALISES = {"feedbasket": False, "newsnook": True}

# Page groups. The bench reports the three groups of copies.
ORIGINAL = "original"
WITH_ORIGINAL = "copy_with_original"  # the copy's original answers 200
WITHOUT_ORIGINAL = "copy_without_original"  # 404 or disallowed by robots.txt
FARM_COPY = "farm_copy"
GROUPS = (WITH_ORIGINAL, WITHOUT_ORIGINAL, FARM_COPY)
GROUP_TITLES = {
    WITH_ORIGINAL: "copies whose original was fetched",
    WITHOUT_ORIGINAL: "copies whose original could not be fetched (404, robots.txt)",
    FARM_COPY: "content-farm copies (reworded, no source named)",
}

# Where each aggregator puts which kind of line (kinds are drawn from these, in
# the copy's own order; the source line goes at the start or the end).
PLACES = {
    "start": ("promo_app", "disclaimer", "related", "promo_channel"),
    "middle": ("related", "promo_channel", "promo_app", "promo_social"),
    "end": ("promo_latest", "promo_social", "promo_channel", "disclaimer", "cookie_settings",
            "related"),
}
# How many lines each aggregator puts at each place (its habit), inclusive ranges.
HABITS = {
    "feedbasket": {"start": (0, 1), "middle": (1, 1), "end": (3, 4)},
    "newsnook": {"start": (1, 2), "middle": (1, 2), "end": (2, 3)},
}
# Number slots of the templated stories, inclusive ranges per template.
TEMPLATE_NUMBERS = {
    "council": dict(a=(40, 400), b=(7, 12), c=(1, 6), d=(10, 39), e=(20, 300), f=(12, 30)),
    "weather": dict(a=(4, 15), b=(12, 60), c=(2, 6), d=(5, 25), e=(3, 9), f=(10, 20)),
    "transport": dict(a=(3, 12), b=(400, 2500), c=(10, 30), d=(15, 40), e=(4, 60), f=(60, 100)),
    "courts": dict(a=(3, 12), b=(8, 90), c=(3, 9), d=(20, 150), e=(1, 3), f=(20, 80)),
    "sport": dict(a=(2, 5), b=(0, 1), c=(3000, 25000), d=(60, 89), e=(6, 20), f=(2, 9)),
}
# The hand-written stories in the order a small web takes them: the traps, then
# languages and topics interleaved, so six or eight stories already mix them.
HAND_ORDER = ("cookie-law", "telegram-alerts", "aggregator-study", "newsletter-milestone",
              "bridge-vote", "de-haushalt", "storm-warning", "fr-tram", "tram-extension",
              "de-unwetter", "fraud-trial", "fr-handball", "cup-final")
MIN_STORIES = 6  # the four traps, one 404 original and one disallowed original
FIRST_DAY = dt.date(2026, 3, 2)
NAV = ("Home", "News", "Sport", "Weather", "Business", "Opinion", "Subscribe")


@dataclass(frozen=True)
class Story:
    key: str
    language: str
    publisher: str
    topic: str
    trap: str | None
    title: str
    author: str
    published: str
    paragraphs: tuple[str, ...]
    availability: str = "ok"  # "ok", "404" or "robots"

    @property
    def path(self) -> str:
        section = "premium" if self.availability == "robots" else "news"
        return f"/{section}/{self.key}.html"


@dataclass(frozen=True)
class PageTruth:
    """What the generator knows of one page: its paragraphs and the boilerplate in its text."""

    url: str
    site: str
    group: str
    story: str
    title: str
    language: str
    paragraphs: tuple[str, ...]
    boilerplate: tuple[tuple[str, str], ...]  # (kind, line), in page order
    original_url: str | None = None
    trap: str | None = None
    source_style: str | None = None


@dataclass
class Web:
    seed: int
    half: str
    stories: tuple[Story, ...]
    routes: dict[str, dict[str, Resource]]  # site -> path -> resource
    pages: dict[str, PageTruth]  # url -> truth, for every page that answers 200
    unavailable: dict[str, str]  # original URL -> "404" | "robots"
    start_urls: tuple[str, ...]

    def group(self, name: str) -> list[PageTruth]:
        return [p for p in self.pages.values() if p.group == name]

    def copies_of(self, story_key: str) -> list[PageTruth]:
        return [p for p in self.pages.values() if p.story == story_key and p.group != ORIGINAL]

    def original_of(self, story_key: str) -> PageTruth | None:
        return next((p for p in self.pages.values()
                     if p.story == story_key and p.group == ORIGINAL), None)

    def html_of(self, url: str) -> str:
        for site, routes in self.routes.items():
            for path, resource in routes.items():
                if self.base_of(site) + path == url:
                    return resource.body.decode("utf-8")
        raise KeyError(url)

    def base_of(self, site: str) -> str:
        return self._bases[site]

    _bases: dict[str, str] = field(default_factory=dict)


# -- stories ---------------------------------------------------------------


def _hand_story(key: str, day: int) -> Story:
    language, publisher, topic, trap, title, author, paragraphs = text.STORIES[key]
    return Story(key, language, publisher, topic, trap, title, author,
                 (FIRST_DAY + dt.timedelta(days=day)).isoformat(), paragraphs)


def _templated_story(rng: random.Random, number: int, day: int, titles: set[str]) -> Story:
    topics = list(text.TEMPLATES)
    topic = topics[number % len(topics)]
    title_template, paragraph_templates = text.TEMPLATES[topic]
    while True:  # a title is the story's identity: never two alike
        towns = rng.sample(text.TOWNS, 2)
        names = rng.sample(text.NAMES, 3)
        teams = rng.sample(text.TEAMS, 2)
        slots = dict(town=towns[0], other=towns[1], name=names[0], name2=names[1], team=teams[0],
                     team2=teams[1], **{k: rng.randint(*r) for k, r in TEMPLATE_NUMBERS[topic].items()})
        title = title_template.format(**slots)
        if title not in titles:
            break
    titles.add(title)
    return Story(f"{topic}-{number}", "en", ("northgate", "lakeshore")[number % 2], topic, None,
                 title, names[2], (FIRST_DAY + dt.timedelta(days=day)).isoformat(),
                 tuple(p.format(**slots) for p in paragraph_templates))


def choose_stories(rng: random.Random, count: int) -> list[Story]:
    if count < MIN_STORIES:
        raise ValueError(f"a web needs at least {MIN_STORIES} stories (the four traps, a 404 "
                         f"original and a disallowed one), not {count}")
    stories = [_hand_story(key, day) for day, key in enumerate(HAND_ORDER[:count])]
    titles = {s.title for s in stories}
    for number in range(count - len(stories)):
        stories.append(_templated_story(rng, number, len(stories), titles))
    # Originals that cannot be had: never a trap's (the traps are checked
    # against their originals), one behind robots.txt, about one in seven 404.
    candidates = [s for s in stories if s.trap is None]
    lost = rng.sample(candidates, 1 + max(1, round(count / 7)))
    marks = {lost[0].key: "robots", **{s.key: "404" for s in lost[1:]}}
    return [Story(**{**vars(s), "availability": marks.get(s.key, "ok")}) for s in stories]


def spin(sentence: str) -> str:
    """The content farm's rewording: whole-word swaps from text.SPIN."""
    def swap(match: re.Match) -> str:
        word = match.group(0)
        new = text.SPIN.get(word.lower())
        if new is None:
            return word
        return new[0].upper() + new[1:] if word[0].isupper() else new
    return re.sub(r"[A-Za-z]+", swap, sentence)


# -- pages -----------------------------------------------------------------


def _wording(bank: dict, kind: str, language: str, localise: bool, rng: random.Random) -> str:
    by_language = bank[kind]
    choices = by_language.get(language) if localise else None
    return rng.choice(choices or by_language["en"])


def publisher_routes(site: str, stories: list[Story], bank: dict, rng: random.Random,
                     base: str, pages: dict[str, PageTruth]) -> dict[str, Resource]:
    name = PUBLISHERS[site]
    nav = " ".join(f'<a href="/">{label}</a>' for label in NAV)
    own = [s for s in stories if s.publisher == site]
    items = "".join(f'<li><a href="{s.path}">{esc(s.title)}</a></li>' for s in own
                    if s.availability == "ok")
    routes = {
        "/": html(page(name, f"<header><nav>{nav}</nav></header><main><h1>{esc(name)}</h1>"
                             f"<ul>{items}</ul></main>", head='<meta property="og:type" content="website">')),
        "/robots.txt": robots(base, disallow="/premium/"),
    }
    for story in own:
        url = base + story.path
        if story.availability == "404":
            routes[story.path] = html(page("Page not found", "<main><h1>Page not found</h1><p>The "
                                           "page you asked for does not exist.</p></main>"), status=404)
            continue
        byline = f"By {story.author} | {story.published}"
        banner = _wording(bank, "cookie_banner", story.language, True, rng)
        body = (
            f'<header><a href="/">{esc(name)}</a><nav>{nav}</nav></header>\n<main>\n<article>\n'
            f"<h1>{esc(story.title)}</h1>\n<p class=\"byline\">{esc(byline)}</p>\n"
            + "\n".join(f"<p>{esc(p)}</p>" for p in story.paragraphs)
            # The consent plugin writes its banner into the article body, where
            # extraction keeps it: that is what line cleaning is for.
            + f'\n<p class="consent">{esc(banner)}</p>\n</article>\n</main>\n'
            f'<footer><a href="/">Home</a> <a href="/">Contact</a> <a href="/">Privacy</a></footer>'
        )
        routes[story.path] = html(page(story.title, body, lang=story.language,
                                       head=article_head(story.title, url, story.author,
                                                         story.published, url)))
        if story.availability == "ok":
            pages[url] = PageTruth(url, site, ORIGINAL, story.key, story.title, story.language,
                                   story.paragraphs, (("byline", byline), ("cookie_banner", banner)),
                                   trap=story.trap)
    return routes


def copy_path(site: str, story: Story) -> str:
    return (f"/{story.published[:4]}/{story.published[5:7]}/{story.key}.html" if site == "feedbasket"
            else f"/news/{story.key}/")


def aggregator_routes(site: str, stories: list[Story], bank: dict, styles: tuple, rng: random.Random,
                      bases: dict[str, str], pages: dict[str, PageTruth]) -> dict[str, Resource]:
    name, base = AGGREGATORS[site], bases[site]
    menu = " ".join(f'<a href="/">{label}</a>' for label in ("Top stories", "World", "Local", "Sport"))
    routes = {
        "/": html(page(name, f"<header><nav>{menu}</nav></header><main><h1>{esc(name)}</h1><ul>"
                             + "".join(f'<li><a href="{copy_path(site, s)}">{esc(s.title)}</a></li>'
                                       for s in stories)
                             + "</ul></main>", head='<meta property="og:type" content="website">')),
        "/robots.txt": robots(base),
    }
    offset = 0 if site == "feedbasket" else 2  # the two aggregators cycle the styles out of step
    for number, story in enumerate(stories):
        path, url = copy_path(site, story), base + copy_path(site, story)
        original_url = bases[story.publisher] + story.path
        style, source_html, source_text = styles[(number + offset) % len(styles)]
        localise = LOCALISES[site]
        others = [s for s in stories if s.key != story.key]
        same_language = [s for s in others if s.language == story.language] or others

        def line(kind: str) -> tuple[str, str, str]:
            """(kind, visible text, html) of one of the aggregator's lines."""
            wording = _wording(bank, kind, story.language, localise, rng)
            if kind == "related":
                other = rng.choice(same_language)
                visible = wording.format(title=other.title)
                prefix = esc(wording.split("{title}")[0])
                return kind, visible, f'{prefix}<a href="{copy_path(site, other)}">{esc(other.title)}</a>'
            visible = wording.format(site=name)
            return kind, visible, esc(visible)

        placed: dict[str, list[tuple[str, str, str]]] = {}
        for place, (low, high) in HABITS[site].items():
            kinds = rng.sample(PLACES[place], rng.randint(low, high))
            placed[place] = [line(kind) for kind in kinds]
        if source_html:
            source = ("source", source_text.format(publisher=PUBLISHERS[story.publisher]),
                      source_html.format(url=esc(original_url), publisher=esc(PUBLISHERS[story.publisher])))
            if style == "credit_link":
                placed["end"].append(source)  # a bare credit is only recognised closing the copy
            else:
                where = placed[rng.choice(("start", "end"))]
                where.insert(rng.randint(0, len(where)), source)
        # One wording once per copy: a line repeated within a page is another matter.
        seen: set[str] = set()
        for place in placed:
            placed[place] = [entry for entry in placed[place]
                             if not (entry[1] in seen or seen.add(entry[1]))]
        middle_after = rng.randint(1, len(story.paragraphs) - 1)
        blocks = [*placed["start"]]
        for index, paragraph in enumerate(story.paragraphs):
            blocks.append(("paragraph", paragraph, esc(paragraph)))
            if index + 1 == middle_after:
                blocks.extend(placed["middle"])
        blocks.extend(placed["end"])
        share = (f'<div class="share"><a href="https://www.facebook.com/sharer/sharer.php?u={esc(url)}">'
                 f'Share</a> <a href="https://twitter.com/intent/tweet?url={esc(url)}">Tweet</a> '
                 f'<a href="https://wa.me/?text={esc(url)}">WhatsApp</a></div>')
        body = (
            f'<header><a href="/">{esc(name)}</a><nav>{menu}</nav></header>\n'
            f'<main><article><h1 class="entry-title">{esc(story.title)}</h1>\n{share}\n'
            '<div class="entry-content">\n'
            + "\n".join(f"<p>{markup}</p>" for _, _, markup in blocks)
            + "\n</div></article></main>\n"
            f'<footer><a href="https://www.facebook.com/{site}">Facebook</a> '
            f'<a href="https://t.me/{site}">Telegram</a> <a href="/">About {esc(name)}</a></footer>'
        )
        canonical = original_url if style == "canonical" else url
        routes[path] = html(page(story.title, body, lang=story.language,
                                 head=article_head(story.title, url, f"{name} Desk", story.published,
                                                   canonical)))
        group = WITH_ORIGINAL if story.availability == "ok" else WITHOUT_ORIGINAL
        pages[url] = PageTruth(url, site, group, story.key, story.title, story.language,
                               story.paragraphs,
                               tuple((kind, visible) for kind, visible, _ in blocks if kind != "paragraph"),
                               original_url=original_url, trap=story.trap, source_style=style)
    return routes


def farm_routes(stories: list[Story], bank: dict, rng: random.Random, base: str,
                pages: dict[str, PageTruth]) -> dict[str, Resource]:
    english = [s for s in stories if s.language == "en"]
    spun = sorted(rng.sample(english, max(2, len(stories) // 5)), key=english.index)
    routes = {
        "/": html(page(FARM_NAME, "<main><h1>Trending now</h1><ul>"
                                  + "".join(f'<li><a href="/{s.key}.html">{esc(spin(s.title))}</a></li>'
                                            for s in spun)
                                  + "</ul></main>", head='<meta property="og:type" content="website">')),
        "/robots.txt": robots(base),
    }
    for story in spun:
        path, url = f"/{story.key}.html", f"{base}/{story.key}.html"
        title, paragraphs = spin(story.title), tuple(spin(p) for p in story.paragraphs)
        promo_kind = rng.choice(("promo_social", "promo_app"))
        promo = _wording(bank, promo_kind, "en", False, rng).format(site=FARM_NAME)
        banner = _wording(bank, "cookie_banner", "en", False, rng)
        lines = [*paragraphs]
        at_start = rng.random() < 0.5
        lines.insert(0 if at_start else len(lines), promo)
        lines.append(banner)
        boilerplate = ((promo_kind, promo), ("cookie_banner", banner))  # in page order either way
        published = (dt.date.fromisoformat(story.published) + dt.timedelta(days=1)).isoformat()
        body = (f"<main><article><h1>{esc(title)}</h1>\n"
                + "\n".join(f"<p>{esc(line)}</p>" for line in lines) + "</article></main>")
        routes[path] = html(page(title, body, head=article_head(title, url, "NewsFlowly Team",
                                                                published, url)))
        pages[url] = PageTruth(url, FARM, FARM_COPY, story.key, title, "en", paragraphs, boilerplate,
                               trap=story.trap)
    return routes


def generate(bases: dict[str, str], seed: int = 1, half: str = "tuning", stories: int = 12) -> Web:
    """The whole web for these site base URLs: routes per site and every page's ground truth."""
    if half not in HALVES:
        raise ValueError(f"half must be one of {sorted(HALVES)}, not {half!r}")
    bank = HALVES[half]
    # One generator per part, each seeded from the seed alone: the same seed
    # gives the same stories whichever half is served.
    story_rng = random.Random(f"stories:{seed}:{stories}")
    chosen = choose_stories(story_rng, stories)
    pages: dict[str, PageTruth] = {}
    routes: dict[str, dict[str, Resource]] = {}
    for site in PUBLISHERS:
        routes[site] = publisher_routes(site, chosen, bank, random.Random(f"{site}:{seed}"),
                                        bases[site], pages)
    for site in AGGREGATORS:
        routes[site] = aggregator_routes(site, chosen, bank, text.SOURCE_STYLES[half],
                                         random.Random(f"{site}:{seed}"), bases, pages)
    routes[FARM] = farm_routes(chosen, bank, random.Random(f"{FARM}:{seed}"), bases[FARM], pages)
    unavailable = {bases[s.publisher] + s.path: s.availability for s in chosen if s.availability != "ok"}
    start = tuple(bases[site] + "/" for site in (*AGGREGATORS, FARM))
    return Web(seed, half, tuple(chosen), routes, pages, unavailable, start, dict(bases))


class AggregatorWeb:
    """The generated web served on 127.0.0.1, one SiteServer (port 0) per site."""

    def __init__(self, seed: int = 1, half: str = "tuning", stories: int = 12):
        self.seed, self.half, self.stories = seed, half, stories
        self._stack = ExitStack()
        self.servers: dict[str, SiteServer] = {}
        self.web: Web | None = None

    def __enter__(self) -> Web:
        try:
            self.servers = {site: SiteServer() for site in SITES}  # bound now: ports known
            self.web = generate({site: s.base_url for site, s in self.servers.items()},
                                self.seed, self.half, self.stories)
            for site, server in self.servers.items():
                server.routes.update(self.web.routes[site])
                self._stack.enter_context(server)
        except BaseException:
            self._stack.close()
            raise
        return self.web

    def __exit__(self, *exc) -> None:
        self._stack.close()

    @property
    def allow_hosts(self) -> str:
        """ALLOW_PRIVATE_HOSTS admitting exactly these servers."""
        return ",".join(server.netloc for server in self.servers.values())


# -- measuring -------------------------------------------------------------


def _normalise(line: str) -> str:
    from cleaners.base import normalise
    return normalise(line)


class Output:
    """One system's text for one page, for asking which ground-truth lines it holds."""

    def __init__(self, text: str | None):
        self.text = text or ""
        self.lines = {_normalise(line) for line in self.text.splitlines()}
        self.padded = f" {_normalise(self.text)} "

    def holds(self, line: str) -> bool:
        """A line of three words or fewer ("Source link", "— Alpenland Post") must be
        a whole output line (the same words inside a paragraph are the paragraph's);
        a longer one counts anywhere, on word boundaries."""
        key = _normalise(line)
        if not key:
            return False
        if len(key.split()) <= 3:
            return key in self.lines
        return f" {key} " in self.padded


def is_paragraph(removed: str, paragraphs: tuple[str, ...]) -> bool:
    """Whether a removed line was (or held, or was a good part of) an article paragraph."""
    key = f" {_normalise(removed)} "
    if not key.strip():
        return False
    for paragraph in paragraphs:
        other = f" {_normalise(paragraph)} "
        if other in key or (len(key.split()) >= 4 and key in other):
            return True
    return False


@dataclass
class Score:
    pages: int = 0
    empty: int = 0  # no record (ours) or no extraction (bare): all paragraphs lost
    boilerplate: int = 0
    boilerplate_left: int = 0
    paragraphs: int = 0
    paragraphs_kept: int = 0
    against_original: int = 0  # ours: records with cleaned_against_original true
    left_by_kind: Counter = field(default_factory=Counter)
    removals: Counter = field(default_factory=Counter)
    false_removals: Counter = field(default_factory=Counter)
    leaks: list[dict] = field(default_factory=list)
    lost: list[dict] = field(default_factory=list)

    def add(self, truth: PageTruth, output: str | None, record: dict | None = None) -> None:
        self.pages += 1
        self.empty += output is None
        held = Output(output)
        self.boilerplate += len(truth.boilerplate)
        for kind, line in truth.boilerplate:
            if held.holds(line):
                self.boilerplate_left += 1
                self.left_by_kind[kind] += 1
                self.leaks.append({"url": truth.url, "kind": kind, "line": line})
        self.paragraphs += len(truth.paragraphs)
        for paragraph in truth.paragraphs:
            if held.holds(paragraph):
                self.paragraphs_kept += 1
            else:
                self.lost.append({"url": truth.url, "paragraph": paragraph})
        if record is not None:
            self.against_original += bool(record.get("cleaned_against_original"))
            for removal in record.get("removed") or ():
                self.removals[removal["rule"]] += 1
                if is_paragraph(removal["text"], truth.paragraphs):
                    self.false_removals[removal["rule"]] += 1

    @property
    def left_share(self) -> float:
        return self.boilerplate_left / self.boilerplate if self.boilerplate else 0.0

    @property
    def kept_share(self) -> float:
        return self.paragraphs_kept / self.paragraphs if self.paragraphs else 1.0

    def as_dict(self, with_lines: bool) -> dict:
        out = {name: getattr(self, name) for name in (
            "pages", "empty", "boilerplate", "boilerplate_left", "paragraphs", "paragraphs_kept",
            "against_original")}
        out.update(left_share=self.left_share, kept_share=self.kept_share,
                   left_by_kind=dict(self.left_by_kind), removals=dict(self.removals),
                   false_removals=dict(self.false_removals))
        if with_lines:
            out.update(leaks=self.leaks, lost=self.lost)
        return out


# Issue 12's targets: (most boilerplate left, fewest paragraphs kept), None where none is set.
TARGETS = {WITH_ORIGINAL: (0.005, 0.995), WITHOUT_ORIGINAL: (0.05, None), FARM_COPY: (None, None)}


def target_met(group: str, score: Score) -> bool | None:
    most_left, least_kept = TARGETS[group]
    if most_left is None and least_kept is None:
        return None
    return ((most_left is None or score.left_share <= most_left)
            and (least_kept is None or score.kept_share >= least_kept))


def score_web(web: Web, records: list[dict]) -> dict[str, dict[str, Score]]:
    """Per group, the bare and our scores over the group's copy pages."""
    import trafilatura

    by_url = {r["url"]: r for r in records}
    scores = {group: {"bare": Score(), "ours": Score()} for group in GROUPS}
    for group in GROUPS:
        for truth in sorted(web.group(group), key=lambda p: p.url):
            scores[group]["bare"].add(truth, trafilatura.extract(web.html_of(truth.url)))
            record = by_url.get(truth.url)
            scores[group]["ours"].add(truth, record["text"] if record else None, record)
    return scores


# -- the crawl ---------------------------------------------------------------


def crawl_web(web: Web, allow_hosts: str, scratch: Path) -> tuple[list[dict], dict]:
    """The real crawl: the aggregator spider with the project's settings and pipelines."""
    from scrapy.crawler import CrawlerProcess

    import crawler.settings as project
    from crawler.spiders.aggregator import AggregatorSpider

    settings = {name: value for name, value in vars(project).items() if name.isupper()}
    settings.update(
        ALLOW_PRIVATE_HOSTS=allow_hosts, AUTOTHROTTLE_ENABLED=False, LOG_LEVEL="WARNING",
        OUTPUT_URI=str(scratch / "out"), OUTPUT_SPOOL_DIR=str(scratch / "spool"),
        LOCK_DIR=str(scratch / "locks"), REDIS_URL="",
    )
    process = CrawlerProcess(settings)
    crawler = process.create_crawler(AggregatorSpider)
    process.crawl(crawler, start_urls=",".join(web.start_urls))
    process.start()
    records = []
    for path in sorted((scratch / "out").glob("items/*/dt=*/*.jsonl.gz")):
        with gzip.open(path, "rt", encoding="utf-8") as lines:
            records.extend(json.loads(line) for line in lines if line.strip())
    return records, crawler.stats.get_stats()


# -- printing ----------------------------------------------------------------


def _share(part: int, whole: int) -> str:
    return f"{100 * part / whole:.2f}% ({part} of {whole})" if whole else "n/a"


def report(web: Web, scores: dict[str, dict[str, Score]], seconds: float) -> str:
    out = [f"\n# Aggregator web, {web.half} half: {len(web.stories)} stories, seed {web.seed}, "
           f"{len(web.pages)} pages with ground truth, crawled in {seconds:.1f} s\n"]
    for group in GROUPS:
        bare, ours = scores[group]["bare"], scores[group]["ours"]
        out.append(f"## {GROUP_TITLES[group]}: {ours.pages} pages\n")
        out.append("| figure | bare trafilatura | ours |\n| --- | ---: | ---: |")
        out.append(f"| boilerplate lines left | {_share(bare.boilerplate_left, bare.boilerplate)} "
                   f"| {_share(ours.boilerplate_left, ours.boilerplate)} |")
        out.append(f"| article paragraphs kept | {_share(bare.paragraphs_kept, bare.paragraphs)} "
                   f"| {_share(ours.paragraphs_kept, ours.paragraphs)} |")
        out.append(f"| pages with no output (no record) | {bare.empty} | {ours.empty} |")
        if group != FARM_COPY:
            out.append(f"| records cleaned against their original | | {ours.against_original} |")
        met = target_met(group, ours)
        most_left, least_kept = TARGETS[group]
        if met is not None:
            wanted = " with ".join(part for part in (
                f"≤ {100 * most_left:g}% left" if most_left is not None else "",
                f"≥ {100 * least_kept:g}% kept" if least_kept is not None else "") if part)
            out.append(f"\ntarget {wanted}: **{'met' if met else 'missed'}**")
        if ours.left_by_kind:
            out.append("boilerplate left (ours) by kind: " + ", ".join(
                f"{kind} {n}" for kind, n in sorted(ours.left_by_kind.items())))
        out.append("\n| removed by | lines | of them article paragraphs |\n| --- | ---: | ---: |")
        for rule, n in sorted(ours.removals.items(), key=lambda item: (-item[1], item[0])):
            out.append(f"| {rule} | {n} | {ours.false_removals.get(rule, 0)} |")
        if met is False or ours.paragraphs_kept < ours.paragraphs:
            if web.half == "tuning":
                for leak in ours.leaks:
                    out.append(f"- leaked [{leak['kind']}] {leak['line']!r}  ({leak['url']})")
                for lost in ours.lost:
                    out.append(f"- lost paragraph {lost['paragraph'][:90]!r}  ({lost['url']})")
            else:
                out.append("(lines are not listed for the held-out half; run --half tuning to see "
                           "what leaks there)")
        out.append("")
    return "\n".join(out)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.aggregator_web",
                                     description=__doc__.split("\n\n")[0])
    parser.add_argument("--half", choices=sorted(HALVES), default="held_out")
    parser.add_argument("--stories", type=int, default=40)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--json", type=Path, help="write every figure to this file")
    args = parser.parse_args(argv)
    if args.stories < MIN_STORIES:
        parser.error(f"--stories must be at least {MIN_STORIES}")
    served = AggregatorWeb(args.seed, args.half, args.stories)
    with served as web, tempfile.TemporaryDirectory(prefix="aggweb-") as scratch:
        started = time.perf_counter()
        records, stats = crawl_web(web, served.allow_hosts, Path(scratch))
        seconds = time.perf_counter() - started
    scores = score_web(web, records)
    print(report(web, scores, seconds))
    if args.json:
        import trafilatura
        with_lines = args.half == "tuning"  # the held-out half's lines are never listed
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps({
            "command": " ".join(["python -m bench.aggregator_web", *(argv or sys.argv[1:])]),
            "half": args.half, "seed": args.seed, "stories": args.stories,
            "trafilatura": trafilatura.__version__, "seconds": seconds,
            "records": len(records),
            "groups": {group: {system: score.as_dict(with_lines)
                               for system, score in scores[group].items()} for group in GROUPS},
            "targets": {group: target_met(group, scores[group]["ours"]) for group in GROUPS},
            "stats": {k: v for k, v in stats.items() if isinstance(v, (int, float, str))},
        }, indent=1, ensure_ascii=False), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
