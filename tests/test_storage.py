"""Output that loses nothing, against a real S3-compatible server (moto) on loopback."""

import gzip
import hashlib
import os
import json
import re
import subprocess
import sys
import threading
import time

import pytest
from scrapy.settings import Settings
from scrapy.utils.defer import deferred_f_from_coro_f

from crawler.commands.verify import verify
from crawler.spiders.aggregator import AggregatorSpider
from crawler.spiders.reclean import RecleanSpider
from crawler.output import store as storage
from crawler.output.facade import Store
from crawler.output.store import DeliveryPolicy, ledger_of
from tests.conftest import REPO, crawl, unstarted_crawler, validate_records
from tests.s3 import CREDENTIALS, SwitchableProxy

KEY = re.compile(
    r"^news/(items/aggregator/dt=\d{4}-\d\d-\d\d/(?P<run>\d{8}T\d{6}Z-[0-9a-f]{6})-\d{5}\.jsonl\.gz"
    r"|raw/aggregator/dt=\d{4}-\d\d-\d\d/(?P<run2>\d{8}T\d{6}Z-[0-9a-f]{6})-\d{5}\.warc\.gz"
    r"|state/aggregator/stored/(?P<run4>\d{8}T\d{6}Z-[0-9a-f]{6})-\d{5}\.jsonl\.gz"
    r"|state/near-duplicates/segments/aggregator/(?P<run7>\d{8}T\d{6}Z-[0-9a-f]{6})-\d{5}\.jsonl\.gz"
    r"|state/aggregator/site-memory/(?P<run5>\d{8}T\d{6}Z-[0-9a-f]{6})\.json"
    r"|runs/(?P<run3>\d{8}T\d{6}Z-[0-9a-f]{6})\.json"
    r"|runs/(?P<run6>\d{8}T\d{6}Z-[0-9a-f]{6})\.html|runs/index\.html)$"
)




@pytest.fixture
def proxy(moto):
    proxy = SwitchableProxy(moto.port)
    yield proxy
    proxy.stop()


def keys(moto, bucket) -> list[str]:
    pages = moto.client().get_paginator("list_objects_v2").paginate(Bucket=bucket)
    return sorted(o["Key"] for page in pages for o in page.get("Contents", ()))


def records_in(moto, bucket, prefix="news/items/") -> list[dict]:
    client = moto.client()
    records = []
    for key in keys(moto, bucket):
        if key.startswith(prefix):
            body = client.get_object(Bucket=bucket, Key=key)["Body"].read()
            records.extend(json.loads(line) for line in gzip.decompress(body).splitlines() if line)
    return validate_records(records)


def s3_settings(endpoint, spool, **extra):
    return {"AWS_ENDPOINT_URL": endpoint, "OUTPUT_SPOOL_DIR": str(spool),
            "OUTPUT_UPLOAD_ATTEMPTS": 2, "OUTPUT_UPLOAD_BACKOFF": 0.1,
            "OUTPUT_UPLOAD_DEADLINE": 5, "OUTPUT_S3_TIMEOUT": 2, **extra}


def spooled(spool) -> list[str]:
    """Objects waiting in the spool (its locks/ folder aside)."""
    return sorted(p.name for sub in ("s3", "file") for p in (spool / sub).rglob("*") if p.is_file())


@deferred_f_from_coro_f
async def test_crawl_lands_in_s3_with_the_documented_layout(demo_sites, moto, bucket, tmp_path):
    result = await crawl(AggregatorSpider, f"s3://{bucket}/news",
                         {**s3_settings(moto.endpoint, tmp_path / "spool"),
                          "ALLOW_PRIVATE_HOSTS": demo_sites.allow_hosts, "OUTPUT_BATCH_ITEM_COUNT": 5},
                         start_urls=demo_sites.hub.base_url + "/")
    stored = keys(moto, bucket)
    assert all(KEY.match(k) for k in stored), stored
    runs = {m.group("run") or m.group("run2") or m.group("run3") or m.group("run4") or m.group("run5")
            or m.group("run6") or m.group("run7") for m in map(KEY.match, stored) if not m.group(0).endswith("index.html")}
    assert len(runs) == 1
    items = [k for k in stored if k.startswith("news/items/")]
    assert [k[-14:] for k in items] == [f"{n:05d}.jsonl.gz" for n in (1, 2, 3, 4)]  # 16 records, 5 a batch
    assert len(records_in(moto, bucket)) == 16
    assert len([k for k in stored if k.startswith("news/raw/")]) == 1
    manifest = json.loads(moto.client().get_object(
        Bucket=bucket, Key=[k for k in stored if k.startswith("news/runs/") and k.endswith(".json")][0])["Body"].read())
    assert manifest["spider"] == "aggregator" and manifest["finish_reason"] == "finished"
    assert manifest["arguments"] == {"start_urls": demo_sites.hub.base_url + "/"}
    listed = {o["key"]: o for o in manifest["objects"]}
    assert set(listed) == {k[len("news/"):] for k in stored if not k.startswith("news/runs/")}
    assert sum(o["records"] for k, o in listed.items() if k.startswith("items/")) == 16
    assert all(o["delivered"] for o in listed.values())
    assert spooled(tmp_path / "spool") == []
    # 4 record batches, their 4 index segments and 4 near-duplicate segments (state/),
    # 1 archive, 1 site memory
    assert len([k for k in stored if k.startswith("news/state/aggregator/stored/")]) == 4
    assert len([k for k in stored if k.startswith("news/state/near-duplicates/segments/")]) == 4
    assert result.stats["output/delivered"] == 14


@deferred_f_from_coro_f
async def test_s3_down_for_a_whole_run_then_back(demo_sites, moto, bucket, proxy, tmp_path):
    spool = tmp_path / "spool"
    settings = {**s3_settings(proxy.endpoint, spool), "ALLOW_PRIVATE_HOSTS": demo_sites.allow_hosts}
    proxy.mode = "down"
    down = await crawl(AggregatorSpider, f"s3://{bucket}/news", settings,
                       start_urls=demo_sites.hub.base_url + "/")
    assert keys(moto, bucket) == []
    # the record batch, its two index segments, the raw archive, the site memory, the manifest: all kept
    assert down.stats["output/pending"] == 6
    assert len(spooled(spool)) == 6
    proxy.mode = "up"
    back = await crawl(AggregatorSpider, f"s3://{bucket}/news", settings,
                       start_urls=demo_sites.hub.base_url + "/")
    # batch (with its segment), archive, site memory, manifest
    assert back.stats["output/leftovers_delivered"] == 4
    assert spooled(spool) == []
    # Every record of the first run arrived, once; the second run knew them
    # (incremental index) and fetched none of the 8 copies again.
    records = records_in(moto, bucket)
    assert len(records) == len({r["url"] for r in records}) == 16
    assert back.stats["incremental/skipped"] == 8
    assert "item_scraped_count" not in back.stats
    checked, problems = verify(Store(f"s3://{bucket}/news", spool, DeliveryPolicy(endpoint_url=moto.endpoint)))
    # first manifest: batch, its two segments, archive, site memory (listed as pending); second:
    # those five and the first manifest, delivered as leftovers, its own archive and memory
    assert (checked, problems) == (5 + 8, [])


@deferred_f_from_coro_f
async def test_s3_failing_mid_run_loses_nothing(demo_sites, moto, bucket, proxy, tmp_path, monkeypatch):
    spool = tmp_path / "spool"
    settings = {**s3_settings(proxy.endpoint, spool), "ALLOW_PRIVATE_HOSTS": demo_sites.allow_hosts,
                "OUTPUT_BATCH_ITEM_COUNT": 4}
    put = storage.Deliverer._put
    # Batches are stored from several threads at once: one upload at a time, so that no
    # second record batch can be in flight while the first one lands and S3 goes down.
    one_at_a_time = threading.Lock()

    def s3_goes_down_after_the_first_record_batch(self, path, uri):
        with one_at_a_time:
            put(self, path, uri)
            if "/items/" in uri:
                proxy.mode = "down"

    monkeypatch.setattr(storage.Deliverer, "_put", s3_goes_down_after_the_first_record_batch)

    from tests.conftest import project_settings

    crawler = unstarted_crawler(AggregatorSpider, project_settings(OUTPUT_URI=f"s3://{bucket}/news", **settings))
    await crawler.crawl_async(start_urls=demo_sites.hub.base_url + "/")
    landed = len(records_in(moto, bucket))
    assert landed == 4  # the first batch of four; the other three wait in the spool
    assert crawler.stats.get_value("output/pending") >= 1
    proxy.mode = "up"
    run = subprocess.run([sys.executable, "-m", "scrapy", "flush"], cwd=REPO, capture_output=True,
                         text=True, timeout=60,
                         env={**CREDENTIALS, "PATH": "/usr/bin:/bin", "OUTPUT_SPOOL_DIR": str(spool),
                              "OUTPUT_URI": f"s3://{bucket}/news", "AWS_ENDPOINT_URL": moto.endpoint})
    assert run.returncode == 0, run.stderr[-2000:]
    assert spooled(spool) == []
    records = records_in(moto, bucket)
    assert sorted(r["url"] for r in records) == sorted({r["url"] for r in records}) and len(records) == 16


def test_hung_endpoint_cannot_stall_shutdown_and_exit_code_says_so(demo_sites, moto, bucket, proxy,
                                                                   tmp_path):
    proxy.mode = "hang"
    started = time.monotonic()
    run = subprocess.run(
        [sys.executable, "-m", "scrapy", "crawl", "aggregator", "-a",
         f"start_urls={demo_sites.hub.base_url}/", "-s", f"ALLOW_PRIVATE_HOSTS={demo_sites.allow_hosts}",
         "-s", "AUTOTHROTTLE_ENABLED=False", "-s", "OUTPUT_UPLOAD_ATTEMPTS=2",
         "-s", "OUTPUT_S3_TIMEOUT=1", "-s", "OUTPUT_UPLOAD_DEADLINE=3", "-s", "OUTPUT_UPLOAD_BACKOFF=0.1"],
        cwd=REPO, capture_output=True, text=True, timeout=120,
        env={**CREDENTIALS, "PATH": "/usr/bin:/bin", "OUTPUT_URI": f"s3://{bucket}/news",
             "OUTPUT_SPOOL_DIR": str(tmp_path / "spool"), "AWS_ENDPOINT_URL": proxy.endpoint},
    )
    elapsed = time.monotonic() - started
    assert run.returncode == 3, run.stderr[-3000:]
    # batch, its two segments, archive, site memory, manifest
    assert "6 output object(s) not delivered" in run.stderr
    assert len(spooled(tmp_path / "spool")) == 6
    # 3 objects x (2 attempts x (1 s connect/read timeout) + backoff), plus the crawl itself
    assert elapsed < 60
    assert "testing" not in run.stderr  # credentials are never logged


@deferred_f_from_coro_f
async def test_reclean_from_s3_equals_the_crawl(demo_sites, moto, bucket, tmp_path):
    settings = {**s3_settings(moto.endpoint, tmp_path / "spool"),
                "ALLOW_PRIVATE_HOSTS": demo_sites.allow_hosts}
    await crawl(AggregatorSpider, f"s3://{bucket}/news", settings, start_urls=demo_sites.hub.base_url + "/")
    crawled = records_in(moto, bucket, "news/items/aggregator/")
    await crawl(RecleanSpider, f"s3://{bucket}/news", settings, source=f"s3://{bucket}/news/raw/")
    recleaned = records_in(moto, bucket, "news/items/reclean/")
    assert len(crawled) == 16
    assert sorted(recleaned, key=lambda r: r["url"]) == sorted(crawled, key=lambda r: r["url"])


@deferred_f_from_coro_f
async def test_verify_catches_a_deleted_and_a_corrupted_object(demo_sites, moto, bucket, tmp_path):
    settings = {**s3_settings(moto.endpoint, tmp_path / "spool"),
                "ALLOW_PRIVATE_HOSTS": demo_sites.allow_hosts, "OUTPUT_BATCH_ITEM_COUNT": 8}
    await crawl(AggregatorSpider, f"s3://{bucket}/news", settings, start_urls=demo_sites.hub.base_url + "/")
    client = moto.client()
    first, second = [k for k in keys(moto, bucket) if k.startswith("news/items/")]  # 8 records a batch
    [manifest_key] = [k for k in keys(moto, bucket) if k.startswith("news/runs/") and k.endswith(".json")]
    manifest = json.loads(client.get_object(Bucket=bucket, Key=manifest_key)["Body"].read())
    listed = {o["key"]: o["sha256"] for o in manifest["objects"]}
    forged = gzip.compress(b'{"url": "x"}\n')
    client.delete_object(Bucket=bucket, Key=first)
    client.put_object(Bucket=bucket, Key=second, Body=forged)
    run = subprocess.run([sys.executable, "-m", "scrapy", "verify", f"s3://{bucket}/news"], cwd=REPO,
                         capture_output=True, text=True, timeout=60,
                         env={**CREDENTIALS, "PATH": "/usr/bin:/bin", "AWS_ENDPOINT_URL": moto.endpoint})
    assert run.returncode == 1
    assert run.stdout.splitlines() == [
        f"missing: s3://{bucket}/{first} (run {manifest['run_id']})",
        f"corrupt: s3://{bucket}/{second}: sha256 {hashlib.sha256(forged).hexdigest()} != "
        f"{listed[second[len('news/'):]]}",
    ]
    # 2 batches, their 2 index and 2 near-duplicate segments, 1 archive, 1 site memory
    assert run.stderr.strip() == "8 objects checked, 2 problems"


def test_batches_stored_at_once_from_threads_share_one_ledger(monkeypatch):
    # Feed batches are stored in threads; a ledger made twice would leave half
    # of the run's objects out of its manifest. (A slow ledger widens the race.)
    class SlowLedger(storage.Ledger):
        def __init__(self, *args, **kwargs):
            time.sleep(0.05)
            super().__init__(*args, **kwargs)

    monkeypatch.setattr(storage, "Ledger", SlowLedger)

    class Crawler:
        settings = Settings({"OUTPUT_URI": "data", "OUTPUT_SPOOL_DIR": ".spool"})
        stats = None

    crawler, start = Crawler(), threading.Barrier(8)
    seen = []

    def store():
        start.wait()
        seen.append(ledger_of(crawler))

    threads = [threading.Thread(target=store) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(seen) == 8 and all(ledger is crawler.output_ledger for ledger in seen)


def test_a_large_object_goes_up_in_parts_and_arrives_whole(moto, bucket, tmp_path):
    policy = DeliveryPolicy(multipart_threshold=5 * 1024 * 1024, endpoint_url=moto.endpoint,
                            attempts=2, backoff=0.1, timeout=5)
    payload = os.urandom(12 * 1024 * 1024)  # over the threshold: three parts of 5, 5 and 2 MiB
    spooled_file = tmp_path / "big.jsonl.gz"
    spooled_file.write_bytes(payload)
    storage.Deliverer(policy).deliver(spooled_file, f"s3://{bucket}/news/items/big.jsonl.gz")
    stored = moto.client().get_object(Bucket=bucket, Key="news/items/big.jsonl.gz")
    assert stored["ETag"].strip('"').endswith("-3")  # S3's mark of a three-part upload
    assert hashlib.sha256(stored["Body"].read()).digest() == hashlib.sha256(payload).digest()
    assert not spooled_file.exists()  # removed from the spool once S3 confirmed it
