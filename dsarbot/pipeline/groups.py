"""Mail that reached info@ through the company's own group or alias (a Google Group, a Microsoft 365 group).

A Google Group or M365 group that *is* the company's info@ address stamps list headers (List-Id,
List-Unsubscribe, Precedence: list, Mailing-list, X-Google-Group-Id) on every mail it passes on, and
when the sender's domain has a strict DMARC policy it rewrites From to the group ("'Matti' via Info
<info@company.fi>") and moves the person to Reply-To / X-Original-From. Such mail is a person's mail:
the group's own list headers do not make it automated, and the requester is the original sender,
never the group address. Real mailing lists and newsletters keep their list headers and stay automated.

"Own" is exact when the caller knows the controllers (:class:`OwnMailboxes` from the configuration);
without it (``dsarbot classify``) the common shape is recognised: a group whose list address is the
mail's To address and a role mailbox (info@, contact@, toimisto@, asiakaspalvelu@, kontakt@…).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from dsarbot.pipeline.parse import parse_address
from dsarbot.pipeline.types import ParsedMessage

# Role mailboxes a company publishes (local parts, lower case): the shape of an info@ group without a config.
ROLE_MAILBOXES = frozenset(
    (
        "info", "contact", "contacts", "office", "toimisto", "asiakaspalvelu", "asiakastuki", "kontakt", "kontakta",
        "kundtjanst", "kundservice", "customerservice", "customer-service", "service", "palvelu", "hello", "hei",
        "moi", "hej", "myynti", "sales", "support", "tuki", "help", "privacy", "tietosuoja", "dataskydd", "gdpr",
        "dpo", "feedback", "palaute", "yhteys", "yhteydenotot", "posti", "mail", "reception", "vastaanotto",
        "kirjaamo", "registry", "post",
    )
)
# Markers of a group service's own unsubscribe/help links (Google Groups, Microsoft 365 groups).
_SERVICE_MARKS = ("googlegroups", "groups.google.", "groupsubscription")
_LIST_TOKEN = re.compile(r"<([^<>\s]+)>")
_ADDRESS = re.compile(r"[\w.!#$%&'*+/=?^`{|}~-]+@[\w-]+(?:\.[\w-]+)+")
_VIA = re.compile(r"^'?(.+?)'?\s+via\s+.+$", re.IGNORECASE)
# A bulk sender's marks, which survive the group when it replaces the sender's own list headers: its mailer,
# campaign headers, and an unsubscribe or "view in browser" line with a link. Such mail stays a list's.
BULK_MAILERS = (
    "mailchimp", "mailerlite", "sendinblue", "brevo", "klaviyo", "hubspot", "campaign monitor", "mailjet",
    "sendgrid", "constant contact", "getresponse", "activecampaign", "apsis", "flowmailer", "emarsys",
    "salesforce marketing", "exacttarget", "marketo", "pardot", "mailpoet", "newsletter2go", "cleverreach",
    "smartly", "liana", "mailgun",
)
BULK_HEADERS = ("feedback-id", "x-campaign", "x-campaign-id", "x-mailgun-tag", "x-mc-user", "x-sg-eid",
                "x-ses-outgoing", "list-unsubscribe-post", "x-newsletter", "x-mailer-lid")
_BULK_LINE = re.compile(
    r"^\W{0,3}(?:to )?(?:unsubscribe|opt[- ]out|manage (?:your )?(?:subscription|preferences)|view (?:this|it|the)?"
    r" ?(?:e-?mail )?in (?:your|a|the) browser|peruuta tilaus|peru tilaus|lopeta tilaus|tilauksen peruminen"
    r"|poistu (?:postitus)?listalta|katso selaimessa|näytä selaimessa|avregistrera|avsluta (?:din )?prenumeration"
    r"|visa i (?:din )?webbläsare|abmelden|abbestellen|newsletter abbestellen)\b[^\n]{0,80}(?:https?://|www\.|\[|<)",
    re.IGNORECASE | re.MULTILINE,
)


@dataclass(frozen=True)
class OwnMailboxes:
    """The company's own mailboxes: the controllers' addresses and the groups/aliases that deliver to them.

    ``groups`` holds group or alias addresses, List-Id values and Google group ids, as configured.
    """

    addresses: frozenset[str] = frozenset()
    groups: frozenset[str] = frozenset()

    @classmethod
    def of(cls, addresses: list[str] | tuple[str, ...], groups: list[str] | tuple[str, ...] = ()) -> OwnMailboxes:
        """Normalised (lower case, no angle brackets) sets."""
        return cls(frozenset(a.strip().lower() for a in addresses),
                   frozenset(g.strip().strip("<>").lower() for g in groups))

    def tokens(self) -> frozenset[str]:
        """Every way the own mailboxes can appear in a list header: addresses, their List-Id form, ids."""
        names = self.addresses | self.groups
        return names | {_dotted(n) for n in names if "@" in n}


def _dotted(address: str) -> str:
    """An address in the List-Id form Google and Microsoft use: info@company.fi -> info.company.fi."""
    return address.replace("@", ".", 1)


def _values(p: ParsedMessage, name: str) -> tuple[str, ...]:
    return p.headers.get(name, ())


def _list_addresses(p: ParsedMessage) -> list[str]:
    """The list's own address(es): Mailing-list "list X@Y;", List-Post mailto:, the To address a List-Id names."""
    found: list[str] = []
    for value in _values(p, "mailing-list"):
        m = re.search(r"\blist\s+(" + _ADDRESS.pattern + ")", value, re.IGNORECASE)
        if m:
            found.append(m.group(1).lower())
    for value in _values(p, "list-post"):
        found += [a.lower() for a in re.findall(r"mailto:(" + _ADDRESS.pattern + ")", value, re.IGNORECASE)]
    ids = {t.lower() for v in _values(p, "list-id") for t in _LIST_TOKEN.findall(v) or [v.strip()]}
    found += [a for a in p.to_addrs if _dotted(a) in ids]
    return list(dict.fromkeys(found))


def _belongs(value: str, names: set[str]) -> bool:
    """Whether a List-Id / List-Unsubscribe value is the group's own (not a newsletter's kept header)."""
    low = value.lower()
    for name in names:
        local, _, domain = name.partition("@")
        if name in low or _dotted(name) in low or (domain and f"{local}+" in low and domain in low):
            return True
    return any(mark in low for mark in _SERVICE_MARKS)


def group_of(p: ParsedMessage, own: OwnMailboxes | None) -> str | None:
    """The company's own group/alias address *p* came through, or None (a real list, or no list at all).

    Only when every List-Id and List-Unsubscribe value on the mail is the group's own: a newsletter that
    kept its own list headers while passing through the group stays a newsletter.
    """
    if not (p.headers.keys() & {"list-id", "list-post", "mailing-list", "x-google-group-id", "list-unsubscribe"}):
        return None
    candidates = _list_addresses(p)
    if own is not None:
        tokens = own.tokens()
        group = next((a for a in candidates if a in tokens), None)
        ids = {t.lower() for v in _values(p, "list-id") for t in _LIST_TOKEN.findall(v)}
        ids |= {v.strip().lower() for v in _values(p, "x-google-group-id")}
        if group is None and ids & tokens:  # a configured List-Id or Google group id: the list's address is ours
            group = candidates[0] if candidates else sorted(ids & tokens)[0]
    else:
        group = next((a for a in candidates if a in p.to_addrs and a.split("@")[0] in ROLE_MAILBOXES), None)
    if group is None:
        return None
    names = {group, *candidates, *(own.groups if own else ())}
    listed = _values(p, "list-id") + _values(p, "list-unsubscribe")
    return group if all(_belongs(v, names) for v in listed) else None


def _is_own(addr: str | None, group: str, own: OwnMailboxes | None) -> bool:
    return bool(addr) and (addr == group or (own is not None and addr in own.tokens()))


def original_sender(p: ParsedMessage, group: str, own: OwnMailboxes | None) -> tuple[str | None, str | None]:
    """(address, name) of the person who wrote to the group: X-Original-From, X-Original-Sender, Reply-To, From."""
    # "'Matti Virtanen' via Info" is how Google names a rewritten sender.
    name = _VIA.sub(r"\1", p.from_name).strip() or None if p.from_name else None
    for header in ("x-original-from", "x-original-sender"):
        for value in _values(p, header):
            addr, display = parse_address(value)
            if addr and not _is_own(addr, group, own):
                return addr, display or (name if _is_own(p.from_addr, group, own) else p.from_name)
    if p.reply_to_addr and not _is_own(p.reply_to_addr, group, own) and _is_own(p.from_addr, group, own):
        return p.reply_to_addr, p.reply_to_name or name
    return p.from_addr, name


def bulk_marks(p: ParsedMessage) -> bool:
    """Whether *p* carries a bulk sender's marks: a newsletter's mailer or campaign headers, an unsubscribe line."""
    mailer = " ".join(_values(p, "x-mailer")).lower()
    if any(m in mailer for m in BULK_MAILERS) or any(h in p.headers for h in BULK_HEADERS):
        return True
    return bool(_BULK_LINE.search(p.text[:20_000]))


def through_own_group(p: ParsedMessage, own: OwnMailboxes | None) -> ParsedMessage:
    """*p* as the person sent it when it came through the company's own group: ``via_group`` set, From the
    original sender and the group's own address dropped from Reply-To. Other mail is returned unchanged,
    and so is a newsletter that reached the group (its list headers are the only ones left to judge it by)."""
    group = group_of(p, own)
    if group is None or bulk_marks(p):
        return p
    addr, name = original_sender(p, group, own)
    reply_addr, reply_name = p.reply_to_addr, p.reply_to_name
    if _is_own(reply_addr, group, own):
        reply_addr, reply_name = None, None
    return replace(p, via_group=group, from_addr=addr, from_name=name, reply_to_addr=reply_addr,
                   reply_to_name=reply_name)
