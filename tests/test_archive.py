"""The raw archive is WARC/1.1 as archivists' tools expect: checked by warcio's own
CLI and read back with warcio, redirects and errors as they were served."""

import subprocess
import sys
from pathlib import Path

from scrapy.utils.defer import deferred_f_from_coro_f
from warcio.archiveiterator import ArchiveIterator

from crawler.output.archive import KIND_HEADER, pages_from_warc
from crawler.spiders.articles import ArticlesSpider
from tests.conftest import crawl
from tests.sites.outcomes import OutcomesSite

WARCIO = Path(sys.executable).with_name("warcio")


@deferred_f_from_coro_f
async def test_every_response_is_archived_as_served(tmp_path):
    with OutcomesSite() as site:
        result = await crawl(ArticlesSpider, tmp_path / "out",
                             {"ALLOW_PRIVATE_HOSTS": site.allow_hosts, "RETRY_ENABLED": False,
                              "DEPTH_LIMIT": 1, "USER_AGENT": "archive-test (+mailto:test@example.org)"},
                             start_urls=site.base_url + "/")
    (warc,) = sorted((tmp_path / "out").glob("raw/articles/dt=*/*.warc.gz"))
    check = subprocess.run([str(WARCIO), "check", "-v", str(warc)], capture_output=True, text=True, timeout=60)
    assert check.returncode == 0, check.stdout + check.stderr

    with warc.open("rb") as stream:
        records = list((r.rec_type, r.rec_headers, r.http_headers) for r in ArchiveIterator(stream))
    assert records[0][0] == "warcinfo"
    assert all(headers.protocol == "WARC/1.1" for _, headers, _ in records)
    responses = {h.get_header("WARC-Target-URI")[len(site.base_url):]: (h, http)
                 for kind, h, http in records if kind == "response"}
    requests = {h.get_header("WARC-Target-URI")[len(site.base_url):]: http
                for kind, h, http in records if kind == "request"}
    # every response, redirects and errors included; robots.txt too; never the forbidden page
    assert set(responses) == {"/robots.txt", "/", "/story.html", "/moved", "/pier.html", "/missing.html",
                              "/gone.html", "/broken.html", "/proxied.html"}
    served = {path: (http.protocol, http.statusline) for path, (_, http) in responses.items()}
    assert served == {
        "/robots.txt": ("HTTP/1.1", "200 OK"), "/": ("HTTP/1.1", "200 OK"),
        "/story.html": ("HTTP/1.1", "200 OK"), "/moved": ("HTTP/1.1", "301 Moved Permanently"),
        "/pier.html": ("HTTP/1.1", "200 OK"), "/missing.html": ("HTTP/1.1", "404 Not Found"),
        "/gone.html": ("HTTP/1.1", "410 Gone"), "/broken.html": ("HTTP/1.1", "500 Internal Server Error"),
        "/proxied.html": ("HTTP/1.0", "203 Non-Authoritative Information"),
    }
    assert responses["/moved"][1].get_header("Location") == "/pier.html"
    assert responses["/story.html"][1].get_header("X-Served-By") == "harbour-1"
    assert all(h.get_header("WARC-IP-Address") == "127.0.0.1" for h, _ in responses.values())
    # the request line and the headers as sent
    assert requests["/moved"].protocol == "GET" and requests["/moved"].statusline == "/moved HTTP/1.1"
    assert requests["/moved"].get_header("Host") == site.allow_hosts
    assert requests["/moved"].get_header("User-Agent") == "archive-test (+mailto:test@example.org)"
    # only the responses that made pages carry the crawl's headers, and reclean reads only those
    assert {p for p, (h, _) in responses.items() if h.get_header(KIND_HEADER)} == {
        "/", "/story.html", "/pier.html", "/proxied.html"}
    with warc.open("rb") as stream:
        pages = list(pages_from_warc(stream))
    assert sorted(p.url[len(site.base_url):] for p in pages) == ["/", "/pier.html", "/proxied.html",
                                                                  "/story.html"]
    assert result.stats["archive/responses"] == 9 and result.stats["archive/pages"] == 4
