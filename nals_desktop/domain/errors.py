"""The project's exception hierarchy; library errors are translated into these at layer boundaries."""


class NalsError(Exception):
    """Base of every error the user may see; its message is one clear, translated line."""


class DocumentError(NalsError):
    """A document could not be read or has no summit structure (importers)."""


class StoreError(NalsError):
    """The store cannot be opened, migrated or written."""


class SchemaTooNewError(StoreError):
    """The store was written by a newer version of NALS Desktop."""


class NotFoundError(NalsError):
    """A summit, pillar or commitment named by the user does not exist."""


class ValidationError(NalsError):
    """A value given by the user breaks a domain rule."""


class QuerySyntaxError(ValidationError):
    """A search query cannot be parsed (for example, unbalanced quotes)."""


class ExportError(NalsError):
    """A book or export file could not be written."""


class CancelledError(NalsError):
    """A long job was cancelled by the user."""


class WrongPassphraseError(StoreError):
    """The passphrase given does not unlock the store's key."""
