"""Files with personal data are private to dsarbot's account whatever the umask: `dsarbot run` started
under umask 022 (the usual default) answers a request, and nobody else on the machine can read a thing."""

from __future__ import annotations

import os
import smtplib
import stat
import subprocess
import sys
from pathlib import Path

from support.factories import request_mail
from support.processes import INFO, dsarbot_env
from support.smtp import wait_until


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_database_outbox_and_key_are_private_under_umask_022(tmp_path: Path) -> None:
    env = dsarbot_env(tmp_path)
    env.pop("DSARBOT_SECRET_KEY", None)  # the key is generated into the data folder
    log = (tmp_path / "run.log").open("wb")
    proc = subprocess.Popen([sys.executable, "-m", "dsarbot", "run"], cwd=tmp_path, env=env,
                            stdout=subprocess.DEVNULL, stderr=log, preexec_fn=lambda: os.umask(0o022))
    try:
        host, port = env["DSARBOT_SMTP_LISTEN"].rsplit(":", 1)

        def sent() -> bool:
            try:
                with smtplib.SMTP(host, int(port), timeout=2) as s:
                    s.sendmail("maija.meikalainen@example.fi", [INFO], request_mail())
                return True
            except OSError:
                assert proc.poll() is None, (tmp_path / "run.log").read_text()[-3000:]
                return False

        wait_until(sent, timeout=60, interval=0.2)
        var = tmp_path / "var"
        [eml] = wait_until(lambda: list((var / "outbox").glob("*acknowledgement*.eml")), timeout=30)
        db = var / "dsarbot.sqlite3"
        private = {var: 0o700, var / "outbox": 0o700, db: 0o600, eml: 0o600, var / "secret.key": 0o600}
        for suffix in ("-wal", "-shm"):
            if Path(f"{db}{suffix}").exists():
                private[Path(f"{db}{suffix}")] = 0o600
        assert {str(p.relative_to(tmp_path)): oct(_mode(p)) for p in private} == \
            {str(p.relative_to(tmp_path)): oct(m) for p, m in private.items()}
    finally:
        proc.terminate()
        proc.wait(30)
        log.close()


def test_an_older_install_with_open_modes_is_tightened_at_start(tmp_path: Path) -> None:
    from dsarbot import db

    var = tmp_path / "var"
    var.mkdir(mode=0o755)
    old = var / "dsarbot.sqlite3"
    old.write_bytes(b"")
    old.chmod(0o644)
    db.make_engine(f"sqlite:///{old}").dispose()
    assert (_mode(var), _mode(old)) == (0o700, 0o600)
