"""``python -m archive.cli``: the same command as the installed ``archive``."""

from archive.cli import cli

cli()
