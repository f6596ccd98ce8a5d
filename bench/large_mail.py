"""Large mail: memory and time of `dsarbot run` under 25 concurrent mails of ~24 MB, and of one mail whose
20 MB text part is base64 (the worst case for decoding and analysing).

1. `dsarbot run` (SQLite, no relay) in its own process; 25 clients send one ~24 MB mail each at once
   (a short request text and a 24 MB base64 attachment), then wait until all are processed. Printed:
   the process's resident memory before, and its peak (VmHWM) over the whole run.
2. `analyse()` of a mail whose only part is 20 MB of base64 text, in a fresh process: seconds and the
   process's peak memory.

Targets (issue 10): peak under 400 MB, no single mail over 3 s.

    python bench/large_mail.py [MAILS] [MB]
"""

from __future__ import annotations

import base64
import email.policy
import os
import shutil
import smtplib
import subprocess
import sys
import tempfile
import threading
import time
from email.message import EmailMessage
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from support.processes import INFO, count_rows, dsarbot_env, memory_kb, start  # noqa: E402
from support.smtp import wait_until  # noqa: E402


def big_mail(i: int, megabytes: float) -> bytes:
    msg = EmailMessage()
    msg["From"] = f"Asiakas {i} <asiakas{i}@example.fi>"
    msg["To"] = INFO
    msg["Subject"] = "Tietojeni poistaminen"
    msg["Message-ID"] = f"<large-{i}-{time.time()}@example.fi>"
    msg.set_content("Hei,\n\npyydän poistamaan kaikki tietoni. Liitteenä kopio sopimuksesta.\n\nMaija\n")
    msg.add_attachment(os.urandom(int(megabytes * 1024 * 1024 * 0.74)), maintype="application", subtype="pdf",
                       filename=f"sopimus-{i}.pdf")
    return msg.as_bytes(policy=email.policy.SMTP)  # CRLF line ends, as on the wire


def text_part_mail(megabytes: float) -> bytes:
    line = "Pyydän poistamaan kaikki tietoni teidän rekisteristänne, kiitos paljon. "
    text = (line * int(megabytes * 1024 * 1024 / len(line.encode()) + 1)).encode()[: int(megabytes * 1024 * 1024)]
    body = base64.encodebytes(text).decode().replace("\n", "\r\n").rstrip()
    return (f"From: Maija <maija@example.fi>\r\nTo: {INFO}\r\nSubject: Poisto\r\nMIME-Version: 1.0\r\n"
            "Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n\r\n"
            f"{body}\r\n").encode()


def processed(db: Path) -> int:
    return count_rows(db, "SELECT count(*) FROM messages WHERE status != 'new'")


def concurrent_run(n: int, megabytes: float) -> None:
    tmp = Path(tempfile.mkdtemp(prefix="dsarbot-large-"))
    env = dsarbot_env(tmp)
    proc = start(tmp, env, "run")
    try:
        proc.wait_listening()
        time.sleep(2)
        before = memory_kb(proc.proc.pid, "VmRSS")
        mails = [big_mail(i, megabytes) for i in range(n)]
        errors: list[str] = []
        go = threading.Event()

        def send(raw: bytes) -> None:
            go.wait()
            try:
                with smtplib.SMTP(*proc.smtp, timeout=300) as s:
                    s.sendmail("sender@example.fi", [INFO], raw)
            except Exception as exc:
                errors.append(f"{type(exc).__name__}: {exc}")

        threads = [threading.Thread(target=send, args=(raw,)) for raw in mails]
        for t in threads:
            t.start()
        t0 = time.perf_counter()
        go.set()
        for t in threads:
            t.join()
        stored = time.perf_counter() - t0
        db = tmp / "var" / "dsarbot.sqlite3"
        wait_until(lambda: processed(db) >= n - len(errors), timeout=900, interval=0.5)
        done = time.perf_counter() - t0
        peak = memory_kb(proc.proc.pid, "VmHWM")
        print(f"{n} mails of {len(mails[0]) / 1e6:.1f} MB at once: {n - len(errors)} stored in {stored:.1f} s, "
              f"all processed after {done:.1f} s; resident memory {before / 1024:.0f} MB before, "
              f"peak {peak / 1024:.0f} MB (target < 400 MB)", flush=True)
        for e in errors[:3]:
            print("  error:", e)
    finally:
        proc.stop()
        shutil.rmtree(tmp, ignore_errors=True)


PROBE = """
import sys, time
from pathlib import Path
from dsarbot.pipeline import analyse
raw = Path(sys.argv[1]).read_bytes()
t0 = time.perf_counter()
a = analyse(raw)
took = time.perf_counter() - t0
peak = next(int(l.split()[1]) for l in Path("/proc/self/status").read_text().splitlines() if l.startswith("VmHWM:"))
print(f"{took:.2f} {peak} {a.classification.category} {','.join(a.classification.kinds)}")
"""


def one_text_part(megabytes: float) -> None:
    with tempfile.NamedTemporaryFile(suffix=".eml") as fh:
        raw = text_part_mail(megabytes)
        fh.write(raw)
        fh.flush()
        out = subprocess.run([sys.executable, "-c", PROBE, fh.name], capture_output=True, text=True, timeout=600)
    if out.returncode:
        print("analyse failed:", out.stderr[-2000:])
        return
    took, peak, category, kinds = [*out.stdout.split(), ""][:4]
    print(f"one mail with a {megabytes:.0f} MB base64 text part ({len(raw) / 1e6:.1f} MB): analysed in "
          f"{float(took):.2f} s (target < 3 s), process peak {int(peak) / 1024:.0f} MB; {category} {kinds}",
          flush=True)


def main(n: int = 25, megabytes: float = 24.0) -> int:
    one_text_part(20)
    concurrent_run(n, megabytes)
    return 0


if __name__ == "__main__":
    args = sys.argv[1:]
    sys.exit(main(int(args[0]) if args else 25, float(args[1]) if len(args) > 1 else 24.0))
