"""The command line (pos_desktop.cli.main); each of its groups adds its own sub-commands."""
