"""`scrapy crawl` that rejects bad spider arguments with one line, not a traceback."""

import sys

from scrapy.commands.crawl import Command as ScrapyCrawl

from crawler.spiders.base import SpiderArgumentError


class Command(ScrapyCrawl):
    def run(self, args, opts):
        if len(args) == 1:
            spidercls = self.crawler_process.spider_loader.load(args[0])
            check = getattr(spidercls, "check_arguments", None)
            if check is not None:
                try:
                    check(**opts.spargs)
                except SpiderArgumentError as error:
                    print(f"scrapy crawl {args[0]}: error: {error}", file=sys.stderr)
                    self.exitcode = 2
                    return
        super().run(args, opts)
