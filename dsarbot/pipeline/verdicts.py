"""What mail systems already know: spam verdicts from our own mail system, and signs of bulk mail.

Spam filters stamp their verdict on the mail: Exchange Online (``X-MS-Exchange-Organization-SCL``,
``X-Forefront-Antispam-Report``), SpamAssassin and rspamd (``X-Spam-Flag``, ``X-Spam-Status``, ``X-Spam``,
``X-Rspamd-Action``). A sender can write the same headers into its own mail, and a mail relayed from
elsewhere carries other systems' verdicts, so a verdict counts only above the *trusted Received boundary*:
the topmost Received line that records our own system taking the mail from an outside host. Everything
above that line was added by our system; everything below came with the mail.

Bulk mail is recognised by what mailing services add (their own headers, a bulk verdict) and by the
"view in browser" line of a newsletter. Neither makes a mail automated on its own: a person's request
relayed by a form service may carry an ESP's headers. They make a request found in the mail uncertain
(triage) and a mail without one confidently ordinary.
"""

from __future__ import annotations

import ipaddress
import re

from dsarbot.pipeline.types import ParsedMessage

_FROM_HOST = re.compile(r"^\s*from\s+(\S+)(?:\s+\(([^)]*)\))?", re.IGNORECASE)
_BY_HOST = re.compile(r"\bby\s+([\w.-]+)", re.IGNORECASE)
_IP = re.compile(r"\[?((?:\d{1,3}\.){3}\d{1,3}|[0-9a-f]*:[0-9a-f:]+)\]?", re.IGNORECASE)
_LOCAL_HOP = re.compile(r"\bwith\s+(?:lmtp|local|lmtps)\b|\bfrom\s+(?:localhost|userid\s+\d+)", re.IGNORECASE)


def _domain(host: str) -> str:
    """The registered domain of a host name (its last two labels), lower case."""
    labels = host.lower().strip(".[]").split(".")
    return ".".join(labels[-2:]) if len(labels) >= 2 else host.lower()


def _internal_ip(text: str) -> bool:
    for m in _IP.finditer(text):
        try:
            ip = ipaddress.ip_address(m.group(1))
        except ValueError:
            continue
        return ip.is_private or ip.is_loopback
    return False


def _internal_hop(received: str, ours: str) -> bool:
    """A Received line for a hop inside our own mail system (local delivery, a private address, our domain)."""
    if _LOCAL_HOP.search(received):
        return True
    m = _FROM_HOST.match(received)
    if not m:
        return True  # "by host with LMTP" and other lines without a sending host: our own delivery
    host, detail = m.group(1), m.group(2) or ""
    return _domain(host) == ours or _internal_ip(detail or host) or host.lower() == "localhost"


def trusted_headers(p: ParsedMessage) -> set[int]:
    """Positions (in ``p.header_order``) of the header lines our own mail system added."""
    order = p.header_order
    received = [i for i, name in enumerate(order) if name == "received"]
    values = p.headers.get("received", ())
    if not received or len(values) != len(received):
        return set()
    by = _BY_HOST.search(values[0])
    ours = _domain(by.group(1)) if by else ""
    boundary = received[-1]  # no outside hop found: trust what sits above the lowest Received line
    for pos, value in zip(received, values, strict=True):
        if not _internal_hop(value, ours):
            boundary = pos
            break
    return set(range(boundary))


def _values(p: ParsedMessage, name: str, trusted: set[int]) -> list[str]:
    """The values of header *name* that sit at trusted positions."""
    positions = [i for i, n in enumerate(p.header_order) if n == name]
    values = p.headers.get(name, ())
    return [v for i, v in zip(positions, values, strict=False) if i in trusted]


_FOREFRONT_SPAM = re.compile(r"\b(?:SFV:SPM|CAT:(?:H?SPM|H?PHSH|SPOOF|MALW|OSPM)|SCL:[5-9])\b", re.IGNORECASE)
_SPAM_WORDS = ("reject", "add header", "rewrite subject", "soft reject")


def spam_verdicts(p: ParsedMessage) -> tuple[str, ...]:
    """Spam or phishing verdicts that our own mail system put on the mail."""
    trusted = trusted_headers(p)
    if not trusted:
        return ()
    out: list[str] = []
    for v in _values(p, "x-spam-flag", trusted) + _values(p, "x-spam", trusted):
        if v.strip().lower().startswith(("yes", "true")):
            out.append(f"spam filter verdict: {v.strip()[:40]}")
    for v in _values(p, "x-spam-status", trusted):
        if v.strip().lower().startswith("yes"):
            out.append(f"X-Spam-Status: {v.strip()[:60]}")
    for v in _values(p, "x-rspamd-action", trusted):
        if v.strip().lower() in _SPAM_WORDS:
            out.append(f"rspamd action: {v.strip()}")
    for v in _values(p, "x-ms-exchange-organization-scl", trusted):
        if v.strip().lstrip("-").isdigit() and int(v.strip()) >= 5:
            out.append(f"Exchange spam confidence level {v.strip()}")
    for v in _values(p, "x-forefront-antispam-report", trusted):
        m = _FOREFRONT_SPAM.search(v)
        if m:
            out.append(f"Exchange Online Protection verdict {m.group(0)}")
    return tuple(dict.fromkeys(out))


# Headers that mailing services (ESPs) put on the mail they send for their customers.
_ESP_HEADERS = (
    "x-mailgun-tag", "x-mailgun-campaign-id", "x-sg-eid", "x-sg-id", "x-sendgrid-eid", "x-mc-user",
    "x-mandrill-user", "x-mailchimp-campaign", "x-mj-mid", "x-mj-campaignid", "x-mailjet-campaign",
    "x-ses-outgoing", "x-campaign", "x-campaignid", "x-campaign-id", "x-sib-id", "x-mailin-campaign",
    "x-newsletter", "x-csa-complaints", "x-marketoid", "x-mailerlite-campaign", "x-klaviyo-message",
    "x-hs-cid", "x-apsis-mailid", "x-rule-mail", "x-emarsys-identify", "x-listmonk-campaign",
)
_ESP_MAILER = re.compile(
    r"mailchimp|mailjet|sendinblue|brevo|klaviyo|hubspot|marketing cloud|exacttarget|campaign monitor"
    r"|constant contact|mailerlite|getresponse|apsis|emarsys|listmonk|phplist|sendy|acumbamail|mailpoet",
    re.IGNORECASE,
)
_BCL = re.compile(r"\bBCL:([7-9])\b", re.IGNORECASE)
_VIEW_ONLINE = re.compile(
    r"\bview (?:this (?:e-?mail|message) )?(?:in (?:your |a )?(?:web )?browser|online)\b|\bkatso selaimessa\b"
    r"|\bvisa i webbl(?:ä|a)saren\b|\bim browser (?:ansehen|anzeigen|öffnen)\b|\bversion en ligne\b"
    r"|\bver en (?:el|su) navegador\b|\bavaa selaimessa\b|\blue verkossa\b",
    re.IGNORECASE,
)


def bulk_signs(p: ParsedMessage) -> tuple[str, ...]:
    """Signs that a mailing service sent the mail in bulk."""
    out = [f"mailing-service header {name}" for name in _ESP_HEADERS if name in p.headers]
    mailer = p.header("x-mailer") or ""
    if _ESP_MAILER.search(mailer):
        out.append(f"sent with {mailer[:40]}")
    trusted = trusted_headers(p)
    for v in _values(p, "x-microsoft-antispam", trusted) + _values(p, "x-forefront-antispam-report", trusted):
        m = _BCL.search(v) or (re.search(r"\bCAT:BULK\b", v, re.IGNORECASE))
        if m:
            out.append(f"bulk verdict {m.group(0)}")
    head = p.new_text[:3000]  # the mail's own top, not a newsletter quoted under a person's reply
    view = _VIEW_ONLINE.search(head)
    if view:
        out.append(f"newsletter line {view.group(0)!r}")
    return tuple(dict.fromkeys(out))
