"""What the crawl benchmarks share: a generated list site served on 127.0.0.1, and one crawl of it."""
from __future__ import annotations

import contextlib
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


@contextlib.contextmanager
def serve(folder: Path):
    """The URL of tests/mockserver.py serving `folder`, for the duration of the block."""
    server = subprocess.Popen([sys.executable, str(ROOT / "tests" / "mockserver.py"), str(folder)],
                              stdout=subprocess.PIPE, text=True)
    try:
        yield server.stdout.readline().strip()
    finally:
        server.kill()
        server.wait()


def crawl_list_site(base: str, folder: Path, db: Path, pages: int, *settings: str) -> None:
    """`scrapy crawl news` over list pages list1.html … list<pages>.html (entries: ul#l > li), politeness off."""
    from tests.sites import registry_entry

    registry = folder / "sources.toml"
    registry.write_text(registry_entry("bench", base, pages), encoding="utf-8")
    command = [sys.executable, "-m", "scrapy.cmdline", "crawl", "news", "-s", f"RONGZI_SOURCES={registry}",
               "-s", f"RONGZI_DB={db}", "-s", "DOWNLOAD_DELAY=0", "-s", "AUTOTHROTTLE_ENABLED=False",
               "-s", "LOG_LEVEL=WARNING"]
    for setting in settings:
        command += ["-s", setting]
    result = subprocess.run(command, cwd=ROOT, capture_output=True, text=True)
    if result.returncode:
        raise SystemExit(result.stderr[-2000:])
