"""What a runner (Scrapyd) adds to a job does not change the crawl, and errors reach its log."""

import subprocess
import sys

from crawler.run.lock import crawl_key
from tests.conftest import REPO


def test_runner_arguments_do_not_change_the_lock():
    plain = crawl_key("articles", {"start_urls": "https://a.example/"})
    assert crawl_key("articles", {"start_urls": "https://a.example/", "_job": "6487ec79",
                                  "_version": "r23", "setting": "X=1"}) == plain
    assert crawl_key("articles", {"start_urls": "https://b.example/", "_job": "1"}) != plain


def test_a_bad_argument_is_written_to_the_jobs_log_too(tmp_path):
    log = tmp_path / "job.log"
    run = subprocess.run([sys.executable, "-m", "scrapy", "crawl", "articles", "-a", "start_urls=ftp://x",
                          "-a", "_job=abc", "-s", f"LOG_FILE={log}",
                          "-s", f"OUTPUT_SPOOL_DIR={tmp_path / 'spool'}"],
                         cwd=REPO, capture_output=True, text=True, timeout=60)
    assert run.returncode == 2
    line = "scrapy crawl articles: error: start_urls: 'ftp://x' is not an http(s) URL"
    assert run.stderr.strip().splitlines()[-1] == line
    assert log.read_text().strip().endswith(f"ERROR: {line}")
