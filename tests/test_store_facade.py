"""The Store facade on a local folder: put, list, newest, fetch, read_bytes, pending, flush."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest
from scrapy import Spider
from scrapy.utils.test import get_crawler

from crawler.output.facade import Store, store_of
from crawler.output.store import DeliveryPolicy, ledger_of
from tests.conftest import REPO, project_settings

# One attempt, no pause: a failing delivery fails at once.
QUICK = DeliveryPolicy(attempts=1, backoff=0.0, deadline=5.0)


def crawl_store(out: Path, spool: Path) -> Store:
    crawler = get_crawler(Spider, project_settings(
        OUTPUT_URI=str(out), OUTPUT_SPOOL_DIR=str(spool), OUTPUT_UPLOAD_ATTEMPTS=1, OUTPUT_UPLOAD_BACKOFF=0))
    store = store_of(crawler)
    assert store is store_of(crawler) and store.ledger is ledger_of(crawler)
    return store


def spooled(spool: Path) -> list[str]:
    return sorted(str(p.relative_to(spool)) for p in spool.rglob("*") if p.is_file())


def test_put_delivers_bytes_and_files_and_lists_them_in_the_ledger(tmp_path):
    store = crawl_store(tmp_path / "out", tmp_path / "spool")
    assert store.put("state/a/site-memory/20260101T000000Z-000001.json", b'{"sites": {}}') is True
    outside = tmp_path / "made-elsewhere.json"
    outside.write_bytes(b"{}")
    assert store.put("runs/20260101T000000Z-000001.json", outside, listed=False) is True
    assert (tmp_path / "out/state/a/site-memory/20260101T000000Z-000001.json").read_bytes() == b'{"sites": {}}'
    assert (tmp_path / "out/runs/20260101T000000Z-000001.json").read_bytes() == b"{}"
    assert outside.exists()  # copied into the spool, not moved
    assert spooled(tmp_path / "spool") == []
    # Only the listed object is in the run's manifest and counted as delivered.
    assert [(o.key, o.delivered) for o in store.ledger.objects] == [
        ("state/a/site-memory/20260101T000000Z-000001.json", True)]
    assert store.stats.get_value("output/delivered") == 1
    assert store.stats.get_value("output/pending") is None


def test_a_failed_put_says_false_counts_once_and_the_object_waits_for_flush(tmp_path):
    out = tmp_path / "out"
    out.write_text("a file where the output folder should be")  # every delivery fails
    store = crawl_store(out, tmp_path / "spool")
    assert store.put("state/a/site-memory/20260101T000000Z-000001.json", b"{}") is False
    assert store.put("runs/20260101T000000Z-000001.json", b"{}", listed=False) is False
    assert store.stats.get_value("output/pending") == 2
    assert store.stats.get_value("output/delivered") is None
    assert [(o.key, o.delivered) for o in store.ledger.objects] == [
        ("state/a/site-memory/20260101T000000Z-000001.json", False)]
    assert "could not deliver" in str(store.last_error)
    assert sorted(uri for _, uri in store.pending()) == [  # oldest first: the same second here
        f"{out}/runs/20260101T000000Z-000001.json", f"{out}/state/a/site-memory/20260101T000000Z-000001.json"]
    out.unlink()
    assert store.flush() == (2, 0)
    assert store.pending() == []
    assert sorted(str(p.relative_to(out)) for p in out.rglob("*") if p.is_file()) == [
        "runs/20260101T000000Z-000001.json", "state/a/site-memory/20260101T000000Z-000001.json"]


def test_list_fetch_read_bytes_by_key(tmp_path):
    out = tmp_path / "out"
    store = Store(str(out), tmp_path / "spool", QUICK)
    for key in ("runs/b.json", "runs/a.json", "runs/a.html", "raw/x/dt=2026-01-01/r-00001.warc.gz"):
        assert store.put(key, key.encode())
    assert store.list("runs/", ".json") == ["runs/a.json", "runs/b.json"]
    assert store.list("runs/") == ["runs/a.html", "runs/a.json", "runs/b.json"]
    assert store.list("state/") == []
    assert store.uri("runs/a.json") == f"{out}/runs/a.json"
    local = tmp_path / "copy"
    assert store.fetch("runs/a.json", local) is True and local.read_bytes() == b"runs/a.json"
    assert store.fetch("runs/none.json", local) is False
    assert store.read_bytes("runs/b.json") == b"runs/b.json"
    with pytest.raises(FileNotFoundError):
        store.read_bytes("runs/none.json")


def test_newest_is_by_name_delivered_or_still_spooled(tmp_path):
    out = tmp_path / "out"
    prefix = "state/a/site-memory/"
    store = Store(str(out), tmp_path / "spool", QUICK)
    for name in ("20260101T000000Z-aaaaaa.json", "20260301T000000Z-aaaaaa.json"):
        assert store.put(prefix + name, b"delivered " + name.encode())
    assert store.newest(prefix, ".json") == prefix + "20260301T000000Z-aaaaaa.json"
    # Newer ones waiting in the spool (their destination was down) count too, and
    # read_bytes reads them from there.
    for name in ("20260201T000000Z-aaaaaa.json", "20260401T000000Z-aaaaaa.json"):
        path = store.spool_path(prefix + name)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(b"spooled " + name.encode())
    assert store.newest(prefix, ".json") == prefix + "20260401T000000Z-aaaaaa.json"
    assert store.read_bytes(prefix + "20260401T000000Z-aaaaaa.json") == b"spooled 20260401T000000Z-aaaaaa.json"
    assert store.newest(prefix, ".json", remote=False) == prefix + "20260401T000000Z-aaaaaa.json"
    assert store.newest(prefix, ".gz") is None
    assert Store(str(out), tmp_path / "other-spool", QUICK).newest(prefix, ".json", remote=False) is None


def test_a_store_rooted_at_one_object_lists_it_under_the_empty_key(tmp_path):
    archive = tmp_path / "one.warc.gz"
    archive.write_bytes(b"warc")
    source = Store(str(archive), None, QUICK)  # reclean's source: no spool needed to read
    assert source.list("", ".warc.gz") == [""]
    assert source.fetch("", tmp_path / "copy") is True and (tmp_path / "copy").read_bytes() == b"warc"
    folder = Store(str(tmp_path), None, QUICK)
    assert folder.list("", ".warc.gz") == ["one.warc.gz"]
    with pytest.raises(ValueError, match="OUTPUT_SPOOL_DIR"):
        folder.pending()


def test_flush_everywhere_delivers_other_destinations_too(tmp_path):
    spool = tmp_path / "spool"
    mine = Store(str(tmp_path / "mine"), spool, QUICK)
    other = Store(str(tmp_path / "other"), spool, QUICK)
    for store in (mine, other):
        path = store.spool_path("runs/r.json")
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(b"{}")
    assert len(mine.pending()) == 1 and len(mine.pending(everywhere=True)) == 2
    assert mine.flush() == (1, 0)
    assert (tmp_path / "mine/runs/r.json").exists() and not (tmp_path / "other/runs/r.json").exists()
    assert mine.flush(everywhere=True) == (1, 0)
    assert (tmp_path / "other/runs/r.json").exists() and spooled(spool) == []


def test_flush_delivers_from_every_worker_spool_no_live_worker_holds(tmp_path):
    from crawler.output.store import take_worker_spool

    root = tmp_path / "spool"
    held_folder, held = take_worker_spool(root)  # a live worker: workers/1
    left_folder, left = take_worker_spool(root)  # a dead one: workers/2, released below
    left.close()
    out = tmp_path / "out"
    for folder, name in ((root, "root"), (held_folder, "held"), (left_folder, "left")):
        path = Store(str(out), folder, QUICK).spool_path(f"runs/{name}.json")
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(b"{}")
    own = Store(str(out), root, QUICK)
    with own.leftover_spools() as spools:
        assert sorted(uri.rsplit("/", 1)[-1] for _, _, uri in own.leftovers(spools)) == ["left.json", "root.json"]
        assert own.flush(spools=spools) == (2, 0)
    assert sorted(p.name for p in (out / "runs").iterdir()) == ["left.json", "root.json"]
    # The live worker's store delivers its own spool, and the root's it belongs to.
    again = own.spool_path("runs/root-again.json")
    again.write_bytes(b"{}")
    assert Store(str(out), held_folder, QUICK).flush() == (2, 0)
    held.close()
    assert sorted(p.name for p in (out / "runs").iterdir()) == [
        "held.json", "left.json", "root-again.json", "root.json"]


def test_from_settings_reads_output_uri_spool_and_policy():
    settings = project_settings(OUTPUT_URI="s3://bucket/news", OUTPUT_SPOOL_DIR="/var/spool/crawl",
                                OUTPUT_UPLOAD_ATTEMPTS=7)
    from scrapy.settings import Settings

    store = Store.from_settings(Settings(settings))
    assert (store.output_uri, store.spool.root, store.policy.attempts, store.ledger) == (
        "s3://bucket/news", Path("/var/spool/crawl"), 7, None)
    assert Store.from_settings(Settings(settings), "/elsewhere").output_uri == "/elsewhere"


# -- the layout is in one place, and output never imports state -------------------------

KEY_START = ("items/", "raw/", "runs/", "state/", "links/")


def string_constants(path: Path):
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            yield node.lineno, node.value


def is_key_template(text: str) -> bool:
    # Stats keys ("state/unavailable") share a first word; a key template has a
    # placeholder or a glob, or is a folder (a prefix, ending in a slash).
    return text.startswith(KEY_START) and (any(mark in text for mark in ("{", "%(", "*")) or text.endswith("/"))


def test_every_key_template_under_output_uri_lives_in_layout():
    found = []
    for path in sorted((REPO / "crawler").rglob("*.py")):
        if path == REPO / "crawler/output/layout.py":
            continue
        for line, text in string_constants(path):
            if is_key_template(text):
                found.append(f"{path.relative_to(REPO)}:{line}: {text!r}")
    assert found == []


def test_the_key_check_finds_templates_of_every_kind(tmp_path):
    module = tmp_path / "module.py"
    module.write_text('A = "state/near-duplicates/segments/"\nB = f"links/{x}/dt=*/a.jsonl.gz"\n'
                      'C = "items/%(name)s"\nD = "state/unavailable"\nE = "runs/"\n', encoding="utf-8")
    found = sorted(text for _, text in string_constants(module) if is_key_template(text))
    assert found == ["items/%(name)s", "links/", "runs/", "state/near-duplicates/segments/"]


def test_batch_keys_of_either_format_map_to_their_state_keys():
    from crawler.output import layout

    for suffix in (".jsonl.gz", ".parquet"):
        items = f"items/agg/dt=2026-01-02/20260102T030405Z-abcdef-00007{suffix}"
        assert layout.is_records_key(items)
        assert layout.batch_number(items) == 7
        assert layout.segment_key(items) == "state/agg/stored/20260102T030405Z-abcdef-00007.jsonl.gz"
        assert layout.near_duplicate_segment_key(items) == \
            "state/near-duplicates/segments/agg/20260102T030405Z-abcdef-00007.jsonl.gz"
    for other in ("raw/agg/dt=2026-01-02/r-00001.warc.gz", "runs/r.json", "items/agg/r-00001.jsonl.gz"):
        assert layout.segment_key(other) is None and layout.near_duplicate_segment_key(other) is None
        assert layout.batch_number(other) is None
    assert layout.near_duplicate_snapshot_key("20260102T030405Z-abcdef") == \
        "state/near-duplicates/snapshot/20260102T030405Z-abcdef.jsonl.gz"
    assert layout.links_key("agg", "20260102T030405Z-abcdef") == \
        "links/agg/dt=2026-01-02/20260102T030405Z-abcdef.jsonl.gz"


def test_output_never_imports_state():
    imports = []
    for path in sorted((REPO / "crawler/output").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = [a.name for a in node.names] if isinstance(node, ast.Import) else \
                [node.module or ""] if isinstance(node, ast.ImportFrom) else []
            imports += [f"{path.name}: {n}" for n in names if n.startswith("crawler.state")]
    assert imports == []
