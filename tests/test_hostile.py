"""The crawler against a hostile site: every bad URL is refused or skipped with a
counted reason, every good article is stored once with its exact text, and
nothing reaches internal addresses. See tests/sites/hostile.py for the site.

The stat names are the crawler's contract for why a URL produced no record:
skip/too_large, skip/not_html, skip/private_address, skip/bad_scheme,
skip/decode_error, skip/redirect_limit, skip/redirect_loop, fetch/failed/<ExceptionClassName>,
extract/timeout, item_dropped_reasons_count/<Reason>, and Scrapy's own
httperror/response_ignored_status_count/<code> and robotstxt/forbidden.
"""

from __future__ import annotations

import gzip
import json
import logging
import os
import re
import resource
import subprocess
import sys
import time
from collections import Counter

import pytest
from scrapy.utils.defer import deferred_f_from_coro_f

from crawler.spiders.articles import ArticlesSpider
from tests.conftest import REPO, crawl, read_jsonl_gz
from tests.sites.hostile import BAD_UTF8, PRIVATE, HostileSites, MiB, gzip_bomb

STORED = "<stored as a record>"  # an allowed outcome that is a record, not a stat

TOO_LARGE = "skip/too_large"
NOT_HTML = "skip/not_html"
PRIVATE_ADDRESS = "skip/private_address"
EMPTY = "item_dropped_reasons_count/ExtractionEmpty"
NOT_ARTICLE = "item_dropped_reasons_count/NotArticle"
REDIRECT_LIMIT = "skip/redirect_limit"
REDIRECT_LOOP = "skip/redirect_loop"


def ignored(status: int) -> str:
    return f"httperror/response_ignored_status_count/{status}"


def expected_outcomes(sites: HostileSites) -> dict[str, set[str]]:
    """Hostile URL -> the stat keys it may legitimately end under (usually one)."""
    url = sites.url
    table = {
        # -- size: all cut at DOWNLOAD_MAXSIZE (1 MiB), whatever the body claims
        url("/huge"): {TOO_LARGE},  # 200 MB, close-delimited: cut while streaming
        url("/fake-length"): {TOO_LARGE},  # Content-Length 10 GB then a stall: refused on the header
        url("/gzip-bomb"): {TOO_LARGE},  # ~1.0 MB on the wire, 1 GiB unpacked
        url("/brotli-bomb"): {TOO_LARGE},  # ~130 KB on the wire, 10 GiB unpacked
        url("/one-line"): {TOO_LARGE},  # 5 MB with Content-Length: over the 1 MiB limit
        # One byte a second under DOWNLOAD_TIMEOUT=3: only the clock can stop it (1 MiB would
        # take 12 days, so skip/too_large is not a legitimate outcome here). Two names for the
        # same timeout: Scrapy 2.19's HTTP/1.1 handler raises scrapy.exceptions.
        # DownloadTimeoutError; Twisted's and asyncio's own timeouts are both named TimeoutError.
        url("/trickle"): {"fetch/failed/DownloadTimeoutError", "fetch/failed/TimeoutError"},
        # -- binary bodies, labelled text/html or labelled honestly
        **{url(p): {NOT_HTML} for p in ("/file.pdf", "/photo.jpg", "/blob",
                                        "/honest/file.pdf", "/honest/photo.jpg", "/honest/blob")},
        # -- nothing to extract
        url("/empty"): {EMPTY},
        url("/blank"): {EMPTY},
        url("/script-only"): {EMPTY},
        # -- text
        # Five invalid sequences in otherwise valid UTF-8 German: dropping the bad bytes gives
        # the exact sentences back (they sit between a full stop and a space), refusing the page
        # is also honest. Anything else (mojibake, U+FFFD) is wrong; the record check below
        # holds a stored /bad-utf8 to its exact text.
        url("/bad-utf8"): {"skip/decode_error", STORED},
        # 50,000 nested <div>s around one short sentence and no declared type: the parser's depth
        # limit either loses the sentence (nothing extracted) or keeps it (a stub, not an article).
        url("/deep"): {EMPTY, NOT_ARTICLE},
        # -- redirects
        # /loop-a <-> /loop-b: the redirect back to /loop-a is a duplicate of the
        # chain's own first URL, dropped by the duplicate filter before any limit.
        url("/loop-a"): {REDIRECT_LOOP},
        url("/chain/1"): {REDIRECT_LIMIT},  # 29 hops, REDIRECT_MAX_TIMES=10
        url("/to-metadata"): {PRIVATE_ADDRESS},  # -> 169.254.169.254
        url("/to-internal"): {PRIVATE_ADDRESS},  # -> 127.0.0.1:<internal port>, not allowed
        url("/to-file"): {"skip/bad_scheme"},  # -> file:///etc/passwd
        f"http://localhost:{sites.internal.port}/named": {PRIVATE_ADDRESS},
        "http://169.254.169.254/latest/meta-data/": {PRIVATE_ADDRESS},
        # -- statuses (429 and 5xx are retried once first)
        **{url(f"/{code}"): {ignored(code)} for code in (404, 410, 429, 500, 503)},
        # -- broken connections. Headers, half the body, then a TCP reset: Scrapy 2.19 reports
        # a body cut short as ResponseDataLossError; Twisted's client, whose error Scrapy may
        # pass through when the reset comes before the body is read, says ResponseFailed.
        url("/reset"): {"fetch/failed/ResponseDataLossError", "fetch/failed/ResponseFailed"},
        # TLS to a port that answers in plain HTTP: the handshake fails before any response.
        # Scrapy 2.19 wraps that as DownloadFailedError; Twisted's own wrapper is
        # ResponseNeverReceived.
        f"https://{sites.main.netloc}/tls/story.html": {"fetch/failed/DownloadFailedError",
                                                        "fetch/failed/ResponseNeverReceived"},
        # -- robots.txt
        url(PRIVATE.path): {"robotstxt/forbidden"},
    }
    assert set(table) == set(sites.hostile_urls), "every hostile URL has a row, and only those"
    return table


def match_outcomes(table: dict[str, set[str]], stats: dict, stored: set[str]) -> dict[str, str] | None:
    """Assign every URL one allowed outcome, each stat count used by one URL at most.

    A bipartite matching (URLs -> units of stat counts): it exists only if the
    stats account for every hostile URL at once, not just for each on its own.
    Returns url -> outcome, or None when no full assignment exists.
    """
    slots = [(key, n) for key in sorted({k for keys in table.values() for k in keys} - {STORED})
             for n in range(int(stats.get(key, 0)))]
    owner: dict[tuple[str, int], str] = {}

    def assign(url: str, seen: set) -> bool:
        for slot in slots:
            if slot[0] in table[url] and slot not in seen:
                seen.add(slot)
                if slot not in owner or assign(owner[slot], seen):
                    owner[slot] = url
                    return True
        return False

    result = {}
    for url in table:
        if STORED in table[url] and url in stored:
            result[url] = STORED
        elif not assign(url, set()):
            return None
    result.update({url: key for (key, _), url in owner.items()})
    return result


# Legacy code pages that UTF-8 bytes get misread as ("Ã©", "Ă¶", "Ð¾" ...).
MOJIBAKE_CODECS = ("cp1252", "cp1250", "cp1251")


def mojibake(value: str) -> str | None:
    """A word that is UTF-8 misread as a legacy code page: re-encoding it in
    that code page gives valid UTF-8 with different characters."""
    for word in re.findall(r"\S*[^\x00-\x7f]\S*", value):
        for codec in MOJIBAKE_CODECS:
            try:
                fixed = word.encode(codec).decode("utf-8")
            except UnicodeError:
                continue
            if fixed != word:
                return word
    return None


def text_problems(value: str | None) -> list[str]:
    problems = []
    if value and "\ufffd" in value:
        problems.append("U+FFFD")
    if value and (word := mojibake(value)):
        problems.append(f"mojibake {word!r}")
    return problems


def settings_for(sites: HostileSites) -> dict:
    return {
        "DOWNLOAD_MAXSIZE": MiB,
        "DOWNLOAD_WARNSIZE": 512 * 1024,
        "DOWNLOAD_TIMEOUT": 3,
        "RETRY_TIMES": 1,
        "REDIRECT_MAX_TIMES": 10,
        "EXTRACT_TIMEOUT": 5,
        "AUTOTHROTTLE_ENABLED": False,
        "ALLOW_PRIVATE_HOSTS": sites.allow_hosts,
    }


@pytest.fixture(scope="module")
def hostile():
    gzip_bomb()  # built once (under a second) before any crawl starts its clock
    with HostileSites() as sites:
        yield sites


def write_urls(sites: HostileSites, path) -> None:
    path.write_text("# good and hostile, each fetched as an article\n"
                    + "\n".join(sites.all_urls()) + "\n", encoding="utf-8")


def log_lines_about(url: str, records: list[logging.LogRecord]) -> list[str]:
    pattern = re.compile(re.escape(url) + r"(?![\w/.-])")
    return [f"{r.levelname} {r.getMessage()}"[:300] for r in records if pattern.search(r.getMessage())]


@deferred_f_from_coro_f
async def test_hostile_site_is_crawled_safely_and_every_bad_url_is_accounted_for(
        hostile, tmp_path, monkeypatch, caplog):
    sites = hostile
    assert len(gzip_bomb()) < MiB, "the gzip bomb must fit under DOWNLOAD_MAXSIZE on the wire"
    from twisted.internet import reactor

    connected: list[tuple[str, int]] = []
    connect_tcp = reactor.connectTCP

    def recording_connect(host, port, *args, **kwargs):
        connected.append((host, port))
        return connect_tcp(host, port, *args, **kwargs)

    monkeypatch.setattr(reactor, "connectTCP", recording_connect)
    caplog.set_level(logging.DEBUG)
    urls_file = tmp_path / "urls.txt"
    write_urls(sites, urls_file)

    started = time.monotonic()
    result = await crawl(ArticlesSpider, tmp_path / "out", settings_for(sites), urls_file=str(urls_file))
    elapsed = time.monotonic() - started
    stats = result.stats
    failures: list[str] = []

    # -- the crawl finished, and in reasonable time
    assert stats.get("finish_reason") == "finished"
    if elapsed > 45:
        failures.append(f"crawl took {elapsed:.0f}s")
    crashes = {k: v for k, v in stats.items() if k.startswith("spider_exceptions/")}
    if crashes:
        failures.append(f"spider callbacks raised: {crashes}")

    # -- nothing reached the internal server or the metadata address
    if sites.internal.hits or sites.internal.connections:
        failures.append(f"internal server reached: {dict(sites.internal.hits)}, "
                        f"{sites.internal.connections} connections")
    assert any(port == sites.main.port for _, port in connected), "connect recorder saw nothing"
    bad_connects = [c for c in connected if c[0] == "169.254.169.254" or c[1] == sites.internal.port]
    if bad_connects:
        failures.append(f"connected to {bad_connects}")
    if sites.main.hits[PRIVATE.path]:
        failures.append("fetched a page robots.txt forbids")

    # -- records: valid UTF-8 JSON lines, each good article exactly once with its exact text
    records = []
    for path in result.files:
        for number, line in enumerate(gzip.decompress(path.read_bytes()).split(b"\n"), 1):
            if not line.strip():
                continue
            try:
                record = json.loads(line.decode("utf-8"))
                json.dumps(record, ensure_ascii=False).encode("utf-8")
            except (UnicodeError, ValueError) as error:
                failures.append(f"{path.name}:{number}: not a valid UTF-8 JSON record: {error}")
                continue
            records.append(record)
    assert records == read_jsonl_gz(result.files)
    counts = Counter(r["url"] for r in records)
    by_url = {r["url"]: r for r in records}
    expected_urls = {sites.stored_url(a): a for a in sites.good}
    for url, article in expected_urls.items():
        if counts[url] != 1:
            lines = log_lines_about(sites.fetch_url(article), caplog.records)
            failures.append(f"good article {url} stored {counts[url]} times; log: {lines[-2:]}")
            continue
        record = by_url[url]
        missing = [p for p in article.paragraphs if p not in record["text"]]
        if missing:
            failures.append(f"{url}: {len(missing)} paragraphs not in the text, first: {missing[0][:80]!r}; "
                            f"text starts {record['text'][:120]!r}")
    for url, article in sites.encoding_pages.items():
        if url in by_url and by_url[url]["title"] != article.title:
            failures.append(f"{url} ({article.encoding}, {article.declared}): title "
                            f"{by_url[url]['title']!r} != {article.title!r}")
    allowed_extra = {sites.url("/bad-utf8")}
    unexpected = set(counts) - set(expected_urls) - allowed_extra
    if unexpected:
        failures.append(f"records for hostile URLs: {sorted(unexpected)}")
    bad_utf8 = by_url.get(sites.url("/bad-utf8"))
    if bad_utf8:
        missing = [p for p in BAD_UTF8.paragraphs if p not in bad_utf8["text"]]
        if missing:
            failures.append(f"/bad-utf8 stored without its exact text: {bad_utf8['text'][:160]!r}")
    for record in records:
        for name in ("text", "title"):
            problems = text_problems(record[name])
            if problems:
                failures.append(f"{record['url']} {name}: {', '.join(problems)}")

    # -- every hostile URL accounted for in stats with a reason
    failures += accounting_failures(expected_outcomes(sites), stats, set(by_url),
                                    lambda url: log_lines_about(url, caplog.records))
    if failures:
        pytest.fail(report(failures, stats), pytrace=False)


def accounting_failures(table: dict[str, set[str]], stats: dict, stored: set[str], log_of) -> list[str]:
    """Each hostile URL must end under one of its keys, all at once (see match_outcomes)."""
    failures = []
    for url, keys in table.items():
        if not [k for k in keys if k in stats or (k == STORED and url in stored)]:
            failures.append(f"{url}: none of {sorted(keys)} counted; log: {log_of(url)[-3:]}")
    if match_outcomes(table, stats, stored) is None:
        need = Counter(k for keys in table.values() if len(keys) == 1 for k in keys)
        short = {k: f"{stats.get(k, 0)} < {n}" for k, n in need.items() if stats.get(k, 0) < n}
        failures.append(f"stats do not account for every hostile URL at once; short: {short}")
        for key in short:
            if stats.get(key):  # some URLs under this key were counted: show what each did
                for url in (u for u, keys in table.items() if keys == {key}):
                    failures.append(f"  {key} shared by {url}; log: {log_of(url)[-2:]}")
    return failures


def report(failures: list[str], stats: dict) -> str:
    outcome = {k: v for k, v in stats.items()
               if k.startswith(("skip/", "fetch/", "extract/", "item_dropped", "httperror/",
                                "robotstxt/", "downloader/exception_type_count", "retry/"))}
    return "\n".join([f"{len(failures)} problems:", *failures,
                      f"outcome stats: {json.dumps(outcome, sort_keys=True, default=str)}"])


def stats_from_log(log: str) -> dict[str, int]:
    """The integer stats of Scrapy's "Dumping Scrapy stats" block (a pprinted dict)."""
    block = log.rsplit("Dumping Scrapy stats:", 1)[-1]
    return {m["key"]: int(m["value"]) for m in re.finditer(
        r"^[{ ]\s*['\"](?P<key>[^'\"]+)['\"]: (?P<value>\d+)[,}]?$", block, re.MULTILINE)}


def test_hostile_crawl_in_a_subprocess_stays_small_and_exits_cleanly(hostile, tmp_path):
    """`scrapy crawl` as a user runs it: peak memory under 1 GB (the bombs and the
    200 MB body are never held), exit code 0, and the same accounting of every URL."""
    sites = hostile
    urls_file = tmp_path / "urls.txt"
    write_urls(sites, urls_file)
    overrides = [f"{name}={value}" for name, value in settings_for(sites).items()]
    command = [sys.executable, "-m", "scrapy", "crawl", "articles", "-a", f"urls_file={urls_file}"]
    for value in overrides:
        command += ["-s", value]
    env = {**os.environ, "OUTPUT_URI": str(tmp_path / "out"), "OUTPUT_SPOOL_DIR": str(tmp_path / "spool")}
    log = tmp_path / "crawl.log"
    with log.open("wb") as stderr:
        run = subprocess.run(command, cwd=REPO, env=env, stdout=subprocess.DEVNULL, stderr=stderr,
                             timeout=120)
    peak_kib = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss  # KiB on Linux
    text = log.read_text(encoding="utf-8", errors="replace")
    tail = text[-3000:]
    assert run.returncode == 0, tail
    assert peak_kib < 1024 * 1024, f"child peak RSS {peak_kib / 1024:.0f} MiB\n{tail}"
    assert sites.internal.hits == {} and sites.internal.connections == 0
    # `scrapy crawl` runs a CrawlerProcess, which installs TWISTED_DNS_RESOLVER and the rest
    # of the process-wide setup the in-process test does not: the contract must hold here too.
    records = read_jsonl_gz((tmp_path / "out").glob("items/articles/dt=*/*.jsonl.gz"))
    counts = Counter(r["url"] for r in records)
    stats = stats_from_log(text)
    assert stats.get("response_received_count"), "no stats dump in the log"
    failures = [f"good article {sites.stored_url(a)} stored {counts[sites.stored_url(a)]} times"
                for a in sites.good if counts[sites.stored_url(a)] != 1]
    lines = text.splitlines()
    failures += accounting_failures(
        expected_outcomes(sites), stats, set(counts),
        lambda url: [line[:300] for line in lines if re.search(re.escape(url) + r"(?![\w/.-])", line)])
    if failures:
        pytest.fail(report(failures, stats), pytrace=False)
