"""Scheduled runs: incremental re-runs, one run at a time, crash safety, run checks."""

import json
import os
import re
import signal
import subprocess
import sys
import time
from dataclasses import replace

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


@deferred_f_from_coro_f
async def test_long_runs_log_progress_at_a_steady_interval(tmp_path, caplog):
    with SiteServer(delay=0.25) as site:
        publish(site, STORIES)
        caplog.set_level("INFO", logger="crawler.run.extensions")
        await crawl(ArticlesSpider, tmp_path / "out",
                    {"ALLOW_PRIVATE_HOSTS": site.netloc, "PROGRESS_INTERVAL": 0.3,
                     "CONCURRENT_REQUESTS": 1}, start_urls=site.base_url + "/")
    lines = [r.getMessage() for r in caplog.records if r.getMessage().startswith("Progress: ")]
    assert len(lines) >= 2
    assert all(re.match(r"Progress: \d+ pages \(\d+/min\), \d+ records stored, \d+ dropped, \d+ queued$", line)
               for line in lines)


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
