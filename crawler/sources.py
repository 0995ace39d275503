"""The source registry (crawler/sources.toml): one entry per outlet, read into Source records."""
from __future__ import annotations

import tomllib
from dataclasses import dataclass, field, fields
from pathlib import Path

KINDS = ("rss", "sitemap", "list", "json")
REQUIRES = ("browser", "signature", "token")  # what rongzi does not have; such sources ship disabled
# Fields that may be one value or a list of alternatives tried in order.
ALTERNATIVES = ("item_selector", "link_selector", "title_selector", "date_selector", "items_path", "url_field",
                "title_field", "date_field", "embedded_var")


class SourceError(ValueError):
    """The registry is malformed or names an unknown source."""


@dataclass
class Source:
    """One outlet. Which fields matter depends on `kind`; see the comments in sources.toml."""

    name: str
    kind: str
    start_urls: list[str]
    allowed_domains: list[str] = field(default_factory=list)
    title: str = ""
    enabled: bool = True
    requires: str = ""  # browser | signature | token: what a crawl of it would need (it then ships disabled)
    reason: str = ""  # why the entry is disabled, shown by `scrapy sources`
    # article pages
    link_pattern: str = ""  # regex an article URL must match
    selectors: dict = field(default_factory=dict)  # title / body / published CSS selectors of article pages
    date_hint: str = ""  # how list and API dates are written: "epoch", "YYYY-MM-DD HH:MM", "MM-DD" …
    keywords: list[str] = field(default_factory=list)  # keep only entries whose title has one of these
    max_items: int = 0  # follow at most this many entries of one index page (0: all)
    headers: dict = field(default_factory=dict)  # HTTP headers of index requests: {"Referer": "…"}
    link_hosts: dict = field(default_factory=dict)  # article links on host A are fetched from host B: {A = B}
    # list pages (each selector may be a list of alternatives, tried in order)
    item_selector: str | list = ""  # one element per entry
    link_selector: str | list = "a::attr(href)"
    title_selector: str | list = "a::text"
    date_selector: str | list = ""
    # JSON endpoints (each path may be a list of alternatives, tried in order)
    items_path: str | list = ""  # dotted path to the list of entries: data.posts; **.itemList searches
    url_field: str | list = ""  # field (dotted path) holding the article URL
    url_template: str = ""  # or a template filled from the entry: https://…/article/{id}.html
    route_field: str = ""  # the entry field choosing a template from url_templates by its prefix
    url_templates: dict = field(default_factory=dict)  # route prefix → URL template
    title_field: str | list = "title"
    date_field: str | list = ""
    embedded_var: str | list = ""  # the JSON sits in a page script: window.initialState
    structured_fields: list[str] = field(default_factory=list)  # entry fields kept with the article
    success_field: str = ""  # e.g. "code": the response is valid only when it equals success_value
    success_value: str | int | None = None
    # pagination
    page_template: str = ""  # index URL of page {page}; page 1 is the start URL
    next_selector: str = ""  # or a CSS selector of the next-page link
    max_pages: int = 1

    def __post_init__(self):  # every alternatives field becomes a list, maybe of one
        for name in ALTERNATIVES:
            value = getattr(self, name)
            setattr(self, name, [v for v in value if v] if isinstance(value, list) else [value] if value else [])


FIELD_NAMES = {f.name for f in fields(Source)}


def load_sources(path: str | Path) -> list[Source]:
    """All entries of a registry file. Raises SourceError with the entry and field at fault."""
    try:
        data = tomllib.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise SourceError(f"cannot read source registry {path}: {exc}") from exc
    sources, names = [], set()
    for entry in data.get("source", []):
        name = entry.get("name", "?")
        unknown = set(entry) - FIELD_NAMES
        if unknown:
            raise SourceError(f"source {name} in {path}: unknown field {', '.join(sorted(unknown))}")
        try:
            source = Source(**entry)
        except TypeError as exc:
            raise SourceError(f"source {name} in {path}: {exc}") from exc
        if source.kind not in KINDS:
            raise SourceError(f"source {name}: kind must be one of {', '.join(KINDS)}, not {source.kind!r}")
        if source.requires and source.requires not in REQUIRES:
            raise SourceError(f"source {name}: requires must be one of {', '.join(REQUIRES)}, not {source.requires!r}")
        if source.requires and source.enabled:
            raise SourceError(f"source {name} requires a {source.requires}, which rongzi does not have: "
                              "set enabled = false")
        if source.name in names:
            raise SourceError(f"source {name} is listed twice in {path}")
        names.add(source.name)
        sources.append(source)
    return sources


def pick(sources: list[Source], names: str | None) -> list[Source]:
    """The enabled sources, or those named in a comma-separated list."""
    if not names:
        return [s for s in sources if s.enabled]
    wanted = [n.strip() for n in names.split(",") if n.strip()]
    known = {s.name: s for s in sources}
    unknown = [n for n in wanted if n not in known]
    if unknown:
        raise SourceError(f"unknown source {', '.join(unknown)}; known: {', '.join(known)}")
    needing = [known[n] for n in wanted if known[n].requires]
    if needing:
        s = needing[0]
        raise SourceError(f"source {s.name} requires a {s.requires}, which rongzi does not have"
                          + (f": {s.reason}" if s.reason else ""))
    return [known[n] for n in wanted]
