"""Per-domain queries and writes, shared by the API, the pipeline and the CLI.

One module per domain (``users``, ``candidates``, ``assignments``, ``resumes``, ``reviews``,
``prompts``, ``activity``), plus ``access`` (who sees which candidate) and ``common``
(search patterns and paging). Callers -- views above all -- use these functions and never
build SQL themselves.

Functions take a session and never commit: the caller's edge (a request, a task, a CLI
command) owns the transaction. They may ``flush`` so that ids and constraints are settled.
"""
