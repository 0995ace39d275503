"""The one fetch policy of a crawl: which URLs a link, a redirect or a meta refresh may lead to.

A crawl has a scope: the source's allowed domains and the hosts of its start URLs. A URL is fetched
only when it is http(s) and inside that scope, and never when it points at a loopback, private,
link-local, reserved, multicast or unspecified address from a public start host, however the
address is spelled (127.1, 0177.0.0.1, 0x7f000001, 2130706433, [::ffff:127.0.0.1]) and whatever a
host name resolves to. A start URL that is itself internal (the offline demo, the tests' loopback
server) keeps its crawl on its own host and port; a file: start URL keeps it inside its folder.

RONGZI_PUBLIC_HOSTS (a test knob) lists host:port pairs that count as public although their address
is internal, so the tests' loopback server can play a public news site.
"""
from __future__ import annotations

import ipaddress
import re
from dataclasses import dataclass, field
from urllib.parse import unquote, urlsplit

Address = ipaddress.IPv4Address | ipaddress.IPv6Address

_PART = re.compile(r"0x[0-9a-f]+|0[0-7]*|[1-9][0-9]*")


def _part_value(part: str) -> int:
    if part.startswith("0x"):
        return int(part[2:] or "0", 16)
    return int(part, 8) if len(part) > 1 and part[0] == "0" else int(part)


def numeric_address(host: str) -> Address | None:
    """The IP address a host written as numbers stands for, in any spelling inet_aton accepts
    (127.1, 0177.0.0.1, 0x7f.1, 2130706433) or as IPv6 ([::ffff:127.0.0.1]); None for a name."""
    host = unquote(host).strip().rstrip(".").lower()
    if host.startswith("[") and host.endswith("]"):
        host = host[1:-1]
    if ":" in host:
        try:
            return ipaddress.IPv6Address(host.split("%", 1)[0])
        except ValueError:
            return None
    parts = host.split(".")
    if not 1 <= len(parts) <= 4 or not all(_PART.fullmatch(p) for p in parts):
        return None
    values = [_part_value(p) for p in parts]
    *head, last = values
    if any(v > 255 for v in head) or last >= 256 ** (5 - len(parts)):
        return None
    number = 0
    for v in head:
        number = number * 256 + v
    number = number * 256 ** (5 - len(parts)) + last
    return ipaddress.IPv4Address(number)


def is_internal(address: Address) -> bool:
    """Loopback, private, link-local, reserved, multicast or unspecified, also behind an IPv6 wrapper."""
    if isinstance(address, ipaddress.IPv6Address):
        inner = address.ipv4_mapped or address.sixtofour or (address.teredo[1] if address.teredo else None)
        if inner is None and address.packed[:12] == bytes(12) and int(address) > 1:
            inner = ipaddress.IPv4Address(int(address) & 0xFFFFFFFF)  # deprecated IPv4-compatible ::a.b.c.d
        if inner is not None and is_internal(inner):
            return True
    return (address.is_private or address.is_loopback or address.is_link_local or address.is_reserved
            or address.is_multicast or address.is_unspecified or not address.is_global)


def _netloc(parts) -> str:
    host = (parts.hostname or "").lower()
    try:
        port = parts.port
    except ValueError:
        port = None
    port = port or {"http": 80, "https": 443}.get(parts.scheme)
    return f"{host}:{port}"


def _is_local_name(host: str) -> bool:
    return host in ("localhost", "localhost.localdomain") or host.endswith(".localhost")


@dataclass
class Scope:
    """Where one source's crawl may go. `refusal` says why a URL is out of it, or None."""

    start_urls: list[str]
    allowed_domains: list[str] = field(default_factory=list)
    public_hosts: frozenset[str] = frozenset()

    def __post_init__(self):
        self.domains = [d.lower().strip().lstrip(".") for d in self.allowed_domains if d.strip()]
        self.starts = [urlsplit(u) for u in self.start_urls]
        self.internal_starts = {_netloc(p) for p in self.starts if p.scheme in ("http", "https")
                                and self.host_is_internal(p)}
        self.file_roots = [p.path.rsplit("/", 1)[0] + "/" for p in self.starts if p.scheme == "file"]

    def host_is_internal(self, parts, names: bool = True) -> bool:
        """Whether a URL's host is internal by its spelling alone; `names`: count localhost as internal
        (for a start URL; a link's host name is checked once resolved)."""
        if _netloc(parts) in self.public_hosts:
            return False
        host = (parts.hostname or "").lower()
        address = numeric_address(host)
        return (names and _is_local_name(host)) if address is None else is_internal(address)

    def refusal(self, url: str) -> str | None:
        """Why `url` may not be fetched in this scope, or None when it may."""
        try:
            parts = urlsplit(url)
            parts.port  # noqa: B018 - raises ValueError on a port out of range
        except ValueError as exc:
            return f"malformed URL ({exc})"
        scheme = parts.scheme.lower()
        if scheme == "file" and self.file_roots:
            if ".." in parts.path.split("/") or not any(parts.path.startswith(r) for r in self.file_roots):
                return "file: URL outside the start folder"
            return None
        if scheme not in ("http", "https"):
            return f"scheme {scheme or 'none'}: is not http(s)"
        host = (parts.hostname or "").lower()
        if not host:
            return "no host"
        netloc = _netloc(parts)
        if self.internal_starts or self.file_roots:
            # an internal start host (demo, loopback tests): the crawl never leaves it
            return None if netloc in self.internal_starts else f"{netloc} is not the start host"
        if self.host_is_internal(parts, names=False):
            return f"{host} is an internal address"
        start_hosts = {(p.hostname or "").lower() for p in self.starts}
        if self.domains and host not in start_hosts and not any(host == d or host.endswith("." + d)
                                                                for d in self.domains):
            return f"{host} is outside the allowed domains"
        return None

    def resolved_refusal(self, url: str, addresses: list[str]) -> str | None:
        """Why `url` may not be fetched given the addresses its host name resolves to, or None."""
        parts = urlsplit(url)
        if self.internal_starts or self.file_roots or _netloc(parts) in self.public_hosts:
            return None
        for text in addresses:
            try:
                address = ipaddress.ip_address(text.split("%", 1)[0])
            except ValueError:
                continue
            if is_internal(address):
                return f"{parts.hostname} resolves to the internal address {address}"
        return None


def needs_resolving(url: str) -> str | None:
    """The host name of an http(s) URL that must be resolved before the check is complete, or None."""
    parts = urlsplit(url)
    host = (parts.hostname or "").lower()
    if parts.scheme not in ("http", "https") or not host or numeric_address(host) is not None:
        return None
    return host


def public_hosts(settings) -> frozenset[str]:
    """RONGZI_PUBLIC_HOSTS of Scrapy settings (or a list of host:port) as a set of host:port."""
    if hasattr(settings, "getlist"):
        from crawler import defaults

        values = settings.getlist("RONGZI_PUBLIC_HOSTS", defaults.RONGZI_PUBLIC_HOSTS)
    else:
        values = list(settings or [])
    hosts = set()
    for value in values:
        value = value.strip().lower()
        if value:
            hosts.add(_netloc(urlsplit(value if "//" in value else "http://" + value)))
    return frozenset(hosts)
