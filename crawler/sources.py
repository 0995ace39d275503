"""Reading the source registry (crawler/sources.toml)."""
from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from pathlib import Path

KINDS = ("rss", "sitemap", "list", "json")


class SourceError(ValueError):
    """The registry is malformed or names an unknown source."""


@dataclass
class Source:
    name: str
    kind: str
    start_urls: list[str]
    allowed_domains: list[str] = field(default_factory=list)
    title: str = ""
    enabled: bool = True
    selectors: dict = field(default_factory=dict)


def load_sources(path: str | Path) -> list[Source]:
    try:
        data = tomllib.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise SourceError(f"cannot read source registry {path}: {exc}") from exc
    sources = []
    for entry in data.get("source", []):
        try:
            source = Source(**entry)
        except TypeError as exc:
            raise SourceError(f"bad source entry {entry.get('name', '?')} in {path}: {exc}") from exc
        if source.kind not in KINDS:
            raise SourceError(f"source {source.name}: kind must be one of {', '.join(KINDS)}, not {source.kind!r}")
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
