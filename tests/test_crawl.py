"""End-to-end crawls of the bundled demo sites, in process, over real HTTP on 127.0.0.1."""

from scrapy.utils.defer import deferred_f_from_coro_f

from cleaners import content_hash
from crawler.demo.sites import COOKIE_BANNERS, HUB_DISCLAIMER, HUB_PROMOS
from crawler.items import RECORD_FIELDS
from crawler.spiders.aggregator import AggregatorSpider
from crawler.spiders.articles import ArticlesSpider
from tests.conftest import crawl

# Which source lines survive extraction: a paragraph that is only a link is
# dropped by trafilatura itself; one with words around the link is kept and
# then removed by the source_link rule.
SURVIVING_SOURCE_LINE = {
    "full_article_on": "Read the full article on {name}",
    "originally_published": "Originally published at {name}",
    "source_colon": "Source: {name}",
}
PROMO_RULES = ["promo_social", "promo_channel", "promo_more_news", "promo_social"]


def copy_lines(copy):
    """What the aggregator adds to a story: its promos, the source line, its disclaimer."""
    line = SURVIVING_SOURCE_LINE.get(copy.style)
    return [*HUB_PROMOS, *([line.format(name=copy.story.publisher_name)] if line else []), HUB_DISCLAIMER]


def expected_copy_removals(copy, against_original=True):
    """Against its original every added line goes as not_in_original; without it, by phrase rules."""
    if against_original:
        return [{"rule": "not_in_original", "text": t} for t in copy_lines(copy)]
    rules = [*PROMO_RULES, *(["source_link"] if copy.style in SURVIVING_SOURCE_LINE else []),
             "aggregator_disclaimer"]
    return [{"rule": r, "text": t} for r, t in zip(rules, copy_lines(copy))]


def expected_original_removals(story):
    return [
        {"rule": "headline_repeat", "text": story.title},
        {"rule": "cookie_banner", "text": COOKIE_BANNERS[story.publisher]},
    ]


@deferred_f_from_coro_f
async def test_aggregator_crawl_stores_copies_linked_to_their_originals(demo_sites, tmp_path):
    sites = demo_sites
    for server in sites.servers:  # the sites are shared with other tests: count this crawl's hits only
        server.hits.clear()
    result = await crawl(AggregatorSpider, tmp_path, {"ALLOW_PRIVATE_HOSTS": sites.allow_hosts},
                         start_urls=sites.hub.base_url + "/")
    records = result.by_url()
    assert len(result.records) == 2 * len(sites.copies) == 16
    for copy in sites.copies:
        story = copy.story
        record = records[sites.hub.base_url + copy.path]
        original = records[copy.original_url]
        assert list(record) == list(RECORD_FIELDS)
        assert (record["kind"], record["original_url"]) == ("copy", copy.original_url)
        assert record["text"] == "\n".join(story.paragraphs)
        assert record["removed"] == expected_copy_removals(copy)
        assert (original["kind"], original["original_url"]) == ("original", None)
        assert original["text"] == "\n".join(story.paragraphs)
        assert original["removed"] == expected_original_removals(story)
        # verbatim copy and original: same words, same hash, same language
        assert record["content_hash"] == original["content_hash"] == content_hash(record["text"])
        assert record["language"] == original["language"] == story.language
        assert (original["title"], original["author"], original["published"]) == (
            story.title, story.author, story.published)
        assert original["canonical_url"] == copy.original_url
        assert original["domain"] == "127.0.0.1"
    stats = result.stats
    assert stats["sources/copy_found"] == 8
    assert stats["item_dropped_reasons_count/NotArticle"] == 2  # home and category listings
    assert stats["cleaning/original/used"] == 8
    assert stats["cleaning/removed/not_in_original"] == sum(len(copy_lines(c)) for c in sites.copies)
    assert "cleaning/removed/aggregator_disclaimer" not in stats
    # Only the one link per copy left the aggregator: nothing else of the publishers was fetched.
    for server in sites.publishers.values():
        assert set(server.hits) <= {"/robots.txt", *(s.path for s in sites.stories)}


@deferred_f_from_coro_f
async def test_articles_crawl_stores_every_article_and_no_listing(demo_sites, tmp_path):
    sites = demo_sites
    starts = [server.base_url + "/" for server in (*sites.publishers.values(), sites.spinwire)]
    result = await crawl(ArticlesSpider, tmp_path, {"ALLOW_PRIVATE_HOSTS": sites.allow_hosts},
                         start_urls=",".join(starts))
    records = result.by_url()
    expected = {sites.publishers[s.publisher].base_url + s.path: s for s in sites.stories}
    spun = {sites.spinwire.base_url + f"/{r['slug']}.html": r for r in sites.rewrites}
    assert set(records) == set(expected) | set(spun)
    for url, story in expected.items():
        assert records[url]["text"] == "\n".join(story.paragraphs)
        assert records[url]["removed"] == expected_original_removals(story)
        assert records[url]["kind"] == "original" and records[url]["language"] == story.language
    for url, rewrite in spun.items():
        assert records[url]["text"] == "\n".join(rewrite["paragraphs"])
        assert records[url]["removed"] == [
            {"rule": "headline_repeat", "text": rewrite["title"]},
            {"rule": "cookie_banner", "text": COOKIE_BANNERS["spinwire"]},
        ]
    # listings and the about page are fetched but not stored; robots.txt is obeyed
    assert result.stats["item_dropped_reasons_count/NotArticle"] == 5
    assert result.stats["robotstxt/forbidden"] == 2
    for server in sites.publishers.values():
        assert server.hits["/members/offer.html"] == 0
    # one gzip batch per spider run, in the documented layout
    assert [p.relative_to(tmp_path).parts[:2] for p in result.files] == [("items", "articles")]
    assert result.files[0].name.endswith("-00001.jsonl.gz")


@deferred_f_from_coro_f
async def test_language_filter_keeps_only_named_languages(demo_sites, tmp_path):
    sites = demo_sites
    result = await crawl(ArticlesSpider, tmp_path, {"ALLOW_PRIVATE_HOSTS": sites.allow_hosts},
                         start_urls=sites.publishers["rheinblick"].base_url + "/", languages="fr,es")
    assert sorted(r["language"] for r in result.records) == ["es", "fr"]
    assert result.stats["item_dropped_reasons_count/WrongLanguage"] == 2


@deferred_f_from_coro_f
async def test_urls_file_sitemap_and_feed_entries_are_articles(demo_sites, tmp_path):
    sites = demo_sites
    harbour = sites.publishers["harbour"]
    stories = [s for s in sites.stories if s.publisher == "harbour"]
    urls_file = tmp_path / "urls.txt"
    urls_file.write_text(f"# two stories\n{harbour.base_url}{stories[0].path}\n\n"
                         f"{harbour.base_url}{stories[1].path}\n")
    settings = {"ALLOW_PRIVATE_HOSTS": sites.allow_hosts}
    from_file = await crawl(ArticlesSpider, tmp_path / "a", settings, urls_file=str(urls_file))
    assert sorted(r["url"] for r in from_file.records) == sorted(
        harbour.base_url + s.path for s in stories[:2])
    from_sitemap = await crawl(ArticlesSpider, tmp_path / "b", settings,
                               sitemap_urls=harbour.base_url + "/robots.txt")
    from_feed = await crawl(ArticlesSpider, tmp_path / "c", settings,
                            feed_urls=harbour.base_url + "/feed.xml")
    everything = sorted(harbour.base_url + s.path for s in stories)
    assert sorted(r["url"] for r in from_sitemap.records) == everything
    assert sorted(r["url"] for r in from_feed.records) == everything
    # entries are fetched as articles: the listing page is never requested by these
    assert "item_dropped_reasons_count/NotArticle" not in from_feed.stats


@deferred_f_from_coro_f
async def test_copies_whose_original_cannot_be_had_are_stored_cleaned_by_the_rules(demo_sites, tmp_path):
    # Only the aggregator may be fetched: every original is refused (as a 404,
    # robots.txt or a timeout would refuse it), and no copy waits for ever.
    sites = demo_sites
    result = await crawl(AggregatorSpider, tmp_path, {"ALLOW_PRIVATE_HOSTS": sites.hub.netloc},
                         start_urls=sites.hub.base_url + "/")
    records = result.by_url()
    assert len(result.records) == len(sites.copies) == 8
    for copy in sites.copies:
        record = records[sites.hub.base_url + copy.path]
        assert (record["kind"], record["original_url"]) == ("copy", copy.original_url)
        assert record["cleaned_against_original"] is False
        assert record["text"] == "\n".join(copy.story.paragraphs)
        assert record["removed"] == expected_copy_removals(copy, against_original=False)
    assert result.stats["sources/original_unavailable"] == 8
    assert "cleaning/original/used" not in result.stats
