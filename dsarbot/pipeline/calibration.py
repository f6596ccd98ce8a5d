"""Calibrated confidence: what each kind of evidence has been worth on mail the classifier had not seen.

A confidence must mean something: "0.9" should be right about nine times in ten. The evidence tiers
(an explicit term asked for, a verb with the writer's data, the writer speaking without a request form,
a heading; no right at all, with or without near misses; one or several automated signals) were
measured on the independent corpora *before* the classifier was tuned on each of them: the classifier
as it was when the corpus arrived, on that corpus only (bench/calibration_history.py). The share of
right decisions per tier is in vocab/calibration.json; the scorer reports it as the confidence.
"""

from __future__ import annotations

import json
from pathlib import Path

_TABLE_FILE = Path(__file__).resolve().parent / "vocab" / "calibration.json"

# A decision below this calibrated confidence is uncertain: staff decide (a triage case).
UNSURE_BELOW = 0.7


def _load() -> tuple[dict[float, float], dict[str, float]]:
    data = json.loads(_TABLE_FILE.read_text(encoding="utf-8"))
    tiers = {float(k): float(v["confidence"]) for k, v in data["request_tiers"].items()}
    named = {k: float(v["confidence"]) for k, v in data["decisions"].items()}
    return tiers, named


_TIERS, _NAMED = _load()


def calibrated(tier: float | str) -> float:
    """The calibrated confidence of an evidence tier (a strength such as 0.9) or a named decision."""
    if isinstance(tier, str):
        return _NAMED[tier]
    if tier in _TIERS:
        return _TIERS[tier]
    # A strength between tiers (a capped subject-only ask, say): the nearest tier at or below it.
    below = [t for t in _TIERS if t <= tier]
    return _TIERS[max(below)] if below else min(tier, min(_TIERS.values()))
