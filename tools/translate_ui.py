"""Extract the desktop UI's strings with pyside6-lupdate, fill in each language, compile with lrelease.

    python3 tools/translate_ui.py            # writes resources/i18n/shelterdesk_<lang>.ts and .qm
                                             # for id, km, zh_CN and vi, and shelterdesk_en.ts/.qm
                                             # (English plural forms only)

Most UI modules translate through a module-level wrapper, `def tr(text): return
QCoreApplication.translate("NeedsTab", text)`. lupdate files those calls under an empty
context (and does not see `_tr` at all), while Qt looks them up under "NeedsTab" at run
time, so this script re-files them under the context each module's wrapper names.
Messages written in Qt-free code with `domain.messages.msg("Context", "Text {value}")` are found
by name in every module and filed under their context as well.

The .ts files are the source of truth: each run keeps every translation they hold for a message the
code still asks for, adds the new messages as unfinished, drops the ones no code asks for any more
(and says which), and compiles the .qm. Translators edit the .ts (Qt Linguist, or
`tools/i18n_todo.py` for a batch).
"""
from __future__ import annotations

import ast
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
I18N = ROOT / "resources" / "i18n"
# File code -> the .ts language attribute, which tells lrelease the plural rules. None of these
# languages changes a noun after a number, but Qt knows no Khmer rule and asks for the English two
# forms; the one text fills every form Qt asks for.
LANGUAGES = {"id": "id_ID", "km": "km_KH", "zh_CN": "zh_CN", "vi": "vi_VN"}
PLURAL_FORMS = {"km": 2}
REVIEWED: set[str] = set()  # languages a native speaker has read through (docs/TRANSLATING.md)
UNREVIEWED = ("\n<!-- NOT YET REVIEWED by a native speaker. "
              "See docs/TRANSLATING.md for the reviewer's checklist. -->\n")
TS_EN = I18N / "shelterdesk_en.ts"
# English plural forms that the "(s)" rule below gets wrong.
EN_PLURALS = {"%n people": ("%n person", "%n people"),
              "%n people in the shelter": ("%n person in the shelter", "%n people in the shelter"),
              "%n follow-ups due this week": ("%n follow-up due this week", "%n follow-ups due this week"),
              "%n open needs": ("%n open need", "%n open needs"),
              "%n overdue referrals": ("%n overdue referral", "%n overdue referrals"),
              "in the shelter for %n days": ("in the shelter for %n day", "in the shelter for %n days"),
              "on %n agency(s);": ("on %n agency;", "on %n agencies;"),
              "%n entry(s), newest first.": ("%n entry, newest first.", "%n entries, newest first."),
              "%n entry(s), newest first; scroll down for older ones.": (
                  "%n entry, newest first; scroll down for older ones.",
                  "%n entries, newest first; scroll down for older ones.")}
WRAPPERS = ("tr", "_tr")
# Qt's own strings that ShelterDesk's screens show: standard buttons, edit menus, the (non-native)
# file dialog. Qt ships no catalogue for Khmer, Vietnamese or Indonesian, so ours carries them;
# the sources are Qt 6.11's, looked up under Qt's own contexts.
QT_OWN = {
    "QPlatformTheme": ["OK", "Save", "Save All", "Open", "&Yes", "Yes to &All", "&No", "N&o to All", "Abort",
                       "Retry", "Ignore", "Close", "Cancel", "Discard", "Help", "Apply", "Reset",
                       "Restore Defaults"],
    "QDialogButtonBox": ["OK"],
    "QLineEdit": ["&Undo", "&Redo", "Cu&t", "&Copy", "&Paste", "Delete", "Select All"],
    "QWidgetTextControl": ["&Undo", "&Redo", "Cu&t", "&Copy", "&Paste", "Delete", "Select All",
                           "Copy &Link Location"],
    "QAbstractSpinBox": ["&Select All", "&Step up", "Step &down"],
    "QMessageBox": ["Show Details...", "Hide Details..."],
    "QFileDialog": ["Look in:", "File &name:", "Files of type:", "&Open", "&Save", "Open", "Save As",
                    "&Choose", "Back", "Forward", "Parent Directory", "Create New Folder", "List View",
                    "Detail View", "New Folder", "&New Folder", "&Rename", "&Delete", "Delete",
                    "Show &hidden files", "Go back", "Go forward", "Go to the parent directory",
                    "Create a New Folder", "Change to list view mode", "Change to detail view mode",
                    "Recent Places", "My Computer", "Directory:", "All Files (*)", "All files (*)",
                    "%1 already exists.\nDo you want to replace it?",
                    "%1\nFile not found.\nPlease verify the correct file name was given.",
                    "%1\nDirectory not found.\nPlease verify the correct directory name was given.",
                    "Are you sure you want to delete '%1'?", "Could not delete directory.",
                    "Sidebar", "List of places and bookmarks", "Files", "Folder", "File Folder",
                    "%1 File", "File", "Unknown", "Drive", "Shortcut", "Alias"],
    "QFileSystemModel": ["Name", "Size", "Type", "Date Modified", "Kind"],
}


def sources() -> list[Path]:
    return sorted((ROOT / "shelterdesk" / "ui").rglob("*.py")) + [ROOT / "shelterdesk" / "app.py",
                                                                  ROOT / "shelterdesk" / "domain" / "vocabulary.py",
                                                                  ROOT / "shelterdesk" / "domain" / "validation.py"]


def wrapper_context(path: Path) -> str | None:
    """The context a module's `tr`/`_tr` wrapper passes to QCoreApplication.translate."""
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.FunctionDef) and node.name in WRAPPERS:
            for call in ast.walk(node):
                if (isinstance(call, ast.Call) and isinstance(call.func, ast.Attribute)
                        and call.func.attr == "translate" and call.args
                        and isinstance(call.args[0], ast.Constant)):
                    return call.args[0].value
                if isinstance(call, ast.arguments):  # forms.tr(text, context="Forms")
                    defaults = call.defaults
                    if defaults and isinstance(defaults[-1], ast.Constant):
                        return defaults[-1].value
    return None


def message_calls() -> dict[str, list[str]]:
    """context -> templates of every `msg("Context", "Template", ...)` call in the package."""
    found: dict[str, list[str]] = {}
    for path in sorted((ROOT / "shelterdesk").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "msg"
                    and len(node.args) >= 2):
                context, template = node.args[0], node.args[1]
                if not (isinstance(context, ast.Constant) and isinstance(template, ast.Constant)):
                    raise SystemExit(f"{path}:{node.lineno}: msg() needs a literal context and template")
                texts = found.setdefault(context.value, [])
                if template.value not in texts:
                    texts.append(template.value)
    return found


def add_messages(root: ET.Element, contexts: dict[str, ET.Element]) -> None:
    """File the msg() templates and Qt's own strings under their contexts."""
    for name, templates in [*message_calls().items(), *QT_OWN.items()]:
        context = contexts.get(name)
        if context is None:
            context = contexts[name] = ET.SubElement(root, "context")
            ET.SubElement(context, "name").text = name
        known = {m.findtext("source") for m in context.findall("message")}
        for template in templates:
            if template not in known:
                message = ET.SubElement(context, "message")
                ET.SubElement(message, "source").text = template
                ET.SubElement(message, "translation").set("type", "unfinished")


def extract() -> ET.Element:
    """Run lupdate on a fresh file and move wrapper calls into their module's context."""
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "extracted.ts"
        subprocess.run(["pyside6-lupdate", "-silent", "-tr-function-alias", "tr+=_tr",
                        *[str(p) for p in sources()], "-ts", str(out)], check=True)
        root = ET.parse(out).getroot()
    contexts: dict[str, ET.Element] = {c.findtext("name") or "": c for c in root.findall("context")}
    loose = contexts.pop("", None)
    if loose is not None:
        root.remove(loose)
        by_file = {p.name: wrapper_context(p) for p in sources()}
        for message in loose.findall("message"):
            for location in message.findall("location"):
                name = by_file.get(Path(location.get("filename", "")).name)
                if name is None:
                    raise SystemExit(f"no tr wrapper context for {location.get('filename')}")
                context = contexts.get(name)
                if context is None:
                    context = ET.SubElement(root, "context")
                    ET.SubElement(context, "name").text = name
                    contexts[name] = context
                source = message.findtext("source")
                if not any(m.findtext("source") == source for m in context.findall("message")):
                    copy = ET.SubElement(context, "message", dict(message.attrib))  # keeps numerus="yes"
                    ET.SubElement(copy, "source").text = source
                    ET.SubElement(copy, "translation").set("type", "unfinished")
    add_messages(root, contexts)
    for context in root.findall("context"):  # locations churn with every edit; drop them
        for message in context.findall("message"):
            for location in message.findall("location"):
                message.remove(location)
    root[:] = sorted(root, key=lambda c: c.findtext("name") or "")
    return root


def previous_translations(ts: Path) -> dict[tuple[str, str], str]:
    if not ts.exists():
        return {}
    found = {}
    for context in ET.parse(ts).getroot().findall("context"):
        for message in context.findall("message"):
            translation = message.find("translation")
            text = translation.findtext("numerusform") if translation is not None else None
            text = text or (translation.text if translation is not None else None)
            if text and text.strip() and translation.get("type") is None:
                found[(context.findtext("name"), message.findtext("source"))] = text
    return found


def fill(root: ET.Element, previous: dict[tuple[str, str], str], forms: int = 1) -> tuple[int, int]:
    """Translate every message the previous .ts knows; (messages, translated)."""
    total = done = 0
    for context in root.findall("context"):
        name = context.findtext("name")
        for message in context.findall("message"):
            total += 1
            source = message.findtext("source")
            translation = message.find("translation")
            text = previous.get((name, source))
            if text:
                if message.get("numerus") == "yes":  # the same words after every number
                    translation[:] = []
                    for _ in range(forms):
                        ET.SubElement(translation, "numerusform").text = text
                else:
                    translation.text = text
                translation.attrib.pop("type", None)
                done += 1
    return total, done


def english_forms(source: str) -> tuple[str, str]:
    """Singular and plural of a %n message: "%n letter(s)" gives "%n letter" and "%n letters"."""
    return EN_PLURALS.get(source) or (source.replace("(s)", ""), source.replace("(s)", "s"))


def write_english_plurals(root: ET.Element) -> int:
    """An English file holding only the %n messages, so "1 person" is not "1 people"."""
    english = ET.Element("TS", version="2.1", language="en_GB", sourcelanguage="en")
    count = 0
    for context in root.findall("context"):
        numerus = [m for m in context.findall("message") if m.get("numerus") == "yes"]
        if not numerus:
            continue
        out = ET.SubElement(english, "context")
        ET.SubElement(out, "name").text = context.findtext("name")
        for message in numerus:
            copy = ET.SubElement(out, "message", numerus="yes")
            ET.SubElement(copy, "source").text = message.findtext("source")
            translation = ET.SubElement(copy, "translation")
            for form in english_forms(message.findtext("source") or ""):
                ET.SubElement(translation, "numerusform").text = form
            count += 1
    ET.indent(english)
    TS_EN.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
                     + ET.tostring(english, encoding="unicode") + "\n", encoding="utf-8")
    subprocess.run(["pyside6-lrelease", "-silent", str(TS_EN), "-qm", str(TS_EN.with_suffix(".qm"))],
                   check=True)
    return count


def write_language(root: ET.Element, code: str) -> None:
    """shelterdesk_<code>.ts with the current messages and the translations it held, and its .qm."""
    ts = I18N / f"shelterdesk_{code}.ts"
    previous = previous_translations(ts)
    tree = ET.fromstring(ET.tostring(root))
    tree.set("language", LANGUAGES[code])
    tree.set("sourcelanguage", "en")
    for message in tree.iter("message"):  # start from untranslated copies
        translation = message.find("translation")
        if translation is not None:
            translation[:] = []
            translation.text = None
            translation.set("type", "unfinished")
    total, done = fill(tree, previous, PLURAL_FORMS.get(code, 1))
    ET.indent(tree)
    ts.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>' + ("\n" if code in REVIEWED else UNREVIEWED)
                  + ET.tostring(tree, encoding="unicode") + "\n", encoding="utf-8")
    subprocess.run(["pyside6-lrelease", "-silent", str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True)
    print(f"{code}: {total} messages, {done} translated, {total - done} left in English")
    asked = {(c.findtext("name"), m.findtext("source")) for c in tree.iter("context") for m in c.iter("message")}
    for context, source in sorted(set(previous) - asked):
        print(f"{code}: dropped, no code asks for it any more: {context}: {source!r}")


def main() -> int:
    root = extract()
    plurals = write_english_plurals(root)
    print(f"en: {plurals} English plurals")
    I18N.mkdir(parents=True, exist_ok=True)
    for code in LANGUAGES:
        write_language(root, code)
    return 0


if __name__ == "__main__":
    sys.exit(main())
