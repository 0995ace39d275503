"""A spider loader that adds one spider per registry source: `scrapy crawl pedaily`, `scrapy list`."""
from __future__ import annotations

from scrapy.spiderloader import SpiderLoader

from crawler import defaults
from crawler.sources import SourceError, load_sources


class SourceSpiderLoader(SpiderLoader):
    """The project's spiders, plus a spider named after each source in RONGZI_SOURCES."""

    def __init__(self, settings):
        super().__init__(settings)
        from crawler.spiders import SourceSpider

        path = settings.get("RONGZI_SOURCES", defaults.RONGZI_SOURCES)
        try:
            sources = load_sources(path)
        except SourceError:
            return  # `scrapy crawl news` reports the broken registry itself
        for source in sources:
            if source.name in self._spiders:
                continue
            parent = SourceSpider.INDEX_PARSERS[source.kind]
            self._spiders[source.name] = type(
                f"{parent.__name__}_{source.name}".replace("-", "_"), (parent,),
                {"name": source.name, "kind": source.kind, "default_sources": source.name,
                 "__doc__": f"{source.title or source.name} ({source.kind})"},
            )
