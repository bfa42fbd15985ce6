"""scrapy flush: deliver what earlier runs left in the spool (S3 was down)."""

import sys

from scrapy.commands import ScrapyCommand

from crawler.output.store import Deliverer, DeliveryPolicy, flush, leftover_spools


class Command(ScrapyCommand):
    requires_project = True
    default_settings = {"LOG_LEVEL": "INFO"}

    def short_desc(self):
        return "Deliver objects waiting in OUTPUT_SPOOL_DIR to their destination"

    def run(self, args, opts):
        deliverer = Deliverer(DeliveryPolicy.from_settings(self.settings))
        pending = delivered = failed = 0
        # OUTPUT_SPOOL_DIR and the worker spools under it no live worker holds.
        with leftover_spools(self.settings.get("OUTPUT_SPOOL_DIR")) as spools:
            for spool in spools:
                pending += len(spool.pending())
                done, not_done = flush(spool, deliverer)
                delivered, failed = delivered + done, failed + not_done
        print(f"{pending} pending, {delivered} delivered, {failed} still pending", file=sys.stderr)
        self.exitcode = 1 if failed else 0
