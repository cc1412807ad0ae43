"""Encrypted storage: SQLCipher engine, key slots, SQLAlchemy models, Alembic migrations."""
