"""Hand a batch of messages to a translator and take the translations back into the .ts file.

    python3 tools/i18n_todo.py export km todo.json        # every unfinished message of Khmer
    python3 tools/i18n_todo.py export km all.json --all   # every message, with its translation
    python3 tools/i18n_todo.py import km done.json        # write the translations, compile the .qm

The JSON is a list of {"context", "source", "translation"}; "translation" is empty for unfinished
messages. Import refuses an entry whose placeholders ({name}, %1, %n, tags, line breaks)
differ from the English or that adds a keyboard accelerator (a lone &), and leaves entries with an empty translation unfinished.
The .ts stays the source of truth (docs/TRANSLATING.md); Qt Linguist edits the same file.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
I18N = ROOT / "resources" / "i18n"
PLACEHOLDERS = re.compile(r"\{[^}]*\}|%\d|%n|\n|<[^>]+>")
ACCELERATOR = re.compile(r"(?<!&)&(?!&)")  # a lone & marks the next letter as a keyboard shortcut


def placeholders_match(english: str, text: str) -> bool:
    """Same placeholders, tags and line breaks, and no keyboard accelerator the English lacks
    (a translation may write "and" for a literal "&&", but a lone "&" would eat the next letter)."""
    return (sorted(PLACEHOLDERS.findall(english)) == sorted(PLACEHOLDERS.findall(text))
            and len(ACCELERATOR.findall(text)) <= len(ACCELERATOR.findall(english)))
PLURAL_FORMS = {"km": 2}


def _ts(code: str) -> Path:
    path = I18N / f"shelterdesk_{code}.ts"
    if not path.exists():
        raise SystemExit(f"no {path.name}: run tools/translate_ui.py first")
    return path


def _translation_text(message: ET.Element) -> str:
    translation = message.find("translation")
    if translation is None or translation.get("type") == "unfinished":
        return ""
    return translation.findtext("numerusform") or translation.text or ""


def export(code: str, out: Path, everything: bool) -> int:
    root = ET.parse(_ts(code)).getroot()
    rows = []
    for context in root.findall("context"):
        for message in context.findall("message"):
            text = _translation_text(message)
            if everything or not text:
                rows.append({"context": context.findtext("name"), "source": message.findtext("source"),
                             "translation": text})
    out.write_text(json.dumps(rows, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"{code}: {len(rows)} messages written to {out}")
    return 0


def _header(path: Path) -> str:
    """The XML declaration, doctype and the reviewer comment, kept as they are."""
    text = path.read_text(encoding="utf-8")
    return text[: text.index("<TS")]


def import_(code: str, source: Path) -> int:
    path = _ts(code)
    tree = ET.parse(path)
    rows = json.loads(source.read_text(encoding="utf-8"))
    wanted = {(r["context"], r["source"]): r["translation"] for r in rows if r.get("translation", "").strip()}
    refused = []
    done = 0
    for context in tree.getroot().findall("context"):
        name = context.findtext("name")
        for message in context.findall("message"):
            english = message.findtext("source") or ""
            text = wanted.pop((name, english), None)
            if text is None:
                continue
            if not placeholders_match(english, text):
                refused.append((name, english, text))
                continue
            translation = message.find("translation")
            assert translation is not None
            translation[:] = []
            translation.text = None
            if message.get("numerus") == "yes":
                for _ in range(PLURAL_FORMS.get(code, 1)):
                    ET.SubElement(translation, "numerusform").text = text
            else:
                translation.text = text
            translation.attrib.pop("type", None)
            done += 1
    ET.indent(tree)
    path.write_text(_header(path) + ET.tostring(tree.getroot(), encoding="unicode") + "\n", encoding="utf-8")
    subprocess.run(["pyside6-lrelease", "-silent", str(path), "-qm", str(path.with_suffix(".qm"))], check=True)
    print(f"{code}: {done} translations written")
    for name, english, text in refused:
        print(f"refused (placeholders differ): {name}: {english!r} -> {text!r}")
    for name, english in wanted:
        print(f"not in the catalogue: {name}: {english!r}")
    return 1 if refused else 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", required=True)
    ex = sub.add_parser("export")
    ex.add_argument("language")
    ex.add_argument("out", type=Path)
    ex.add_argument("--all", action="store_true")
    im = sub.add_parser("import")
    im.add_argument("language")
    im.add_argument("file", type=Path)
    args = parser.parse_args()
    if args.command == "export":
        return export(args.language, args.out, args.all)
    return import_(args.language, args.file)


if __name__ == "__main__":
    sys.exit(main())
