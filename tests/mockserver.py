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
- Virtual hosts: /sources/<host>/<path> serves fixtures/html/sources/<host>/<path> as if it were
  https://<host>/<path>. Every link to such a host in a served page, feed or JSON document
  (https://host/…, //host/…, and root-relative href="/…") points back at this server, the way
  `rewrite_hosts` points the registry's URLs here. A query string picks the file <path>@<query>
  when there is one. /drift/<host>/<path> serves fixtures/html/drift/<host>/<path>, a changed
  layout of the same page, and falls back to the sources/ file when the page did not change.
"""
from __future__ import annotations

import functools
import io
import re
import sys
import threading
import time
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

SEEN: set[str] = set()
LOCK = threading.Lock()
BLOCK_PAGE = "<html><head><title>安全验证</title></head><body>访问过于频繁，请完成安全验证后继续访问。</body></html>"


def rewrite_hosts(text: str, base: str, hosts, root: str = "sources") -> str:
    """Point every http(s):// or // link to one of `hosts` at `base` + root/<host> (base ends with /)."""
    if not hosts:
        return text
    names = "|".join(re.escape(h) for h in sorted(hosts, key=len, reverse=True))
    return re.sub(rf"(?:https?:)?//({names})(?::\d+)?(?=[/\"'?#<\s]|$)",
                  lambda m: f"{base}{root}/{m.group(1)}", text)


def fixture_hosts(root: str) -> set[str]:
    """The virtual hosts: folders of fixtures/html/sources/ named like a host (with a dot)."""
    folder = Path(root) / "sources"
    return {p.name for p in folder.iterdir() if p.is_dir() and "." in p.name} if folder.is_dir() else set()


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
        virtual = re.match(r"/(sources|drift)/([^/]+\.[^/]+)(/.*)?$", path)
        if virtual and virtual.group(2) in fixture_hosts(self.directory):
            return self._send_virtual(virtual.group(1), virtual.group(2), virtual.group(3) or "/")
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

    def _send_virtual(self, root: str, host: str, rest: str):
        """A page of a virtual host, its links to virtual hosts pointing back here."""
        query = self.path.split("?", 1)[1] if "?" in self.path else ""
        folders = [Path(self.directory) / root / host, Path(self.directory) / "sources" / host]
        candidates = []
        for folder in dict.fromkeys(folders):
            target = folder / rest.lstrip("/")
            if target.is_dir():
                if not rest.endswith("/"):  # like a web server: /archives → /archives/
                    self.send_response(301)
                    self.send_header("Location", f"/{root}/{host}{rest}/" + (f"?{query}" if query else ""))
                    self.send_header("Content-Length", "0")
                    self.end_headers()
                    return None
                target = target / "index.html"
            if query:
                candidates.append(target.with_name(f"{target.name}@{query}"))
            candidates.append(target)
        found = next((c for c in candidates if c.is_file()), None)
        if found is None:
            self.send_error(404)
            return None
        body = found.read_bytes()
        content_type = self.guess_type(str(found).split("@")[0])
        if "gbk" not in content_type:
            hostport = "%s:%d" % self.server.server_address[:2]
            text = rewrite_hosts(body.decode("utf-8"), f"http://{hostport}/", fixture_hosts(self.directory), root)
            text = re.sub(r"""((?:href|src)=["'])/(?!/)""", rf"\1/{root}/{host}/", text)
            body = text.encode("utf-8")
        return self._send(200, body, content_type)

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
