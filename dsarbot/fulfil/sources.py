"""Which data sources fulfilment uses, and with which identifiers of the requester.

The sources mapping is, in this order: `paths.sources` in the configuration; `sources.toml` beside
the configuration file (`config/sources.toml`); the demo mapping `<data_dir>/sources.demo.toml`
when it exists (written by `dsarbot demo` / `dsarbot run --demo`). With none, there are no data
sources: lookups say so on the case and fulfilment answers as if nothing was found (staff were
warned on the card). `dsarbot run`, the worker and `dsarbot sources …` all ask :func:`sources_path`.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from dsarbot import cases
from dsarbot.config import Settings
from dsarbot.models import Case
from dsarbot.secrets import Sealer
from dsarbot.sources import DataSources, Identifiers

DEMO_SOURCES = "sources.demo.toml"
DEMO_REGISTER = "demo-register.sqlite3"


def demo_sources_path(settings: Settings) -> Path:
    """Where `dsarbot demo` writes the demo mapping: `<data_dir>/sources.demo.toml`."""
    return settings.data_dir / DEMO_SOURCES


def default_sources_file(settings: Settings) -> Path:
    """`sources.toml` beside the configuration file (`config/sources.toml` without one)."""
    folder = Path(settings.source_file).parent if settings.source_file else Path("config")
    return folder / "sources.toml"


def sources_path(settings: Settings) -> Path | None:
    """The sources mapping in force (see the module docstring), or None when there is none.

    A configured path is returned even when the file is missing: a wrong path is an operator error
    that must fail loudly (DataSources raises, `check-config` reports it), never read as "this person
    has no data".
    """
    if settings.paths.sources:
        return Path(settings.paths.sources)
    for candidate in (default_sources_file(settings), demo_sources_path(settings)):
        if candidate.is_file():
            return candidate
    return None


def describe_sources(settings: Settings) -> str:
    """Which mapping is in force, in words for the run banner and `check-config`."""
    path = sources_path(settings)
    if path is None:
        return (f"none ({default_sources_file(settings)} does not exist; `dsarbot demo` writes the demo "
                "register's mapping)")
    if path == demo_sources_path(settings) and not settings.paths.sources:
        return f"demo register ({path})"
    return str(path)


@contextmanager
def open_sources(settings: Settings) -> Iterator[DataSources | None]:
    """The configured DataSources for one job (None when no sources are configured), closed after.

    Opened per job rather than cached: a job is rare next to a lookup's cost, and a fresh open picks up
    an edited mapping without restarting the worker.
    """
    path = sources_path(settings)
    if path is None:
        yield None
        return
    sources = DataSources.from_file(path)
    try:
        yield sources
    finally:
        sources.close()


def lookup_identifiers(case: Case, sealer: Sealer) -> Identifiers:
    """Everything the request tells about the requester, for the read-only lookup staff look at.

    Includes the phone number read from the mail: it shows staff what exists, but it is not proof of
    anything (see :func:`fulfil_identifiers`).
    """
    return Identifiers(email=case.requester_email, phone=case.requester_phone,
                       hetu=cases.hetu_of(case, sealer), name=case.requester_name)


def fulfil_identifiers(case: Case, sealer: Sealer) -> Identifiers:
    """The identifiers data is released or changed by: the verified address and the identity code.

    A phone number found in the mail is left out on purpose: it is often the *new* number of a
    rectification, or a number in a signature, and a number typed into a mail proves nothing about
    whose row it selects. The identity code is checksum-validated and given by the requester whose
    identity staff verified; the name is only a hint and never selects rows.
    """
    return Identifiers(email=case.requester_email, hetu=cases.hetu_of(case, sealer), name=case.requester_name)


def ensure_demo(settings: Settings, *, reset: bool = False) -> Path:
    """Create the demo register and its mapping in the data folder if missing; returns the mapping path.

    Idempotent: an existing register is kept (it holds what earlier demo requests did to it) unless
    *reset*. The mapping is rewritten each time, so it always points at this data folder's register.
    Used by `dsarbot demo` and `dsarbot run --demo`.
    """
    from dsarbot.demo import create_demo_register, write_demo_sources_config

    register = settings.data_dir / DEMO_REGISTER
    if reset or not register.is_file():
        create_demo_register(register)
    return write_demo_sources_config(register, demo_sources_path(settings))
