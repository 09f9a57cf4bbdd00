"""The full-text index itself, in each database's own form.

SQLite: an external-content FTS5 table over the entry table's term columns,
kept in step by triggers, so bulk inserts and deletes through the ORM (or
cascades from deleted pages) can never leave it stale.

PostgreSQL: a narrow table of ``tsvector`` (title A, lead B, body C) with a GIN
index, filled by a trigger on the entry table and emptied by its foreign key.
Kept apart from the wide entry rows (plain text for the result list), ranking
a common word reads a third of the pages. The terms are already lemmatised and
folded by Hejnał, so the ``simple`` configuration only splits them.
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
    CREATE TABLE hejnal_search_vector (
        entry_id bigint PRIMARY KEY
            REFERENCES hejnal_search_searchentry (id) ON DELETE CASCADE,
        page_id bigint NOT NULL,
        language varchar(12) NOT NULL,
        category_id bigint NULL,
        date date NOT NULL,
        vector tsvector NOT NULL
    )
    """,
    "CREATE INDEX hejnal_search_vector_gin ON hejnal_search_vector USING gin (vector)",
    "CREATE INDEX hejnal_search_vector_language ON hejnal_search_vector (language)",
    """
    CREATE FUNCTION hejnal_search_vector_sync() RETURNS trigger AS $$
    BEGIN
        INSERT INTO hejnal_search_vector
            (entry_id, page_id, language, category_id, date, vector)
        VALUES (
            NEW.id, NEW.page_id, NEW.language, NEW.category_id, NEW.date,
            setweight(to_tsvector('simple'::regconfig, NEW.title_terms), 'A')
            || setweight(to_tsvector('simple'::regconfig, NEW.lead_terms), 'B')
            || setweight(to_tsvector('simple'::regconfig, NEW.body_terms), 'C')
        )
        ON CONFLICT (entry_id) DO UPDATE SET
            page_id = EXCLUDED.page_id, language = EXCLUDED.language,
            category_id = EXCLUDED.category_id, date = EXCLUDED.date,
            vector = EXCLUDED.vector;
        RETURN NEW;
    END
    $$ LANGUAGE plpgsql
    """,
    """
    CREATE TRIGGER hejnal_search_vector_sync
    AFTER INSERT OR UPDATE ON hejnal_search_searchentry
    FOR EACH ROW EXECUTE FUNCTION hejnal_search_vector_sync()
    """,
]
POSTGRES_BACKWARD = [
    "DROP TRIGGER IF EXISTS hejnal_search_vector_sync ON hejnal_search_searchentry",
    "DROP FUNCTION IF EXISTS hejnal_search_vector_sync()",
    "DROP TABLE IF EXISTS hejnal_search_vector",
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
