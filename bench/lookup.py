"""Benchmark: look people up in a demo register grown to a million contacts.

    python bench/lookup.py                      # SQLite, 1,000,000 contacts, 300 people per identifier
    python bench/lookup.py --contacts 200000 --samples 100
    python bench/lookup.py --url postgresql+psycopg://user@host/db   # an EMPTY PostgreSQL database

Each lookup is a full `DataSources.find` over the demo mapping (contacts, contact history through the
relation, newsletter, invoices), as fulfilment runs it. Target: under 50 ms per person on SQLite.
"""

from __future__ import annotations

import argparse
import random
import statistics
import tempfile
import time
import tomllib
from pathlib import Path

from sqlalchemy import create_engine, select

from dsarbot.demo import build_demo_register, contacts, demo_sources_toml, grow_demo_register
from dsarbot.sources import DataSources, Identifiers, parse_sources_config
from dsarbot.sources.sql import engine_url


def measure(sources: DataSources, people: list[Identifiers]) -> tuple[float, float, int]:
    """(median ms, p95 ms, people found) over one lookup per person."""
    times: list[float] = []
    found = 0
    for ids in people:
        t0 = time.perf_counter()
        result = sources.find(ids, name_hints=False)
        times.append((time.perf_counter() - t0) * 1000)
        found += result.found
    times.sort()
    return statistics.median(times), times[int(len(times) * 0.95) - 1], found


def main() -> None:
    """Build, grow, index, measure, print."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--contacts", type=int, default=1_000_000)
    parser.add_argument("--samples", type=int, default=300)
    parser.add_argument("--url", help="an empty database to use instead of a temporary SQLite file")
    args = parser.parse_args()

    workdir = Path(tempfile.mkdtemp(prefix="dsarbot-bench-"))
    url = args.url or f"sqlite:///{workdir / 'register.sqlite3'}"
    t0 = time.perf_counter()
    build_demo_register(url, 40)
    count = grow_demo_register(url, args.contacts)
    print(f"register: {count:,} contacts at {url.split('@')[-1]} (built in {time.perf_counter() - t0:.1f} s)")

    with DataSources(parse_sources_config(tomllib.loads(demo_sources_toml(url)))) as sources:
        t0 = time.perf_counter()
        created = sources.create_indexes()
        print(f"indexes the mapping implies: {', '.join(created) or 'all present'} "
              f"({time.perf_counter() - t0:.1f} s)")
        warnings = [str(i) for i in sources.check()]
        print("check:", "clean" if not warnings else "\n  ".join(["", *warnings]))

        engine = create_engine(engine_url(url))
        rng = random.Random(7)
        ids = rng.sample(range(1, count + 1), args.samples)
        with engine.connect() as conn:
            rows = conn.execute(select(contacts).where(contacts.c.id.in_(ids))).all()
            with_hetu = conn.execute(
                select(contacts.c.hetu).where(contacts.c.hetu.is_not(None), contacts.c.id.in_(
                    rng.sample(range(1, count + 1), args.samples * 6)))).scalars().all()[: args.samples]
        engine.dispose()
        rows = list(rows)
        cases = {
            "email": [Identifiers(email=r.email.upper()) for r in rows],
            "phone": [Identifiers(phone="0" + r.phone[4:]) for r in rows],  # national format, normalised in
            "hetu": [Identifiers(hetu=h) for h in with_hetu],
            "customer_number": [Identifiers(customer_number=r.customer_number) for r in rows],
            "email + name hint": [Identifiers(email=r.email) for r in rows],
        }
        measure(sources, cases["email"][:20])  # warm the pool and the reflected tables
        print(f"{'lookup by':24} {'people':>7} {'found':>6} {'median ms':>10} {'p95 ms':>8}")
        for label, people in cases.items():
            if label.endswith("hint"):
                people = [Identifiers(email=p.email, name="Matti Virtanen") for p in people]
                med, p95, found = measure_with_hints(sources, people)
            else:
                med, p95, found = measure(sources, people)
            print(f"{label:24} {len(people):7} {found:6} {med:10.2f} {p95:8.2f}")


def measure_with_hints(sources: DataSources, people: list[Identifiers]) -> tuple[float, float, int]:
    """Like measure, with the name hint on (an extra indexed lower(name) query per table)."""
    times: list[float] = []
    found = 0
    for ids in people:
        t0 = time.perf_counter()
        found += sources.find(ids, name_hints=True).found
        times.append((time.perf_counter() - t0) * 1000)
    times.sort()
    return statistics.median(times), times[int(len(times) * 0.95) - 1], found


if __name__ == "__main__":
    main()
