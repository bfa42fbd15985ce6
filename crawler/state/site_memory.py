"""Where the learned site boilerplate (cleaners/memory.py) lives between runs.

Each run that learned something writes
``OUTPUT_URI/state/<spider>/site-memory/<run_id>.json`` (through the spool,
like every object, so it works the same for a folder and for S3, and is
listed in the run's manifest); a run starts from the newest one.
"""

from __future__ import annotations

import logging

from crawler.output.facade import store_of
from crawler.output.layout import run_id_of, site_memory_key, site_memory_prefix

logger = logging.getLogger(__name__)


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
    store = store_of(crawler)
    prefix = site_memory_prefix(crawler.spider.name)
    try:
        newest = store.newest(prefix, ".json")  # run ids sort by start time
    except Exception as error:  # noqa: BLE001 - S3 down: the crawl goes on, learning afresh
        crawler.stats.inc_value("site_memory/unavailable")
        logger.warning("Site memory not readable (%s); starting from what the spool holds", error)
        newest = store.newest(prefix, ".json", remote=False)
    if newest is None:
        return None
    try:
        data = store.read_bytes(newest)
    except FileNotFoundError:
        raise FileNotFoundError(f"{store.uri(newest)} was listed but is gone") from None
    memory.load_json(data)
    return newest.rsplit("/", 1)[-1]


def save(crawler, memory) -> None:
    if not crawler.settings.get("OUTPUT_URI"):
        return
    key = site_memory_key(crawler.spider.name, run_id_of(crawler.spider))
    store_of(crawler).put(key, memory.to_json())  # if not delivered, it waits in the spool (counted)
