"""scrapy verify: check the output against the run manifests.

Every object each manifest lists must be present, with the same sha256 and
record count. Prints one line per problem and a summary; exit code 1 if any.
"""

import json
import sys
import tempfile
from pathlib import Path

from scrapy.commands import ScrapyCommand

from crawler.output.facade import Store
from crawler.output.layout import MANIFESTS_PREFIX
from crawler.output.store import describe


def verify(store: Store) -> tuple[int, list[str]]:
    """(objects checked, problems) for every manifest under the store's runs/."""
    problems: list[str] = []
    checked = 0
    with tempfile.TemporaryDirectory() as scratch:
        for manifest_key in store.list(MANIFESTS_PREFIX, ".json"):
            local = Path(scratch) / "manifest.json"
            if not store.fetch(manifest_key, local):
                continue
            manifest = json.loads(local.read_text(encoding="utf-8"))
            for listed in sorted(manifest["objects"], key=lambda o: o["key"]):  # a stable report
                checked += 1
                uri = store.uri(listed["key"])
                local = Path(scratch) / Path(listed["key"]).name  # the suffix tells how to count
                if not store.fetch(listed["key"], local):
                    problems.append(f"missing: {uri} (run {manifest['run_id']})")
                    continue
                found = describe(local, listed["key"], delivered=True)
                if found.sha256 != listed["sha256"]:
                    problems.append(f"corrupt: {uri}: sha256 {found.sha256} != {listed['sha256']}")
                elif found.records != listed["records"]:
                    problems.append(f"corrupt: {uri}: {found.records} records != {listed['records']}")
    return checked, problems


class Command(ScrapyCommand):
    requires_project = True
    default_settings = {"LOG_ENABLED": False}

    def syntax(self):
        return "[OUTPUT_URI]"

    def short_desc(self):
        return "Check that every object listed in the run manifests is present and intact"

    def run(self, args, opts):
        output_uri = args[0] if args else self.settings.get("OUTPUT_URI")
        checked, problems = verify(Store.from_settings(self.settings, output_uri))
        for problem in problems:
            print(problem)
        print(f"{checked} objects checked, {len(problems)} problems", file=sys.stderr)
        self.exitcode = 1 if problems else 0
