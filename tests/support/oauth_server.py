"""A local identity provider over real HTTP, standing in for Entra ID, Google and any OAuth2 server.

Two listeners on 127.0.0.1:

* the **token endpoint** (optionally TLS, which msal insists on) that dsarbot talks to:
  `POST /token` (client credentials, RFC 6749 §4.4), a Microsoft-shaped authority
  (`GET /{tenant}/v2.0/.well-known/openid-configuration`, `POST /{tenant}/oauth2/v2.0/token` with a
  client secret or a certificate-signed client assertion, errors with AADSTS codes) and
  `POST /google/token` (the JWT-bearer grant of a service account with domain-wide delegation).
  It can be made slow (`delay`) or taken down (`stop()` / `start()`: connections refused).
* the **introspection endpoint** Dovecot asks about each token (`POST /introspect`), always up.

Tokens are short-lived on request (`lifetime`), can be expired early (`expire_tokens()`) and their
client revoked (`revoke()`). `requests` counts token requests by kind.
"""

from __future__ import annotations

import base64
import json
import secrets
import ssl
import threading
import time
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa
from cryptography.hazmat.primitives.asymmetric.rsa import RSAPublicKey

from support.smtp import free_port

MS_SCOPE = "https://outlook.office365.com/.default"
GOOGLE_SCOPE = "https://mail.google.com/"
JWT_BEARER = "urn:ietf:params:oauth:grant-type:jwt-bearer"
ASSERTION_TYPE = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer"


@dataclass
class Client:
    """An app registration / OAuth2 client."""

    client_id: str
    secret: str | None
    tenant: str | None = None
    mailbox: str | None = None
    """The one mailbox the app was given access to (Add-MailboxPermission); None: no mailbox."""
    certificate: x509.Certificate | None = None
    revoked: bool = False
    secret_expired: bool = False


@dataclass
class ServiceAccount:
    """A Google service account and the scopes its domain-wide delegation allows."""

    email: str
    client_id: str
    public_key: RSAPublicKey
    delegated: set[str] = field(default_factory=set)
    users: set[str] = field(default_factory=set)
    revoked: bool = False


@dataclass
class Issued:
    """One access token."""

    username: str
    expires_at: float
    active: bool = True


def _b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def _unb64url(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def verify_jwt(assertion: str, key: RSAPublicKey) -> tuple[dict[str, Any], dict[str, Any]] | None:
    """Header and claims of an RS256 or PS256 JWT signed by *key*; None when the signature is wrong."""
    try:
        head, body, sig = assertion.split(".")
        header = json.loads(_unb64url(head))
        pad: padding.AsymmetricPadding = (
            padding.PSS(mgf=padding.MGF1(hashes.SHA256()), salt_length=32) if header.get("alg") == "PS256"
            else padding.PKCS1v15())
        key.verify(_unb64url(sig), f"{head}.{body}".encode(), pad, hashes.SHA256())
        return header, json.loads(_unb64url(body))
    except Exception:
        return None


def jwt_claims(assertion: str) -> tuple[dict[str, Any], dict[str, Any]]:
    """Header and claims without checking the signature (to find whose key to check it with)."""
    head, body, _ = assertion.split(".")
    return json.loads(_unb64url(head)), json.loads(_unb64url(body))


class OAuthServer:
    """The identity provider; see the module docstring."""

    def __init__(self, tls: tuple[Path, Path] | None = None, lifetime: float = 300.0) -> None:
        self.tls = tls
        self.lifetime = lifetime
        self.delay = 0.0
        self.clients: dict[str, Client] = {}
        self.tenants: set[str] = set()
        self.service_accounts: dict[str, ServiceAccount] = {}
        self.tokens: dict[str, Issued] = {}
        self.requests: Counter[str] = Counter()
        self.lock = threading.Lock()
        self.port = free_port()
        self._token_http: ThreadingHTTPServer | None = None
        self._introspect_http: ThreadingHTTPServer | None = None

    # --- addresses -----------------------------------------------------------------------------

    @property
    def base(self) -> str:
        """The token listener's base URL (the authority host for msal)."""
        return f"{'https' if self.tls else 'http'}://127.0.0.1:{self.port}"

    @property
    def token_url(self) -> str:
        """The generic client-credentials endpoint."""
        return f"{self.base}/token"

    @property
    def google_token_url(self) -> str:
        """The JWT-bearer endpoint (a service account file's token_uri)."""
        return f"{self.base}/google/token"

    @property
    def introspection_url(self) -> str:
        """Where Dovecot asks whether a token is good."""
        assert self._introspect_http is not None
        return f"http://127.0.0.1:{self._introspect_http.server_address[1]}/introspect"

    # --- set-up --------------------------------------------------------------------------------

    def add_client(self, client_id: str, secret: str | None = None, *, tenant: str | None = None,
                   mailbox: str | None = None, certificate: x509.Certificate | None = None) -> Client:
        """Register an app (with *tenant*: a Microsoft app registration in that tenant)."""
        with self.lock:
            if tenant:
                self.tenants.add(tenant)
            client = self.clients[client_id] = Client(client_id, secret, tenant, mailbox, certificate)
            return client

    def add_service_account(self, folder: Path, email: str, client_id: str, users: set[str],
                            delegated: set[str] | None = None) -> Path:
        """Make a service account with a new RSA key; returns its JSON key file (token_uri points here)."""
        key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
        with self.lock:
            self.service_accounts[email] = ServiceAccount(email, client_id, key.public_key(),
                                                          {GOOGLE_SCOPE} if delegated is None else delegated,
                                                          users)
        pem = key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                serialization.NoEncryption()).decode()
        path = folder / f"{client_id}.json"
        path.write_text(json.dumps({
            "type": "service_account", "project_id": "dsarbot-test", "private_key_id": secrets.token_hex(20),
            "private_key": pem, "client_email": email, "client_id": client_id,
            "token_uri": self.google_token_url}))
        return path

    def revoke(self, client_id: str) -> None:
        """The secret (or service account key) is revoked: every further request is refused."""
        with self.lock:
            if client_id in self.clients:
                self.clients[client_id].revoked = True
            for sa in self.service_accounts.values():
                if sa.client_id == client_id:
                    sa.revoked = True
            for token in self.tokens.values():
                token.active = False

    def expire_tokens(self) -> None:
        """Every token issued so far stops working now (as at expiry, whatever the client thinks)."""
        with self.lock:
            for token in self.tokens.values():
                token.active = False

    def issue(self, username: str, lifetime: float | None = None) -> str:
        """A token for *username* without a token request (the test's own IMAP client)."""
        token = secrets.token_urlsafe(24)
        with self.lock:
            self.tokens[token] = Issued(username, time.monotonic() + (lifetime or self.lifetime))
        return token

    def valid(self, token: str) -> Issued | None:
        """The token's record while it is good."""
        with self.lock:
            issued = self.tokens.get(token)
            if issued is None or not issued.active or issued.expires_at <= time.monotonic():
                return None
            return issued

    @property
    def token_requests(self) -> int:
        """Token requests of every kind so far."""
        return sum(n for kind, n in self.requests.items() if not kind.startswith(("discovery", "introspect")))

    # --- lifecycle -----------------------------------------------------------------------------

    def start(self) -> OAuthServer:
        """Listen (again, on the same port after stop())."""
        if self._introspect_http is None:
            self._introspect_http = self._serve(free_port(), tls=False)
        self._token_http = self._serve(self.port, tls=bool(self.tls))
        return self

    def stop(self) -> None:
        """Take the token endpoint down: connections are refused until start()."""
        if self._token_http is not None:
            self._token_http.shutdown()
            self._token_http.server_close()
            self._token_http = None

    def close(self) -> None:
        """Stop both listeners."""
        self.stop()
        if self._introspect_http is not None:
            self._introspect_http.shutdown()
            self._introspect_http.server_close()
            self._introspect_http = None

    def _serve(self, port: int, tls: bool) -> ThreadingHTTPServer:
        outer = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: Any) -> None:
                pass

            def do_GET(self) -> None:
                outer._get(self)

            def do_POST(self) -> None:
                outer._post(self)

        http = ThreadingHTTPServer(("127.0.0.1", port), Handler)
        http.daemon_threads = True
        if tls and self.tls:
            ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
            ctx.load_cert_chain(str(self.tls[0]), str(self.tls[1]))
            http.socket = ctx.wrap_socket(http.socket, server_side=True)
        threading.Thread(target=http.serve_forever, daemon=True).start()
        return http

    # --- HTTP ----------------------------------------------------------------------------------

    def _reply(self, h: BaseHTTPRequestHandler, status: int, data: dict[str, Any]) -> None:
        body = json.dumps(data).encode()
        h.send_response(status)
        h.send_header("Content-Type", "application/json")
        h.send_header("Content-Length", str(len(body)))
        h.end_headers()
        h.wfile.write(body)

    def _get(self, h: BaseHTTPRequestHandler) -> None:
        parts = urlsplit(h.path).path.strip("/").split("/")
        if len(parts) == 4 and parts[1:] == ["v2.0", ".well-known", "openid-configuration"]:
            with self.lock:
                self.requests["discovery"] += 1
            tenant = parts[0]
            if tenant not in self.tenants:
                return self._reply(h, 400, _aad("invalid_tenant", 90002, f"Tenant '{tenant}' not found."))
            t = f"{self.base}/{tenant}"
            return self._reply(h, 200, {"token_endpoint": f"{t}/oauth2/v2.0/token",
                                        "authorization_endpoint": f"{t}/oauth2/v2.0/authorize",
                                        "issuer": f"{t}/v2.0", "jwks_uri": f"{t}/discovery/v2.0/keys"})
        self._reply(h, 404, {"error": "not_found"})

    def _post(self, h: BaseHTTPRequestHandler) -> None:
        length = int(h.headers.get("Content-Length") or 0)
        form = {k: v[0] for k, v in parse_qs(h.rfile.read(length).decode()).items()}
        path = urlsplit(h.path).path.strip("/")
        if path == "introspect":
            issued = self.valid(form.get("token", ""))
            with self.lock:
                self.requests["introspect" if issued else "introspect_refused"] += 1
            return self._reply(h, 200, {"active": True, "username": issued.username} if issued
                               else {"active": False})
        if self.delay:
            time.sleep(self.delay)
        if path == "token":
            kind, (status, data) = "client_credentials", self._client_credentials(h, form)
        elif path == "google/token":
            kind, (status, data) = "jwt_bearer", self._jwt_bearer(form)
        elif path.endswith("/oauth2/v2.0/token"):
            kind, (status, data) = "microsoft", self._microsoft(path.split("/")[0], form)
        else:
            return self._reply(h, 404, {"error": "not_found"})
        with self.lock:
            self.requests[kind] += 1
        self._reply(h, status, data)

    def _grant(self, username: str) -> tuple[int, dict[str, Any]]:
        token = self.issue(username)
        return 200, {"access_token": token, "token_type": "Bearer", "expires_in": int(self.lifetime)}

    def _client_credentials(self, h: BaseHTTPRequestHandler, form: dict[str, str]) -> tuple[int, dict[str, Any]]:
        client_id, secret = form.get("client_id", ""), form.get("client_secret", "")
        auth = h.headers.get("Authorization", "")
        if auth.startswith("Basic "):
            client_id, _, secret = base64.b64decode(auth[6:]).decode().partition(":")
        client = self.clients.get(client_id)
        if form.get("grant_type") != "client_credentials":
            return 400, {"error": "unsupported_grant_type"}
        if client is None or client.revoked or client.secret != secret:
            return 401, {"error": "invalid_client", "error_description": "client authentication failed"}
        return self._grant(client.mailbox or "")

    def _microsoft(self, tenant: str, form: dict[str, str]) -> tuple[int, dict[str, Any]]:
        client = self.clients.get(form.get("client_id", ""))
        if tenant not in self.tenants:
            return 400, _aad("invalid_request", 90002, f"Tenant '{tenant}' not found.")
        if client is None or client.tenant != tenant:
            return 400, _aad("unauthorized_client", 700016, f"Application with identifier "
                             f"'{form.get('client_id')}' was not found in the directory '{tenant}'.")
        if form.get("scope") != MS_SCOPE:
            return 400, _aad("invalid_scope", 1002012, f"The provided value for scope {form.get('scope')} is "
                             "not valid.")
        if "client_assertion" in form:
            if form.get("client_assertion_type") != ASSERTION_TYPE or not self._certificate_ok(client, form):
                return 401, _aad("invalid_client", 700027, "Client assertion failed signature validation.")
        elif client.secret_expired:
            return 401, _aad("invalid_client", 7000222, "The provided client secret keys are expired.")
        elif client.revoked or client.secret != form.get("client_secret"):
            return 401, _aad("invalid_client", 7000215, "Invalid client secret provided. Ensure the secret being "
                             "sent in the request is the client secret value, not the client secret ID.")
        return self._grant(client.mailbox or "")

    def _certificate_ok(self, client: Client, form: dict[str, str]) -> bool:
        if client.certificate is None or client.revoked:
            return False
        key = client.certificate.public_key()
        assert isinstance(key, RSAPublicKey)
        checked = verify_jwt(form["client_assertion"], key)
        if checked is None:
            return False
        head, claims = checked
        thumb = _b64url(client.certificate.fingerprint(hashes.SHA256()))
        return bool(str(head.get("x5t#S256", "")).rstrip("=") == thumb and claims.get("iss") == client.client_id
                    and claims.get("exp", 0) > time.time())

    def _jwt_bearer(self, form: dict[str, str]) -> tuple[int, dict[str, Any]]:
        if form.get("grant_type") != JWT_BEARER or "assertion" not in form:
            return 400, {"error": "unsupported_grant_type"}
        try:
            _, claims = jwt_claims(form["assertion"])
        except ValueError:
            return 400, {"error": "invalid_grant", "error_description": "Invalid JWT."}
        sa = self.service_accounts.get(str(claims.get("iss")))
        if sa is None or sa.revoked or verify_jwt(form["assertion"], sa.public_key) is None:
            return 400, {"error": "invalid_grant", "error_description": "Invalid JWT Signature."}
        # google-auth always addresses Google's own endpoint, whatever token_uri it posts to
        if claims.get("aud") != "https://oauth2.googleapis.com/token" or claims.get("exp", 0) < time.time():
            return 400, {"error": "invalid_grant", "error_description": "Invalid JWT: Token must be a short-lived "
                         "token (60 minutes) and in a reasonable timeframe."}
        scopes = set(str(claims.get("scope", "")).split())
        if not scopes or not scopes <= sa.delegated:
            return 401, {"error": "unauthorized_client", "error_description": "Client is unauthorized to retrieve "
                         "access tokens using this method, or client not authorized for any of the scopes "
                         "requested."}
        subject = str(claims.get("sub", ""))
        if subject not in sa.users:
            return 400, {"error": "invalid_grant", "error_description": "Invalid email or User ID"}
        return self._grant(subject)


def _aad(error: str, code: int, text: str) -> dict[str, Any]:
    return {"error": error, "error_description": f"AADSTS{code}: {text} Trace ID: {secrets.token_hex(8)}",
            "error_codes": [code], "timestamp": time.strftime("%Y-%m-%d %H:%M:%SZ", time.gmtime())}


def certificate_pem(folder: Path, name: str = "app") -> tuple[Path, x509.Certificate]:
    """An app certificate (RSA) with its private key in one PEM file, as uploaded to Entra."""
    from datetime import UTC, datetime, timedelta

    from cryptography.x509.oid import NameOID

    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    subject = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, f"dsarbot {name}")])
    now = datetime.now(UTC)
    cert = (x509.CertificateBuilder().subject_name(subject).issuer_name(subject).public_key(key.public_key())
            .serial_number(x509.random_serial_number()).not_valid_before(now - timedelta(days=1))
            .not_valid_after(now + timedelta(days=20)).sign(key, hashes.SHA256()))
    path = folder / f"{name}.pem"
    path.write_bytes(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                       serialization.NoEncryption()) + cert.public_bytes(serialization.Encoding.PEM))
    return path, cert


@pytest.fixture
def oauth_server() -> Iterator[OAuthServer]:
    """A running identity provider over plain http on 127.0.0.1 (generic and Google flows)."""
    server = OAuthServer().start()
    yield server
    server.close()
