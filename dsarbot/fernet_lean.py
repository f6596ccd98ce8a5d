"""Fernet tokens made and opened with few copies of the data, for mail of tens of megabytes.

`cryptography.fernet.Fernet` copies its input five or six times on the way (padding, joining, slicing,
base64 and its alphabet translation), so sealing or opening a 25 MB mail took 100-190 MB for a moment;
with a burst of large mail that was most of the process's peak. This module writes the same tokens
(https://github.com/fernet/spec: version 0x80, timestamp, IV, AES-128-CBC with PKCS7 padding,
HMAC-SHA256, url-safe base64) with the AES and HMAC primitives of the same library, working through
buffers: about 2.5x the data's size at the peak when sealing and 2x when opening.

Tokens are interchangeable with `Fernet`'s in both directions (the tests check both). `open_token` falls
back to `Fernet.decrypt` for anything its fast path does not take, so what it accepts and refuses is
exactly what Fernet accepts and refuses.
"""

from __future__ import annotations

import base64
import hmac
import os
import time

from cryptography.fernet import Fernet
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives import hmac as crypto_hmac
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

_VERSION = b"\x80"
_HEAD = 1 + 8 + 16  # version, timestamp, IV
_MAC = 32
_BLOCK = 16
_CHUNK = 3 * 256 * 1024  # bytes per step: a multiple of 3 (base64) and of 16 (AES)
_TEXT_CHUNK = _CHUNK // 3 * 4  # base64 characters per step


class LeanFernet:
    """Fernet with one key, sealing and opening large data without Fernet's intermediate copies."""

    def __init__(self, key: bytes) -> None:
        self._fernet = Fernet(key)  # validates the key, and is the fallback for odd tokens
        raw = base64.urlsafe_b64decode(key)
        self._signing_key, self._encryption_key = raw[:16], raw[16:]

    def encrypt(self, data: bytes) -> bytes:
        """A Fernet token of *data* (timestamped now)."""
        view = memoryview(data)
        whole = len(data) - len(data) % _BLOCK
        tail = bytes(view[whole:])
        tail += bytes([_BLOCK - len(tail)]) * (_BLOCK - len(tail))  # PKCS7: 1-16 bytes of padding
        iv = os.urandom(16)
        body = _HEAD + whole + _BLOCK
        token = bytearray(body + _MAC + _BLOCK)  # room for update_into's block of slack
        token[:_HEAD] = _VERSION + int(time.time()).to_bytes(8, "big") + iv
        out = memoryview(token)
        encryptor = Cipher(algorithms.AES(self._encryption_key), modes.CBC(iv)).encryptor()
        at = _HEAD
        for start in range(0, whole, _CHUNK):
            at += encryptor.update_into(view[start:min(start + _CHUNK, whole)], out[at:])
        at += encryptor.update_into(tail, out[at:])
        encryptor.finalize()
        assert at == body
        signer = crypto_hmac.HMAC(self._signing_key, hashes.SHA256())
        signer.update(out[:body])
        token[body:body + _MAC] = signer.finalize()
        parts = [base64.urlsafe_b64encode(out[start:min(start + _CHUNK, body + _MAC)])
                 for start in range(0, body + _MAC, _CHUNK)]
        del out, token  # the binary token goes before the text is joined: one copy fewer at the peak
        return b"".join(parts)

    def decrypt(self, token: bytes) -> bytes:
        """The data sealed in *token*; `cryptography.fernet.InvalidToken` when it is not one of this key's."""
        opened = self._open_fast(token)
        return opened if opened is not None else self._fernet.decrypt(token)

    def _open_fast(self, token: bytes) -> bytes | None:
        """The data, or None when the token is not a plain well-formed one (Fernet then decides)."""
        try:
            data = _decode(token)
        except ValueError:
            return None
        view = memoryview(data)
        size = len(view) - _HEAD - _MAC
        if size <= 0 or size % _BLOCK or view[0] != _VERSION[0]:
            return None
        checker = crypto_hmac.HMAC(self._signing_key, hashes.SHA256())
        checker.update(view[:-_MAC])
        if not hmac.compare_digest(checker.finalize(), view[-_MAC:]):
            return None
        decryptor = Cipher(algorithms.AES(self._encryption_key), modes.CBC(bytes(view[9:_HEAD]))).decryptor()
        plain = bytearray(size + _BLOCK)
        done = decryptor.update_into(view[_HEAD:-_MAC], plain)
        decryptor.finalize()
        del view, data  # the ciphertext goes before the result is copied out
        pad = plain[done - 1]
        if not 1 <= pad <= _BLOCK or plain[done - pad:done] != bytes([pad]) * pad:
            return None
        return bytes(memoryview(plain)[:done - pad])


def _decode(token: bytes) -> bytearray:
    """url-safe base64 decoded a chunk at a time (no copy of the whole text); ValueError if malformed."""
    if len(token) % 4:
        raise ValueError("not a whole number of base64 quanta")
    data = bytearray(len(token) // 4 * 3)
    at = 0
    for start in range(0, len(token), _TEXT_CHUNK):
        # Misplaced padding or stray characters decode to something else, which the HMAC then refuses.
        part = base64.urlsafe_b64decode(token[start:start + _TEXT_CHUNK])
        data[at:at + len(part)] = part
        at += len(part)
    del data[at:]
    return data
