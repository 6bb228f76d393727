"""Read every letter back: text, fonts, pages, escaping, consent-filtered fields."""

from __future__ import annotations

import html
import re
import shutil
import subprocess
import sys
import unicodedata
from datetime import date

import pytest

from shelterdesk.domain.errors import ShelterDeskError
from shelterdesk.letters import (
    FIELD_KEYS,
    ConsentStatement,
    DisclosedField,
    LetterError,
    NeedLine,
    field_label,
    list_templates,
    missing_glyphs,
    render_letter,
    render_letters,
)
from shelterdesk.letters.templates import load_labels
from tests.letters.conftest import NAMES_BY_SCRIPT
from tests.letters.pdf_words import copied_lines
from tests.shared import pdf_fonts, pdf_pages, pdf_text

EXPECTED_TEMPLATES = {
    "embassy_nationality_verification": "embassy",
    "embassy_travel_document": "embassy",
    "embassy_exit_permit": "embassy",
    "embassy_repatriation": "embassy",
    "agency_victim_identification": "agency",
    "agency_protection_services": "agency",
    "provider_medical": "provider",
    "provider_legal": "provider",
    "provider_psychosocial": "provider",
}


def squash(text: str) -> str:
    """pdftotext -layout pads with spaces; compare on single spaces."""
    return re.sub(r"\s+", " ", text)


def test_letter_reads_back_with_marking_and_page_numbers(make_letter, tmp_path):
    pages = pdf_pages(render_letter(make_letter()), tmp_path)
    n = len(pages)
    full = squash(" ".join(pages))
    assert "WIJAYA" in full and "Siti Rahayu" in full
    assert "REF-2026-00017" in full
    assert "25 November 2026" in full
    for i, page in enumerate(pages, 1):
        assert "CONFIDENTIAL" in page
        assert f"Page {i} of {n}" in squash(page)


def test_long_letter_flows_onto_more_pages(make_letter, tmp_path):
    reason = "\n\n".join(
        f"Paragraph {i}: the person described the conditions in the compound at length. " * 4
        for i in range(25)
    )
    fields = tuple(DisclosedField(k, f"value of {k} " * 3) for k in FIELD_KEYS)
    fields += (DisclosedField("medical_notes", "Needs regular medication. " * 40),)
    pages = pdf_pages(render_letter(make_letter(reason=reason, fields=fields)), tmp_path)
    n = len(pages)
    assert n >= 3
    for i, page in enumerate(pages, 1):
        assert "CONFIDENTIAL" in page
        assert f"Page {i} of {n}" in squash(page)
    full = squash(" ".join(pages))
    assert "Paragraph 24:" in full  # nothing was dropped at the end
    assert "Dara Kim" in full


def test_fonts_are_embedded_subsets(make_letter, tmp_path):
    letter = make_letter(languages=("en", "zh"), native_name="张伟")
    rows = pdf_fonts(render_letter(letter), tmp_path)
    assert rows
    for row in rows:
        name, emb, sub = row[0], row[-5], row[-4]
        assert emb == "yes", row
        assert sub == "yes", row
        assert re.match(r"[A-Z]{6}\+", name), row
    assert any("NotoSansSC" in r[0] for r in rows)


def test_hangul_is_set_in_the_korean_face(make_letter, tmp_path):
    # Korean passport names often carry the Hanja beside the Hangul.
    letter = make_letter(native_name="김민준 (金敏俊)", family_name="KIM", given_names="Minjun")
    pdf = render_letter(letter)
    fonts = {row[0].split("+")[1] for row in pdf_fonts(pdf, tmp_path)}
    assert {"NotoSansKR-Bold", "NotoSansSC-Bold"} <= fonts  # names are printed in bold
    assert "김민준 (金敏俊)" in copied_lines(pdf, tmp_path)


def test_only_given_fields_appear(make_letter, tmp_path):
    # A value the caller filtered out must not reach the page, whatever it is.
    marker = "PLANTED-MARKER-9731"
    letter = make_letter(fields=(DisclosedField("passport_number", "C1234567"),))
    text = squash(pdf_text(render_letter(letter), tmp_path))
    assert marker not in text
    assert "Passport number" in text and "C1234567" in text
    assert field_label("home_address") not in text
    assert "Nationality" not in text
    with_marker = make_letter(fields=(DisclosedField("home_address", marker),))
    assert marker in squash(pdf_text(render_letter(with_marker), tmp_path, "b"))


def test_unknown_field_key_is_refused(make_letter):
    with pytest.raises(LetterError, match="unknown field"):
        render_letter(make_letter(fields=(DisclosedField("blood_type", "O"),)))


def test_names_in_every_script_copy_out_exactly(make_letter, tmp_path):
    # Shaped words carry /ActualText (Arabic: a ToUnicode map of letters), so
    # what a consular officer copies out of the letter is the name as stored.
    names = list(NAMES_BY_SCRIPT.values())
    assert missing_glyphs(names) == []
    fields = tuple(DisclosedField("aliases", n) for n in names)
    letter = make_letter(native_name=" ".join(names[:3]), fields=fields)
    lines = copied_lines(render_letter(letter), tmp_path)
    for script, name in NAMES_BY_SCRIPT.items():
        assert name in lines, script


def test_mixed_font_words_shape_per_font(make_letter, tmp_path):
    # No space between scripts: reportlab alone would shape "abc张伟" with one font.
    letter = make_letter(given_names="abc张伟", family_name="(张伟),Nguyễn")
    text = squash(pdf_text(render_letter(letter), tmp_path))
    assert "abc张伟" in text
    assert "(张伟),Nguyễn" in text


def test_markup_in_user_text_prints_literally(make_letter, tmp_path):
    name = '<b>Bold</b> & <font name="x"> &amp; </para>'
    letter = make_letter(given_names=name, reason=name + "\n\x00\x07tail",
                         needs=(NeedLine("need_medical", detail="<i>need</i>"),))
    text = squash(pdf_text(render_letter(letter), tmp_path))
    assert '<b>Bold</b> & <font name="x"> &amp; </para>' in text
    assert "<i>need</i>" in text
    assert "tail" in text


def test_templates_listed():
    infos = {t.id: t for t in list_templates()}
    assert {k: v.recipient_kind for k, v in infos.items()} == EXPECTED_TEMPLATES
    for info in infos.values():
        assert {"en", "id", "zh", "km"} <= set(info.languages)
        assert all(info.titles[lang] for lang in info.languages)


def test_labels_complete_in_every_language():
    labels = load_labels()
    for section in (labels.text, labels.fields):
        for key, per_lang in section.items():
            for code in labels.languages:
                assert per_lang.get(code, "").strip(), (key, code)
    assert "passport_number" in FIELD_KEYS


@pytest.mark.parametrize("template", sorted(EXPECTED_TEMPLATES))
def test_every_template_and_language_renders(template, make_letter, tmp_path):
    info = next(t for t in list_templates() if t.id == template)
    for lang in info.languages:
        languages = ("en",) if lang == "en" else ("en", lang)
        pdf = render_letter(make_letter(template_id=template, languages=languages))
        assert pdf.startswith(b"%PDF")
    # Read one bilingual version back for the translated subject.
    pdf = render_letter(make_letter(template_id=template, languages=("en", "id")))
    text = squash(pdf_text(pdf, tmp_path))
    assert "WIJAYA Siti Rahayu" in text
    assert "Halaman 1 dari" in text


@pytest.mark.parametrize(
    ("lang", "subject", "date_text", "page"),
    [
        ("id", "Permohonan dokumen perjalanan darurat", "25 November 2026", "Halaman 1 dari"),
        ("zh", "签发紧急旅行证件的请求", "2026年11月25日", "第 1 页"),
        ("vi", "Đề nghị cấp giấy tờ đi lại khẩn cấp – WIJAYA Siti Rahayu", "ngày 25 tháng 11 năm 2026",
         "Trang 1/"),
        ("th", "ขอให้ออกเอกสารการเดินทางฉุกเฉิน – WIJAYA Siti Rahayu", "25 พฤศจิกายน พ.ศ. 2569", "หน้า 1 จาก"),
    ],
)
def test_bilingual_letter_translates_subject_and_dates(lang, subject, date_text, page,
                                                       make_letter, tmp_path):
    letter = make_letter(languages=("en", lang), issued_on=date(2026, 11, 25))
    text = squash(" ".join(copied_lines(render_letter(letter), tmp_path)))
    assert "Request for an emergency travel document" in text
    assert subject in text
    assert date_text in text
    assert page in text


def test_dates_use_the_letter_language():
    labels = load_labels()
    d = date(2026, 8, 5)
    assert labels.languages["en"].format_date(d) == "5 August 2026"
    assert labels.languages["id"].format_date(d) == "5 Agustus 2026"
    assert labels.languages["zh"].format_date(d) == "2026年8月5日"
    assert labels.languages["km"].format_date(d) == "ថ្ងៃទី៥ ខែសីហា ឆ្នាំ២០២៦"


def test_unknown_template_or_language_is_refused(make_letter):
    with pytest.raises(LetterError, match="template"):
        render_letter(make_letter(template_id="embassy_nope"))
    with pytest.raises(LetterError, match="'xx'"):
        render_letter(make_letter(languages=("en", "xx")))
    assert issubclass(LetterError, ShelterDeskError)  # shown as a message, never the crash dialog


def test_missing_glyphs_reports_uncovered_characters():
    assert missing_glyphs(["Siti", "张伟 សុខ"]) == []
    assert missing_glyphs(["ok \U0001F600 and \U00010000 and \U0001F600"]) == [
        "\U0001F600", "\U00010000"]


def test_uncovered_character_is_refused(make_letter):
    with pytest.raises(LetterError, match="U\\+1F600"):
        render_letter(make_letter(given_names="Siti \U0001F600"))


def test_consent_statement_and_override(make_letter, tmp_path):
    text = squash(pdf_text(render_letter(make_letter()), tmp_path))
    assert "20 November 2026" in text and "Sokha Chan" in text and "Dewi Lestari" in text
    override = ConsentStatement(None, "Dara Kim", override_reason="Imminent risk to life")
    text = squash(pdf_text(render_letter(make_letter(consent=override)), tmp_path, "o"))
    assert "without the recorded consent" in text
    assert "Imminent risk to life" in text


def test_medical_paragraph_only_when_medical_fields_given(make_letter, tmp_path):
    plain = make_letter(template_id="embassy_repatriation")
    text = squash(pdf_text(render_letter(plain), tmp_path))
    assert "Medical information relevant to travel" not in text
    medical = make_letter(template_id="embassy_repatriation",
                          fields=(DisclosedField("fit_to_fly", "Fit to fly with escort"),))
    text = squash(pdf_text(render_letter(medical), tmp_path, "m"))
    assert "Medical information relevant to travel" in text
    assert "Fit to fly with escort" in text
    notes = make_letter(template_id="embassy_repatriation", languages=("en", "id"),
                        fields=(DisclosedField("medical_notes", "Takes insulin twice a day"),))
    text = squash(pdf_text(render_letter(notes), tmp_path, "n"))
    assert "Medical information relevant to travel" in text
    assert "Informasi medis yang berkaitan dengan perjalanan" in text
    assert "Medical notes" in text and "Takes insulin twice a day" in text


def test_victim_identification_lists_indicators_only_when_disclosed(make_letter, tmp_path):
    # The value as the domain formats it: ILO indicator names joined by commas.
    indicators = ("deception, restriction of movement, retention of documents, "
                  "withholding of wages, debt bondage, intimidation and threats")
    letter = make_letter(template_id="agency_victim_identification",
                         fields=(DisclosedField("trafficking_indicators", indicators),))
    text = squash(pdf_text(render_letter(letter), tmp_path))
    assert "The indicators of trafficking observed by our staff" in text
    assert "Indicators of trafficking" in text
    for indicator in indicators.split(", "):
        assert indicator in text
    plain = squash(pdf_text(render_letter(make_letter(template_id="agency_victim_identification")),
                            tmp_path, "p"))
    assert "indicators of trafficking" not in plain.lower()
    assert "The identifying details that the person has agreed to share" in plain


def test_logo_is_drawn_and_bad_logo_refused(make_letter, shelter, tmp_path):
    import dataclasses
    import io

    from PIL import Image

    buf = io.BytesIO()
    Image.new("RGB", (120, 60), (31, 58, 95)).save(buf, format="PNG")
    with_logo = dataclasses.replace(shelter, logo_png=buf.getvalue())
    assert render_letter(make_letter(shelter=with_logo)).count(b"/Subtype /Image") == 1
    with pytest.raises(LetterError, match="logo"):
        render_letter(make_letter(shelter=dataclasses.replace(shelter, logo_png=b"nope")))


def test_batch_numbers_each_letter_on_its_own(make_letter, tmp_path):
    long_reason = "\n\n".join("A long account of what happened. " * 8 for _ in range(20))
    letters = [
        make_letter(reference="REF-2026-00001"),
        make_letter(reference="REF-2026-00002", reason=long_reason),
        make_letter(reference="REF-2026-00003", languages=("en", "km")),
    ]
    pages = pdf_pages(render_letters(letters), tmp_path)
    singles = [len(pdf_pages(render_letter(x), tmp_path)) for x in letters]
    assert len(pages) == sum(singles)
    assert singles[1] >= 2
    start = 0
    for letter, count in zip(letters, singles, strict=True):
        for i in range(count):
            page = squash(pages[start + i])
            assert f"Page {i + 1} of {count}" in page
            assert letter.reference in page
        start += count


def test_output_is_deterministic(make_letter):
    # The disclosure register stores the PDF's hash: same content, same bytes.
    assert render_letter(make_letter()) == render_letter(make_letter())


def test_same_letter_same_bytes_whatever_was_rendered_before():
    # A reprint in a new session must hash the same even when the process
    # printed other Khmer letters first (their ligature glyphs came first).
    code = (
        "import sys, hashlib, dataclasses; from datetime import date; import shelterdesk.letters as L; "
        "base = L.LetterContent('provider_legal', ('en', 'km'), L.ShelterProfile('S'), 'R', "
        "date(2026, 1, 2), L.Addressee('A'), 'F', 'សុខ ដារ៉ា'); "
        "other = dataclasses.replace(base, given_names='ស្រីពៅ ចាន់ថា', native_name='ញ៉ែម ស្ត្រី'); "
        "sys.argv[1:] and L.render_letter(other); "
        "print(hashlib.sha256(L.render_letter(base)).hexdigest())"
    )
    fresh, after_other = (
        subprocess.run([sys.executable, "-c", code, *extra], capture_output=True, text=True,
                       check=True).stdout
        for extra in ([], ["other-first"])
    )
    assert fresh == after_other


def test_no_qt_or_vault_imports():
    code = (
        "import sys, shelterdesk.letters as L; "
        "bad = [m for m in sys.modules if m.startswith(('PySide6', 'shelterdesk.storage', "
        "'shelterdesk.services', 'shelterdesk.ui'))]; print(bad)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def _pdf_words(pdf: bytes, tmp_path) -> list[tuple[float, float, str]]:
    """(x, y, text) of every word poppler finds on the page, text in NFKC (Arabic presentation forms folded)."""
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    path = tmp_path / "words.pdf"
    path.write_bytes(pdf)
    out = subprocess.run(["pdftotext", "-bbox", str(path), "-"], check=True, capture_output=True,
                         text=True).stdout
    return [(float(x), float(y), unicodedata.normalize("NFKC", html.unescape(w)))
            for x, y, w in re.findall(r'<word xMin="([\d.]+)" yMin="([\d.]+)"[^>]*>([^<]*)</word>', out)]


def test_rtl_name_reads_right_to_left_in_the_pdf(make_letter, tmp_path):
    words = _pdf_words(render_letter(make_letter(native_name="محمد أحمد")), tmp_path)

    def where(word: str) -> tuple[float, float]:
        # poppler gives either the drawn (visual) letter order or, with ActualText, the logical one
        [(x, y)] = [(x, y) for x, y, w in words if word in (w, w[::-1])]
        return x, y

    first, second = where("محمد"), where("أحمد")
    assert first[1] == second[1]  # one line
    assert first[0] > second[0]  # the first word is drawn rightmost


def test_runs_split_by_script():
    from shelterdesk.letters.markup import runs

    assert [k for k, _ in runs("Name: محمد أحمد (alias)")] == ["latin", "arabic", "latin"]


def test_fonts_register_lazily():
    code = (
        "from reportlab.pdfbase import pdfmetrics; import shelterdesk.letters as L; "
        "from datetime import date; "
        "before = [f for f in pdfmetrics.getRegisteredFontNames() if f.startswith('SD-')]; "
        "c = L.LetterContent('provider_legal', ('en',), L.ShelterProfile('S'), 'R', "
        "date(2026, 1, 2), L.Addressee('A'), 'F', 'G'); L.render_letter(c); "
        "after = pdfmetrics.getRegisteredFontNames(); "
        "print(before, any('NotoSansSC' in f for f in after))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[] False"


HEADINGS = ("Person concerned", "Assistance requested", "Background to this referral",
            "Consent", "Attachments")


def body_lines(page: str) -> list[str]:
    """A page's lines without the running header and footer."""
    lines = [squash(line).strip() for line in page.splitlines() if line.strip()]
    return [line for line in lines
            if "CONFIDENTIAL" not in line and not line.startswith("Reference:")]


def test_section_heading_stays_with_what_follows(make_letter, tmp_path):
    # More fields push "Assistance requested" down page 1 and then over to page 2;
    # on the way it reaches the bottom of page 1, where it must not be left alone.
    pages_of_heading = set()
    for count in range(8, 18):
        fields = tuple(DisclosedField(k, f"value of {k}") for k in FIELD_KEYS[:count])
        letter = make_letter(fields=fields, needs=(NeedLine("need_travel_document", "priority_urgent"),
                                                   NeedLine("need_medical", detail="check")),
                             reason="Referred by the police after leaving the compound.")
        pages = [body_lines(p) for p in pdf_pages(render_letter(letter), tmp_path)]
        for number, lines in enumerate(pages, 1):
            assert not lines[-1].startswith(HEADINGS), (count, number, lines[-1])
            if "Assistance requested" in lines:
                at = lines.index("Assistance requested")
                assert lines[at + 1] == "• Travel document (urgent)", (count, number)
                pages_of_heading.add(number)
    assert pages_of_heading == {1, 2}  # the sweep crossed the page end


def test_clear_caches_forgets_remembered_text(make_letter):
    # The caches hold names; on lock the app clears them and nothing may stay.
    from shelterdesk.letters import clear_caches, fonts, markup, paragraph_cache

    render_letter(make_letter(given_names="Marker Name", native_name="张伟"))
    sizes = {
        "paragraphs": lambda: len(paragraph_cache._PARSED) + len(paragraph_cache._LINES),
        "shaped words": lambda: len(fonts._SHAPED),
        "markup": lambda: markup.to_markup.cache_info().currsize + markup.runs.cache_info().currsize,
        "glyph checks": lambda: fonts.missing_in.cache_info().currsize,
    }
    assert all(size() for size in sizes.values())
    clear_caches()
    assert {name: size() for name, size in sizes.items()} == dict.fromkeys(sizes, 0)
    assert render_letter(make_letter()) == render_letter(make_letter())  # cold, then warm


def test_caches_are_bounded():
    from shelterdesk.letters.lru import Lru

    lru = Lru(3)
    for i in range(5):
        lru.put(i, str(i))
    lru.get(2)  # recently used: kept
    lru.put(5, "5")
    assert len(lru) == 3
    assert lru.get(2) == "2" and lru.get(5) == "5"
    assert lru.get(0) is None and lru.get(3) is None


def test_chinese_letter_closes_on_two_lines_and_says_baomi(make_letter, tmp_path):
    lines = copied_lines(render_letter(make_letter(languages=("en", "zh"))), tmp_path)
    at = lines.index("此致")
    assert lines[at + 1] == "敬礼！"
    text = " ".join(lines)
    assert "保密" in text and "机密" not in text  # 机密 is a state classification grade
