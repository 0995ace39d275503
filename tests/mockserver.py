"""A loopback HTTP server for end-to-end tests: serves a folder, prints its URL, runs until killed.

    python tests/mockserver.py fixtures/html

Files whose name contains "gbk" are sent with `charset=gbk` in Content-Type,
the way a GBK-era news site sends them; every other .html file as UTF-8.
"""
from __future__ import annotations

import functools
import sys
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer


class Handler(SimpleHTTPRequestHandler):
    def guess_type(self, path):
        path = str(path)
        if path.endswith((".html", ".shtml")):
            return "text/html; charset=gbk" if "gbk" in path else "text/html; charset=utf-8"
        return super().guess_type(path)

    def log_message(self, format, *args):  # keep test output quiet
        pass


def serve(root: str) -> None:
    server = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Handler, directory=root))
    host, port = server.server_address[:2]
    print(f"http://{host}:{port}/", flush=True)
    server.serve_forever()


if __name__ == "__main__":
    serve(sys.argv[1] if len(sys.argv) > 1 else ".")
