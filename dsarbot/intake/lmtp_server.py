"""The LMTP intake: the company's own mail server (Postfix, Exim, Dovecot) delivers `info@` mail to dsarbot.

This is how GNU Mailman 3 receives mail, and the way in for mail systems where OAuth2 is not wanted.
LMTP (RFC 2033) is SMTP without queueing on our side: the MTA keeps the mail until we answer, and after
DATA we answer once per accepted recipient:

* `RCPT TO` an address that is no controller's: `550` at once (the MTA bounces it, we are no relay).
* After DATA: `250` for each recipient, only after the message is committed (the same
  :func:`dsarbot.intake.ingest.store_raw` as SMTP and IMAP); `451` for each recipient when storing
  failed, so the MTA keeps the mail in its queue and delivers it again later.
* The arrival time (the legal clock) is the moment the message is accepted.

A message for several controllers' addresses in one transaction is stored once (like the SMTP intake), for
the controller of the first recipient; redelivery of the same bytes after a crash is a no-op.
"""

from __future__ import annotations

import logging
from typing import Any

from aiosmtpd.controller import Controller
from aiosmtpd.lmtp import LMTP
from aiosmtpd.smtp import SMTP, Envelope, Session

from dsarbot.intake.smtp_server import BudgetedSMTP, IntakeController, IntakeHandler, SmtpIntake, smtp_options

log = logging.getLogger(__name__)


class LmtpHandler(IntakeHandler):
    """The SMTP intake's handler, answering DATA once per recipient as LMTP requires."""

    source = "lmtp"

    async def handle_DATA(self, server: SMTP, session: Session, envelope: Envelope) -> str:
        """Store and commit once, then one status line per accepted recipient (RFC 2033 section 4.2)."""
        status = await super().handle_DATA(server, session, envelope)
        return "\r\n".join(status for _ in envelope.rcpt_tos) or status


class _BudgetedLMTP(LMTP, BudgetedSMTP):
    """LMTP (LHLO instead of EHLO) with the SMTP intake's byte budget and large-mail turn."""


class _LmtpController(IntakeController):
    """The intake's Controller serving the LMTP protocol class instead of SMTP."""

    def factory(self) -> LMTP:
        """One LMTP protocol object per connection, sharing the intake's budget and large-mail turn."""
        return _BudgetedLMTP(self.handler, budget=self.budget, large_mail=self.large_mail, **self.SMTP_kwargs)


class LmtpIntake(SmtpIntake):
    """The LMTP server in its own thread; started by `dsarbot run` and `dsarbot smtp` when configured."""

    name = "LMTP"

    def _configured_listen(self) -> str:
        address = self.rt.settings.intake.lmtp_listen
        if not address:
            raise ValueError("no LMTP address: set DSARBOT_LMTP_LISTEN (host:port), e.g. 127.0.0.1:2424")
        return address

    def _handler(self) -> IntakeHandler:
        return LmtpHandler(self.rt)

    def _controller(self) -> Controller:
        options: dict[str, Any] = smtp_options(self.rt.settings.intake)
        options["ident"] = "dsarbot LMTP intake"
        # LMTP is spoken by the company's own MTA on a trusted link: no AUTH, no STARTTLS.
        for key in ("authenticator", "auth_required", "auth_require_tls", "tls_context"):
            options.pop(key, None)
        return _LmtpController(self.handler, self.rt.large_mail, hostname=self.host, port=self.port,
                               ready_timeout=10, **options)
