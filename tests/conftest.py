"""Shared fixtures: the loopback server over fixtures/html, paths to the corpora."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures" / "html"
CORPORA = ROOT.parent / "shared" / "corpora"


@pytest.fixture(scope="session")
def mockserver():
    """The URL of a loopback HTTP server serving fixtures/html/."""
    proc = subprocess.Popen([sys.executable, str(ROOT / "tests" / "mockserver.py"), str(FIXTURES)],
                            stdout=subprocess.PIPE, text=True)
    try:
        url = proc.stdout.readline().strip()
        assert url.startswith("http://127.0.0.1:"), url
        yield url
    finally:
        proc.kill()
        proc.wait()


def run_scrapy(*args: str, cwd: Path = ROOT, env: dict | None = None, timeout: int = 120):
    """Run the real scrapy CLI in a fresh process (a fresh Twisted reactor)."""
    import os

    full_env = {**os.environ, **(env or {})}
    return subprocess.run([sys.executable, "-m", "scrapy.cmdline", *args], cwd=cwd, env=full_env,
                          capture_output=True, text=True, timeout=timeout)


def fixture_registry(base_url: str, folder: Path) -> Path:
    """fixtures/html/sources/sources.toml with __BASE__ pointing at the loopback server, written to `folder`."""
    text = (FIXTURES / "sources" / "sources.toml").read_text(encoding="utf-8").replace("__BASE__", base_url)
    path = folder / "sources.toml"
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture(scope="session")
def hostile():
    """(public, internal): URLs of the hostile loopback site of tests/hostile.py and of its "internal" server."""
    proc = subprocess.Popen([sys.executable, str(ROOT / "tests" / "hostile.py")], stdout=subprocess.PIPE, text=True)
    try:
        public, internal = proc.stdout.readline().strip(), proc.stdout.readline().strip()
        assert public.startswith("http://127.0.0.1:") and internal.startswith("http://127.0.0.1:"), (public, internal)
        yield public, internal
    finally:
        proc.kill()
        proc.wait()
