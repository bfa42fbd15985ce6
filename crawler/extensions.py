"""RunSummary: one readable summary of the run in the log when the spider closes."""

from __future__ import annotations

import logging

from scrapy import signals

logger = logging.getLogger(__name__)


def summarise(stats: dict) -> dict:
    """The figures a user checks after a run, from Scrapy's stats."""

    def under(prefix: str) -> dict[str, int]:
        return {k[len(prefix):]: v for k, v in sorted(stats.items()) if k.startswith(prefix)}

    return {
        "pages_fetched": stats.get("response_received_count", 0),
        "records_stored": stats.get("item_scraped_count", 0),
        "dropped": under("item_dropped_reasons_count/"),
        "removed": under("cleaning/removed/"),
        "languages": under("language/"),
        "copies_linked": stats.get("sources/copy_found", 0),
        "skipped": under("skip/"),
        "errors": under("downloader/exception_type_count/"),
    }


class RunSummary:
    def __init__(self, crawler):
        self.crawler = crawler
        crawler.signals.connect(self.spider_closed, signal=signals.spider_closed)

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    def spider_closed(self, spider, reason):
        summary = summarise(self.crawler.stats.get_stats())
        logger.info(
            "Run summary (%s, %s): %d pages fetched, %d records stored, "
            "%d copies linked; removed %s; languages %s; dropped %s; skipped %s; errors %s",
            spider.name, reason, summary["pages_fetched"], summary["records_stored"],
            summary["copies_linked"], summary["removed"], summary["languages"],
            summary["dropped"], summary["skipped"], summary["errors"],
        )
