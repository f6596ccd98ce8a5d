"""Data sources: find, plan, execute and export a data subject's rows in SQL databases and CSV files.

Fulfilment uses :class:`DataSources` only; the mapping is `config/sources.toml`
(documented in `config/sources.example.toml`).
"""

from .base import CheckIssue
from .config import SourcesConfig, SourcesConfigError, load_sources_config, parse_sources_config
from .corrections import ProposedChange, propose_corrections
from .identifiers import Identifiers, mask_hetu, normalise_email, normalise_hetu, normalise_phone
from .planner import KINDS
from .results import (
    Correction,
    FieldChange,
    FindResult,
    MatchedRow,
    Plan,
    PlannedAction,
    PlannedRow,
    Report,
    ReportItem,
    TableMatch,
)
from .service import DataSources

__all__ = [
    "KINDS",
    "CheckIssue",
    "Correction",
    "DataSources",
    "FieldChange",
    "FindResult",
    "Identifiers",
    "MatchedRow",
    "Plan",
    "PlannedAction",
    "PlannedRow",
    "ProposedChange",
    "Report",
    "ReportItem",
    "SourcesConfig",
    "SourcesConfigError",
    "TableMatch",
    "load_sources_config",
    "mask_hetu",
    "normalise_email",
    "normalise_hetu",
    "normalise_phone",
    "parse_sources_config",
    "propose_corrections",
]
