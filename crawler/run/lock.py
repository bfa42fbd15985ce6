"""One run of a crawl at a time on a machine: a lock file per crawl.

A crawl is a spider with its arguments. The lock is an fcntl lock on
LOCK_DIR/<spider>-<hash of arguments>.lock, held for the whole run and
released by the kernel however the process ends (kill -9 included), so a
crashed run never leaves a stale lock behind.
"""

from __future__ import annotations

import fcntl
import hashlib
import json
import os
from contextlib import contextmanager
from pathlib import Path


# Arguments a runner adds to every job, which do not make it another crawl:
# Scrapyd passes -a _job=<job id> (and reserves the other _names); these are
# the fields of its schedule.json that are not spider arguments.
RUNNER_ARGUMENTS = {"jobid", "priority", "project", "spider", "setting"}


def crawl_arguments(arguments: dict) -> dict:
    """The arguments that define the crawl: a runner's own (_job, _version, ...) left out."""
    return {k: v for k, v in arguments.items() if not k.startswith("_") and k not in RUNNER_ARGUMENTS}


def crawl_key(spider: str, arguments: dict) -> str:
    crawl = crawl_arguments(arguments)
    digest = hashlib.sha1(json.dumps(crawl, sort_keys=True).encode()).hexdigest()[:12]
    return f"{spider}-{digest}"


def lock_path(settings, spider: str, arguments: dict) -> Path:
    folder = settings.get("LOCK_DIR") or os.path.join(settings.get("OUTPUT_SPOOL_DIR"), "locks")
    return Path(folder) / f"{crawl_key(spider, arguments)}.lock"


@contextmanager
def run_lock(path: Path):
    """Yields True while holding the lock, False if another process holds it."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("a+") as handle:
        try:
            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            yield False
            return
        handle.seek(0)
        handle.truncate()
        handle.write(f"{os.getpid()}\n")
        handle.flush()
        try:
            yield True
        finally:
            fcntl.flock(handle.fileno(), fcntl.LOCK_UN)
