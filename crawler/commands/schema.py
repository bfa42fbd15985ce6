"""scrapy schema: print the record's JSON Schema (Draft 2020-12)."""

import sys

from scrapy.commands import ScrapyCommand

from crawler.schema import schema_text


class Command(ScrapyCommand):
    requires_project = False
    default_settings = {"LOG_ENABLED": False}

    def short_desc(self):
        return "Print the JSON Schema of the stored record"

    def run(self, args, opts):
        sys.stdout.write(schema_text())
