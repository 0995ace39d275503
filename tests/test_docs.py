"""The README against the code: every command, setting and stat is documented, and every offline command runs."""
from __future__ import annotations

import ast
import os
import re
import shlex
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from tests.conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")
PROGRAMS = ("scrapy", "rongzi", "sqlite-utils", "python", "datasette", "sudo", "export", "curl", "systemctl", "pip")
STATS_CALLS = {"inc_value", "set_value", "get_value", "max_value", "min_value"}

# README commands that the docs test does not run, by prefix, with the reason.
NOT_RUN = {
    "scrapy crawl news": "fetches the real outlets",
    "rongzi crawl news": "fetches the real outlets",
    "scrapy crawl pedaily": "fetches the real outlet",
    "scrapy ingest": "needs Redis; tests/test_distributed.py runs it against a loopback redis-server",
    "rongzi ingest": "needs Redis; tests/test_distributed.py runs it against a loopback redis-server",
    "datasette ": "a server; tests/test_datasette.py starts it on loopback",
    "sudo ": "changes the machine",
    "export ": "sets the shell's environment for the commands after it",
    "curl ": "talks to a scrapyd server",
    "systemctl ": "changes the machine",
    "python -m pip install": "installs the package (what CI does first)",
    "python -m pytest": "the test suite itself",
    "python -m extract events [FILE]": "a synopsis; tests/test_extract_cli.py runs it",
    "python -m extract article FILE.html": "a synopsis; tests/test_extract_cli.py runs it",
    "python -m extract.evaluate": "reads the corpora for minutes; tests/test_eval_gate.py runs it",
    "python bench/": "benchmarks read the corpora or crawl thousands of pages and print figures",
}


def code_lines() -> list[str]:
    """Command lines of the README's indented code blocks, in order."""
    lines, previous_blank, in_block, in_fence = [], True, False, False
    for line in README.splitlines():
        if line.startswith("```"):
            in_fence = not in_fence
            continue
        if in_fence:
            continue
        if line.startswith("    ") and (previous_blank or in_block):
            in_block = True
            text = line.strip()
            if text.split(" ", 1)[0] in PROGRAMS:
                lines.append(text)
        elif line.strip():
            in_block = False
        previous_blank = not line.strip()
    return lines


def not_run(line: str) -> str | None:
    return next((reason for prefix, reason in NOT_RUN.items() if line.startswith(prefix)), None)


def python_strings(folder: str) -> list[ast.AST]:
    return [node for path in (ROOT / folder).rglob("*.py") for node in ast.walk(ast.parse(path.read_text("utf-8")))]


def test_the_readme_has_commands_to_run():
    lines = [shlex.join(argv(line)[0]) for line in code_lines()]
    assert "scrapy crawl demo" in lines and "rongzi report" in lines
    assert len([line for line in lines if not not_run(line)]) >= 15


def test_every_command_is_documented():
    commands = {p.stem for p in (ROOT / "crawler" / "commands").glob("*.py") if p.stem != "__init__"}
    scripts = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["scripts"]
    assert commands >= {"crawl", "report", "reextract", "ingest"}
    for name in commands:
        assert f"scrapy {name}" in README or f"rongzi {name}" in README, f"README never shows the {name} command"
    for script in scripts:
        assert f"`{script}`" in README and f"    {script} " in README, script


def test_every_setting_is_documented():
    names = {m for path in [*(ROOT / "crawler").rglob("*.py"), *(ROOT / "store").rglob("*.py")]
             for m in re.findall(r"\bRONGZI_[A-Z_]+[A-Z]\b", path.read_text(encoding="utf-8"))}
    assert {"RONGZI_DB", "RONGZI_MERGE_WINDOW_DAYS", "RONGZI_REDIS_URL"} <= names
    missing = sorted(n for n in names if n not in README)
    assert not missing, f"settings the README does not name: {missing}"


def stat_names() -> set[str]:
    """Every stat the crawler counts; per-source stats as rongzi/source/<name>/X."""
    names = set()
    for node in python_strings("crawler"):
        if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr in STATS_CALLS
                and node.args):
            continue
        first = node.args[0]
        if isinstance(first, ast.Constant) and isinstance(first.value, str):
            names.add(first.value)
        elif isinstance(first, ast.JoinedStr):
            names.add("".join(v.value if isinstance(v, ast.Constant) else "<name>" for v in first.values))
    return names


def test_every_stat_is_documented():
    names = stat_names()
    assert {"rongzi/articles_stored", "rongzi/source/<name>/requests"} <= names
    missing = []
    for name in sorted(names):
        if name.startswith("rongzi/source/<name>/"):
            documented = f"`{name}`" in README or f"`…/{name.rsplit('/', 1)[1]}`" in README
        else:
            documented = f"`{name}`" in README
        if not documented:
            missing.append(name)
    assert not missing, f"stats the README's table does not list: {missing}"


def argv(line: str) -> tuple[list[str], str | None]:
    """The words of a README command (comments and [optional] parts dropped) and a `> file` target."""
    line = re.sub(r"\s\[[^\]]*\]", "", line)
    words = shlex.split(line, comments=True)
    target = None
    if ">" in words:
        at = words.index(">")
        words, target = words[:at], words[at + 1]
    return words, target


@pytest.fixture(scope="module")
def workdir(tmp_path_factory):
    return tmp_path_factory.mktemp("readme")


def run(words: list[str], cwd: Path):
    env = {**os.environ, "PYTHONPATH": str(ROOT), "SCRAPY_SETTINGS_MODULE": "crawler.settings"}
    env.pop("RONGZI_DB", None)
    program, *rest = words
    if program == "scrapy":  # scrapy inside a project: the project's settings module
        command = [sys.executable, "-m", "scrapy.cmdline", *rest]
    elif program == "rongzi":
        command = [sys.executable, "-c", "import sys; sys.argv[0] = 'rongzi'; from crawler.cli import main; main()",
                   *rest]
    elif program == "sqlite-utils":
        command = [sys.executable, "-m", "sqlite_utils", *rest]
    else:
        raise AssertionError(f"no way to run {words}")
    return subprocess.run(command, cwd=cwd, env=env, capture_output=True, text=True, timeout=300)


def test_every_offline_command_in_the_readme_runs(workdir):
    ran = []
    for line in code_lines():
        if not_run(line):
            continue
        words, target = argv(line)
        result = run(words, workdir)
        assert result.returncode == 0, f"{line}\n{result.stdout[-1500:]}\n{result.stderr[-1500:]}"
        assert "Traceback" not in result.stderr, f"{line}\n{result.stderr[-1500:]}"
        if target:
            (workdir / target).write_text(result.stdout, encoding="utf-8")
        ran.append(line)
    assert (workdir / "rongzi.db").exists() and (workdir / "report-2021q4" / "report.html").exists()
    assert (workdir / "events.csv").read_text(encoding="utf-8").startswith("id,company,")
    assert "ALVA Systems" in (workdir / "events.jsonl").read_text(encoding="utf-8")
    assert len(ran) >= 15
