"""Custom scrapy commands: one per file, the file name is the command name."""
