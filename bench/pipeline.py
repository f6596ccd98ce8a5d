"""Throughput of the pure mail pipeline compared with a bare stdlib parse of the same messages.

Run:  python bench/pipeline.py [CORPUS_DIR ...] [--min-messages N]

Prints messages/second for ``dsarbot.pipeline.analyse`` over the given corpora (default: the repository's
own tests/corpus_extra*/, mail without attachments as most mail is) repeated to at
least N messages (default 2000), the same for a bare ``email`` parse (message_from_bytes with
policy.default, get_body(plain, html), get_content()), and the ratio. Targets: >= 300 msg/s on one
core and <= 5x the bare parse. Exit code 1 when a target is missed.
"""

from __future__ import annotations

import argparse
import contextlib
import re
import sys
import time
from email import message_from_bytes, policy
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from dsarbot.pipeline import analyse

TESTS = Path(__file__).resolve().parent.parent / "tests"
_ATTACHED = re.compile(rb"^content-disposition:\s*attachment", re.IGNORECASE | re.MULTILINE)
TARGET_RATE = 300.0
TARGET_RATIO = 5.0


def bare_parse(raw: bytes) -> None:
    """What any mail tool does at least: parse, pick the body, decode it."""
    msg = message_from_bytes(raw, policy=policy.default)
    body = msg.get_body(preferencelist=("plain", "html"))
    if body is not None:
        with contextlib.suppress(LookupError, UnicodeError):
            body.get_content()


def timed(fn, messages: list[bytes], rounds: int = 3) -> float:  # type: ignore[no-untyped-def]
    """Best-of-*rounds* messages per second for fn over *messages*."""
    best = float("inf")
    for _ in range(rounds):
        start = time.perf_counter()
        for raw in messages:
            fn(raw)
        best = min(best, time.perf_counter() - start)
    return len(messages) / best


def main() -> int:
    """Run the benchmark and print the figures."""
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("corpus", nargs="*", type=Path)
    ap.add_argument("--min-messages", type=int, default=2000)
    args = ap.parse_args()
    folders = args.corpus or sorted(TESTS.glob("corpus_extra*"))
    files = sorted(f for folder in folders for f in folder.glob("*.eml"))
    if not files:
        print(f"no .eml files in {', '.join(map(str, folders))}", file=sys.stderr)
        return 2
    # Attachments are read (and OCR'd) in the worker; the target is for mail without them.
    raws = [raw for raw in (f.read_bytes() for f in files) if not _ATTACHED.search(raw)]
    messages = raws * (-(-args.min_messages // len(raws)))
    for raw in raws:  # warm-up: imports, regex compilation, phonenumbers metadata
        analyse(raw)
    bare = timed(bare_parse, messages)
    full = timed(analyse, messages)
    ratio = bare / full
    print(f"messages:            {len(messages)} ({len(raws)} distinct from {len(folders)} corpora)")
    print(f"bare stdlib parse:   {bare:8.0f} msg/s")
    print(f"analyse():           {full:8.0f} msg/s   (target >= {TARGET_RATE:.0f})")
    print(f"ratio analyse/bare:  {ratio:8.2f} x       (target <= {TARGET_RATIO:.0f})")
    return 0 if full >= TARGET_RATE and ratio <= TARGET_RATIO else 1


if __name__ == "__main__":
    sys.exit(main())
