"""Request acknowledgements: a taken request is held in Redis until it is done and its records are stored."""

from __future__ import annotations

import itertools
import logging
from collections import defaultdict

from scrapy.http import Request

from crawler.distributed.keys import CrawlKeys
from crawler.distributed.scripts import Scripts

logger = logging.getLogger(__name__)

# Request meta key: the id under which the request is recorded in P:taken:<worker>.
TAKEN_ID = "distributed_taken_id"


class Acknowledgements:
    """Each request this worker took is in P:taken:<w> while in flight, then in
    P:unstored:<w> while records made from it wait in an open output batch,
    and is deleted once they are in a stored one (the texts they claimed in
    P:claims:<w> too). What a dead worker left in either is redone."""

    def __init__(self, server, scripts: Scripts, keys: CrawlKeys, worker: str, batch_size: int | None):
        self.server = server
        self.scripts = scripts
        self.keys = keys
        self.worker = worker
        # None: no records feed to wait for; a request is done when finished.
        self.batch_size = batch_size
        self._ids = itertools.count(1)
        self.in_flight: set[str] = set()
        self._items = 0
        self._batches: dict[int, list[tuple[str | None, str | None]]] = defaultdict(list)
        self._open_batches: dict[str, set[int]] = defaultdict(set)
        self._parked: set[str] = set()

    @property
    def waits_for_batches(self) -> bool:
        return self.batch_size is not None

    def next_id(self) -> str:
        return str(next(self._ids))

    def taken(self, request: Request) -> None:
        self.in_flight.add(request.meta[TAKEN_ID])

    def finished(self, request: Request) -> None:
        rid = request.meta.get(TAKEN_ID)
        if rid is not None and rid in self.in_flight:
            self._finished(rid)

    def finish_all(self) -> None:
        """Without a completion hook: an idle worker has finished everything it took."""
        for rid in list(self.in_flight):
            self._finished(rid)

    def _finished(self, rid: str) -> None:
        self.in_flight.discard(rid)
        if self._open_batches.get(rid):
            keys = [self.keys("taken", self.worker), self.keys("unstored", self.worker)]
            self.scripts.run("park", keys=keys, args=[rid])
            self._parked.add(rid)
        else:
            self.server.hdel(self.keys("taken", self.worker), rid)

    def record_made(self, request: Request | None, text: str | None) -> None:
        """A record (claiming text, if not None) went to the records feed."""
        if not self.waits_for_batches:
            return
        rid = request.meta.get(TAKEN_ID) if request is not None else None
        self._items += 1
        batch = (self._items - 1) // self.batch_size + 1 if self.batch_size else 1
        self._batches[batch].append((rid, text))
        if rid is not None:
            self._open_batches[rid].add(batch)

    def batch_stored(self, batch_id: int, itemcount: int | None) -> int:
        """Records batch batch_id was delivered (or kept in the spool): acknowledge
        the requests whose records are all stored now. Returns its record count."""
        entries = self._batches.pop(batch_id, [])
        if itemcount is not None and itemcount != len(entries):
            # Batches are told apart by counting records, as the feed does
            # when it takes every record (OutputAddon's feed has no filter).
            logger.warning("Records batch %05d holds %d records, %d expected: acknowledgements may be off",
                           batch_id, itemcount, len(entries))
        done, texts = [], []
        for rid, text in entries:
            if text:
                texts.append(text)
            batches = self._open_batches.get(rid) if rid is not None else None
            if batches is None:
                continue
            batches.discard(batch_id)
            if not batches:
                del self._open_batches[rid]
                if rid in self._parked:
                    self._parked.discard(rid)
                    done.append(rid)
        pipe = self.server.pipeline()
        if done:
            pipe.hdel(self.keys("unstored", self.worker), *done)
        if texts:
            pipe.srem(self.keys("claims", self.worker), *texts)
        pipe.execute()
        return len(entries)
