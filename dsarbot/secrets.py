"""Encryption at rest for raw mail, outgoing mail and identity codes.

A database dump alone must not reveal identity codes or mail contents, so they are stored sealed with
Fernet (AES-128-CBC + HMAC-SHA256; its tokens written and read by `dsarbot.fernet_lean`) under a key from
`DSARBOT_SECRET_KEY`. Without that variable (the embedded default) a key is generated once into
`<data_dir>/secret.key` with mode 0600; back it up with the database, because sealed data cannot be read
without it. Matching on identity codes uses a keyed hash (HMAC) so lookups need no decryption.
"""

from __future__ import annotations

import base64
import contextlib
import hashlib
import hmac
import os
import re
import tempfile
from pathlib import Path

from cryptography.fernet import Fernet, InvalidToken

from dsarbot import files
from dsarbot.fernet_lean import LeanFernet


class SecretKeyError(Exception):
    """The key is missing, malformed, or does not open data sealed with another key."""


class Sealer:
    """Seals and opens bytes with one Fernet key, and derives a matching hash from it."""

    def __init__(self, key: str | bytes) -> None:
        raw = key.encode() if isinstance(key, str) else key
        try:
            self._fernet = LeanFernet(raw)  # Fernet's tokens, with fewer copies of a large mail
        except (ValueError, TypeError) as exc:
            raise SecretKeyError(
                "DSARBOT_SECRET_KEY must be a Fernet key (32 url-safe base64 bytes); "
                "make one with `dsarbot keygen`"
            ) from exc
        self._hash_key = hashlib.sha256(b"dsarbot-match:" + raw).digest()

    def seal(self, data: bytes) -> bytes:
        """Encrypt *data*."""
        return self._fernet.encrypt(data)

    def open(self, token: bytes) -> bytes:
        """Decrypt data sealed with this key; SecretKeyError if the key does not fit."""
        try:
            return self._fernet.decrypt(token)
        except InvalidToken as exc:
            raise SecretKeyError("stored data was sealed with another key (DSARBOT_SECRET_KEY changed?)") from exc

    def seal_text(self, text: str | None) -> bytes | None:
        """Encrypt a string; None stays None."""
        return None if text is None else self.seal(text.encode("utf-8"))

    def open_text(self, token: bytes | None) -> str | None:
        """Decrypt a string sealed by seal_text."""
        return None if token is None else self.open(token).decode("utf-8")

    def match_hash(self, value: str) -> str:
        """A keyed hash of *value* for equality lookups without decryption."""
        return hmac.new(self._hash_key, value.encode("utf-8"), hashlib.sha256).hexdigest()


def generate_key() -> str:
    """A new random Fernet key."""
    return Fernet.generate_key().decode()


def load_sealer(secret_key: str | None, data_dir: Path) -> Sealer:
    """The sealer for this deployment: the configured key, else the generated `secret.key`."""
    if secret_key:
        return Sealer(secret_key)
    path = data_dir / "secret.key"
    if not path.exists():
        _create_key_file(data_dir, path)
    return Sealer(path.read_text().strip())


def _create_key_file(data_dir: Path, path: Path) -> None:
    """Write a new key to *path* unless another process just did (processes may start together).

    The key is written whole to a file of its own and then linked into place, which fails if *path*
    exists: so every process reads the one complete key, never a half-written or a second one.
    """
    files.private_dir(data_dir)
    fd, tmp = tempfile.mkstemp(prefix=".secret.key.", dir=data_dir)  # mode 0600
    try:
        with os.fdopen(fd, "w") as fh:
            fh.write(generate_key())
            fh.flush()
            os.fsync(fh.fileno())
        with contextlib.suppress(FileExistsError):
            os.link(tmp, path)
    finally:
        os.unlink(tmp)


def mask_hetu(hetu: str | None) -> str | None:
    """Show an identity code as `131052-***X`: birth date and check character only."""
    if not hetu:
        return hetu
    if len(hetu) == 11:
        return f"{hetu[:7]}***{hetu[10]}"
    return "*" * len(hetu)


# A Finnish identity code in free text as people write it (2023 century signs included, either case), and as
# OCR reads it (another dash, a space around the century sign). A code that fails its checksum is masked too.
_CODE_IN_TEXT = re.compile(r"(?<!\d)(\d{6}) ?([-+\u2010-\u2015a-fu-yA-FU-Y]) ?(\d{3})([0-9a-yA-Y])(?!\d)")


def mask_identity_codes(text: str) -> str:
    """*text* with every Finnish identity code in it masked (`131052-***T`), and nothing else changed.

    For mail text shown or stored outside the seal: case subjects, dashboard, Slack cards, excerpts.
    """
    if not text:
        return text
    return _CODE_IN_TEXT.sub(lambda m: f"{m.group(1)}{m.group(2)}***{m.group(4)}", text)


def fingerprint(raw: bytes) -> str:
    """Stable hash of raw message bytes for de-duplication."""
    return base64.b32encode(hashlib.sha256(raw).digest()).decode().rstrip("=").lower()
