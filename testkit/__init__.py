"""Test support shared by ``tests/`` and ``bench/``: the scripted OpenAI-compatible server,
generated resume files, the hostile corpus, real Celery worker processes and pipeline set-up.
Importable (installed with the project); production code never imports it."""
