"""Replay the labelled examples (staff decisions kept with their sealed mail) through the current classifier.

Run:  python bench/replay_examples.py            # the deployment's database (DSARBOT_CONFIG / DSARBOT_DATABASE_URL)

Staff's triage decisions ("not a request", "a request of these kinds") and corrections of a request's rights
are the truth about mail the product met in real use: the next blind spot is found there. For every example
it runs the pipeline on the unsealed mail and prints: category agreement, requests caught (a request or a
triage case), non-requests sent to triage, confident requests among non-requests, kinds exactly right, and
how many of the examples the classifier of the time got wrong that it now gets right. Nothing is written;
mail text is never printed (only the case reference with --mismatches).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from dsarbot import store
from dsarbot.pipeline import analyse
from dsarbot.pipeline.attachments.stored import loads
from dsarbot.runtime import Runtime, build_runtime


def replay(rt: Runtime) -> tuple[dict[str, Any], list[str]]:
    """Figures over every labelled example (the latest decision per case counts) and mismatch lines."""
    latest: dict[int | None, Any] = {}
    with rt.session() as session:
        for ex in store.labelled_examples(session):
            latest[ex.case_id if ex.case_id is not None else -(ex.id or 0)] = ex
            session.expunge(ex)
    f = {"examples": len(latest), "requests": 0, "caught": 0, "kinds": 0, "others": 0, "others_to_triage": 0,
         "others_confident_request": 0, "category": 0, "was_wrong": 0, "now_right": 0}
    misses: list[str] = []
    for case_id, ex in latest.items():
        # The attachment text processing read (a scan's OCR) is replayed as it was: no OCR here.
        readings = loads(rt.sealer.open(ex.attachment_text_sealed)) if ex.attachment_text_sealed else ()
        c = analyse(rt.sealer.open(ex.raw_sealed), readings=readings).classification
        right = c.category == ex.category and (ex.category != "request" or set(c.kinds) == set(ex.kinds))
        f["category"] += c.category == ex.category
        was_right = ex.classifier_category == ex.category and (
            ex.category != "request" or set(ex.classifier_kinds) == set(ex.kinds))
        f["was_wrong"] += not was_right
        f["now_right"] += (not was_right) and right
        if ex.category == "request":
            f["requests"] += 1
            f["caught"] += c.category == "request" or c.uncertain
            f["kinds"] += set(c.kinds) == set(ex.kinds)
        else:
            f["others"] += 1
            f["others_to_triage"] += c.uncertain
            f["others_confident_request"] += c.category == "request" and not c.uncertain
        if not right:
            misses.append(f"  case {case_id}: staff said {ex.category} {ex.kinds}, now {c.category} "
                          f"{list(c.kinds)} (uncertain {c.uncertain})")
    return f, misses


def main() -> int:
    """Print the replay figures."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                     epilog="example: DSARBOT_CONFIG=config/dsarbot.toml "
                                            "python bench/replay_examples.py")
    parser.add_argument("--mismatches", action="store_true", help="list the examples the classifier gets wrong now")
    args = parser.parse_args()
    f, misses = replay(build_runtime(migrate=False))
    if not f["examples"]:
        print("no labelled examples yet: they are kept when staff decide a triage case or change a request's rights")
        return 0
    print(f"labelled examples {f['examples']}  category agreement {f['category'] / f['examples']:.3f}")
    print(f"requests caught {f['caught']}/{f['requests']}  kinds exactly right {f['kinds']}/{f['requests']}")
    print(f"non-requests to triage {f['others_to_triage']}/{f['others']}  confident requests among them "
          f"{f['others_confident_request']}")
    print(f"wrong when decided {f['was_wrong']}, of them right now {f['now_right']}")
    if args.mismatches:
        print("\n".join(misses) or "  (none)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
