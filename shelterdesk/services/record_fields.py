"""The survivor fields a spreadsheet row (or a JSON record) can fill, and how each value is read.

One table for every bulk way into the register: `import` reads a cell into a
field through it, and `import --fields` lists it. Values arrive as people type
them in spreadsheets: dates as YYYY-MM-DD, DD/MM/YYYY or Excel serial numbers,
sex and nationality as words (English or Indonesian) or codes, several values
in one cell separated by ";" or ",".
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from ..domain.enums import CaseStatus, DocumentStatus, DocumentType, Sex
from ..domain.errors import ValidationError
from ..domain.messages import Message, carried, msg
from ..domain.models import IdentityDocument, Survivor
from ..domain.validation import country_code, language_code

EXCEL_EPOCH = date(1899, 12, 30)  # serial 1 is 1900-01-01 (Excel's 1900 leap-year bug included)
_DATE_FORMATS = ("%Y-%m-%d", "%d/%m/%Y", "%d-%m-%Y", "%d.%m.%Y", "%Y/%m/%d", "%d %b %Y", "%d %B %Y")

SEX_WORDS: dict[str, Sex] = {
    "f": Sex.FEMALE, "female": Sex.FEMALE, "woman": Sex.FEMALE, "w": Sex.FEMALE,
    "p": Sex.FEMALE, "perempuan": Sex.FEMALE, "wanita": Sex.FEMALE,
    "m": Sex.MALE, "male": Sex.MALE, "man": Sex.MALE,
    "l": Sex.MALE, "laki-laki": Sex.MALE, "laki laki": Sex.MALE, "lk": Sex.MALE, "pria": Sex.MALE,
    "x": Sex.INTERSEX, "intersex": Sex.INTERSEX,
    "u": Sex.UNKNOWN, "unknown": Sex.UNKNOWN, "tidak diketahui": Sex.UNKNOWN,
}
# Country names in Indonesian that differ from the English ones pycountry knows.
COUNTRY_WORDS_ID: dict[str, str] = {
    "tiongkok": "CN", "cina": "CN", "china": "CN", "filipina": "PH", "kamboja": "KH", "laos": "LA",
    "myanmar": "MM", "burma": "MM", "vietnam": "VN", "thailand": "TH", "malaysia": "MY", "korea selatan": "KR",
    "south korea": "KR", "korea": "KR", "taiwan": "TW", "bangladesh": "BD", "nepal": "NP", "india": "IN",
    "pakistan": "PK", "sri lanka": "LK", "etiopia": "ET", "uganda": "UG", "kenya": "KE", "mesir": "EG",
    "tanpa kewarganegaraan": "stateless", "tidak diketahui": "unknown",
}
STATUS_WORDS: dict[str, CaseStatus] = {
    **{s.value.replace("_", " "): s for s in CaseStatus},
    "awaiting repatriation": CaseStatus.AWAITING_REPATRIATION, "menunggu pemulangan": CaseStatus.AWAITING_REPATRIATION,
    "in shelter": CaseStatus.SHELTERED, "di shelter": CaseStatus.SHELTERED, "ditampung": CaseStatus.SHELTERED,
    "dipulangkan": CaseStatus.REPATRIATED, "returned": CaseStatus.REPATRIATED, "pindah": CaseStatus.TRANSFERRED,
    "keluar": CaseStatus.LEFT, "ditutup": CaseStatus.CLOSED, "baru": CaseStatus.INTAKE, "new": CaseStatus.INTAKE,
}
PASSPORT_STATUS_WORDS: dict[str, DocumentStatus] = {
    **{s.value.replace("_", " "): s for s in DocumentStatus},
    "held by employer": DocumentStatus.HELD_BY_EMPLOYER, "held by syndicate": DocumentStatus.HELD_BY_EMPLOYER,
    "ditahan majikan": DocumentStatus.HELD_BY_EMPLOYER, "hilang": DocumentStatus.LOST,
    "di polisi": DocumentStatus.WITH_POLICE, "fotokopi": DocumentStatus.COPY_ONLY, "copy": DocumentStatus.COPY_ONLY,
    "ada": DocumentStatus.IN_HAND, "in hand": DocumentStatus.IN_HAND, "tidak ada": DocumentStatus.NONE,
}
YES_WORDS = {"yes", "y", "ya", "true", "1", "x"}
NO_WORDS = {"no", "n", "tidak", "false", "0", ""}


def words(value: object) -> str:
    """Folded text of a cell: lower case, single spaces, no surrounding punctuation."""
    text = unicodedata.normalize("NFKC", str(value)).casefold()
    return re.sub(r"[\s_]+", " ", text).strip(" .:*")


def as_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))  # 12345.0 from a spreadsheet is the number 12345
    return str(value).strip()


def parse_cell_date(value: object) -> date:
    """A date as spreadsheets hold it: a date cell, an Excel serial number or text in a usual form."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    text = as_text(value)
    if re.fullmatch(r"\d{4,5}(\.0+)?", text):
        serial = int(float(text))
        if 1 <= serial <= 80000:
            return EXCEL_EPOCH + timedelta(days=serial)
    for fmt in _DATE_FORMATS:
        try:
            return datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    raise ValueError(msg("Import", "“{value}” is not a date. Write it as YYYY-MM-DD or DD/MM/YYYY, "
                                   "e.g. 2026-03-14.", value=text))


def split_values(value: object) -> list[str]:
    """Several values: a list (JSON, repeated CLI options) or one cell separated by ";" or ","."""
    if isinstance(value, list | tuple):
        return [v for item in value for v in split_values(item)]
    return [p.strip() for p in re.split(r"[;,]", as_text(value)) if p.strip()]


def parse_sex(value: object) -> Sex:
    found = SEX_WORDS.get(words(as_text(value)))
    if found is None:
        raise ValueError(msg("Import", "“{value}” is not a sex. Use female, male, intersex or unknown "
                                       "(or F, M, P, L).", value=as_text(value)))
    return found


def parse_country(value: str) -> str:
    known = COUNTRY_WORDS_ID.get(words(value))
    return known or country_code(value)


def _lookup(table: dict, value: object, refusal: Callable[[str], Message]):
    found = table.get(words(as_text(value)))
    if found is None:
        raise ValueError(refusal(as_text(value)))
    return found


def _passport(s: Survivor) -> IdentityDocument:
    for doc in s.documents:
        if doc.doc_type == DocumentType.PASSPORT:
            return doc
    s.documents.append(IdentityDocument())
    return s.documents[-1]


def _set_national_id(s: Survivor, value: object) -> None:
    s.documents.append(IdentityDocument(doc_type=DocumentType.NATIONAL_ID, number=as_text(value)))


def _set_passport_number(s: Survivor, value: object) -> None:
    _passport(s).number = as_text(value)


def _set_passport_status(s: Survivor, value: object) -> None:
    _passport(s).status = _lookup(PASSPORT_STATUS_WORDS, value, lambda text: msg(
        "Import", "“{value}” is not a passport status. Use one of: {choices}.",
        value=text, choices=", ".join(d.value for d in DocumentStatus)))


def _set_age(s: Survivor, value: object) -> None:
    text = as_text(value)
    if not text.isdigit() or not 0 < int(text) < 120:
        raise ValueError(msg("Import", "“{value}” is not an age in years.", value=text))
    s.estimated_age, s.dob_estimated = int(text), True


def _set_yes_no(attr: str) -> Callable[[Survivor, object], None]:
    def setter(s: Survivor, value: object) -> None:
        text = words(as_text(value))
        if text not in YES_WORDS | NO_WORDS:
            raise ValueError(msg("Import", "“{value}” is not yes or no.", value=as_text(value)))
        setattr(s, attr, text in YES_WORDS)
    return setter


def _set_text(attr: str) -> Callable[[Survivor, object], None]:
    def setter(s: Survivor, value: object) -> None:
        target = s
        *path, last = attr.split(".")
        for part in path:
            target = getattr(target, part)
        setattr(target, last, as_text(value))
    return setter


def _set_date(attr: str) -> Callable[[Survivor, object], None]:
    def setter(s: Survivor, value: object) -> None:
        target = s
        *path, last = attr.split(".")
        for part in path:
            target = getattr(target, part)
        setattr(target, last, parse_cell_date(value))
    return setter


def _set_nationalities(s: Survivor, value: object) -> None:
    codes = []
    for part in split_values(value):
        code = parse_country(part)
        if code not in codes:
            codes.append(code)
    s.nationalities = codes
    for doc in s.documents:
        doc.issuing_country = doc.issuing_country or next((c for c in codes if len(c) == 2), "")


def _set_languages(s: Survivor, value: object) -> None:
    s.languages = list(dict.fromkeys(language_code(p) for p in split_values(value)))


def _set_aliases(s: Survivor, value: object) -> None:
    s.aliases = split_values(value)


def _set_sex(s: Survivor, value: object) -> None:
    s.sex = parse_sex(value)


def _set_status(s: Survivor, value: object) -> None:
    s.status = _lookup(STATUS_WORDS, value, lambda text: msg(
        "Import", "“{value}” is not a case status. Use one of: {choices}.",
        value=text, choices=", ".join(c.value for c in CaseStatus)))


@dataclass(frozen=True)
class RecordField:
    name: str  # what a mapping file or JSON record calls it
    label: Message  # what a person reads (in the interface language where the desktop shows it)
    target: str  # the Survivor attribute it fills (validation errors name this)
    setter: Callable[[Survivor, object], None]
    headers: tuple[str, ...] = ()  # other headers it is known by, English and Indonesian (folded)
    help: str = ""  # how to write a value, for `--fields` on the command line (English)


RECORD_FIELDS: tuple[RecordField, ...] = (
    RecordField("family", msg("Record fields", "Family name"), "family_name", _set_text("family_name"),
                ("family name", "surname", "last name", "familyname", "nama keluarga", "nama belakang", "marga"),
                "as in the passport"),
    RecordField("given", msg("Record fields", "Given names"), "given_names", _set_text("given_names"),
                ("given name", "given names", "first name", "givenname", "nama depan", "nama pertama"),
                "as in the passport"),
    RecordField("native", msg("Record fields", "Name in native script"), "native_name", _set_text("native_name"),
                ("native name", "name in native script", "native script", "nama asli", "nama dalam aksara asli")),
    RecordField("aliases", msg("Record fields", "Other names used"), "aliases", _set_aliases,
                ("alias", "aliases", "other names", "nama lain", "nama alias"), "several: separate with ; or ,"),
    RecordField("preferred", msg("Record fields", "Preferred name"), "preferred_name", _set_text("preferred_name"),
                ("preferred name", "nickname", "nama panggilan")),
    RecordField("nationality", msg("Record fields", "Nationality"), "nationalities", _set_nationalities,
                ("nationality", "nationalities", "citizenship", "country", "kewarganegaraan", "warga negara",
                 "negara asal", "asal negara"), "country code or name; several: separate with ; or ,"),
    RecordField("sex", msg("Record fields", "Sex"), "sex", _set_sex,
                ("sex", "gender", "jenis kelamin", "kelamin", "jk"),
                "female, male, intersex, unknown; F/M or P/L"),
    RecordField("dob", msg("Record fields", "Date of birth"), "date_of_birth", _set_date("date_of_birth"),
                ("date of birth", "dob", "birth date", "birthdate", "dateofbirth", "tanggal lahir", "tgl lahir"),
                "YYYY-MM-DD, DD/MM/YYYY or an Excel date"),
    RecordField("age", msg("Record fields", "Estimated age"), "estimated_age", _set_age,
                ("age", "estimated age", "umur", "usia"), "years, when the date of birth is not known"),
    RecordField("passport", msg("Record fields", "Passport number"), "documents", _set_passport_number,
                ("passport", "passport number", "passport no", "passport num", "nomor paspor", "no paspor",
                 "paspor"), ""),
    RecordField("passport_status", msg("Record fields", "Passport status"), "documents", _set_passport_status,
                ("passport status", "status paspor", "document status"),
                "in_hand, held_by_employer, lost, with_police, copy_only, none"),
    RecordField("national_id", msg("Record fields", "National ID number"), "documents", _set_national_id,
                ("national id", "national id number", "nik", "cnic", "nrc", "id number", "nomor induk kependudukan"),
                "NIK, CNIC, NRC, 身份证号"),
    RecordField("father", msg("Record fields", "Father's name"), "father_name", _set_text("father_name"),
                ("father", "father's name", "father name", "nama ayah", "ayah")),
    RecordField("mother", msg("Record fields", "Mother's name"), "mother_name", _set_text("mother_name"),
                ("mother", "mother's name", "mother name", "nama ibu", "ibu")),
    RecordField("last_address", msg("Record fields", "Last address in Cambodia"), "last_address_cambodia",
                _set_text("last_address_cambodia"),
                ("last address", "last address in cambodia", "alamat terakhir", "alamat terakhir di kamboja"),
                "where the person last lived, not where they were held"),
    RecordField("languages", msg("Record fields", "Languages"), "languages", _set_languages,
                ("language", "languages", "bahasa"), "ISO 639 codes or names; several: separate with ; or ,"),
    RecordField("interpreter", msg("Record fields", "Interpreter needed"), "interpreter_needed",
                _set_yes_no("interpreter_needed"),
                ("interpreter", "interpreter needed", "penerjemah", "perlu penerjemah"), "yes or no"),
    RecordField("phone", msg("Record fields", "Phone"), "phone", _set_text("phone"),
                ("phone", "telephone", "telepon", "no hp", "hp")),
    RecordField("embassy_case_number", msg("Record fields", "Embassy case number"), "embassy_case_number",
                _set_text("embassy_case_number"), ("embassy case number", "embassy case", "nomor kasus kedutaan")),
    RecordField("entry_date", msg("Record fields", "Date of entry"), "immigration.entry_date",
                _set_date("immigration.entry_date"),
                ("entry date", "date of entry", "tanggal masuk negara", "tanggal kedatangan")),
    RecordField("admission_date", msg("Record fields", "Admitted to the shelter"), "stay.admission_date",
                _set_date("stay.admission_date"),
                ("admission date", "date of admission", "admitted", "admission", "tanggal masuk",
                 "tanggal masuk shelter"), "YYYY-MM-DD, DD/MM/YYYY or an Excel date"),
    RecordField("status", msg("Record fields", "Case status"), "status", _set_status,
                ("status", "case status", "status kasus"), ", ".join(c.value for c in CaseStatus)),
    RecordField("notes", msg("Record fields", "Notes"), "notes", _set_text("notes"),
                ("notes", "note", "remarks", "catatan", "keterangan")),
)
FIELD_BY_NAME = {f.name: f for f in RECORD_FIELDS}


def field_lines() -> list[str]:
    """The table as `add --fields` and `import --fields` print it: name, label, how to write it."""
    return [f"{f.name:<20} {f.label}" + (f" ({f.help})" if f.help else "") for f in RECORD_FIELDS]


def field_for_header(header: object) -> RecordField | None:
    """The field a column header names: its own name, its label or a known alias."""
    key = words(as_text(header))
    if not key:
        return None
    for f in RECORD_FIELDS:
        if key in (f.name, words(f.label), *f.headers):
            return f
    return None


def survivor_from_fields(values: Mapping[str, object]) -> Survivor:
    """A new case from field name → value (`add --from-json`); unknown names and unreadable values are
    refused, all at once. The rules (codes, lengths, characters) are the case service's, as for every way in."""
    errors: dict[str, str] = {
        name: msg("Import", "not a case field (the fields are: {fields})", fields=", ".join(FIELD_BY_NAME))
        for name in values if name not in FIELD_BY_NAME}
    survivor = Survivor()
    for name, value in values.items():
        if name in FIELD_BY_NAME and value is not None:
            try:
                FIELD_BY_NAME[name].setter(survivor, value)
            except ValueError as e:
                errors[name] = carried(e)
    if errors:
        raise ValidationError(errors)
    fill_document_issuers(survivor)
    return survivor


def fill_document_issuers(survivor: Survivor) -> None:
    """Documents without an issuing country take the first known nationality's (set after every field)."""
    issuer = next((c for c in survivor.nationalities if len(c) == 2), "")
    for doc in survivor.documents:
        doc.issuing_country = doc.issuing_country or issuer
