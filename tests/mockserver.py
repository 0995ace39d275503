"""A loopback HTTP server for end-to-end tests: serves a folder, prints its URL, runs until killed.

    python tests/mockserver.py fixtures/html

Files whose name contains "gbk" are sent with `charset=gbk` in Content-Type,
the way a GBK-era news site sends them; every other .html file as UTF-8.
In .xml files (feeds) the placeholder __BASE__ becomes the server's own URL,
so feed links point back at this server.
"""
from __future__ import annotations

import functools
import io
import sys
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer


class Handler(SimpleHTTPRequestHandler):
    def guess_type(self, path):
        path = str(path)
        if path.endswith((".html", ".shtml")):
            return "text/html; charset=gbk" if "gbk" in path else "text/html; charset=utf-8"
        return super().guess_type(path)

    def send_head(self):
        if not self.path.split("?")[0].endswith(".xml"):
            return super().send_head()
        path = self.translate_path(self.path.split("?")[0])
        try:
            with open(path, "rb") as f:
                body = f.read()
        except OSError:
            self.send_error(404)
            return None
        host, port = self.server.server_address[:2]
        body = body.replace(b"__BASE__", f"http://{host}:{port}/".encode())
        self.send_response(200)
        self.send_header("Content-Type", "application/rss+xml; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
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
