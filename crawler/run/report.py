"""The run report: runs/<run_id>.html per run and runs/index.html for the history.

Three parts:

- `RunReport` (an extension) collects during the run what the stats do not
  hold: a timeline of pages and records, example lines per cleaning rule,
  copies and their originals, per-host figures, errors with example URLs. At
  `manifest_ready` it adds all of it as the manifest's `report` section, so
  every page here can be rebuilt from stored manifests alone; at
  `manifest_stored` it renders both pages and delivers them through the
  spool like every other object.
- `HostFailures` (a downloader middleware) tells RunReport which requests
  failed for which host, and why (robots.txt, refused address, network error).
- `report_page` / `index_page` turn manifests into page data, and `render`
  makes self-contained HTML (Jinja2, autoescaped; charts are inline SVG made
  here; no script, no network at view time). Manifests written before the
  report existed lack the `report` section: their pages show what the stats
  hold and say what was not recorded.
"""

from __future__ import annotations

import json
import logging
import math
import re
import tempfile
import time
from collections import Counter, defaultdict
from datetime import datetime
from pathlib import Path
from urllib.parse import urlsplit

from itemadapter import ItemAdapter
from scrapy import signals
from scrapy.exceptions import IgnoreRequest, NotConfigured
from scrapy.utils.asyncio import run_in_thread

from crawler.components import Component, attached
from crawler.output.facade import Store, store_of
from crawler.output.layout import INDEX_PATH, MANIFESTS_PREFIX, report_key
from crawler.output.manifest import json_safe, manifest_ready, manifest_stored
from crawler.run.extensions import check_results, error_count

logger = logging.getLogger(__name__)

REPORT_VERSION = 1
TIMELINE_BUCKETS = 240  # at most this many points; the step doubles to stay under it
HOSTS_SHOWN = 20
ORIGINALS_SHOWN = 30
ERROR_EXAMPLES = 3
DOM_KEY = re.compile(r"(?:^|/)dom/(?P<rule>[^/]+)$")


# -- collecting during the run -------------------------------------------------


class Timeline:
    """Counts per time bucket since the start; buckets merge pairwise (step doubles)
    so that a run of any length keeps at most TIMELINE_BUCKETS of them."""

    def __init__(self, step: float = 1.0, clock=time.monotonic):
        self.clock = clock
        self.start = clock()
        self.step = step
        self.series: dict[str, list[int]] = {"pages": [], "records": []}

    def add(self, name: str) -> None:
        index = int((self.clock() - self.start) / self.step)
        while index >= TIMELINE_BUCKETS:
            self._halve()
            index = int((self.clock() - self.start) / self.step)
        for values in self.series.values():
            values.extend([0] * (index + 1 - len(values)))
        self.series[name][index] += 1

    def _halve(self) -> None:
        self.step *= 2
        for name, values in self.series.items():
            self.series[name] = [sum(values[i:i + 2]) for i in range(0, len(values), 2)]

    def as_dict(self) -> dict:
        length = int((self.clock() - self.start) / self.step) + 1
        for values in self.series.values():
            values.extend([0] * (length - len(values)))
        return {"step": self.step, **{k: list(v) for k, v in self.series.items()}}


def host_of(url: str) -> str:
    try:
        parts = urlsplit(url)
        return parts.netloc.lower() or "(none)"
    except ValueError:
        return "(bad url)"


def failure_kind(exception) -> str:
    """Why a request failed, in the stats' words."""
    from crawler.fetch.errors import failure_reason  # noqa: PLC0415
    from crawler.fetch.safety import BadScheme, PrivateAddress  # noqa: PLC0415
    from twisted.python.failure import Failure  # noqa: PLC0415

    if isinstance(exception, PrivateAddress):
        return "skip/private_address"
    if isinstance(exception, BadScheme):
        return "skip/bad_scheme"
    if isinstance(exception, IgnoreRequest) and "robots.txt" in str(exception):
        return "robotstxt/forbidden"
    if type(exception).__name__ == "AlreadyStored":
        return "incremental/skipped"
    return failure_reason(Failure(exception)) or f"fetch/failed/{type(exception).__name__}"


class Collector:
    """What one run's report needs beyond the stats."""

    def __init__(self, examples: int):
        self.examples_per_rule = examples
        self.timeline = Timeline()
        self.examples: dict[str, list[dict]] = defaultdict(list)
        self.evidence: Counter = Counter()
        self.originals: dict[str, dict] = {}
        self.stored_originals: set[str] = set()
        self.hosts: dict[str, dict] = defaultdict(lambda: {
            "requests": 0, "statuses": Counter(), "records": 0, "dropped": Counter(),
            "failures": Counter()})
        self.errors: dict[str, dict] = {}

    def error(self, kind: str, url: str) -> None:
        entry = self.errors.setdefault(kind, {"count": 0, "examples": []})
        entry["count"] += 1
        if len(entry["examples"]) < ERROR_EXAMPLES and url not in entry["examples"]:
            entry["examples"].append(url)

    def response(self, url: str, status: int) -> None:
        self.timeline.add("pages")
        host = self.hosts[host_of(url)]
        host["requests"] += 1
        host["statuses"][str(status)] += 1
        if status >= 400:
            self.error(f"http/{status}", url)

    def failure(self, url: str, kind: str) -> None:
        host = self.hosts[host_of(url)]
        host["requests"] += 1
        host["failures"][kind] += 1
        if kind.startswith(("fetch/", "httperror/", "skip/redirect", "skip/too_large")):
            self.error(kind, url)

    def record(self, item: dict) -> None:
        self.timeline.add("records")
        url = item.get("url") or ""
        self.hosts[host_of(url)]["records"] += 1
        for removal in item.get("removed") or ():
            shown = self.examples[removal["rule"]]
            if len(shown) < self.examples_per_rule and all(e["text"] != removal["text"] for e in shown):
                shown.append({"text": removal["text"], "url": url, "title": item.get("title")})
        if item.get("kind") == "copy":
            self.evidence[item.get("copy_evidence") or "unknown"] += 1
            original = item.get("original_url")
            if original:
                entry = self.originals.setdefault(original, {"url": original, "copies": 0})
                entry["copies"] += 1
        elif item.get("kind") == "original":
            self.stored_originals.add(url)

    def dropped(self, url: str, reason: str) -> None:
        self.hosts[host_of(url)]["dropped"][reason] += 1

    def section(self, stats: dict, checks: list[dict], exit_code: dict) -> dict:
        def failing(h):
            return sum(h["failures"].values()) + sum(v for k, v in h["statuses"].items() if int(k) >= 400)

        busiest = sorted(self.hosts, key=lambda h: (-self.hosts[h]["requests"], h))[:HOSTS_SHOWN]
        worst = [h for h in sorted(self.hosts, key=lambda h: (-failing(self.hosts[h]), h))
                 if failing(self.hosts[h])][:HOSTS_SHOWN]
        hosts = {h: {**self.hosts[h], "failing": failing(self.hosts[h])} for h in dict.fromkeys(busiest + worst)}
        originals = sorted(self.originals.values(), key=lambda o: (-o["copies"], o["url"]))
        return json_safe({
            "version": REPORT_VERSION,
            "checks": checks,
            "exit": exit_code,
            "timeline": self.timeline.as_dict(),
            "examples": dict(sorted(self.examples.items())),
            "copies": {
                "by_evidence": dict(sorted(self.evidence.items())),
                "originals": [{**o, "stored": o["url"] in self.stored_originals}
                              for o in originals[:ORIGINALS_SHOWN]],
                "originals_total": len(originals),
            },
            "hosts": {"busiest": busiest, "failing": worst,
                      "by_host": {h: {k: dict(v) if isinstance(v, Counter) else v for k, v in d.items()}
                                  for h, d in hosts.items()},
                      "total": len(self.hosts)},
            "errors": dict(sorted(self.errors.items())),
        })


def collector_of(crawler) -> Collector:
    return attached(crawler, "run_report", lambda: Collector(crawler.settings.getint("REPORT_EXAMPLES")))


def expected_exit(stats: dict, checks: list[dict]) -> dict:
    """The exit code `scrapy crawl` gives this run, and why (as of the manifest)."""
    pending = stats.get("output/pending", 0)
    if pending:
        return {"code": 3, "why": f"{pending} output object(s) not delivered; they wait in the spool"}
    failed = [c["message"] for c in checks if c.get("held") is False]
    if failed or stats.get("checks/failed"):
        return {"code": 4, "why": "run check failed: " + "; ".join(failed)}
    return {"code": 0, "why": "done: every object delivered, every check held"}


class RunReport(Component):
    """Extension: collects the report's data, adds it to the manifest, writes the pages."""

    def __init__(self, crawler):
        settings = crawler.settings
        if not settings.getbool("REPORT_ENABLED"):
            raise NotConfigured("REPORT_ENABLED is off")
        self.output_uri = settings.get("OUTPUT_URI")
        if not self.output_uri:
            raise NotConfigured("OUTPUT_URI is empty")
        self.crawler = crawler
        self.history = settings.getint("REPORT_HISTORY")
        self.min_records = settings.getint("CHECK_MIN_RECORDS")
        self.max_error_rate = settings.getfloat("CHECK_MAX_ERROR_RATE")
        self.store = store_of(crawler)
        self.collector = collector_of(crawler)
        self.uri: str | None = None
        crawler.signals.connect(self.response_received, signal=signals.response_received)
        crawler.signals.connect(self.item_scraped, signal=signals.item_scraped)
        crawler.signals.connect(self.item_dropped, signal=signals.item_dropped)
        crawler.signals.connect(self.item_error, signal=signals.item_error)
        crawler.signals.connect(self.spider_error, signal=signals.spider_error)
        crawler.signals.connect(self.manifest_ready, signal=manifest_ready)
        crawler.signals.connect(self.manifest_stored, signal=manifest_stored)

    def response_received(self, response, request, spider):
        self.collector.response(response.url, response.status)

    def item_scraped(self, item, response, spider):
        self.collector.record(ItemAdapter(item).asdict())

    def item_dropped(self, item, response, exception, spider):
        url = getattr(item, "url", None) or (response.url if response is not None else "")
        self.collector.dropped(url, type(exception).__name__)

    def item_error(self, item, response, spider, failure):
        self.collector.error(f"item_error/{type(failure.value).__name__}",
                             getattr(item, "url", None) or getattr(response, "url", ""))

    def spider_error(self, failure, response, spider):
        self.collector.error(f"spider_error/{type(failure.value).__name__}", response.url)

    def manifest_ready(self, manifest: dict):
        stats = manifest.get("stats", {})
        checks = check_results(stats, self.min_records, self.max_error_rate)
        manifest["report"] = self.collector.section(stats, checks, expected_exit(stats, checks))

    async def manifest_stored(self, manifest: dict, uri: str):
        pending = self.crawler.stats.get_value("output/pending", 0)
        if pending:
            # The destination is failing: the pages are made from stored
            # manifests, so they are rebuilt once the output is delivered.
            logger.warning("Run report not written: %d output object(s) wait in the spool; after "
                           "`scrapy flush`, `scrapy report %s %s` rebuilds it",
                           pending, self.output_uri, manifest["run_id"])
            return
        try:
            await run_in_thread(self.write, manifest)
        except Exception:
            self.crawler.stats.inc_value("report/failed")
            logger.exception("Run report could not be written")

    def write(self, manifest: dict) -> None:
        """Both pages, delivered like the manifest (after it, so not listed in it). A page
        not delivered waits in the spool, counted as output/pending by the store."""
        key = report_key(manifest["run_id"])
        uri = self.store.uri(key)
        self.crawler.run_report_uri = uri
        if not self.store.put(key, render_report(manifest).encode("utf-8"), listed=False):
            return
        self.crawler.stats.inc_value("report/written")
        manifests = stored_manifests(self.store)
        manifests[manifest["run_id"]] = manifest
        index_uri = self.store.uri(INDEX_PATH)
        self.crawler.run_index_uri = index_uri
        if not self.store.put(INDEX_PATH, render_index(list(manifests.values()), self.history).encode("utf-8"),
                              listed=False):
            return
        self.crawler.stats.inc_value("report/written")
        logger.info("Run report: %s (all runs: %s)", uri, index_uri)


class HostFailures(Component):
    """Downloader middleware (runs last on an error, after retries): tells the
    run report which host each failed or refused request was for, and why."""

    def __init__(self, crawler):
        if not crawler.settings.getbool("REPORT_ENABLED"):
            raise NotConfigured("REPORT_ENABLED is off")
        self.collector = collector_of(crawler)

    def process_exception(self, request, exception, spider=None):
        self.collector.failure(request.url, failure_kind(exception))
        return None


# -- reading what is stored ------------------------------------------------------


def stored_manifests(store: Store) -> dict[str, dict]:
    """Every run manifest under OUTPUT_URI/runs/, by run_id (unreadable ones skipped)."""
    found: dict[str, dict] = {}
    with tempfile.TemporaryDirectory() as scratch:
        local = Path(scratch) / "manifest.json"
        for key in store.list(MANIFESTS_PREFIX, ".json"):
            try:
                if not store.fetch(key, local):
                    continue
                manifest = json.loads(local.read_text(encoding="utf-8"))
            except (OSError, ValueError) as error:
                logger.warning("Skipping unreadable manifest %s: %s", store.uri(key), error)
                continue
            if isinstance(manifest, dict) and manifest.get("run_id"):
                found[manifest["run_id"]] = manifest
    return found


# -- page data -----------------------------------------------------------------------


def under(stats: dict, prefix: str) -> dict[str, int]:
    return {k[len(prefix):]: v for k, v in sorted(stats.items()) if k.startswith(prefix)}


def dom_removals(stats: dict) -> dict[str, int]:
    """DOM removals by rule: any stats key ending in dom/<rule> (dom/, extract/dom/, ...)."""
    found: Counter = Counter()
    for key, value in stats.items():
        match = DOM_KEY.search(key)
        if match and isinstance(value, (int, float)):
            found[match.group("rule")] += value
    return dict(sorted(found.items()))


def duration(started: str | None, finished: str | None) -> float | None:
    try:
        return (datetime.fromisoformat(finished.replace("Z", "+00:00"))
                - datetime.fromisoformat(started.replace("Z", "+00:00"))).total_seconds()
    except (AttributeError, TypeError, ValueError):
        return None


def run_figures(manifest: dict) -> dict:
    """The headline figures of one run, from its stats (every manifest has them)."""
    stats = manifest.get("stats") or {}
    records = stats.get("item_scraped_count", 0)
    dropped = under(stats, "item_dropped_reasons_count/")
    removed = under(stats, "cleaning/removed/")
    requests = stats.get("downloader/request_count", 0)
    errors = error_count(stats)
    pages = stats.get("response_received_count", 0)
    dropped_total = sum(dropped.values())
    return {
        "run_id": manifest.get("run_id", "?"),
        "spider": manifest.get("spider", "?"),
        "started_at": manifest.get("started_at"),
        "finished_at": manifest.get("finished_at"),
        "finish_reason": manifest.get("finish_reason") or stats.get("finish_reason"),
        "seconds": duration(manifest.get("started_at"), manifest.get("finished_at")),
        "pages": pages,
        "records": records,
        "requests": requests,
        "errors": errors,
        "error_rate": errors / requests if requests else 0.0,
        "dropped": dropped,
        "dropped_total": dropped_total,
        "drop_rate": dropped_total / (records + dropped_total) if records + dropped_total else 0.0,
        "removed": removed,
        "removed_total": sum(removed.values()),
        "removals_per_record": sum(removed.values()) / records if records else 0.0,
        "copies": stats.get("sources/copy_found", 0),
        "languages": under(stats, "language/"),
        "skipped": under(stats, "skip/"),
        "robots": stats.get("robotstxt/forbidden", 0),
        "dom": dom_removals(stats),
        "statuses": under(stats, "downloader/response_status_count/"),
    }


def report_page(manifest: dict) -> dict:
    """Everything runs/<run_id>.html shows, from the manifest alone."""
    figures = run_figures(manifest)
    stats = manifest.get("stats") or {}
    section = manifest.get("report") if isinstance(manifest.get("report"), dict) else None
    if section is None:  # a run made before the report existed
        checks = None
        exit_code = expected_exit(stats, [])
        errors = {f"fetch/failed/{k}": {"count": v, "examples": []}
                  for k, v in under(stats, "fetch/failed/").items()}
        errors.update({f"http/{k}": {"count": v, "examples": []}
                       for k, v in under(stats, "httperror/response_ignored_status_count/").items()})
    else:
        checks = section.get("checks")
        exit_code = section.get("exit") or expected_exit(stats, checks or [])
        errors = section.get("errors") or {}
    timeline = (section or {}).get("timeline")
    throughput = None
    if timeline and timeline.get("step"):
        step = float(timeline["step"])
        per_minute = 60.0 / step
        throughput = line_chart(
            {"pages/min": [v * per_minute for v in timeline.get("pages", [])],
             "records/min": [v * per_minute for v in timeline.get("records", [])]},
            x_label=f"seconds since start (one point per {step:g} s)", x_step=step)
    copies = {"by_evidence": {}, "originals": [], "originals_total": 0,
              **((section or {}).get("copies") or {})}
    hosts = (section or {}).get("hosts") or {}
    by_host = hosts.get("by_host") or {}
    return {
        "title": f"Run {figures['run_id']} ({figures['spider']})",
        "run": figures,
        "arguments": manifest.get("arguments") or {},
        "output_uri": manifest.get("output_uri"),
        "exit": exit_code,
        "has_report": section is not None,
        "charts": {
            "dropped": bar_chart(figures["dropped"]),
            "removed": bar_chart(figures["removed"]),
            "dom": bar_chart(figures["dom"]),
            "languages": bar_chart(figures["languages"]),
            "evidence": bar_chart(copies.get("by_evidence") or {}),
            "throughput": throughput,
        },
        "examples": (section or {}).get("examples") or {},
        "copies": copies,
        "hosts_busiest": [{"host": h, **by_host[h]} for h in hosts.get("busiest", []) if h in by_host],
        "hosts_failing": [{"host": h, **by_host[h]} for h in hosts.get("failing", []) if h in by_host],
        "hosts_total": hosts.get("total"),
        "errors": errors,
        "checks": checks,
        "objects": manifest.get("objects") or [],
    }


def index_page(manifests: list[dict], history: int) -> dict:
    """Everything runs/index.html shows: one row per run, newest first, trends over the last runs."""
    runs = sorted((run_figures(m) for m in manifests), key=lambda r: (r["started_at"] or "", r["run_id"]))
    for run, manifest in zip(runs, sorted(manifests, key=lambda m: (m.get("started_at") or "",
                                                                       m.get("run_id", "?")))):
        section = manifest.get("report") if isinstance(manifest.get("report"), dict) else None
        stats = manifest.get("stats") or {}
        run["exit"] = (section or {}).get("exit") or expected_exit(stats, [])
    recent = runs[-history:] if history > 0 else runs
    labels = [r["run_id"] for r in recent]

    def trend(name, values, percent=False):
        return line_chart({name: values}, labels=labels, percent=percent)

    return {
        "title": "Crawl history",
        "runs": list(reversed(runs)),
        "history": len(recent),
        "charts": {
            "records": trend("records stored", [r["records"] for r in recent]),
            "drop_rate": trend("drop rate", [r["drop_rate"] for r in recent], percent=True),
            "error_rate": trend("error rate", [r["error_rate"] for r in recent], percent=True),
            "removals": trend("removals per record", [r["removals_per_record"] for r in recent]),
            "copies": trend("copies linked", [r["copies"] for r in recent]),
        },
    }


# -- charts: geometry here, markup in templates/charts.html -----------------------------

BAR_HEIGHT = 22
BAR_GAP = 6
LABEL_WIDTH = 190
BAR_AREA = 330
VALUE_WIDTH = 70


def bar_chart(values: dict[str, float]) -> dict | None:
    """Horizontal bars, one per key, longest first. None when there is nothing to draw."""
    rows = sorted(((str(k), v) for k, v in values.items() if v), key=lambda kv: (-kv[1], kv[0]))
    if not rows:
        return None
    top = max(v for _, v in rows)
    bars = []
    for number, (label, value) in enumerate(rows):
        y = number * (BAR_HEIGHT + BAR_GAP)
        bars.append({"label": label, "value": value, "y": y, "text_y": y + BAR_HEIGHT * 0.7,
                     "width": max(1.0, round(BAR_AREA * value / top, 1))})
    height = len(rows) * (BAR_HEIGHT + BAR_GAP)
    return {"kind": "bars", "width": LABEL_WIDTH + BAR_AREA + VALUE_WIDTH, "height": height,
            "label_width": LABEL_WIDTH, "bar_height": BAR_HEIGHT, "bars": bars,
            "value_x": LABEL_WIDTH + 6}


CHART_W, CHART_H, PAD_L, PAD_B, PAD_T, PAD_R = 600, 220, 56, 34, 12, 12


def nice_top(value: float) -> float:
    """The axis top: 1, 2, 2.5 or 5 times a power of ten, at or above value."""
    if value <= 0:
        return 1.0
    magnitude = 10 ** math.floor(math.log10(value))
    for factor in (1, 2, 2.5, 5, 10):
        if value <= factor * magnitude * (1 + 1e-9):
            return factor * magnitude
    return value


def line_chart(series: dict[str, list[float]], *, labels: list[str] | None = None,
               x_label: str = "", x_step: float | None = None, percent: bool = False) -> dict | None:
    """Lines (with points) over a shared x axis. None when no series has a point."""
    length = max((len(v) for v in series.values()), default=0)
    if length == 0:
        return None
    top = nice_top(max((max(v) for v in series.values() if v), default=0))
    inner_w, inner_h = CHART_W - PAD_L - PAD_R, CHART_H - PAD_T - PAD_B

    def x(i):
        return round(PAD_L + (inner_w * i / (length - 1) if length > 1 else inner_w / 2), 1)

    def y(v):
        return round(PAD_T + inner_h * (1 - v / top), 1)

    def fmt(v):
        return f"{v * 100:.0f}%" if percent else (f"{v:g}" if v < 10 else f"{v:,.0f}")

    lines = []
    for number, (name, values) in enumerate(series.items()):
        points = [{"x": x(i), "y": y(v), "value": fmt(v), "label": (labels[i] if labels else None)}
                  for i, v in enumerate(values)]
        lines.append({"name": name, "style": number % 3,
                      "path": " ".join(f"{p['x']},{p['y']}" for p in points), "points": points})
    ticks = [{"y": y(top * f), "label": fmt(top * f)} for f in (0, 0.25, 0.5, 0.75, 1)]
    if labels:
        shown = sorted({0, length - 1, *range(0, length, max(1, length // 4))})
        x_ticks = [{"x": x(i), "label": labels[i][:9]} for i in shown]
    else:
        shown = sorted({0, length - 1, *range(0, length, max(1, length // 5))})
        x_ticks = [{"x": x(i), "label": f"{i * (x_step or 1):g}"} for i in shown]
    return {"kind": "lines", "width": CHART_W, "height": CHART_H, "lines": lines, "ticks": ticks,
            "x_ticks": x_ticks, "x_label": x_label, "left": PAD_L, "right": CHART_W - PAD_R,
            "bottom": CHART_H - PAD_B, "top": PAD_T, "dots": length <= 60}


# -- rendering -------------------------------------------------------------------------


def safe_href(url) -> str | None:
    """A URL fit for href: http(s) only (never javascript:, data:, ...)."""
    if not isinstance(url, str):
        return None
    try:
        scheme = urlsplit(url.strip()).scheme.lower()
    except ValueError:
        return None
    return url if scheme in ("http", "https") else None


RUN_ID = re.compile(r"^[0-9A-Za-z][0-9A-Za-z._-]*$")


def run_href(run_id) -> str | None:
    """The relative link to a run's page, for run ids of our own shape only."""
    return f"{run_id}.html" if isinstance(run_id, str) and RUN_ID.match(run_id) else None


def number(value) -> str:
    if isinstance(value, float) and not value.is_integer():
        return f"{value:,.2f}"
    try:
        return f"{int(value):,}".replace(",", "\u202f")
    except (TypeError, ValueError):
        return str(value)


def percent(value) -> str:
    try:
        return f"{float(value) * 100:.1f}%"
    except (TypeError, ValueError):
        return "?"


def seconds(value) -> str:
    if value is None:
        return "?"
    value = float(value)
    if value < 120:
        return f"{value:.0f} s"
    if value < 7200:
        return f"{value / 60:.1f} min"
    return f"{value / 3600:.1f} h"


def environment():
    from jinja2 import Environment, PackageLoader, StrictUndefined, select_autoescape  # noqa: PLC0415

    env = Environment(loader=PackageLoader("crawler.run", "templates"),
                      autoescape=select_autoescape(["html"], default=True),
                      undefined=StrictUndefined, trim_blocks=True, lstrip_blocks=True)
    env.filters.update(safe_href=safe_href, run_href=run_href, number=number, percent=percent, seconds=seconds)
    return env


def render_report(manifest: dict) -> str:
    return environment().get_template("report.html").render(page=report_page(manifest))


def render_index(manifests: list[dict], history: int = 30) -> str:
    return environment().get_template("index.html").render(page=index_page(manifests, history))
