"""Schema v1.2, search by what the resume says (issue 23): ``candidate_search``, one search
document per candidate over its names, email, current company and position and the text of
its latest resume version that has text. Additive only (docs/schema_v1.2.md); existing
candidates are indexed here.

PostgreSQL: ``document`` is one tsvector with a GIN index, so that a whole search (every
word, each in any of its forms) is one index lookup. It holds

* the profile: names, the email (whole, split at "@" and into its words), company and
  position, each word as written (``simple``) and marked with a leading "~" (a character
  the text search parser never leaves in a word), so that a search can ask for profile
  words by prefix ("~ann":* finds Anna) and nothing else;
* the body: company, position and the resume's text, stemmed in the resume's language
  (``english``, ``german``, ``french`` or ``spanish``: the one whose stop words the text
  uses most, English when none stands out) and as written (``simple``: names and words of
  any language), without positions.

Three SQL functions hold those rules, so the application's refresh
(``database.queries.search``) and this backfill build the same documents.

SQLite: a plain table of the same texts (``candidate_search``, keyed by an integer for the
index, unique per candidate, cascading with it) and an external-content FTS5 index over it
(``candidate_search_fts``, Porter stemming over unicode61), kept in step by three triggers.

Neither is in the models (their shapes differ per dialect); ``database.migrate`` keeps
autogenerate from proposing to drop them.

Revision ID: 0013_candidate_search
Revises: 0012_agent_leases
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision: str = "0013_candidate_search"
down_revision: str | None = "0012_agent_leases"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

PG_FUNCTIONS = (
    # The language of a resume: the configuration whose stop words remove the most words
    # from its first 4,000 characters (ties: English), English when none removes three.
    """
    CREATE FUNCTION candidate_search_language(resume_text text) RETURNS regconfig
    LANGUAGE sql STABLE PARALLEL SAFE AS $$
      WITH sample AS (SELECT left(coalesce($1, ''), 4000) AS t),
      kept AS (
        SELECT c.cfg, c.pref,
               (SELECT coalesce(sum(array_length(v.positions, 1)), 0)
                  FROM unnest(to_tsvector(c.cfg, s.t)) AS v) AS words
          FROM sample AS s,
               (VALUES ('simple'::regconfig, 0), ('english'::regconfig, 1),
                       ('german'::regconfig, 2), ('french'::regconfig, 3),
                       ('spanish'::regconfig, 4)) AS c(cfg, pref)
      ),
      best AS (SELECT cfg, words FROM kept WHERE pref > 0 ORDER BY words, pref LIMIT 1)
      SELECT CASE WHEN best.words <= every_word.words - 3 THEN best.cfg
                  ELSE 'english'::regconfig END
        FROM best, (SELECT words FROM kept WHERE pref = 0) AS every_word
    $$
    """,
    # The profile's words as written, each marked "~": names, email (whole, both halves
    # and its words), company and position.
    """
    CREATE FUNCTION candidate_search_profile(
        first_name text, last_name text, email text, company text, job_position text
    ) RETURNS tsvector
    LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
      SELECT array_to_tsvector(ARRAY(
        SELECT '~' || v.lexeme FROM unnest(to_tsvector('simple'::regconfig,
          concat_ws(' ', $1, $2, $3, replace($3, '@', ' '),
                    regexp_replace($3, '[^[:alnum:]]+', ' ', 'g'), $4, $5))) AS v))
    $$
    """,
    # The whole document: the profile, then company, position and the resume's text
    # stemmed in its language and as written.
    """
    CREATE FUNCTION candidate_search_document(
        config regconfig, first_name text, last_name text, email text, company text,
        job_position text, resume_text text
    ) RETURNS tsvector
    LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
      SELECT candidate_search_profile($2, $3, $4, $5, $6)
             || strip(to_tsvector($1, concat_ws(' ', $5, $6, $7))
                      || to_tsvector('simple'::regconfig, concat_ws(' ', $5, $6, $7)))
    $$
    """,
)

# At most 100,000 characters of a resume's text are indexed (a tsvector holds 1 MB at most).
PG_BACKFILL = """
INSERT INTO candidate_search (candidate_id, language, document, updated_at)
SELECT c.id, lang.cfg::text,
       candidate_search_document(lang.cfg, c.first_name, c.last_name, c.email,
                                 c.current_company, c.current_position, latest.text),
       now()
  FROM candidates AS c
  LEFT JOIN LATERAL (
       SELECT left(r.extracted_text, 100000) AS text FROM resumes AS r
        WHERE r.candidate_id = c.id AND r.extracted_text IS NOT NULL
        ORDER BY r.version_number DESC LIMIT 1) AS latest ON true
 CROSS JOIN LATERAL (SELECT candidate_search_language(latest.text) AS cfg) AS lang
"""

SQLITE_TRIGGERS = (
    """
    CREATE TRIGGER candidate_search_ai AFTER INSERT ON candidate_search BEGIN
      INSERT INTO candidate_search_fts (rowid, profile, body)
      VALUES (new.doc, new.profile, new.body);
    END
    """,
    """
    CREATE TRIGGER candidate_search_ad AFTER DELETE ON candidate_search BEGIN
      INSERT INTO candidate_search_fts (candidate_search_fts, rowid, profile, body)
      VALUES ('delete', old.doc, old.profile, old.body);
    END
    """,
    """
    CREATE TRIGGER candidate_search_au AFTER UPDATE ON candidate_search BEGIN
      INSERT INTO candidate_search_fts (candidate_search_fts, rowid, profile, body)
      VALUES ('delete', old.doc, old.profile, old.body);
      INSERT INTO candidate_search_fts (rowid, profile, body)
      VALUES (new.doc, new.profile, new.body);
    END
    """,
)

SQLITE_BACKFILL = """
INSERT INTO candidate_search (candidate_id, profile, body, updated_at)
SELECT c.id,
       c.first_name || ' ' || c.last_name || ' ' || coalesce(c.email, '') || ' '
         || coalesce(c.current_company, '') || ' ' || coalesce(c.current_position, ''),
       coalesce(c.current_company, '') || ' ' || coalesce(c.current_position, '') || ' '
         || coalesce((SELECT substr(r.extracted_text, 1, 100000) FROM resumes AS r
                       WHERE r.candidate_id = c.id AND r.extracted_text IS NOT NULL
                       ORDER BY r.version_number DESC LIMIT 1), ''),
       CURRENT_TIMESTAMP
  FROM candidates AS c
"""


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        _upgrade_postgresql()
    else:
        _upgrade_sqlite()


def _upgrade_postgresql() -> None:
    op.create_table(
        "candidate_search",
        sa.Column("candidate_id", sa.Uuid(), nullable=False),
        sa.Column("language", sa.String(16), nullable=False),
        sa.Column("document", postgresql.TSVECTOR(), nullable=False),
        sa.Column(
            "updated_at", sa.DateTime(timezone=True), nullable=False, server_default=sa.func.now()
        ),
        sa.ForeignKeyConstraint(
            ["candidate_id"],
            ["candidates.id"],
            name=op.f("fk_candidate_search_candidate_id_candidates"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("candidate_id", name=op.f("pk_candidate_search")),
        # The documents go to TOAST: the table itself stays small, so looking a row up by
        # candidate and reading the rows the index found touch few pages.
        postgresql_with={"toast_tuple_target": 128},
    )
    for statement in PG_FUNCTIONS:
        op.execute(statement)
    op.execute(PG_BACKFILL)
    op.execute("CREATE INDEX ix_candidate_search_document ON candidate_search USING gin (document)")


def _upgrade_sqlite() -> None:
    op.execute(
        "CREATE TABLE candidate_search ("
        " doc INTEGER NOT NULL PRIMARY KEY,"
        " candidate_id CHAR(32) NOT NULL"
        "  CONSTRAINT fk_candidate_search_candidate_id_candidates"
        "  REFERENCES candidates (id) ON DELETE CASCADE,"
        " language VARCHAR(16),"
        " profile TEXT NOT NULL,"
        " body TEXT NOT NULL,"
        " updated_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,"
        " CONSTRAINT uq_candidate_search_candidate_id UNIQUE (candidate_id))"
    )
    op.execute(
        "CREATE VIRTUAL TABLE candidate_search_fts USING fts5(profile, body,"
        " content='candidate_search', content_rowid='doc',"
        " tokenize='porter unicode61 remove_diacritics 2')"
    )
    for statement in SQLITE_TRIGGERS:
        op.execute(statement)
    op.execute(SQLITE_BACKFILL)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.drop_table("candidate_search")
        op.execute(
            "DROP FUNCTION candidate_search_document(regconfig, text, text, text, text, text, text)"
        )
        op.execute("DROP FUNCTION candidate_search_profile(text, text, text, text, text)")
        op.execute("DROP FUNCTION candidate_search_language(text)")
        return
    for name in ("ai", "ad", "au"):
        op.execute(f"DROP TRIGGER candidate_search_{name}")
    op.execute("DROP TABLE candidate_search_fts")
    op.execute("DROP TABLE candidate_search")
