"""`scrapy crawl` as a user runs it: a subprocess in the project folder."""

import json
import os
import subprocess
import sys

from crawler.demo.server import SiteServer, html
from tests.conftest import REPO, read_jsonl_gz


def scrapy(*args, env=None, timeout=120):
    return subprocess.run(
        [sys.executable, "-m", "scrapy", *args], cwd=REPO, capture_output=True, text=True,
        timeout=timeout, env={**os.environ, **(env or {})},
    )


def test_crawl_writes_default_output_and_dash_o_alongside(demo_sites, tmp_path):
    out = tmp_path / "out.jsonl"
    run = scrapy(
        "crawl", "aggregator", "-a", f"start_urls={demo_sites.hub.base_url}/",
        "-s", f"ALLOW_PRIVATE_HOSTS={demo_sites.allow_hosts}", "-s", "AUTOTHROTTLE_ENABLED=False",
        "-O", str(out), env={"OUTPUT_URI": str(tmp_path / "lake"), "OUTPUT_SPOOL_DIR": str(tmp_path / "spool")},
    )
    assert run.returncode == 0, run.stderr[-3000:]
    dash_o = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    lake = read_jsonl_gz((tmp_path / "lake").glob("items/aggregator/dt=*/*.jsonl.gz"))
    assert len(dash_o) == len(lake) == 16
    assert sorted(r["url"] for r in dash_o) == sorted(r["url"] for r in lake)
    assert "Run summary (aggregator, finished): " in run.stderr
    assert "16 records stored, 8 copies linked" in run.stderr


def test_private_hosts_are_refused_by_default(tmp_path):
    with SiteServer() as internal:
        internal.routes["/"] = html("<p>an internal admin page</p>")
        run = scrapy("crawl", "articles", "-a", f"start_urls={internal.base_url}/",
                     "-s", f"OUTPUT_URI={tmp_path}", "-s", "AUTOTHROTTLE_ENABLED=False",
                     env={"OUTPUT_SPOOL_DIR": str(tmp_path / "spool")})
        assert internal.hits == {}
    assert run.returncode == 0
    assert f"Refused {internal.base_url}/: non-public address 127.0.0.1" in run.stderr
    assert "'skip/private_address': 1" in run.stderr


def test_bad_arguments_fail_at_start_with_one_line():
    for args, message in [
        ((), "nothing to crawl"),
        (("-a", "start_urls=ftp://example.org/"), "start_urls: 'ftp://example.org/' is not an http(s) URL"),
        (("-a", "urls_file=/no/such/file"), "urls_file: cannot read '/no/such/file'"),
        (("-a", "start_urls=https://example.org/", "-a", "languages=english"), "not ISO 639-1"),
    ]:
        run = scrapy("crawl", "articles", *args)
        assert run.returncode == 2
        errors = [line for line in run.stderr.splitlines() if "error:" in line]
        assert len(errors) == 1 and message in errors[0], run.stderr[-2000:]
        assert "Traceback" not in run.stderr


def test_connect_time_resolver_refuses_even_without_the_middleware(tmp_path):
    """The resolver under `scrapy crawl` is a second, independent check."""
    with SiteServer() as internal:
        internal.routes["/"] = html("<p>an internal admin page</p>")
        run = scrapy("crawl", "articles", "-a", f"start_urls={internal.base_url}/",
                     "-s", f"OUTPUT_URI={tmp_path}", "-s", "AUTOTHROTTLE_ENABLED=False",
                     "-s", "RETRY_ENABLED=False",
                     "-s", 'DOWNLOADER_MIDDLEWARES={"crawler.fetch.safety.PrivateHostGuard": null}',
                     env={"OUTPUT_SPOOL_DIR": str(tmp_path / "spool")})
        assert internal.hits == {}
    assert run.returncode == 0
    assert "Refused to connect to 127.0.0.1 (127.0.0.1): non-public address" in run.stderr
    assert "'fetch/failed/" in run.stderr
