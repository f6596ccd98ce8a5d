"""Which language dsarbot speaks in Slack: each person's own where a message is theirs alone, the
configured staff language in the channel.

Personal messages (ephemeral answers, modals, the Home tab, `/dsar`) follow the language the person chose
with `/dsar language fi|sv|en` (kept in the database), else their Slack language: `users.info` with
`include_locale` gives `user.locale` (e.g. `fi-FI`), cached per person for an hour. A locale that is none
of fi, sv, en, or a look-up that fails (Slack slow or down, the `users:read` scope missing), falls back to
`[staff] language`. (Slack offers no Finnish or Swedish interface, so most people's Slack language is
English; the choice is how a person gets Finnish or Swedish messages of their own.) The look-up has a
short timeout of its own: a modal must open within Slack's 3-second trigger window, so a slow `users.info`
costs the language, never the form.
Channel messages (cards, thread notes, reminders, notices, the digest) are read by everyone there and
use `[staff] language`.
"""

from __future__ import annotations

import logging
import threading
import time

from slack_sdk import WebClient

from dsarbot import i18n, store
from dsarbot.i18n import Translator
from dsarbot.runtime import Runtime
from dsarbot.slack.client import slack_error, web_client

log = logging.getLogger(__name__)

CACHE_SECONDS = 3600.0
"""How long a person's language is remembered (someone who switches Slack's language sees it within the hour)."""
FAILED_SECONDS = 60.0
"""How long a failed look-up is remembered: Slack is not asked again on every click while it is away."""
LOOKUP_TIMEOUT = 1
clock = time.monotonic
"""The cache's clock (tests move it)."""

_lock = threading.Lock()
_cache: dict[tuple[str, str], tuple[float, str | None]] = {}
_clients: dict[tuple[str | None, str], WebClient] = {}


def channel_translator(rt: Runtime) -> Translator:
    """The language of channel messages: `[staff] language`."""
    return i18n.translator(rt.settings.staff.language)


def translator_for(rt: Runtime, user_id: str | None) -> Translator:
    """The language of a message only *user_id* sees: their Slack locale, else `[staff] language`."""
    return i18n.translator(user_language(rt, user_id), rt.settings.staff.language)


def user_language(rt: Runtime, user_id: str | None) -> str | None:
    """fi, sv or en: the person's own choice, else their Slack locale (cached); None when neither says."""
    if not user_id:
        return None
    return chosen_language(rt, user_id) or slack_language(rt, user_id)


def person(user_id: str) -> str:
    """The key of a Slack user's own settings (the actor id decisions record)."""
    return f"slack:{user_id}"


def chosen_language(rt: Runtime, user_id: str) -> str | None:
    """The language the person chose with `/dsar language` (read each time: any process may have set it)."""
    with rt.session() as session:
        return store.staff_language(session, person(user_id))


def choose_language(rt: Runtime, user_id: str, language: str | None) -> None:
    """Remember *language* (fi, sv, en) for the person; None: follow their Slack language again."""
    with rt.session() as session:
        store.set_staff_language(session, person(user_id), language)


def slack_language(rt: Runtime, user_id: str) -> str | None:
    """fi, sv or en from the user's Slack locale (cached), or None when unknown or none of those."""
    client = _client(rt)
    key = (client.base_url, user_id)
    now = clock()
    with _lock:
        cached = _cache.get(key)
    if cached is not None and now < cached[0]:
        return cached[1]
    try:
        user = client.users_info(user=user_id, include_locale=True).get("user") or {}
        language, keep = i18n.supported(str(user.get("locale") or "")), CACHE_SECONDS
    except Exception as exc:  # the message is still shown, in the staff language
        log.warning("could not read the Slack language of %s (%s); using [staff] language", user_id,
                    slack_error(exc) or type(exc).__name__)
        language, keep = None, FAILED_SECONDS
    with _lock:
        _cache[key] = (now + keep, language)
    return language


def clear_cache() -> None:
    """Forget every remembered language (tests; after people changed theirs)."""
    with _lock:
        _cache.clear()


def _client(rt: Runtime) -> WebClient:
    config = rt.settings.slack
    key = (config.bot_token, config.api_url or "")
    with _lock:
        if key not in _clients:
            _clients[key] = web_client(config, timeout=LOOKUP_TIMEOUT)
        return _clients[key]
