"""pos-desktop: the staff-discount checkout helper."""

__version__ = "0.1.0"
