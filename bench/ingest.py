"""How fast mail is stored and turned into cases on SQLite (target: at least 100 messages/s).

Takes the development corpus, gives every copy a unique Message-ID (so de-duplication does not skip
it), and measures on a fresh SQLite database in a temporary folder:

1. store: `ingest.store_raw` (sealed, committed; what intake does before answering 250);
2. case: `processing.process_pending` (parse, screen, classify, open or thread cases, queue work);
3. optionally the worker's follow-up (`--with-worker`: acknowledgements rendered into the outbox,
   lookups in the demo register).

Run: `python bench/ingest.py [--messages 2000] [--with-worker]`.
"""

from __future__ import annotations

import argparse
import re
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
CORPUS = ROOT / "tests" / "corpus_extra"  # the repository's own labelled mail

from dsarbot import processing, store, worker  # noqa: E402
from dsarbot.config import load_settings  # noqa: E402
from dsarbot.intake import ingest  # noqa: E402
from dsarbot.runtime import build_runtime  # noqa: E402
from dsarbot.secrets import generate_key  # noqa: E402

MID_RE = re.compile(rb"^Message-ID:[^\r\n]*\r?\n", re.IGNORECASE | re.MULTILINE)


def unique_copies(n: int) -> list[bytes]:
    """*n* corpus messages, each with its own Message-ID."""
    originals = [p.read_bytes() for p in sorted(CORPUS.glob("*.eml"))]
    out = []
    for i in range(n):
        raw = MID_RE.sub(b"", originals[i % len(originals)], count=1)
        out.append(f"Message-ID: <bench-{i}@bench.invalid>\r\n".encode() + raw)
    return out


def main() -> None:
    """Print messages/second for storing and for casing."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--messages", type=int, default=2000)
    parser.add_argument("--with-worker", action="store_true", help="also run the worker's follow-up work")
    args = parser.parse_args()
    messages = unique_copies(args.messages)
    with tempfile.TemporaryDirectory() as tmp:
        cfg = Path(tmp) / "dsarbot.toml"
        cfg.write_text("")
        settings = load_settings(cfg, environ={"DSARBOT_DATA_DIR": tmp, "DSARBOT_SECRET_KEY": generate_key()})
        rt = build_runtime(settings)
        t0 = time.perf_counter()
        for raw in messages:
            ingest.store_raw(rt, raw, source="bench", received_at=datetime.now(UTC))
        t1 = time.perf_counter()
        results = processing.process_pending(rt)
        t2 = time.perf_counter()
        steps = 0
        if args.with_worker:
            from dsarbot.fulfil.sources import ensure_demo

            ensure_demo(settings)
            steps = worker.drain(rt)
        t3 = time.perf_counter()
        with rt.session() as session:
            n_cases = len(store.list_cases(session))
    n = len(messages)
    actions: dict[str, int] = {}
    for r in results:
        actions[r.action] = actions.get(r.action, 0) + 1
    print(f"messages: {n} ({', '.join(f'{k} {v}' for k, v in sorted(actions.items()))}); cases opened: {n_cases}")
    print(f"store (committed, sealed):   {n / (t1 - t0):8.0f} msg/s  ({(t1 - t0) * 1000 / n:.2f} ms each)")
    print(f"case (parse..open case):     {n / (t2 - t1):8.0f} msg/s  ({(t2 - t1) * 1000 / n:.2f} ms each)")
    print(f"store + case, end to end:    {n / (t2 - t0):8.0f} msg/s  (target >= 100)")
    if args.with_worker:
        print(f"worker follow-up ({steps} steps): {t3 - t2:.1f} s")


if __name__ == "__main__":
    main()
