"""Deduplication of stored texts across the workers of a crawl."""

from __future__ import annotations

from scrapy.exceptions import NotConfigured

from crawler.distributed.coordinator import crawl_of
from crawler.drops import Duplicate
from crawler.items import Article


class RedisDedupPipeline:
    """DedupPipeline across workers: (content_hash, kind) in a Redis hash."""

    def __init__(self, crawler):
        if not crawler.settings.getbool("DEDUP_ENABLED"):
            raise NotConfigured("DEDUP_ENABLED is off")
        self.crawl = crawl_of(crawler)
        self.stats = crawler.stats

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    def process_item(self, item):
        if not isinstance(item, Article):
            return item
        first = self.crawl.claim_text(item)
        if first is not None:
            self.stats.inc_value("dedup/duplicate")
            raise Duplicate(f"{item.url} repeats the text of {first}")
        return item
