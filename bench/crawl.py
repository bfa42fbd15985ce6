"""Crawl throughput: extraction in worker processes vs in the crawl's own process.

python -m bench.crawl [--pages N] [--corpus PATH]

Serves N article pages on 127.0.0.1 (the labelled corpus pages if --corpus
is given, else the demo stories repeated), crawls them with `scrapy crawl
articles` as a user would, once with EXTRACT_WORKERS=0 (extraction on the
reactor thread) and once with the default pool, and prints pages/s of each
and the ratio, measured in the same run on the same pages. Also reports
the peak memory of each crawl process.
"""

from __future__ import annotations

import argparse
import gzip
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from crawler.demo.server import SiteServer, html

REPO = Path(__file__).resolve().parents[1]


def corpus_pages(path: Path, limit: int) -> list[bytes]:
    files = sorted(path.glob("pages/*.html")) or sorted(path.glob("html/*.html.gz"))
    pages = []
    for file in files[:limit]:
        raw = gzip.decompress(file.read_bytes()) if file.suffix == ".gz" else file.read_bytes()
        pages.append(raw)
    return pages


def demo_pages(count: int) -> list[bytes]:
    # the demo sites are only needed when demo pages are asked for
    from crawler.demo.sites import article_head, esc, load_stories, page, paragraphs_html  # noqa: PLC0415

    stories = load_stories()[0]
    out = []
    for n in range(count):
        story = stories[n % len(stories)]
        body = (f"<main><article><h1>{esc(story.title)} {n}</h1>"
                f"{paragraphs_html(f'{p} ({n})' for p in story.paragraphs)}</article></main>")
        head = article_head(story.title, f"/p/{n}.html", story.author, story.published, f"/p/{n}.html")
        out.append(page(story.title, body, lang=story.language, head=head).encode())
    return out


def crawl(site: SiteServer, count: int, workers: int) -> tuple[float, float, str]:
    with tempfile.TemporaryDirectory() as scratch:
        urls = Path(scratch) / "urls.txt"
        urls.write_text("\n".join(f"{site.base_url}/p/{n}.html" for n in range(count)))
        started = time.perf_counter()
        run = subprocess.Popen(
            [sys.executable, "-m", "scrapy", "crawl", "articles", "-a", f"urls_file={urls}",
             "-s", f"ALLOW_PRIVATE_HOSTS={site.netloc}", "-s", "AUTOTHROTTLE_ENABLED=False",
             "-s", "CONCURRENT_REQUESTS_PER_DOMAIN=16", "-s", f"EXTRACT_WORKERS={workers}",
             "-s", "INCREMENTAL_ENABLED=False", "-s", "LOG_LEVEL=WARNING", "-s", "ROBOTSTXT_OBEY=False"],
            cwd=REPO, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
            env={**os.environ, "OUTPUT_URI": f"{scratch}/out", "OUTPUT_SPOOL_DIR": f"{scratch}/spool"},
        )
        stderr = run.stderr.read()
        # wait4 gives this crawl's own peak RSS (its process and the workers it reaped)
        _, status, usage = os.wait4(run.pid, 0)
        elapsed = time.perf_counter() - started
        if os.waitstatus_to_exitcode(status) != 0:
            raise SystemExit(f"crawl failed:\n{stderr[-3000:]}")
        return elapsed, usage.ru_maxrss / 1024, stderr


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.crawl", description=__doc__.split("\n\n")[0])
    parser.add_argument("--pages", type=int, default=300)
    parser.add_argument("--corpus", type=Path, help="serve a labelled corpus's pages instead")
    args = parser.parse_args(argv)
    bodies = corpus_pages(args.corpus, args.pages) if args.corpus else demo_pages(args.pages)
    with SiteServer() as site:
        for n, body in enumerate(bodies):
            site.routes[f"/p/{n}.html"] = html(body.decode("utf-8", "replace"))
        inline, inline_mem, _ = crawl(site, len(bodies), workers=0)
        pooled, pooled_mem, _ = crawl(site, len(bodies), workers=-1)
    source = f"corpus {args.corpus}" if args.corpus else "demo stories"
    print(f"\n# Crawl throughput, {len(bodies)} pages ({source}), {os.cpu_count()} cores\n")
    print("| extraction | seconds | pages/s | peak RSS of a crawl process (MiB) |")
    print("| --- | ---: | ---: | ---: |")
    print(f"| in the crawl process (EXTRACT_WORKERS=0) | {inline:.1f} | {len(bodies) / inline:.1f} | {inline_mem:.0f} |")
    print(f"| worker pool (EXTRACT_WORKERS=-1) | {pooled:.1f} | {len(bodies) / pooled:.1f} | {pooled_mem:.0f} |")
    print(f"\npool / in-process throughput: x{inline / pooled:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
