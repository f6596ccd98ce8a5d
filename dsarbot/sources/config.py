"""The data-source mapping (`config/sources.toml`): which tables hold people and what to do with them.

Validated strictly: an unknown key or a half-specified rule is an error with the place it occurred,
because a typo here silently decides whether someone's data is deleted or kept.
`config/sources.example.toml` documents every key.
"""

from __future__ import annotations

import os
import tomllib
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

Scalar = str | int | float | bool
Label = str | dict[str, str]
"""A name shown to people: one text, or one per language (`label = { fi = "Laskut", sv = "Fakturor" }`)."""


def label_in(label: Label | None, language: str | None = None, default: str | None = None) -> str | None:
    """*label* in *language*, else in *default* (the controller's default language), else the first one
    written (the mapping's own order); a plain-text label is the same in every language."""
    if label is None or isinstance(label, str):
        return label
    return label.get(language or "") or label.get(default or "") or next(iter(label.values()), None)


def _check_label(value: object) -> object:
    """A per-language label must name languages by their two-letter codes and give each a text."""
    if isinstance(value, dict):
        if not value:
            raise ValueError("a label needs at least one language, e.g. { fi = \"Laskut\", sv = \"Fakturor\" }")
        for code, text in value.items():
            if not (isinstance(code, str) and len(code) == 2 and code.isalpha() and code.islower()):
                raise ValueError(f"label language {code!r} is not a two-letter language code such as fi, sv, en")
            if not isinstance(text, str) or not text.strip():
                raise ValueError(f"the {code} label is empty")
    return value


class SourcesConfigError(Exception):
    """The sources mapping cannot be used; the message says where and why."""


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)


class IdentifierColumn(_Strict):
    """One column that identifies a person."""

    column: str
    normalised: bool = True
    """True: the column holds the canonical form (lower-case e-mail, E.164 phone), so lookup is an
    exact, index-friendly equality. False: e-mail is compared with lower(column) (create an
    expression index), phone against common spellings of the number (a plain index works)."""


def _columns(value: object) -> object:
    """Accept "col", {column=...}, or a list of either."""
    if value is None:
        return []
    items = value if isinstance(value, list) else [value]
    return [{"column": v} if isinstance(v, str) else v for v in items]


class TableIdentifiers(_Strict):
    """Identifier type -> column(s). `name` is only a weak hint and never selects rows."""

    email: list[IdentifierColumn] = Field(default_factory=list)
    phone: list[IdentifierColumn] = Field(default_factory=list)
    hetu: list[IdentifierColumn] = Field(default_factory=list)
    customer_number: list[IdentifierColumn] = Field(default_factory=list)
    name: list[IdentifierColumn] = Field(default_factory=list)

    @field_validator("email", "phone", "hetu", "customer_number", "name", mode="before")
    @classmethod
    def _split(cls, value: object) -> object:
        return _columns(value)

    def items(self) -> list[tuple[str, IdentifierColumn]]:
        """(type, column) pairs, strong types first."""
        out: list[tuple[str, IdentifierColumn]] = []
        for kind in ("email", "phone", "hetu", "customer_number", "name"):
            out.extend((kind, c) for c in getattr(self, kind))
        return out

    def strong_items(self) -> list[tuple[str, IdentifierColumn]]:
        """(type, column) pairs that may select rows (not the name)."""
        return [(k, c) for k, c in self.items() if k != "name"]


class ErasureConfig(_Strict):
    """What an erasure request does to the rows of a table."""

    action: Literal["delete", "anonymise", "keep"]
    set: dict[str, Scalar] = Field(default_factory=dict)
    """anonymise: column -> value to write (e.g. name = "[poistettu]")."""
    null: list[str] = Field(default_factory=list)
    """anonymise: columns to set to NULL (TOML has no null literal)."""
    reason: str | None = None
    """keep: the legal obligation, e.g. "Kirjanpitolaki 2:10"."""
    years: int | None = Field(default=None, ge=0, le=100)
    """keep: retention period in years."""
    date_column: str | None = None
    """keep: the date the period is counted from (e.g. invoice_date)."""
    years_column: str | None = None
    """keep: optional per-row period (e.g. 10 for some records); falls back to `years` when empty."""
    count_from: Literal["date", "end_of_year"] = "date"
    """keep: count from the date itself or from the end of its calendar year (KPL 2:10 counts from the
    end of the financial year; for calendar-year books end_of_year is exact)."""
    then: Literal["delete", "anonymise"] = "delete"
    """keep: what happens to a row whose retention period has ended."""

    @model_validator(mode="after")
    def _consistent(self) -> ErasureConfig:
        anonymising = self.action == "anonymise" or (self.action == "keep" and self.then == "anonymise")
        if anonymising and not (self.set or self.null):
            raise ValueError("anonymise needs `set` and/or `null` (which columns to overwrite)")
        if self.action == "keep":
            if not self.reason:
                raise ValueError('keep needs `reason` (the legal obligation, e.g. "Kirjanpitolaki 2:10")')
            if self.years is None:
                raise ValueError("keep needs `years` (the retention period)")
            if not self.date_column:
                raise ValueError("keep needs `date_column` (the date the retention period runs from)")
        elif self.reason or self.years is not None or self.date_column or self.years_column:
            raise ValueError("reason/years/date_column/years_column only apply to action = \"keep\"")
        if not anonymising and (self.set or self.null):
            raise ValueError("set/null only apply when rows are anonymised")
        return self

    def anonymise_values(self) -> dict[str, Scalar | None]:
        """Column -> value written when anonymising (NULL columns included)."""
        values: dict[str, Scalar | None] = dict(self.set)
        values.update(dict.fromkeys(self.null))
        return values


class SuppressionConfig(_Strict):
    """How a marketing objection (Art. 21(3)) is honoured in this table."""

    action: Literal["set", "delete"]
    set: dict[str, Scalar] = Field(default_factory=dict)
    """set: column -> value, e.g. marketing_consent = false."""

    @model_validator(mode="after")
    def _consistent(self) -> SuppressionConfig:
        if self.action == "set" and not self.set:
            raise ValueError('suppression action "set" needs `set` (e.g. { marketing_consent = false })')
        if self.action == "delete" and self.set:
            raise ValueError('suppression action "delete" takes no `set`')
        return self


class RelationConfig(_Strict):
    """Rows of this table belong to a person found in `parent` (e.g. contact_history.contact_id)."""

    parent: str
    column: str
    parent_column: str | None = None
    """Defaults to the parent's primary key."""


class TableConfig(_Strict):
    """One table (or CSV file) that holds personal data."""

    name: str
    label: Label | None = None
    """Shown to people; per language as { fi = "…", sv = "…", en = "…" } (staff see the first one)."""
    schema_: str | None = Field(default=None, alias="schema")
    file: str | None = None
    """CSV sources only: file name inside the source directory (default: <name>.csv)."""
    primary_key: list[str]
    identifiers: TableIdentifiers = Field(default_factory=TableIdentifiers)
    relation: RelationConfig | None = None
    erasure: ErasureConfig
    rectifiable: dict[str, str] = Field(default_factory=dict)
    """field type -> column. A list means each column is its own field type."""
    provided: list[str] = Field(default_factory=list)
    """Columns the person gave us (exported for portability, Art. 20)."""
    restriction: str | None = None
    """Boolean column set true on restriction (Art. 18)."""
    suppression: SuppressionConfig | None = None
    recipients: list[str] = Field(default_factory=list)
    """Who receives this table's data (told about rectification/erasure/restriction, Art. 19)."""

    @field_validator("label", mode="before")
    @classmethod
    def _label(cls, value: object) -> object:
        return _check_label(value)

    @field_validator("primary_key", mode="before")
    @classmethod
    def _pk(cls, value: object) -> object:
        return [value] if isinstance(value, str) else value

    @field_validator("rectifiable", mode="before")
    @classmethod
    def _rect(cls, value: object) -> object:
        return {c: c for c in value} if isinstance(value, list) else value

    @model_validator(mode="after")
    def _selectable(self) -> TableConfig:
        if not self.primary_key:
            raise ValueError("primary_key must name at least one column")
        if not self.identifiers.strong_items() and self.relation is None:
            raise ValueError(
                "the table has no way to find a person: give identifiers (email/phone/hetu/"
                "customer_number; name alone is only a hint) or a relation to a parent table"
            )
        return self

    @property
    def title(self) -> str:
        """The label shown to staff: the first one written (falls back to the table name)."""
        return label_in(self.label) or self.name

    def label_for(self, language: str | None, default: str | None) -> str:
        """The label in *language* (a reply's), else in *default*; the table name when there is none."""
        return label_in(self.label, language, default) or self.name

    def referenced_columns(self) -> dict[str, str]:
        """Every column the mapping mentions -> the key that mentions it (for `check`)."""
        refs: dict[str, str] = {c: "primary_key" for c in self.primary_key}
        for kind, ident in self.identifiers.items():
            refs.setdefault(ident.column, f"identifiers.{kind}")
        if self.relation:
            refs.setdefault(self.relation.column, "relation.column")
        e = self.erasure
        for col in [*e.set, *e.null]:
            refs.setdefault(col, "erasure.set/null")
        for key in ("date_column", "years_column"):
            if getattr(e, key):
                refs.setdefault(getattr(e, key), f"erasure.{key}")
        for field_type, col in self.rectifiable.items():
            refs.setdefault(col, f"rectifiable.{field_type}")
        for col in self.provided:
            refs.setdefault(col, "provided")
        if self.restriction:
            refs.setdefault(self.restriction, "restriction")
        if self.suppression:
            for col in self.suppression.set:
                refs.setdefault(col, "suppression.set")
        return refs


class SourceConfig(_Strict):
    """One database (by SQLAlchemy URL) or one directory of CSV files."""

    name: str
    kind: Literal["sql", "csv"]
    label: Label | None = None
    """Shown to people; per language as { fi = "…", sv = "…", en = "…" } (staff see the first one)."""
    url: str | None = None
    url_env: str | None = None
    """Environment variable holding the URL (keeps passwords out of the file); wins over `url`."""
    directory: str | None = None
    delimiter: str = ","
    encoding: str = "utf-8"
    tables: list[TableConfig] = Field(alias="table", min_length=1)

    @field_validator("label", mode="before")
    @classmethod
    def _label(cls, value: object) -> object:
        return _check_label(value)

    def label_for(self, language: str | None = None, default: str | None = None) -> str:
        """The label in *language*, else in *default*, else the first one written; the name without one."""
        return label_in(self.label, language, default) or self.name

    @model_validator(mode="after")
    def _consistent(self) -> SourceConfig:
        if self.kind == "sql":
            if not (self.url or self.url_env):
                raise ValueError("an sql source needs `url` (SQLAlchemy URL) or `url_env`")
            if self.directory:
                raise ValueError("`directory` is for csv sources")
            if any(t.file for t in self.tables):
                raise ValueError("`file` is for tables of csv sources")
        else:
            if not self.directory:
                raise ValueError("a csv source needs `directory`")
            if self.url or self.url_env:
                raise ValueError("`url`/`url_env` are for sql sources")
            if len(self.delimiter) != 1:
                raise ValueError("`delimiter` must be one character")
        names = [t.name for t in self.tables]
        if len(set(names)) != len(names):
            raise ValueError("table names must be unique within a source")
        by_name = {t.name: t for t in self.tables}
        for table in self.tables:
            if table.relation and table.relation.parent not in by_name:
                raise ValueError(f"table {table.name!r}: relation.parent {table.relation.parent!r} "
                                 "is not a table of this source")
        self.ordered_tables()  # raises on a relation cycle
        return self

    def resolved_url(self) -> str:
        """The URL to connect to (from `url_env` when set)."""
        if self.url_env:
            value = os.environ.get(self.url_env)
            if not value:
                raise SourcesConfigError(f"source {self.name!r}: environment variable {self.url_env} is not set")
            return value
        assert self.url is not None
        return self.url

    def table(self, name: str) -> TableConfig:
        """The table called *name*; KeyError when the mapping has none."""
        for t in self.tables:
            if t.name == name:
                return t
        raise KeyError(name)

    def ordered_tables(self) -> list[TableConfig]:
        """Parents before children, so relations can be followed in one pass."""
        by_name = {t.name: t for t in self.tables}
        done: list[TableConfig] = []
        seen: set[str] = set()

        def visit(t: TableConfig, path: tuple[str, ...]) -> None:
            if t.name in seen:
                return
            if t.name in path:
                raise ValueError(f"relation cycle: {' -> '.join((*path, t.name))}")
            if t.relation and t.relation.parent in by_name:
                visit(by_name[t.relation.parent], (*path, t.name))
            seen.add(t.name)
            done.append(t)

        for t in self.tables:
            visit(t, ())
        return done


class RecipientContact(_Strict):
    """How to tell one Art. 19 recipient about a rectification, erasure or restriction."""

    email: str
    """The recipient's privacy contact; dsarbot mails the notice there itself."""
    language: Literal["fi", "sv", "en"] = "fi"

    @field_validator("email")
    @classmethod
    def _address(cls, value: str) -> str:
        local, at, domain = value.strip().rpartition("@")
        if not at or not local or "." not in domain or any(c.isspace() for c in value.strip()):
            raise ValueError(f"{value!r} is not an e-mail address")
        return value.strip()


class SourcesConfig(_Strict):
    """The whole mapping."""

    sources: list[SourceConfig] = Field(alias="source", default_factory=list)
    recipients: dict[str, RecipientContact] = Field(alias="recipient", default_factory=dict)
    """Recipient name (as in the tables' `recipients`) -> where to send its Art. 19 notice. A recipient
    without an entry is told by staff (the case card says whom)."""

    @model_validator(mode="after")
    def _unique(self) -> SourcesConfig:
        names = [s.name for s in self.sources]
        if len(set(names)) != len(names):
            raise ValueError("source names must be unique")
        unknown = sorted(set(self.recipients) - set(self.recipient_names()))
        if unknown:
            # A typo here would quietly turn an automatic notice into nobody's task.
            raise ValueError(f"recipient {unknown[0]!r} is not in any table's `recipients` (check the spelling)")
        return self

    def recipient_names(self) -> list[str]:
        """Every Art. 19 recipient some table names, sorted."""
        return sorted({r for s in self.sources for t in s.tables for r in t.recipients})

    def source_label(self, source: str, language: str | None = None, default: str | None = None) -> str:
        """The label of *source* in *language* (else *default*, else the first written; its name if gone)."""
        try:
            return self.source(source).label_for(language, default)
        except KeyError:
            return source

    def table_label(self, source: str, table: str, language: str | None = None, default: str | None = None) -> str:
        """The label of *table* of *source* in *language* (else *default*, else the first written)."""
        try:
            return self.source(source).table(table).label_for(language, default)
        except KeyError:
            return table

    def source(self, name: str) -> SourceConfig:
        """The source called *name*; KeyError when unknown."""
        for s in self.sources:
            if s.name == name:
                return s
        raise KeyError(name)


def _where(loc: tuple[int | str, ...], data: dict[str, object]) -> str:
    """Turn a pydantic location into 'source "crm" > table "contacts" > erasure'."""
    parts: list[str] = []
    node: object = data
    for item in loc:
        if isinstance(item, int) and isinstance(node, list) and item < len(node):
            node = node[item]
            name = node.get("name") if isinstance(node, dict) else None
            parts[-1] = f"{parts[-1]} {name!r}" if name else f"{parts[-1]} #{item + 1}"
        elif isinstance(item, str):
            parts.append(item)
            node = node.get(item) if isinstance(node, dict) else None
    return " > ".join(parts) or "(top level)"


def parse_sources_config(data: dict[str, object], origin: str = "sources config") -> SourcesConfig:
    """Validate an already-parsed mapping; SourcesConfigError lists every problem found."""
    try:
        return SourcesConfig.model_validate(data)
    except ValidationError as exc:
        lines = [f"{origin}: {exc.error_count()} problem(s):"]
        for err in exc.errors():
            msg = err["msg"].removeprefix("Value error, ")
            if err["type"] == "extra_forbidden":
                msg = "unknown key (see config/sources.example.toml for the keys)"
            lines.append(f"  - {_where(tuple(err['loc']), data)}: {msg}")
        raise SourcesConfigError("\n".join(lines)) from None


def load_sources_config(path: str | os.PathLike[str]) -> SourcesConfig:
    """Read and validate `config/sources.toml` (or any path)."""
    file = Path(path)
    if not file.is_file():
        raise SourcesConfigError(f"sources config {file} does not exist")
    try:
        data = tomllib.loads(file.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as exc:
        raise SourcesConfigError(f"{file}: not valid TOML: {exc}") from exc
    return parse_sources_config(data, str(file))
