"""Shared fixtures: the loopback server over fixtures/html, paths to the corpora."""
from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import settings

# In CI (CI=true) generated inputs are derandomized, so a green run never depends on luck;
# inputs that once failed are kept in the tests as explicit @example cases.
settings.register_profile("ci", derandomize=True, database=None, print_blob=True)
settings.load_profile("ci" if os.environ.get("CI") else "default")

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


REGISTRY = ROOT / "crawler" / "sources.toml"
TEST_SOURCES = ROOT / "tests" / "data" / "loopback_sources.toml"


def loopback_registry(base_url: str, folder: Path, root: str = "sources", test_sources: bool = True) -> Path:
    """The production registry (crawler/sources.toml) with every host pointing at the loopback server
    (https://36kr.com/feed → <base_url><root>/36kr.com/feed, allowed_domains 127.0.0.1), followed by the
    test-only sources of tests/data/loopback_sources.toml (fault routes, entity bombs…); written to `folder`."""
    from tests.mockserver import rewrite_hosts

    text = REGISTRY.read_text(encoding="utf-8")
    hosts = set(re.findall(r"(?:https?:)?//([a-z0-9-]+(?:\.[a-z0-9-]+)+)", text))
    text = rewrite_hosts(text, base_url, hosts, root)
    text = re.sub(r"^allowed_domains = .*$", 'allowed_domains = ["127.0.0.1"]', text, flags=re.M)
    if test_sources:
        text += "\n" + TEST_SOURCES.read_text(encoding="utf-8").replace("__BASE__", base_url)
    path = folder / "sources.toml"
    path.write_text(text, encoding="utf-8")
    return path


fixture_registry = loopback_registry  # the name the older tests import
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
