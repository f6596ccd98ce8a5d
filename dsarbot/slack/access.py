"""Who may decide in Slack: the users in `DSARBOT_SLACK_APPROVERS`, or members of the approver group.

Anyone else gets an ephemeral refusal and nothing changes. When the group's membership cannot be read
(Slack down, missing `usergroups:read` scope) the answer is "no": a decision can wait, but an
unauthorised one cannot be taken back.
"""

from __future__ import annotations

import logging
import threading
import time
from typing import Any

from slack_sdk import WebClient

from dsarbot.config import SlackConfig
from dsarbot.i18n import N_

log = logging.getLogger(__name__)

GROUP_CACHE_SECONDS = 60.0
REFUSAL = N_("Only approvers can decide on data-subject requests, so nothing was changed. An admin can add "
             "you to DSARBOT_SLACK_APPROVERS (or the approver user group).")
"""A catalogue id: translate it for the person refused."""

_lock = threading.Lock()
_group_cache: dict[tuple[str, str], tuple[float, frozenset[str]]] = {}


def is_approver(config: SlackConfig, client: WebClient, user_id: str | None) -> bool:
    """True when *user_id* may decide: listed in the approvers, or a member of the approver group."""
    if not user_id:
        return False
    if user_id in config.approvers:
        return True
    if not config.approver_group:
        return False
    return user_id in group_members(client, config.approver_group)


def group_members(client: WebClient, group: str) -> frozenset[str]:
    """Members of a user group (its id `S…` or its handle), cached for a minute; empty on failure."""
    key = (client.base_url, group)
    now = time.monotonic()
    with _lock:
        cached = _group_cache.get(key)
        if cached and now - cached[0] < GROUP_CACHE_SECONDS:
            return cached[1]
    try:
        group_id = group if _looks_like_id(group) else _group_id_by_handle(client, group)
        users: list[str] = []
        if group_id:
            users = list(client.usergroups_users_list(usergroup=group_id).get("users") or [])
        members = frozenset(users)
    except Exception as exc:  # fail closed, but say why in the log
        log.warning("could not read the approver group %s: %s", group, type(exc).__name__)
        return frozenset()
    with _lock:
        _group_cache[key] = (now, members)
    return members


def clear_cache() -> None:
    """Forget cached group memberships (tests; after changing the group)."""
    with _lock:
        _group_cache.clear()


def _looks_like_id(group: str) -> bool:
    return group.startswith("S") and group.isalnum() and group.upper() == group


def _group_id_by_handle(client: WebClient, handle: str) -> str | None:
    wanted = handle.lstrip("@").lower()
    groups: list[dict[str, Any]] = list(client.usergroups_list().get("usergroups") or [])
    for g in groups:
        if str(g.get("handle", "")).lower() == wanted or str(g.get("name", "")).lower() == wanted:
            return str(g.get("id"))
    log.warning("no Slack user group has the handle %s", handle)
    return None
