"""scrapy flush: deliver what earlier runs left in the spool (S3 was down)."""

import sys

from scrapy.commands import ScrapyCommand

from crawler.output.store import Deliverer, DeliveryPolicy, Spool, flush


class Command(ScrapyCommand):
    requires_project = True
    default_settings = {"LOG_LEVEL": "INFO"}

    def short_desc(self):
        return "Deliver objects waiting in OUTPUT_SPOOL_DIR to their destination"

    def run(self, args, opts):
        spool = Spool(self.settings.get("OUTPUT_SPOOL_DIR"))
        pending = spool.pending()
        delivered, failed = flush(spool, Deliverer(DeliveryPolicy.from_settings(self.settings)))
        print(f"{len(pending)} pending, {delivered} delivered, {failed} still pending", file=sys.stderr)
        self.exitcode = 1 if failed else 0
