"""The fetch policy on its own: numeric spellings of internal addresses, scopes, resolved names."""
from __future__ import annotations

import ipaddress

import pytest

from crawler.fetchpolicy import Scope, is_internal, numeric_address, public_hosts

LOOPBACK = ipaddress.IPv4Address("127.0.0.1")


@pytest.mark.parametrize("host", ["127.0.0.1", "127.1", "0177.0.0.1", "0x7f000001", "0x7f.1", "2130706433",
                                  "017700000001", "127.0.0.1.", "0x7F.0.0.1"])
def test_every_spelling_of_loopback_is_read_as_loopback(host):
    assert numeric_address(host) == LOOPBACK


@pytest.mark.parametrize("host", ["[::1]", "[::ffff:127.0.0.1]", "[::ffff:7f00:1]", "[::127.0.0.1]", "10.1.2.3",
                                  "172.16.0.1", "192.168.1.1", "169.254.169.254", "[fe80::1]", "0.0.0.0", "0",
                                  "224.0.0.1", "240.0.0.1", "100.64.0.1", "[fc00::1]", "[2002:7f00:1::]"])
def test_internal_addresses_in_any_form(host):
    address = numeric_address(host)
    assert address is not None and is_internal(address), host


@pytest.mark.parametrize("host", ["36kr.com", "www.pedaily.cn", "256.1.1.1", "1.2.3.4.5", "0x", "127.0.0.1x"])
def test_names_and_impossible_numbers_are_names(host):
    assert numeric_address(host) is None


def test_public_addresses_are_not_internal():
    assert not is_internal(numeric_address("8.8.8.8"))
    assert not is_internal(numeric_address("[2001:4860:4860::8888]"))


PUBLIC = Scope(["https://news.pedaily.cn/"], ["pedaily.cn"])


@pytest.mark.parametrize("url, reason", [
    ("https://news.pedaily.cn/202112/1.shtml", None),
    ("https://www.pedaily.cn/a.html", None),
    ("http://evil.com/a.html", "evil.com is outside the allowed domains"),
    ("http://notpedaily.cn/a.html", "notpedaily.cn is outside the allowed domains"),
    ("file:///etc/passwd", "scheme file: is not http(s)"),
    ("ftp://news.pedaily.cn/x", "scheme ftp: is not http(s)"),
    ("data:text/html,hi", "scheme data: is not http(s)"),
    ("http://127.1/", "127.1 is an internal address"),
    ("http://0x7f000001:8080/", "0x7f000001 is an internal address"),
    ("http://[::ffff:169.254.169.254]/latest/meta-data", "::ffff:169.254.169.254 is an internal address"),
    ("http://news.pedaily.cn:99999/", "malformed URL"),
])
def test_a_public_scope(url, reason):
    found = PUBLIC.refusal(url)
    assert found == reason if reason is None else found.startswith(reason), found


def test_no_allowed_domains_still_refuses_internal_addresses():
    scope = Scope(["https://example.com/list"])
    assert scope.refusal("https://other.example.org/a") is None
    assert scope.refusal("http://2130706433/") == "2130706433 is an internal address"


def test_a_loopback_start_keeps_the_crawl_on_its_host_and_port():
    scope = Scope(["http://127.0.0.1:8000/index.html"])
    assert scope.refusal("http://127.0.0.1:8000/a.html") is None
    assert scope.refusal("http://127.0.0.1:8001/a.html") == "127.0.0.1:8001 is not the start host"
    assert scope.refusal("http://127.1:8000/a.html") == "127.1:8000 is not the start host"
    assert scope.refusal("https://36kr.com/p/1") == "36kr.com:443 is not the start host"
    assert scope.refusal("file:///etc/passwd") == "scheme file: is not http(s)"


def test_a_file_start_keeps_the_crawl_in_its_folder():
    scope = Scope(["file:///srv/fixtures/html/index.html"])
    assert scope.refusal("file:///srv/fixtures/html/a.html") is None
    assert scope.refusal("file:///etc/passwd") == "file: URL outside the start folder"
    assert scope.refusal("file:///srv/fixtures/html/../../../etc/passwd") == "file: URL outside the start folder"
    assert scope.refusal("http://127.0.0.1/") is not None


def test_public_hosts_knob_makes_a_loopback_host_public():
    scope = Scope(["http://127.0.0.1:8000/"], public_hosts=public_hosts(["127.0.0.1:8000"]))
    assert scope.refusal("http://127.0.0.1:8000/a.html") is None
    assert scope.refusal("http://127.0.0.1:8001/a.html") == "127.0.0.1 is an internal address"
    assert scope.refusal("http://127.0.0.2:8000/a.html") == "127.0.0.2 is an internal address"


def test_resolved_addresses_are_checked_too():
    assert PUBLIC.resolved_refusal("https://news.pedaily.cn/", ["8.8.4.4", "127.0.0.1"]) == \
        "news.pedaily.cn resolves to the internal address 127.0.0.1"
    assert PUBLIC.resolved_refusal("https://news.pedaily.cn/", ["8.8.8.8"]) is None
    assert PUBLIC.resolved_refusal("https://news.pedaily.cn/", ["fe80::1%eth0"]) is not None
