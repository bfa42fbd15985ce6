"""The run report and the history page, opened in a real headless Chromium.

A crawl of local sites (a demo publisher, and a site of ours whose article
title holds a <script>) writes runs/<run_id>.html and runs/index.html; the
pages are opened from disk and what they show is compared with the manifest.
"""

from __future__ import annotations

import concurrent.futures
import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

from scrapy.utils.defer import deferred_f_from_coro_f

from crawler.demo.server import Resource, SiteServer, html
from crawler.demo.sites import article_head, esc, page
from crawler.run.report import Timeline, dom_removals, render_index, render_report
from crawler.spiders.aggregator import AggregatorSpider
from crawler.spiders.articles import ArticlesSpider
from tests.conftest import REPO, crawl

CHROMIUM = "/usr/bin/chromium"
ARTIFACTS = REPO / "data" / "test-artifacts"
HOSTILE_TITLE = "<script>window.__pwned=1</script>Storm closes the harbour road"
PARAGRAPHS = (
    "The coast road below the harbour wall was closed on Tuesday evening after waves carried "
    "shingle and seaweed across both lanes, the county roads office said.",
    "Crews expect to clear the stones by Thursday, but the road will stay shut until engineers "
    "have checked the sea wall, which was repaired only two winters ago.",
    "Buses between the old town and the ferry terminal run on the inland route meanwhile, "
    "adding about a quarter of an hour to each trip.",
)



def hostile_site() -> SiteServer:
    server = SiteServer()
    base = server.base_url
    body = (f"<main><article><h1>{esc(HOSTILE_TITLE)}</h1>\n"
            + "\n".join(f"<p>{esc(p)}</p>" for p in PARAGRAPHS) + "\n</article></main>")
    server.routes.update({
        "/": html(page("Harbour Road News", '<main><ul>'
                       '<li><a href="/news/storm.html">storm</a></li>'
                       '<li><a href="/news/missing.html">missing</a></li>'
                       '<li><a href="/private/secret.html">secret</a></li></ul></main>',
                       head='<meta property="og:type" content="website">')),
        "/robots.txt": Resource(b"User-agent: *\nDisallow: /private/\n", content_type="text/plain"),
        "/news/storm.html": html(page(HOSTILE_TITLE, body, head=article_head(
            HOSTILE_TITLE, base + "/news/storm.html", "Road Desk", "2026-11-20", base + "/news/storm.html"))),
    })
    return server


# -- the browser ---------------------------------------------------------------------


def open_in_chromium(path: Path, screenshot: Path | None = None, width: int = 1100) -> dict:
    """Opens a local page; returns what the DOM shows, console errors and every request made.

    Runs Playwright's sync API in a thread of its own (the test's asyncio
    reactor owns this one)."""

    def run():
        from playwright.sync_api import sync_playwright

        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
            try:
                view = browser.new_page(viewport={"width": width, "height": 900})
                requests, errors = [], []
                view.on("request", lambda r: requests.append(r.url))
                view.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
                view.on("pageerror", lambda e: errors.append(str(e)))
                view.goto(path.as_uri())
                view.wait_for_load_state("load")
                shown = view.evaluate("""() => ({
                    metrics: Object.fromEntries([...document.querySelectorAll('[data-metric]')]
                        .map(e => [e.dataset.metric, e.textContent.trim()])),
                    charts: [...document.querySelectorAll('svg.chart')].map(s => {
                        const r = s.getBoundingClientRect();
                        const marks = [...s.querySelectorAll('rect, polyline, circle')].map(m => {
                            const b = m.getBoundingClientRect(); return [b.width, b.height]; });
                        return {label: s.getAttribute('aria-label'), width: r.width, height: r.height,
                                marks};
                    }),
                    pwned: typeof window.__pwned,
                    scripts: document.querySelectorAll('script').length,
                    handlers: [...document.querySelectorAll('*')].filter(
                        e => [...e.attributes].some(a => a.name.startsWith('on'))).length,
                    text: document.body.innerText,
                    hrefs: [...document.querySelectorAll('a[href]')].map(a => a.getAttribute('href')),
                    rows: [...document.querySelectorAll('tr[data-run]')].map(r => r.dataset.run),
                    overflow: document.documentElement.scrollWidth > window.innerWidth,
                })""")
                if screenshot is not None:
                    screenshot.parent.mkdir(parents=True, exist_ok=True)
                    view.screenshot(path=str(screenshot), full_page=True)
                return {**shown, "requests": requests, "errors": errors}
            finally:
                browser.close()

    with concurrent.futures.ThreadPoolExecutor(1) as pool:
        return pool.submit(run).result(timeout=90)


def as_int(text: str) -> int:
    return int(re.sub(r"[^\d]", "", text))


def assert_self_contained(shown: dict, path: Path) -> None:
    assert shown["requests"] == [path.as_uri()]  # nothing but the file itself
    assert shown["errors"] == []
    assert shown["pwned"] == "undefined"
    assert shown["scripts"] == 0 and shown["handlers"] == 0
    assert shown["charts"], "no chart"
    for chart in shown["charts"]:
        assert chart["width"] > 0 and chart["height"] > 0, chart
        assert any(w > 0 and h > 0 for w, h in chart["marks"]), chart  # bars, lines or dots drawn


def manifests_in(folder: Path) -> dict[str, dict]:
    return {p.stem: json.loads(p.read_text(encoding="utf-8")) for p in sorted(folder.glob("runs/*.json"))}


# -- a crawl, its report and the history, in the browser ---------------------------------


@deferred_f_from_coro_f
async def test_report_and_index_in_chromium_show_the_manifest(demo_sites, tmp_path):
    harbour = demo_sites.publishers["harbour"]
    with hostile_site() as hostile:
        settings = {"ALLOW_PRIVATE_HOSTS": f"{demo_sites.allow_hosts},{hostile.netloc}",
                    "REPORT_EXAMPLES": 5}  # every headline_repeat example, the hostile one too
        result = await crawl(ArticlesSpider, tmp_path, settings,
                             start_urls=f"{harbour.base_url}/,{hostile.base_url}/")
    [(run_id, manifest)] = manifests_in(tmp_path).items()
    stats = manifest["stats"]
    # the crawl itself: 4 harbour stories and the hostile one stored
    assert stats["item_scraped_count"] == 5
    # 2 robots.txt, 2 home pages, 4 harbour stories, the storm, harbour's about page, the 404
    assert stats["response_received_count"] == 11
    assert {k: v for k, v in stats.items() if k.startswith("item_dropped_reasons_count/")} == {
        "item_dropped_reasons_count/NotArticle": 3}
    assert stats["robotstxt/forbidden"] == 2
    assert result.by_url()[hostile.base_url + "/news/storm.html"]["title"] == HOSTILE_TITLE

    section = manifest["report"]
    assert sum(section["timeline"]["records"]) == 5
    assert sum(section["timeline"]["pages"]) == 11
    shown_examples = section["examples"]["headline_repeat"]
    assert sorted(e["text"] for e in shown_examples) == sorted(r["title"] for r in result.records)
    assert {e["url"] for e in shown_examples} == {r["url"] for r in result.records}
    assert len(section["examples"]["cookie_banner"]) == 1  # one banner text on all four pages
    host = section["hosts"]["by_host"][hostile.netloc]
    assert host["statuses"] == {"200": 3, "404": 1}
    assert host["failures"] == {"robotstxt/forbidden": 1}
    assert host["records"] == 1 and host["dropped"] == {"NotArticle": 1}
    assert section["errors"]["http/404"] == {"count": 1, "examples": [hostile.base_url + "/news/missing.html"]}
    assert [c["held"] for c in section["checks"]] == [None, None]
    assert section["exit"]["code"] == 0

    report = tmp_path / "runs" / f"{run_id}.html"
    shown = open_in_chromium(report, ARTIFACTS / "report.png")
    assert_self_contained(shown, report)
    metrics = shown["metrics"]
    assert as_int(metrics["records"]) == stats["item_scraped_count"] == 5
    assert as_int(metrics["pages"]) == stats["response_received_count"]
    assert {k: as_int(v) for k, v in metrics.items() if k.startswith("dropped/")} == {
        "dropped/" + k.split("/", 1)[1]: v for k, v in stats.items()
        if k.startswith("item_dropped_reasons_count/")}
    removed = {k.split("/", 2)[2]: v for k, v in stats.items() if k.startswith("cleaning/removed/")}
    assert removed == {"cookie_banner": 4, "headline_repeat": 5}
    assert {k.split("/", 1)[1]: as_int(v) for k, v in metrics.items() if k.startswith("removed/")} == removed
    assert as_int(metrics["robots"]) == 2
    assert as_int(metrics["error/http/404"]) == 1
    assert metrics["exit_code"] == "0" and metrics["finish_reason"] == "finished"
    # the hostile title is shown as text, and its page is linked
    assert HOSTILE_TITLE in shown["text"]
    assert hostile.base_url + "/news/storm.html" in shown["hrefs"]
    charts = {c["label"] for c in shown["charts"]}
    assert {"pages not stored by reason", "pages and records per minute over the run",
            "lines removed by rule", "records by language"} <= charts

    # on a phone: one column, nothing wider than the screen
    phone = open_in_chromium(report, ARTIFACTS / "report-phone.png", width=390)
    assert not phone["overflow"]

    index = tmp_path / "runs" / "index.html"
    shown = open_in_chromium(index, ARTIFACTS / "index.png")
    assert_self_contained(shown, index)
    assert shown["rows"] == [run_id]
    assert as_int(shown["metrics"]["records"]) == 5
    assert f"{run_id}.html" in shown["hrefs"]


def test_hostile_manifest_text_and_urls_stay_inert(tmp_path):
    """Whatever a manifest holds (page text, URLs, even its run id) is shown as text."""
    evil = '"><img src=x onerror="window.__pwned=2"><script>window.__pwned=3</script>'
    manifest = {
        "run_id": "x.html\"><script>window.__pwned=4</script>", "spider": evil,
        "arguments": {"start_urls": "javascript:window.__pwned=5"}, "output_uri": evil,
        "started_at": "2026-11-22T07:00:00Z", "finished_at": "2026-11-22T07:05:00Z",
        "finish_reason": evil, "objects": [],
        "stats": {"item_scraped_count": 2, "response_received_count": 3,
                  f"cleaning/removed/{evil}": 1, f"item_dropped_reasons_count/{evil}": 1,
                  f"language/{evil}": 2, "extract/dom/share_bar": 4, "dom/share_bar": 1},
        "report": {
            "version": 1, "checks": [], "exit": {"code": 0, "why": evil},
            "timeline": {"step": 1.0, "pages": [1, 2], "records": [0, 2]},
            "examples": {evil: [{"text": evil, "url": "javascript:window.__pwned=6", "title": evil}]},
            "copies": {"by_evidence": {evil: 1},
                       "originals": [{"url": f"https://example.org/{evil}", "copies": 1, "stored": False}],
                       "originals_total": 1},
            "hosts": {"busiest": [evil], "failing": [], "total": 1,
                      "by_host": {evil: {"requests": 3, "statuses": {"200": 3}, "records": 2,
                                         "dropped": {evil: 1}, "failures": {evil: 1}, "failing": 1}}},
            "errors": {evil: {"count": 1, "examples": ["data:text/html,<script>window.__pwned=7</script>"]}},
        },
    }
    report = tmp_path / "report.html"
    report.write_text(render_report(manifest), encoding="utf-8")
    index = tmp_path / "index.html"
    index.write_text(render_index([manifest]), encoding="utf-8")
    for path in (report, index):
        shown = open_in_chromium(path)
        assert_self_contained(shown, path)
        assert evil in shown["text"]
        # only http(s) URLs become links; no link to the run id's odd "page"
        assert all(not h.lower().startswith(("javascript:", "data:")) for h in shown["hrefs"])
        assert all("script" not in h for h in shown["hrefs"] if not h.startswith("https://example.org/"))
    assert "javascript:window.__pwned=6" in open_in_chromium(report)["text"]


# -- older manifests and `scrapy report` ---------------------------------------------------


@deferred_f_from_coro_f
async def test_scrapy_report_rebuilds_pages_also_for_manifests_without_a_report(demo_sites, tmp_path):
    out = tmp_path / "out"
    harbour = demo_sites.publishers["harbour"]
    await crawl(ArticlesSpider, out, {"ALLOW_PRIVATE_HOSTS": demo_sites.allow_hosts},
                urls_file=_urls_file(tmp_path, [harbour.base_url + "/news/" + p for p in _harbour_paths()]))
    [(run_id, manifest)] = manifests_in(out).items()
    # as a run made before the report existed wrote it
    del manifest["report"]
    (out / "runs" / f"{run_id}.json").write_text(json.dumps(manifest), encoding="utf-8")
    (out / "runs" / f"{run_id}.html").unlink()
    (out / "runs" / "index.html").unlink()
    env = {"PATH": "/usr/bin:/bin", "OUTPUT_SPOOL_DIR": str(tmp_path / "spool")}
    run = subprocess.run([sys.executable, "-m", "scrapy", "report", str(out), run_id], cwd=REPO,
                         capture_output=True, text=True, timeout=60, env=env)
    assert run.returncode == 0, run.stderr[-2000:]
    assert run.stdout.strip() == f"{out}/runs/{run_id}.html"
    run = subprocess.run([sys.executable, "-m", "scrapy", "report", str(out)], cwd=REPO,
                         capture_output=True, text=True, timeout=60, env=env)
    assert run.returncode == 0 and run.stdout.strip() == f"{out}/runs/index.html", run.stderr[-2000:]
    missing = subprocess.run([sys.executable, "-m", "scrapy", "report", str(out), "20260101T000000Z-000000"],
                             cwd=REPO, capture_output=True, text=True, timeout=60, env=env)
    assert missing.returncode == 1 and "no manifest for run" in missing.stderr

    report = out / "runs" / f"{run_id}.html"
    shown = open_in_chromium(report)
    assert_self_contained(shown, report)
    assert as_int(shown["metrics"]["records"]) == manifest["stats"]["item_scraped_count"] == 2
    assert "made before run reports existed" in shown["text"]
    assert "The thresholds were not recorded for this run." in shown["text"]
    index = out / "runs" / "index.html"
    assert open_in_chromium(index)["rows"] == [run_id]


def _harbour_paths() -> list[str]:
    from crawler.demo.sites import load_stories

    return [f"{s.slug}.html" for s in load_stories()[0] if s.publisher == "harbour"][:2]


def _urls_file(tmp_path: Path, urls: list[str]) -> str:
    path = tmp_path / "urls.txt"
    path.write_text("\n".join(urls) + "\n")
    return str(path)


# -- S3: the pages land in the bucket, and the index lists every run ---------------------------



@deferred_f_from_coro_f
async def test_s3_reports_land_in_the_bucket_and_the_second_index_lists_both_runs(demo_sites, moto, bucket, tmp_path):
    client = moto.client()
    settings = {"AWS_ENDPOINT_URL": moto.endpoint, "OUTPUT_SPOOL_DIR": str(tmp_path / "spool"),
                "ALLOW_PRIVATE_HOSTS": demo_sites.allow_hosts, "INCREMENTAL_ENABLED": False}
    first = await crawl(AggregatorSpider, f"s3://{bucket}/news", settings,
                        start_urls=demo_sites.hub.base_url + "/")
    second = await crawl(AggregatorSpider, f"s3://{bucket}/news", settings,
                         start_urls=demo_sites.hub.base_url + "/")
    keys = sorted(o["Key"] for o in client.list_objects_v2(Bucket=bucket, Prefix="news/runs/")["Contents"])
    run_ids = sorted(k[len("news/runs/"):-len(".json")] for k in keys if k.endswith(".json"))
    assert len(run_ids) == 2
    assert keys == sorted([*(f"news/runs/{r}.json" for r in run_ids), *(f"news/runs/{r}.html" for r in run_ids),
                           "news/runs/index.html"])
    assert first.stats["report/written"] == second.stats["report/written"] == 2
    folder = tmp_path / "pages"
    folder.mkdir()
    for key in keys:
        if key.endswith(".html"):
            obj = client.get_object(Bucket=bucket, Key=key)
            assert obj["ContentLength"] > 0
            (folder / key.rsplit("/", 1)[1]).write_bytes(obj["Body"].read())
    index = folder / "index.html"
    shown = open_in_chromium(index)
    assert_self_contained(shown, index)
    assert shown["rows"] == list(reversed(run_ids))  # newest first
    assert [as_int(v) for k, v in shown["metrics"].items() if k == "records"] == [16]  # (one key per page)
    for run_id in run_ids:
        report = folder / f"{run_id}.html"
        page_shown = open_in_chromium(report)
        assert_self_contained(page_shown, report)
        assert as_int(page_shown["metrics"]["records"]) == 16
        assert as_int(page_shown["metrics"]["copies"]) == 8
    # the spool is empty: everything, the pages too, was delivered
    assert not [p for p in (tmp_path / "spool").rglob("*") if p.is_file() and "locks" not in p.parts]


# -- pieces ---------------------------------------------------------------------------------------


def test_timeline_keeps_a_bounded_number_of_buckets():
    now = [0.0]
    timeline = Timeline(clock=lambda: now[0])
    for second in range(1000):
        now[0] = second + 0.5
        timeline.add("pages")
        if second % 2:
            timeline.add("records")
    shape = timeline.as_dict()
    assert shape["step"] == 8.0  # 1 s doubled until 1000 s fit in 240 buckets
    assert len(shape["pages"]) == len(shape["records"]) == 125
    assert sum(shape["pages"]) == 1000 and sum(shape["records"]) == 500


def test_dom_removals_match_any_key_ending_in_dom_rule():
    assert dom_removals({"dom/share_bar": 2, "extract/dom/share_bar": 3, "extract/dom/site_header": 1,
                         "domain/x": 5, "dom/a/b": 9}) == {"share_bar": 5, "site_header": 1}


def test_chromium_binary_is_what_the_tests_use():
    assert shutil.which("chromium") == CHROMIUM
