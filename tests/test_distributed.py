"""Distributed mode: two `scrapy crawl` workers share one crawl through a real
redis-server on 127.0.0.1, over a generated site of ~250 linked articles."""

from __future__ import annotations

import json
import os
import random
import re
import shutil
import signal
import socket
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import pytest
import redis
from scrapy.settings import Settings
from scrapy.utils.request import request_from_dict
from scrapy_redis.dupefilter import RFPDupeFilter
from scrapy_redis.scheduler import Scheduler

from crawler.distributed.addon import DistributedAddon, redact
from crawler.distributed.coordinator import DistributedCrawl
from crawler.distributed.keys import crawl_prefix
from crawler.distributed.dedup import RedisDedupPipeline
from crawler.distributed.scheduler import DistributedDupeFilter, DistributedScheduler, SeedOnce
from crawler.distributed.serializer import JsonSerializer
from crawler.demo.server import SiteServer, html
from crawler.demo.sites import article_head, listing, page, paragraphs_html
from crawler.spiders.articles import ArticlesSpider
from tests.conftest import REPO, project_settings, read_jsonl_gz

ARTICLES = 250
SECTIONS = ("world", "city", "science", "culture", "sport")
WORDS = (
    "harbour ferry council river bridge market station library museum garden island valley "
    "morning evening winter summer report plan budget school hospital street tram festival "
    "orchestra painter novel archive engineer farmer sailor baker teacher doctor mayor "
    "crossing timetable repair opening closure season harvest storm flood drought concert "
    "exhibition match league record visitor resident neighbour district quarter square "
    "tower lighthouse canal dock warehouse workshop"
).split()
VERBS = "opened closed repaired announced visited welcomed delayed extended praised measured".split()


def sentence(rng: random.Random) -> str:
    words = [rng.choice(WORDS) for _ in range(rng.randint(5, 9))]
    words.insert(2, rng.choice(VERBS))
    return " ".join(words).capitalize() + "."


def article_path(n: int) -> str:
    return f"/article/{n}.html"


def section_path(name: str) -> str:
    return f"/section/{name}/"


def news_site(base: str) -> dict:
    """An index, five section pages and ARTICLES articles, cross-linked so
    that every page is reachable in many ways (within depth 2 from /)."""
    routes = {}
    sections = [(section_path(s), s.title(), f"News from the {s} desk") for s in SECTIONS]
    latest = [(article_path(n), f"Report {n}", "") for n in range(10)]
    routes["/"] = html(listing("Gazette", sections + latest, "en"))
    for i, name in enumerate(SECTIONS):
        links = [(article_path(n), f"Report {n}", "") for n in range(i, ARTICLES, len(SECTIONS))]
        routes[section_path(name)] = html(listing(f"Gazette {name}", links + sections, "en"))
    for n in range(ARTICLES):
        rng = random.Random(n)
        title = f"Report {n}: the {rng.choice(WORDS)} {rng.choice(VERBS)}"
        paragraphs = [" ".join(sentence(rng) for _ in range(5)) for _ in range(5)]
        related = sorted({(n + 1) % ARTICLES, (n * 7 + 3) % ARTICLES, (n + 50) % ARTICLES} - {n})
        links = " ".join(f'<a href="{article_path(m)}">Report {m}</a>' for m in related)
        body = (
            f'<header><a href="/">Gazette</a> <a href="{section_path(SECTIONS[n % len(SECTIONS)])}">'
            f"{SECTIONS[n % len(SECTIONS)]}</a></header>\n<main><article><h1>{title}</h1>\n"
            f"{paragraphs_html(paragraphs)}\n</article>\n<aside>Related: {links}</aside></main>"
        )
        url = base + article_path(n)
        head = article_head(title, url, "Desk", "2026-11-20", url)
        routes[article_path(n)] = html(page(title, body, head=head))
    return routes


class SlowRoutes(dict):
    """Routes whose every lookup (one per request) takes `delay` seconds."""

    delay = 0.0

    def get(self, key, default=None):
        time.sleep(self.delay)
        return super().get(key, default)


@pytest.fixture
def site():
    with SiteServer(routes=SlowRoutes()) as server:
        server.routes.update(news_site(server.base_url))
        yield server


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture
def redis_url(tmp_path):
    """A private redis-server on loopback, no persistence; stopped at the end."""
    binary = shutil.which("redis-server")
    if binary is None:
        pytest.fail("redis-server is not installed: run `make redis-server` "
                    "(Debian: apt-get install redis-server)")
    for _ in range(3):  # the free port may be taken in between: try another
        port = free_port()
        process = subprocess.Popen(
            [binary, "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no",
             "--dir", str(tmp_path)],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )
        client = redis.Redis(host="127.0.0.1", port=port)
        deadline = time.monotonic() + 10
        while process.poll() is None and time.monotonic() < deadline:
            try:
                client.ping()
                break
            except redis.ConnectionError:
                time.sleep(0.05)
        else:
            process.kill()
            process.wait()
            continue
        try:
            yield f"redis://127.0.0.1:{port}/0"
        finally:
            client.close()
            process.terminate()
            process.wait(timeout=10)
        return
    pytest.fail("could not start redis-server on 127.0.0.1")


class Worker:
    """`scrapy crawl articles` in distributed mode, its own output and spool."""

    def __init__(self, name: str, site: SiteServer, redis_url: str, tmp_path: Path, *settings: str):
        self.name = name
        self.lake = tmp_path / name / "lake"
        self.log_path = tmp_path / f"{name}.log"
        env = {**os.environ, "OUTPUT_URI": str(self.lake), "OUTPUT_SPOOL_DIR": str(tmp_path / name / "spool")}
        env.pop("REDIS_URL", None)
        command = [
            sys.executable, "-m", "scrapy", "crawl", "articles", "-a", f"start_urls={site.base_url}/",
            "-s", f"REDIS_URL={redis_url}", "-s", "DEPTH_LIMIT=5", "-s", "ALLOW_PRIVATE_HOSTS=True",
            "-s", "AUTOTHROTTLE_ENABLED=False", "-s", "DISTRIBUTED_IDLE_TIMEOUT=2",
            "-s", "EXTRACT_WORKERS=1", *(arg for setting in settings for arg in ("-s", setting)),
        ]
        with self.log_path.open("wb") as log:
            # Own process group: kill -9 takes its extraction worker with it, as a crash would.
            self.process = subprocess.Popen(command, cwd=REPO, env=env, stdout=log, stderr=subprocess.STDOUT,
                                            start_new_session=True)

    @property
    def log(self) -> str:
        return self.log_path.read_text(encoding="utf-8", errors="replace")

    def batches(self) -> list[Path]:
        """Record batches delivered to this worker's OUTPUT_URI."""
        return sorted(self.lake.glob("items/articles/dt=*/*.jsonl.gz"))

    def records(self) -> list[dict]:
        return read_jsonl_gz(self.batches())

    def wait(self, timeout: float = 90) -> int:
        try:
            return self.process.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            self.kill()
            pytest.fail(f"{self.name} did not finish in {timeout} s:\n{self.log[-3000:]}")

    def kill(self) -> None:
        if self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGKILL)
        self.process.wait()


def crawl_keys(redis_url: str) -> list[bytes]:
    """Keys left in Redis, less the near-duplicate index (neardup:v1:*), which
    outlives crawls by design (crawler/state/near_duplicates.py)."""
    return sorted(k for k in redis.Redis.from_url(redis_url).keys() if not k.startswith(b"neardup:"))


def article_urls(site: SiteServer) -> set[str]:
    return {site.base_url + article_path(n) for n in range(ARTICLES)}


def page_hits(site: SiteServer) -> Counter:
    return Counter({path: count for path, count in site.hits.items() if path != "/robots.txt"})


def test_two_workers_share_one_crawl(site, redis_url, tmp_path):
    workers = [Worker(name, site, redis_url, tmp_path) for name in ("w1", "w2")]
    codes = [worker.wait() for worker in workers]
    assert codes == [0, 0], "\n\n".join(w.log[-3000:] for w in workers)

    # Every page fetched exactly once between the two workers.
    assert page_hits(site) == Counter({path: 1 for path in site.routes})
    # Both worked: each fetched and stored part of the crawl.
    stored = [worker.records() for worker in workers]
    assert all(records for records in stored), [len(records) for records in stored]
    # Every article stored exactly once across both outputs; nothing else stored.
    urls = Counter(record["url"] for records in stored for record in records)
    assert urls == Counter({url: 1 for url in article_urls(site)})
    fetched = [int(re.search(r"(\d+) pages fetched", w.log).group(1)) for w in workers]
    assert sum(fetched) == len(site.routes) + 2  # + each worker's robots.txt
    # Only the first worker seeded; the crawl's keys are gone once it is over.
    assert sum("Seeding the crawl" in w.log for w in workers) == 1
    assert crawl_keys(redis_url) == []


ACKNOWLEDGED = re.compile(r"Acknowledged batch (\d+) ")
RECOVERED = re.compile(r"recovered (\d+) request\(s\) it had not finished")


def test_a_killed_workers_requests_are_redone_by_the_survivor(site, redis_url, tmp_path):
    site.routes.delay = 0.02  # so that the kill lands mid-crawl
    settings = ("OUTPUT_BATCH_ITEM_COUNT=10", "DISTRIBUTED_HEARTBEAT_TIMEOUT=1")
    survivor = Worker("survivor", site, redis_url, tmp_path, *settings)
    victim = Worker("victim", site, redis_url, tmp_path, *settings)
    deadline = time.monotonic() + 60
    while len(victim.batches()) < 2 and victim.process.poll() is None and time.monotonic() < deadline:
        time.sleep(0.05)
    assert len(victim.batches()) >= 2, victim.log[-3000:]
    victim.kill()
    assert survivor.wait() == 0, survivor.log[-3000:]

    # The killed worker's delivered batches count; what it held in memory or had
    # not reported to Redis (batches delivered, not acknowledged) is redone.
    acknowledged = {int(n) for n in ACKNOWLEDGED.findall(victim.log)}
    delivered = {int(path.name.split("-")[-1].split(".")[0]): path for path in victim.batches()}
    unacknowledged = read_jsonl_gz(path for batch, path in delivered.items() if batch not in acknowledged)
    from_victim = Counter(record["url"] for record in read_jsonl_gz(delivered.values()))
    from_survivor = Counter(record["url"] for record in survivor.records())
    stored = from_victim + from_survivor
    # Every article stored; twice only if the victim died between delivering its
    # batch and acknowledging it (the at-least-once window), else exactly once.
    assert set(stored) == article_urls(site)
    may_repeat = {record["url"] for record in unacknowledged}
    assert {url for url, count in stored.items() if count > 1} <= may_repeat
    assert max(stored.values()) <= 2

    # Every page fetched; a page fetched twice only if the survivor recovered it
    # from the killed worker, and never more than twice.
    hits = page_hits(site)
    assert set(hits) == set(site.routes)
    recovered = sum(int(n) for n in RECOVERED.findall(survivor.log))
    assert recovered > 0, survivor.log[-3000:]
    assert max(hits.values()) <= 2
    assert sum(hits.values()) - len(site.routes) <= recovered
    assert crawl_keys(redis_url) == []


def test_a_crawl_whose_workers_all_died_is_resumed_by_the_next_worker(site, redis_url, tmp_path):
    site.routes.delay = 0.02
    settings = ("OUTPUT_BATCH_ITEM_COUNT=10", "DISTRIBUTED_HEARTBEAT_TIMEOUT=1")
    first = Worker("first", site, redis_url, tmp_path, *settings)
    deadline = time.monotonic() + 60
    while len(first.batches()) < 3 and first.process.poll() is None and time.monotonic() < deadline:
        time.sleep(0.05)
    first.kill()
    assert len(first.batches()) >= 3, first.log[-3000:]
    time.sleep(1.5)  # its heartbeat expires: the crawl has no live worker left
    second = Worker("second", site, redis_url, tmp_path, *settings)
    assert second.wait() == 0, second.log[-3000:]

    assert "resuming it" in second.log and "Seeding the crawl" not in second.log
    acknowledged = {int(n) for n in ACKNOWLEDGED.findall(first.log)}
    delivered = {int(path.name.split("-")[-1].split(".")[0]): path for path in first.batches()}
    may_repeat = {r["url"] for r in read_jsonl_gz(p for b, p in delivered.items() if b not in acknowledged)}
    stored = Counter(r["url"] for r in read_jsonl_gz(delivered.values()) + second.records())
    assert set(stored) == article_urls(site)
    assert {url for url, count in stored.items() if count > 1} <= may_repeat
    hits = page_hits(site)
    assert set(hits) == set(site.routes) and max(hits.values()) <= 2
    assert crawl_keys(redis_url) == []


# -- without a crawl ------------------------------------------------------------


def addon_settings(**overrides):
    settings = Settings(project_settings())
    settings.setdict(overrides, priority="cmdline")
    DistributedAddon().update_settings(settings)
    return settings


def test_addon_is_inert_without_redis_url():
    settings = addon_settings()
    assert settings["SCHEDULER"] == "scrapy.core.scheduler.Scheduler"
    assert "crawler.pipelines.DedupPipeline" in settings.getdict("ITEM_PIPELINES")


def test_addon_sets_scrapy_redis_scheduler_filter_and_shared_dedup():
    settings = addon_settings(REDIS_URL="redis://127.0.0.1:6379/0",
                              SCHEDULER="scrapy.core.scheduler.Scheduler")
    assert settings["SCHEDULER"] == "crawler.distributed.scheduler.DistributedScheduler"
    assert settings["DUPEFILTER_CLASS"] == "crawler.distributed.scheduler.DistributedDupeFilter"
    assert issubclass(DistributedScheduler, Scheduler)
    assert issubclass(DistributedDupeFilter, RFPDupeFilter)
    pipelines = settings.getdict("ITEM_PIPELINES")
    assert pipelines[RedisDedupPipeline] == 400
    assert "crawler.pipelines.DedupPipeline" not in pipelines
    assert SeedOnce in settings.getdict("SPIDER_MIDDLEWARES")
    assert DistributedCrawl in settings.getdict("EXTENSIONS")


def test_addon_rejects_a_url_that_is_not_redis():
    with pytest.raises(ValueError, match="REDIS_URL: 'http://x:\\*\\*\\*@example.org/' is not a redis://"):
        addon_settings(REDIS_URL="http://x:secret@example.org/")


def test_requests_travel_as_json_with_their_callbacks():
    spider = ArticlesSpider(start_urls="https://news.example/")
    request = spider.request("https://news.example/a", spider.parse_site_page,
                             meta={"depth": 2, "depth_reset": True},
                             headers={"Referer": "https://news.example/"}, priority=3)
    data = JsonSerializer.dumps(request.to_dict(spider=spider))
    assert json.loads(data)["callback"] == "parse_site_page"  # JSON: never pickle from a shared server
    again = request_from_dict(JsonSerializer.loads(data.encode()), spider=spider)
    assert (again.url, again.callback, again.errback, again.meta, again.priority, again.headers) == (
        request.url, spider.parse_site_page, spider.on_error, request.meta, 3, request.headers)


def test_each_set_of_spider_arguments_is_its_own_crawl():
    a = crawl_prefix(ArticlesSpider(start_urls="https://a.example/", languages="en"))
    assert a == crawl_prefix(ArticlesSpider(languages="en", start_urls="https://a.example/"))
    assert a != crawl_prefix(ArticlesSpider(start_urls="https://b.example/", languages="en"))
    assert re.fullmatch(r"articles:[0-9a-f]{10}", a)


def test_redis_password_never_logged():
    assert redact("redis://:s3cret@cache:6379/0") == "redis://:***@cache:6379/0"
    assert redact("rediss://user:s3cret@cache:6380/1") == "rediss://user:***@cache:6380/1"
    assert redact("redis://cache:6379/0") == "redis://cache:6379/0"


def scrapy_crawl(*args: str, cwd=REPO, env=None, timeout: float = 60) -> subprocess.CompletedProcess:
    environment = {**os.environ, **(env or {})}
    environment.pop("REDIS_URL", None)
    return subprocess.run([sys.executable, "-m", "scrapy", "crawl", *args], cwd=cwd, env=environment,
                          capture_output=True, text=True, timeout=timeout)


def test_an_unusable_redis_url_is_one_line_at_start(tmp_path):
    env = {"OUTPUT_URI": str(tmp_path / "lake"), "OUTPUT_SPOOL_DIR": str(tmp_path / "spool")}
    port = free_port()  # nothing listens there
    for url, message in [
        ("http://x:secret@example.org/", "REDIS_URL: 'http://x:***@example.org/' is not a redis://, rediss:// "
                                         "or unix:// URL"),
        (f"redis://:secret@127.0.0.1:{port}/0", f"REDIS_URL: cannot use Redis at redis://:***@127.0.0.1:{port}/0: "),
    ]:
        run = scrapy_crawl("articles", "-a", "start_urls=https://news.example/", "-s", f"REDIS_URL={url}", env=env)
        assert run.returncode == 1, run.stderr[-3000:]
        errors = [line for line in run.stderr.splitlines() if "error:" in line or "ERROR" in line]
        assert len(errors) == 1 and errors[0].startswith(f"scrapy crawl articles: error: {message}"), run.stderr[-3000:]
        assert "Traceback" not in run.stderr and "secret" not in run.stderr
        assert not (tmp_path / "lake").exists()  # stopped before the crawl started


def test_two_workers_started_from_one_folder_both_work(site, redis_url, tmp_path):
    """The same command twice, from the same folder, with the defaults for
    OUTPUT_URI (./data) and OUTPUT_SPOOL_DIR (./.spool): neither is turned away
    by the one-run lock, each takes a spool of its own, records land once."""
    here = tmp_path / "here"
    here.mkdir()
    env = {k: v for k, v in os.environ.items()
           if k not in ("REDIS_URL", "OUTPUT_URI", "OUTPUT_SPOOL_DIR", "LOCK_DIR")}
    env.update(SCRAPY_SETTINGS_MODULE="crawler.settings", PYTHONPATH=str(REPO))
    command = [sys.executable, "-m", "scrapy", "crawl", "articles", "-a", f"start_urls={site.base_url}/",
               "-s", f"REDIS_URL={redis_url}", "-s", "DEPTH_LIMIT=5", "-s", "ALLOW_PRIVATE_HOSTS=True",
               "-s", "AUTOTHROTTLE_ENABLED=False", "-s", "DISTRIBUTED_IDLE_TIMEOUT=2", "-s", "EXTRACT_WORKERS=1"]
    logs = [tmp_path / f"worker{n}.log" for n in (1, 2)]
    processes = []
    for log in logs:
        with log.open("wb") as out:
            processes.append(subprocess.Popen(command, cwd=here, env=env, stdout=out, stderr=subprocess.STDOUT))
    try:
        codes = [process.wait(timeout=90) for process in processes]
    finally:
        for process in processes:
            if process.poll() is None:
                process.kill()
    texts = [log.read_text(encoding="utf-8", errors="replace") for log in logs]
    assert codes == [0, 0], "\n\n".join(text[-3000:] for text in texts)
    assert not any("nothing to do" in text for text in texts)
    # each worker had a spool of its own, and delivered everything from it
    spools = sorted(re.search(r"This worker's spool: (\S+)", text).group(1) for text in texts)
    assert spools == [".spool/workers/1", ".spool/workers/2"]  # OUTPUT_SPOOL_DIR is relative: ./.spool
    assert not [p for p in (here / ".spool").rglob("*") if p.is_file() and p.name != ".lock"
                and "locks" not in p.parts]
    # both stored part of the crawl; every article stored exactly once
    manifests = [json.loads(p.read_text()) for p in sorted((here / "data" / "runs").glob("*.json"))]
    assert len(manifests) == 2
    assert all(m["stats"].get("item_scraped_count", 0) > 0 for m in manifests)
    urls = Counter(r["url"] for r in read_jsonl_gz((here / "data").glob("items/articles/dt=*/*.jsonl.gz")))
    assert urls == Counter({url: 1 for url in article_urls(site)})
    assert page_hits(site) == Counter({path: 1 for path in site.routes})


def test_what_a_worker_left_in_its_spool_is_flushed_unless_a_live_worker_holds_it(tmp_path):
    from crawler.output.store import Spool, join_uri, take_worker_spool

    lake, root = tmp_path / "lake", tmp_path / "spool"
    keys = {n: f"items/articles/dt=2026-11-22/20261122T083016Z-00000{n}-00001.jsonl.gz" for n in (1, 2)}
    held_folder, held = take_worker_spool(root)  # a live worker: workers/1
    left_folder, left = take_worker_spool(root)  # a worker that ended: workers/2
    left.close()
    for n, folder in ((1, held_folder), (2, left_folder)):
        path = Spool(folder).path_for(join_uri(str(lake), keys[n]))
        path.parent.mkdir(parents=True)
        path.write_bytes(b"x")
    try:
        run = subprocess.run([sys.executable, "-m", "scrapy", "flush"], cwd=REPO, capture_output=True, text=True,
                             env={**os.environ, "OUTPUT_SPOOL_DIR": str(root)}, timeout=60)
    finally:
        held.close()
    assert run.returncode == 0, run.stderr[-2000:]
    assert "1 pending, 1 delivered, 0 still pending" in run.stderr
    assert (lake / keys[2]).read_bytes() == b"x" and not (lake / keys[1]).exists()
    assert Spool(held_folder).pending() and not Spool(left_folder).pending()
