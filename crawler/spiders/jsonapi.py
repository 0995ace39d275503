"""JSON endpoints (创业邦, 亿欧, 新浪财经 roll API) and JSON embedded in pages (36氪 pitchhub)."""
from __future__ import annotations

import json
import re

from crawler.spiders.base import Drift, SourceSpider


class Missing(LookupError):
    """A dotted path leads nowhere in this document."""


def json_of(response, source) -> object:
    """The response's JSON, or the JSON a page script assigns to one of `source.embedded_var`."""
    if source.embedded_var:
        text = response.text if hasattr(response, "text") else response.body.decode("utf-8", "replace")
        for var in source.embedded_var:
            m = re.search(re.escape(var) + r"\s*=\s*", text)
            if not m:
                continue
            try:
                data, _ = json.JSONDecoder().raw_decode(text[m.end():])
            except (ValueError, RecursionError) as exc:
                raise ValueError(f"{var} is not JSON: {exc}") from exc
            return data
        raise Drift(f"no {' or '.join(source.embedded_var)} in the page")
    try:
        return response.json()
    except RecursionError as exc:
        raise ValueError("not JSON: nested too deeply") from exc
    except (AttributeError, ValueError) as exc:  # not a text response, or not JSON
        raise ValueError(f"not JSON: {exc}") from exc


def at_path(data, path: str):
    """data["a"]["b"][0] for the dotted path 'a.b.0'; '**.key' is the first `key` at any depth."""
    return _walk(data, [k for k in path.split(".") if k], path)


def _walk(data, keys: list[str], path: str):
    for i, key in enumerate(keys):
        if key == "**":
            for node in _nodes(data):
                try:
                    return _walk(node, keys[i + 1:], path)
                except Missing:
                    continue
            raise Missing(f"nothing at {path!r}")
        if isinstance(data, list) and key.isdigit() and int(key) < len(data):
            data = data[int(key)]
        elif isinstance(data, dict) and key in data:
            data = data[key]
        else:
            raise Missing(f"no {key!r} at {path!r}")
    return data


def _nodes(data):
    """Every dict and list inside `data`, depth first, `data` itself first."""
    stack = [data]
    while stack:
        node = stack.pop()
        if isinstance(node, (dict, list)):
            yield node
            children = node.values() if isinstance(node, dict) else node
            stack.extend(reversed([c for c in children if isinstance(c, (dict, list))]))


def first_value(item: dict, paths: list[str]):
    """The first non-empty value at one of `paths` (alternatives in order), or ''."""
    for path in paths:
        try:
            value = at_path(item, path)
        except Missing:
            continue
        if value not in (None, "", [], {}):
            return value
    return ""


def entry_url(item: dict, source) -> str:
    """The URL field's value, else the URL template chosen by the route field, else url_template."""
    url = first_value(item, source.url_field)
    if url:
        return str(url)
    template = source.url_template
    if source.route_field:
        route = str(first_value(item, [source.route_field]))
        template = next((t for prefix, t in source.url_templates.items() if route.startswith(prefix)), template)
    if not template:
        return ""
    try:
        return template.format(**item)
    except (KeyError, IndexError, ValueError, AttributeError):
        return ""


class JsonSpider(SourceSpider):
    """Sources of kind json: items_path leads to the entries; url_field or url_template gives their URLs."""

    name = "json"
    kind = "json"

    @staticmethod
    def entries(response, source) -> list[dict]:
        data = json_of(response, source)
        if source.success_field and isinstance(data, dict) and data.get(source.success_field) != source.success_value:
            raise ValueError(f"{source.success_field} is {data.get(source.success_field)!r}, "
                             f"not {source.success_value!r}")
        items = None
        for path in source.items_path or [""]:
            try:
                found = at_path(data, path)
            except Missing:
                continue
            if isinstance(found, list):
                items = found
                break
        if items is None:
            raise Drift(f"no list at {' or '.join(source.items_path) or 'the top'}")
        entries = []
        for item in items:
            if not isinstance(item, dict):
                continue
            url = entry_url(item, source)
            structured = {}
            for path in source.structured_fields:
                value = first_value(item, [path])
                if value != "":
                    structured[path.rsplit(".", 1)[-1]] = value
            entries.append({
                "url": response.urljoin(url) if url else "",
                "title": str(first_value(item, source.title_field) or ""),
                "published": first_value(item, source.date_field) if source.date_field else "",
                "structured": structured,
            })
        return entries


def json_links(data) -> list[tuple[str, str]]:
    """(link, title) for every string in a JSON document that looks like a web link (http://, https:// or
    //); the title is the longest other short string of the same object, if any."""
    links = []
    for node in _nodes(data):
        values = list(node.values() if isinstance(node, dict) else node)
        texts = [v for v in values if isinstance(v, str) and not v.startswith(("http://", "https://", "//"))
                 and len(v) <= 200] if isinstance(node, dict) else []
        title = max(texts, key=len, default="")
        for value in values:
            if isinstance(value, str) and value.startswith(("http://", "https://", "//")):
                links.append((value, title))
    return links
