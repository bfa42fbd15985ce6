"""scrapy report [OUTPUT_URI] [RUN_ID]: rebuild a run's page, or the history page, from what is stored.

With RUN_ID: runs/<RUN_ID>.html from runs/<RUN_ID>.json. Without: runs/index.html
from every manifest under OUTPUT_URI/runs/. Manifests made before the report
existed have no `report` section; their pages show what the stats hold.
Pages are written through the spool and delivered like any other object.
Prints the page's URI; exit 1 if the run's manifest is not there, 3 if the
page could not be delivered (it waits in the spool).
"""

import json
import sys
import tempfile
from pathlib import Path

from scrapy.commands import ScrapyCommand
from scrapy.exceptions import UsageError

from crawler.output.facade import Store
from crawler.output.layout import INDEX_PATH, manifest_key, report_key
from crawler.output.store import DeliveryError
from crawler.run.report import render_index, render_report, stored_manifests


def rebuild(store: Store, run_id: str | None, history: int) -> str | None:
    """Write one page; its URI, or None when RUN_ID's manifest is not stored.
    Raises DeliveryError when the page could not be delivered (it waits in the spool)."""
    if run_id:
        with tempfile.TemporaryDirectory() as scratch:
            local = Path(scratch) / "manifest.json"
            if not store.fetch(manifest_key(run_id), local):
                return None
            html = render_report(json.loads(local.read_text(encoding="utf-8")))
        key = report_key(run_id)
    else:
        html = render_index(list(stored_manifests(store).values()), history)
        key = INDEX_PATH
    if not store.put(key, html.encode("utf-8"), listed=False):
        raise store.last_error
    return store.uri(key)


class Command(ScrapyCommand):
    requires_project = True
    default_settings = {"LOG_ENABLED": False}

    def syntax(self):
        return "[OUTPUT_URI] [RUN_ID]"

    def short_desc(self):
        return "Rebuild a run's HTML report (RUN_ID) or the history page runs/index.html"

    def run(self, args, opts):
        if len(args) > 2:
            raise UsageError("at most OUTPUT_URI and RUN_ID")
        output_uri = args[0] if args else self.settings.get("OUTPUT_URI")
        run_id = args[1] if len(args) > 1 else None
        try:
            uri = rebuild(Store.from_settings(self.settings, output_uri), run_id,
                          self.settings.getint("REPORT_HISTORY"))
        except DeliveryError as error:
            print(f"error: {error}; the page waits in the spool", file=sys.stderr)
            self.exitcode = 3
            return
        if uri is None:
            print(f"error: no manifest for run {run_id} under {output_uri}", file=sys.stderr)
            self.exitcode = 1
            return
        print(uri)
