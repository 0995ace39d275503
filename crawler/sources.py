"""The source registry (crawler/sources.toml): one entry per outlet, read into Source records."""
from __future__ import annotations

import tomllib
from dataclasses import dataclass, field, fields
from pathlib import Path

KINDS = ("rss", "sitemap", "list", "json")


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
    # article pages
    link_pattern: str = ""  # regex an article URL must match
    selectors: dict = field(default_factory=dict)  # title / body / published CSS selectors of article pages
    date_hint: str = ""  # how list and API dates are written: "epoch", "YYYY-MM-DD HH:MM", "MM-DD" …
    keywords: list[str] = field(default_factory=list)  # keep only entries whose title has one of these
    # list pages
    item_selector: str = ""  # one element per entry
    link_selector: str = "a::attr(href)"
    title_selector: str = "a::text"
    date_selector: str = ""
    # JSON endpoints
    items_path: str = ""  # dotted path to the list of entries: data.posts
    url_field: str = ""  # field holding the article URL
    url_template: str = ""  # or a template filled from the entry: https://…/article/{id}.html
    title_field: str = "title"
    date_field: str = ""
    embedded_var: str = ""  # the JSON sits in a page script: window.__INIT_PROPS__
    structured_fields: list[str] = field(default_factory=list)  # entry fields kept with the article
    success_field: str = ""  # e.g. "code": the response is valid only when it equals success_value
    success_value: str | int | None = None
    # pagination
    page_template: str = ""  # index URL of page {page}; page 1 is the start URL
    next_selector: str = ""  # or a CSS selector of the next-page link
    max_pages: int = 1


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
    return [known[n] for n in wanted]
