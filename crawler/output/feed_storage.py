"""The FEED_STORAGES entry for s3, file and plain paths: Scrapy's record feeds through the spool and the ledger.

Scrapy's own S3 feed storage uploads a temporary file and, if the upload
fails, logs an error and deletes the file: the batch is gone. This one
writes the batch into the spool (fsynced, locked while written) and hands it
to the run's store, which delivers it or keeps it for a later run.
"""

from __future__ import annotations

import os

from scrapy.extensions.feedexport import FileFeedStorage
from scrapy.utils.asyncio import run_in_thread
from scrapy.utils.defer import deferred_from_coro

from crawler.output.facade import store_of
from crawler.output.store import fsync_file, ledger_of, open_partial, split_uri


class SpoolingFeedStorage:
    """A Scrapy feed storage (FEED_STORAGES for s3, file and plain paths) that spools,
    then delivers, and reports each object to the run's manifest."""

    def __init__(self, uri: str, *, crawler, feed_options=None):
        self.uri = uri
        self.crawler = crawler
        self.output_store = store_of(crawler)  # not self.store: Scrapy calls store(file)
        self.path = self.output_store.spool.path_for(uri)
        self.partial = self.path.with_name(self.path.name + ".partial")

    @classmethod
    def from_crawler(cls, crawler, uri, *, feed_options=None):
        scheme, _, _ = split_uri(uri)
        if scheme == "file" and not ledger_of(crawler).covers(uri):
            # A user's own -o/-O file keeps Scrapy's semantics (-o appends).
            return FileFeedStorage(uri, feed_options=feed_options)
        return cls(uri, crawler=crawler, feed_options=feed_options)

    def open(self, spider):
        return open_partial(self.partial)

    def store(self, file):
        return deferred_from_coro(run_in_thread(self._store, file))

    def _store(self, file) -> None:
        if not file.closed:
            file.flush()
            os.fsync(file.fileno())
            file.close()
        fsync_file(self.partial)
        os.replace(self.partial, self.path)
        # Raises DeliveryError: Scrapy's feed export logs the batch as not stored.
        self.output_store.deliver_uri(self.path, self.uri)
