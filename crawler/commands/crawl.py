"""`scrapy crawl`, with two additions a scheduler needs:

- bad spider arguments are rejected with one line (exit 2), not a traceback;
- a run whose output could not all be delivered exits 3 (the objects wait in
  the spool for the next run or `scrapy flush`).
"""

import sys

from scrapy.commands.crawl import Command as ScrapyCrawl
from scrapy.exceptions import UsageError

from crawler.spiders.base import SpiderArgumentError


def exit_code(crawler) -> int:
    pending = crawler.stats.get_value("output/pending", 0)
    if pending:
        print(f"error: {pending} output object(s) not delivered; they wait in "
              f"{crawler.settings.get('OUTPUT_SPOOL_DIR')} for the next run or `scrapy flush`",
              file=sys.stderr)
        return 3
    return 0


class Command(ScrapyCrawl):
    def run(self, args, opts):
        if len(args) != 1:
            super().run(args, opts)  # Scrapy's own usage errors
            return
        spidercls = self.crawler_process.spider_loader.load(args[0])
        check = getattr(spidercls, "check_arguments", None)
        if check is not None:
            try:
                check(**opts.spargs)
            except SpiderArgumentError as error:
                print(f"scrapy crawl {args[0]}: error: {error}", file=sys.stderr)
                self.exitcode = 2
                return
        crawler = self._create_crawler(args[0])
        self.crawler_process.crawl(crawler, **opts.spargs)
        self.crawler_process.start()
        if self.crawler_process.bootstrap_failed:
            self.exitcode = 1
        self.exitcode = self.exitcode or exit_code(crawler)
