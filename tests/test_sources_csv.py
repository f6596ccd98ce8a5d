"""CSV sources: lookup, erasure with an atomic rewrite, suppression, and `check`."""

from __future__ import annotations

import csv
import datetime as dt
import os
from pathlib import Path
from typing import Any

import pytest

from dsarbot.sources import DataSources, Identifiers

TODAY = dt.date(2026, 4, 1)
HEADER = ["asiakasnro", "nimi", "sposti", "puhelin", "hetu", "markkinointi", "rajoitettu"]
PEOPLE = [
    ["1", "Matti Virtanen", "Matti.Virtanen@example.fi", "040 111 2233", "", "kyllä", "false"],
    ["2", "Matti Virtanen", "matti.virtanen@rakennuspojat.example.com", "050 555 6677", "", "kyllä", "false"],
    ["3", "Jukka Mäkinen", "jukka.makinen@posti.example.fi", "", "130752-318P", "kyllä", "false"],
]
ORDERS = [["o1", "1", "2017-03-01", "120.00"], ["o2", "1", "2025-02-03", "80.00"], ["o3", "2", "2025-05-05", "9.90"]]


def write(path: Path, header: list[str], rows: list[list[str]]) -> None:
    with path.open("w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";")
        w.writerow(header)
        w.writerows(rows)


def read(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f, delimiter=";"))


@pytest.fixture()
def csv_dir(tmp_path: Path) -> Path:
    write(tmp_path / "asiakkaat.csv", HEADER, PEOPLE)
    write(tmp_path / "tilaukset.csv", ["id", "asiakasnro", "pvm", "summa"], ORDERS)
    return tmp_path


def config(directory: Path, **contacts: Any) -> dict[str, Any]:
    table = {
        "name": "asiakkaat", "label": "Vanha asiakasrekisteri", "primary_key": "asiakasnro",
        "identifiers": {"email": {"column": "sposti", "normalised": False},
                        "phone": {"column": "puhelin", "normalised": False}, "hetu": "hetu", "name": "nimi"},
        "erasure": {"action": "anonymise", "set": {"nimi": "[poistettu]"}, "null": ["sposti", "puhelin", "hetu"]},
        "suppression": {"action": "set", "set": {"markkinointi": False}},
        "restriction": "rajoitettu", "provided": ["nimi", "sposti", "puhelin"],
    }
    table.update(contacts)
    orders = {"name": "tilaukset", "primary_key": "id", "relation": {"parent": "asiakkaat", "column": "asiakasnro"},
              "erasure": {"action": "keep", "reason": "Kirjanpitolaki 2:10", "years": 6, "date_column": "pvm"}}
    return {"source": [{"name": "legacy", "kind": "csv", "directory": str(directory), "delimiter": ";",
                        "table": [table, orders]}]}


def test_csv_lookup_matches_by_identifier_not_name(csv_dir: Path) -> None:
    with DataSources.from_dict(config(csv_dir)) as s:
        found = s.find(Identifiers(email="matti.virtanen@example.fi", name="Matti Virtanen"))
        people = found.match("legacy", "asiakkaat")
        orders = found.match("legacy", "tilaukset")
        assert people is not None and orders is not None
        assert [r.key for r in people.rows] == [{"asiakasnro": "1"}] and people.name_hints == 1
        assert sorted(r.key["id"] for r in orders.rows) == ["o1", "o2"]
        assert s.find(Identifiers(phone="+358401112233")).row_count == 3
        assert s.find(Identifiers(hetu="130752-318P")).match("legacy", "asiakkaat").rows  # type: ignore[union-attr]


def test_csv_erasure_rewrites_atomically_and_is_idempotent(csv_dir: Path) -> None:
    path = csv_dir / "asiakkaat.csv"
    inode = path.stat().st_ino
    with DataSources.from_dict(config(csv_dir)) as s:
        plan = s.plan(["erasure"], Identifiers(email="matti.virtanen@example.fi"), today=TODAY)
        acts = {(a.table, a.action): a for a in plan.actions}
        assert acts[("tilaukset", "keep")].until == "2031-02-03"
        assert [r.key for r in acts[("tilaukset", "delete")].rows] == [{"id": "o1"}]  # 2017: period ended
        report = s.execute(plan)
        assert report.ok and report.changed_rows == 2
        assert path.stat().st_ino != inode  # replaced by rename, not rewritten in place
        assert not [p for p in os.listdir(csv_dir) if p.endswith(".tmp")]
        people = read(path)
        assert people[0] == {"asiakasnro": "1", "nimi": "[poistettu]", "sposti": "", "puhelin": "", "hetu": "",
                             "markkinointi": "kyllä", "rajoitettu": "false"}
        assert people[1:] == [dict(zip(HEADER, p, strict=True)) for p in PEOPLE[1:]]
        assert [o["id"] for o in read(csv_dir / "tilaukset.csv")] == ["o2", "o3"]
        assert s.execute(plan).nothing_to_do
        assert s.plan(["erasure"], Identifiers(email="matti.virtanen@example.fi"), today=TODAY).is_empty


def test_csv_suppression_and_restriction(csv_dir: Path) -> None:
    with DataSources.from_dict(config(csv_dir)) as s:
        plan = s.plan(["objection", "restriction"], Identifiers(email="jukka.makinen@posti.example.fi"))
        assert s.execute(plan).changed_rows == 2
        assert read(csv_dir / "asiakkaat.csv")[2]["markkinointi"] == "false"
        assert read(csv_dir / "asiakkaat.csv")[2]["rajoitettu"] == "true"
        assert s.plan(["objection", "restriction"], Identifiers(email="jukka.makinen@posti.example.fi")).is_empty


def test_csv_check_reports_missing_column(csv_dir: Path) -> None:
    with DataSources.from_dict(config(csv_dir, restriction="kielto")) as s:
        issues = [str(i) for i in s.check()]
    assert issues == ["ERROR   legacy.asiakkaat: column 'kielto' (from `restriction`) is not in the header; "
                      "the file has: " + ", ".join(HEADER)]
