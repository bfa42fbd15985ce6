"""scrapy flush: deliver what earlier runs left in the spool (S3 was down)."""

import sys

from scrapy.commands import ScrapyCommand

from crawler.output.facade import Store


class Command(ScrapyCommand):
    requires_project = True
    default_settings = {"LOG_LEVEL": "INFO"}

    def short_desc(self):
        return "Deliver objects waiting in OUTPUT_SPOOL_DIR to their destination"

    def run(self, args, opts):
        store = Store.from_settings(self.settings)
        # Every destination, not only OUTPUT_URI: the spool may hold an earlier OUTPUT_URI's objects;
        # and every spool: OUTPUT_SPOOL_DIR and the worker spools under it no live worker holds.
        with store.leftover_spools() as spools:
            pending = store.leftovers(spools, everywhere=True)
            delivered, failed = store.flush(everywhere=True, spools=spools)
        print(f"{len(pending)} pending, {delivered} delivered, {failed} still pending", file=sys.stderr)
        self.exitcode = 1 if failed else 0
