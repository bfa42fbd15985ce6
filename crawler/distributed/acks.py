"""Request acknowledgements: a taken request is held in Redis until it is done and its records are stored."""

from __future__ import annotations

import itertools
import logging
from collections import defaultdict, deque

from itemadapter import ItemAdapter
from scrapy.http import Request

from crawler.distributed.keys import CrawlKeys
from crawler.distributed.scripts import Scripts

logger = logging.getLogger(__name__)

# Request meta key: the id under which the request is recorded in P:taken:<worker>.
TAKEN_ID = "distributed_taken_id"


def record_identity(record) -> tuple:
    """What tells a record apart in a batch: the same for the item (an
    ItemAdapter) and for its line read back from the batch (a dict)."""
    return (record.get("url"), record.get("content_hash"), record.get("kind"))


class Acknowledgements:
    """Each request this worker took is in P:taken:<w> while in flight, then in
    P:unstored:<w> while records made from it wait for an output batch, and is
    deleted once every one of them is in a stored batch (the texts they
    claimed in P:claims:<w> are released then too). What a dead worker left in
    either is redone.

    Which records a batch holds is what the output ledger reads back from the
    batch (Ledger.add_batch_listener), never a guess from counting records."""

    def __init__(self, server, scripts: Scripts, keys: CrawlKeys, worker: str, waits_for_batches: bool):
        self.server = server
        self.scripts = scripts
        self.keys = keys
        self.worker = worker
        # False: no records feed to wait for; a request is done when finished.
        self.waits_for_batches = waits_for_batches
        self._ids = itertools.count(1)
        self.in_flight: set[str] = set()
        # Records made and not yet in a stored batch: identity -> [(request id, claimed text)].
        self._unstored: dict[tuple, deque[tuple[str | None, str | None]]] = defaultdict(deque)
        self._records_left: dict[str, int] = defaultdict(int)  # request id -> its records not yet stored
        self._parked: set[str] = set()

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
        if self._records_left.get(rid):
            keys = [self.keys("taken", self.worker), self.keys("unstored", self.worker)]
            self.scripts.run("park", keys=keys, args=[rid])
            self._parked.add(rid)
        else:
            self.server.hdel(self.keys("taken", self.worker), rid)

    def record_made(self, request: Request | None, item, text: str | None) -> None:
        """A record (claiming text, if not None) went to the records feed."""
        if not self.waits_for_batches:
            return
        rid = request.meta.get(TAKEN_ID) if request is not None else None
        self._unstored[record_identity(ItemAdapter(item))].append((rid, text))
        if rid is not None:
            self._records_left[rid] += 1

    def batch_stored(self, records: list[dict]) -> int:
        """These records are in a batch delivered (or kept in the spool):
        acknowledge the requests all of whose records are stored now. Returns
        how many of the records were this worker's (a leftover batch of an
        earlier run has none)."""
        done, texts, ours = [], [], 0
        for record in records:
            identity = record_identity(record)
            waiting = self._unstored.get(identity)
            if not waiting:
                continue
            rid, text = waiting.popleft()  # records are written in the order they were made
            if not waiting:
                del self._unstored[identity]
            ours += 1
            if text:
                texts.append(text)
            if rid is None:
                continue
            self._records_left[rid] -= 1
            if self._records_left[rid] <= 0:
                del self._records_left[rid]
                if rid in self._parked:
                    self._parked.discard(rid)
                    done.append(rid)
        pipe = self.server.pipeline()
        if done:
            pipe.hdel(self.keys("unstored", self.worker), *done)
        if texts:
            pipe.srem(self.keys("claims", self.worker), *texts)
        pipe.execute()
        return ours
