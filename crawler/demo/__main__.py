"""`make run`: serve the bundled demo sites on 127.0.0.1 and crawl them.

Runs the `articles` spider over the two publishers and the content farm and
the `aggregator` spider over the aggregator, with the project's default
settings (output to OUTPUT_URI, ./data by default), then prints what landed.
"""

from __future__ import annotations

import gzip
import json
import sys
from collections import Counter
from pathlib import Path

from scrapy.crawler import CrawlerProcess
from scrapy.utils.project import get_project_settings

from crawler.demo.sites import DemoSites
from crawler.output.layout import ITEMS_GLOB, LINKS_GLOB
from crawler.run.extensions import summarise


def read_records(output_dir: Path, run_ids: list[str]) -> tuple[list[dict], list[Path]]:
    files = sorted(p for run_id in run_ids for p in output_dir.glob(ITEMS_GLOB.format(run_id=run_id)))
    records = []
    for path in files:
        with gzip.open(path, "rt", encoding="utf-8") as lines:
            records.extend(json.loads(line) for line in lines if line.strip())
    return records, files


def read_links(output_dir: Path, run_ids: list[str]) -> list[dict]:
    rows = []
    for path in sorted(p for run_id in run_ids for p in output_dir.glob(LINKS_GLOB.format(run_id=run_id))):
        with gzip.open(path, "rt", encoding="utf-8") as lines:
            rows.extend(json.loads(line) for line in lines if line.strip())
    return rows


def report(crawlers, records: list[dict], files: list[Path], output_dir: Path, run_ids: list[str]) -> str:
    stats = [summarise(c.stats.get_stats()) for c in crawlers]
    removed = Counter(r["rule"] for record in records for r in record["removed"])
    kinds = Counter(record["kind"] for record in records)
    languages = Counter(record["language"] or "unknown" for record in records)
    dropped = sum((Counter(s["dropped"]) for s in stats), Counter())
    skipped = sum((Counter(s["skipped"]) for s in stats), Counter())
    linked = sum(1 for r in records if r["kind"] == "copy" and r["original_url"])
    originals = {r["url"] for r in records if r["kind"] == "original"}
    linked_stored = sum(1 for r in records if r["kind"] == "copy" and r["original_url"] in originals)
    evidence = Counter(r["copy_evidence"] or "unknown" for r in records if r["kind"] == "copy")
    # a rewrite crawled before its story: the story's run records the link apart
    corrections = read_links(output_dir, run_ids)
    evidence.update(f"{c['evidence']} (correction)" for c in corrections)

    def line(counter: Counter) -> str:
        return ", ".join(f"{k} {v}" for k, v in sorted(counter.items())) or "none"

    return "\n".join([
        "",
        "Demo crawl finished",
        f"  pages fetched:        {sum(s['pages_fetched'] for s in stats)}",
        f"  records stored:       {len(records)} ({line(kinds)})",
        f"  copies linked:        {linked + len(corrections)} (original stored for "
        f"{linked_stored + len(corrections)}; by evidence: {line(evidence)})",
        f"  lines removed:        {sum(removed.values())} ({line(removed)})",
        f"  languages:            {line(languages)}",
        f"  pages not stored:     {line(dropped)}",
        f"  skipped:              {line(skipped)}",
        "  output:",
        *(f"    {path}" for path in files),
        "",
    ])


def main() -> int:
    settings = get_project_settings()
    output_uri = settings.get("OUTPUT_URI")
    with DemoSites() as sites:
        settings.set("ALLOW_PRIVATE_HOSTS", sites.allow_hosts, priority="cmdline")
        settings.set("AUTOTHROTTLE_START_DELAY", 0.1, priority="cmdline")
        process = CrawlerProcess(settings)
        articles = process.create_crawler("articles")
        aggregator = process.create_crawler("aggregator")
        publisher_pages = [s.base_url + "/" for s in (*sites.publishers.values(), sites.spinwire)]
        process.crawl(articles, start_urls=",".join(publisher_pages))
        process.crawl(aggregator, start_urls=sites.hub.base_url + "/")
        process.start()
    crawlers = [articles, aggregator]
    pages = [getattr(c, "run_report_uri", None) for c in crawlers]
    pages += [getattr(crawlers[-1], "run_index_uri", None)]
    reports = "\n".join(["  run reports (open in a browser):", *(f"    {p}" for p in pages if p), ""])
    if "://" in output_uri:
        print(f"\nDemo crawl finished; records were written to {output_uri}")
        print(reports)
        return 0
    run_ids = [c.spider.run_id for c in crawlers]
    records, files = read_records(Path(output_uri), run_ids)
    print(report(crawlers, records, files, Path(output_uri), run_ids))
    print(reports)
    return 0 if records else 1


if __name__ == "__main__":
    sys.exit(main())
