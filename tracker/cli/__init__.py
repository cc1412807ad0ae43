"""The command line for scripting and support (no Qt). `tracker <command> --help`."""
