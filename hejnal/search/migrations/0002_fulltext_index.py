"""The full-text index itself, in each database's own form.

SQLite: an external-content FTS5 table over the entry table's term columns,
kept in step by triggers, so bulk inserts and deletes through the ORM (or
cascades from deleted pages) can never leave it stale.

PostgreSQL: a stored generated ``tsvector`` (title A, lead B, body C) with a GIN
index. The terms are already lemmatised and folded by Hejnał, so the
``simple`` configuration only splits them.
"""

from django.db import migrations

SQLITE_FORWARD = [
    """
    CREATE VIRTUAL TABLE hejnal_search_fts USING fts5(
        language, category_terms, title_terms, lead_terms, body_terms,
        content='hejnal_search_searchentry', content_rowid='id',
        tokenize='unicode61 remove_diacritics 0'
    )
    """,
    """
    CREATE TRIGGER hejnal_search_fts_insert AFTER INSERT ON hejnal_search_searchentry
    BEGIN
        INSERT INTO hejnal_search_fts(rowid, language, category_terms, title_terms,
            lead_terms, body_terms)
        VALUES (new.id, new.language, new.category_terms, new.title_terms,
            new.lead_terms, new.body_terms);
    END
    """,
    """
    CREATE TRIGGER hejnal_search_fts_delete AFTER DELETE ON hejnal_search_searchentry
    BEGIN
        INSERT INTO hejnal_search_fts(hejnal_search_fts, rowid, language,
            category_terms, title_terms, lead_terms, body_terms)
        VALUES ('delete', old.id, old.language, old.category_terms, old.title_terms,
            old.lead_terms, old.body_terms);
    END
    """,
    """
    CREATE TRIGGER hejnal_search_fts_update AFTER UPDATE ON hejnal_search_searchentry
    BEGIN
        INSERT INTO hejnal_search_fts(hejnal_search_fts, rowid, language,
            category_terms, title_terms, lead_terms, body_terms)
        VALUES ('delete', old.id, old.language, old.category_terms, old.title_terms,
            old.lead_terms, old.body_terms);
        INSERT INTO hejnal_search_fts(rowid, language, category_terms, title_terms,
            lead_terms, body_terms)
        VALUES (new.id, new.language, new.category_terms, new.title_terms,
            new.lead_terms, new.body_terms);
    END
    """,
]
SQLITE_BACKWARD = [
    "DROP TRIGGER IF EXISTS hejnal_search_fts_update",
    "DROP TRIGGER IF EXISTS hejnal_search_fts_delete",
    "DROP TRIGGER IF EXISTS hejnal_search_fts_insert",
    "DROP TABLE IF EXISTS hejnal_search_fts",
]

POSTGRES_FORWARD = [
    """
    ALTER TABLE hejnal_search_searchentry ADD COLUMN vector tsvector
    GENERATED ALWAYS AS (
        setweight(to_tsvector('simple'::regconfig, title_terms), 'A')
        || setweight(to_tsvector('simple'::regconfig, lead_terms), 'B')
        || setweight(to_tsvector('simple'::regconfig, body_terms), 'C')
    ) STORED
    """,
    "CREATE INDEX hejnal_search_vector_gin ON hejnal_search_searchentry "
    "USING gin (vector)",
]
POSTGRES_BACKWARD = [
    "DROP INDEX IF EXISTS hejnal_search_vector_gin",
    "ALTER TABLE hejnal_search_searchentry DROP COLUMN IF EXISTS vector",
]


def _run(statements_by_vendor):
    def run(apps, schema_editor):
        statements = statements_by_vendor.get(schema_editor.connection.vendor, [])
        for statement in statements:
            schema_editor.execute(statement)

    return run


class Migration(migrations.Migration):
    dependencies = [("hejnal_search", "0001_search_entry")]

    operations = [
        migrations.RunPython(
            _run({"sqlite": SQLITE_FORWARD, "postgresql": POSTGRES_FORWARD}),
            _run({"sqlite": SQLITE_BACKWARD, "postgresql": POSTGRES_BACKWARD}),
        )
    ]
