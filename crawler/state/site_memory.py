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
    if not crawler.settings.get("OUTPUT_URI"):
        return
    store = store_of(crawler)
    prefix = site_memory_prefix(crawler.spider.name)
    try:
        newest = store.newest(prefix, ".json")  # run ids sort by start time
    except Exception as error:  # noqa: BLE001 - S3 down: the crawl goes on, learning afresh
        crawler.stats.inc_value("state/unavailable")
        logger.warning("Site memory not readable (%s); starting from what the spool holds", error)
        newest = store.newest(prefix, ".json", remote=False)
    if newest is None:
        return
    memory.load_json(store.read_bytes(newest))
    name = newest.rsplit("/", 1)[-1]
    crawler.stats.set_value("cleaning/site_memory/sites", len(memory.sites))
    logger.info("Site memory: %d sites learned by earlier runs (%s)", len(memory.sites), name)


def save(crawler, memory) -> None:
    if not crawler.settings.get("OUTPUT_URI"):
        return
    key = site_memory_key(crawler.spider.name, run_id_of(crawler.spider))
    store_of(crawler).put(key, memory.to_json())  # if not delivered, it waits in the spool (counted)
