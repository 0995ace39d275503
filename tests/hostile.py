"""A hostile site on loopback for the tests: pages that try to make rongzi fetch, store or log what it must not.

    python tests/hostile.py

Listens on two ports of 127.0.0.1 and prints two lines: the URL of the "public" news site and the URL
of an "internal" server (standing for an intranet or a cloud metadata service). The internal server
answers /secret/<n>.html with a financing article of 内网机密<n>号, so a leak shows up in the store.

The public site:
- /article/<n>.html        an ordinary financing article of 星河<n>科技; /plain/<n>.html the same without title or date
- /list/<name>.html        an index page of links, one of LISTS below ({I} = internal base, {B} = own base)
- /redirect/internal/<n>   302 to {I}secret/<n>.html; /redirect/offsite/<n> 302 to localhost on this port;
  /redirect/file/<n>       302 to file:///etc/passwd
- /refresh/internal/<n>    a meta refresh to {I}secret/<n>.html; /refresh/offsite/<n> to localhost
- /stall/<n>.html          429 with Retry-After: 999999; /retry-once/<n>.html 429 with Retry-After: 3 the first time
- /block/<kind>.html       a block or challenge page as sites serve them (BLOCKS below)
- /quote.html, /quote-cf.html  real short articles that quote 人机验证 / carry Cloudflare's jsd script
- /bomb.html               a gzip decompression bomb (64 MiB of zeros in 64 KiB)
- /huge.html               a 12 MiB page; /undecodable.html a 3 MiB page no charset decodes
- /gbk-latin1.html         a GBK article sent as charset=iso-8859-1
- /sitemap/self.xml        a sitemap index that lists itself and /sitemap/urls.xml
- /api/listing.json        a JSON listing with a lone surrogate title, Infinity, NaN, 1e400 dates, a numeric URL
- /api/deep.json           a JSON listing nested 100,000 levels deep
"""
from __future__ import annotations

import gzip
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

BIG_BOMB = gzip.compress(b"\0" * (64 * 1024 * 1024), compresslevel=9)
UNDECODABLE_MARK = "UNDECODABLE-BODY-MARK"

INTERNAL_SPELLINGS = ("127.1", "0177.0.0.1", "0x7f000001", "2130706433", "[::ffff:127.0.0.1]", "127.0.0.1",
                      "localhost")  # 127.0.0.1 on the internal port: a second port of the start host


def article(name: str, extra: str = "") -> str:
    return (f"<html><head><meta charset='utf-8'><title>{name}完成1亿元A轮融资</title></head><body>"
            f"<h1>{name}完成1亿元A轮融资</h1><div class='content'>"
            f"<p>2024年3月5日，{name}宣布完成1亿元A轮融资，本轮由红杉中国领投，老股东跟投。</p>"
            f"<p>本轮资金将用于产品研发和市场拓展，公司成立于2019年，总部位于杭州。{extra}</p>"
            f"</div></body></html>")


def star(n: int) -> str:
    return article(f"星河{n}科技")


QUOTE = ("<html><head><meta charset='utf-8'><title>云盾智能完成5000万元A轮融资</title></head><body>"
         "<h1>云盾智能完成5000万元A轮融资</h1><div class='content'>"
         "<p>2024年4月2日，网络安全公司云盾智能宣布完成5000万元A轮融资，本轮由深创投领投。</p>"
         "<p>云盾智能的主要产品是人机验证和安全验证服务，用于识别自动化流量，已服务超过300家企业客户。"
         "本轮融资将用于人机验证算法的研发和海外市场的拓展。</p></div></body></html>")
QUOTE_CF = article("闪电9号科技", "<script src='/cdn-cgi/challenge-platform/scripts/jsd/main.js'></script>")

CHALLENGE = "<html><head><title>安全验证</title></head><body>访问过于频繁，请完成安全验证后继续访问。</body></html>"
CF_BLOCKED = ("<html><head><title>Attention Required! | Cloudflare</title></head><body><h1>Sorry, you have been "
              "blocked</h1><h2>You are unable to access this site</h2><p>This website is using a security service "
              "to protect itself from online attacks. The action you just performed triggered the security "
              "solution. There are several actions that could trigger this block including submitting a certain "
              "word or phrase, a SQL command or malformed data.</p><p>You can email the site owner to let them know "
              "you were blocked. Please include what you were doing when this page came up and the Cloudflare Ray "
              "ID found at the bottom of this page.</p></body></html>")
# kind -> (status, page)
BLOCKS = {
    "ttgcaptcha": (200, "<html><head><script src='https://lf3-cdn-tos.bytegoofy.com/obj/goofy/sec_sdk_build/3.1.0/"
                        "captcha/index.js'></script></head><body><div id='captcha_container'></div><script>"
                        "window.TTGCaptcha.init({});window.TTGCaptcha.render();</script></body></html>"),
    "verify-center": (200, "<html><body><script>var verify_data = {\"code\":\"10000\",\"from\":\"verify_center\","
                           "\"subtype\":\"slide\"};</script></body></html>"),
    "challenge-platform": (200, "<html><head><title>请稍候</title></head><body><div id='cf'></div><script "
                                "src='/cdn-cgi/challenge-platform/scripts/jsd/main.js'></script>" + " " * 9000
                                + "</body></html>"),
    "cdn-cgi": (403, "<html><body><form id='challenge-form' action='/cdn-cgi/challenge?__tk=1' method='POST'>"
                     "<input type='hidden' name='r' value='x'></form></body></html>"),
    "just-a-moment": (503, "<html><head><title>Just a moment...</title></head><body><h1>Checking your browser</h1>"
                           "<script>" + "var a=1;" * 2000 + "</script></body></html>"),
    "zhenren": (200, "<html><head><title>提示</title></head><body><p>请验证您是真人</p></body></html>"),
    "wafchallenge": (200, "<html><body><script>document.cookie='_wafchallengeid=x1;path=/';location.reload();"
                          "</script></body></html>"),
    "padded": (200, CHALLENGE.replace("<body>", "<body><!--" + "x" * 9000 + "-->")),
    "attention": (200, CF_BLOCKED),
    "http493": (493, "<html><body>blocked</body></html>"),
    "http412": (412, "<html><body><script>var _0x=1;</script></body></html>"),
}


def link_list(hrefs: list[str]) -> str:
    items = "".join(f"<li><a href='{h}'>{h}</a></li>" for h in hrefs)
    return f"<html><body><ul class='news-list'>{items}</ul></body></html>"


def lists(base: str, internal: str, port: int, internal_port: int) -> dict[str, str]:
    numeric = [f"http://{host}:{internal_port}/secret/{i}.html" for i, host in enumerate(INTERNAL_SPELLINGS, 1)]
    return {
        "numeric": link_list([*numeric, f"{base}article/1.html"]),
        "redirects": link_list([f"{base}redirect/internal/11.html", f"{base}redirect/offsite/12.html",
                                f"{base}redirect/file/13.html", f"{base}refresh/internal/14.html",
                                f"{base}refresh/offsite/15.html", f"{base}article/2.html"]),
        "demo": link_list(["file:///etc/passwd", "/../../../../etc/passwd", f"{internal}secret/21.html",
                           f"http://127.1:{port}/article/22.html", f"{base}redirect/internal/23.html",
                           f"{base}refresh/internal/24.html", f"{base}article/3.html"]),
        "stall": link_list([f"{base}stall/{i}.html" for i in range(1, 21)]),
        "patient": link_list([*(f"{base}article/{i}.html" for i in range(62, 70)), f"{base}retry-once/61.html"]),
        "huge": link_list([f"/article/{i}.html" for i in range(1000, 101000)]),
        "bloat": link_list([f"{base}bomb.html", f"{base}huge.html", f"{base}undecodable.html",
                            f"{base}gbk-latin1.html", f"{base}article/4.html"]),
        "quote": link_list([f"{base}quote.html", f"{base}quote-cf.html"]),
        **{f"block-{kind}": link_list([f"{base}block/{kind}.html"]) for kind in BLOCKS},
    }


def listing_json(base: str) -> bytes:
    items = [
        '{"id": 51, "title": "\\ud800", "ctime": "2024-03-05 10:00", "extra": {"v": NaN, "s": "\\udc00"}}',
        '{"id": 52, "title": "星河52科技完成1亿元A轮融资", "ctime": Infinity}',
        '{"id": 53, "title": "星河53科技完成1亿元A轮融资", "ctime": NaN}',
        '{"id": 54, "title": "星河54科技完成1亿元A轮融资", "ctime": 1e400}',
        '{"id": 55, "title": {"nested": "object"}, "ctime": -Infinity}',
        '{"id": 56, "title": "星河56科技完成1亿元A轮融资", "ctime": 1709604000}',
        '{"id": 57, "title": "星河57科技完成1亿元A轮融资\\udfff", "ctime": "2024-03-05"}',
        '{"id": 58, "title": "星河58科技完成1亿元A轮融资", "ctime": "2024-03-05"}',
        '{"id": 59, "title": "星河59科技完成1亿元A轮融资", "ctime": "2024-03-05"}',
        '{"url": 12345, "title": "a number for a URL"}',
    ]
    return ('{"data": {"list": [' + ", ".join(items) + ']}}').encode()


class Handler(BaseHTTPRequestHandler):
    server_version = "hostile"

    def do_GET(self):
        path = self.path.split("?")[0]
        base, internal = self.server.base, self.server.internal
        if self.server.is_internal:
            if path.startswith("/secret/"):
                n = path.rsplit("/", 1)[-1].split(".")[0]
                return self.send(200, article(f"内网机密{n}号"))
            return self.send(404, "not found")
        parts = path.strip("/").split("/")
        n = parts[-1].split(".")[0]
        if parts[0] == "article":
            return self.send(200, star(int(n)))
        if parts[0] == "plain":  # an article page with neither title nor date: the listing gives them
            return self.send(200, f"<html><body><div class='content'><p>星河{n}科技宣布完成1亿元A轮融资，本轮由红杉中国"
                                  f"领投，老股东跟投。</p><p>本轮资金将用于产品研发和市场拓展，公司总部位于杭州。</p></div>"
                                  f"</body></html>")
        if parts[0] == "list":
            page = lists(base, internal, self.server.port, self.server.internal_port).get(n)
            return self.send(200, page) if page else self.send(404, "no such list")
        if parts[0] == "redirect":
            target = {"internal": f"{internal}secret/{n}.html", "offsite": f"http://localhost:{self.server.port}/"
                      f"article/{n}.html", "file": "file:///etc/passwd"}[parts[1]]
            return self.send(302, "moved", headers={"Location": target})
        if parts[0] == "refresh":
            target = {"internal": f"{internal}secret/{n}.html",
                      "offsite": f"http://localhost:{self.server.port}/article/{n}.html"}[parts[1]]
            return self.send(200, f"<html><head><meta http-equiv='refresh' content='0; url={target}'></head>"
                                  f"<body>跳转中</body></html>")
        if parts[0] == "retry-once":
            with self.server.lock:
                first = path not in self.server.seen
                self.server.seen.add(path)
            if first:
                return self.send(429, "slow down", headers={"Retry-After": "3"})
            return self.send(200, star(int(n)))
        if parts[0] == "stall":
            return self.send(429, "slow down", headers={"Retry-After": "999999"})
        if parts[0] == "block":
            status, page = BLOCKS[n]
            return self.send(status, page)
        if path == "/quote.html":
            return self.send(200, QUOTE)
        if path == "/quote-cf.html":
            return self.send(200, QUOTE_CF)
        if path == "/bomb.html":
            return self.send(200, BIG_BOMB, headers={"Content-Encoding": "gzip"})
        if path == "/huge.html":
            return self.send(200, "<html><body><p>" + "很长的页面。" * (12 * 1024 * 1024 // 18) + "</p></body></html>")
        if path == "/undecodable.html":
            body = b"<html><head><title>" + UNDECODABLE_MARK.encode() + b"</title></head><body><p>"
            return self.send(200, body + b"\x80\xff" * (1536 * 1024) + b"</p></body></html>")
        if path == "/gbk-latin1.html":
            page = article("蓝云云科技").replace("<meta charset='utf-8'>", "")
            return self.send(200, page.encode("gbk"), content_type="text/html; charset=iso-8859-1")
        if path == "/sitemap/self.xml":
            return self.send(200, "<?xml version='1.0'?><sitemapindex xmlns='http://www.sitemaps.org/schemas/sitemap"
                                  f"/0.9'><sitemap><loc>{base}sitemap/self.xml</loc></sitemap><sitemap><loc>{base}"
                                  "sitemap/urls.xml</loc></sitemap></sitemapindex>", content_type="application/xml")
        if path == "/sitemap/urls.xml":
            return self.send(200, "<?xml version='1.0'?><urlset xmlns='http://www.sitemaps.org/schemas/sitemap/0.9'>"
                                  f"<url><loc>{base}article/31.html</loc></url></urlset>", content_type="application/xml")
        if path == "/api/listing.json":
            return self.send(200, listing_json(base), content_type="application/json")
        if path == "/api/deep.json":
            return self.send(200, '{"data": {"list": ' + "[" * 100000 + "]" * 100000 + "}}",
                             content_type="application/json")
        return self.send(404, "not found")

    def send(self, status: int, body, headers: dict | None = None, content_type: str = "text/html; charset=utf-8"):
        data = body.encode("utf-8") if isinstance(body, str) else body
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(data)))
        for key, value in (headers or {}).items():
            self.send_header(key, value)
        self.end_headers()
        try:
            self.wfile.write(data)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the crawler gave up on a large answer, as it should

    def log_message(self, format, *args):  # keep test output quiet
        pass


def serve() -> None:
    public = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    internal = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    for server, is_internal in ((public, False), (internal, True)):
        server.is_internal = is_internal
        server.port, server.internal_port = public.server_address[1], internal.server_address[1]
        server.base = f"http://127.0.0.1:{server.port}/"
        server.internal = f"http://127.0.0.1:{server.internal_port}/"
        server.daemon_threads = True
        server.seen, server.lock = set(), threading.Lock()
    threading.Thread(target=internal.serve_forever, daemon=True).start()
    print(public.base, flush=True)
    print(public.internal, flush=True)
    public.serve_forever()


if __name__ == "__main__":
    serve()
