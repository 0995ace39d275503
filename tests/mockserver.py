"""A loopback HTTP server for end-to-end tests: serves a folder, prints its URL, runs until killed.

    python tests/mockserver.py fixtures/html

- Files whose name contains "gbk" are sent with `charset=gbk` in Content-Type, the way a
  GBK-era news site sends them; other .html/.shtml files (and files without a suffix) as UTF-8.
- In .xml and .json files the placeholder __BASE__ becomes the server's own URL, so feed and
  API links point back at this server.
- /retry-once/<path> answers 429 with `Retry-After: 1` the first time and serves <path> after.
- /blocked/<anything> answers 403 with a challenge page (安全验证 / 访问过于频繁).
- /slow/<path> waits two seconds before serving <path>.
- /fail-once/<path> answers 500 the first time, then serves <path>.
- /reset/<anything> closes the connection without an answer.
- /truncated/<anything> promises more bytes than it sends.
"""
from __future__ import annotations

import functools
import io
import sys
import threading
import time
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer

SEEN: set[str] = set()
LOCK = threading.Lock()
BLOCK_PAGE = "<html><head><title>安全验证</title></head><body>访问过于频繁，请完成安全验证后继续访问。</body></html>"


class Handler(SimpleHTTPRequestHandler):
    def guess_type(self, path):
        path = str(path)
        name = path.rsplit("/", 1)[-1]
        if path.endswith((".html", ".shtml")) or "." not in name:
            return "text/html; charset=gbk" if "gbk" in path else "text/html; charset=utf-8"
        if path.endswith(".json"):
            return "application/json; charset=utf-8"
        if path.endswith(".xml"):
            return "application/xml; charset=utf-8"
        return super().guess_type(path)

    def send_head(self):
        path = self.path.split("?")[0]
        if path.startswith("/blocked/"):
            return self._send(403, BLOCK_PAGE.encode("utf-8"), "text/html; charset=utf-8")
        if path.startswith("/reset/"):
            self.close_connection = True
            self.connection.shutdown(2)
            return None
        if path.startswith("/truncated/"):
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", "100000")
            self.end_headers()
            self.wfile.write("<html><body><p>被截断的页面，".encode("utf-8"))
            self.close_connection = True
            return None
        if path.startswith("/fail-once/"):
            with LOCK:
                first = path not in SEEN
                SEEN.add(path)
            if first:
                return self._send(500, b"internal error", "text/plain")
            self.path = self.path[len("/fail-once"):]
            path = path[len("/fail-once"):]
        if path.startswith("/retry-once/"):
            with LOCK:
                first = path not in SEEN
                SEEN.add(path)
            if first:
                return self._send(429, b"slow down", "text/plain", {"Retry-After": "1"})
            self.path = self.path[len("/retry-once"):]
            path = path[len("/retry-once"):]
        if path.startswith("/slow/"):
            time.sleep(2)
            self.path = self.path[len("/slow"):]
            path = path[len("/slow"):]
        if path.endswith((".xml", ".json")):
            try:
                with open(self.translate_path(path), "rb") as f:
                    body = f.read()
            except OSError:
                self.send_error(404)
                return None
            host, port = self.server.server_address[:2]
            body = body.replace(b"__BASE__", f"http://{host}:{port}/".encode())
            return self._send(200, body, self.guess_type(path))
        return super().send_head()

    def _send(self, status, body, content_type, headers=None):
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        for key, value in (headers or {}).items():
            self.send_header(key, value)
        self.end_headers()
        return io.BytesIO(body)

    def log_message(self, format, *args):  # keep test output quiet
        pass


def serve(root: str) -> None:
    server = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Handler, directory=root))
    host, port = server.server_address[:2]
    print(f"http://{host}:{port}/", flush=True)
    server.serve_forever()


if __name__ == "__main__":
    serve(sys.argv[1] if len(sys.argv) > 1 else ".")
