"""Issue 12, item 3: every screen and dialog, in every interface language, at 1366×768: no text cut
off, no English left where the language has its own words, Khmer drawn in the bundled Noto face.

The walk (tests/ui/screen_walk.py) runs in its own process: Qt's offscreen screen is 1366×768 only
when the application starts with that configuration (the rest of the suite runs with an 800×800
one), and dialogs size themselves from the screen they open on. One process walks all five
languages over one vault of invented people; each language's test reads its part of the result.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.ui.screen_walk import LANGUAGES, SCREEN_CONFIG

ROOT = Path(__file__).resolve().parents[2]
# How each kind of fault is fixed, in the order the report lists them.
KINDS = {
    "too big": "Windows larger than the 1366×768 screen (fix the layout)",
    "squeezed": "Rows or columns laid out narrower or lower than they need (fix the layout)",
    "clipped": "Text wider than its widget (fix the layout; a translation far too long: tell the translators)",
    "cut": "Text or controls cut in height (fix the layout)",
    "not opened": "Dialogs the walk could not open",
    "Qt warning": "Qt warnings during the walk",
    "translation not applied": "English shown although the catalogue translates it (the code looks it up in "
                               "the wrong context, or never through tr()/shown())",
    "English not in the catalogue": "English that is in no catalogue message: hard-coded, or a message not "
                                    "marked for translation (tr() in the UI, msg() in Qt-free code)",
    "awaiting translation": "Messages with no translation yet in resources/i18n/shelterdesk_<lang>.ts "
                            "(expected until the translators finish)",
}


@pytest.fixture(scope="module")
def walked(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict]:
    folder = tmp_path_factory.mktemp("screen-walk")
    (folder / "home").mkdir()
    screen = folder / "screen.json"
    screen.write_text(json.dumps(SCREEN_CONFIG), "utf-8")
    out = folder / "walk.json"
    env = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={screen}", "SHELTERDESK_HOME": str(folder / "home"),
           "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, "-m", "tests.ui.screen_walk", "--json", str(out)], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=600, check=False)
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-6000:]
    return json.loads(out.read_text("utf-8"))


def report(language: str, faults: list[dict]) -> str:
    lines = [f"{len(faults)} fault(s) in {language} at 1366×768:"]
    for kind, heading in KINDS.items():
        found = [f for f in faults if f["kind"] == kind]
        if found:
            lines.append(f"\n{heading} — {len(found)}:")
            for f in found:
                detail = f" — {f['detail']}" if f["detail"] else ""
                lines.append(f"  [{f['where']}] {f['widget']}: {f['text']!r}{detail}")
    return "\n".join(lines)


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_screen_and_dialog_fits_and_speaks_the_language(walked: dict[str, dict], language: str) -> None:
    result = walked[language]
    assert len(result["visited"]) >= 50, result["visited"]  # every screen and dialog, down to the last
    assert not result["faults"], report(language, result["faults"])


def test_khmer_is_drawn_in_the_bundled_noto_khmer_face(walked: dict[str, dict]) -> None:
    assert walked["km"]["facts"]["khmer_face"] == "Noto Sans Khmer"
