"""Full-text search over candidates: what a search document holds, keeping it up to date,
and the conditions a listing filters on.

One document per candidate (``candidate_search``, migration 0013, docs/schema_v1.2.md),
built from the candidate's names, email, current company and position and the text of its
newest resume version that has text. The code paths that change what it covers call
``refresh_search_documents``: creating and editing a candidate
(``database.queries.candidates``), a resume's text being stored and the candidate filled in
from it (``pipelines.flow.extract``). Erasing a candidate removes its document by cascade.
A resume deleted on its own (no path does so today) must refresh its candidate too.

What a search matches: every word of it (at most ``MAX_WORDS``) must be found either

* at the start of a word of the name, email, current company or position ("ann" finds
  Anna, "lindq" anna.lindqvist@…, "example.com" every address there), or
* as a whole word of company, position or the resume's text, in any inflection its
  language's stemmer knows ("développeurs" finds "développeur", "engineers" "engineer").

On PostgreSQL the document is one tsvector (one GIN index, so a whole search is one index
lookup): the profile's words as written, marked "~" for the prefix search, and the body
(company, position, resume text) stemmed with the configuration of the resume's language
(``english``, ``german``, ``french``, ``spanish``; chosen by the stop words the text uses,
see migration 0013) and as written (``simple``). A query word is looked up in all five
forms, so no language has to be guessed from a one-word query. On SQLite an FTS5 index
does the same with one stemmer (Porter, English) for every text.
"""

from __future__ import annotations

import json
import re
import uuid
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Select,
    bindparam,
    cast,
    column,
    false,
    func,
    literal,
    literal_column,
    select,
    table,
    text,
)
from sqlalchemy.dialects.postgresql import TSQUERY
from sqlalchemy.orm import Session
from sqlalchemy.types import Uuid

# A search of more words than this uses the first ones (each word makes the query longer).
MAX_WORDS = 12
# At most this much of a resume's text is indexed (a PostgreSQL tsvector holds 1 MB at most).
MAX_INDEXED_CHARS = 100_000
STEMMED_CONFIGS = ("english", "german", "french", "spanish")

candidate_search = table(
    "candidate_search",
    column("candidate_id", Uuid),
    column("document"),  # PostgreSQL: profile and body in one tsvector
    column("doc"),  # SQLite only: the FTS5 index's row id
)
_fts = table("candidate_search_fts", column("rowid"))

_REFRESH_POSTGRESQL = text("""
INSERT INTO candidate_search (candidate_id, language, document, updated_at)
SELECT c.id, lang.cfg::text,
       candidate_search_document(lang.cfg, c.first_name, c.last_name, c.email,
                                 c.current_company, c.current_position, latest.text),
       now()
  FROM candidates AS c
  LEFT JOIN LATERAL (
       SELECT left(r.extracted_text, :max_chars) AS text FROM resumes AS r
        WHERE r.candidate_id = c.id AND r.extracted_text IS NOT NULL
        ORDER BY r.version_number DESC LIMIT 1) AS latest ON true
 CROSS JOIN LATERAL (SELECT candidate_search_language(latest.text) AS cfg) AS lang
 WHERE c.id IN :ids
ON CONFLICT (candidate_id) DO UPDATE
   SET language = excluded.language, document = excluded.document,
       updated_at = excluded.updated_at
""").bindparams(bindparam("ids", expanding=True, type_=Uuid))

_LOCK_CANDIDATES = text(
    "SELECT id FROM candidates WHERE id IN :ids ORDER BY id FOR NO KEY UPDATE"
).bindparams(bindparam("ids", expanding=True, type_=Uuid))

_REFRESH_SQLITE = text("""
INSERT INTO candidate_search (candidate_id, profile, body, updated_at)
SELECT c.id,
       c.first_name || ' ' || c.last_name || ' ' || coalesce(c.email, '') || ' '
         || coalesce(c.current_company, '') || ' ' || coalesce(c.current_position, ''),
       coalesce(c.current_company, '') || ' ' || coalesce(c.current_position, '') || ' '
         || coalesce((SELECT substr(r.extracted_text, 1, :max_chars) FROM resumes AS r
                       WHERE r.candidate_id = c.id AND r.extracted_text IS NOT NULL
                       ORDER BY r.version_number DESC LIMIT 1), ''),
       CURRENT_TIMESTAMP
  FROM candidates AS c
 WHERE c.id IN :ids
ON CONFLICT (candidate_id) DO UPDATE
   SET profile = excluded.profile, body = excluded.body, updated_at = excluded.updated_at
""").bindparams(bindparam("ids", expanding=True, type_=Uuid))


def _dialect(session: Session) -> str:
    return session.get_bind().dialect.name


def refresh_search_documents(session: Session, candidate_ids: Iterable[uuid.UUID]) -> None:
    """Rebuild the search documents of these candidates from what is stored now (pending
    changes are flushed first). A candidate that no longer exists is skipped."""
    ids = sorted(set(candidate_ids))
    if not ids:
        return
    session.flush()
    if _dialect(session) != "postgresql":
        session.execute(_REFRESH_SQLITE, {"ids": ids, "max_chars": MAX_INDEXED_CHARS})
        return
    # The candidates' rows first, in one order: two transactions refreshing one candidate
    # (two versions' texts stored at once) take turns, and the second reads what the first
    # committed instead of writing back an older text. NO KEY: a resume inserted for the
    # candidate meanwhile (its foreign key's lock) does not wait.
    session.execute(_LOCK_CANDIDATES, {"ids": ids})
    session.execute(_REFRESH_POSTGRESQL, {"ids": ids, "max_chars": MAX_INDEXED_CHARS})


def search_words(text: str) -> list[str]:
    """The words of a search: split at white space (NUL counts as one), those with a
    letter or digit only."""
    words = text.replace("\x00", " ").split()
    return [word for word in words if re.search(r"\w", word)][:MAX_WORDS]


# --- PostgreSQL ---------------------------------------------------------------------------

# Each word's parts, by the database's own parser and stemmers: its words as the profile
# holds them (for the prefix), and its distinct forms (as written, and stemmed in each
# language) as tsquery texts.
_WORD_PARTS = text("""
SELECT ARRAY(SELECT v.lexeme FROM unnest(to_tsvector('simple'::regconfig, w.word)) AS v
              ORDER BY v.positions[1], v.lexeme),
       ARRAY(SELECT DISTINCT f.q FROM (
               SELECT plainto_tsquery(c.cfg, w.word)::text AS q
                 FROM unnest(CAST(:configs AS regconfig[])) AS c(cfg)) AS f
              WHERE f.q <> '' ORDER BY f.q)
  FROM unnest(CAST(:words AS text[])) WITH ORDINALITY AS w(word, n)
 ORDER BY w.n
""")
# Marks the profile's words in a document (migration 0013): the parser never leaves it in
# a word, so a marked prefix can only match a profile word.
PROFILE_MARK = "~"


def _lexeme(word: str) -> str:
    """A lexeme quoted for tsquery input (its quotes and backslashes escaped)."""
    return "'" + word.replace("\\", "\\\\").replace("'", "''") + "'"


def document_query(session: Session, words: list[str]) -> str:
    """PostgreSQL: the tsquery (as text) a document must match: every word, each as a
    prefix of a profile word ("~ann":*) or as one of its forms in the body. Forms are
    deduplicated, which keeps the planner's estimate of the matches honest. Empty when
    some word has nothing to look for (it can match no document)."""
    rows = session.execute(
        _WORD_PARTS, {"words": words, "configs": ["simple", *STEMMED_CONFIGS]}
    ).all()
    parts = []
    for tokens, forms in rows:
        prefix = " & ".join(f"{_lexeme(PROFILE_MARK + token)}:*" for token in tokens)
        alternatives = [f"( {query} )" for query in ([prefix] if prefix else []) + forms]
        if not alternatives:
            return ""
        parts.append("( " + " | ".join(alternatives) + " )")
    return " & ".join(parts)


def document_matches(query: str) -> ColumnElement[bool]:
    """PostgreSQL: ``candidate_search``'s document matches the query (its GIN index
    serves the whole search in one lookup)."""
    if not query:
        return false()
    return candidate_search.c.document.op("@@")(cast(literal(query), TSQUERY))


@dataclass(frozen=True)
class Search:
    """A search's words and, on PostgreSQL, the document's tsquery (None on SQLite)."""

    words: list[str]
    query: str | None


def parse_search(session: Session, text: str) -> Search | None:
    """The search ``text`` stands for; None when it has no word to look for."""
    words = search_words(text)
    if not words:
        return None
    if _dialect(session) != "postgresql":
        return Search(words, None)
    return Search(words, document_query(session, words))


def matching_candidate_ids(search: Search) -> Select[Any]:
    """The ids of the candidates whose document matches every word, found by the index
    (GIN on PostgreSQL, FTS5 on SQLite)."""
    if search.query is not None:
        return select(candidate_search.c.candidate_id).where(document_matches(search.query))
    return (
        select(candidate_search.c.candidate_id)
        .join(_fts, _fts.c.rowid == candidate_search.c.doc)
        .where(literal_column("candidate_search_fts").op("MATCH")(fts_query(search.words)))
    )


def row_matches(candidate_id_column: Any, query: str) -> ColumnElement[bool]:
    """PostgreSQL: the candidate of this row matches, checked row by row (its document read
    by primary key). For a listing walked in name order that stops after a page, or a
    junior's few visible candidates, instead of finding every match first."""
    found = (
        select(document_matches(query))
        .where(candidate_search.c.candidate_id == candidate_id_column)
        .scalar_subquery()
    )
    return func.coalesce(found, false())


# The setting as it was (read first: the subquery is evaluated before the outer row), and off.
_SEQSCAN_OFF = text(
    "SELECT b.before FROM (SELECT current_setting('enable_seqscan') AS before OFFSET 0) AS b"
    " WHERE set_config('enable_seqscan', 'off', true) IS NOT NULL"
)


@contextmanager
def index_scans_only(session: Session, when: bool = True) -> Iterator[None]:
    """PostgreSQL: plan the statements run inside without sequential scans (until the block
    ends; a failed transaction forgets the setting by itself). A search the planner expects
    to match many documents would otherwise be planned as a scan of ``candidate_search``
    testing each row, which reads every document's tsvector (from TOAST: about 17 µs a
    row, 2 s for 110,000), where the GIN index's bitmap finds the same rows without
    reading any."""
    if not when:
        yield
        return
    before = session.scalar(_SEQSCAN_OFF)
    yield
    session.execute(text("SELECT set_config('enable_seqscan', :before, true)"), {"before": before})


def count_up_to(session: Session, matches: Select[Any], up_to: int) -> int:
    """How many rows ``matches`` has, counting no further than ``up_to`` + 1. The matches
    are a MATERIALIZED CTE, planned for all its rows (the GIN index's bitmap) and read
    only as far as the count goes. Run it under ``index_scans_only``."""
    found = matches.cte("matches").prefix_with("MATERIALIZED")
    counted = select(found.c[0]).limit(up_to + 1).subquery()
    return int(session.scalar(select(func.count()).select_from(counted)) or 0)


def estimated_rows(session: Session, statement: Select[Any]) -> int:
    """The planner's estimate of the rows ``statement`` returns (PostgreSQL), from EXPLAIN:
    one planning, nothing read."""
    compiled = statement.compile(dialect=session.get_bind().dialect)
    result = session.connection().exec_driver_sql(
        "EXPLAIN (FORMAT JSON) " + str(compiled), compiled.params
    )
    plan = result.scalar_one()
    plan = json.loads(plan) if isinstance(plan, str) else plan
    return int(plan[0]["Plan"]["Plan Rows"])


# --- SQLite -------------------------------------------------------------------------------


def fts_query(words: list[str]) -> str:
    """SQLite: the FTS5 query for ``words``: each a prefix of the profile or a word of the
    body, all of them required. Each word is a quoted string, so nothing in it is syntax."""
    parts = []
    for word in words:
        quoted = '"' + word.replace('"', '""') + '"'
        parts.append(f"({{profile}} : {quoted} * OR {{body}} : {quoted})")
    return " AND ".join(parts)
