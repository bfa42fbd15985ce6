"""Deduplication of stored texts across the workers of a crawl."""

from __future__ import annotations

from scrapy.exceptions import NotConfigured

from crawler.distributed.coordinator import crawl_of
from crawler.distributed.keys import text_key
from crawler.distributed.scripts import reply_text
from crawler.drops import Duplicate
from crawler.items import Article


class RedisDedupPipeline:
    """DedupPipeline across workers: (content_hash, site) in a Redis hash."""

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
        first = self.claim(item)
        if first is not None:
            self.stats.inc_value("dedup/duplicate")
            raise Duplicate(f"{item.url} repeats the text of {first}")
        return item

    def claim(self, item: Article) -> str | None:
        """None if the text is ours to store, else the URL that already holds it."""
        crawl = self.crawl
        holder = crawl.scripts.run(
            "claim_text", keys=[crawl.keys("content"), crawl.keys("claims", crawl.worker)],
            # Claims are released once the record is in a stored batch (acks).
            args=[text_key(item), crawl.worker, item.url, "1" if crawl.acks.waits_for_batches else "0"],
        )
        return None if holder is None else reply_text(holder).split(" ", 1)[1]
