"""Scrapyd deployment, for real: the egg scrapyd-deploy builds from setup.py, a Scrapyd
server on 127.0.0.1 running jobs from it against a demo site, the run lock shared
with a cron-style `scrapy crawl`, and a bad argument reported in the job's log."""

import os
import shutil
import socket
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest
import requests

from crawler.demo.server import SiteServer
from crawler.demo.sites import load_stories, publisher_routes
from tests.conftest import REPO, read_jsonl_gz

BIN = Path(sys.executable).parent
PUBLISHER = "harbour"
STORIES = [s for s in load_stories()[0] if s.publisher == PUBLISHER]
# What a checkout holds that is neither built from nor packed into the egg.
NOT_SOURCES = shutil.ignore_patterns(".git", ".venv", "data", ".spool", "build", "*.egg-info", "__pycache__",
                                     ".pytest_cache", ".hypothesis")


def package_files(*packages: str) -> set[str]:
    """The .py files of the packages and the data files setup.py names, as egg paths."""
    found = {str(p.relative_to(REPO)) for package in packages for p in (REPO / package).rglob("*.py")
             if "__pycache__" not in p.parts}
    data = [*(REPO / "crawler/schema").glob("*.json"), *(REPO / "crawler/run/templates").glob("*"),
            REPO / "crawler/demo/stories.json"]
    return found | {str(p.relative_to(REPO)) for p in data}


def build_egg(tmp: Path) -> Path:
    """scrapyd-deploy --build-egg, in a copy of the checkout (it writes build/ and
    *.egg-info/ where it runs)."""
    checkout = tmp / "checkout"
    shutil.copytree(REPO, checkout, ignore=NOT_SOURCES)
    egg = tmp / "newscrawler.egg"
    run = subprocess.run([str(BIN / "scrapyd-deploy"), "--build-egg", str(egg)], cwd=checkout,
                         capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr
    assert (checkout / "newscrawler.egg-info").is_dir()  # the folder deploy/README.md names
    return egg


def test_the_egg_holds_only_the_crawler_and_cleaners_packages_and_their_data(tmp_path):
    names = set(zipfile.ZipFile(build_egg(tmp_path)).namelist())
    code = {n for n in names if not n.startswith("EGG-INFO/")}
    assert code == package_files("crawler", "cleaners")
    assert {n.split("/")[0] for n in names} == {"EGG-INFO", "crawler", "cleaners"}  # no tests/, bench/
    egg_info = zipfile.ZipFile(build_egg(tmp_path / "again")).read("EGG-INFO/entry_points.txt").decode()
    assert egg_info.split() == ["[scrapy]", "settings", "=", "crawler.settings"]


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class Scrapyd:
    """A Scrapyd server in its own folder on 127.0.0.1."""

    def __init__(self, folder: Path):
        self.folder = folder
        folder.mkdir(parents=True)
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        (folder / "scrapyd.conf").write_text("\n".join([
            "[scrapyd]",
            "bind_address = 127.0.0.1",
            f"http_port = {self.port}",
            f"eggs_dir = {folder / 'eggs'}",
            f"logs_dir = {folder / 'logs'}",
            "items_dir =",
            "jobs_to_keep = 5",
            f"dbs_dir = {folder / 'dbs'}",
            "max_proc = 1",
            "poll_interval = 0.2",  # start a queued job at once, not within 5 s
        ]) + "\n")
        env = {k: v for k, v in os.environ.items()
               if k not in ("OUTPUT_URI", "OUTPUT_SPOOL_DIR", "LOCK_DIR", "REDIS_URL", "PYTHONPATH")}
        self.log = (folder / "scrapyd.out").open("w")
        # cwd is the server's folder: jobs can import the project only from the egg.
        self.process = subprocess.Popen([str(BIN / "scrapyd")], cwd=folder, env=env,
                                        stdout=self.log, stderr=subprocess.STDOUT)
        deadline = time.monotonic() + 30
        while True:
            try:
                if requests.get(f"{self.url}/daemonstatus.json", timeout=2).json()["status"] == "ok":
                    return
            except requests.ConnectionError:
                pass
            if self.process.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(f"scrapyd did not start: {(folder / 'scrapyd.out').read_text()[-2000:]}")
            time.sleep(0.2)

    def schedule(self, *fields: tuple[str, str]) -> str:
        answer = requests.post(f"{self.url}/schedule.json", data=[("project", "crawler"), *fields],
                               timeout=30).json()
        assert answer["status"] == "ok", answer
        return answer["jobid"]

    def job_state(self, job: str) -> str:
        jobs = requests.get(f"{self.url}/listjobs.json", params={"project": "crawler"}, timeout=30).json()
        for state in ("pending", "running", "finished"):
            if any(entry["id"] == job for entry in jobs[state]):
                return state
        raise AssertionError(f"job {job} not listed: {jobs}")

    def wait(self, job: str, until: str = "finished", timeout: float = 60) -> None:
        deadline = time.monotonic() + timeout
        while self.job_state(job) != until:
            assert time.monotonic() < deadline, f"job {job} not {until}: {self.job_log(job)[-2000:]}"
            time.sleep(0.2)

    def job_log(self, job: str, spider: str = "articles") -> str:
        path = self.folder / "logs" / "crawler" / spider / f"{job}.log"
        return path.read_text() if path.exists() else ""

    def stop(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        self.log.close()


@pytest.fixture
def scrapyd(tmp_path):
    server = Scrapyd(tmp_path / "scrapyd")
    try:
        yield server
    finally:
        server.stop()


@pytest.mark.timeout(150)
def test_scrapyd_runs_the_deployed_egg_and_shares_the_run_lock_with_cron(scrapyd, tmp_path):
    egg = build_egg(tmp_path)
    with egg.open("rb") as data:
        added = requests.post(f"{scrapyd.url}/addversion.json", data={"project": "crawler", "version": "1"},
                              files={"egg": data}, timeout=60).json()
    # Scrapyd lists the egg's spiders in a process of its own: the egg imports alone.
    assert (added["status"], added["spiders"]) == ("ok", 3), added

    out, spool = tmp_path / "out", tmp_path / "spool"
    with SiteServer() as site:
        site.routes.update(publisher_routes(STORIES[0].publisher_name, PUBLISHER, STORIES, site.base_url))
        arguments = [("spider", "articles"), ("start_urls", f"{site.base_url}/")]
        settings = [("setting", f"ALLOW_PRIVATE_HOSTS={site.netloc}"), ("setting", f"OUTPUT_URI={out}"),
                    ("setting", f"OUTPUT_SPOOL_DIR={spool}"), ("setting", "EXTRACT_WORKERS=0")]
        first = scrapyd.schedule(*arguments, *settings, ("setting", "AUTOTHROTTLE_ENABLED=False"))
        scrapyd.wait(first)
        records = read_jsonl_gz(out.glob("items/articles/dt=*/*.jsonl.gz"))
        assert sorted(r["url"] for r in records) == sorted(site.base_url + s.path for s in STORIES)
        assert len(records) == 4
        assert (f"Run summary (articles, finished): 7 pages fetched, {len(STORIES)} records stored"
                in scrapyd.job_log(first))

        # A slowed job of the same crawl runs; cron starts the same crawl meanwhile.
        slow = scrapyd.schedule(*arguments, *settings, ("setting", "DOWNLOAD_DELAY=2"))
        deadline = time.monotonic() + 60
        while "Spider opened" not in scrapyd.job_log(slow):  # it holds the lock before it opens
            assert time.monotonic() < deadline and scrapyd.job_state(slow) != "finished", scrapyd.job_log(slow)
            time.sleep(0.1)
        cron = subprocess.run(
            [sys.executable, "-m", "scrapy", "crawl", "articles", "-a", f"start_urls={site.base_url}/",
             "-s", f"ALLOW_PRIVATE_HOSTS={site.netloc}"],
            cwd=REPO, capture_output=True, text=True, timeout=60,
            env={**os.environ, "OUTPUT_URI": str(out), "OUTPUT_SPOOL_DIR": str(spool)})
        assert scrapyd.job_state(slow) == "running"  # cron's run overlapped it
        assert cron.returncode == 0
        assert "another run of this crawl is in progress" in cron.stderr
        assert "Spider opened" not in cron.stderr  # it crawled nothing
        scrapyd.wait(slow)
        assert "Run summary (articles, finished)" in scrapyd.job_log(slow)

        bad = scrapyd.schedule(("spider", "articles"), ("start_urls", "ftp://x"), *settings)
        scrapyd.wait(bad)
    assert ("[scrapy.commands.crawl] ERROR: scrapy crawl articles: error: start_urls: 'ftp://x' is not "
            "an http(s) URL\n") in scrapyd.job_log(bad)
    assert "Spider opened" not in scrapyd.job_log(bad)
