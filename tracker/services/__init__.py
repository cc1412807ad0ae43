"""Use cases. Each function takes an OpenJournal (or a data dir) and returns plain data."""
