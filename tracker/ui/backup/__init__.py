"""Dialogs for backups, restore and import (used by Settings → Backups and Reports → Exports)."""
