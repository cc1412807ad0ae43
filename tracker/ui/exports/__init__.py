"""Qt-side helpers for the plain exports (words in the reader's language)."""
