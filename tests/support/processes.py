"""dsarbot's own processes started as an operator starts them (`python -m dsarbot …`), for tests that need
several processes on one database or a `kill -9`."""

from __future__ import annotations

import os
import signal
import smtplib
import sqlite3
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

from support.smtp import free_port, wait_until

INFO = "info@kattopojat.example.fi"


def memory_kb(pid: int, field: str = "VmRSS") -> int:
    """A process's resident memory in KiB (`VmRSS` now, `VmHWM` at its peak); 0 when it is gone."""
    try:
        lines = Path(f"/proc/{pid}/status").read_text().splitlines()
    except OSError:
        return 0
    return next((int(line.split()[1]) for line in lines if line.startswith(field + ":")), 0)


def count_rows(db: Path, sql: str) -> int:
    """The one number *sql* selects from the SQLite file *db*; 0 while the file or its tables are not there."""
    try:
        with sqlite3.connect(db, timeout=30) as conn:
            return int(conn.execute(sql).fetchone()[0])
    except sqlite3.Error:
        return 0


def dsarbot_env(tmp_path: Path, **extra: str) -> dict[str, str]:
    """The environment of a deployment in *tmp_path* (no config file, data in tmp_path/var)."""
    config = tmp_path / "dsarbot.toml"
    if not config.exists():
        config.write_text("")
    return {**os.environ, "DSARBOT_CONFIG": str(config), "DSARBOT_DATA_DIR": str(tmp_path / "var"),
            "DSARBOT_SMTP_LISTEN": f"127.0.0.1:{free_port()}", "DSARBOT_WEB_LISTEN": f"127.0.0.1:{free_port()}",
            **extra}


@dataclass
class Process:
    """A running `dsarbot <command>`; stderr goes to a file (a pipe nobody reads would fill up)."""

    args: list[str]
    env: dict[str, str]
    cwd: Path
    log: Path
    proc: subprocess.Popen[bytes] = field(init=False)

    def __post_init__(self) -> None:
        self.log.parent.mkdir(parents=True, exist_ok=True)
        with self.log.open("ab") as err:
            self.proc = subprocess.Popen([sys.executable, "-m", "dsarbot", *self.args], cwd=self.cwd, env=self.env,
                                         stdout=subprocess.DEVNULL, stderr=err)

    @property
    def smtp(self) -> tuple[str, int]:
        host, port = self.env["DSARBOT_SMTP_LISTEN"].rsplit(":", 1)
        return host, int(port)

    def wait_listening(self, timeout: float = 60) -> None:
        """Wait until the SMTP intake answers; AssertionError (with the log) if the process died."""
        def up() -> bool:
            assert self.proc.poll() is None, self.log.read_text()[-3000:]
            try:
                with smtplib.SMTP(*self.smtp, timeout=1):
                    return True
            except OSError:
                return False

        wait_until(up, timeout=timeout, interval=0.2)

    def kill(self) -> None:
        """`kill -9`: no cleanup of any kind."""
        self.proc.send_signal(signal.SIGKILL)
        self.proc.wait(30)

    def stop(self) -> int:
        """SIGTERM and wait; the exit code."""
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
        return self.proc.wait(60)


def start(tmp_path: Path, env: dict[str, str], *args: str, name: str = "run") -> Process:
    """Start `python -m dsarbot ARGS` in *tmp_path* with *env*; its stderr is in tmp_path/NAME.log."""
    return Process(list(args), env, tmp_path, tmp_path / f"{name}.log")
