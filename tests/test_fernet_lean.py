"""Sealed mail stays readable across the switch to `fernet_lean`: its tokens are Fernet's, both ways, and
a token that was tampered with or sealed under another key is refused as before."""

from __future__ import annotations

import base64
import os
import tracemalloc

import pytest
from cryptography.fernet import Fernet, InvalidToken

from dsarbot.fernet_lean import LeanFernet
from dsarbot.secrets import Sealer, SecretKeyError

KEY = Fernet.generate_key()
SIZES = [0, 1, 15, 16, 17, 31, 32, 1000, 3 * 256 * 1024 - 1, 3 * 256 * 1024, 3 * 256 * 1024 + 5, 2_500_001]


@pytest.mark.parametrize("size", SIZES)
def test_tokens_open_with_fernet_and_fernet_tokens_open_here(size: int) -> None:
    data = os.urandom(size)
    lean = LeanFernet(KEY)
    assert Fernet(KEY).decrypt(lean.encrypt(data)) == data
    assert lean.decrypt(Fernet(KEY).encrypt(data)) == data
    assert lean.decrypt(lean.encrypt(data)) == data


def test_a_token_altered_anywhere_is_refused() -> None:
    lean = LeanFernet(KEY)
    token = bytearray(lean.encrypt(os.urandom(5000)))
    for at in (0, 3, 12, 40, 200, len(token) // 2, len(token) - 45, len(token) - 5):
        bad = bytearray(token)
        bad[at] = ord("A") if bad[at] != ord("A") else ord("B")
        with pytest.raises(InvalidToken):
            lean.decrypt(bytes(bad))
    for bad in (bytes(token[:-4]), bytes(token[:-8]) + b"AAAAAAAA", b"", b"not a token at all"):
        with pytest.raises(InvalidToken):
            lean.decrypt(bad)


def test_another_key_is_told_apart() -> None:
    sealed = Sealer(KEY).seal(b"Pyydan poistamaan tietoni")
    with pytest.raises(SecretKeyError):
        Sealer(Fernet.generate_key()).open(sealed)


def test_fernet_tokens_with_line_breaks_still_open() -> None:
    """Fernet's own reader skips stray characters; the fast path must not refuse what Fernet accepts."""
    data = b"x" * 100
    token = Fernet(KEY).encrypt(data)
    assert LeanFernet(KEY).decrypt(token[:20] + b"\n" + token[20:]) == data


def test_sealing_and_opening_25_mb_needs_about_twice_its_size() -> None:
    data = os.urandom(25 * 1024 * 1024)
    lean = LeanFernet(KEY)
    tracemalloc.start()
    try:
        token = lean.encrypt(data)
        seal_peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.reset_peak()
        before = tracemalloc.get_traced_memory()[0]
        opened = lean.decrypt(token)
        open_peak = tracemalloc.get_traced_memory()[1] - before
    finally:
        tracemalloc.stop()
    assert opened == data
    assert len(token) == len(base64.urlsafe_b64encode(b"\0" * (25 + 32 + len(data) // 16 * 16 + 16)))
    # Fernet itself: about 7x when sealing and 4x when opening.
    assert seal_peak < 2.8 * len(data), f"sealing peaked at {seal_peak / len(data):.1f}x"
    assert open_peak < 2.2 * len(data), f"opening peaked at {open_peak / len(data):.1f}x"
