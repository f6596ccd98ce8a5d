"""Shared fixtures. Each area keeps its fixtures in tests/support/<area>.py; they are imported here."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(Path(__file__).resolve().parent))



from support.browser import chromium_browser  # noqa: E402, F401
from support.dovecot import dovecot  # noqa: E402, F401
from support.dovecot_oauth import module_oauth, oauth_imap  # noqa: E402, F401
from support.fake_slack import fake_slack, slack_rt, slack_server  # noqa: E402, F401
from support.fulfil import flow  # noqa: E402, F401
from support.intake import intake  # noqa: E402, F401
from support.oauth_server import oauth_server  # noqa: E402, F401
from support.postfix import postfix_for  # noqa: E402, F401
from support.postgres import postgres_db, postgres_url  # noqa: E402, F401
from support.runtime import any_rt, rt  # noqa: E402, F401
from support.smtp import relay  # noqa: E402, F401
