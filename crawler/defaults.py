"""Every RONGZI_* setting's default, in one place.

A setting (in settings.py, on the command line with -s, or for RONGZI_DB in
the environment) overrides a default only when present.
"""
from pathlib import Path

RONGZI_DB = "rongzi.db"  # the SQLite store, relative to the working directory
RONGZI_MERGE_WINDOW_DAYS = 90  # reports of one company and round this close are one deal
RONGZI_SOURCES = str(Path(__file__).with_name("sources.toml"))  # the source registry
RONGZI_FIXTURES = str(Path(__file__).resolve().parent.parent / "fixtures" / "html")  # the offline demo site
