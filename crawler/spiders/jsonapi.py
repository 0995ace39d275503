"""JSON endpoints (创业邦, 亿欧, 新浪财经 roll API) and JSON embedded in pages (36氪 融资快报)."""
from __future__ import annotations

import json
import re

from crawler.spiders.base import SourceSpider


def json_of(response, source) -> object:
    """The response's JSON, or the JSON a page script assigns to `source.embedded_var`."""
    text = response.body.decode(response.encoding if hasattr(response, "encoding") else "utf-8", "replace")
    if source.embedded_var:
        m = re.search(re.escape(source.embedded_var) + r"\s*=\s*", text)
        if not m:
            raise ValueError(f"no {source.embedded_var} in the page")
        try:
            data, _ = json.JSONDecoder().raw_decode(text[m.end():])
        except (ValueError, RecursionError) as exc:
            raise ValueError(f"{source.embedded_var} is not JSON: {exc}") from exc
        return data
    try:
        return json.loads(text)
    except RecursionError as exc:
        raise ValueError("not JSON: nested too deeply") from exc
    except ValueError as exc:
        raise ValueError(f"not JSON: {exc}") from exc


def at_path(data, path: str):
    """data["a"]["b"][0] for the dotted path 'a.b.0'."""
    for key in filter(None, path.split(".")):
        if isinstance(data, list) and key.isdigit() and int(key) < len(data):
            data = data[int(key)]
        elif isinstance(data, dict) and key in data:
            data = data[key]
        else:
            raise ValueError(f"no {key!r} at {path!r}")
    return data


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
        items = at_path(data, source.items_path)
        if not isinstance(items, list):
            raise ValueError(f"{source.items_path} is not a list")
        entries = []
        for item in items:
            if not isinstance(item, dict):
                continue
            if source.url_template:
                try:
                    url = source.url_template.format(**item)
                except (KeyError, IndexError, ValueError):
                    continue
            else:
                url = str(item.get(source.url_field) or "")
            entries.append({
                "url": response.urljoin(url) if url else "",
                "title": str(item.get(source.title_field) or ""),
                "published": item.get(source.date_field) if source.date_field else "",
                "structured": {k: item[k] for k in source.structured_fields if k in item},
            })
        return entries
