"""The termbase schema, as sqlite-utils migrations applied when a file is opened.

A Chinese *concept* is keyed by :func:`glossary.model.concept_key`, so 淘宝,
淘寶 and 硏/研 spellings are one entry. Each concept has Korean *renderings*
(상하이, 상해), and each rendering has *occurrences*: where it was seen (a
mined document, with the bracket's position and context) or carried (an
imported glossary, with its count). Occurrences keep the spellings as the
source wrote them; the spellings a concept and a rendering show are settled
from them (:func:`glossary.model.settle_spelling`), never by arrival order.
"""

from __future__ import annotations

import sqlite3

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

from glossary.model import (
    FOLDED_FORMS,
    HAN_DASHES,
    KEY_RULE,
    KOREAN_JOINERS,
    QUOTE_MARKS,
    concept_key,
)

from .settle import index_grams, settle_boundaries, settle_concepts, settle_verdicts
from .sql import CONTEXTS, chunks, has_column
from .versions import MIGRATION_SET, MIGRATIONS

migrations = Migrations(MIGRATION_SET)


@migrations()
def m001_create_tables(db: Database) -> None:
    db.execute("""
        CREATE TABLE documents (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE,
            sha256 TEXT NOT NULL,
            origin TEXT NOT NULL CHECK (origin IN ('mined', 'imported')),
            added_at TEXT NOT NULL
        )""")
    db.execute("""
        CREATE TABLE concepts (
            id INTEGER PRIMARY KEY,
            zh_key TEXT NOT NULL UNIQUE,
            zh_hans TEXT NOT NULL,
            zh_hant TEXT NOT NULL,
            hant_seen INTEGER NOT NULL DEFAULT 0
        )""")
    db.execute("""
        CREATE TABLE renderings (
            id INTEGER PRIMARY KEY,
            concept_id INTEGER NOT NULL REFERENCES concepts(id),
            ko TEXT NOT NULL,
            ko_key TEXT NOT NULL,
            kind TEXT NOT NULL,
            UNIQUE (concept_id, ko_key)
        )""")
    db.execute("""
        CREATE TABLE occurrences (
            id INTEGER PRIMARY KEY,
            document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            rendering_id INTEGER NOT NULL REFERENCES renderings(id),
            position INTEGER NOT NULL,
            zh TEXT NOT NULL,
            confidence REAL NOT NULL,
            count INTEGER NOT NULL DEFAULT 1,
            context TEXT NOT NULL DEFAULT '',
            UNIQUE (document_id, position, rendering_id)
        )""")
    db.execute("CREATE INDEX idx_renderings_ko_key ON renderings(ko_key)")
    db.execute("CREATE INDEX idx_occurrences_rendering ON occurrences(rendering_id)")
    db.execute("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)")


@migrations()
def m002_spellings_and_identity(db: Database) -> None:
    """Occurrences keep the Korean spelling, kind and attested traditional
    form their source gave; documents keep the name the user gave (``label``),
    a title, the versions that mined them, and an index on their content."""
    conn = db.conn
    conn.execute("ALTER TABLE occurrences ADD COLUMN ko TEXT NOT NULL DEFAULT ''")
    conn.execute("ALTER TABLE occurrences ADD COLUMN kind TEXT NOT NULL DEFAULT ''")
    conn.execute("ALTER TABLE occurrences ADD COLUMN zh_hant TEXT NOT NULL DEFAULT ''")
    conn.execute("UPDATE occurrences SET (ko, kind) = (SELECT r.ko, r.kind FROM renderings r"
                 " WHERE r.id = occurrences.rendering_id)")
    # The first release kept an import's traditional column on the concept only.
    conn.execute("UPDATE occurrences SET zh_hant = (SELECT c.zh_hant FROM renderings r"
                 " JOIN concepts c ON c.id = r.concept_id WHERE r.id = occurrences.rendering_id"
                 " AND c.hant_seen) WHERE document_id IN"
                 " (SELECT id FROM documents WHERE origin = 'imported')")
    conn.execute("UPDATE occurrences SET zh_hant = '' WHERE zh_hant IS NULL")
    conn.execute("ALTER TABLE documents ADD COLUMN label TEXT NOT NULL DEFAULT ''")
    conn.execute("ALTER TABLE documents ADD COLUMN title TEXT NOT NULL DEFAULT ''")
    conn.execute("ALTER TABLE documents ADD COLUMN versions TEXT NOT NULL DEFAULT ''")
    conn.execute("UPDATE documents SET label = name")
    conn.execute("CREATE INDEX idx_documents_sha256 ON documents(sha256)")
    conn.execute("CREATE INDEX idx_renderings_concept ON renderings(concept_id)")


@migrations()
def m003_decisions(db: Database) -> None:
    """A translator's decisions, kept apart from what mining finds so that no
    re-mining, import or merge can overwrite them: keyed by the pair's keys
    (``ko_key`` '' for the Chinese term itself), with the edits that moved a
    pair (so the old spelling never comes back) and a log of every change."""
    conn = db.conn
    statuses = ", ".join(f"'{status}'" for status in ("candidate", "approved", "preferred",
                                                        "rejected"))
    conn.execute(f"""
        CREATE TABLE decisions (
            id INTEGER PRIMARY KEY,
            zh_key TEXT NOT NULL,
            ko_key TEXT NOT NULL,
            status TEXT NOT NULL DEFAULT 'candidate' CHECK (status IN ({statuses})),
            note TEXT NOT NULL DEFAULT '',
            domain TEXT NOT NULL DEFAULT '',
            decided_by TEXT NOT NULL DEFAULT '',
            decided_at TEXT NOT NULL DEFAULT '',
            version INTEGER NOT NULL DEFAULT 1,
            UNIQUE (zh_key, ko_key)
        )""")
    conn.execute("CREATE INDEX idx_decisions_status ON decisions(status)")
    conn.execute("""
        CREATE TABLE redirects (
            zh_key TEXT NOT NULL,
            ko_key TEXT NOT NULL,
            from_zh TEXT NOT NULL,
            from_ko TEXT NOT NULL,
            to_zh TEXT NOT NULL,
            to_ko TEXT NOT NULL,
            PRIMARY KEY (zh_key, ko_key)
        )""")
    conn.execute("""
        CREATE TABLE decision_log (
            id INTEGER PRIMARY KEY,
            at TEXT NOT NULL,
            by TEXT NOT NULL,
            action TEXT NOT NULL,
            zh TEXT NOT NULL,
            ko TEXT NOT NULL,
            before TEXT NOT NULL,
            after TEXT NOT NULL,
            undo TEXT NOT NULL DEFAULT ''
        )""")
    # What lists and pages sort and filter by, kept by settle_concepts.
    conn.execute("ALTER TABLE renderings ADD COLUMN count INTEGER NOT NULL DEFAULT 0")
    conn.execute("ALTER TABLE renderings ADD COLUMN confidence REAL NOT NULL DEFAULT 0")
    conn.execute("ALTER TABLE renderings ADD COLUMN seen_at TEXT NOT NULL DEFAULT ''")
    conn.execute("UPDATE renderings SET (count, confidence, seen_at) = (SELECT SUM(o.count),"
                 " MAX(o.confidence), MAX(d.added_at) FROM occurrences o JOIN documents d"
                 " ON d.id = o.document_id WHERE o.rendering_id = renderings.id)")
    # Pages of pairs in count or confidence order read these indexes, no sort.
    conn.execute("CREATE INDEX idx_renderings_count ON renderings(count DESC, ko_key,"
                 " concept_id)")
    conn.execute("CREATE INDEX idx_renderings_confidence ON renderings(confidence DESC,"
                 " count DESC, ko_key, concept_id)")


@migrations()
def m004_views(db: Database) -> None:
    """Views that make the file useful on its own (``datasette kozh.db``):
    one row per Korean ↔ Chinese rendering, and one per context."""
    db.conn.execute("""
        CREATE VIEW pairs AS
        SELECT r.ko, c.zh_hans, c.zh_hant, r.kind, r.count, r.confidence,
               COALESCE(d.status, 'candidate') AS status, COALESCE(d.note, '') AS note,
               COALESCE(d.domain, '') AS domain, COALESCE(d.decided_by, '') AS decided_by,
               COALESCE(d.decided_at, '') AS decided_at, r.seen_at
        FROM renderings r JOIN concepts c ON c.id = r.concept_id
        LEFT JOIN decisions d ON d.zh_key = c.zh_key AND d.ko_key = r.ko_key
        WHERE r.count > 0""")
    db.conn.execute("""
        CREATE VIEW contexts AS
        SELECT r.ko, c.zh_hans, o.zh AS zh_written, d.label AS document, o.position,
               o.context, o.confidence, o.count
        FROM occurrences o JOIN renderings r ON r.id = o.rendering_id
        JOIN concepts c ON c.id = r.concept_id JOIN documents d ON d.id = o.document_id""")


@migrations()
def m005_substring_index(db: Database) -> None:
    """Grams of every key, so that substring lookups read an index instead of
    every row (see glossary.model.grams)."""
    conn = db.conn
    conn.execute("CREATE TABLE grams (gram TEXT NOT NULL, concept_id INTEGER NOT NULL,"
                 " PRIMARY KEY (gram, concept_id)) WITHOUT ROWID")
    # Settling a concept rewrites its grams: without this, each rewrite reads them all.
    conn.execute("CREATE INDEX idx_grams_concept ON grams(concept_id)")
    # Keys by the current rule (the first release's were not), spellings settled
    # from occurrences, and the grams of every concept.
    rekey(conn)


@migrations()
def m006_boundary_support(db: Database) -> None:
    """How many occurrences support each rendering's boundary (see
    glossary.model.settle_support): a concept's renderings are shown in that
    order after the decisions."""
    conn = db.conn
    conn.execute("ALTER TABLE renderings ADD COLUMN support INTEGER NOT NULL DEFAULT 0")
    conn.execute("UPDATE renderings SET support = count")
    for (concept,) in conn.execute("SELECT concept_id FROM renderings GROUP BY concept_id"
                                   " HAVING COUNT(*) > 1").fetchall():
        settle_boundaries(conn, concept)


@migrations()
def m007_data_generation(db: Database) -> None:
    """A generation of the pairs apart from decisions (meta ``data_generation``),
    which a kept check relies on; a kozh that does not keep it must not write
    here, and an older schema makes it refuse to. The migration's own
    transaction draws it (see :func:`~db.connection.transaction`): nothing to
    copy, since nothing was kept against it yet."""


@migrations()
def m008_check_verdicts(db: Database) -> None:
    """What a check asks of every pair, kept with it (see
    :func:`db.settle.settle_verdicts`): a first check at 300k pairs read
    and tested every one."""
    conn = db.conn
    conn.execute("ALTER TABLE renderings ADD COLUMN off_standard INTEGER NOT NULL DEFAULT 0")
    conn.execute("ALTER TABLE concepts ADD COLUMN variant_key TEXT NOT NULL DEFAULT ''")
    conn.execute("ALTER TABLE concepts ADD COLUMN spellings INTEGER NOT NULL DEFAULT 1")
    conn.execute("CREATE INDEX idx_concepts_variant_key ON concepts(variant_key)")
    # Few renderings are off the standard: a check reads them from this index alone.
    conn.execute("CREATE INDEX idx_renderings_off_standard ON renderings(concept_id)"
                 " WHERE off_standard")
    settle_verdicts(conn, [int(row[0]) for row in conn.execute("SELECT id FROM concepts")])


@migrations()
def m009_han_gaps(db: Database) -> None:
    """Keys by rule 3, without spaces between Han characters (马 云 is 马云):
    only a key with a space can change, so only those are read again, and
    only the concepts they join are settled anew."""
    rekey(db.conn, containing=" ")


@migrations()
def m010_hanja_forms(db: Database) -> None:
    """Keys by rule 4, with more Korean Hanja forms and the Japanese forms
    folded (四顚倒 is 四颠倒, 関西 is 关西): only a key holding one of those
    characters can change, and only a simplified form holding one is shown
    otherwise now (靑年 is 青年)."""
    rekey(db.conn, containing=FOLDED_FORMS)


@migrations()
def m011_joined_korean_words(db: Database) -> None:
    """Grams of each Korean key without the hyphens and middle dots that join
    its words (glossary.model.compact_korean), beside those without spaces,
    so that 한미 정상회담 finds 한-미 정상회담: only the concepts with such a
    key are indexed again."""
    conn = db.conn
    joiners = [mark for mark in KOREAN_JOINERS if mark != " "]
    holding = " OR ".join("instr(ko_key, ?) > 0" for _ in joiners)
    concepts = [int(row[0]) for row in conn.execute(
        f"SELECT DISTINCT concept_id FROM renderings WHERE {holding} ORDER BY concept_id",
        joiners)]
    for chunk in chunks(concepts):
        index_grams(conn, chunk)


@migrations()
def m012_occurrence_sources(db: Database) -> None:
    """The source an imported glossary names for each of its pairs (where the
    pair was seen before it was exported), kept with the occurrence: the
    file it came in is the document, the source is what a lookup and the
    next export show."""
    if not has_column(db.conn, "occurrences", "source"):  # a record lost, the column kept
        db.conn.execute("ALTER TABLE occurrences ADD COLUMN source TEXT NOT NULL DEFAULT ''")
    db.conn.execute("DROP VIEW IF EXISTS contexts")
    db.conn.execute(f"CREATE VIEW contexts AS {CONTEXTS}")
    # `kozh list --document` names a document an import's pairs came from too.
    db.conn.execute("CREATE INDEX IF NOT EXISTS idx_occurrences_source ON occurrences(source)"
                    " WHERE source != ''")


@migrations()
def m013_unquoted_keys(db: Database) -> None:
    """Keys by rule 5, without quotes or title marks (“一带一路”倡议 is
    一带一路倡议): only a key holding one can change, and the concept it
    joins, if any, is settled anew."""
    rekey(db.conn, containing=QUOTE_MARKS)


@migrations()
def m014_undashed_keys(db: Database) -> None:
    """Keys by rule 6, without a dash between Han characters (中国—东盟 is
    中国东盟): only a key holding one can change."""
    rekey(db.conn, containing=HAN_DASHES)


def rekey(conn: sqlite3.Connection, containing: str = "") -> None:
    """Recompute every concept key with the current rule, folding concepts
    whose keys now coincide (硏究院 and 研究院), then settle their spellings.
    ``containing``: the rule changed only keys holding one of these
    characters; the others stay, and a changed key may join one of them."""
    # The simplified form too: one written in a form the rule now folds is
    # settled anew (靑年 is shown 青年), even where its key stays.
    where = _holding(containing, "zh_key", "zh_hans")
    rows = conn.execute(f"SELECT id, zh_key, zh_hans FROM concepts{where} ORDER BY id").fetchall()
    survivors: dict[str, int] = {}
    for concept, old_key, hans in rows:
        key = concept_key(hans) or old_key
        if containing and key != old_key and key not in survivors:
            held = conn.execute("SELECT id FROM concepts WHERE zh_key = ?", [key]).fetchone()
            if held is not None:
                survivors[key] = int(held[0])
        if key not in survivors:
            survivors[key] = concept
            if key != old_key:
                conn.execute("UPDATE concepts SET zh_key = ? WHERE id = ?",
                             [f"\x00{concept}", concept])  # out of the way until all are moved
            continue
        _fold_concept(conn, concept, survivors[key])
    for key, concept in survivors.items():
        conn.execute("UPDATE concepts SET zh_key = ? WHERE id = ?", [key, concept])
    settle_concepts(conn, list(survivors.values()),
                    support=has_column(conn, "renderings", "support"),
                    verdicts=has_column(conn, "renderings", "off_standard"))
    _rekey_decisions(conn, containing)
    conn.execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('key_rule', ?)", [KEY_RULE])


def _holding(chars: str, *columns: str) -> str:
    """A WHERE clause for rows where one of ``columns`` holds any of
    ``chars`` (Han, or a space: nothing GLOB or SQL would read as syntax);
    '' for every row when ``chars`` is empty."""
    if not chars:
        return ""
    assert not set(chars) & set("[]*?^"), chars
    # A quote would end the SQL string, and a hyphen in brackets makes a
    # range: each is asked for on its own, a quote doubled.
    alone = {mark: literal for mark, literal in (("'", "''''"), ("-", "'-'")) if mark in chars}
    globbed = "".join(ch for ch in chars if ch not in alone)
    tests = [f"{column} GLOB '*[{globbed}]*'" for column in dict.fromkeys(columns) if globbed]
    tests += [f"instr({column}, {literal}) > 0"
              for column in dict.fromkeys(columns) for literal in alone.values()]
    return " WHERE " + " OR ".join(tests)


def _rekey_decisions(conn: sqlite3.Connection, containing: str = "") -> None:
    """Decisions and redirects follow their concepts to the current rule's
    keys: a key is Chinese text, and the rule applied to an older key gives
    the new one. Where a decision was already made under the new key, that
    one stands and the other is kept as it was (nothing is deleted)."""
    tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    for table, source in (("decisions", "zh_key"), ("redirects", "from_zh")):
        if table not in tables:
            continue  # a schema older than decisions
        where = _holding(containing, "zh_key", source)
        for rowid, old, text in conn.execute(
                f"SELECT rowid, zh_key, {source} FROM {table}{where}").fetchall():
            new = concept_key(text) or old
            if new != old:
                conn.execute(f"UPDATE OR IGNORE {table} SET zh_key = ? WHERE rowid = ?",
                             [new, rowid])


def _fold_concept(conn: sqlite3.Connection, concept: int, into: int) -> None:
    for rendering, ko_key in conn.execute(
            "SELECT id, ko_key FROM renderings WHERE concept_id = ?", [concept]).fetchall():
        same = conn.execute("SELECT id FROM renderings WHERE concept_id = ? AND ko_key = ?",
                            [into, ko_key]).fetchone()
        if same:
            conn.execute("UPDATE OR IGNORE occurrences SET rendering_id = ? WHERE rendering_id = ?",
                         [same[0], rendering])
            conn.execute("DELETE FROM occurrences WHERE rendering_id = ?", [rendering])
            conn.execute("DELETE FROM renderings WHERE id = ?", [rendering])
        else:
            conn.execute("UPDATE renderings SET concept_id = ? WHERE id = ?", [into, rendering])
    conn.execute("DELETE FROM concepts WHERE id = ?", [concept])


def apply(db: Database) -> None:
    migrations.apply(db)
    names = [m.name for m in migrations.applied(db)]
    assert names[: len(MIGRATIONS)] == list(MIGRATIONS), "MIGRATIONS is out of date"
