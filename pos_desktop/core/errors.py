"""Errors a person can cause, each carrying a message in their words."""


class PosError(Exception):
    """A problem to show to the user as one line; the command exits with code 2."""


class InputError(PosError):
    """Bad input: an unknown SKU, a malformed amount, a wrong PIN, a broken file."""


class FieldError(InputError):
    """Bad input in one field of a form, named by `field` (the form's key for it), so the
    window can show the problem beside that field and put the focus there."""

    def __init__(self, message: str, field: str) -> None:
        super().__init__(message)
        self.field = field


class StorageError(PosError):
    """The database cannot be used: missing, locked, corrupt, from a newer version, disk full."""


class DamagedDatabase(StorageError):
    """The database file is damaged (SQLite finds it malformed, cut off or not a database)."""


class ServerError(PosError):
    """The chain's central server cannot be reached, is not set up, or refused a request."""


class ChainDiverged(ServerError):
    """A till's journal no longer continues what the server holds for it (its file was
    replaced, cut short or rewritten): nothing is pushed until someone sorts it out."""
