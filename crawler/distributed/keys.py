"""The names of one crawl's keys in Redis, and of the texts its workers store.

Keys, all under ``<spider>:<hash of the spider arguments>:`` (``P``):

    P:requests         sorted set: the shared queue (JSON-serialised requests, score -priority)
    P:dupefilter       set: fingerprints of every request ever queued
    P:seeded           "<worker> seeding|done|abandoned"
    P:workers          set: registered workers
    P:alive:<w>        heartbeat, expires after DISTRIBUTED_HEARTBEAT_TIMEOUT
    P:taken:<w>        hash: requests <w> has taken and not finished ("<score>|<request>")
    P:unstored:<w>     hash: requests finished whose records are not yet delivered
    P:content          hash: "<content_hash>:<site>" -> "<worker> <url>" of the stored text
    P:claims:<w>       set: content keys <w> claimed whose records are not yet delivered
"""

from __future__ import annotations

import hashlib
import json

from crawler.items import Article
from crawler.pipelines import dedup_site


def crawl_prefix(spider) -> str:
    """<spider>:<short hash of its arguments>: one crawl's namespace in Redis."""
    arguments = getattr(spider, "arguments", None) or {}
    digest = hashlib.sha1(json.dumps(arguments, sort_keys=True, default=str).encode("utf-8"))
    return f"{spider.name}:{digest.hexdigest()[:10]}"


class CrawlKeys:
    """keys("taken", worker) -> "P:taken:<worker>"; P is known once the spider opens."""

    def __init__(self):
        self.prefix: str | None = None

    def __call__(self, *parts: str) -> str:
        return ":".join((self.prefix, *parts))


def text_key(item: Article) -> str:
    """The field of P:content that a stored text claims."""
    return f"{item.content_hash}:{dedup_site(item)}"
