"""`dsarbot web-passwd NAME`: make a dashboard login line for the configuration."""

from __future__ import annotations

import getpass
import json
import sys
from typing import Annotated

import typer

MIN_LENGTH = 10


def web_passwd(user: Annotated[str, typer.Argument(help="The login name, e.g. alice.")]) -> None:
    """Ask for a password and print the line to put under `[web.users]` in config/dsarbot.toml.

    The value is `scrypt$N$r$p$<salt>$<hash>`: hashlib.scrypt with N=16384, r=8, p=1, a random
    16-byte salt and a 32-byte key, salt and key in base64 without padding. Only the hash is stored;
    the dashboard compares in constant time. With no terminal (a script), the password is read from
    the first line of standard input.

    Example: `dsarbot web-passwd alice` prints `alice = "scrypt$16384$8$1$…$…"`.
    """
    if not user or any(c in user for c in ':"\\\n') or user != user.strip():
        raise typer.BadParameter("a login name cannot contain ':', quotes, backslashes or spaces at the ends")
    if sys.stdin.isatty():
        password = getpass.getpass(f"Password for {user}: ")
        if getpass.getpass("Again: ") != password:
            typer.echo("error: the passwords differ; nothing printed", err=True)
            raise typer.Exit(1)
    else:
        password = sys.stdin.readline().rstrip("\r\n")
    if len(password) < MIN_LENGTH:
        typer.echo(f"error: use at least {MIN_LENGTH} characters; nothing printed", err=True)
        raise typer.Exit(1)
    from dsarbot.webui.auth import hash_password

    typer.echo("# add under [web.users] in config/dsarbot.toml:", err=True)
    # json.dumps gives a valid TOML basic string for any name (quotes and non-ASCII escaped).
    typer.echo(f"{json.dumps(user, ensure_ascii=False)} = {json.dumps(hash_password(password))}")
