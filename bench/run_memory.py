"""Resident memory of the whole product: `dsarbot run --demo` after it has taken mail in many languages.

Run:  python bench/run_memory.py [CORPUS_DIR ...] [--limit-mb 400]

Starts `dsarbot run --demo` in a temporary data folder on free loopback ports, sends every .eml of the
corpora (default: ../shared/corpus/dev and tests/corpus_extra*/) plus one request letter in each language
of tests/multilingual_samples.py through its SMTP intake, waits until the worker has processed them, and
prints the process's resident size now (VmRSS) and at its peak (VmHWM). Exit code 1 above the limit.
"""

from __future__ import annotations

import argparse
import os
import signal
import smtplib
import socket
import subprocess
import sys
import tempfile
import time
from email.message import EmailMessage
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RECIPIENT = "info@kattopojat.example.fi"  # the embedded default controller's address
sys.path.insert(0, str(ROOT / "tests"))


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _status(pid: int) -> dict[str, float]:
    out = {}
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        key, _, value = line.partition(":")
        if key in ("VmRSS", "VmHWM"):
            out[key] = int(value.split()[0]) / 1024
    return out


def _letters() -> list[bytes]:
    from multilingual_samples import LETTERS

    out = []
    for lang, (erasure, access, _business) in LETTERS.items():
        for i, body in enumerate((erasure, access)):
            msg = EmailMessage()
            msg["From"], msg["To"], msg["Subject"] = f"{lang}{i}@example.com", "info@example.fi", "-"
            msg["Message-ID"] = f"<bench-{lang}-{i}@example.com>"
            msg.set_content(body)
            out.append(msg.as_bytes())
    return out


def main() -> int:
    """Start the product, feed it mail, print its memory."""
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("corpora", nargs="*", type=Path)
    ap.add_argument("--limit-mb", type=float, default=400.0)
    args = ap.parse_args()
    default = [ROOT.parent / "shared" / "corpus" / "dev", *sorted((ROOT / "tests").glob("corpus_extra*"))]
    folders = args.corpora or [f for f in default if f.is_dir()]
    mails = [p.read_bytes() for f in folders for p in sorted(f.glob("*.eml"))] + _letters()
    smtp_port, web_port = _free_port(), _free_port()
    with tempfile.TemporaryDirectory() as data:
        env = {**os.environ, "DSARBOT_DATA_DIR": data, "DSARBOT_SMTP_LISTEN": f"127.0.0.1:{smtp_port}",
               "DSARBOT_WEB_LISTEN": f"127.0.0.1:{web_port}"}
        for key in ("SLACK_BOT_TOKEN", "DSARBOT_IMAP_URL", "DSARBOT_SMTP_URL", "DSARBOT_DATABASE_URL",
                    "DSARBOT_CONFIG"):
            env.pop(key, None)
        proc = subprocess.Popen([str(Path(sys.executable).parent / "dsarbot"), "run", "--demo"], env=env, cwd=data,
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            deadline = time.monotonic() + 60
            while True:
                try:
                    client = smtplib.SMTP("127.0.0.1", smtp_port, timeout=10)
                    break
                except OSError:
                    if time.monotonic() > deadline or proc.poll() is not None:
                        print("dsarbot run did not start", file=sys.stderr)
                        return 2
                    time.sleep(0.5)
            started = _status(proc.pid)
            with client:
                for raw in mails:
                    client.sendmail("bench@example.com", [RECIPIENT], raw)
            time.sleep(20)  # the worker processes, opens cases, writes the acknowledgements
            now = _status(proc.pid)
        finally:
            proc.send_signal(signal.SIGINT)
            try:
                proc.wait(timeout=30)
            except subprocess.TimeoutExpired:
                proc.kill()
    print(f"dsarbot run: started {started['VmRSS']:.0f} MB; after {len(mails)} mails {now['VmRSS']:.0f} MB resident, "
          f"peak {now['VmHWM']:.0f} MB (limit {args.limit_mb:.0f} MB)")
    return 0 if now["VmHWM"] <= args.limit_mb else 1


if __name__ == "__main__":
    raise SystemExit(main())
