"""Store: the one way in and out of OUTPUT_URI (spool, delivery, ledger, reading), by key.

Every object under OUTPUT_URI goes through a Store: written into the spool,
delivered (through the run's ledger during a crawl, so that it is listed in
the run's manifest and its companions go with it), and read back. Keys are
relative to OUTPUT_URI and come from crawler/output/layout.py.

A crawl has one Store (``store_of(crawler)``), shared by its components and
threads; a command makes its own (``Store.from_settings(settings)``), which
has no ledger: what it delivers is in no run's manifest.

``put`` never raises DeliveryError: the object waits in the spool, the failure
is logged and counted once (``output/pending``), and put says False. Only the
feed storage, whose failure Scrapy itself must see, uses the raising
``deliver_uri``.
"""

from __future__ import annotations

import logging
import os
import shutil
import tempfile
from contextlib import contextmanager
from pathlib import Path

from crawler.components import attached
from crawler.output.store import (
    Deliverer, DeliveryError, DeliveryPolicy, Ledger, ObjectReader, Recovery, Spool, fsync_file, join_uri,
    leftover_spools, ledger_of, object_uri_prefix, recover_partials,
)

logger = logging.getLogger(__name__)


class Store:
    """Objects under one OUTPUT_URI, by key: put, list, newest, fetch, read_bytes, pending, flush."""

    def __init__(self, output_uri: str, spool_dir: str | Path | None, policy: DeliveryPolicy | None = None,
                 *, ledger: Ledger | None = None, stats=None):
        self.output_uri = output_uri or ""
        self.policy = policy or DeliveryPolicy()
        self.ledger = ledger
        self.stats = stats
        self._spool_dir = spool_dir
        self._spool: Spool | None = None
        # Made once per crawl: each makes its S3 client on first use (boto3 clients are thread-safe).
        self.deliverer = Deliverer(self.policy)
        self.reader = ObjectReader(self.policy)
        self.last_error: DeliveryError | None = None  # the latest failure put swallowed, for commands to print

    @classmethod
    def from_settings(cls, settings, output_uri: str | None = None) -> Store:
        """A command's store: OUTPUT_URI (or output_uri), OUTPUT_SPOOL_DIR, the delivery policy; no ledger."""
        return cls(output_uri or settings.get("OUTPUT_URI") or "", settings.get("OUTPUT_SPOOL_DIR"),
                   DeliveryPolicy.from_settings(settings))

    @property
    def spool(self) -> Spool:
        if self._spool is None:
            if not self._spool_dir:
                raise ValueError("OUTPUT_SPOOL_DIR is not set")
            self._spool = Spool(self._spool_dir)
        return self._spool

    # -- keys and URIs ---------------------------------------------------------------

    def uri(self, key: str) -> str:
        """The object's URI; the empty key is OUTPUT_URI itself (one object given as the source)."""
        return join_uri(self.output_uri, key) if key else self.output_uri

    def key_of(self, uri: str) -> str:
        """The key of a URI under OUTPUT_URI ('' for OUTPUT_URI itself)."""
        found, base = object_uri_prefix(uri), object_uri_prefix(self.output_uri).rstrip("/")
        if found == base:
            return ""
        if not found.startswith(base + "/"):
            raise ValueError(f"{uri} is not under {self.output_uri}")
        return found[len(base) + 1:]

    def spool_path(self, key: str) -> Path:
        """Where the object waits in the spool: write it there, then put(key, that path)."""
        return self.spool.path_for(self.uri(key))

    # -- writing -----------------------------------------------------------------------

    def put(self, key: str, data: bytes | Path, *, listed: bool = True) -> bool:
        """Spool the object (bytes, or a file), deliver it; whether it was delivered.

        listed: in this run's manifest (through the ledger). The manifest itself and
        the report pages made after it are not. On failure the object waits in the
        spool, logged and counted once.
        """
        uri = self.uri(key)
        path = self.spool.path_for(uri)
        if isinstance(data, (bytes, bytearray)):
            self._write_spooled(path, lambda partial: partial.write_bytes(data))
        elif Path(data).resolve() != path.resolve():  # else it is already there (spool_path)
            self._write_spooled(path, lambda partial: shutil.copyfile(data, partial))
        try:
            if listed:
                self.deliver_uri(path, uri)
            else:
                self._deliver_unlisted(path, uri)
        except DeliveryError as error:
            self.last_error = error
            return False
        return True

    @staticmethod
    def _write_spooled(path: Path, write) -> None:
        # Written under a .partial name, which pending() passes over, so that a
        # concurrent `scrapy flush` never delivers half an object.
        path.parent.mkdir(parents=True, exist_ok=True)
        partial = path.with_name(path.name + ".partial")
        write(partial)
        fsync_file(partial)
        os.replace(partial, path)

    def deliver_uri(self, path: Path, uri: str, *, spool: Spool | None = None) -> None:
        """Deliver a spooled file to its URI (through the ledger during a crawl). Raises DeliveryError.

        spool: the one path is in, if not this store's (a leftover of another worker's spool:
        the companions of a record batch are written beside it)."""
        if self.ledger is not None:
            self.ledger.deliver(path, uri, self.deliverer, spool=spool)  # the ledger logs and counts a failure
            return
        try:
            self.deliverer.deliver(path, uri)
        except DeliveryError as error:
            logger.error("Kept in the spool for a later run or `scrapy flush`: %s", error)
            raise

    def _deliver_unlisted(self, path: Path, uri: str) -> None:
        try:
            self.deliverer.deliver(path, uri)
        except DeliveryError as error:
            if self.stats is not None:
                self.stats.inc_value("output/pending")
            logger.error("Kept in the spool for a later run or `scrapy flush`: %s", error)
            raise

    # -- reading -----------------------------------------------------------------------

    def list(self, prefix: str, suffix: str = "") -> list[str]:
        """Keys of the delivered objects under prefix ending in suffix, sorted."""
        base = object_uri_prefix(self.output_uri).rstrip("/")
        # An S3 listing is by string prefix: s3://b/raw also lists s3://b/raw-old/...,
        # which is not under it.
        return [self.key_of(uri) for uri in self.reader.list(self.uri(prefix), suffix)
                if object_uri_prefix(uri) == base or object_uri_prefix(uri).startswith(base + "/")]

    def newest(self, prefix: str, suffix: str = "", *, remote: bool = True) -> str | None:
        """The key with the greatest name under prefix (run ids sort by time), delivered
        or still in the spool; None if there is none. remote=False: the spool alone."""
        keys = set(self.list(prefix, suffix)) if remote else set()
        keys.update(self.key_of(uri) for _, uri in self.pending(prefix) if uri.endswith(suffix))
        return max(keys, key=lambda key: key.rsplit("/", 1)[-1], default=None)

    def fetch(self, key: str, into: Path) -> bool:
        """Copy the delivered object to a local file; False if the destination does not hold it."""
        return self.reader.fetch(self.uri(key), into)

    def read_bytes(self, key: str) -> bytes:
        """The object's bytes: from the spool while it waits there, else from the destination.
        Raises FileNotFoundError if neither holds it."""
        if self._spool_dir:
            spooled = self.spool_path(key)
            if spooled.is_file():
                return spooled.read_bytes()
        with tempfile.TemporaryDirectory() as scratch:
            local = Path(scratch) / "object"
            if not self.fetch(key, local):
                raise FileNotFoundError(self.uri(key))
            return local.read_bytes()

    # -- leftovers ---------------------------------------------------------------------

    def pending(self, prefix: str = "", *, everywhere: bool = False) -> list[tuple[Path, str]]:
        """(spool path, URI) of the objects waiting in this store's spool under prefix, oldest
        first; everywhere: under any destination, not only OUTPUT_URI (`scrapy flush`)."""
        return self.spool.pending(None if everywhere else self.uri(prefix))

    @contextmanager
    def leftover_spools(self):
        """The spools whose leftovers this store delivers: its own, the OUTPUT_SPOOL_DIR it
        belongs to (a distributed worker's spool is OUTPUT_SPOOL_DIR/workers/<n>) and every
        worker spool there that no live worker holds, each locked until the block ends."""
        with leftover_spools(self.spool.root) as spools:
            yield spools

    def recover_partials(self, spools: list[Spool]) -> Recovery:
        """Complete what killed runs left half-written in these spools (see store.recover_partials)."""
        recoveries = [recover_partials(spool, self.output_uri) for spool in spools]
        return Recovery(sum(r.recovered for r in recoveries), sum(r.dropped for r in recoveries))

    def leftovers(self, spools: list[Spool], *, everywhere: bool = False) -> list[tuple[Spool, Path, str]]:
        """(spool, path, URI) of what waits in these spools under OUTPUT_URI (everywhere: under
        any destination), oldest first within each spool."""
        under = None if everywhere else self.output_uri
        return [(spool, path, uri) for spool in spools for path, uri in spool.pending(under)]

    def flush(self, *, everywhere: bool = False, spools: list[Spool] | None = None) -> tuple[int, int]:
        """Deliver what waits in the leftover spools (through the ledger during a crawl):
        (delivered, failed). spools: those of an open leftover_spools() block; by default
        it opens its own."""
        if spools is None:
            with self.leftover_spools() as spools:
                return self.flush(everywhere=everywhere, spools=spools)
        delivered = failed = 0
        for spool, path, uri in self.leftovers(spools, everywhere=everywhere):
            if not path.exists():
                continue  # a record batch's index segment, already sent with its batch
            try:
                self.deliver_uri(path, uri, spool=spool)
            except DeliveryError:
                failed += 1
            else:
                delivered += 1
                logger.info("Delivered leftover %s", uri)
        return delivered, failed


def store_of(crawler) -> Store:
    """The crawl's store, made on first use, delivering through the run's ledger."""
    settings = crawler.settings
    ledger = ledger_of(crawler)  # first: attached() holds a lock that is not reentrant
    return attached(crawler, "output_store", lambda: Store(
        settings.get("OUTPUT_URI"), settings.get("OUTPUT_SPOOL_DIR"), DeliveryPolicy.from_settings(settings),
        ledger=ledger, stats=crawler.stats))
