"""site_repeated: boilerplate learned per site, its guards, and its memory across runs."""

from pathlib import Path

from scrapy.utils.defer import deferred_f_from_coro_f

from cleaners import Cleaner
from cleaners.memory import SiteMemory, SiteRepeated
from crawler.demo.server import SiteServer, html
from crawler.output import facade
from crawler.spiders.articles import ArticlesSpider
from tests.conftest import crawl

FOOTER = "Thanks for reading the Harbour Gazette, your town's paper since 1921."
LONG = ("The council's statement, repeated in both of this week's stories, said that the harbour "
        "budget would be reviewed in spring, that no jobs would be cut, that the ferry timetable "
        "would stay as it is until the summer, and that residents could send their views in writing.")


def story(n: int, *extra: str) -> list[str]:
    return [f"Story {n} opens with its own first paragraph about the harbour, number {n}.",
            f"It goes on with a second paragraph that only story {n} has, about boats and tides.",
            *extra]


def clean(memory, site, lines):
    cleaned = Cleaner((SiteRepeated(memory),)).clean("\n".join(lines), site=site)
    memory.observe(site, lines)
    return cleaned


def test_warms_up_then_removes_what_the_site_repeats():
    memory = SiteMemory(min_pages=3, min_share=0.5)
    results = [clean(memory, "gazette.example", story(n, FOOTER)) for n in range(5)]
    # pages 1-3 are judged before the line has been seen 3 times: rules alone
    assert [len(r.removed) for r in results] == [0, 0, 0, 1, 1]
    assert [r.as_dict() for r in results[3].removed] == [{"rule": "site_repeated", "text": FOOTER}]
    # learned per site: another site's page keeps the same line
    assert clean(memory, "other.example", story(9, FOOTER)).removed == ()


def test_never_a_long_paragraph_a_mid_article_quote_or_a_rare_sign_off():
    memory = SiteMemory(min_pages=3, min_share=0.5)
    quote = "\u201cWe will not close the ferry,\u201d the mayor said."
    for n in range(6):
        middle = [f"Middle paragraph {m} of story {n}." for m in range(4)]
        lines = [*story(n), quote, *middle, *story(n + 100), *middle, LONG]
        assert clean(memory, "gazette.example", lines).removed == ()  # too long / not at the edges
    sign_off = "The Associated Press contributed to this report."
    for n in range(10):
        lines = story(n, sign_off) if n % 3 == 0 else story(n)
        assert clean(memory, "wire.example", lines).removed == ()  # on 4 of 10 pages: under half


def test_memory_round_trips_as_json():
    memory = SiteMemory()
    for n in range(3):
        memory.observe("gazette.example", story(n, FOOTER))
    again = SiteMemory()
    again.load_json(memory.to_json())
    assert again.seen_on("gazette.example", FOOTER) == 3
    assert again.sites["gazette.example"]["pages"] == 3


def article(n: int) -> str:
    body = "".join(f"<p>{p}</p>" for p in story(n) + [
        f"A third paragraph of story {n} with enough words to make it a real article body."])
    return (f"<html><head><meta property='og:type' content='article'><title>Story {n}</title></head>"
            f"<body><article><h1>Story {n}</h1>{body}<p>{FOOTER}</p></article></body></html>")


@deferred_f_from_coro_f
async def test_what_one_run_learned_cleans_the_next_runs_first_page(tmp_path):
    with SiteServer() as site:
        for n in range(4):
            site.routes[f"/s/{n}.html"] = html(article(n))
        site.routes["/s/new.html"] = html(article(99))
        settings = {"ALLOW_PRIVATE_HOSTS": site.netloc, "OUTPUT_SPOOL_DIR": str(tmp_path / "spool"),
                    "CONCURRENT_REQUESTS": 1}
        urls = tmp_path / "urls.txt"
        urls.write_text("\n".join(f"{site.base_url}/s/{n}.html" for n in range(4)))
        first = await crawl(ArticlesSpider, tmp_path / "out", settings, urls_file=str(urls))
        removed = sorted(len(r["removed"]) for r in first.records)
        assert removed == [1, 1, 1, 2]  # headline on each; the footer only once warmed up
        assert list((tmp_path / "out").glob("state/articles/site-memory/*.json"))
        urls.write_text(f"{site.base_url}/s/new.html\n")
        second = await crawl(ArticlesSpider, tmp_path / "out", settings, urls_file=str(urls))
        [new] = [r for r in second.records if r["url"].endswith("/new.html")]
        assert {"rule": "site_repeated", "text": FOOTER} in new["removed"]
        assert FOOTER not in new["text"]


async def _second_run_after(tmp_path, spoil, caplog):
    """A first run stores its memory; spoil(memory folder) breaks it; the second run must go on cold."""
    with SiteServer() as site:
        for n in range(4):
            site.routes[f"/s/{n}.html"] = html(article(n))
        site.routes["/s/new.html"] = html(article(99))
        settings = {"ALLOW_PRIVATE_HOSTS": site.netloc, "OUTPUT_SPOOL_DIR": str(tmp_path / "spool"),
                    "CONCURRENT_REQUESTS": 1}
        urls = tmp_path / "urls.txt"
        urls.write_text("\n".join(f"{site.base_url}/s/{n}.html" for n in range(4)))
        await crawl(ArticlesSpider, tmp_path / "out", settings, urls_file=str(urls))
        spoil(tmp_path / "out" / "state" / "articles" / "site-memory")
        urls.write_text(f"{site.base_url}/s/new.html\n")
        caplog.clear()
        caplog.set_level("WARNING", logger="crawler.state.site_memory")
        second = await crawl(ArticlesSpider, tmp_path / "out", settings, urls_file=str(urls))
    [new] = [r for r in second.records if r["url"].endswith("/new.html")]  # stored, by the named rules alone
    assert FOOTER in new["text"] and all(r["rule"] != "site_repeated" for r in new["removed"])
    assert second.stats["site_memory/unavailable"] == 1
    assert "cleaning/site_memory/sites" not in second.stats
    warnings = [r.getMessage() for r in caplog.records if r.name == "crawler.state.site_memory"]
    assert len(warnings) == 1 and warnings[0].startswith("Site memory not readable"), warnings
    return warnings[0]


@deferred_f_from_coro_f
async def test_a_corrupt_newest_memory_means_a_cold_start_not_a_failed_one(tmp_path, caplog):
    def corrupt(folder):
        (folder / "99991231T235959Z-ffffff.json").write_bytes(b'{"version": 1, "sites": {"x": ')

    warning = await _second_run_after(tmp_path, corrupt, caplog)
    assert "JSONDecodeError" in warning


@deferred_f_from_coro_f
async def test_a_memory_gone_between_listing_and_fetching_means_a_cold_start(tmp_path, caplog, monkeypatch):
    class ListsThenLoses(facade.ObjectReader):
        """A real reader; the newest object is deleted right after the listing, as another process might."""

        def list(self, base_uri, suffix=""):
            found = super().list(base_uri, suffix)
            for uri in found:
                Path(uri).unlink()
            return found

    monkeypatch.setattr(facade, "ObjectReader", ListsThenLoses)  # the crawl's Store reads through it
    warning = await _second_run_after(tmp_path, lambda folder: None, caplog)
    assert "was listed but is gone" in warning
