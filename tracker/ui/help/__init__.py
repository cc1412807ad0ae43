"""Help menu dialogs: About (version, licence, privacy, third-party notices) and keyboard shortcuts."""
