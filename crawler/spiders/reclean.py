"""Re-clean stored pages with today's code and rules, without fetching anything.

scrapy crawl reclean -a source=s3://bucket/prefix/raw/articles/dt=2026-11-22/
scrapy crawl reclean -a source=data/raw/            # a folder, or one .warc.gz

Reads the raw WARC archive (see crawler/output/archive.py) and sends every page
through the same pipelines and output as a crawl: new item objects under
items/reclean/ and a run manifest. The records equal what a fresh crawl of
the same pages would give.
"""

import tempfile
from pathlib import Path

import scrapy
from scrapy.utils.asyncio import run_in_thread

from crawler.output.archive import pages_from_warc
from crawler.spiders.base import SpiderArgumentError
from crawler.output.facade import Store


def copy_pairs(archives: list[Path]) -> set[str]:
    """URLs of the originals in these archives that a copy in them was cleaned against."""
    originals: set[str] = set()
    wanted: set[str] = set()
    for local in archives:
        with local.open("rb") as stream:
            for page in pages_from_warc(stream):
                if page.kind == "original":
                    originals.add(page.url)
                elif page.original_key:
                    wanted.add(page.original_key)
    return originals & wanted


class RecleanSpider(scrapy.Spider):
    name = "reclean"
    # Pages come from the archive: nothing to fetch, nothing to archive again.
    custom_settings = {"ARCHIVE_RAW": False}

    def __init__(self, source: str | None = None, **kwargs):
        super().__init__(**kwargs)
        if not source:
            raise SpiderArgumentError("give -a source=URI: a .warc.gz, or a folder or s3:// prefix of them")
        self.source = source
        self.arguments = {"source": source}

    @classmethod
    def check_arguments(cls, **kwargs) -> None:
        cls(**kwargs)

    async def start(self):
        # Rooted at the source (a .warc.gz, or a folder or prefix of them), not at OUTPUT_URI.
        source = Store.from_settings(self.settings, self.source)
        keys = await run_in_thread(source.list, "", ".warc.gz")
        if not keys:
            self.logger.error("No .warc.gz found under %s", self.source)
        with tempfile.TemporaryDirectory() as scratch:
            archives = [Path(scratch) / f"{number:06d}.warc.gz" for number in range(len(keys))]
            for key, local in zip(keys, archives):
                await run_in_thread(source.fetch, key, local)
                self.crawler.stats.inc_value("reclean/archives")
            pairs = await run_in_thread(copy_pairs, archives)
            for local in archives:
                with local.open("rb") as stream:
                    for page in pages_from_warc(stream):
                        self.crawler.stats.inc_value("reclean/pages")
                        # As in the crawl, a copy is cleaned against its original,
                        # when the archives hold both.
                        page.awaited_by_copy = page.kind == "original" and page.url in pairs
                        if page.original_key not in pairs:
                            page.original_key = None
                        yield page
