"""Near-duplicate linking: reworded copies found, traps left alone, across runs."""

from __future__ import annotations

import json
from itertools import combinations

import numpy as np
import pytest
from datasketch import MinHash
from scrapy.utils.defer import deferred_f_from_coro_f

from bench.spinner import Spin, spin
from cleaners.fingerprint import (
    NUM_PERM, Entry, Fingerprint, NearDuplicateIndex, choose, compare, features, minhash_signature,
)
from crawler.demo.server import SiteServer
from crawler.demo.sites import load_stories, publisher_routes, rewriter_routes
from crawler.spiders.aggregator import AggregatorSpider
from crawler.spiders.articles import ArticlesSpider
from tests.conftest import crawl, read_jsonl_gz
from tests.near_duplicate_traps import all_traps
from tests.test_distributed import redis_url  # noqa: F401 - the real redis-server fixture

STORIES, REWRITES = load_stories()
ENGLISH = [s for s in STORIES if s.language == "en"]
SEEDS = range(25)


def text_of(story) -> str:
    return "\n".join(story.paragraphs)


def demo_index() -> NearDuplicateIndex:
    index = NearDuplicateIndex()
    for order, story in enumerate(STORIES):
        index.add(Entry(story.slug, story.published, order, None, Fingerprint.of(text_of(story))))
    return index


def link_rate(swapped: float) -> float:
    """Share of spun copies (synonyms, phrase and sentence swaps, cut to 60 %)
    of the English demo stories that the index links to their own story."""
    index = demo_index()
    linked = 0
    for story in ENGLISH:
        for seed in SEEDS:
            spun, _ = spin(text_of(story), Spin(synonyms=swapped, keep=0.6), seed)
            entry = Entry(f"spun/{story.slug}/{seed}", "2026-12-01", 1e9, None, Fingerprint.of(spun))
            match = choose(entry, index.candidates(entry.fingerprint))  # LSH candidates, verified
            linked += match is not None and match.entry.url == story.slug
    return linked / (len(ENGLISH) * len(SEEDS))


def test_spinner_swaps_the_share_of_words_asked():
    _, swapped = spin(text_of(ENGLISH[0]), Spin(synonyms=0.3), seed=1)
    assert 0.28 <= swapped <= 0.31


@pytest.mark.parametrize("swapped, at_least", [(0.2, 0.95), (0.3, 0.90)])
def test_reworded_copies_of_the_demo_stories_are_linked(swapped, at_least):
    assert link_rate(swapped) >= at_least


def test_the_demo_content_farm_rewrites_are_linked_to_their_stories():
    index = demo_index()
    for rewrite in REWRITES:
        match = index.lookup_and_add(Entry(rewrite["slug"], rewrite["published"], 1e9, None,
                                           Fingerprint.of("\n".join(rewrite["paragraphs"]))))
        assert match is not None and match.entry.url == rewrite["of"].split("/")[1]
        assert not match.new_is_earlier  # published a day after the story


def test_no_two_traps_are_linked():
    traps = all_traps()
    linked = [(a, b, compare(traps[a], traps[b])) for a, b in combinations(traps, 2)]
    assert [(a, b) for a, b, verdict in linked if verdict.linked] == []
    # the same-event pair shares a verbatim quote; removed, little is shared
    assert compare(traps["same_event/elmsley-ferry-courier"],
                   traps["same_event/elmsley-ferry-gazette"]).similarity < 0.2


def test_a_shared_quote_alone_does_not_make_a_copy_but_figures_decide_templates():
    traps = all_traps()
    update = compare(traps["agency_update/quarry-collapse-first"], traps["agency_update/quarry-collapse-update"])
    assert (update.linked, update.figures) == (False, 5)
    # the same template with other figures: even a verbatim skeleton would fail on figures
    weather = traps["templated/weather-ardley"]
    other = weather.replace("-2C", "1C").replace("6C", "8C").replace("9C", "12C")
    verdict = compare(weather, other)
    assert (verdict.linked, verdict.decided_by, verdict.figures) == (False, "figures", 3)


def test_signature_is_datasketchs_minhash():
    shingles = features(text_of(ENGLISH[0])).lead
    reference = MinHash(num_perm=NUM_PERM, seed=1, hashfunc=int, scheme="affine32")
    reference.update_batch(shingles)
    assert np.array_equal(np.frombuffer(minhash_signature(set(shingles)), dtype=np.uint32),
                          reference.hashvalues)


def test_fingerprint_survives_json_and_is_bounded():
    long_text = "\n".join(text_of(s) for s in STORIES) * 5
    fingerprint = Fingerprint.of(long_text)
    again = Fingerprint.from_json(json.loads(json.dumps(fingerprint.to_json())))
    assert again == fingerprint
    assert len(fingerprint.sketch) == 256 and len(fingerprint.figures) <= 96 and len(fingerprint.names) <= 96


# -- real crawls over 127.0.0.1 -------------------------------------------------

def harbour_site(server):
    harbour = [s for s in STORIES if s.publisher == "harbour"]
    server.routes.update(publisher_routes("The Harbour Courier", "harbour", harbour, server.base_url))
    return {s.slug: server.base_url + s.path for s in harbour}


def links_of(output) -> list[dict]:
    return read_jsonl_gz(output.glob("links/*/dt=*/*.jsonl.gz"))


@deferred_f_from_coro_f
async def test_a_later_run_of_another_spider_links_rewrites_to_earlier_originals(tmp_path):
    with SiteServer() as publisher, SiteServer() as farm:
        originals = harbour_site(publisher)
        farm.routes.update(rewriter_routes(REWRITES, farm.base_url))
        settings = {"ALLOW_PRIVATE_HOSTS": f"{publisher.netloc},{farm.netloc}"}
        out = tmp_path / "out"
        first = await crawl(ArticlesSpider, out, {**settings, "OUTPUT_SPOOL_DIR": str(tmp_path / "s1")},
                            start_urls=publisher.base_url + "/")
        assert {r["kind"] for r in first.records} == {"original"} and len(first.records) == 4
        assert sorted(p.parent.name for p in out.glob("state/near-duplicates/segments/*/*.jsonl.gz")) == [
            "articles"]
        # a fresh spool (a new container): the index comes from OUTPUT_URI alone
        second = await crawl(AggregatorSpider, out, {**settings, "OUTPUT_SPOOL_DIR": str(tmp_path / "s2")},
                             start_urls=farm.base_url + "/")
    spun = {farm.base_url + f"/{r['slug']}.html": originals[r["of"].split("/")[1]] for r in REWRITES}
    stored = {r["url"]: r for r in second.records if r["url"] in spun}
    assert {url: (r["kind"], r["original_url"], r["copy_evidence"]) for url, r in stored.items()} == {
        url: ("copy", original, "near_duplicate") for url, original in spun.items()}
    assert all(0.45 <= r["similarity"] <= 1 for r in stored.values())
    assert second.stats["near_duplicates/known"] == 4
    assert second.stats["near_duplicates/linked"] == 2
    assert second.stats["copies/near_duplicate"] == 2
    assert links_of(out) == []


@deferred_f_from_coro_f
async def test_an_original_crawled_after_its_copy_is_recorded_as_a_correction(tmp_path):
    with SiteServer() as publisher, SiteServer() as farm:
        originals = harbour_site(publisher)
        farm.routes.update(rewriter_routes(REWRITES, farm.base_url))
        settings = {"ALLOW_PRIVATE_HOSTS": f"{publisher.netloc},{farm.netloc}",
                    "OUTPUT_SPOOL_DIR": str(tmp_path / "spool")}
        out = tmp_path / "out"
        farm_run = await crawl(ArticlesSpider, out, settings, start_urls=farm.base_url + "/")
        assert {r["kind"] for r in farm_run.records} == {"original"}  # nothing to compare with yet
        publisher_run = await crawl(ArticlesSpider, out, settings, start_urls=publisher.base_url + "/")
    assert {r["kind"] for r in publisher_run.records} == {"original"}
    corrections = links_of(out)
    assert sorted((c["copy"], c["original"], c["evidence"]) for c in corrections) == sorted(
        (farm.base_url + f"/{r['slug']}.html", originals[r["of"].split("/")[1]], "near_duplicate")
        for r in REWRITES)
    # run ids sort by their start second, then at random: find the publisher run's manifest by its objects
    manifests = [json.loads(p.read_text()) for p in out.glob("runs/*.json")]
    listing_links = [m for m in manifests if any(
        o["key"].startswith("links/articles/dt=") and o["key"].endswith(".jsonl.gz") for o in m["objects"])]
    assert len(manifests) == 2 and len(listing_links) == 1
    assert any(o["key"].startswith("items/") for o in listing_links[0]["objects"])
    assert publisher_run.stats["near_duplicates/corrected"] == 2


@deferred_f_from_coro_f
async def test_a_verbatim_copy_on_another_site_in_the_same_run_is_a_linked_copy(tmp_path):
    with SiteServer() as publisher, SiteServer() as mirror:
        harbour_site(publisher)
        story = next(s for s in STORIES if s.publisher == "harbour")
        mirror.routes.update(publisher_routes("Mirror", "harbour", [story], mirror.base_url))
        settings = {"ALLOW_PRIVATE_HOSTS": f"{publisher.netloc},{mirror.netloc}"}
        result = await crawl(ArticlesSpider, tmp_path / "out", settings,
                             start_urls=f"{publisher.base_url}/,{mirror.base_url}/")
    pair = sorted((r for r in result.records if r["text"] == text_of(story)), key=lambda r: r["kind"])
    assert len(result.records) == 5 and len(pair) == 2
    copy, original = pair
    # the same date on both: the one stored first is the original
    assert (original["kind"], original["original_url"]) == ("original", None)
    assert (copy["kind"], copy["original_url"], copy["copy_evidence"], copy["similarity"]) == (
        "copy", original["url"], "near_duplicate", 1.0)
    assert "item_dropped_reasons_count/Duplicate" not in result.stats


# -- two workers sharing a real redis-server ----------------------------------

def farm_routes_many(base: str, copies: int, stories=ENGLISH, settings=Spin(synonyms=0.2)) -> dict:
    """The content farm with `copies` spins of each story (own spinner)."""
    rewrites = [
        {"slug": f"{story.slug}-spin-{n}", "title": f"{story.title} ({n})", "author": "Farm Desk",
         "published": "2026-12-01",
         "paragraphs": spin(text_of(story), settings, seed=n)[0].split("\n")}
        for story in stories for n in range(copies)
    ]
    return rewriter_routes(rewrites, base), rewrites


def test_two_workers_link_rewrites_to_an_earlier_runs_originals_through_redis(redis_url, tmp_path):
    import redis as redis_client

    from tests.test_distributed import REPO as repo
    import os
    import subprocess
    import sys

    def worker(name, spider, site, lake):
        env = {**os.environ, "OUTPUT_URI": str(lake), "OUTPUT_SPOOL_DIR": str(tmp_path / name / "spool")}
        command = [sys.executable, "-m", "scrapy", "crawl", spider, "-a", f"start_urls={site.base_url}/",
                   "-s", f"REDIS_URL={redis_url}", "-s", "ALLOW_PRIVATE_HOSTS=True",
                   "-s", "AUTOTHROTTLE_ENABLED=False", "-s", "DISTRIBUTED_IDLE_TIMEOUT=2",
                   "-s", "EXTRACT_WORKERS=1"]
        log = (tmp_path / f"{name}.log").open("wb")
        return subprocess.Popen(command, cwd=repo, env=env, stdout=log, stderr=subprocess.STDOUT)

    lake = tmp_path / "lake"  # one OUTPUT_URI for all workers, as in production
    with SiteServer() as publisher, SiteServer() as farm, SiteServer() as farm2:
        originals = harbour_site(publisher)
        routes, rewrites = farm_routes_many(farm.base_url, copies=3)
        farm.routes.update(routes)
        # spins of stories no run stored (no thesaurus for these languages:
        # sentence swaps and a cut), all dated the same day
        others = [s for s in STORIES if s.language != "en"]
        routes2, unrooted = farm_routes_many(farm2.base_url, 3, others, Spin(synonyms=0, keep=0.8))
        farm2.routes.update(routes2)
        first = [worker(f"a{n}", "articles", publisher, lake) for n in range(2)]
        assert [p.wait(timeout=120) for p in first] == [0, 0]
        # Redis lost in between: the index is rebuilt from the state objects
        redis_client.Redis.from_url(redis_url).flushall()
        second = [worker(f"b{n}", "aggregator", farm, lake) for n in range(2)]
        assert [p.wait(timeout=120) for p in second] == [0, 0], (tmp_path / "b0.log").read_text()[-3000:]
        third = [worker(f"c{n}", "articles", farm2, lake) for n in range(2)]
        assert [p.wait(timeout=120) for p in third] == [0, 0]
    records = read_jsonl_gz(lake.glob("items/*/dt=*/*.jsonl.gz"))
    stored = {r["url"]: r for r in records if r["url"].startswith(farm.base_url + "/")}
    # two workers never both store one story as an original: of each story's
    # three spins, exactly one is the original and the others copy it
    for story in others:
        group = [r for r in records if r["url"].startswith(f"{farm2.base_url}/{story.slug}-spin-")]
        assert len(group) == 3
        first_stored = [r for r in group if r["kind"] == "original"]
        assert len(first_stored) == 1, [(r["url"], r["kind"], r["original_url"]) for r in group]
        assert sorted((r["kind"], r["original_url"]) for r in group if r["kind"] == "copy") == [
            ("copy", first_stored[0]["url"])] * 2
    expected = {farm.base_url + f"/{r['slug']}.html": originals[r["slug"].rsplit("-spin-", 1)[0]]
                for r in rewrites}
    # every spin, whichever worker took it, is a copy of the first run's story:
    # none was stored as an original, not even when two spins of one story were
    # checked at once by the two workers
    assert {url: (r["kind"], r["original_url"], r["copy_evidence"]) for url, r in stored.items()} == {
        url: ("copy", original, "near_duplicate") for url, original in expected.items()}
    assert sorted(r["url"] for r in records if r["kind"] == "original" and r["url"] in originals.values()
                  ) == sorted(originals.values())
    assert links_of(lake) == []
    keys = redis_client.Redis.from_url(redis_url).keys("neardup:v1:*:entries")
    assert len(keys) == 1


def test_compare_says_which_check_decided(tmp_path):
    import subprocess
    import sys

    from tests.conftest import REPO

    traps = all_traps()
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text(traps["agency_update/quarry-collapse-first"], encoding="utf-8")
    b.write_text(traps["agency_update/quarry-collapse-update"], encoding="utf-8")
    run = subprocess.run([sys.executable, "-m", "cleaners", "--compare", str(a), str(b), "--json"],
                         cwd=REPO, capture_output=True, text=True, check=True)
    verdict = json.loads(run.stdout)
    assert (verdict["linked"], verdict["decided_by"], verdict["figures_missing"]) == (False, "similarity", 5)
    b.write_text(spin(traps["agency_update/quarry-collapse-first"], Spin(synonyms=0.2), seed=3)[0],
                 encoding="utf-8")
    run = subprocess.run([sys.executable, "-m", "cleaners", "--compare", str(a), str(b)],
                         cwd=REPO, capture_output=True, text=True, check=True)
    assert run.stdout.splitlines()[0] == f"== {a} vs {b}: near-duplicates"
    assert "decided by: linked" in run.stdout
