"""Benchmark: the manager views at 1,000 / 10,000 / 100,000 cases (~10 events each), SQLite and PostgreSQL.

    python bench/report_scale.py                          # 1k, 10k, 100k on SQLite and a throw-away PostgreSQL
    python bench/report_scale.py --sizes 1000,10000 --db sqlite

Cases are spread over four years up to today like a busy deployment's: nearly all old ones closed, about
60 % of the last month's open, a few neglected ones overdue. Rows go in with bulk inserts (the figures
are about reading). Timed, median and fastest of 7 runs after one warm-up, as each view runs in production:

* open-cases page: the dashboard's `/` in-process (query + rendering the HTML of every open case)
* a year's report: `reports.period_report` for the last full calendar year
* `cases list --overdue`: the CLI's query and rows (`store.list_cases(overdue_on=…)` + `cases.summary`)
* App Home: `overview.open_rows` + `home.home_view` (the blocks published for one user)
* reminder scan: `reminders.due_reminders` (queues each reminder once; the timed runs are the steady state)

Targets (issue 11): page ≤ 200 ms, the others ≤ 1 s at 100,000 cases. The PostgreSQL cluster is started
like the test suite's (tests/support/postgres.py): a temporary directory, fsync off, removed afterwards.
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import sqlalchemy as sa

from dsarbot import cases, deadlines, reports, store
from dsarbot.config import load_settings
from dsarbot.models import Case, CaseEvent
from dsarbot.pipeline.types import KINDS
from dsarbot.reports.period import year
from dsarbot.runtime import Runtime, build_runtime
from dsarbot.secrets import generate_key

YEARS = 4
EVENTS = ("opened", "acknowledged", "lookup_done", "card_posted", "verified", "transition", "approved",
          "fulfilled_access", "reply_sent", "completed")
LANGS = ("fi",) * 14 + ("sv",) * 2 + ("en",) * 3 + ("de",)


def _case_row(i: int, received: datetime, today: date, rng: random.Random) -> tuple[dict[str, object], str]:
    """One generated case (as a dict for a bulk insert) and its final state."""
    age = (today - deadlines.arrival_day(received)).days
    open_share = 0.6 if age <= 35 else 0.15 if age <= 60 else 0.003
    kinds = sorted(rng.sample(KINDS, 2 if rng.random() < 0.15 else 1), key=KINDS.index)
    if rng.random() < open_share:
        state = rng.choice(("triage", "awaiting_verification", "awaiting_approval", "awaiting_info", "approved"))
    else:
        state = rng.choices(("completed", "rejected", "withdrawn", "not_a_request"), (85, 6, 3, 6))[0]
    due = deadlines.due_date(received, extended=rng.random() < 0.03)
    closed = None if state in store.OPEN_STATES else received + timedelta(days=rng.triangular(0, 45, 12))
    row = {"reference": f"DSAR-{received.year}-{i:06d}", "controller_id": rng.choice(("demo", "demo", "sister")),
           "state": state, "kinds": kinds, "language": rng.choice(LANGS), "subject": "",
           "requester_email": f"person{rng.randrange(i + 1)}@example.net", "received_at": received, "due_date": due,
           "extended": False, "paused_days": 0, "verified": state in ("awaiting_approval", "approved", "completed"),
           "confidence": 0.9, "reasons": [], "data": {}, "created_at": received, "updated_at": closed or received,
           "closed_at": closed, "assignee": rng.choice((None, "U0LIISA", "U0PEKKA"))}
    return row, state


def _events(case_id: int, row: dict[str, object], state: str) -> list[dict[str, object]]:
    received = row["received_at"]
    assert isinstance(received, datetime)
    out = []
    for n, kind in enumerate(EVENTS):
        etype = kind if not (n == len(EVENTS) - 1 and state != "completed") else state
        out.append({"case_id": case_id, "at": received + timedelta(hours=n), "actor": "system" if n < 4 else
                    "web:liisa", "type": etype, "from_state": None, "to_state": state if n == len(EVENTS) - 1 else
                    ("triage" if n == 0 and state == "triage" else None), "reason": None, "data": {}})
    return out


def populate(rt: Runtime, n: int, seed: int = 11) -> int:
    """Insert *n* cases and ~10 events each; returns the number of events."""
    rng = random.Random(seed)
    now = datetime.now(UTC)
    today = deadlines.today_helsinki()
    span = YEARS * 365 * 86400
    events = 0
    with rt.engine.begin() as conn:
        for start in range(0, n, 5000):
            rows, states = [], []
            for i in range(start, min(n, start + 5000)):
                received = now - timedelta(seconds=span * (1 - (i + rng.random()) / n))
                row, state = _case_row(i, received, today, rng)
                rows.append(row)
                states.append(state)
            ids = [r[0] for r in conn.execute(sa.insert(Case).returning(Case.id), rows)]  # type: ignore[arg-type]
            batch = [e for cid, row, state in zip(ids, rows, states, strict=True) for e in _events(cid, row, state)]
            conn.execute(sa.insert(CaseEvent), batch)
            events += len(batch)
    with rt.engine.begin() as conn:
        if rt.engine.dialect.name == "postgresql":
            conn.execute(sa.text("ANALYZE"))
        else:
            conn.execute(sa.text("ANALYZE"))
    return events


def timed(fn: Callable[[], object], runs: int = 7) -> tuple[float, float]:
    """(median, fastest) milliseconds of *runs* calls after one warm-up. Both: on a shared machine the
    median carries the neighbours' load, the fastest run shows what the code itself costs."""
    fn()
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t0) * 1000)
    return statistics.median(times), min(times)


def measure(rt: Runtime) -> dict[str, tuple[float, float]]:
    """The five timings on a populated runtime."""
    from starlette.applications import Starlette
    from starlette.testclient import TestClient

    from dsarbot import webui
    from dsarbot.slack import home, overview
    from dsarbot.slack import reminders as rem

    web = TestClient(Starlette(routes=webui.routes(rt)), client=("127.0.0.1", 50000))
    today = deadlines.today_helsinki()
    now = datetime.now(UTC)
    last_year = year(today.year - 1)

    def page() -> None:
        response = web.get("/")
        assert response.status_code == 200

    def report() -> None:
        with rt.session() as s:
            reports.period_report(s, last_year, today, now)

    def overdue() -> None:
        with rt.session() as s:
            [cases.summary(c, today) for c in store.list_cases(s, overdue_on=today)]

    def app_home() -> None:
        with rt.session() as s:
            rows = overview.open_rows(s, today)
        home.home_view(rows, "U0LIISA", today, personal=True)

    return {"open-cases page": timed(page), "a year's report": timed(report),
            "cases list --overdue": timed(overdue), "App Home": timed(app_home),
            "reminder scan": timed(lambda: rem.due_reminders(rt, now))}


def runtime(url: str, workdir: Path) -> Runtime:
    """A migrated runtime on *url* with Slack switched on (so the reminder scan runs)."""
    config = workdir / "dsarbot.toml"
    config.write_text('[[controllers]]\nid = "demo"\nlegal_name = "Kattopojat Oy"\nbusiness_id = "2345678-0"\n'
                      'postal_address = "Hämeenkatu 1"\naddresses = ["info@kattopojat.example.fi"]\n\n'
                      '[[controllers]]\nid = "sister"\nlegal_name = "Rakennuspojat Oy"\nbusiness_id = "1572860-0"\n'
                      'postal_address = "Teollisuuskatu 2"\naddresses = ["info@rakennuspojat.example.com"]\n')
    settings = load_settings(config, environ={"DSARBOT_DATABASE_URL": url, "DSARBOT_DATA_DIR": str(workdir),
                                              "DSARBOT_SECRET_KEY": generate_key(), "SLACK_BOT_TOKEN": "xoxb-bench",
                                              "SLACK_SIGNING_SECRET": "bench", "DSARBOT_SLACK_CHANNEL": "CBENCH",
                                              "SLACK_API_URL": "http://127.0.0.1:9/api/"})
    return build_runtime(settings)


@contextmanager
def postgres_cluster() -> Iterator[str]:
    """A throw-away PostgreSQL cluster (as tests/support/postgres.py makes one); yields its admin URL."""
    found = sorted(Path("/usr/lib/postgresql").glob("*/bin/initdb"), key=lambda p: int(p.parent.parent.name))
    if not found:
        sys.exit("PostgreSQL server binaries not found (apt-get install -y postgresql)")
    pg_bin = found[-1].parent
    base = Path(tempfile.mkdtemp(prefix="dsarbot-bench-pg-"))
    as_pg = ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []
    if os.geteuid() == 0:
        shutil.chown(base, "postgres", "postgres")
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    subprocess.run([*as_pg, str(pg_bin / "initdb"), "-D", str(base / "data"), "-A", "trust", "-U", "postgres",
                    "--no-sync", "-E", "UTF8", "--locale=C.UTF-8"], check=True, capture_output=True)
    options = f"-c listen_addresses=127.0.0.1 -p {port} -k {base} -c fsync=off -c synchronous_commit=off"
    subprocess.run([*as_pg, str(pg_bin / "pg_ctl"), "-D", str(base / "data"), "-l", str(base / "log"), "-w",
                    "-o", options, "start"], check=True, capture_output=True)
    try:
        yield f"postgresql+psycopg://postgres@127.0.0.1:{port}/postgres"
    finally:
        subprocess.run([*as_pg, str(pg_bin / "pg_ctl"), "-D", str(base / "data"), "-m", "immediate", "stop"],
                       capture_output=True)
        shutil.rmtree(base, ignore_errors=True)


def database(kind: str, n: int, workdir: Path, admin: str | None) -> str:
    """A fresh, empty database URL for one run."""
    if kind == "sqlite":
        return f"sqlite:///{workdir / f'scale-{n}.sqlite3'}"
    assert admin is not None
    import psycopg

    with psycopg.connect(admin.replace("postgresql+psycopg://", "postgresql://"), autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "scale_{n}"')
    return admin.rsplit("/", 1)[0] + f"/scale_{n}"


def main() -> None:
    """Populate, measure and print one table per database."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="1000,10000,100000")
    parser.add_argument("--db", choices=("sqlite", "postgresql", "both"), default="both")
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    kinds = ["sqlite", "postgresql"] if args.db == "both" else [args.db]
    workdir = Path(tempfile.mkdtemp(prefix="dsarbot-bench-scale-"))
    try:
        with postgres_cluster() if "postgresql" in kinds else _nothing() as admin:
            for kind in kinds:
                results = {}
                for n in sizes:
                    rt = runtime(database(kind, n, workdir, admin), workdir)
                    t0 = time.perf_counter()
                    events = populate(rt, n)
                    with rt.session() as s:
                        open_now = len(store.list_cases(s, states=list(store.OPEN_STATES)))
                    print(f"{kind}: {n:,} cases, {events:,} events, {open_now:,} open "
                          f"(generated in {time.perf_counter() - t0:.0f} s)", flush=True)
                    results[n] = measure(rt)
                    rt.engine.dispose()
                _print(kind, sizes, results)
    finally:
        shutil.rmtree(workdir, ignore_errors=True)


@contextmanager
def _nothing() -> Iterator[None]:
    yield None


def _print(kind: str, sizes: list[int], results: dict[int, dict[str, tuple[float, float]]]) -> None:
    targets = {"open-cases page": 200}
    print(f"\n{kind}: median (fastest) ms of 7 runs")
    print(f"{'view':<22}" + "".join(f"{n:>18,}" for n in sizes) + "   target at 100k")
    for view in results[sizes[0]]:
        cells = "".join(f"{results[n][view][0]:>10.1f} ({results[n][view][1]:>5.1f})" for n in sizes)
        print(f"{view:<22}{cells}   ≤ {targets.get(view, 1000)} ms")
    print(flush=True)


if __name__ == "__main__":
    main()
