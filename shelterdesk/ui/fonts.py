"""Register the shipped Noto fonts with Qt so names in every script display.

An office laptop may have no Khmer, Bengali or Ethiopic font at all: the app
carries its own (resources/fonts) and lists them as fallbacks of the base face,
so Qt picks the face that has the glyph for each character.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from .. import paths

BASE_FAMILY = "Noto Sans"
BASE_POINT_SIZE = 11  # readable at night on a small laptop screen


def fonts_dir() -> Path:
    return paths.resources_dir() / "fonts"


def register_fonts(directory: Path | None = None) -> list[str]:
    """Add every shipped .ttf to Qt's font database; returns the families, base family first."""
    families: list[str] = []
    for path in sorted((directory or fonts_dir()).glob("*.ttf")):
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id < 0:
            continue
        for family in QFontDatabase.applicationFontFamilies(font_id):
            if family not in families:
                families.append(family)
    if BASE_FAMILY in families:
        families.remove(BASE_FAMILY)
        families.insert(0, BASE_FAMILY)
    return families


# Interface languages whose script more than one shipped face covers, or a face the base font
# falls back to late: Chinese must not take its Han glyphs from the Korean face, Khmer text
# should not depend on the fallback order.
LANGUAGE_WRITING_SYSTEMS = {"zh": QFontDatabase.WritingSystem.SimplifiedChinese,
                            "km": QFontDatabase.WritingSystem.Khmer}


def apply_app_font(app: QApplication, families: list[str], language: str = "en") -> QFont:
    """Make the shipped families the app font, in fallback order, the face for the interface
    language's script right after the base face; keep the system font if none shipped."""
    font = QFont(app.font())
    wanted = LANGUAGE_WRITING_SYSTEMS.get(language.split("_")[0])
    if wanted is not None:
        first = [f for f in families[1:] if wanted in QFontDatabase.writingSystems(f)]
        families = families[:1] + first + [f for f in families[1:] if f not in first]
    if families:
        font.setFamilies(families)
    font.setPointSize(BASE_POINT_SIZE)
    app.setFont(font)
    return font
