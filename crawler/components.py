"""The shape every component here shares (pipelines, middlewares, extensions),
and the per-crawl objects they share."""

from __future__ import annotations

import threading
from typing import Callable, TypeVar

T = TypeVar("T")


class Component:
    """Built from the crawler; reads its settings once in __init__ (raising
    NotConfigured when off) and keeps crawler.stats."""

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)


_ATTACH_LOCK = threading.Lock()


def attached(owner, name: str, make: Callable[[], T]) -> T:
    """owner.<name>, made by make() on first use, once even when several threads
    ask at once (feed batches are stored, and the index loaded, in threads:
    two copies would each get half of the run's objects)."""
    value = getattr(owner, name, None)
    if value is None:
        with _ATTACH_LOCK:
            value = getattr(owner, name, None)
            if value is None:
                value = make()
                setattr(owner, name, value)
    return value
