"""`dsarbot report`: the accountability figures of a period, or its register of requests as CSV.

Only typer at import time: the report's modules load inside the command, so `dsarbot --help` stays fast.
"""

from __future__ import annotations

from typing import Annotated

import typer

FromOpt = Annotated[str | None, typer.Option("--from", help="First day (2026-01-01 or 1.1.2026).")]
ToOpt = Annotated[str | None, typer.Option("--to", help="Last day, included (default: today).")]
PeriodOpt = Annotated[str | None, typer.Option("--period", "-p", help="Instead of --from/--to: 2026, 2026-Q1, "
                                               "2026-03 or 2026-01-01..2026-06-30.")]


def report(
    date_from: FromOpt = None,
    date_to: ToOpt = None,
    period: PeriodOpt = None,
    controller: Annotated[str | None, typer.Option("--controller", "-c", help="Only this controller's "
                                                   "requests (its id in the configuration).")] = None,
    csv_output: Annotated[bool, typer.Option("--csv", help="Print the register of requests as CSV instead "
                                             "(no mail text, no identity codes, requester pseudonymised).")] = False,
    with_requester: Annotated[bool, typer.Option("--with-requester", help="In the CSV, the requester's address "
                                                 "instead of the pseudonym.")] = False,
    json_output: Annotated[bool, typer.Option("--json", help="Print the figures as JSON.")] = False,
    language: Annotated[str | None, typer.Option(
        "--lang", help="fi, sv or en (default: the staff language of the configuration).")] = None,
) -> None:
    """The accountability figures of a period: requests by kind and language, answered on time, days to
    answer, extensions, rejections by reason, withdrawn, triage, open and overdue now.

    Example: `dsarbot report --from 2026-01-01 --to 2026-12-31` (the year 2026);
    `dsarbot report --period 2026-Q1 --csv > register.csv` (the register of the first quarter).
    Requests count in the period they arrived; their outcome is as it stands today.
    """
    import json
    import sys

    from dsarbot import deadlines, i18n, reports
    from dsarbot.cli.common import fail, runtime_or_exit
    from dsarbot.models import utcnow
    from dsarbot.reports import register, text
    from dsarbot.reports.period import Period, PeriodError, parse_day, parse_period

    today = deadlines.today_helsinki()
    try:
        if period:
            chosen = parse_period(period)
        elif date_from:
            chosen = Period(parse_day(date_from), parse_day(date_to) if date_to else today)
        else:
            fail("say which period: --from 2026-01-01 --to 2026-12-31, or --period 2026 (a year), 2026-Q1, 2026-03")
    except PeriodError as exc:
        fail(str(exc))
    if language and not i18n.supported(language):
        fail(f"--lang {language!r}: choose fi, sv or en")
    rt = runtime_or_exit()
    with rt.session() as session:
        if controller and controller not in {c.id for c in rt.settings.controllers}:
            fail(f"no controller has the id {controller!r}; configured: "
                 f"{', '.join(c.id for c in rt.settings.controllers)}")
        figures, cases = reports.period_report(session, chosen, today, utcnow(), controller, deciders=csv_output)
    if csv_output:
        sys.stdout.write(register.to_csv(register.rows(cases, today, rt.sealer.match_hash,
                                                       with_requester=with_requester)))
    elif json_output:
        print(json.dumps(text.as_dict(figures), ensure_ascii=False, indent=2))
    else:
        print(text.render(i18n.translator(language, rt.settings.staff.language), figures))
