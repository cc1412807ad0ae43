"""All models, imported so `Base.metadata` is complete (Alembic and tests rely on it).

Each feature keeps its tables in its own module; add the import here.
"""

from tracker.storage.models import (
    core,  # noqa: F401
    diary,  # noqa: F401
    plan,  # noqa: F401
    sync,  # noqa: F401
)
from tracker.storage.models.base import Base, UTCDateTime

__all__ = ["Base", "UTCDateTime"]
