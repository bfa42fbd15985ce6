"""A real S3-compatible server on loopback (moto in server mode), and a switchable
TCP proxy in front of it that can be up, down (connections reset) or hung
(connections accepted, never answered)."""

from __future__ import annotations

import os
import re
import select
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import boto3

CREDENTIALS = {"AWS_ACCESS_KEY_ID": "testing", "AWS_SECRET_ACCESS_KEY": "testing",
               "AWS_DEFAULT_REGION": "us-east-1"}


class MotoServer:
    def __init__(self):
        binary = Path(sys.executable).with_name("moto_server")
        self.process = subprocess.Popen(
            [str(binary), "-H", "127.0.0.1", "-p", "0"],
            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
        )
        deadline = time.monotonic() + 30
        for line in self.process.stdout:
            found = re.search(r"Running on (http://127\.0\.0\.1:\d+)", line)
            if found:
                self.endpoint = found.group(1)
                break
            if time.monotonic() > deadline:
                raise RuntimeError("moto_server did not start")
        else:
            raise RuntimeError("moto_server exited before it started")
        # Keep draining its output so it never blocks on a full pipe.
        threading.Thread(target=self.process.stdout.read, daemon=True).start()
        self.port = int(self.endpoint.rsplit(":", 1)[1])

    def client(self, endpoint: str | None = None):
        return boto3.session.Session(**{
            "aws_access_key_id": CREDENTIALS["AWS_ACCESS_KEY_ID"],
            "aws_secret_access_key": CREDENTIALS["AWS_SECRET_ACCESS_KEY"],
            "region_name": CREDENTIALS["AWS_DEFAULT_REGION"],
        }).client("s3", endpoint_url=endpoint or self.endpoint)

    def stop(self):
        self.process.terminate()
        self.process.wait(timeout=10)


class SwitchableProxy:
    """TCP proxy on 127.0.0.1:0 -> target port. mode: "up", "down" or "hang"."""

    def __init__(self, target_port: int):
        self.target_port = target_port
        self.mode = "up"
        self.requests = 0
        self._server = socket.socket()
        self._server.bind(("127.0.0.1", 0))
        self._server.listen(64)
        self._held: list[socket.socket] = []
        self._stopped = False
        threading.Thread(target=self._accept, daemon=True).start()

    @property
    def endpoint(self) -> str:
        return f"http://127.0.0.1:{self._server.getsockname()[1]}"

    def _accept(self):
        while not self._stopped:
            try:
                client, _ = self._server.accept()
            except OSError:
                return
            self.requests += 1
            if self.mode == "down":
                client.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, b"\x01\x00\x00\x00\x00\x00\x00\x00")
                client.close()  # RST: connection reset by peer
            elif self.mode == "hang":
                self._held.append(client)  # accepted, never answered
            else:
                threading.Thread(target=self._pipe, args=(client,), daemon=True).start()

    def _pipe(self, client: socket.socket):
        upstream = socket.create_connection(("127.0.0.1", self.target_port))
        sockets = [client, upstream]
        try:
            while True:
                readable, _, _ = select.select(sockets, [], [], 30)
                if not readable:
                    return
                for sock in readable:
                    data = sock.recv(65536)
                    if not data:
                        return
                    (upstream if sock is client else client).sendall(data)
        except OSError:
            return
        finally:
            client.close()
            upstream.close()

    def stop(self):
        self._stopped = True
        self._server.close()
        for sock in self._held:
            sock.close()


def set_credentials() -> None:
    os.environ.update(CREDENTIALS)
