"""The demo customer register of "Kattopojat Oy", so that `dsarbot run` shows fulfilment with no setup.

It is what a small Finnish B2B company's privacy notice describes: contacts, contact history,
newsletter consents and invoices (kept under Kirjanpitolaki 2:10). The data is invented and seeded:
the same call builds the same register. It holds the people who write the corpus-style demo mails
(same addresses) and two different people called Matti Virtanen, so name-only matching can be shown
to be wrong.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import (
    Boolean,
    Column,
    Date,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    Numeric,
    String,
    Table,
    create_engine,
    func,
    insert,
    select,
)
from sqlalchemy.schema import CreateIndex, DropIndex

from .sources.sql import engine_url

SEED = 20260401
GROW_BATCH = 50_000

metadata = MetaData()
contacts = Table(
    "contacts", metadata,
    Column("id", Integer, primary_key=True, autoincrement=False),
    Column("customer_number", String(20), nullable=False, unique=True),
    Column("name", String(200), nullable=False),
    Column("email", String(254)),  # stored lower-case: the mapping says normalised = true
    Column("phone", String(20)),  # stored in E.164
    Column("hetu", String(11)),  # only private customers (kotitalousvähennys invoices)
    Column("title", String(100)),
    Column("organisation", String(200)),
    Column("business_id", String(9)),
    Column("street_address", String(200)),
    Column("postal_code", String(5)),
    Column("city", String(100)),
    Column("restricted", Boolean, nullable=False, default=False),
    Column("created_at", Date, nullable=False),
    Index("ix_contacts_email", "email"),
    Index("ix_contacts_phone", "phone"),
    Index("ix_contacts_hetu", "hetu"),
)
# Name hints compare lower(name); this expression index keeps them fast on big registers.
Index("ix_contacts_name_lower", func.lower(contacts.c.name))
contact_history = Table(
    "contact_history", metadata,
    Column("id", Integer, primary_key=True, autoincrement=False),
    Column("contact_id", Integer, ForeignKey("contacts.id", ondelete="CASCADE"), nullable=False, index=True),
    Column("date", Date, nullable=False),
    Column("channel", String(20), nullable=False),
    Column("note", String(500), nullable=False),
)
newsletter_subscriptions = Table(
    "newsletter_subscriptions", metadata,
    Column("id", Integer, primary_key=True, autoincrement=False),
    Column("email", String(254), nullable=False, unique=True),
    Column("marketing_consent", Boolean, nullable=False),
    Column("subscribed_at", Date, nullable=False),
)
invoices = Table(
    "invoices", metadata,
    Column("id", Integer, primary_key=True, autoincrement=False),
    # SET NULL: erasing a contact must not take the invoices the Accounting Act makes us keep.
    Column("contact_id", Integer, ForeignKey("contacts.id", ondelete="SET NULL"), index=True),
    Column("number", String(20), nullable=False, unique=True),
    Column("invoice_date", Date, nullable=False),
    Column("amount", Numeric(10, 2), nullable=False),
    Column("billing_name", String(200), nullable=False),
    Column("billing_email", String(254), index=True),
    Column("billing_address", String(300), nullable=False),
    Column("retention_years", Integer, nullable=False),
)

# name, email, phone, hetu, title, organisation, business id, street, postal code, city, customer no.
_STORY: list[tuple[str, str, str | None, str | None, str, str, str | None, str, str, str, str]] = [
    ("Matti Virtanen", "matti.virtanen@example.fi", "+358401112233", None, "toimitusjohtaja",
     "Virtasen Kiinteistöt Oy", "2480761-8", "Satakunnankatu 18 A 3", "33210", "Tampere", "10001"),
    ("Matti Virtanen", "matti.virtanen@rakennuspojat.example.com", "+358505556677", None, "työnjohtaja",
     "Rakennuspojat Oy", "1572860-0", "Teollisuuskatu 4", "15100", "Lahti", "10002"),
    ("Sari Lehtonen", "sari.lehtonen@example.fi", "+358401234567", None, "isännöitsijä",
     "Isännöinti Lehtonen Oy", "2109874-8", "Hämeenpuisto 21", "33210", "Tampere", "10003"),
    ("Jukka Mäkinen", "jukka.makinen@posti.example.fi", None, "130752-318P", "yksityisasiakas", "",
     None, "Koivistontie 9", "33400", "Tampere", "10004"),
    ("Laura Koskinen", "laura.nieminen@example.fi", "+358407778899", None, "talouspäällikkö",
     "Järvisen Tilitoimisto Oy", "0836924-0", "Kauppakatu 31 B 9", "40100", "Jyväskylä", "10005"),
    ("Aki Heikkilä", "aki.heikkila@rakennusheikkila.test", "+358445551212", None, "yrittäjä",
     "Rakennus Heikkilä Oy", "2653722-8", "Pajatie 2", "33470", "Ylöjärvi", "10006"),
    ("Päivi Häkkinen", "paivi.hakkinen@example.fi", "+358407654321", None, "hankintapäällikkö",
     "Pirkan Kodit Oy", "1790235-0", "Aleksanterinkatu 30", "33100", "Tampere", "10007"),
    ("Riikka Östman", "riikka@ostmanvalokuvaus.test", "+358400123456", None, "yrittäjä",
     "Östman Valokuvaus", "2874156-4", "Rantatie 12", "21600", "Parainen", "10008"),
    ("Marja Virtanen", "marja.virtanen@kotiposti.example.fi", "+358403334455", None, "yksityisasiakas", "",
     None, "Lammintie 5", "33560", "Tampere", "10009"),
    ("Tuomas Ylönen", "tuomas.ylonen@example.org", "+358509876543", None, "kiinteistöpäällikkö",
     "Ylösen Kiinteistöhuolto Oy", "3012457-3", "Tullikatu 6", "33100", "Tampere", "10010"),
    ("Mikko Tervo", "mikko.tervo@vanhaposti.example.fi", "+358452223344", None, "yksityisasiakas", "",
     None, "Kuusikuja 3", "33820", "Tampere", "10442"),
    ("Pirkko Lehtimäki", "pirkko.lehtimaki@example.fi", "+35832123344", "150338-064Y", "yksityisasiakas", "",
     None, "Pispalan valtatie 40", "33250", "Tampere", "10011"),
    ("Antti Vainio", "antti.vainio@vsmessut.example.fi", "+35824445566", None, "myyntipäällikkö",
     "Varsinais-Suomen Messut Oy", "1098347-7", "Messukentänkatu 1", "20210", "Turku", "10012"),
    ("Sana Koivisto", "sanna.koivisto@example.fi", "+358503217788", None, "yksityisasiakas", "",
     None, "Rautatienkatu 2", "90100", "Oulu", "10013"),
    ("Hanna Järvelä", "hanna.jarvela@example.fi", "+358408899001", None, "toimitusjohtaja",
     "Järvelän Sovellus Oy", "3056712-0", "Tekniikantie 14", "02150", "Espoo", "10014"),
    ("Marko Hietala", "marko.hietala@example.fi", "+358449876542", None, "yrittäjä",
     "Hietalan Remontti", "2231574-0", "Sahatie 7", "33500", "Tampere", "10015"),
    ("Jari Mattila", "jari.mattila@example.fi", "+358405550101", None, "ostaja",
     "Mattilan Maalaus Oy", "2764508-7", "Nokiantie 11", "33300", "Tampere", "10016"),
    ("Johan Lindqvist", "johan.lindqvist@example.fi", "+358405550202", None, "VD",
     "Lindqvist Bygg Ab", "0715390-7", "Strandvägen 2", "21600", "Parainen", "10017"),
    ("Ann-Christin Sjöberg", "ann-christin.sjoberg@example.fi", "+358405567788", "240673-286C",
     "privatkund", "", None, "Kyrkoesplanaden 4", "21600", "Parainen", "10018"),
    ("Bengt Holmberg", "bengt.holmberg@skargardsnet.test", "+358400765432", None, "ekonomichef",
     "Skärgårdsnet Ab", "2390811-8", "Hamngatan 1", "21600", "Parainen", "10019"),
    ("Kalle Rautio", "kalle.rautio@example.com", "+358405550303", None, "yksityisasiakas", "",
     None, "Hervannan valtaväylä 8", "33720", "Tampere", "10020"),
    ("Jani Kivelä", "jani.k92@webmail.example.com", None, "120301A2350", "yksityisasiakas", "",
     None, "Sammonkatu 50 C 21", "33540", "Tampere", "10021"),
    ("Siobhan Ni Cheallaigh", "siobhan.nicheallaigh@example.com", "+358405550404", None, "consultant",
     "Kivi & Kangas Design Oy", "2944607-3", "Kauppakatu 12 B", "40100", "Jyväskylä", "10022"),
    ("Daniel Okafor", "daniel.okafor@example.org", "+358441234567", "020785-4734", "engineer", "",
     None, "Insinöörinkatu 60", "33720", "Tampere", "10023"),
    ("Eeva-Liisa Kärkkäinen", "eeva-liisa.karkkainen@example.fi", "+358405550505", None, "sihteeri",
     "Kärkkäisen Puutarha Oy", "2518037-8", "Puutarhakatu 3", "33210", "Tampere", "10024"),
]
_NEWSLETTER_ONLY = ["emily.clarke@example.com", "mikael.gronroos@example.fi", "rahul.mehta@example.com"]
_FIRST = ["Matti", "Timo", "Juha", "Mikko", "Jari", "Antti", "Ville", "Petri", "Heikki", "Janne", "Anne",
          "Tiina", "Sanna", "Päivi", "Minna", "Leena", "Katja", "Eeva", "Riikka", "Satu", "Aino", "Helmi"]
_LAST = ["Korhonen", "Virtanen", "Mäkinen", "Nieminen", "Mäkelä", "Hämäläinen", "Laine", "Heikkinen",
         "Koskinen", "Järvinen", "Lehtonen", "Lehtinen", "Saarinen", "Salminen", "Heinonen", "Niemi",
         "Heikkilä", "Kinnunen", "Salonen", "Turunen", "Salo", "Laitinen", "Tuominen", "Rantanen"]
_CITIES = [("33100", "Tampere"), ("00100", "Helsinki"), ("40100", "Jyväskylä"), ("90100", "Oulu"),
           ("20100", "Turku"), ("15110", "Lahti"), ("70100", "Kuopio")]
_NOTES = ["Tarjouspyyntö kattoremontista", "Soitettu, sovittu katselmus", "Tarjous lähetetty",
          "Reklamaatio vesivuodosta, korjattu", "Huoltosopimuksen uusiminen", "Tavattu messuilla",
          "Kysyi peltikaton huollosta", "Ei vastannut, soitetaan uudelleen"]
_HETU_CHECK = "0123456789ABCDEFHJKLMNPRSTUVWXY"


def _ascii(text: str) -> str:
    return text.lower().translate(str.maketrans("äöåé", "aoae"))


_ASCII = {name: _ascii(name) for name in _FIRST + _LAST}
_TITLES = ["ostaja", "isännöitsijä", "yrittäjä"]
_STREETS = ["Koulukatu", "Rantatie", "Myllytie", "Puistokatu"]
_EPOCH_1950 = dt.date(1950, 1, 1).toordinal()
_EPOCH_2015 = dt.date(2015, 1, 1).toordinal()


def _filler_values(i: int) -> tuple[Any, ...]:
    """Filler contact *i* in `contacts` column order (without id): unique e-mail, phone, number, hetu."""
    first, last = _FIRST[i % len(_FIRST)], _LAST[(i // len(_FIRST)) % len(_LAST)]
    postal, city = _CITIES[i % len(_CITIES)]
    hetu = None
    if i % 5 == 0:  # every fifth is a private customer with an identity code (born 1950-1999)
        day = dt.date.fromordinal(_EPOCH_1950 + (i // 5) % 18000)
        serial = 2 + (i // 5 // 18000) % 897
        digits = f"{day:%d%m%y}{serial:03d}"
        hetu = f"{digits[:6]}-{serial:03d}{_HETU_CHECK[int(digits) % 31]}"
    return (str(20000 + i), f"{first} {last}", f"{_ASCII[first]}.{_ASCII[last]}.{i}@asiakas{i % 97}.example.fi",
            f"+35845{i:08d}", hetu, _TITLES[i % 3], f"{last}n Kiinteistö Oy" if hetu is None else "", None,
            f"{_STREETS[i % 4]} {1 + i % 60}", postal, city, False,
            dt.date.fromordinal(_EPOCH_2015 + i % 3650))


_CONTACT_COLUMNS = ["customer_number", "name", "email", "phone", "hetu", "title", "organisation", "business_id",
                    "street_address", "postal_code", "city", "restricted", "created_at"]


def _filler_contact(i: int) -> dict[str, Any]:
    """Filler contact *i* as a dict (see _filler_values)."""
    return dict(zip(_CONTACT_COLUMNS, _filler_values(i), strict=True))


def _story_contacts() -> Iterator[dict[str, Any]]:
    for n, (name, email, phone, hetu, title, org, bid, street, postal, city, number) in enumerate(_STORY):
        yield {"customer_number": number, "name": name, "email": email, "phone": phone, "hetu": hetu,
               "title": title, "organisation": org, "business_id": bid, "street_address": street,
               "postal_code": postal, "city": city, "restricted": False,
               "created_at": dt.date(2016, 1, 4) + dt.timedelta(days=97 * n)}


def build_demo_register(url: str, contacts_count: int = 40) -> None:
    """Create the demo tables in an empty database at *url* and fill them (deterministic).

    At least all story people are created even when *contacts_count* is smaller.
    """
    rng = random.Random(SEED)
    engine = create_engine(engine_url(url))
    metadata.create_all(engine)
    people = list(_story_contacts())
    people += [_filler_contact(i) for i in range(1, max(0, contacts_count - len(people)) + 1)]
    for n, p in enumerate(people, start=1):
        p["id"] = n
    history: list[dict[str, Any]] = []
    bills: list[dict[str, Any]] = []
    letters: list[str] = []
    for p in people:
        for _ in range(rng.randint(1, 3)):
            history.append({"id": len(history) + 1, "contact_id": p["id"], "channel":
                            rng.choice(["puhelin", "sähköposti", "tapaaminen"]), "note": rng.choice(_NOTES),
                            "date": p["created_at"] + dt.timedelta(days=rng.randint(0, 900))})
        if p["id"] <= len(_STORY) or rng.random() < 0.5:
            # One old invoice whose 6 years have run out, and recent ones still under retention.
            for year in (2017, rng.choice([2022, 2023]), 2025):
                n_inv = len(bills) + 1
                bills.append({"id": n_inv, "contact_id": p["id"], "number": f"2{year}{n_inv:05d}",
                              "invoice_date": dt.date(year, rng.randint(1, 12), rng.randint(1, 28)),
                              "amount": Decimal(rng.randint(15000, 900000)) / 100,
                              "billing_name": p["organisation"] or p["name"], "billing_email": p["email"],
                              "billing_address": f"{p['street_address']}, {p['postal_code']} {p['city']}",
                              # Invoices under a maintenance contract are tase-erittely material: 10 years.
                              "retention_years": 10 if n_inv % 7 == 0 else 6})
        if (p["id"] <= len(_STORY) and p["id"] % 3 != 2) or rng.random() < 0.3:
            letters.append(p["email"])
    letters += _NEWSLETTER_ONLY
    with engine.begin() as conn:
        conn.execute(insert(contacts), people)
        conn.execute(insert(contact_history), history)
        conn.execute(insert(invoices), bills)
        conn.execute(insert(newsletter_subscriptions), [
            {"id": n, "email": e, "marketing_consent": True, "subscribed_at": dt.date(2020, 1, 1)
             + dt.timedelta(days=37 * n)} for n, e in enumerate(letters, start=1)])
    engine.dispose()


def create_demo_register(path: Path, contacts: int = 40) -> Path:
    """Build the demo register as a SQLite file at *path* (replaced if it exists); returns *path*."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.unlink(missing_ok=True)
    build_demo_register(f"sqlite:///{path}", contacts)
    return path


def grow_demo_register(url: str, total: int, batch: int = GROW_BATCH) -> int:
    """Add filler contacts (one history row each) until *url* holds *total* contacts; returns the count.

    Fast: secondary indexes are dropped during the load and rebuilt once at the end, rows go through
    the driver's executemany as plain tuples (the INSERT is still generated by SQLAlchemy), and on
    SQLite syncing is off (a benchmark register, not data anyone needs to survive a crash).
    """
    engine = create_engine(engine_url(url))
    sqlite = engine.dialect.name == "sqlite"
    indexes = [*contacts.indexes, *contact_history.indexes]
    with engine.begin() as conn:
        have = conn.execute(select(func.count()).select_from(contacts)).scalar_one()
        start_id = (conn.execute(select(func.max(contacts.c.id))).scalar_one() or 0) + 1
        hist_id = (conn.execute(select(func.max(contact_history.c.id))).scalar_one() or 0) + 1
        if have < total:
            for index in indexes:
                conn.execute(DropIndex(index, if_exists=True))
    c_sql, c_pos = _driver_insert(engine, contacts, ["id", *_CONTACT_COLUMNS])
    h_sql, h_pos = _driver_insert(engine, contact_history, ["id", "contact_id", "date", "channel", "note"])
    created_col = len(_CONTACT_COLUMNS)  # index of created_at in a row tuple (after id)
    done = have
    while done < total:
        n = min(batch, total - done)
        rows: list[tuple[Any, ...]] = []
        hist: list[tuple[Any, ...]] = []
        for k in range(n):
            cid = start_id + done - have + k
            row = (cid, *_filler_values(10_000 + cid))  # offset keeps filler e-mails apart from the first ones
            if sqlite:  # what SQLAlchemy's SQLite Boolean and Date types store
                row = (*row[:-2], 0, row[-1].isoformat())
            rows.append(row)
            hist.append((hist_id + cid - start_id, cid, row[created_col], "sähköposti", _NOTES[cid % len(_NOTES)]))
        with engine.begin() as conn:
            if sqlite:
                conn.exec_driver_sql("PRAGMA synchronous = OFF")
            conn.exec_driver_sql(c_sql, rows if c_pos else [dict(zip(["id", *_CONTACT_COLUMNS], r, strict=True))
                                                            for r in rows])
            conn.exec_driver_sql(h_sql, hist if h_pos else [dict(zip(["id", "contact_id", "date", "channel",
                                                                      "note"], r, strict=True)) for r in hist])
        done += n
    with engine.begin() as conn:
        for index in indexes:
            conn.execute(CreateIndex(index, if_not_exists=True))
    engine.dispose()
    return done


def _driver_insert(engine: Any, table: Table, columns: list[str]) -> tuple[str, bool]:
    """The dialect's INSERT for *columns* (generated, not hand-written) and whether it is positional."""
    compiled = insert(table).compile(dialect=engine.dialect, column_keys=columns)
    positional = bool(compiled.positional)
    if positional:
        assert list(compiled.positiontup or []) == columns
    return str(compiled), positional


def demo_sources_toml(url: str) -> str:
    """The sources mapping of the demo register at *url* (see config/sources.example.toml)."""
    return f'''# Generated by dsarbot.demo: the mapping of the demo register of Kattopojat Oy.
[[source]]
name = "crm"
kind = "sql"
label = {{ fi = "Asiakasrekisteri (CRM)", sv = "Kundregister (CRM)", en = "Customer register (CRM)" }}
url = "{url}"

[[source.table]]
name = "contacts"
label = {{ fi = "Yhteystiedot", sv = "Kontaktuppgifter", en = "Contact details" }}
primary_key = "id"
identifiers = {{ email = "email", phone = "phone", hetu = "hetu", customer_number = "customer_number", name = "name" }}
erasure = {{ action = "delete" }}
rectifiable = ["name", "email", "phone", "title", "organisation", "street_address", "postal_code", "city"]
provided = ["name", "email", "phone", "title", "organisation", "street_address", "postal_code", "city"]
restriction = "restricted"
recipients = ["Tilitoimisto Numerot Oy (kirjanpito)"]

[[source.table]]
name = "contact_history"
label = {{ fi = "Asiakashistoria", sv = "Kundhistorik", en = "Customer history" }}
primary_key = "id"
relation = {{ parent = "contacts", column = "contact_id" }}
erasure = {{ action = "delete" }}

[[source.table]]
name = "newsletter_subscriptions"
label = {{ fi = "Uutiskirjeen tilaukset", sv = "Prenumerationer på nyhetsbrevet", en = "Newsletter subscriptions" }}
primary_key = "id"
identifiers = {{ email = "email" }}
erasure = {{ action = "delete" }}
provided = ["email", "marketing_consent", "subscribed_at"]
suppression = {{ action = "set", set = {{ marketing_consent = false }} }}
recipients = ["Postituspalvelu Kirjekyyhky Oy (uutiskirjeet)"]

[[source.table]]
name = "invoices"
label = {{ fi = "Laskut", sv = "Fakturor", en = "Invoices" }}
primary_key = "id"
identifiers = {{ email = "billing_email" }}
relation = {{ parent = "contacts", column = "contact_id" }}
recipients = ["Tilitoimisto Numerot Oy (kirjanpito)"]
[source.table.erasure]
action = "keep"
reason = "Kirjanpitolaki 2:10"
years = 6
years_column = "retention_years"
date_column = "invoice_date"
count_from = "end_of_year"

# Art. 19: the accounting firm is told by dsarbot itself; the mailing service has no address here,
# so staff tell it (the case card says so).
[recipient."Tilitoimisto Numerot Oy (kirjanpito)"]
email = "tietosuoja@numerot.example.fi"
language = "fi"
'''


def write_demo_sources_config(register_path: Path, out: Path) -> Path:
    """Write the mapping (e.g. config/sources.demo.toml) for the SQLite register at *register_path*."""
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(demo_sources_toml(f"sqlite:///{Path(register_path).resolve()}"), encoding="utf-8")
    return out
