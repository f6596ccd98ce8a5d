"""Cards stay within Slack's Block Kit limits and show untrusted text literally, whatever the mail contains."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

from dsarbot.models import Case
from dsarbot.slack import blocks as bk
from dsarbot.slack import cards


def all_texts(node: Any) -> list[tuple[str, str]]:
    """(block type or key, text) of every text object in a block tree."""
    found: list[tuple[str, str]] = []
    if isinstance(node, dict):
        for key, value in node.items():
            if isinstance(value, dict) and value.get("type") in ("mrkdwn", "plain_text"):
                found.append((key, value["text"]))
            found += all_texts(value)
    elif isinstance(node, list):
        for item in node:
            found += all_texts(item)
    return found


def huge_case(state: str = "awaiting_approval") -> Case:
    return Case(reference="DSAR-2026-0042", controller_id="demo", state=state, kinds=["access", "erasure"],
                language="fi", subject="S" * 5000, requester_email="x" * 300 + "@example.fi",
                requester_name="Name <!channel> " * 400, hetu_masked="131052-***T",
                received_at=datetime(2026, 4, 1, 6, 0, tzinfo=UTC), due_date=date(2026, 5, 4),
                verified=True, verification_note="note & " * 500, reasons=["r"] * 50,
                data={"found_summary": ["row " * 200] * 60, "reply_preview": "Hei *sinä*\n" * 2000})


def test_a_huge_mail_still_gives_a_card_within_block_kit_limits():
    for state in ("awaiting_approval", "triage", "completed"):
        card = cards.render(huge_case(state), date(2026, 4, 20), "<!channel> *x* " * 5000)
        assert len(card.blocks) <= bk.MAX_BLOCKS_MESSAGE
        assert len(card.text) <= bk.MESSAGE_TEXT
        for block in card.blocks:
            if block["type"] == "header":
                assert len(block["text"]["text"]) <= bk.HEADER_TEXT
            if block["type"] == "section" and "text" in block:
                assert len(block["text"]["text"]) <= bk.SECTION_TEXT
            for f in block.get("fields", []):
                assert len(f["text"]) <= bk.FIELD_TEXT
            for element in block.get("elements", []):
                if element.get("type") == "button":
                    assert len(element["value"]) <= bk.BUTTON_VALUE
                    assert len(element["text"]["text"]) <= bk.BUTTON_TEXT
        for _, text in all_texts(card.blocks):
            assert "<!channel>" not in text


def test_escaping_shows_mentions_links_and_formatting_literally():
    shown = bk.escape("<!channel> <@U123> <https://x|click> *bold* _it_ ~s~ `c` a&b @here")
    assert shown.startswith("&lt;!channel&gt; &lt;@U123&gt; &lt;https://x|click&gt;")
    for live in ("<", ">", "*bold*", "_it_", "~s~", "`c`", "@here"):
        assert live not in shown
    assert "a&amp;b" in shown
    assert bk.escape("maija_m@example.fi") == "maija_m@example.fi"  # a lone underscore stays copyable


def test_clipping_never_cuts_an_escaped_character_in_half():
    text = bk.escape("&" * 100)
    clipped = bk.clip(text, 23)
    assert clipped.endswith("&amp;…") and len(clipped) <= 23


def test_identity_codes_in_free_text_are_masked():
    assert bk.mask_identity_codes("hetu 131052-308T ja 010594Y9032") == "hetu 131052-***T ja 010594Y***2"
