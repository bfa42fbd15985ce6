"""This worker's membership in a crawl: joining, heartbeats, reaping dead workers, leaving."""

from __future__ import annotations

import logging
import threading

from redis.exceptions import RedisError

from crawler.distributed.keys import CrawlKeys
from crawler.distributed.scripts import Scripts, reply_text

logger = logging.getLogger(__name__)


class Membership:
    """Registered in P:workers with a heartbeat key (P:alive:<w>) that expires
    after heartbeat_timeout; a worker whose heartbeat expired is presumed dead
    and whichever worker notices first puts its unfinished requests back."""

    def __init__(self, server, scripts: Scripts, keys: CrawlKeys, worker: str, heartbeat_timeout: float, stats):
        self.server = server
        self.scripts = scripts
        self.keys = keys
        self.worker = worker
        self.heartbeat_timeout = heartbeat_timeout
        self.stats = stats
        self._stop = threading.Event()
        self._heartbeat: threading.Thread | None = None

    def join(self) -> tuple[str, int, int]:
        """Register and start the heartbeat: (state: fresh|resume|join, requests queued, live others)."""
        self.reap()
        state, queued, others = self.scripts.run(
            "join", args=[self.keys.prefix, self.worker, int(self.heartbeat_timeout * 1000)])
        self._heartbeat = threading.Thread(target=self._beat, name="distributed-heartbeat", daemon=True)
        self._heartbeat.start()
        return reply_text(state), queued, others

    def _beat(self) -> None:
        alive, workers = self.keys("alive", self.worker), self.keys("workers")
        ttl = int(self.heartbeat_timeout * 1000)
        warned = False
        while not self._stop.wait(self.heartbeat_timeout / 4):
            try:
                pipe = self.server.pipeline()
                pipe.set(alive, "1", px=ttl)
                # Back in if another worker presumed this one dead (its requests
                # were requeued and will be redone: nothing is lost).
                pipe.sadd(workers, self.worker)
                added = pipe.execute()[1]
                if added:
                    logger.warning("Worker %s had been presumed dead by the others; registered again",
                                   self.worker)
                warned = False
            except RedisError as error:
                if not warned:
                    logger.warning("Heartbeat to Redis failed: %s", error)
                    warned = True

    def reap(self) -> int:
        """Requeue the requests of workers whose heartbeat expired."""
        result = self.scripts.run("reap", args=[self.keys.prefix, self.worker])
        total = 0
        for worker, count in zip(result[::2], result[1::2]):
            total += count
            logger.warning("Worker %s stopped sending heartbeats: recovered %d request(s) it had "
                           "not finished", reply_text(worker), count)
        if total:
            self.stats.inc_value("distributed/recovered", total)
        return total

    def leave(self) -> tuple[int, int]:
        """Stop the heartbeat and deregister: (requests put back, 1 if the crawl's keys were removed).
        Raises RedisError."""
        self._stop.set()
        if self._heartbeat is not None:
            self._heartbeat.join(timeout=5)
        self.reap()
        requeued, cleaned = self.scripts.run("leave", args=[self.keys.prefix, self.worker])
        return requeued, cleaned
