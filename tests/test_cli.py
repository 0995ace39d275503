"""The `rongzi` console script, run from an empty folder outside the checkout."""
from __future__ import annotations

import os
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest
from sqlite_utils import Database

from tests.conftest import ROOT

DEMO_EVENTS = 8


def run_rongzi(*args: str, cwd: Path, env: dict | None = None, timeout: int = 180):
    """`rongzi ARGS` in `cwd`: the console script's entry point in a fresh process, importing this checkout."""
    entry = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["scripts"]["rongzi"]
    module, function = entry.split(":")
    code = f"import sys; sys.argv[0] = 'rongzi'; from {module} import {function}; {function}()"
    full_env = {**os.environ, "PYTHONPATH": str(ROOT), **(env or {})}
    if "RONGZI_DB" not in (env or {}):
        full_env.pop("RONGZI_DB", None)
    full_env.pop("SCRAPY_SETTINGS_MODULE", None)
    return subprocess.run([sys.executable, "-c", code, *args], cwd=cwd, env=full_env, capture_output=True,
                          text=True, timeout=timeout)


@pytest.fixture
def elsewhere(tmp_path):
    """An empty folder with no scrapy.cfg in it or above it."""
    folder = tmp_path / "analyst"
    folder.mkdir()
    assert not any((parent / "scrapy.cfg").exists() for parent in [folder, *folder.parents])
    return folder


def events(db: Path) -> int:
    store = Database(db)
    try:
        return store.execute("SELECT count(*) FROM events").fetchone()[0]
    finally:
        store.close()


def test_the_console_script_is_declared():
    scripts = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["scripts"]
    assert scripts == {"rongzi": "crawler.cli:main"}


def test_crawl_demo_then_report_from_an_empty_folder(elsewhere):
    crawl = run_rongzi("crawl", "demo", "-L", "WARNING", cwd=elsewhere)
    assert crawl.returncode == 0, crawl.stderr[-2000:]
    assert events(elsewhere / "rongzi.db") == DEMO_EVENTS  # the store where the user stands
    report = run_rongzi("report", cwd=elsewhere)
    assert report.returncode == 0, report.stderr
    assert f"{DEMO_EVENTS} events from 2021-12-27 to 2021-12-29" in report.stdout
    folder = elsewhere / "report-2021-12-27-2021-12-29"
    assert {p.name for p in folder.iterdir()} >= {"report.md", "report.html", "quarters.csv", "quarters.png"}
    assert sorted(p.name for p in elsewhere.iterdir()) == ["report-2021-12-27-2021-12-29", "rongzi.db"]


def test_db_option_and_environment_name_the_store(elsewhere):
    crawl = run_rongzi("crawl", "demo", "--db", "first.db", "-L", "WARNING", cwd=elsewhere)
    assert crawl.returncode == 0, crawl.stderr[-2000:]
    assert events(elsewhere / "first.db") == DEMO_EVENTS and not (elsewhere / "rongzi.db").exists()
    other = elsewhere / "sub" / "second.db"
    other.parent.mkdir()
    crawl = run_rongzi("crawl", "demo", "-L", "WARNING", cwd=elsewhere, env={"RONGZI_DB": str(other)})
    assert crawl.returncode == 0, crawl.stderr[-2000:]
    assert events(other) == DEMO_EVENTS
    again = run_rongzi("reextract", "--db=first.db", cwd=elsewhere)
    assert again.returncode == 0, again.stderr
    assert "6 articles re-read" in again.stdout and "0 events added, 0 removed" in again.stdout


def test_every_project_command_and_scrapys_own_are_there(elsewhere):
    result = run_rongzi(cwd=elsewhere)
    assert result.returncode == 0 and "active project: rongzi" in result.stdout, result.stdout
    listed = {line.split()[0] for line in result.stdout.splitlines() if line.startswith("  ") and line.split()}
    ours = {p.stem for p in (ROOT / "crawler" / "commands").glob("*.py") if p.stem != "__init__"}
    assert ours <= listed and {"crawl", "list", "shell", "fetch", "settings"} <= listed
    spiders = run_rongzi("list", cwd=elsewhere)
    assert spiders.returncode == 0 and {"news", "demo", "36kr"} <= set(spiders.stdout.split())
    setting = run_rongzi("settings", "--get", "BOT_NAME", cwd=elsewhere)
    assert setting.stdout.strip() == "rongzi"


def test_report_help_and_a_missing_db_path_are_plain(elsewhere):
    help_ = run_rongzi("report", "--help", cwd=elsewhere)
    assert help_.returncode == 0 and "--region" in help_.stdout
    missing = run_rongzi("report", "--db", cwd=elsewhere)
    assert missing.returncode != 0 and missing.stderr.strip() == "rongzi: --db needs a path"
