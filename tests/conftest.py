"""Shared fixtures. Each area keeps its fixtures in tests/support/<area>.py; they are imported here."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus" / "dev"
sys.path.insert(0, str(Path(__file__).resolve().parent))


@pytest.fixture(scope="session")
def corpus_dir() -> Path:
    """The labelled development corpus (../shared/corpus/dev)."""
    if not CORPUS.is_dir():
        pytest.fail(f"the development corpus is missing at {CORPUS}")
    return CORPUS

from support.browser import chromium_browser  # noqa: E402, F401
from support.dovecot import dovecot  # noqa: E402, F401
from support.dovecot_oauth import module_oauth, oauth_imap  # noqa: E402, F401
from support.fake_slack import fake_slack, slack_rt, slack_server  # noqa: E402, F401
from support.fulfil import flow  # noqa: E402, F401
from support.oauth_server import oauth_server  # noqa: E402, F401
from support.postgres import postgres_db, postgres_url  # noqa: E402, F401
from support.runtime import any_rt, rt  # noqa: E402, F401
from support.smtp import relay  # noqa: E402, F401
