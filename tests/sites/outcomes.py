"""A small site on 127.0.0.1 where each path ends one way: a stored article, a
redirect, 404, 410, 500, a 203 over HTTP/1.0, a page robots.txt forbids.

Our own text. Used to check that the WARC archive keeps every response as it
was served and that the run summary counts each outcome under its own name.
"""

from __future__ import annotations

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


def article(title: str, sentence: str) -> bytes:
    paragraphs = [f"{sentence} This is paragraph {n} of the story, written for the crawler's tests, "
                  f"and it says again that the harbour ferry timetable changes with the seasons."
                  for n in range(1, 6)]
    return ("<!doctype html><html lang='en'><head><meta charset='utf-8'>"
            f"<title>{title}</title><meta property='og:type' content='article'></head>"
            f"<body><article><h1>{title}</h1>"
            + "".join(f"<p>{p}</p>" for p in paragraphs)
            + "</article></body></html>").encode("utf-8")


STORY = article("The ferry adds a winter crossing", "The harbour ferry will run a seventh crossing.")
MOVED_STORY = article("The pier reopens after repairs", "The old pier opened again on Monday.")
PROXY_STORY = article("A cached copy of the market report", "The market hall reopens in May.")
HOME = (b"<!doctype html><html><head><title>Harbour news</title>"
        b"<meta property='og:type' content='website'></head><body><ul>"
        b"<li><a href='/story.html'>ferry</a></li>"
        b"<li><a href='/moved'>pier</a></li>"
        b"<li><a href='/missing.html'>missing</a></li>"
        b"<li><a href='/gone.html'>gone</a></li>"
        b"<li><a href='/broken.html'>broken</a></li>"
        b"<li><a href='/proxied.html'>market</a></li>"
        b"<li><a href='/private/draft.html'>draft</a></li>"
        b"</ul></body></html>")
ROBOTS = b"User-agent: *\nDisallow: /private/\n"

# path -> (protocol, status, reason, headers, body)
PAGES = {
    "/": ("HTTP/1.1", 200, "OK", [("Content-Type", "text/html; charset=utf-8")], HOME),
    "/robots.txt": ("HTTP/1.1", 200, "OK", [("Content-Type", "text/plain")], ROBOTS),
    "/story.html": ("HTTP/1.1", 200, "OK", [("Content-Type", "text/html; charset=utf-8"),
                                            ("X-Served-By", "harbour-1")], STORY),
    "/moved": ("HTTP/1.1", 301, "Moved Permanently", [("Location", "/pier.html")], b""),
    "/pier.html": ("HTTP/1.1", 200, "OK", [("Content-Type", "text/html; charset=utf-8")], MOVED_STORY),
    "/missing.html": ("HTTP/1.1", 404, "Not Found", [("Content-Type", "text/html")],
                      b"<html><body><h1>Not found</h1></body></html>"),
    "/gone.html": ("HTTP/1.1", 410, "Gone", [("Content-Type", "text/plain")], b"gone for good"),
    "/broken.html": ("HTTP/1.1", 500, "Internal Server Error", [("Content-Type", "text/plain")], b"oops"),
    "/proxied.html": ("HTTP/1.0", 203, "Non-Authoritative Information",
                      [("Content-Type", "text/html; charset=utf-8")], PROXY_STORY),
}


class _Handler(BaseHTTPRequestHandler):
    def do_GET(self):  # noqa: N802 (http.server's name)
        protocol, status, reason, headers, body = PAGES.get(
            self.path, ("HTTP/1.1", 404, "Not Found", [], b""))
        self.protocol_version = protocol  # the status line says what was really spoken
        self.send_response(status, reason)
        for name, value in headers:
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(body)))
        if protocol == "HTTP/1.0":
            self.send_header("Connection", "close")
        self.end_headers()
        self.wfile.write(body)
        self.served.append(self.path)

    def log_message(self, format, *args):  # keep test output quiet
        pass


class OutcomesSite:
    """with OutcomesSite() as site: site.base_url, site.served (paths in order)."""

    def __enter__(self):
        served: list[str] = []
        handler = type("Handler", (_Handler,), {"served": served})
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
        self.served = served
        self.base_url = f"http://127.0.0.1:{self.server.server_address[1]}"
        self.allow_hosts = f"127.0.0.1:{self.server.server_address[1]}"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()
        return self

    def __exit__(self, *exc):
        self.server.shutdown()
        self.server.server_close()
