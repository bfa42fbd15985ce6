"""Run extensions: the summary at the end (RunSummary), the CHECK_* thresholds
(RunChecks) and the progress line (Progress, Scrapy's LogStats with our figures)."""

from __future__ import annotations

import logging

from scrapy import signals
from scrapy.exceptions import NotConfigured
from scrapy.extensions.logstats import LogStats

from crawler.components import Component
from crawler.output.layout import is_records_key
from crawler.output.store import ledger_of

logger = logging.getLogger(__name__)


def under(stats: dict, prefix: str) -> dict[str, int]:
    return {k[len(prefix):]: v for k, v in sorted(stats.items()) if k.startswith(prefix)}


def request_errors(stats: dict) -> dict[str, int]:
    """Requests that really failed, by kind: a network error (fetch/failed/<Error>,
    after retries) or an HTTP error status (http/<code>). Refusals by robots.txt,
    pages already stored, offsite links and the other skip/ outcomes are normal
    and never counted here (Scrapy's downloader/exception_type_count mixes them in)."""
    errors = under(stats, "fetch/failed/")
    errors.update({f"http/{code}": n for code, n in
                   under(stats, "httperror/response_ignored_status_count/").items()})
    return errors


def summarise(stats: dict) -> dict:
    """The figures a user checks after a run, from Scrapy's stats."""

    return {
        "pages_fetched": stats.get("response_received_count", 0),
        "records_stored": stats.get("item_scraped_count", 0),
        "dropped": under(stats, "item_dropped_reasons_count/"),
        "removed": under(stats, "cleaning/removed/"),
        "languages": under(stats, "language/"),
        "copies_linked": stats.get("sources/copy_found", 0) + stats.get("near_duplicates/linked", 0),
        "copies": under(stats, "copies/"),
        "skipped": under(stats, "skip/"),
        "errors": request_errors(stats),
    }


class RunSummary(Component):
    def __init__(self, crawler):
        self.crawler = crawler
        crawler.signals.connect(self.spider_closed, signal=signals.spider_closed)

    def spider_closed(self, spider, reason):
        summary = summarise(self.crawler.stats.get_stats())
        logger.info(
            "Run summary (%s, %s): %d pages fetched, %d records stored, "
            "%d copies linked %s; removed %s; languages %s; dropped %s; skipped %s; errors %s",
            spider.name, reason, summary["pages_fetched"], summary["records_stored"],
            summary["copies_linked"], summary["copies"], summary["removed"], summary["languages"],
            summary["dropped"], summary["skipped"], summary["errors"],
        )


def error_count(stats: dict) -> int:
    """Failed requests: network errors and HTTP error responses (never skips)."""
    return sum(request_errors(stats).values())


def check_results(stats: dict, min_records: int, max_error_rate: float) -> list[dict]:
    """Each CHECK_* threshold with its value and whether it held (None: off)."""
    records = stats.get("item_scraped_count", 0)
    requests = stats.get("downloader/request_count", 0)
    errors = error_count(stats)
    rate = errors / requests if requests else 0.0
    min_held = None if not min_records else records >= min_records
    rate_held = None if not max_error_rate else not (requests and rate > max_error_rate)
    return [
        {"setting": "CHECK_MIN_RECORDS", "threshold": min_records, "value": records,
         "held": min_held,
         "message": f"{records} records stored, CHECK_MIN_RECORDS is {min_records}"},
        {"setting": "CHECK_MAX_ERROR_RATE", "threshold": max_error_rate, "value": round(rate, 4),
         "held": rate_held,
         "message": f"error rate {rate:.2f} ({errors} of {requests} requests), "
                    f"CHECK_MAX_ERROR_RATE is {max_error_rate}"},
    ]


class RunChecks(Component):
    """Turns a bad run into a failed one: CHECK_* thresholds, checked at close.

    Failures are logged at ERROR and counted in `checks/failed`; `scrapy crawl`
    then exits 4.
    """

    def __init__(self, crawler):
        settings = crawler.settings
        self.crawler = crawler
        self.min_records = settings.getint("CHECK_MIN_RECORDS")
        self.max_error_rate = settings.getfloat("CHECK_MAX_ERROR_RATE")
        if not self.min_records and not self.max_error_rate:
            raise NotConfigured("every CHECK_* threshold is 0")
        crawler.signals.connect(self.spider_closed, signal=signals.spider_closed)

    def failures(self, stats: dict) -> list[str]:
        return [c["message"] for c in check_results(stats, self.min_records, self.max_error_rate)
                if c["held"] is False]

    def spider_closed(self, spider, reason):
        for failure in self.failures(self.crawler.stats.get_stats()):
            self.crawler.stats.inc_value("checks/failed")
            logger.error("Run check failed: %s", failure)


class Progress(LogStats):
    """Scrapy's LogStats line every LOGSTATS_INTERVAL seconds, with our figures
    added: records stored (in record batches written so far), records dropped,
    requests queued. Registered in place of Scrapy's LogStats (EXTENSIONS), so
    there is one progress line, not two; LOGSTATS_INTERVAL = 0 turns it off."""

    def __init__(self, crawler):
        interval = crawler.settings.getfloat("LOGSTATS_INTERVAL")
        if not interval:
            raise NotConfigured("LOGSTATS_INTERVAL is 0")
        super().__init__(crawler.stats, interval)
        self.crawler = crawler
        crawler.signals.connect(self.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(self.spider_closed, signal=signals.spider_closed)

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    def log(self, spider) -> None:
        self.calculate_stats()
        scheduler = self.crawler.engine.scheduler if self.crawler.engine else None
        logger.info(
            "Crawled %(pages)d pages (at %(pagerate)d pages/min), scraped %(items)d items "
            "(at %(itemrate)d items/min); %(records)d records stored, %(dropped)d dropped, %(queued)d queued",
            {"pages": self.pages, "pagerate": self.prate, "items": self.items, "itemrate": self.irate,
             "records": self.records_stored(), "dropped": self.stats.get_value("item_dropped_count", 0),
             "queued": len(scheduler) if scheduler is not None and hasattr(scheduler, "__len__") else 0},
            extra={"spider": spider},
        )

    def records_stored(self) -> int:
        """Records in the record batches this run has delivered or kept in the spool."""
        return sum(o.records for o in list(ledger_of(self.crawler).objects) if is_records_key(o.key))
