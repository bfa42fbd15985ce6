"""Shared fixtures: the demo sites on 127.0.0.1 and an in-process crawl helper."""

from __future__ import annotations

import gzip
import json
import os
import tempfile
import uuid
from dataclasses import dataclass
from pathlib import Path

import jsonschema
import pytest

import crawler.settings as project
from crawler.demo.sites import DemoSites
from crawler.schema import record_schema

REPO = Path(__file__).resolve().parents[1]

# A developer's shell must not turn every test crawl into a distributed one,
# nor point the output elsewhere.
for _name in ("REDIS_URL", "OUTPUT_URI", "OUTPUT_SPOOL_DIR", "LOCK_DIR"):
    os.environ.pop(_name, None)


def project_settings(**overrides) -> dict:
    """The project's settings as a dict, with test overrides (fast, quiet)."""
    values = {name: value for name, value in vars(project).items() if name.isupper()}
    values.update(AUTOTHROTTLE_ENABLED=False, LOG_LEVEL="INFO")
    values.update(overrides)
    return values


def validate_records(records: list[dict]) -> list[dict]:
    """Every record the tests read back must match crawler/schema/record.schema.json."""
    validator = jsonschema.Draft202012Validator(record_schema())
    for record in records:
        validator.validate(record)
    return records


def read_jsonl_gz(paths) -> list[dict]:
    """The lines of .jsonl.gz files; those of record batches (under items/) are
    checked against the record schema (index segments and snapshots are not records)."""
    lines_read = []
    for path in sorted(paths):
        with gzip.open(path, "rt", encoding="utf-8") as lines:
            found = [json.loads(line) for line in lines if line.strip()]
        if "items" in Path(path).parts:
            validate_records(found)
        lines_read.extend(found)
    return lines_read


@dataclass
class CrawlResult:
    records: list[dict]
    stats: dict
    files: list[Path]

    def by_url(self) -> dict[str, dict]:
        return {r["url"]: r for r in self.records}


def unstarted_crawler(spidercls, settings: dict):
    """A crawler whose settings are not applied yet, as `scrapy crawl` makes it:
    the spider may still set some from its arguments (scrapy.utils.test.get_crawler
    freezes them at once)."""
    from scrapy.crawler import AsyncCrawlerRunner, CrawlerRunner
    from scrapy.utils.reactor import is_reactor_installed
    from scrapy.utils.test import get_reactor_settings

    settings = {"REMOTE_CONTROL_ENABLED": False, "TELNETCONSOLE_ENABLED": False, **get_reactor_settings(),
                **settings}
    runner = CrawlerRunner(settings) if is_reactor_installed() else AsyncCrawlerRunner(settings)
    return runner.create_crawler(spidercls)


async def crawl(spidercls, output, settings: dict | None = None, **spider_args) -> CrawlResult:
    """Runs one in-process crawl with the project's pipelines and output.

    output is a local folder (its records are read back) or an s3:// URI.
    """
    settings = {"OUTPUT_SPOOL_DIR": tempfile.mkdtemp(prefix="spool-"), **(settings or {})}
    crawler = unstarted_crawler(spidercls, project_settings(OUTPUT_URI=str(output), **settings))
    await crawler.crawl_async(**spider_args)
    local = not str(output).startswith("s3://")
    files = sorted(Path(output).glob("items/*/dt=*/*.jsonl.gz")) if local else []
    return CrawlResult(read_jsonl_gz(files), crawler.stats.get_stats(), files)


@pytest.fixture(scope="session")
def demo_sites():
    with DemoSites() as sites:
        yield sites


@pytest.fixture(scope="module")
def moto():
    """A real S3-compatible server (moto, server mode) on 127.0.0.1, one per test module."""
    from tests.s3 import MotoServer, set_credentials

    set_credentials()
    server = MotoServer()
    yield server
    server.stop()


@pytest.fixture
def bucket(moto):
    """A fresh bucket on it."""
    name = f"lake-{uuid.uuid4().hex[:10]}"
    moto.client().create_bucket(Bucket=name)
    return name
