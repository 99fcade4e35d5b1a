"""The database package: models, engine/session factory, and the queries shared by the
API and the workers (access rules live here once)."""
