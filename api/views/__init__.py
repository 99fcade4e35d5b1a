"""One APIBlueprint per resource, all under ``/api/v1``."""
