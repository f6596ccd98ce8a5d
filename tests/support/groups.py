"""Mail as the company's own Google Group and Microsoft 365 group deliver it, and a real newsletter."""

from __future__ import annotations

GROUP = "info@kattopojat.example.fi"
GROUP_ID = "812345678901"


def _mail(headers: list[tuple[str, str]], body: str) -> bytes:
    """Raw bytes exactly as a group server writes them (no re-encoding of its long List-* headers)."""
    lines = [f"{name}: {value}" for name, value in headers]
    lines += ["MIME-Version: 1.0", "Content-Type: text/plain; charset=UTF-8", "Content-Transfer-Encoding: 8bit", ""]
    return ("\r\n".join(lines) + "\r\n" + body.replace("\n", "\r\n")).encode("utf-8")


def google_group_mail(
    *,
    sender: str = "Matti Virtanen <matti.virtanen@gmail.example>",
    group: str = GROUP,
    rewritten: bool = True,
    reply_to_group: bool = False,
    subject: str = "Tietojeni poistaminen",
    body: str = "Hei,\n\npyydän poistamaan kaikki minua koskevat tietonne.\n\nTerveisin\nMatti Virtanen\n",
    message_id: str = "<CAgoogle-1@mail.gmail.example>",
    extra: list[tuple[str, str]] | None = None,
) -> bytes:
    """A mail as a Google Group passes it on; *rewritten*: From rewritten for DMARC ("'X' via Info")."""
    name, _, addr = sender.partition(" <")
    addr = addr.rstrip(">")
    local, _, domain = group.partition("@")
    headers = [
        ("From", f"\"'{name}' via Info\" <{group}>" if rewritten else sender),
        ("To", group),
        ("Subject", subject),
        ("Date", "Wed, 01 Apr 2026 09:00:00 +0300"),
        ("Message-ID", message_id),
        ("X-Original-Sender", addr),
        ("Precedence", "list"),
        ("Mailing-list", f"list {group}; contact {local}+owners@{domain}"),
        ("List-ID", f"<{local}.{domain}>"),
        ("X-Spam-Checked-In-Group", group),
        ("X-Google-Group-Id", GROUP_ID),
        ("List-Post", f"<https://groups.google.com/a/{domain}/group/{local}/post>, <mailto:{group}>"),
        ("List-Help", f"<https://support.google.com/a/{domain}/bin/topic.py?topic=25838>, "
                      f"<mailto:{local}+help@{domain}>"),
        ("List-Archive", f"<https://groups.google.com/a/{domain}/group/{local}/>"),
        ("List-Unsubscribe", f"<mailto:googlegroups-manage+{GROUP_ID}+unsubscribe@googlegroups.com>, "
                             f"<https://groups.google.com/a/{domain}/group/{local}/subscribe>"),
    ]
    if rewritten:
        headers.append(("X-Original-From", sender))
    if reply_to_group:
        headers.append(("Reply-To", group))
    elif rewritten:
        headers.append(("Reply-To", sender))
    return _mail(headers + (extra or []), body)


def m365_group_mail(
    *,
    sender: str = "Anna Korhonen <anna.korhonen@example.com>",
    group: str = GROUP,
    subject: str = "Request for a copy of my data",
    body: str = "Hello,\n\nplease send me a copy of all personal data you hold about me.\n\nBest regards\n"
                "Anna Korhonen\n",
    message_id: str = "<AM0PR01-m365-1@example.com>",
) -> bytes:
    """A mail as a Microsoft 365 group delivers a copy to its members' inboxes."""
    local, _, domain = group.partition("@")
    return _mail([
        ("From", sender),
        ("To", group),
        ("Subject", subject),
        ("Date", "Wed, 01 Apr 2026 09:00:00 +0300"),
        ("Message-ID", message_id),
        ("List-Id", f"<{local}.{domain}>"),
        ("List-Unsubscribe", f"<https://outlook.office365.com/owa/{domain}/groupsubscription.ashx?realm={domain}"
                             f"&source=EscalatedMessage&action=unsubscribe&GuestId={local}>"),
        ("X-MS-Exchange-Organization-SCL", "1"),
        ("X-MS-Exchange-Organization-AuthSource", "AM0PR01MB0001.eurprd01.prod.outlook.com"),
    ], body)


def newsletter(*, to: str = GROUP, extra: list[tuple[str, str]] | None = None) -> bytes:
    """A real newsletter with its own List-Id and List-Unsubscribe, whose text even reads like an ask."""
    return _mail([
        ("From", "Rakennusuutiset <uutiset@rakennusuutiset.example>"),
        ("To", to),
        ("Subject", "Viikon uutiset: poista turhat tiedot ajoissa"),
        ("Date", "Wed, 01 Apr 2026 09:00:00 +0300"),
        ("Message-ID", "<nl-2026-14@rakennusuutiset.example>"),
        ("List-Id", "Rakennusuutiset <uutiset.rakennusuutiset.example>"),
        ("List-Unsubscribe", "<https://rakennusuutiset.example/unsubscribe?u=8812>"),
        ("Precedence", "bulk"),
        *(extra or []),
    ], "Poistakaa vanhat asiakastiedot ajoissa, muistuttaa tietosuojavaltuutettu. Lue lisää verkossa.\n")
