"""`scrapy crawl`, with what a scheduler needs:

- bad spider arguments are rejected with one line (exit 2), not a traceback;
  so is a bad OUTPUT_FORMAT (exit 1, as any setting Scrapy cannot start with);
- a REDIS_URL that cannot be used (not a Redis URL, Redis not answering) is
  rejected with one line (exit 1) before the crawl starts;
- a second run of the same crawl (spider + arguments) on this machine exits
  at once with a message (exit 0) while the first holds its lock, except in
  distributed mode (REDIS_URL), where every run is one more worker of the
  crawl (the workers' membership in Redis is its one run at a time);
- a run whose output could not all be delivered exits 3 (the objects wait in
  the spool for the next run or `scrapy flush`);
- a run that broke a CHECK_* threshold exits 4.
"""

import logging
import sys
from contextlib import nullcontext
from datetime import datetime

from scrapy.commands.crawl import Command as ScrapyCrawl
from scrapy.exceptions import UsageError

from crawler.distributed.addon import redis_problem
from crawler.output.layout import output_format
from crawler.run.lock import lock_path, run_lock
from crawler.spiders.base import SpiderArgumentError


def exit_code(crawler) -> int:
    pending = crawler.stats.get_value("output/pending", 0)
    if pending:
        print(f"error: {pending} output object(s) not delivered; they wait in "
              f"{crawler.settings.get('OUTPUT_SPOOL_DIR')} for the next run or `scrapy flush`",
              file=sys.stderr)
        return 3
    failed = crawler.stats.get_value("checks/failed", 0)
    if failed:
        print(f"error: {failed} run check(s) failed (see the log)", file=sys.stderr)
        return 4
    return 0


def log_to_job_log(settings, line: str) -> None:
    """Also write the line to LOG_FILE when one is set: Scrapyd gives each job
    a LOG_FILE and keeps the job's stderr only in its own daemon log."""
    log_file = settings.get("LOG_FILE")
    if not log_file:
        return
    try:
        with open(log_file, "a", encoding=settings.get("LOG_ENCODING") or "utf-8") as log:
            log.write(f"{datetime.now():%Y-%m-%d %H:%M:%S} [scrapy.commands.crawl] ERROR: {line}\n")
    except OSError as error:
        print(f"could not write to LOG_FILE {log_file}: {error}", file=sys.stderr)


class Command(ScrapyCrawl):
    def _refuse(self, spider: str, error: Exception, exitcode: int) -> None:
        """One line on stderr (and in the job log) instead of a crawl."""
        line = f"scrapy crawl {spider}: error: {error}"
        print(line, file=sys.stderr)
        log_to_job_log(self.settings, line)
        self.exitcode = exitcode

    def run(self, args, opts):
        if len(args) != 1:
            super().run(args, opts)  # Scrapy's own usage errors
            return
        try:
            output_format(self.settings)  # the OutputAddon would raise it with a traceback
        except ValueError as error:
            self._refuse(args[0], error, exitcode=1)
            return
        spidercls = self.crawler_process.spider_loader.load(args[0])
        check = getattr(spidercls, "check_arguments", None)
        if check is not None:
            try:
                check(**opts.spargs)
            except SpiderArgumentError as error:
                self._refuse(args[0], error, exitcode=2)
                return
        problem = redis_problem(self.settings)
        if problem is not None:
            self._refuse(args[0], problem, exitcode=1)
            return
        path = lock_path(self.settings, args[0], opts.spargs)
        distributed = bool((self.settings.get("REDIS_URL") or "").strip())
        with nullcontext(True) if distributed else run_lock(path) as acquired:
            if not acquired:
                print(f"scrapy crawl {args[0]}: another run of this crawl is in progress "
                      f"(lock {path}); nothing to do", file=sys.stderr)
                return
            crawler = self._create_crawler(args[0])
            self.crawler_process.crawl(crawler, **opts.spargs)
            self.crawler_process.start()
        if self.crawler_process.bootstrap_failed:
            self.exitcode = 1
        self.exitcode = self.exitcode or exit_code(crawler)
        report = getattr(crawler, "run_report_uri", None)
        if report:  # the crawl's last log line: where to look
            logging.getLogger(__name__).info("Run report: %s", report)
