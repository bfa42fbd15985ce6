"""Where the learned site boilerplate (cleaners/memory.py) lives between runs.

Each run that learned something writes
``OUTPUT_URI/state/<spider>/site-memory/<run_id>.json`` (through the spool,
like every object, so it works the same for a folder and for S3, and is
listed in the run's manifest); a run starts from the newest one.
"""

from __future__ import annotations

import logging
import tempfile
from pathlib import Path

from crawler.output.layout import run_id_of
from crawler.output.store import Deliverer, DeliveryError, DeliveryPolicy, ObjectReader, Spool, join_uri, ledger_of

logger = logging.getLogger(__name__)

PREFIX = "state/{spider}/site-memory/"


def _prefix(crawler) -> str:
    return join_uri(crawler.settings.get("OUTPUT_URI"), PREFIX.format(spider=crawler.spider.name))


def load(crawler, memory) -> None:
    """Start from the newest memory an earlier run stored. Whatever goes wrong
    reading it (S3 down, the object gone between listing and fetching, corrupt
    JSON), the crawl starts cold: counted as site_memory/unavailable, one warning."""
    if not crawler.settings.get("OUTPUT_URI"):
        return
    try:
        name = _load_newest(crawler, memory)
    except Exception as error:  # noqa: BLE001 - a memory we cannot read must not stop the crawl
        memory.sites.clear()  # nothing half-loaded: learn afresh
        crawler.stats.inc_value("site_memory/unavailable")
        logger.warning("Site memory not readable (%s: %s); learning every site afresh",
                       type(error).__name__, error)
        return
    if name is None:
        return
    crawler.stats.set_value("cleaning/site_memory/sites", len(memory.sites))
    logger.info("Site memory: %d sites learned by earlier runs (%s)", len(memory.sites), name)


def _load_newest(crawler, memory) -> str | None:
    """Load the newest stored memory, remote or still in the spool; its name, or None if there is none."""
    prefix = _prefix(crawler)
    spool = Spool(crawler.settings.get("OUTPUT_SPOOL_DIR"))
    reader = ObjectReader(DeliveryPolicy.from_settings(crawler.settings))
    try:
        candidates = [(uri.rsplit("/", 1)[1], "remote", uri) for uri in reader.list(prefix, ".json")]
    except Exception as error:  # noqa: BLE001 - S3 down: the crawl goes on, learning afresh
        crawler.stats.inc_value("site_memory/unavailable")
        logger.warning("Site memory not readable (%s); starting from what the spool holds", error)
        candidates = []
    candidates += [(uri.rsplit("/", 1)[1], "spool", path) for path, uri in spool.pending(prefix)]
    if not candidates:
        return None
    name, where, newest = max(candidates)  # run ids sort by start time
    if where == "spool":
        memory.load_json(Path(newest).read_bytes())
        return name
    with tempfile.TemporaryDirectory() as scratch:
        local = Path(scratch) / name
        if not reader.fetch(newest, local):
            raise FileNotFoundError(f"{newest} was listed but is gone")
        memory.load_json(local.read_bytes())
    return name


def save(crawler, memory) -> None:
    if not crawler.settings.get("OUTPUT_URI"):
        return
    uri = join_uri(_prefix(crawler), f"{run_id_of(crawler.spider)}.json")
    spool = Spool(crawler.settings.get("OUTPUT_SPOOL_DIR"))
    path = spool.path_for(uri)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(memory.to_json())
    try:
        ledger_of(crawler).deliver(path, uri, Deliverer(DeliveryPolicy.from_settings(crawler.settings)))
    except DeliveryError:
        pass  # counted by the ledger; it waits in the spool
