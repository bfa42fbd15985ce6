"""The demo sites, rendered from stories.json (our own text).

- two publishers ("harbour" in English, "rheinblick" in German, French and
  Spanish) whose article pages end in a cookie banner, with a listing page,
  an about page, a sitemap, an RSS feed and a robots.txt-disallowed section;
- an aggregator ("hub") that copies every story verbatim and appends
  promo lines, a link to the original (in varying styles) and a disclaimer,
  between share buttons and social profile links;
- a content farm ("spinwire") that rewrites stories with synonyms, with a
  cookie banner and no source link.
"""

from __future__ import annotations

import html as htmlmod
import json
from contextlib import ExitStack
from dataclasses import dataclass
from pathlib import Path

from crawler.demo.server import Resource, SiteServer, html

STORIES = Path(__file__).with_name("stories.json")

COOKIE_BANNERS = {
    "harbour": "We use cookies to personalise content and ads and to analyse our traffic. "
    "Accept all Cookie settings",
    "rheinblick": "Diese Website verwendet Cookies, um Ihnen das beste Nutzererlebnis zu "
    "bieten. Akzeptieren Mehr erfahren",
    "spinwire": "This website uses cookies to improve your experience. We'll assume you're "
    "ok with this, but you can opt-out if you wish. Accept Read More",
}

HUB_PROMOS = (
    "Stay connected with us on social media platforms for instant updates, click here to "
    "join our Twitter and Facebook",
    "We are now on Telegram. Click here to join our channel (@HubDailyNews) and stay "
    "updated with the latest headlines.",
    "For all the latest World News Click Here",
    "For the latest news and updates, follow us on Google News",
)
HUB_DISCLAIMER = (
    "Denial of responsibility! HubDaily is an automatic aggregator of the world's media. "
    "All the content is freely available on the Internet; we have only arranged it on one "
    "platform for educational purposes. Each item links to its primary source. All "
    "trademarks belong to their rightful owners and all materials to their authors. If you "
    "own this content and do not want us to publish it, email us and it will be deleted "
    "within 24 hours."
)

# How each copy names its source, cycled over the copies (see crawler/fetch/sources.py).
SOURCE_STYLES = ("read_original", "source_link", "full_article_on", "originally_published",
                 "source_colon", "canonical")


@dataclass(frozen=True)
class Story:
    publisher: str
    publisher_name: str
    slug: str
    language: str
    title: str
    author: str
    published: str
    teaser: str
    paragraphs: tuple[str, ...]

    @property
    def path(self) -> str:
        return f"/news/{self.slug}.html"


def load_stories(path: Path = STORIES) -> tuple[list[Story], list[dict]]:
    data = json.loads(path.read_text(encoding="utf-8"))
    stories = [
        Story(pub["slug"], pub["name"], s["slug"], s["language"], s["title"], s["author"],
              s["published"], s.get("teaser", ""), tuple(s["paragraphs"]))
        for pub in data["publishers"] for s in pub["stories"]
    ]
    return stories, data["rewrites"]


def esc(text: str) -> str:
    return htmlmod.escape(text, quote=True)


def page(title: str, body: str, *, lang: str = "en", head: str = "") -> str:
    return (
        f'<!DOCTYPE html>\n<html lang="{lang}"><head><meta charset="utf-8">'
        f"<title>{esc(title)}</title>{head}</head>\n<body>\n{body}\n</body></html>\n"
    )


def article_head(story_title: str, url: str, author: str, published: str, canonical: str) -> str:
    return (
        f'<link rel="canonical" href="{esc(canonical)}">'
        f'<meta property="og:type" content="article">'
        f'<meta property="og:title" content="{esc(story_title)}">'
        f'<meta property="og:url" content="{esc(canonical)}">'
        f'<meta name="author" content="{esc(author)}">'
        f'<meta property="article:published_time" content="{published}T08:00:00Z">'
    )


def paragraphs_html(paragraphs) -> str:
    return "\n".join(f"<p>{esc(p)}</p>" for p in paragraphs)


def listing(site_name: str, links: list[tuple[str, str, str]], lang: str, extra: str = "") -> str:
    items = "\n".join(
        f'<li><h2><a href="{href}">{esc(title)}</a></h2><p>{esc(teaser)}</p></li>'
        for href, title, teaser in links
    )
    return page(
        site_name,
        f'<header><a href="/">{esc(site_name)}</a></header>\n<main><h1>{esc(site_name)}</h1>'
        f"<ul class=\"stories\">{items}</ul>{extra}</main>",
        lang=lang,
        head='<meta property="og:type" content="website">',
    )


def robots(base: str, disallow: str = "") -> Resource:
    lines = ["User-agent: *", f"Disallow: {disallow}" if disallow else "Allow: /",
             f"Sitemap: {base}/sitemap.xml", ""]
    return Resource("\n".join(lines).encode(), content_type="text/plain")


def sitemap(urls: list[str]) -> Resource:
    entries = "".join(f"<url><loc>{esc(u)}</loc></url>" for u in urls)
    body = ('<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/'
            f'schemas/sitemap/0.9">{entries}</urlset>\n')
    return Resource(body.encode(), content_type="application/xml")


def rss(title: str, urls: list[tuple[str, str]]) -> Resource:
    items = "".join(f"<item><title>{esc(t)}</title><link>{esc(u)}</link></item>" for u, t in urls)
    body = (f'<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel>'
            f"<title>{esc(title)}</title>{items}</channel></rss>\n")
    return Resource(body.encode(), content_type="application/rss+xml")


def publisher_routes(name: str, slug: str, stories: list[Story], base: str) -> dict[str, Resource]:
    lang = stories[0].language
    routes = {
        "/": html(listing(name, [(s.path, s.title, s.teaser) for s in stories], lang,
                          extra='<p><a href="/members/offer.html">Members only</a> · '
                                '<a href="/about.html">About us</a></p>')),
        "/about.html": html(page(f"About {name}", f"<main><h1>About us</h1><p>{esc(name)} is "
                                 "an independent newsroom.</p></main>", lang=lang)),
        "/members/offer.html": html(page("Members", "<main><p>Members only.</p></main>")),
        "/robots.txt": robots(base, disallow="/members/"),
        "/sitemap.xml": sitemap([base + s.path for s in stories]),
        "/feed.xml": rss(name, [(base + s.path, s.title) for s in stories]),
    }
    for story in stories:
        url = base + story.path
        body = (
            f'<header><a href="/">{esc(name)}</a></header>\n<main>\n<article>\n'
            f"<h1>{esc(story.title)}</h1>\n"
            f'<p class="byline">By {esc(story.author)}, {story.published}</p>\n'
            f"{paragraphs_html(story.paragraphs)}\n"
            # The banner is injected into the article body, as some consent
            # plugins do: it survives extraction, which is what line cleaning is for.
            f"<p>{esc(COOKIE_BANNERS[slug])}</p>\n</article>\n</main>\n"
            f'<footer><a href="/">Home</a> <a href="/about.html">About</a></footer>'
        )
        routes[story.path] = html(page(story.title, body, lang=story.language,
                                       head=article_head(story.title, url, story.author,
                                                         story.published, url)))
    return routes


@dataclass(frozen=True)
class Copy:
    story: Story
    path: str
    original_url: str
    style: str


def source_line(style: str, story: Story, original_url: str) -> str:
    a = f'<a href="{esc(original_url)}">'
    name = esc(story.publisher_name)
    return {
        "read_original": f"<p>{a}Read original article here</a></p>",
        "source_link": f"<p>{a}Source link</a></p>",
        "full_article_on": f"<p>Read the full article on {a}{name}</a></p>",
        "originally_published": f"<p>Originally published at {a}{name}</a></p>",
        "source_colon": f"<p>Source: {a}{name}</a></p>",
        "canonical": "",
    }[style]


def aggregator_routes(copies: list[Copy], base: str) -> dict[str, Resource]:
    routes = {
        "/": html(listing("HubDaily", [(c.path, c.story.title, c.story.teaser) for c in copies],
                          "en", extra='<p><a href="/category/world/">World</a></p>')),
        "/category/world/": html(listing("HubDaily: World", [(c.path, c.story.title, "")
                                                             for c in copies], "en")),
        "/robots.txt": robots(base),
    }
    for copy in copies:
        story, url = copy.story, base + copy.path
        share = (
            f'<div class="share"><a href="https://www.facebook.com/sharer/sharer.php?u={esc(url)}">'
            f'Share</a> <a href="https://twitter.com/intent/tweet?url={esc(url)}">Tweet</a> '
            f'<a href="https://t.me/share/url?url={esc(url)}">Telegram</a></div>'
        )
        body = (
            '<header><a href="/">HubDaily</a> <a href="/category/world/">World</a></header>\n'
            f'<main><h1 class="entry-title">{esc(story.title)}</h1>\n{share}\n'
            f'<div class="entry-content">\n{paragraphs_html(story.paragraphs)}\n'
            f"{paragraphs_html(HUB_PROMOS)}\n{source_line(copy.style, story, copy.original_url)}\n"
            f"<p>{esc(HUB_DISCLAIMER)}</p>\n</div></main>\n"
            '<footer><a href="https://www.facebook.com/hubdaily">Facebook</a> '
            '<a href="https://t.me/hubdailynews">Telegram</a> <a href="/">Home</a></footer>'
        )
        canonical = copy.original_url if copy.style == "canonical" else url
        routes[copy.path] = html(page(story.title, body, lang=story.language,
                                      head=article_head(story.title, url, "HubDaily Desk",
                                                        story.published, canonical)))
    return routes


def rewriter_routes(rewrites: list[dict], base: str) -> dict[str, Resource]:
    routes = {
        "/": html(listing("SpinWire", [(f"/{r['slug']}.html", r["title"], "") for r in rewrites], "en")),
        "/robots.txt": robots(base),
    }
    for rewrite in rewrites:
        path = f"/{rewrite['slug']}.html"
        body = (
            f'<main><article><h1>{esc(rewrite["title"])}</h1>\n'
            f"{paragraphs_html(rewrite['paragraphs'])}\n"
            f"<p>{esc(COOKIE_BANNERS['spinwire'])}</p></article></main>"
        )
        routes[path] = html(page(rewrite["title"], body,
                                 head=article_head(rewrite["title"], base + path, rewrite["author"],
                                                   rewrite["published"], base + path)))
    return routes


class DemoSites:
    """Starts the four demo sites on 127.0.0.1 (ports chosen by the OS)."""

    def __init__(self, stories_path: Path = STORIES):
        self.stories, self.rewrites = load_stories(stories_path)
        self.publishers: dict[str, SiteServer] = {}
        self.copies: list[Copy] = []
        self._stack = ExitStack()

    def __enter__(self) -> DemoSites:
        for slug in dict.fromkeys(s.publisher for s in self.stories):
            own = [s for s in self.stories if s.publisher == slug]
            server = self._stack.enter_context(SiteServer())
            server.routes.update(publisher_routes(own[0].publisher_name, slug, own, server.base_url))
            self.publishers[slug] = server
        self.hub = self._stack.enter_context(SiteServer())
        self.copies = [
            Copy(story, f"/2026/{story.slug}/", self.publishers[story.publisher].base_url + story.path,
                 SOURCE_STYLES[number % len(SOURCE_STYLES)])
            for number, story in enumerate(self.stories)
        ]
        self.hub.routes.update(aggregator_routes(self.copies, self.hub.base_url))
        self.spinwire = self._stack.enter_context(SiteServer())
        self.spinwire.routes.update(rewriter_routes(self.rewrites, self.spinwire.base_url))
        return self

    def __exit__(self, *exc) -> None:
        self._stack.close()

    @property
    def servers(self) -> list[SiteServer]:
        return [*self.publishers.values(), self.hub, self.spinwire]

    @property
    def allow_hosts(self) -> str:
        """ALLOW_PRIVATE_HOSTS value admitting exactly these servers."""
        return ",".join(server.netloc for server in self.servers)
