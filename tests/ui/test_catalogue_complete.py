"""Every language ships every message: an unfinished one would show English in the middle of Khmer."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest

from shelterdesk import paths

LANGUAGES = ("id", "km", "zh_CN", "vi")


@pytest.mark.parametrize("code", LANGUAGES)
def test_every_message_is_translated(code):
    ts = paths.resources_dir() / "i18n" / f"shelterdesk_{code}.ts"
    unfinished = [f"{context.findtext('name')}: {message.findtext('source')!r}"
                  for context in ET.parse(ts).getroot().iter("context")
                  for message in context.iter("message")
                  if message.find("translation").get("type") == "unfinished"]
    assert not unfinished, (f"{len(unfinished)} messages not translated into {code} "
                            f"(docs/TRANSLATING.md, tools/i18n_todo.py):\n" + "\n".join(unfinished[:40]))


@pytest.mark.parametrize("code", LANGUAGES)
def test_each_file_says_it_awaits_a_native_reviewer(code):
    text = (paths.resources_dir() / "i18n" / f"shelterdesk_{code}.ts").read_text(encoding="utf-8")
    assert "NOT YET REVIEWED by a native speaker" in text[:400]
