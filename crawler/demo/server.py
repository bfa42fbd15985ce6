"""A tiny static web server on 127.0.0.1, port 0, for the demo sites and tests."""

from __future__ import annotations

import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


@dataclass(frozen=True)
class Resource:
    body: bytes
    content_type: str = "text/html; charset=utf-8"
    status: int = 200
    headers: tuple[tuple[str, str], ...] = ()


def html(text: str, **kwargs) -> Resource:
    return Resource(text.encode("utf-8"), **kwargs)


@dataclass
class SiteServer:
    """Serves `routes` (path -> Resource) until stopped; counts hits per path."""

    routes: dict[str, Resource] = field(default_factory=dict)
    hits: Counter = field(default_factory=Counter)
    delay: float = 0.0  # seconds before each answer, to make a crawl slow on purpose

    def __post_init__(self) -> None:
        server = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:  # noqa: N802 (http.server's naming)
                path = self.path.split("?", 1)[0]
                server.hits[path] += 1
                if server.delay:
                    time.sleep(server.delay)
                resource = server.routes.get(path) or Resource(
                    b"<html><body><h1>Not found</h1></body></html>", status=404
                )
                self.send_response(resource.status)
                self.send_header("Content-Type", resource.content_type)
                self.send_header("Content-Length", str(len(resource.body)))
                for name, value in resource.headers:
                    self.send_header(name, value)
                self.end_headers()
                self.wfile.write(resource.body)

            def log_message(self, *args) -> None:
                pass  # the crawler logs what it fetched

        self._httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._httpd.daemon_threads = True
        self._thread = threading.Thread(target=self._httpd.serve_forever, daemon=True)

    @property
    def base_url(self) -> str:
        host, port = self._httpd.server_address[:2]
        return f"http://{host}:{port}"

    @property
    def netloc(self) -> str:
        return self.base_url.split("//", 1)[1]

    def start(self) -> SiteServer:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._httpd.shutdown()
        self._httpd.server_close()

    def __enter__(self) -> SiteServer:
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()
