"""Every benchmark and evaluation in one go: `python bench/run_all.py [--quick]`.

--quick shrinks the store benchmark to 100,000 events (the default merges 1,000,000), the
concurrent writers to 2 rounds and the kill/resume runs to 3 kills.
"""
from __future__ import annotations

import platform
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def main() -> int:
    quick = "--quick" in sys.argv[1:]
    print(f"machine: {platform.machine()}, {platform.processor() or 'cpu'}, Python {platform.python_version()}")
    steps = [
        ["-m", "extract.evaluate"],
        [str(HERE / "extract_speed.py")],
        [str(HERE / "extract_coverage.py"), "--misses", "0"],
        [str(HERE / "extract_negatives.py")],
        [str(HERE / "article_eval.py")],
        [str(HERE / "merge_eval.py")],
        [str(HERE / "investor_eval.py")],
        [str(HERE / "store_speed.py"), "--events", "100000" if quick else "1000000"],
        [str(HERE / "incremental_memory.py")],
        [str(HERE / "crawl_speed.py")],
        [str(HERE / "concurrent_writers.py"), *(["--rounds", "2"] if quick else [])],
        [str(HERE / "kill_resume.py"), *(["--kills", "3"] if quick else [])],
    ]
    failed = 0
    for step in steps:
        print(f"\n$ python {' '.join(Path(s).name if s.endswith('.py') else s for s in step)}", flush=True)
        failed += subprocess.run([sys.executable, *step], cwd=HERE.parent).returncode != 0
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
