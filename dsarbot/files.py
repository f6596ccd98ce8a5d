"""Files and folders that hold personal data are private to the account dsarbot runs as.

The SQLite database, the generated key and the local outbox (whose .eml files carry access exports,
identity codes included) are created 0600 inside folders created 0700, whatever the umask says; an
existing folder or file from an older install is tightened to those modes at start.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

FILE_MODE = 0o600
DIR_MODE = 0o700


def private_dir(path: Path) -> Path:
    """Create *path* (and missing parents) and make it 0700; returns it."""
    path.mkdir(parents=True, exist_ok=True, mode=DIR_MODE)
    _tighten(path, DIR_MODE)
    return path


def private_file(path: Path) -> Path:
    """Create *path* empty if missing, and make it 0600; returns it.

    An existing file is never opened: closing any descriptor of a file drops every POSIX lock this process
    holds on it, and SQLite's locks on its database are those locks. With them gone another process
    (`dsarbot cases list`, a backup) took our database for unused, checkpointed and deleted its WAL, and
    everything written after that went into the deleted file: stored mail and cases lost.
    """
    with contextlib.suppress(FileExistsError):
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE))
    _tighten(path, FILE_MODE)
    return path


def _tighten(path: Path, mode: int) -> None:
    """chmod *path* to *mode* when it is ours and more open (not someone else's shared folder)."""
    with contextlib.suppress(OSError):
        st = path.stat()
        if st.st_uid == os.geteuid() and (st.st_mode & 0o777) != mode:
            path.chmod(mode)
