"""The C allocator's part in memory under large mail (glibc; a no-op elsewhere).

Decoding, sealing and storing a 25 MB mail needs buffers of tens of MB in several threads. glibc
raises its mmap threshold after such a buffer is freed, so the next ones come from per-thread heaps
that keep the memory after use: the process would grow towards the sum of every thread's worst case.
`tune()` pins the threshold at 1 MiB (large buffers are mapped and returned on free), and `release()`
hands freed heap memory back after a large mail.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import logging

log = logging.getLogger(__name__)
M_TRIM_THRESHOLD = -1
M_MMAP_THRESHOLD = -3
MMAP_THRESHOLD = 1024 * 1024
TRIM_THRESHOLD = 8 * 1024 * 1024
_libc: ctypes.CDLL | None = None
_tuned = False


def _glibc() -> ctypes.CDLL | None:
    global _libc
    if _libc is None:
        try:
            libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
            libc.mallopt  # noqa: B018  (glibc only)
            libc.malloc_trim  # noqa: B018
        except (OSError, AttributeError):
            return None
        _libc = libc
    return _libc


def tune() -> None:
    """Pin the allocator's thresholds (once per process; harmless where there is no glibc)."""
    global _tuned
    libc = _glibc()
    if libc is None or _tuned:
        return
    libc.mallopt(M_MMAP_THRESHOLD, MMAP_THRESHOLD)
    libc.mallopt(M_TRIM_THRESHOLD, TRIM_THRESHOLD)
    _tuned = True


def release() -> None:
    """Return freed heap memory to the system (after a large mail was handled)."""
    libc = _glibc()
    if libc is not None:
        libc.malloc_trim(0)
