"""dsarbot: handles GDPR data-subject requests that arrive by e-mail."""

__version__ = "0.1.0"
