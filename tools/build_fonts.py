"""Reproduce resources/fonts/ from Debian's fonts-noto-core and a PyPI wheel.

Usage: python3 tools/build_fonts.py [--out resources/fonts] [--wheel PATH]

- Static TrueType Noto fonts for Latin and the complex scripts are copied from
  /usr/share/fonts/truetype/noto/ (apt: fonts-noto-core).
- Chinese: Debian's Noto CJK is CFF, which reportlab cannot embed. The PyPI
  wheel `justmytype-intl-cjk` carries Google Fonts' variable
  NotoSansSC[wght].ttf (TrueType outlines); it is instanced to static weights
  400 and 700 with fontTools' varLib.instancer (about 12 s each).
- Korean: the same wheel's variable NotoSansKR[wght].ttf, instanced the same
  way, then subset to Hangul (syllables, jamo, compatibility jamo) and the
  punctuation and symbols Korean text uses: Chinese characters in a Korean
  name are set in Noto Sans SC, so the face needs none of its 10 MB of Hanja.

The script is deterministic enough that re-running it yields the same files
for the same inputs; the app never runs it, it only ships the result.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

DEBIAN_NOTO = Path("/usr/share/fonts/truetype/noto")
CJK_WHEEL = "justmytype-intl-cjk"
CJK_MEMBER = "justmytype_intl_cjk/fonts/ofl/notosanssc/NotoSansSC[wght].ttf"
OFL_MEMBER = "justmytype_intl_cjk/fonts/ofl/notosanssc/OFL.txt"
KR_MEMBER = "justmytype_intl_cjk/fonts/ofl/notosanskr/NotoSansKR[wght].ttf"
# Hangul Jamo, Compatibility Jamo, Jamo Extended-A, Syllables, Jamo Extended-B,
# plus Basic Latin/Latin-1 punctuation, general punctuation, CJK symbols and
# halfwidth/fullwidth forms, so a Korean run never switches font mid-word.
KR_UNICODES = "U+0020-00FF,U+2010-2027,U+2030-205E,U+1100-11FF,U+3000-303F,U+3130-318F," \
              "U+A960-A97F,U+AC00-D7A3,U+D7B0-D7FF,U+FF00-FFEF"

# Debian file stems copied as-is (Regular + Bold of each).
DEBIAN_FAMILIES = [
    "NotoSans",
    "NotoSansKhmer",
    "NotoSansThai",
    "NotoSansLao",
    "NotoSansMyanmar",
    "NotoSansBengali",
    "NotoSansDevanagari",
    "NotoSansTamil",
    "NotoSansSinhala",
    "NotoSansEthiopic",
    "NotoNaskhArabic",
]


def copy_debian(out: Path) -> None:
    for family in DEBIAN_FAMILIES:
        for style in ("Regular", "Bold"):
            src = DEBIAN_NOTO / f"{family}-{style}.ttf"
            if not src.exists():
                sys.exit(f"missing {src}: apt-get install fonts-noto-core")
            shutil.copyfile(src, out / src.name)
            print("copied", src.name)


def fetch_wheel(tmp: Path) -> Path:
    subprocess.run(
        [sys.executable, "-m", "pip", "download", "--no-deps", "-d", str(tmp), CJK_WHEEL],
        check=True,
    )
    return next(tmp.glob("justmytype_intl_cjk-*.whl"))


def build_cjk(wheel: Path, out: Path) -> None:
    from fontTools.ttLib import TTFont
    from fontTools.varLib import instancer

    with zipfile.ZipFile(wheel) as zf:
        variable = zf.read(CJK_MEMBER)
        licence = zf.read(OFL_MEMBER).decode("utf-8")
    with tempfile.NamedTemporaryFile(suffix=".ttf") as tmpf:
        tmpf.write(variable)
        tmpf.flush()
        for weight, style in ((400, "Regular"), (700, "Bold")):
            font = TTFont(tmpf.name)
            static = instancer.instantiateVariableFont(
                font, {"wght": weight}, updateFontNames=True
            )
            target = out / f"NotoSansSC-{style}.ttf"
            static.save(target)
            print("instanced", target.name, target.stat().st_size // 1024, "KiB")
    write_licence(out, licence)


def build_korean(wheel: Path, out: Path) -> None:
    from fontTools import subset
    from fontTools.ttLib import TTFont
    from fontTools.varLib import instancer

    with zipfile.ZipFile(wheel) as zf:
        variable = zf.read(KR_MEMBER)
    with tempfile.NamedTemporaryFile(suffix=".ttf") as tmpf:
        tmpf.write(variable)
        tmpf.flush()
        for weight, style in ((400, "Regular"), (700, "Bold")):
            static = instancer.instantiateVariableFont(
                TTFont(tmpf.name), {"wght": weight}, updateFontNames=True
            )
            options = subset.Options()
            options.layout_features = ["*"]  # Hangul jamo composition (ljmo, vjmo, tjmo)
            options.name_IDs = ["*"]
            options.notdef_outline = True
            subsetter = subset.Subsetter(options)
            subsetter.populate(unicodes=subset.parse_unicodes(KR_UNICODES))
            subsetter.subset(static)
            target = out / f"NotoSansKR-{style}.ttf"
            static.save(target)
            print("instanced and subset", target.name, target.stat().st_size // 1024, "KiB")


def write_licence(out: Path, licence: str) -> None:
    """OFL.txt: every shipped font's copyright line, then the OFL 1.1 text."""
    from fontTools.ttLib import TTFont

    body = licence[licence.index("This Font Software is licensed"):]
    lines = []
    for path in sorted(out.glob("*.ttf")):
        with TTFont(path, lazy=True) as font:
            lines.append(f"{path.name}: {font['name'].getDebugName(0)}")
    (out / "OFL.txt").write_text("\n".join(lines) + "\n\n" + body, encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    root = Path(__file__).resolve().parent.parent
    parser.add_argument("--out", type=Path, default=root / "resources" / "fonts")
    parser.add_argument("--wheel", type=Path, help="an already downloaded justmytype-intl-cjk wheel")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    copy_debian(args.out)
    with tempfile.TemporaryDirectory() as tmp:
        wheel = args.wheel or fetch_wheel(Path(tmp))
        build_cjk(wheel, args.out)
        build_korean(wheel, args.out)


if __name__ == "__main__":
    main()
