"""RunManifest: each run starts by delivering leftovers and ends with runs/<run_id>.json.

The manifest lists the run's spider, arguments, start and end, its stats,
and every object it wrote under OUTPUT_URI with record count and sha256,
so `scrapy verify` can prove that the bucket holds exactly what was written.
"""

from __future__ import annotations

import json
import logging
from datetime import datetime, timezone

from scrapy import signals
from scrapy.exceptions import NotConfigured
from scrapy.utils.asyncio import run_in_thread

from crawler.components import Component
from crawler.items import utc_now
from crawler.output.facade import store_of
from crawler.output.layout import manifest_key, run_id_of
from crawler.output.store import ledger_of, output_opened

logger = logging.getLogger(__name__)

# Sent with the manifest dict just before it is written: a component may add
# its own section (the run report adds "report").
manifest_ready = object()
# Sent (async) once the manifest is delivered or kept in the spool, with the
# final manifest and its URI (the run report renders its pages then).
manifest_stored = object()


def json_safe(value):
    if isinstance(value, datetime):
        return value.astimezone(timezone.utc).isoformat(timespec="seconds").replace("+00:00", "Z")
    if isinstance(value, dict):
        return {str(k): json_safe(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [json_safe(v) for v in value]
    if isinstance(value, (str, int, float, bool)) or value is None:
        return value
    return str(value)


class RunManifest(Component):
    def __init__(self, crawler):
        self.output_uri = crawler.settings.get("OUTPUT_URI")
        if not self.output_uri:
            raise NotConfigured("OUTPUT_URI is empty")
        self.crawler = crawler
        self.store = store_of(crawler)
        self.started_at = None
        crawler.signals.connect(self.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(self.feed_exporter_closed, signal=signals.feed_exporter_closed)

    async def spider_opened(self, spider):
        self.started_at = utc_now()
        run_id_of(spider)
        await run_in_thread(self.deliver_leftovers)
        await self.crawler.signals.send_catch_log_async(signal=output_opened, spider=spider)

    def deliver_leftovers(self) -> None:
        """What earlier runs could not deliver (S3 down, or killed) goes first,
        listed in this run's manifest, before the stored-URL index is read:
        from this run's spool, and from the other spools of OUTPUT_SPOOL_DIR
        no live run holds (distributed workers have one each, workers/<n>)."""
        with self.store.leftover_spools() as spools:
            recovery = self.store.recover_partials(spools)
            if recovery.recovered:
                self.crawler.stats.set_value("output/recovered", recovery.recovered)
            if recovery.dropped:
                self.crawler.stats.set_value("output/partial_dropped", recovery.dropped)
            pending = self.store.leftovers(spools)
            if not pending:
                return
            logger.info("Delivering %d objects left in the spool by earlier runs first", len(pending))
            delivered, failed = self.store.flush(spools=spools)
        self.crawler.stats.set_value("output/leftovers_delivered", delivered)
        if failed:
            self.crawler.stats.set_value("output/leftovers_pending", failed)

    def manifest(self, spider) -> dict:
        stats = self.crawler.stats.get_stats()
        return {
            "run_id": run_id_of(spider),
            "spider": spider.name,
            "arguments": getattr(spider, "arguments", {}),
            "output_uri": self.output_uri,
            "started_at": self.started_at,
            "finished_at": utc_now(),
            "finish_reason": stats.get("finish_reason"),
            "objects": [o.as_dict() for o in ledger_of(self.crawler).objects],
            "stats": json_safe(stats),
        }

    async def feed_exporter_closed(self):
        spider = self.crawler.spider
        manifest = self.manifest(spider)
        self.crawler.signals.send_catch_log(signal=manifest_ready, manifest=manifest)
        key = manifest_key(manifest["run_id"])
        uri = self.store.uri(key)
        body = json.dumps(manifest, indent=1, ensure_ascii=False).encode("utf-8")
        # Not listed in itself; a failure is counted (output/pending) by the store.
        if await run_in_thread(self.store.put, key, body, listed=False):
            logger.info("Run manifest: %s", uri)
        await self.crawler.signals.send_catch_log_async(signal=manifest_stored, manifest=manifest, uri=uri)
