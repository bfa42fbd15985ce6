"""Scheduled runs: incremental re-runs, one run at a time, crash safety, run checks."""

import json
import os
import re
import signal
import subprocess
import sys
import time
from dataclasses import replace

import pytest

from scrapy.settings import Settings
from scrapy.utils.defer import deferred_f_from_coro_f

from crawler.commands.verify import verify

from crawler.demo.server import SiteServer
from crawler.demo.sites import load_stories, publisher_routes
from crawler.spiders.articles import ArticlesSpider
from crawler.output.facade import Store
from tests.conftest import REPO, crawl, read_jsonl_gz

STORIES = [s for s in load_stories()[0] if s.publisher == "harbour"]


def many_stories(count):
    """`count` distinct stories built from the harbour ones (new slugs, numbered paragraphs)."""
    base = STORIES
    return [replace(base[n % len(base)], slug=f"story-{n:03d}",
                    title=f"{base[n % len(base)].title} ({n})",
                    paragraphs=tuple(f"{p} [{n}]" for p in base[n % len(base)].paragraphs))
            for n in range(count)]


def publish(server, stories):
    server.routes.clear()
    server.routes.update(publisher_routes("The Harbour Courier", "harbour", stories, server.base_url))


@deferred_f_from_coro_f
async def test_second_run_fetches_listings_only_and_new_stories_are_stored_once(tmp_path):
    with SiteServer() as site:
        publish(site, STORIES[:1])
        settings = {"ALLOW_PRIVATE_HOSTS": site.netloc, "OUTPUT_SPOOL_DIR": str(tmp_path / "spool")}
        first = await crawl(ArticlesSpider, tmp_path / "out", settings, start_urls=site.base_url + "/")
        assert [r["url"] for r in first.records] == [site.base_url + STORIES[0].path]

        site.hits.clear()
        second = await crawl(ArticlesSpider, tmp_path / "out", settings, start_urls=site.base_url + "/")
        assert len(second.records) == 1  # still only the first run's record in the output
        assert "item_scraped_count" not in second.stats
        assert second.stats["incremental/skipped"] == 1
        assert site.hits[STORIES[0].path] == 0  # the stored article was not fetched again
        assert site.hits["/"] == 1  # the listing was

        publish(site, STORIES)  # three new stories appear on the listing
        third = await crawl(ArticlesSpider, tmp_path / "out", settings, start_urls=site.base_url + "/")
        assert third.stats["item_scraped_count"] == 3
        assert sorted(r["url"] for r in third.records) == sorted(site.base_url + s.path for s in STORIES)

        # recrawl_after: old enough stored articles are fetched again; unchanged text is not stored twice
        time.sleep(1.1)
        refresh = await crawl(ArticlesSpider, tmp_path / "out", settings,
                              start_urls=site.base_url + "/", recrawl_after="1s")
        assert refresh.stats["incremental/refetched"] == 4
        assert refresh.stats["item_dropped_reasons_count/Unchanged"] == 4
        assert len(refresh.records) == 4


def scrapy_crawl(site, tmp_path, *extra, env=None):
    return subprocess.Popen(
        [sys.executable, "-m", "scrapy", "crawl", "articles", "-a", f"start_urls={site.base_url}/",
         "-s", f"ALLOW_PRIVATE_HOSTS={site.netloc}", "-s", "AUTOTHROTTLE_ENABLED=False", *extra],
        cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        env={**os.environ, "OUTPUT_URI": str(tmp_path / "out"),
             "OUTPUT_SPOOL_DIR": str(tmp_path / "spool"), **(env or {})},
    )


def test_a_second_run_of_the_same_crawl_exits_at_once(tmp_path):
    with SiteServer(delay=0.3) as site:
        publish(site, STORIES)
        first = scrapy_crawl(site, tmp_path)
        while site.hits["/"] == 0 and first.poll() is None:
            time.sleep(0.05)
        second = scrapy_crawl(site, tmp_path)
        _, second_err = second.communicate(timeout=60)
        first.communicate(timeout=120)
    assert second.returncode == 0
    assert "another run of this crawl is in progress" in second_err
    assert first.returncode == 0
    assert len(read_jsonl_gz((tmp_path / "out").glob("items/*/*/*.jsonl.gz"))) == len(STORIES)


def test_kill_9_mid_crawl_then_rerun_with_the_same_jobdir_stores_every_article_once(tmp_path):
    stories = many_stories(30)
    jobdir = str(tmp_path / "job")
    with SiteServer(delay=0.05) as site:
        publish(site, stories)
        args = ("-s", f"JOBDIR={jobdir}", "-s", "OUTPUT_BATCH_ITEM_COUNT=4", "-s", "CONCURRENT_REQUESTS=2",
                "-s", "EXTRACT_WORKERS=0")
        victim = scrapy_crawl(site, tmp_path, *args)
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and victim.poll() is None:
            if len(list((tmp_path / "out").glob("items/*/*/*.jsonl.gz"))) >= 2:
                break
            time.sleep(0.02)
        os.kill(victim.pid, signal.SIGKILL)
        victim.communicate()
        stored_before = len(read_jsonl_gz((tmp_path / "out").glob("items/*/*/*.jsonl.gz")))
        assert 0 < stored_before < len(stories)  # the kill landed mid-crawl
        rerun = scrapy_crawl(site, tmp_path, *args)
        _, err = rerun.communicate(timeout=120)
    assert rerun.returncode == 0, err[-3000:]
    records = read_jsonl_gz((tmp_path / "out").glob("items/*/*/*.jsonl.gz"))
    urls = sorted(r["url"] for r in records)
    assert urls == sorted(site.base_url + s.path for s in stories)  # every article, exactly once


def test_run_checks_turn_a_bad_run_into_exit_code_4(tmp_path):
    with SiteServer() as site:
        publish(site, STORIES[:1])
        run = scrapy_crawl(site, tmp_path, "-s", "CHECK_MIN_RECORDS=5")
        _, err = run.communicate(timeout=120)
    assert run.returncode == 4
    assert "Run check failed: 1 records stored, CHECK_MIN_RECORDS is 5" in err
    assert "error: 1 run check(s) failed" in err


def test_dupefilter_keeps_jobdir_state_only_from_clean_closes(tmp_path):
    from scrapy import Request
    from scrapy.utils.test import get_crawler

    from crawler.fetch.jobdir import CrashSafeDupeFilter

    fingerprinter = get_crawler().request_fingerprinter
    first = CrashSafeDupeFilter(str(tmp_path), fingerprinter=fingerprinter)
    assert not first.request_seen(Request("https://news.example/a"))
    assert first.request_seen(Request("https://news.example/a"))
    assert not (tmp_path / "requests.seen").exists()  # nothing on disk until a clean close
    first.close("shutdown")
    resumed = CrashSafeDupeFilter(str(tmp_path), fingerprinter=fingerprinter)
    assert resumed.request_seen(Request("https://news.example/a"))
    assert not resumed.request_seen(Request("https://news.example/b"))
    # killed before closing: /b was never written, so a later run fetches it again
    again = CrashSafeDupeFilter(str(tmp_path), fingerprinter=fingerprinter)
    assert not again.request_seen(Request("https://news.example/b"))


PROGRESS = re.compile(r"Crawled (\d+) pages \(at \d+ pages/min\), scraped (\d+) items \(at \d+ items/min\); "
                      r"(\d+) records stored, (\d+) dropped, (\d+) queued$")


@deferred_f_from_coro_f
async def test_long_runs_log_one_progress_line_at_a_steady_interval(tmp_path, caplog):
    with SiteServer(delay=0.25) as site:
        publish(site, STORIES)
        caplog.set_level("INFO")
        result = await crawl(ArticlesSpider, tmp_path / "out",
                             {"ALLOW_PRIVATE_HOSTS": site.netloc, "LOGSTATS_INTERVAL": 0.3,
                              "OUTPUT_BATCH_ITEM_COUNT": 1, "CONCURRENT_REQUESTS": 1},
                             start_urls=site.base_url + "/")
    lines = [r.getMessage() for r in caplog.records if r.name == "crawler.run.extensions"
             and r.getMessage().startswith("Crawled ")]
    assert len(lines) >= 3
    figures = [tuple(int(n) for n in PROGRESS.match(line).groups()) for line in lines]
    # pages, items, records stored (one a batch here) and drops only grow; stored never runs ahead of items
    for column in range(4):
        assert [f[column] for f in figures] == sorted(f[column] for f in figures)
    assert all(stored <= items for _, items, stored, _, _ in figures)
    assert figures[0][0] == 0 and figures[-1][0] <= result.stats["response_received_count"]
    # Scrapy's own LogStats is replaced, not doubled
    assert not [r for r in caplog.records if r.name == "scrapy.extensions.logstats"]


def test_progress_and_run_checks_are_off_when_switched_off():
    from scrapy.exceptions import NotConfigured
    from scrapy.utils.test import get_crawler

    from crawler.run.extensions import Progress, RunChecks
    from tests.conftest import project_settings

    with pytest.raises(NotConfigured):
        Progress(get_crawler(settings_dict=project_settings(LOGSTATS_INTERVAL=0)))
    with pytest.raises(NotConfigured):
        RunChecks(get_crawler(settings_dict=project_settings(CHECK_MIN_RECORDS=0, CHECK_MAX_ERROR_RATE=0.0)))
    assert Progress(get_crawler(settings_dict=project_settings(LOGSTATS_INTERVAL=5))).interval == 5
    assert RunChecks(get_crawler(settings_dict=project_settings(CHECK_MIN_RECORDS=1))).min_records == 1
    assert RunChecks(get_crawler(settings_dict=project_settings(CHECK_MAX_ERROR_RATE=0.5))).max_error_rate == 0.5


@deferred_f_from_coro_f
async def test_index_segments_are_folded_into_a_snapshot_that_later_runs_read(tmp_path):
    with SiteServer() as site:
        publish(site, STORIES[:3])
        out = tmp_path / "out"
        settings = {"ALLOW_PRIVATE_HOSTS": site.netloc, "OUTPUT_SPOOL_DIR": str(tmp_path / "spool"),
                    "OUTPUT_BATCH_ITEM_COUNT": 1, "INCREMENTAL_COMPACT_SEGMENTS": 3}
        first = await crawl(ArticlesSpider, out, settings, start_urls=site.base_url + "/")
        assert len(first.records) == 3
        assert len(list(out.glob("state/articles/stored/*.jsonl.gz"))) == 3
        assert "incremental/compacted" not in first.stats

        # reads the 3 segments one by one, then folds them into a snapshot
        publish(site, STORIES[:4])
        second = await crawl(ArticlesSpider, out, settings, start_urls=site.base_url + "/")
        assert second.stats["incremental/segments_read"] == 3
        assert second.stats["incremental/compacted"] == 3
        assert second.stats["incremental/skipped"] == 3
        assert second.stats["item_scraped_count"] == 1
        snapshots = list(out.glob("state/articles/stored-snapshot/*.jsonl.gz"))
        assert len(snapshots) == 1
        header, *entries = read_jsonl_gz(snapshots)
        assert len(header["covers"]) == 3 and len(entries) == 3

        # the snapshot, plus only the segment it does not cover
        site.hits.clear()
        third = await crawl(ArticlesSpider, out, settings, start_urls=site.base_url + "/")
        assert third.stats["incremental/segments_read"] == 1
        assert third.stats["incremental/known"] == 4
        assert third.stats["incremental/skipped"] == 4
        assert "item_scraped_count" not in third.stats
        assert all(site.hits[s.path] == 0 for s in STORIES[:4])
        assert len(list(out.glob("state/articles/stored/*.jsonl.gz"))) == 4  # nothing deleted

        # the snapshot is listed in its run's manifest, and verify checks it
        listed = {o["key"] for m in out.glob("runs/*.json") for o in json.loads(m.read_text())["objects"]}
        assert f"state/articles/stored-snapshot/{snapshots[0].name}" in listed
        checked, problems = verify(Store.from_settings(Settings(), str(out)))
        assert problems == [] and checked >= 4 + 4 + 1


FRONT_PROSE = ("HubDaily brings the region's stories together every morning, from council votes to harbour "
               "news, with a short note on why each one matters to readers who have little time.")


def hub_routes(hub, publisher, stories):
    """An aggregator whose front page reads like an article (so a run may store it) over copies of stories."""
    from crawler.demo.sites import Copy, aggregator_routes, article_head, esc, html, page

    copies = [Copy(s, f"/2026/{s.slug}/", publisher.base_url + s.path, "source_link") for s in stories]
    routes = aggregator_routes(copies, hub.base_url)
    links = "".join(f'<li><a href="{c.path}">{esc(c.story.title)}</a></li>' for c in copies)
    body = f"<main><article><h1>Today on HubDaily</h1><p>{FRONT_PROSE}</p><p>{FRONT_PROSE}</p>" \
           f"<ul>{links}</ul></article></main>"
    routes["/"] = html(page("Today on HubDaily", body,
                            head=article_head("Today on HubDaily", hub.base_url + "/", "HubDaily Desk",
                                              "2026-03-01", hub.base_url + "/")))
    hub.routes.clear()
    hub.routes.update(routes)
    return copies


@deferred_f_from_coro_f
async def test_start_pages_are_fetched_every_run_even_when_an_earlier_run_stored_one(tmp_path):
    from crawler.spiders.aggregator import AggregatorSpider

    stories = many_stories(6)
    with SiteServer() as publisher, SiteServer() as hub:
        publish(publisher, stories)
        hub_routes(hub, publisher, stories[:3])
        settings = {"ALLOW_PRIVATE_HOSTS": f"{publisher.netloc},{hub.netloc}",
                    "OUTPUT_SPOOL_DIR": str(tmp_path / "spool")}
        first = await crawl(AggregatorSpider, tmp_path / "out", settings, start_urls=hub.base_url + "/")
        first_urls = {r["url"] for r in first.records}
        assert hub.base_url + "/" in first_urls  # the front page passed as an article and was stored
        assert len(first_urls) == 1 + 6  # and three copies with their three originals

        copies = hub_routes(hub, publisher, stories)  # three new stories reach the front page
        hub.hits.clear()
        second = await crawl(AggregatorSpider, tmp_path / "out", settings, start_urls=hub.base_url + "/")
        new = [r for r in second.records if r["url"] not in first_urls]
        expected = {hub.base_url + c.path for c in copies[3:]} | {c.original_url for c in copies[3:]}
        assert {r["url"] for r in new} == expected  # exactly the six new records
        assert second.stats["item_scraped_count"] == 6
        assert hub.hits["/"] == 1
        assert all(hub.hits[c.path] == 0 for c in copies[:3])  # stored copies not fetched again


def test_kill_9_of_an_aggregator_crawl_then_rerun_stores_every_copy_and_original_once(tmp_path):
    stories = many_stories(24)
    with SiteServer(delay=0.05) as publisher, SiteServer(delay=0.05) as hub:
        publish(publisher, stories)
        copies = hub_routes(hub, publisher, stories)
        env = {**os.environ, "OUTPUT_URI": str(tmp_path / "out"), "OUTPUT_SPOOL_DIR": str(tmp_path / "spool")}
        command = [sys.executable, "-m", "scrapy", "crawl", "aggregator", "-a", f"start_urls={hub.base_url}/",
                   "-s", f"ALLOW_PRIVATE_HOSTS={publisher.netloc},{hub.netloc}", "-s", "AUTOTHROTTLE_ENABLED=False",
                   "-s", "OUTPUT_BATCH_ITEM_COUNT=4", "-s", "CONCURRENT_REQUESTS=2", "-s", "EXTRACT_WORKERS=0"]
        victim = subprocess.Popen(command, cwd=REPO, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and victim.poll() is None:
            if len(list((tmp_path / "out").glob("items/*/*/*.jsonl.gz"))) >= 2:
                break
            time.sleep(0.02)
        os.kill(victim.pid, signal.SIGKILL)
        victim.communicate()
        stored_before = len(read_jsonl_gz((tmp_path / "out").glob("items/*/*/*.jsonl.gz")))
        assert 0 < stored_before < 1 + 2 * len(stories)  # the kill landed mid-crawl
        rerun = subprocess.run(command, cwd=REPO, env=env, capture_output=True, text=True, timeout=180)
    assert rerun.returncode == 0, rerun.stderr[-3000:]
    urls = sorted(r["url"] for r in read_jsonl_gz((tmp_path / "out").glob("items/*/*/*.jsonl.gz")))
    expected = [hub.base_url + "/"] + [hub.base_url + c.path for c in copies] + [c.original_url for c in copies]
    assert urls == sorted(expected)  # every copy and every original, exactly once
