"""The accounts that may log in to a served archive, and the configuration that turns the login on.

Only password hashes are kept, never a password: PBKDF2-SHA256 as datasette-auth-passwords makes
and checks them (480,000 iterations, a random salt). They come from

- the environment variable ``ARCHIVE_PASSWORD_HASH`` (one ``user:hash`` a line, or a bare hash for
  the user ``archive``), which wins when set; or
- the file ``<name>.passwords`` beside ``<name>.db``, written by ``archive password DB`` with mode
  0600; a file that others may read is refused.

The hashes reach Datasette through environment variables named in its configuration (``$env``),
so no file or command line holds them.
"""

from __future__ import annotations

import os
import re
import stat
from pathlib import Path

ENV_VAR = "ARCHIVE_PASSWORD_HASH"
DEFAULT_USER = "archive"
MIN_PASSWORD = 12
USER_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9.@-]{0,63}$")  # no "_": the plugin splits on "_password_hash"
HASH = re.compile(r"^pbkdf2_sha256\$[0-9]{5,8}\$[^$\s]{8,}\$[A-Za-z0-9+/=]{40,}$")
AUTH_PLUGIN = "datasette-auth-passwords"


class LoginError(ValueError):
    """Accounts that cannot be used; ``str()`` is one line fit to show the user."""


def password_file(db_path) -> Path:
    """``archive.db`` -> ``archive.passwords`` beside it."""
    path = Path(db_path)
    return path.with_name((path.stem if path.suffix else path.name) + ".passwords")


def hash_password(password: str) -> str:
    from datasette_auth_passwords.utils import hash_password as plugin_hash

    return plugin_hash(password)


def parse_accounts(text: str, where: str) -> dict:
    """``{user: hash}`` from ``user:hash`` lines (``#`` comments and blank lines skipped)."""
    accounts = {}
    for number, line in enumerate(text.splitlines(), start=1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        user, sep, hashed = line.partition(":")
        if not sep and HASH.match(line):
            user, hashed = DEFAULT_USER, line
        user, hashed = user.strip(), hashed.strip()
        if not USER_NAME.match(user) or not HASH.match(hashed):
            raise LoginError(f"{where}, line {number}: not a 'user:pbkdf2_sha256$...' line (make one with "
                             "'archive password DB')")
        accounts[user] = hashed
    return accounts


def load_accounts(db_path) -> tuple[dict, str]:
    """The accounts for serving ``db_path`` and where they came from ('' when there are none)."""
    if os.environ.get(ENV_VAR, "").strip():
        return parse_accounts(os.environ[ENV_VAR], ENV_VAR), ENV_VAR
    path = password_file(db_path)
    if not path.exists():
        return {}, ""
    mode = path.stat().st_mode
    if mode & (stat.S_IRWXG | stat.S_IRWXO):
        raise LoginError(f"{path} can be read by other users of this machine: run 'chmod 600 {path}'")
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise LoginError(f"{path}: cannot be read ({error})") from None
    return parse_accounts(text, str(path)), str(path)


def save_account(db_path, user: str, password: str) -> Path:
    """Add or replace ``user`` in the password file beside ``db_path`` (mode 0600, written whole
    then renamed into place, so a reader never sees half a file)."""
    if not USER_NAME.match(user):
        raise LoginError(f"{user!r}: a user name is letters, digits, '.', '@' and '-' (up to 64)")
    if len(password) < MIN_PASSWORD:
        raise LoginError(f"a password needs at least {MIN_PASSWORD} characters")
    path = password_file(db_path)
    accounts = {}
    if path.exists():
        accounts = parse_accounts(path.read_text(encoding="utf-8"), str(path))
    accounts[user] = hash_password(password)
    text = ("# Password hashes for 'archive serve' (pbkdf2_sha256), made by 'archive password'; no passwords.\n"
            "# Keep this file to yourself (mode 600); delete a line to remove an account.\n"
            + "".join(f"{name}:{hashed}\n" for name, hashed in accounts.items()))
    temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
        os.chmod(temporary, 0o600)
        os.replace(temporary, path)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    return path


def login_metadata(metadata: dict, accounts: dict, environ: dict) -> dict:
    """``metadata`` with the login on: the accounts for datasette-auth-passwords (each hash through
    an environment variable set in ``environ``), ``allow`` for an actor with an id only (Datasette's
    view-instance), and this project's ``login_required`` for the gate and our routes."""
    if not accounts:
        raise LoginError("no accounts: make one with 'archive password DB'")
    config = {}
    for number, (user, hashed) in enumerate(sorted(accounts.items())):
        variable = f"ARCHIVE_LOGIN_HASH_{number}"
        environ[variable] = hashed
        config[f"{user}_password_hash"] = {"$env": variable}
    config["actors"] = {user: {"id": user} for user in accounts}
    plugins = dict(metadata.get("plugins") or {})
    plugins[AUTH_PLUGIN] = config
    plugins["news-archive"] = dict(plugins.get("news-archive") or {}, login_required=True)
    return dict(metadata, plugins=plugins, allow={"id": "*"})
