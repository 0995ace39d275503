"""The Scrapy project: spiders, pipelines, middlewares and commands."""
