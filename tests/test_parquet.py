"""OUTPUT_FORMAT=parquet: real crawls of the demo sites, read back with DuckDB, to a
folder and to S3 (moto on loopback), and what a killed run leaves in the spool."""

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import pyarrow.parquet as pq
from scrapy.settings import Settings
from scrapy.utils.defer import deferred_f_from_coro_f

from crawler.commands.verify import verify
from crawler.demo.server import SiteServer
from crawler.items import RECORD_FIELDS, Article
from crawler.output.layout import items_feed_options, items_feed_uri, run_date
from crawler.output.parquet import RECORD_ARROW_SCHEMA
from crawler.output.facade import Store
from crawler.output.store import DeliveryPolicy, Recovery, Spool, recover_partials
from crawler.spiders.aggregator import AggregatorSpider
from tests.conftest import REPO, crawl, read_jsonl_gz
from tests.s3 import CREDENTIALS
from tests.test_scheduled import many_stories, publish, scrapy_crawl

# DuckDB's view of the record (hive partitioning adds dt).
DUCKDB_TYPES = {
    "url": "VARCHAR", "canonical_url": "VARCHAR", "domain": "VARCHAR", "kind": "VARCHAR",
    "original_url": "VARCHAR", "title": "VARCHAR", "author": "VARCHAR", "published": "VARCHAR",
    "language": "VARCHAR", "language_score": "DOUBLE", "text": "VARCHAR",
    "removed": "STRUCT(\"rule\" VARCHAR, \"text\" VARCHAR)[]", "fetched_at": "VARCHAR",
    "content_hash": "VARCHAR", "paywalled": "BOOLEAN", "copy_evidence": "VARCHAR", "similarity": "DOUBLE",
    "cleaned_against_original": "BOOLEAN", "schema_version": "VARCHAR", "dt": "DATE",
}


def duckdb_rows(folder: Path) -> tuple[dict[str, str], list[dict]]:
    """(column -> DuckDB type, rows) of every parquet batch under folder/items/."""
    relation = duckdb.sql(f"select * from read_parquet('{folder}/items/**/*.parquet', hive_partitioning=true)")
    types = dict(zip(relation.columns, map(str, relation.types)))
    return types, [dict(zip(relation.columns, row)) for row in relation.fetchall()]


def manifests(folder: Path) -> list[dict]:
    return [json.loads(p.read_text()) for p in sorted((folder / "runs").glob("*.json"))]


def item_records(manifest: dict) -> int:
    return sum(o["records"] for o in manifest["objects"] if o["key"].startswith("items/"))


def by_url_and_kind(records):
    return sorted(records, key=lambda r: (r["url"], r["kind"]))


@deferred_f_from_coro_f
async def test_parquet_crawl_reads_back_in_duckdb_equal_to_jsonlines_and_reruns_incrementally(
        demo_sites, tmp_path):
    parquet_out, jsonl_out = tmp_path / "parquet", tmp_path / "jsonl"
    settings = {"ALLOW_PRIVATE_HOSTS": demo_sites.allow_hosts, "OUTPUT_FORMAT": "parquet",
                "OUTPUT_BATCH_ITEM_COUNT": 5, "OUTPUT_PARQUET_ROW_GROUP_ROWS": 2,
                "OUTPUT_SPOOL_DIR": str(tmp_path / "spool")}
    # The same crawl's records also go, beside the parquet batches, to a feed
    # with exactly the default format's options (gzipped JSON lines): the two
    # exporters see the same items, so every field must agree, fetched_at included.
    jsonl_feed = {items_feed_uri(str(jsonl_out), "jsonlines"): items_feed_options(Settings(
        {"OUTPUT_BATCH_ITEM_COUNT": 5}), "jsonlines")}
    await crawl(AggregatorSpider, parquet_out, {**settings, "FEEDS": jsonl_feed},
                        start_urls=demo_sites.hub.base_url + "/")
    [manifest] = manifests(parquet_out)
    run_id = manifest["run_id"]

    files = sorted(parquet_out.glob("items/aggregator/dt=*/*.parquet"))
    assert [f.name for f in files] == [f"{run_id}-{n:05d}.parquet" for n in (1, 2, 3, 4)]
    assert [f.parent.name for f in files] == [f"dt={run_date(run_id)}"] * 4
    # 5 records a batch, 2 rows a row group; every file has the record's arrow schema
    assert [[pq.ParquetFile(f).metadata.row_group(g).num_rows for g in range(pq.ParquetFile(f).num_row_groups)]
            for f in files] == [[2, 2, 1], [2, 2, 1], [2, 2, 1], [1]]
    assert all(pq.read_schema(f).remove_metadata() == RECORD_ARROW_SCHEMA for f in files)
    assert not list(parquet_out.glob("items/**/*.jsonl.gz"))  # no gzip around parquet, no second format

    types, rows = duckdb_rows(parquet_out)
    assert types == DUCKDB_TYPES
    assert len(rows) == item_records(manifest) == 16
    assert {str(row.pop("dt")) for row in rows} == {run_date(run_id)}
    jsonl = read_jsonl_gz(jsonl_out.glob("items/*/dt=*/*.jsonl.gz"))  # validated against the schema
    assert len(jsonl) == 16
    assert [list(row) for row in rows] == [list(RECORD_FIELDS)] * 16
    assert by_url_and_kind(rows) == by_url_and_kind(jsonl)
    assert sum(len(r["removed"]) for r in rows) == sum(len(r["removed"]) for r in jsonl) > 0

    # Each parquet batch got its index segment; the manifest's counts hold.
    segments = sorted(p.name for p in parquet_out.glob("state/aggregator/stored/*.jsonl.gz"))
    assert segments == [f"{run_id}-{n:05d}.jsonl.gz" for n in (1, 2, 3, 4)]
    assert len(read_jsonl_gz(parquet_out.glob("state/aggregator/stored/*.jsonl.gz"))) == 16
    assert {o["key"]: o["records"] for o in manifest["objects"] if o["key"].startswith("items/")} == {
        f"items/aggregator/dt={run_date(run_id)}/{f.name}": n for f, n in zip(files, (5, 5, 5, 1))}
    checked, problems = verify(Store(str(parquet_out), None, DeliveryPolicy()))
    # batches, their index and near-duplicate segments, archive, site memory
    assert (checked, problems) == (4 + 4 + 4 + 2, [])

    # A second parquet run knows what the first stored: no copy is fetched again.
    second = await crawl(AggregatorSpider, parquet_out, settings, start_urls=demo_sites.hub.base_url + "/")
    assert second.stats["incremental/known"] == 16
    assert second.stats["incremental/skipped"] == 8
    assert "item_scraped_count" not in second.stats
    assert len(duckdb_rows(parquet_out)[1]) == 16



@deferred_f_from_coro_f
async def test_a_parquet_batch_lands_in_s3_and_scrapy_verify_passes(demo_sites, moto, bucket, tmp_path):
    client = moto.client()
    settings = {"AWS_ENDPOINT_URL": moto.endpoint, "OUTPUT_SPOOL_DIR": str(tmp_path / "spool"),
                "ALLOW_PRIVATE_HOSTS": demo_sites.allow_hosts, "OUTPUT_FORMAT": "parquet"}
    result = await crawl(AggregatorSpider, f"s3://{bucket}/news", settings,
                         start_urls=demo_sites.hub.base_url + "/")
    keys = sorted(o["Key"] for o in client.list_objects_v2(Bucket=bucket)["Contents"])
    [batch] = [k for k in keys if k.startswith("news/items/")]
    assert batch.endswith("-00001.parquet")
    [segment] = [k for k in keys if k.startswith("news/state/aggregator/stored/")]
    assert segment == "news/state/aggregator/stored/" + batch.rsplit("/", 1)[1][: -len(".parquet")] + ".jsonl.gz"
    local = tmp_path / "download" / batch
    local.parent.mkdir(parents=True)
    client.download_file(bucket, batch, str(local))
    [(count,)] = duckdb.sql(f"select count(*) from read_parquet('{tmp_path}/download/news/items/**/*.parquet', "
                         "hive_partitioning=true)").fetchall()
    assert count == result.stats["item_scraped_count"] == 16
    assert [p for p in (tmp_path / "spool").rglob("*") if p.is_file() and "locks" not in p.parts] == []
    run = subprocess.run([sys.executable, "-m", "scrapy", "verify", f"s3://{bucket}/news"], cwd=REPO,
                         capture_output=True, text=True, timeout=60,
                         env={**CREDENTIALS, "PATH": "/usr/bin:/bin", "AWS_ENDPOINT_URL": moto.endpoint})
    assert (run.returncode, run.stdout) == (0, "")
    # batch, its index and near-duplicate segments, archive, site memory
    assert run.stderr.strip() == "5 objects checked, 0 problems"


# A writer process that exports records with a crawl's parquet exporter (row groups
# of 2, written as they fill) into a spool .partial, then dies by SIGKILL, before
# (cut) or after (finished) writing the footer, and always before the rename.
WRITER = """
import os, signal, sys
from crawler.items import RECORD_FIELDS
from crawler.output.parquet import ParquetItemExporter
from crawler.output.store import open_partial
from tests.test_parquet import article
partial, first, count, finish = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4] == "finish"
handle = open_partial(__import__("pathlib").Path(partial))
exporter = ParquetItemExporter(handle, fields_to_export=list(RECORD_FIELDS), row_group_rows=2)
exporter.start_exporting()
for n in range(first, first + count):
    exporter.export_item(article(n))
if finish:
    exporter.finish_exporting()
handle.flush()
os.fsync(handle.fileno())
os.kill(os.getpid(), signal.SIGKILL)
"""


def export_and_die(partial: Path, first: int, count: int, finish: bool) -> None:
    run = subprocess.run([sys.executable, "-c", WRITER, str(partial), str(first), str(count),
                          "finish" if finish else "cut"], cwd=REPO, capture_output=True, text=True, timeout=60)
    assert run.returncode == -signal.SIGKILL, run.stderr


def article(n: int) -> Article:
    return Article(url=f"https://news.example/{n}", canonical_url=None, domain="news.example", kind="original",
                   original_url=None, title=f"Story {n}", author=None, published="2026-11-22", language="en",
                   language_score=0.99, text=f"text {n}", removed=[{"rule": "cookie_banner", "text": "We use cookies"}],
                   fetched_at="2026-11-22T07:31:16Z", content_hash=f"{n:040x}")


def test_recovery_keeps_a_finished_parquet_partial_and_drops_one_cut_before_its_footer(tmp_path):
    spool = Spool(tmp_path / "spool")
    folder = spool.path_for("/lake/items/articles/dt=2026-11-22")
    cut = folder / "r-00001.parquet.partial"
    export_and_die(cut, 0, 5, finish=False)
    assert cut.stat().st_size > 4  # two row groups were written, no footer
    finished = folder / "r-00002.parquet.partial"  # its writer died between footer and rename
    export_and_die(finished, 5, 3, finish=True)
    damaged = folder / "r-00003.parquet.partial"  # whole, then a data byte flipped
    export_and_die(damaged, 8, 2, finish=True)
    data = bytearray(damaged.read_bytes())
    data[40] ^= 0xFF  # inside the url column's first data page, past its page header
    damaged.write_bytes(bytes(data))
    assert pq.read_table(damaged).num_rows == 2  # a plain read does not notice; the page's CRC does

    assert recover_partials(spool, "/lake") == Recovery(recovered=1, dropped=2)
    assert sorted(p.name for p in folder.iterdir()) == ["r-00002.parquet"]
    rows = pq.read_table(folder / "r-00002.parquet").to_pylist()
    assert rows == [{name: getattr(article(n), name) for name in RECORD_FIELDS} for n in range(5, 8)]


def test_kill_9_mid_parquet_batch_drops_it_and_the_rerun_stores_every_article_once(tmp_path):
    stories = many_stories(30)
    spool_items = tmp_path / "spool" / "file" / str(tmp_path / "out").lstrip("/") / "items"
    with SiteServer(delay=0.05) as site:
        publish(site, stories)
        args = ("-s", f"JOBDIR={tmp_path / 'job'}", "-s", "OUTPUT_FORMAT=parquet", "-s", "OUTPUT_BATCH_ITEM_COUNT=4",
                "-s", "OUTPUT_PARQUET_ROW_GROUP_ROWS=2", "-s", "CONCURRENT_REQUESTS=2", "-s", "EXTRACT_WORKERS=0")
        victim = scrapy_crawl(site, tmp_path, *args)
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and victim.poll() is None:
            delivered = list((tmp_path / "out").glob("items/*/*/*.parquet"))
            # a batch half-written: its first row group is in the .partial, its footer is not
            cut = [p for p in spool_items.glob("*/*/*.parquet.partial") if p.stat().st_size > 4]
            if delivered and cut:
                os.kill(victim.pid, signal.SIGKILL)
                break
            time.sleep(0.005)
        victim.communicate()
        assert victim.returncode == -signal.SIGKILL  # the kill landed mid-crawl, mid-batch
        stored_before = len(duckdb_rows(tmp_path / "out")[1])
        assert 0 < stored_before < len(stories)
        rerun = scrapy_crawl(site, tmp_path, *args)
        _, err = rerun.communicate(timeout=120)
    assert rerun.returncode == 0, err[-3000:]
    assert "Dropped what an interrupted run left half-written" in err
    [manifest] = [m for m in manifests(tmp_path / "out") if m["stats"].get("output/partial_dropped")]
    assert manifest["stats"]["output/partial_dropped"] == 1
    # The dropped batch's pages were never in the index: the rerun fetched and stored them.
    urls = sorted(row["url"] for row in duckdb_rows(tmp_path / "out")[1])
    assert urls == sorted(site.base_url + s.path for s in stories)  # every article, exactly once


def test_a_bad_output_format_stops_the_crawl_at_start_with_one_line(tmp_path):
    run = subprocess.run([sys.executable, "-m", "scrapy", "crawl", "articles", "-a", "start_urls=http://127.0.0.1:9/",
                          "-s", "OUTPUT_FORMAT=csv"], cwd=REPO, capture_output=True, text=True, timeout=60,
                         env={**os.environ, "OUTPUT_URI": str(tmp_path / "out"),
                              "OUTPUT_SPOOL_DIR": str(tmp_path / "spool")})
    assert run.returncode == 1
    assert run.stderr.splitlines()[-1] == (
        "scrapy crawl articles: error: OUTPUT_FORMAT: 'csv' is not one of jsonlines, parquet")
    assert "Traceback" not in run.stderr
    assert not (tmp_path / "out").exists() and not (tmp_path / "spool").exists()  # nothing crawled, no lock taken
