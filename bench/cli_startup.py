"""How long the `dsarbot` command takes to answer, next to a bare `python -c pass`.

Targets (issue 12): `dsarbot --help` ≤ 0.3 s and `dsarbot cases list` on an empty (migrated)
database ≤ 0.5 s. Each command runs REPEAT times in a fresh process; the minimum is the figure least
disturbed by other work on the machine, the median shows the spread. Run: `python bench/cli_startup.py`.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPEAT = 9
HERE = Path(__file__).resolve().parent
MAIL = HERE.parent / "tests" / "mails" / "fi-gmail-forward.eml"


def timed(argv: list[str], env: dict[str, str], cwd: str) -> float:
    """Wall-clock seconds of one run of *argv* (it must succeed)."""
    start = time.perf_counter()
    subprocess.run(argv, env=env, cwd=cwd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - start


def measure(label: str, argv: list[str], env: dict[str, str], cwd: str, target: float | None) -> None:
    """Print min / median of REPEAT runs of *argv* and whether the minimum meets *target*."""
    runs = [timed(argv, env, cwd) for _ in range(REPEAT)]
    verdict = "" if target is None else ("  OK" if min(runs) <= target else "  OVER TARGET")
    goal = f"  (target ≤ {target:.1f} s)" if target is not None else ""
    print(f"{label:<42} min {min(runs):.3f} s  median {statistics.median(runs):.3f} s{goal}{verdict}")


def main() -> None:
    """Measure the bare interpreter, `--help`, an empty `cases list`, `deadline` and one `classify`."""
    python = sys.executable
    with tempfile.TemporaryDirectory() as tmp:
        env = {**os.environ, "DSARBOT_DATA_DIR": str(Path(tmp) / "var"), "DSARBOT_CONFIG": "",
               "DSARBOT_SECRET_KEY": "", "DSARBOT_DATABASE_URL": ""}
        env = {k: v for k, v in env.items() if v}
        dsarbot = [python, "-m", "dsarbot"]
        # The first command creates and migrates the database; it is measured separately.
        first = timed([*dsarbot, "cases", "list"], env, tmp)
        print(f"{REPEAT} runs each; {os.cpu_count()} CPU(s); load average {os.getloadavg()[0]:.1f}")
        measure("python -c pass", [python, "-c", "pass"], env, tmp, None)
        measure("dsarbot --help", [*dsarbot, "--help"], env, tmp, 0.3)
        measure("dsarbot cases list (empty database)", [*dsarbot, "cases", "list"], env, tmp, 0.5)
        measure("dsarbot deadline 2026-04-01", [*dsarbot, "deadline", "2026-04-01"], env, tmp, None)
        measure("dsarbot classify ONE.eml", [*dsarbot, "classify", str(MAIL)], env, tmp, None)
        print(f"{'first dsarbot cases list (creates the db)':<42} {first:.3f} s (once)")


if __name__ == "__main__":
    main()
