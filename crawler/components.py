"""The shape every component here shares (pipelines, middlewares, extensions)."""


class Component:
    """Built from the crawler; reads its settings once in __init__ (raising
    NotConfigured when off) and keeps crawler.stats."""

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)
