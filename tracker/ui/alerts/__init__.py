""""Contact your team" banner."""
