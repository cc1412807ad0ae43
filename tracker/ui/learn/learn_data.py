"""What the Learn reader reads from the journal, off the GUI thread: the care team, for the
24-hour line in every article's notice. Runs on the app's task runner (see view.py)."""

from __future__ import annotations

from tracker.domain.errors import KnownError
from tracker.services import care_team


def load_care_team(journal) -> care_team.CareTeam | None:
    """The care team, or None when it cannot be read (the notice then says where to add it)."""
    try:
        return care_team.get_care_team(journal)
    except KnownError:
        return None
