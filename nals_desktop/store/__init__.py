"""Persistence: SQLAlchemy models, the engine and its pragmas, migrations and full-text search."""
