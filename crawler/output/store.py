"""Output that loses nothing: every object is spooled locally, then delivered.

Scrapy's own S3 feed storage uploads a temporary file and, if the upload
fails, logs an error and deletes the file: the batch is gone. Here every
object (record batch, WARC archive, run manifest) is first written and
fsynced into a local spool that mirrors its destination, then delivered:

- to S3 with boto3 (multipart above a threshold), retried with backoff
  within a deadline, with connect/read timeouts so that a hung endpoint
  cannot stall shutdown past OUTPUT_UPLOAD_DEADLINE;
- to a local folder by copy to a hidden temporary name and atomic rename.

An object leaves the spool only once its destination has confirmed it.
S3 objects appear whole or not at all (a PUT or a completed multipart
upload is atomic), so readers never see a partial object. What could not be
delivered stays in the spool; every run delivers leftovers first, and
`scrapy flush` does it on demand.

Callers go through the Store facade (crawler/output/facade.py), by key; this
module holds the machinery under it.
"""

from __future__ import annotations

import fcntl
import gzip
import hashlib
import io
import itertools
import json
import logging
import os
import shutil
import threading
import time
import zlib
from contextlib import contextmanager
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Callable
from urllib.parse import urlsplit


from crawler.components import attached
from crawler.output.layout import is_records_key

logger = logging.getLogger(__name__)


class DeliveryError(Exception):
    """An object could not be delivered; it stays in the spool."""


@dataclass(frozen=True)
class StoredObject:
    """One delivered (or pending) object, as listed in a run manifest."""

    key: str  # path relative to OUTPUT_URI
    records: int
    bytes: int
    sha256: str
    delivered: bool

    def as_dict(self) -> dict:
        return asdict(self)


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as data:
        for block in iter(lambda: data.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def count_records(path: Path) -> int:
    """Records in an object: lines of a .jsonl.gz, rows of a .parquet, WARC responses
    of a .warc.gz, else 0."""
    name = path.name
    if name.endswith(".parquet"):
        from crawler.output.parquet import count_rows  # noqa: PLC0415 - pyarrow is a heavy import

        return count_rows(path)
    if name.endswith(".jsonl.gz"):
        with gzip.open(path, "rb") as lines:
            return sum(1 for line in lines if line.strip())
    if name.endswith(".warc.gz"):
        from warcio.archiveiterator import ArchiveIterator  # noqa: PLC0415

        with path.open("rb") as stream:
            return sum(1 for record in ArchiveIterator(stream) if record.rec_type == "response")
    return 0


def read_records(path: Path) -> list[dict]:
    """The records of a .jsonl.gz or .parquet batch."""
    if path.name.endswith(".parquet"):
        from crawler.output.parquet import read_whole  # noqa: PLC0415 - pyarrow is a heavy import

        return read_whole(path).to_pylist()
    with gzip.open(path, "rt", encoding="utf-8") as lines:
        return [json.loads(line) for line in lines if line.strip()]


def fsync_file(path: Path) -> None:
    with path.open("rb+") as handle:
        os.fsync(handle.fileno())


def split_uri(uri: str) -> tuple[str, str, str]:
    """(scheme, bucket, key) for s3://bucket/key; ("file", "", /abs/path) for paths."""
    parts = urlsplit(uri)
    if parts.scheme == "s3":
        return "s3", parts.netloc, parts.path.lstrip("/")
    if parts.scheme == "file":
        return "file", "", parts.path
    return "file", "", str(Path(uri).resolve())


def join_uri(base: str, key: str) -> str:
    return f"{base.rstrip('/')}/{key.lstrip('/')}"


class Spool:
    """A local folder that mirrors destinations: spool/s3/<bucket>/<key>, spool/file/<path>."""

    def __init__(self, root: str | Path):
        self.root = Path(root).resolve()

    def path_for(self, uri: str) -> Path:
        scheme, bucket, key = split_uri(uri)
        if scheme == "s3":
            return self.root / "s3" / bucket / key
        return self.root / "file" / key.lstrip("/")

    def uri_for(self, path: Path) -> str:
        relative = path.resolve().relative_to(self.root)
        scheme, rest = relative.parts[0], relative.parts[1:]
        if scheme == "s3":
            return f"s3://{rest[0]}/{'/'.join(rest[1:])}"
        return "/" + "/".join(rest)

    def pending(self, under_uri: str | None = None) -> list[tuple[Path, str]]:
        """Spooled objects waiting for delivery (oldest first), optionally under one base URI."""
        found = []
        files = (p for scheme in ("s3", "file") for p in (self.root / scheme).rglob("*"))
        for path in files:
            if path.is_file() and not path.name.endswith(".partial"):
                uri = self.uri_for(path)
                if under_uri is None or object_uri_prefix(uri).startswith(under_uri_prefix(under_uri)):
                    found.append((path.stat().st_mtime, path, uri))
        return [(path, uri) for _, path, uri in sorted(found)]


def object_uri_prefix(uri: str) -> str:
    """A URI in one comparable form: s3://bucket/key or /absolute/path."""
    scheme, bucket, key = split_uri(uri)
    return f"s3://{bucket}/{key}" if scheme == "s3" else key


def under_uri_prefix(base: str) -> str:
    """The comparable prefix of everything stored under a base URI."""
    prefix = object_uri_prefix(base)
    return prefix if prefix.endswith("/") else prefix + "/"


@dataclass(frozen=True)
class DeliveryPolicy:
    """Timeouts, retries and transfer sizes, read once from settings."""

    deadline: float = 300.0  # seconds for one object, all attempts included
    attempts: int = 5
    backoff: float = 1.0  # first pause between attempts; doubles each time
    timeout: float = 30.0  # S3 connect and read timeout of one request
    multipart_threshold: int = 64 * 1024 * 1024
    endpoint_url: str | None = None
    region_name: str | None = None

    @classmethod
    def from_settings(cls, settings) -> DeliveryPolicy:
        return cls(
            deadline=settings.getfloat("OUTPUT_UPLOAD_DEADLINE"),
            attempts=settings.getint("OUTPUT_UPLOAD_ATTEMPTS"),
            backoff=settings.getfloat("OUTPUT_UPLOAD_BACKOFF"),
            timeout=settings.getfloat("OUTPUT_S3_TIMEOUT"),
            multipart_threshold=settings.getint("OUTPUT_MULTIPART_THRESHOLD"),
            endpoint_url=settings.get("AWS_ENDPOINT_URL") or None,
            region_name=settings.get("AWS_REGION_NAME") or None,
        )


def s3_client(policy: DeliveryPolicy):
    """A boto3 S3 client with bounded timeouts; credentials from boto3's own chain."""
    import boto3  # noqa: PLC0415
    from botocore.config import Config  # noqa: PLC0415

    # Our own retry loop bounds the total time; botocore's retries would
    # multiply it, so each request gets one attempt and short timeouts.
    config = Config(connect_timeout=policy.timeout, read_timeout=policy.timeout,
                    retries={"max_attempts": 1, "mode": "standard"})
    return boto3.session.Session().client(
        "s3", endpoint_url=policy.endpoint_url, region_name=policy.region_name, config=config)


_S3_CLIENT_LOCK = threading.Lock()


class _UsesS3:
    """Holds a policy and makes its S3 client on first use (local output needs none)."""

    def __init__(self, policy: DeliveryPolicy):
        self.policy = policy
        self._s3 = None

    @property
    def s3(self):
        if self._s3 is None:
            # A crawl's one store is used from several threads at once: one client.
            with _S3_CLIENT_LOCK:
                if self._s3 is None:
                    self._s3 = s3_client(self.policy)
        return self._s3


class Deliverer(_UsesS3):
    """Moves spooled files to their destination, retrying within a deadline."""

    def deliver(self, path: Path, uri: str) -> None:
        """Deliver one spooled file, then remove it from the spool. Raises DeliveryError."""
        started = time.monotonic()
        pause = self.policy.backoff
        last_error: Exception | None = None
        for attempt in range(1, self.policy.attempts + 1):
            try:
                self._put(path, uri)
            except Exception as error:  # noqa: BLE001 - boto3/botocore/OSError: all mean "not delivered"
                last_error = error
                elapsed = time.monotonic() - started
                if attempt == self.policy.attempts or elapsed + pause > self.policy.deadline:
                    break
                logger.warning("Delivery of %s failed (attempt %d): %s; retrying in %.1fs",
                               uri, attempt, error, pause)
                time.sleep(pause)
                pause *= 2
            else:
                path.unlink(missing_ok=True)  # another process may have flushed it too
                return
        raise DeliveryError(f"could not deliver {uri}: {last_error}") from last_error

    def _put(self, path: Path, uri: str) -> None:
        scheme, bucket, key = split_uri(uri)
        if scheme == "s3":
            from boto3.s3.transfer import TransferConfig  # noqa: PLC0415

            self.s3.upload_file(
                str(path), bucket, key,
                Config=TransferConfig(multipart_threshold=self.policy.multipart_threshold,
                                      multipart_chunksize=max(5 * 1024 * 1024,
                                                              self.policy.multipart_threshold // 4),
                                      use_threads=False),
            )
            return
        destination = Path(key)
        destination.parent.mkdir(parents=True, exist_ok=True)
        temporary = destination.with_name(f".{destination.name}.tmp")
        shutil.copyfile(path, temporary)
        fsync_file(temporary)
        os.replace(temporary, destination)


def open_partial(partial: Path):
    """A spool file being written, locked so that no other run 'recovers' it meanwhile."""
    partial.parent.mkdir(parents=True, exist_ok=True)
    handle = partial.open("wb")
    fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    return handle


@dataclass(frozen=True)
class Recovery:
    """What recover_partials did: spool files recovered, and dropped (nothing in them could be kept)."""

    recovered: int = 0
    dropped: int = 0


def recover_partials(spool: Spool, under_uri: str) -> Recovery:
    """Complete what a killed run left half-written: keep its whole records.

    A .partial file that no live process holds (its lock died with its
    writer) is cut back to its last complete record and becomes a normal
    spooled object, delivered like any other. One of which nothing can be
    kept (a parquet batch cut before its footer) is dropped and counted:
    its pages were never entered in the incremental index (a batch's index
    segment is made only from a whole batch), so the next run fetches them again.
    """
    recovered = dropped = 0
    prefix = under_uri_prefix(under_uri)
    partials = (p for scheme in ("s3", "file") for p in (spool.root / scheme).rglob("*.partial"))
    for partial in sorted(partials):
        final = partial.with_name(partial.name[: -len(".partial")])
        if not object_uri_prefix(spool.uri_for(final)).startswith(prefix):
            continue
        with partial.open("rb") as handle:
            try:
                fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
            except OSError:
                continue  # still being written by a live run
            kept = _complete_records(partial, final)
            written = partial.stat().st_size
        partial.unlink()
        if kept:
            recovered += 1
            logger.warning("Recovered %d complete records from an interrupted run: %s", kept, final)
        elif written:
            dropped += 1
            logger.warning("Dropped what an interrupted run left half-written (%d bytes, no complete "
                           "record); its pages are fetched again: %s", written, partial)
    return Recovery(recovered, dropped)


def _complete_records(partial: Path, final: Path) -> int:
    """Copy the complete records of a truncated .jsonl.gz, .warc.gz or .parquet; return how many."""
    if final.name.endswith(".parquet"):
        return _whole_parquet(partial, final)
    records: list[bytes] = []
    if final.name.endswith(".jsonl.gz"):
        try:
            with gzip.open(partial, "rb") as lines:
                for line in lines:
                    if line.endswith(b"\n"):
                        records.append(line)
        except (EOFError, OSError, zlib.error):
            pass  # the stream ends mid-member: what was read before is whole
        if records:
            with gzip.open(final, "wb") as out:
                out.writelines(records)
    elif final.name.endswith(".warc.gz"):
        from warcio.archiveiterator import ArchiveIterator  # noqa: PLC0415
        from warcio.warcwriter import WARCWriter  # noqa: PLC0415

        try:
            with partial.open("rb") as stream:
                for record in ArchiveIterator(stream):
                    buffer = io.BytesIO()
                    WARCWriter(buffer, gzip=True).write_record(record)
                    records.append(buffer.getvalue())
        except Exception:  # noqa: BLE001 - warcio raises several kinds on a cut stream
            pass
        if records:
            final.write_bytes(b"".join(records))
    if records:
        fsync_file(final)
    return len(records)


def _whole_parquet(partial: Path, final: Path) -> int:
    """A parquet .partial is kept only if it is whole: its writer closed the footer
    and died before the rename. Parquet's footer, at the end of the file, is
    the only place that says where each row group's column chunks lie and how
    many rows they hold; a file cut before it cannot be read back safely (its
    row groups could only be guessed at from the page headers), so it gives
    no records and is dropped. The exporter writes each row group to the file
    as it fills, so memory stays bounded; only a crash costs the open batch,
    and those pages are fetched again (see recover_partials)."""
    from crawler.output.parquet import read_whole  # noqa: PLC0415

    try:
        rows = read_whole(partial).num_rows  # footer and every page's checksum
    except Exception:  # noqa: BLE001 - pyarrow raises ArrowInvalid, OSError, ... on a cut file
        return 0
    if rows:
        shutil.copyfile(partial, final)
        fsync_file(final)
    return rows


def describe(path: Path, key: str, delivered: bool) -> StoredObject:
    return StoredObject(key=key, records=count_records(path), bytes=path.stat().st_size,
                        sha256=sha256_of(path), delivered=delivered)


@dataclass(frozen=True)
class Companion:
    """An object made from each record batch: key_for(batch key) -> its key or None,
    write(batch path, companion path)."""

    key_for: Callable[[str], str | None]
    write: Callable[[Path, Path], None]


# Sent (async) by the run manifest once leftovers are delivered, before any
# request: state that reads what earlier runs stored loads it then.
output_opened = object()


class Ledger:
    """What this run wrote: every object with its count and checksum, and failures.

    State components may register *companions* (the stored-URL index and
    the near-duplicate index do, see crawler/state/): objects made from each
    record batch and delivered right after it, or kept in the spool with it.
    State registers itself here, so output never imports state.

    A component may also register a *batch listener* (distributed mode does,
    to acknowledge the requests whose records a batch holds):
    listener(key, records) is called, from the thread that stores the batch,
    once a record batch is delivered or kept in the spool, with the records
    read back from the batch itself.
    """

    def __init__(self, output_uri: str, stats, spool: Spool | None = None):
        self.output_uri = output_uri
        self.stats = stats
        self.spool = spool
        self.companions: list[Companion] = []
        self.batch_listeners: list[Callable[[str, list[dict]], None]] = []
        self.objects: list[StoredObject] = []

    def add_companion(self, companion: Companion) -> None:
        self.companions.append(companion)

    def add_batch_listener(self, listener: Callable[[str, list[dict]], None]) -> None:
        self.batch_listeners.append(listener)

    def covers(self, uri: str) -> bool:
        return bool(self.output_uri) and (
            split_uri(uri)[0] == split_uri(self.output_uri)[0]
            and object_uri_prefix(uri).startswith(under_uri_prefix(self.output_uri))
        )

    def key_of(self, uri: str) -> str:
        return object_uri_prefix(uri)[len(under_uri_prefix(self.output_uri)):]

    def deliver(self, path: Path, uri: str, deliverer: Deliverer, spool: Spool | None = None) -> None:
        """Describe, deliver, record. Raises DeliveryError (the object stays spooled).

        spool: the one path is in, if not this run's (a leftover of another worker's spool)."""
        if not self.covers(uri):  # e.g. a user's -o s3://... beside OUTPUT_URI
            deliverer.deliver(path, uri)
            return
        segments = self._segments_for(path, uri, spool or self.spool)
        key = self.key_of(uri)
        # Read before delivery: a delivered object leaves the spool.
        records = read_records(path) if self.batch_listeners and is_records_key(key) else None
        try:
            self._deliver_one(path, uri, deliverer)
        except DeliveryError:
            for segment in segments:  # they wait in the spool with their batch
                self._pending(describe(segment[0], self.key_of(segment[1]), delivered=False))
            self._tell_listeners(key, records)  # kept in the spool: as safe as delivered
            raise
        self._tell_listeners(key, records)
        for segment in segments:
            self._deliver_one(*segment, deliverer)

    def _tell_listeners(self, key: str, records: list[dict] | None) -> None:
        if records is None:
            return
        for listener in self.batch_listeners:
            try:
                listener(key, records)
            except Exception:
                logger.exception("Batch listener failed on %s", key)

    def _pending(self, described: StoredObject) -> None:
        self.objects.append(described)
        self.stats.inc_value("output/pending")

    def _segments_for(self, path: Path, uri: str, spool: Spool | None) -> list[tuple[Path, str]]:
        """Write the companions of a record batch into its spool, before the batch leaves."""
        segments = []
        for companion in self.companions if spool else ():
            key = companion.key_for(self.key_of(uri))
            if key is None:
                continue
            segment_uri = join_uri(self.output_uri, key)
            segment_path = spool.path_for(segment_uri)
            if not segment_path.exists():  # a leftover batch keeps the segment made with it
                companion.write(path, segment_path)
            segments.append((segment_path, segment_uri))
        return segments

    def _deliver_one(self, path: Path, uri: str, deliverer: Deliverer) -> None:
        described = describe(path, self.key_of(uri), delivered=False)
        try:
            deliverer.deliver(path, uri)
        except DeliveryError:
            self._pending(described)
            logger.error("Kept in the spool for a later run or `scrapy flush`: %s", path)
            raise
        self.objects.append(StoredObject(**{**described.as_dict(), "delivered": True}))
        self.stats.inc_value("output/delivered")


def ledger_of(crawler) -> Ledger:
    """The run's ledger, created on first use."""
    settings = crawler.settings
    return attached(crawler, "output_ledger", lambda: Ledger(
        settings.get("OUTPUT_URI"), crawler.stats, Spool(settings.get("OUTPUT_SPOOL_DIR"))))


class ObjectReader(_UsesS3):
    """Lists and fetches stored objects, local or on S3 (for verify and reclean)."""

    def list(self, base_uri: str, suffix: str = "") -> list[str]:
        """URIs of the objects under base_uri (or base_uri itself if it is one), sorted."""
        scheme, bucket, key = split_uri(base_uri)
        if scheme == "s3":
            found = []
            paginator = self.s3.get_paginator("list_objects_v2")
            for page in paginator.paginate(Bucket=bucket, Prefix=key):
                found.extend(f"s3://{bucket}/{o['Key']}" for o in page.get("Contents", ()))
            return sorted(u for u in found if u.endswith(suffix))
        path = Path(key)
        if path.is_file():
            return [str(path)]
        return sorted(str(p) for p in path.rglob(f"*{suffix}") if p.is_file() and not p.name.startswith("."))

    def fetch(self, uri: str, into: Path) -> bool:
        """Copy an object to a local file; False if it does not exist."""
        scheme, bucket, key = split_uri(uri)
        if scheme == "s3":
            from botocore.exceptions import ClientError  # noqa: PLC0415

            try:
                self.s3.download_file(bucket, key, str(into))
            except ClientError as error:
                if error.response.get("Error", {}).get("Code") in ("404", "NoSuchKey"):
                    return False
                raise
            return True
        if not Path(key).is_file():
            return False
        shutil.copyfile(key, into)
        return True


# -- worker spools: distributed workers sharing one OUTPUT_SPOOL_DIR ---------------

# <OUTPUT_SPOOL_DIR>/workers/<n>: a spool of its own for each distributed worker
# on a machine, held with a lock file inside it while its worker runs.
WORKER_SPOOLS = "workers"
_LOCK_FILE = ".lock"


def _try_lock(path: Path):
    """An open handle holding an exclusive lock on path, or None if another process holds it."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle = path.open("a+")
    try:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        handle.close()
        return None
    return handle


def take_worker_spool(root: str | Path):
    """The first of root/workers/1, 2, ... that no live worker holds, locked:
    (its folder, the lock handle; closing it releases the spool)."""
    for n in itertools.count(1):
        folder = Path(root) / WORKER_SPOOLS / str(n)
        handle = _try_lock(folder / _LOCK_FILE)
        if handle is not None:
            return folder, handle


def spool_root(spool_dir: str | Path) -> Path:
    """The spool a worker spool (<root>/workers/<n>) belongs to; any other spool is its own root."""
    path = Path(spool_dir).resolve()
    return path.parent.parent if path.parent.name == WORKER_SPOOLS and path.name.isdigit() else path


@contextmanager
def leftover_spools(spool_dir: str | Path):
    """The spools whose leftovers a run (or `scrapy flush`) delivers: its own,
    the root it belongs to, and every worker spool under that root that no
    live worker holds (each locked until the with-block ends)."""
    own = Path(spool_dir).resolve()
    root = spool_root(own)
    folders = [own] + ([root] if root != own else [])
    handles = []
    try:
        workers = (root / WORKER_SPOOLS).glob("*")
        for folder in sorted((f for f in workers if f.is_dir() and f.name.isdigit()), key=lambda f: int(f.name)):
            if folder.resolve() == own:
                continue
            handle = _try_lock(folder / _LOCK_FILE)
            if handle is not None:  # else a live worker's: it delivers its own
                handles.append(handle)
                folders.append(folder)
        yield [Spool(folder) for folder in folders]
    finally:
        for handle in handles:
            handle.close()
