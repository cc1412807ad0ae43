"""Today section: what is due today and overdue, ticked off in one click, with undo."""
