"""A Dovecot that takes only OAuth2 bearer tokens (SASL XOAUTH2 / OAUTHBEARER), as Exchange Online and
Gmail do: `passdb { driver = oauth2 }`, each token checked at the local identity provider's
introspection endpoint (:mod:`support.oauth_server`), which also says whose mailbox it opens.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from imapclient import IMAPClient

from support.dovecot import Dovecot
from support.oauth_server import OAuthServer
from support.tls import self_signed

CONFIG = """\
base_dir  = {root}/run
state_dir = {root}/state
log_path  = {root}/dovecot.log
protocols = imap
listen = 127.0.0.1
ssl = no
disable_plaintext_auth = no
auth_mechanisms = {mechanisms}
auth_failure_delay = 0
default_login_user    = nobody
default_internal_user = nobody
default_internal_group = nogroup
stats_writer_socket_path =
verbose_proctitle = yes
mailbox_idle_check_interval = 1 secs
mail_location = maildir:{root}/mail/%u/Maildir
service imap-login {{
  inet_listener imap {{
    address = 127.0.0.1
    port = {port}
  }}
  inet_listener imaps {{
    port = 0
  }}
}}
service anvil {{
  unix_listener anvil-auth-penalty {{
    mode = 0
  }}
}}
passdb {{
  driver = oauth2
  mechanisms = {mechanisms}
  args = {root}/oauth2.conf.ext
}}
userdb {{
  driver = static
  args = uid=nobody gid=nogroup home={root}/mail/%u
}}
"""
# Dovecot POSTs token=<token>; the answer's `username` must be the user logging in.
INTROSPECTION = """\
introspection_mode = post
introspection_url = {url}
username_attribute = username
active_attribute = active
active_value = true
force_introspection = yes
"""


class OAuthDovecot(Dovecot):
    """Dovecot that accepts only tokens the *oauth* server issued for the user logging in."""

    def __init__(self, root: Path, oauth: OAuthServer, mechanisms: str = "xoauth2 oauthbearer") -> None:
        super().__init__(root)
        self.oauth = oauth
        self.mechanisms = mechanisms

    def config_text(self) -> str:
        """The OAuth2-only configuration (and its introspection settings beside it)."""
        ext = self.root / "oauth2.conf.ext"
        ext.write_text(INTROSPECTION.format(url=self.oauth.introspection_url))
        ext.chmod(0o644)
        return CONFIG.format(root=self.root, port=self.port, mechanisms=self.mechanisms)

    def new_user(self) -> str:
        """A fresh user whose INBOX exists already, as a company's info@ mailbox does.

        (Two sessions that create the same Maildir at the same moment, the watcher's and a test's
        APPEND, can leave the first one's view of it stale; real mailboxes are never new.)
        """
        user = super().new_user()
        c = self.client(user)
        try:
            c.select_folder("INBOX")
        finally:
            c.logout()
        return user

    def url(self, user: str, password: str = "", folder: str = "INBOX", scheme: str = "imap") -> str:
        """The mailbox URL dsarbot gets: a user and no password (OAuth2)."""
        return f"{scheme}://{user.replace('@', '%40')}@127.0.0.1:{self.port}/{folder}"

    def client(self, user: str) -> IMAPClient:
        """The test's own logged-in view (a token issued directly, no token request counted)."""
        c = IMAPClient("127.0.0.1", port=self.port, ssl=False, timeout=10)
        mech = self.mechanisms.split()[0].upper()
        if mech == "XOAUTH2":
            c.oauth2_login(user, self.oauth.issue(user, lifetime=60))
        else:
            c.oauthbearer_login(user, self.oauth.issue(user, lifetime=60))
        return c


def oauth_dovecot(oauth: OAuthServer, mechanisms: str = "xoauth2 oauthbearer") -> Iterator[OAuthDovecot]:
    """Start an OAuth2-only Dovecot in its own folder (reachable by `nobody`), stop it afterwards."""
    root = Path(tempfile.mkdtemp(prefix="dsarbot-dvo-"))
    root.chmod(0o755)
    server = OAuthDovecot(root, oauth, mechanisms).start()
    try:
        yield server
    finally:
        server.stop()
        shutil.rmtree(root, ignore_errors=True)


@pytest.fixture(scope="module")
def module_oauth() -> Iterator[OAuthServer]:
    """One identity provider for a test module, its token endpoint on https (msal takes nothing else),
    trusted through SSL_CERT_FILE for the module; tests register their own clients."""
    folder = Path(tempfile.mkdtemp(prefix="dsarbot-idp-"))
    cert, key = self_signed(folder, "idp")
    before = os.environ.get("SSL_CERT_FILE")
    os.environ["SSL_CERT_FILE"] = str(cert)
    server = OAuthServer(tls=(cert, key)).start()
    try:
        yield server
    finally:
        server.close()
        if before is None:
            os.environ.pop("SSL_CERT_FILE", None)
        else:
            os.environ["SSL_CERT_FILE"] = before
        shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture(scope="module")
def oauth_imap(module_oauth: OAuthServer) -> Iterator[OAuthDovecot]:
    """An OAuth2-only Dovecot for a test module, checking tokens at *module_oauth*."""
    yield from oauth_dovecot(module_oauth)
