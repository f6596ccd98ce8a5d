"""Mail through the company's own Google Group / Microsoft 365 group is a person's mail answered to the person;
real newsletters stay automated; "[EXTERNAL]" tags and warning banners are not the requester's words."""

from __future__ import annotations

from email.message import EmailMessage

import pytest
from support.groups import GROUP, GROUP_ID, google_group_mail, m365_group_mail, newsletter

from dsarbot.pipeline import OwnMailboxes, analyse
from dsarbot.pipeline.banners import strip_banners, strip_subject_tags

OWN = OwnMailboxes.of([GROUP])


@pytest.mark.parametrize("own", [None, OWN], ids=["no config", "config"])
@pytest.mark.parametrize("rewritten", [True, False], ids=["From rewritten (DMARC)", "From kept"])
def test_a_request_through_the_own_google_group_is_the_senders_request(own: OwnMailboxes | None,
                                                                        rewritten: bool) -> None:
    a = analyse(google_group_mail(rewritten=rewritten), own=own)
    assert a.screening.automated is False
    assert (a.classification.category, a.classification.kinds) == ("request", ("erasure",))
    assert (a.identity.email, a.identity.name) == ("matti.virtanen@gmail.example", "Matti Virtanen")
    assert a.parsed.via_group == GROUP


def test_a_group_set_to_reply_to_itself_still_answers_the_original_sender() -> None:
    a = analyse(google_group_mail(reply_to_group=True), own=OWN)
    assert a.identity.email == "matti.virtanen@gmail.example"
    assert a.parsed.reply_to_addr is None


@pytest.mark.parametrize("own", [None, OWN], ids=["no config", "config"])
def test_a_request_through_the_own_microsoft_365_group_is_the_senders_request(own: OwnMailboxes | None) -> None:
    a = analyse(m365_group_mail(), own=own)
    assert (a.classification.category, a.classification.kinds) == ("request", ("access",))
    assert a.identity.email == "anna.korhonen@example.com"


@pytest.mark.parametrize("own", [None, OWN], ids=["no config", "config"])
def test_a_real_newsletter_with_list_id_stays_automated(own: OwnMailboxes | None) -> None:
    a = analyse(newsletter(), own=own)
    assert a.screening.automated and a.classification.category == "automated"
    assert "mailing-list headers (List-Id/List-Unsubscribe)" in a.screening.reasons


def test_a_newsletter_that_kept_its_own_list_headers_through_the_group_stays_automated() -> None:
    raw = google_group_mail(
        sender="Rakennusuutiset <uutiset@rakennusuutiset.example>", rewritten=False,
        subject="Viikon uutiset", body="Poistakaa vanhat asiakastiedot ajoissa. Lue lisää verkossa.\n",
        extra=[("List-Unsubscribe", "<https://rakennusuutiset.example/unsubscribe?u=8812>")],
    )
    a = analyse(raw, own=OWN)
    assert a.parsed.via_group is None
    assert a.classification.category == "automated"


def test_with_a_config_only_the_companys_own_groups_count() -> None:
    elsewhere = google_group_mail(group="info@toinenyritys.example")
    assert analyse(elsewhere, own=None).parsed.via_group == "info@toinenyritys.example"  # the shape alone
    a = analyse(elsewhere, own=OWN)  # with a config: not ours, a list like any other
    assert a.parsed.via_group is None and a.classification.category == "automated"


def test_a_configured_alias_or_google_group_id_counts_as_own() -> None:
    alias = google_group_mail(group="asiakaspalvelu@kattopojat.example.fi")
    assert analyse(alias, own=OwnMailboxes.of([GROUP], ["asiakaspalvelu@kattopojat.example.fi"])).parsed.via_group
    by_id = google_group_mail(group="tuki-ryhma@kattopojat.example.fi")  # not a role name, not configured by address
    assert analyse(by_id, own=None).parsed.via_group is None
    assert analyse(by_id, own=OwnMailboxes.of([GROUP], [GROUP_ID])).classification.category == "request"


def test_a_list_of_another_name_to_the_company_is_not_taken_for_its_group_without_a_config() -> None:
    raw = google_group_mail(group="kehittajat@lists.example.org")  # a developers' list the company reads
    assert analyse(raw, own=None).classification.category == "automated"


# --- [EXTERNAL] tags and warning banners ---------------------------------------------------------------


@pytest.mark.parametrize(("subject", "clean"), [
    ("[EXTERNAL] Tietojeni poistaminen", "Tietojeni poistaminen"),
    ("RE: [ULKOINEN] Tarkastuspyyntö", "RE: Tarkastuspyyntö"),
    ("[Extern] Begäran om registerutdrag", "Begäran om registerutdrag"),
    ("EXTERNAL: Re: my data", "Re: my data"),
    ("*EXTERNAL* Delete my account", "Delete my account"),
    ("External auditors' report", "External auditors' report"),  # a word of the subject, not a tag
    ("[DSAR-2026-0042] Re: [EXTERNAL] poisto", "[DSAR-2026-0042] Re: poisto"),
])
def test_the_organisations_external_tags_are_taken_off_the_subject(subject: str, clean: str) -> None:
    assert strip_subject_tags(subject) == clean


@pytest.mark.parametrize("banner", [
    "CAUTION: This email originated from outside of the organization. Do not click links or open attachments "
    "unless you recognize the sender and know the content is safe.",
    "This message came from outside your organization.",
    "You don't often get email from matti.virtanen@gmail.example. Learn why this is important",
    "Tämä viesti tuli organisaatiosi ulkopuolelta. Älä avaa linkkejä tai liitteitä, ellet tunnista lähettäjää.",
    "Et saa usein sähköpostia osoitteesta matti.virtanen@gmail.example. Lue, miksi tämä on tärkeää",
    "VARNING: Detta e-postmeddelande kommer från en extern avsändare.\nKlicka inte på länkar om du inte känner "
    "igen avsändaren.",
    "Du får inte ofta e-post från matti.virtanen@gmail.example. Läs om varför det här är viktigt",
    "[EXTERNAL]",
    'You received this message because you are subscribed to the Google Groups "Info" group.\nTo unsubscribe '
    "from this group and stop receiving emails from it, send an email to info+unsubscribe@kattopojat.example.fi.",
    "Saat tämän viestin, koska olet tilannut Google-ryhmien ryhmän Info.\nJos haluat lopettaa tämän ryhmän "
    "tilauksen ja lopettaa sen sähköpostien vastaanottamisen, lähetä sähköpostia osoitteeseen "
    "info+unsubscribe@kattopojat.example.fi.",
])
def test_warning_banners_are_not_part_of_the_text(banner: str) -> None:
    text = f"{banner}\n\nHei,\npoistakaa tietoni.\n\nTerveisin\nMatti"
    assert strip_banners(text) == "Hei,\npoistakaa tietoni.\n\nTerveisin\nMatti"


def test_an_english_html_banner_does_not_make_a_short_finnish_request_english() -> None:
    msg = EmailMessage()
    msg["From"] = "Matti Virtanen <matti.virtanen@gmail.example>"
    msg["To"] = GROUP
    msg["Subject"] = "[EXTERNAL] Poisto"
    msg.set_content(
        '<html><body><table><tr><td style="background:#ffeb9c">CAUTION: This email originated from outside of '
        "the organization. Do not click links or open attachments unless you recognize the sender and know "
        "the content is safe.</td></tr></table><div>Poistakaa tietoni.</div><div>Terveisin<br>Matti</div>"
        "</body></html>", subtype="html")
    a = analyse(msg.as_bytes())
    assert a.parsed.subject == "Poisto"
    assert "CAUTION" not in a.parsed.text
    assert (a.classification.kinds, a.classification.language) == (("erasure",), "fi")


def test_a_newsletter_whose_list_headers_the_group_replaced_stays_automated() -> None:
    raw = google_group_mail(
        sender="Nordic SaaS Summit <hello@nordicsaas.example.org>",
        subject="Nordic SaaS Summit 2025 – programme is out!",
        body="Hi,\n\nThe programme is online, with a GDPR track on access requests and data portability.\n\n"
             "Unsubscribe: https://nordicsaas.example.org/unsubscribe?id=info\n",
        extra=[("X-Mailer", "Mailchimp Mailer - **CIDe4f1c7a2b3d5**")],
    )
    a = analyse(raw, own=OWN)
    assert a.parsed.via_group is None
    assert a.classification.category == "automated"
