"""The ledger tells a batch listener which records each stored record batch holds."""

from __future__ import annotations

import gzip
import json

from scrapy.statscollectors import MemoryStatsCollector
from scrapy.utils.test import get_crawler

from crawler.output.store import Deliverer, DeliveryError, DeliveryPolicy, Ledger, Spool, join_uri

RECORDS = [{"url": f"https://news.example/{n}", "content_hash": f"h{n}", "kind": "original"} for n in range(3)]


def spooled(spool: Spool, uri: str, lines: list[dict]):
    path = spool.path_for(uri)
    path.parent.mkdir(parents=True, exist_ok=True)
    with gzip.open(path, "wt", encoding="utf-8") as out:
        out.writelines(json.dumps(line) + "\n" for line in lines)
    return path


def test_each_record_batch_is_told_with_the_records_read_back_from_it(tmp_path):
    lake, spool = str(tmp_path / "lake"), Spool(tmp_path / "spool")
    ledger = Ledger(lake, MemoryStatsCollector(get_crawler()), spool)
    told = []
    ledger.add_batch_listener(lambda key, records: told.append((key, records)))
    deliverer = Deliverer(DeliveryPolicy(attempts=1, backoff=0))
    batch = "items/articles/dt=2026-11-22/20261122T083016Z-b9012f-00001.jsonl.gz"
    ledger.deliver(spooled(spool, join_uri(lake, batch), RECORDS), join_uri(lake, batch), deliverer)
    # not a record batch: an index segment, a WARC file
    other = "state/articles/stored/20261122T083016Z-b9012f-00001.jsonl.gz"
    ledger.deliver(spooled(spool, join_uri(lake, other), RECORDS[:1]), join_uri(lake, other), deliverer)
    assert told == [(batch, RECORDS)]
    assert (tmp_path / "lake" / batch).is_file()


def test_a_batch_kept_in_the_spool_is_told_too(tmp_path):
    lake = tmp_path / "lake"
    lake.write_text("a file where the folder should be: every delivery fails")
    spool = Spool(tmp_path / "spool")
    ledger = Ledger(str(lake), MemoryStatsCollector(get_crawler()), spool)
    told = []
    ledger.add_batch_listener(lambda key, records: told.append((key, records)))
    batch = "items/articles/dt=2026-11-22/20261122T083016Z-b9012f-00002.jsonl.gz"
    path = spooled(spool, join_uri(str(lake), batch), RECORDS[1:])
    try:
        ledger.deliver(path, join_uri(str(lake), batch), Deliverer(DeliveryPolicy(attempts=1, backoff=0)))
    except DeliveryError:
        pass
    else:
        raise AssertionError("delivery into a file should fail")
    assert told == [(batch, RECORDS[1:])]
    assert path.is_file()  # waits in the spool
