"""Baseline schema of the first release.

Revision ID: 0001
Revises:
Create Date: 2026-11-23

DEVELOPMENT NOTE: until the first release this revision creates the current models; it is
replaced by explicit operations (alembic autogenerate) before release, and from then on
every change is a new revision.
"""

from __future__ import annotations

from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    from tracker.storage.models import Base

    Base.metadata.create_all(op.get_bind())


def downgrade() -> None:
    raise NotImplementedError("journals are never downgraded")
