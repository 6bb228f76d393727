"""Synthetic demo data: invented survivors, needs, consents and referrals.

Deterministic per seed (given the session clock). Nobody here is real: names
are common names of each country recombined at random, addresses are marked as
invented and phone numbers are left empty. Written in batched transactions
straight through the repositories (one audit entry per batch), so 100,000
survivors take minutes, not hours.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

from ..domain.enums import (
    AgencyKind,
    CaseStatus,
    ConsentKind,
    DocumentStatus,
    DocumentType,
    ExitPermitStatus,
    ExploitationType,
    NeedCategory,
    NeedPriority,
    NeedStatus,
    ReferralPriority,
    ReferralStatus,
    Sex,
    TraffickingIndicator,
    TravelDocumentStatus,
    Vulnerability,
)
from ..domain.errors import ShelterDeskError
from ..domain.messages import msg
from ..domain.models import (
    UNKNOWN_NATIONALITY,
    Consent,
    IdentityDocument,
    Immigration,
    Need,
    NextOfKin,
    Referral,
    ShelterStay,
    Survivor,
    TraffickingProfile,
)
from ..storage import audit
from ..storage.repos import agencies as agencies_repo
from ..storage.repos import consents as consents_repo
from ..storage.repos import needs as needs_repo
from ..storage.repos import referrals as referrals_repo
from ..storage.repos import survivors as survivors_repo
from .referrals import FOLLOW_UP
from .registry import Services
from .session import WRITE_ROLES, Session

BATCH = 1000
Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class NamePool:
    """Names of one language group: (Latin, native script) pairs; native "" where the script is Latin."""

    families: tuple[tuple[str, str], ...]
    givens: tuple[tuple[str, str], ...]
    native_order: str = "family given"  # or "given family", or "given" (no family name)
    joiner: str = " "  # between the native parts ("" for Chinese)
    languages: tuple[str, ...] = ()
    passport_prefix: str = "P"


def _pairs(text: str) -> tuple[tuple[str, str], ...]:
    """'Latin=native; Latin=native' → pairs (native "" when absent)."""
    out = []
    for item in text.split(";"):
        latin, _, native = item.strip().partition("=")
        out.append((latin.strip(), native.strip()))
    return tuple(out)


POOLS: dict[str, NamePool] = {
    "ID": NamePool(_pairs("Santoso; Rahayu; Setiawan; Lestari; Pratama; Saputra; Wibowo; Hidayat; Kurniawan; "
                          "Sari; Nugroho; Susanto"),
                   _pairs("Budi; Siti; Agus; Dewi; Rizky; Andi; Eko; Fitri; Joko; Nur; Yusuf; Ratna; Dimas"),
                   languages=("id",), passport_prefix="C"),
    "CN": NamePool(_pairs("Zhang=张; Wang=王; Li=李; Liu=刘; Chen=陈; Yang=杨; Huang=黄; Zhao=赵; Wu=吴; Zhou=周; "
                          "Xu=徐; Sun=孙"),
                   _pairs("Wei=伟; Fang=芳; Na=娜; Min=敏; Jing=静; Lei=磊; Qiang=强; Jun=军; Jie=杰; Tao=涛; "
                          "Ming=明; Xiuying=秀英; Haoran=浩然; Zihan=子涵; Yuxuan=宇轩"),
                   joiner="", languages=("zh",), passport_prefix="E"),
    "VN": NamePool(_pairs("Nguyen=Nguyễn; Tran=Trần; Le=Lê; Pham=Phạm; Hoang=Hoàng; Huynh=Huỳnh; Phan=Phan; "
                          "Vu=Vũ; Vo=Võ; Dang=Đặng; Bui=Bùi; Do=Đỗ"),
                   _pairs("Van An=Văn An; Thi Hoa=Thị Hoa; Thi Hoa=Thị Hoà; Van Hung=Văn Hùng; Minh Tuan=Minh Tuấn; "
                          "Thi Lan=Thị Lan; Duc Anh=Đức Anh; Thi Thu Trang=Thị Thu Trang; Quoc Bao=Quốc Bảo; "
                          "Ngoc Anh=Ngọc Ánh; Van Duc=Văn Đức"),
                   languages=("vi",), passport_prefix="C"),
    "TH": NamePool(_pairs("Jaidee=ใจดี; Srisuk=ศรีสุข; Saetang=แซ่ตั้ง; Boonmee=บุญมี; Rattanakorn=รัตนากร; "
                          "Chaiyaporn=ชัยพร; Wongsa=วงศ์ษา"),
                   _pairs("Somchai=สมชาย; Suda=สุดา; Nattapong=ณัฐพงศ์; Kanya=กัญญา; Anan=อนันต์; Malee=มาลี; "
                          "Prasert=ประเสริฐ; Wanida=วนิดา"),
                   native_order="given family", languages=("th",), passport_prefix="AA"),
    "LA": NamePool(_pairs("Phommachanh=ພົມມະຈັນ; Sisouphanh=ສີສຸພັນ; Keomany=ແກ້ວມະນີ; Vongsa=ວົງສາ; "
                          "Inthavong=ອິນທະວົງ"),
                   _pairs("Souksavanh=ສຸກສະຫວັນ; Khamphone=ຄຳພອນ; Noy=ນ້ອຍ; Bounmy=ບຸນມີ; Phonesavanh=ໂພນສະຫວັນ; "
                          "Vanh=ວັນ"),
                   native_order="given family", languages=("lo",), passport_prefix="P"),
    "MM": NamePool((("", ""),),
                   _pairs("Aung Kyaw Oo=အောင်ကျော်ဦး; Thandar Win=သန္တာဝင်း; Zaw Min Htut=ဇော်မင်းထွဋ်; "
                          "Hla Hla Aye=လှလှအေး; Kyaw Zin=ကျော်ဇင်; Su Myat Noe=စုမြတ်နိုး; Min Thu=မင်းသူ; "
                          "Ei Phyu=အိဖြူ; Naing Lin=နိုင်လင်း"),
                   native_order="given", languages=("my",), passport_prefix="MA"),
    "PH": NamePool(_pairs("Santos; Reyes; Cruz; Bautista; Garcia; Mendoza; Dela Cruz; Villanueva; Ramos"),
                   _pairs("Maria Cristina; Jose; Mark Anthony; Jhon Rey; Angelica; Rowena; Jerome; Mary Joy"),
                   languages=("tl", "en"), passport_prefix="P"),
    "MY": NamePool(_pairs("bin Ismail; binti Hassan; bin Abdullah; binti Yusof"),
                   _pairs("Muhammad Hafiz; Nurul Aina; Ahmad Faiz; Siti Aishah"),
                   languages=("ms",), passport_prefix="A"),
    "MY-ZH": NamePool(_pairs("Tan=陈; Lim=林; Wong=黄; Lee=李"),
                      _pairs("Wei Ming=伟明; Mei Ling=美玲; Jia Hui=佳慧; Kok Leong=国良"),
                      joiner="", languages=("ms", "zh"), passport_prefix="A"),
    "BD": NamePool(_pairs("Rahman=রহমান; Islam=ইসলাম; Hossain=হোসেন; Akter=আক্তার; Uddin=উদ্দিন; Begum=বেগম"),
                   _pairs("Mohammad=মোহাম্মদ; Abdul Karim=আব্দুল করিম; Shafiqul=শফিকুল; Rashida=রাশিদা; "
                          "Nusrat=নুসরাত; Mizanur=মিজানুর; Jahid=জাহিদ; Sumaiya=সুমাইয়া"),
                   native_order="given family", languages=("bn",), passport_prefix="A"),
    "IN": NamePool(_pairs("Sharma=शर्मा; Kumar=कुमार; Singh=सिंह; Yadav=यादव; Verma=वर्मा"),
                   _pairs("Rahul=राहुल; Priya=प्रिया; Amit=अमित; Sunita=सुनीता; Vikram=विक्रम; Pooja=पूजा"),
                   native_order="given family", languages=("hi", "en"), passport_prefix="Z"),
    "IN-TA": NamePool(_pairs("Subramaniam=சுப்பிரமணியம்; Rajendran=ராஜேந்திரன்; Murugesan=முருகேசன்"),
                      _pairs("Karthik=கார்த்திக்; Lakshmi=லட்சுமி; Murugan=முருகன்; Divya=திவ்யா"),
                      native_order="given family", languages=("ta", "en"), passport_prefix="Z"),
    "NP": NamePool(_pairs("Thapa=थापा; Gurung=गुरुङ; Tamang=तामाङ; Shrestha=श्रेष्ठ; Rai=राई; Magar=मगर"),
                   _pairs("Ram Bahadur=राम बहादुर; Sita=सीता; Bishnu=बिष्णु; Krishna=कृष्ण; Maya=माया; Hari=हरि"),
                   native_order="given family", languages=("ne",), passport_prefix="PA"),
    "PK": NamePool(_pairs("Khan=خان; Hussain=حسین; Qureshi=قریشی; Malik=ملک; Butt=بٹ; Chaudhry=چوہدری"),
                   _pairs("Muhammad Ali=محمد علی; Ahmed=احمد; Bilal=بلال; Usman=عثمان; Ayesha=عائشہ; "
                          "Fatima=فاطمہ; Imran=عمران"),
                   native_order="given family", languages=("ur",), passport_prefix="AB"),
    "LK": NamePool(_pairs("Perera=පෙරේරා; Fernando=ප්‍රනාන්දු; Silva=සිල්වා; Jayasuriya=ජයසූරිය; Bandara=බණ්ඩාර"),
                   _pairs("Nimal=නිමල්; Kumari=කුමාරි; Saman=සමන්; Dilani=දිලානි; Chaminda=චමින්ද; Sunil=සුනිල්"),
                   native_order="given family", languages=("si",), passport_prefix="N"),
    "ET": NamePool(_pairs("Bekele=በቀለ; Tesfaye=ተስፋዬ; Girma=ግርማ; Alemu=አለሙ; Haile=ኃይሌ; Kebede=ከበደ"),
                   _pairs("Abebe=አበበ; Tigist=ትዕግስት; Dawit=ዳዊት; Hiwot=ሕይወት; Yonas=ዮናስ; Meron=ሜሮን; "
                          "Bereket=በረከት"),
                   native_order="given family", languages=("am",), passport_prefix="EP"),
    "KE": NamePool(_pairs("Otieno; Wanjiru; Kamau; Mwangi; Ochieng; Achieng; Kiprop"),
                   _pairs("Brian; Faith; Kevin; Mercy; Dennis; Esther; Collins"),
                   languages=("sw", "en"), passport_prefix="AK"),
    "UG": NamePool(_pairs("Okello; Nakato; Mugisha; Namutebi; Ssempala; Atim"),
                   _pairs("Joseph; Grace; Moses; Sarah; Ivan; Patience"),
                   languages=("en",), passport_prefix="B"),
    "NG": NamePool(_pairs("Okafor; Adeyemi; Bello; Eze; Ibrahim; Okonkwo"),
                   _pairs("Chinedu; Oluwaseun; Aisha; Emeka; Ngozi; Tunde"),
                   languages=("en", "yo"), passport_prefix="A"),
    "EG": NamePool(_pairs("Hassan=حسن; Ibrahim=إبراهيم; Mostafa=مصطفى; Abdelrahman=عبد الرحمن"),
                   _pairs("Mohamed=محمد; Ahmed=أحمد; Mahmoud=محمود; Mariam=مريم; Omar=عمر"),
                   native_order="given family", languages=("ar",), passport_prefix="A"),
    "KH": NamePool(_pairs("Sok=សុខ; Chan=ចាន់; Kim=គីម; Heng=ហេង; Meas=មាស; Ouk=អ៊ុក"),
                   _pairs("Dara=ដារ៉ា; Sophea=សុភា; Vuthy=វុទ្ធី; Sreymom=ស្រីមុំ; Pisey=ពិសី; Rith=រិទ្ធ"),
                   languages=("km",), passport_prefix="N"),
}

# How often each group appears among people leaving the compounds (rough, invented weights).
GROUP_WEIGHTS = {
    "ID": 18, "CN": 15, "VN": 10, "PH": 7, "TH": 6, "MM": 6, "MY": 3, "MY-ZH": 2, "IN": 4, "IN-TA": 1, "LA": 4, "BD": 4,
    "KH": 4, "NP": 3, "PK": 3, "ET": 3, "KE": 3, "LK": 2, "UG": 2, "NG": 2, "EG": 1,
}
_GROUPS = list(GROUP_WEIGHTS)
_GROUP_W = list(GROUP_WEIGHTS.values())

CASE_STATUS_WEIGHTS = {
    CaseStatus.INTAKE: 8, CaseStatus.SHELTERED: 30, CaseStatus.AWAITING_REPATRIATION: 25,
    CaseStatus.REPATRIATED: 20, CaseStatus.TRANSFERRED: 5, CaseStatus.LEFT: 5, CaseStatus.CLOSED: 7,
}
DOC_STATUS_WEIGHTS = {
    DocumentStatus.HELD_BY_EMPLOYER: 45, DocumentStatus.LOST: 15, DocumentStatus.IN_HAND: 15,
    DocumentStatus.WITH_POLICE: 10, DocumentStatus.COPY_ONLY: 10, DocumentStatus.NONE: 5,
}
COMPOUNDS = (
    "Sihanoukville (Preah Sihanouk)", "O'Smach (Oddar Meanchey)", "Bavet (Svay Rieng)",
    "Poipet (Banteay Meanchey)", "Koh Kong", "Kampot", "Phnom Penh outskirts", "Chrey Thom (Kandal)",
)
CHANNELS = ("online job advert", "message from a stranger on social media", "friend or relative",
            "recruitment agent", "online dating contact")
PLATFORMS = ("Facebook", "Telegram", "WhatsApp", "TikTok", "WeChat", "Line", "Zalo", "Instagram")
CLINICS = ("shelter clinic (invented)", "district hospital (invented)", "partner NGO doctor (invented)")
MEDICAL = ("Healing fracture of the left wrist; follow-up in two weeks.",
           "Bruising and back pain; painkillers prescribed.", "Needs dental treatment after an assault.")
CONTROLS = ("passport confiscated", "debt for travel costs", "threats", "beatings", "confinement",
            "fines for missed quotas", "electric shocks", "sold on to another compound", "phone taken")
HOW_LEFT = ("escaped", "released in a police raid", "released after family paid a ransom",
            "contacted the embassy hotline", "released after an NGO alert")
REFERRED_BY = ("national police", "embassy", "NGO hotline", "self-referral", "IOM", "another shelter")
VISAS = ("tourist visa (T)", "business visa (E)", "none: brought across the border", "e-visa")
ALIASES = ("Jenny", "Kevin", "Lucy", "Tony", "Anna", "Leo", "Mia", "David", "Coco", "Jack")
NOTES = (
    "", "", "",
    "Arrived at night with an interpreter; asked that family not be contacted yet.",
    "Reports being moved between two compounds. Sleeping poorly.",
    "Wants to go home as soon as the travel document is ready.",
    "Has a wrist injury from the compound; seen at the clinic.",
    "Worried about the recruitment debt the family was told to repay.",
)
RELATIONS = ("mother", "father", "sister", "brother", "spouse", "cousin")
INTERPRETERS = ("", "", "staff interpreter", "embassy interpreter", "volunteer interpreter")


def _pick(rng: random.Random, weights: dict):
    return rng.choices(list(weights), weights=list(weights.values()))[0]


class _Maker:
    """Builds one batch of records at a time from a seeded generator."""

    def __init__(self, services: Services, seed: int):
        self.rng = random.Random(seed)
        self.today = services.session.clock.today()
        self.staff = services.session.actor.username
        self.serial = (seed * 104_729) % 10_000_000
        conn = services.session.conn
        self.embassies: dict[str, list[int]] = {}
        self.others: dict[str, list[int]] = {}
        for a in agencies_repo.list_all(conn):
            assert a.id is not None  # rows read back from the vault always have one
            if a.kind == AgencyKind.EMBASSY:
                for code in a.nationalities:
                    self.embassies.setdefault(code, []).append(a.id)
            else:
                self.others.setdefault(a.kind.value, []).append(a.id)

    def _date(self, days_back_from: int, days_back_to: int) -> date:
        return self.today - timedelta(days=self.rng.randint(days_back_to, days_back_from))

    def _passport_number(self, prefix: str, index: int) -> str:
        # 7919 is coprime with 10**7, so numbers stay unique for the first ten million people.
        return f"{prefix}{(self.serial + index * 7919) % 10_000_000:07d}"

    def survivor(self, index: int) -> Survivor:
        rng = self.rng
        group = rng.choices(_GROUPS, weights=_GROUP_W)[0]
        pool = POOLS[group]
        country = group.split("-")[0]
        (fam, fam_native), (giv, giv_native) = rng.choice(pool.families), rng.choice(pool.givens)
        natives = {"family given": (fam_native, giv_native), "given family": (giv_native, fam_native),
                   "given": (giv_native,)}[pool.native_order]
        native = pool.joiner.join(p for p in natives if p) if all(natives) else ""
        status = _pick(rng, CASE_STATUS_WEIGHTS)
        sex = rng.choices((Sex.MALE, Sex.FEMALE, Sex.UNKNOWN), weights=(60, 38, 2))[0]
        age = rng.choices((rng.randint(15, 17), rng.randint(18, 45)), weights=(4, 96))[0]
        estimated = rng.random() < 0.15
        admitted = self._date(540, 0 if status == CaseStatus.INTAKE else 3)
        dob = date(self.today.year - age, rng.randint(1, 12), rng.randint(1, 28))
        nationalities = [country] if rng.random() > 0.01 else [UNKNOWN_NATIONALITY]
        if rng.random() < 0.01:
            nationalities.append(rng.choice(("MY", "TH", "CN")))
        doc_status = _pick(rng, DOC_STATUS_WEIGHTS)
        documents = []
        if doc_status != DocumentStatus.NONE:
            documents.append(IdentityDocument(
                DocumentType.PASSPORT, self._passport_number(pool.passport_prefix, index), country,
                dob.replace(year=min(dob.year + age + rng.randint(2, 10), self.today.year + 9)), doc_status))
        held_until = admitted - timedelta(days=rng.randint(0, 10))
        held_from = held_until - timedelta(days=rng.randint(20, 700))
        entry = held_from - timedelta(days=rng.randint(0, 14))
        visa_expiry = entry + timedelta(days=30)
        overstay = max(0, (admitted - visa_expiry).days)
        discharged = status in (CaseStatus.REPATRIATED, CaseStatus.TRANSFERRED, CaseStatus.LEFT, CaseStatus.CLOSED)
        discharge = min(self.today, admitted + timedelta(days=rng.randint(5, 120))) if discharged else None
        vulnerabilities = [v for v, p in ((Vulnerability.INJURED, 0.12), (Vulnerability.PREGNANT, 0.02),
                                          (Vulnerability.DISABILITY, 0.02)) if rng.random() < p]
        if age < 18:
            vulnerabilities.insert(0, Vulnerability.MINOR)
        awaiting = status == CaseStatus.AWAITING_REPATRIATION
        return Survivor(
            family_name=fam, given_names=giv, native_name=native,
            aliases=[rng.choice(ALIASES)] if rng.random() < 0.2 else [],
            preferred_name=giv.split()[0] if rng.random() < 0.1 else "",
            sex=sex, date_of_birth=None if estimated else dob, estimated_age=age if estimated else None,
            dob_estimated=estimated, nationalities=nationalities,
            languages=list(pool.languages) + (["en"] if rng.random() < 0.2 and "en" not in pool.languages else []),
            interpreter_needed="en" not in pool.languages and rng.random() < 0.8,
            documents=documents,
            immigration=Immigration(
                entry_date=entry, visa_type=rng.choice(VISAS), visa_expiry=visa_expiry, overstay_days=overstay,
                overstay_fine=f"USD {overstay * 10}" if overstay else "",
                exit_permit_status=rng.choice(list(ExitPermitStatus))),
            embassy_case_number=f"{country}-EMB-{index:06d}" if awaiting or rng.random() < 0.2 else "",
            travel_document_status=(rng.choice(list(TravelDocumentStatus)) if doc_status != DocumentStatus.IN_HAND
                                    else TravelDocumentStatus.NOT_NEEDED),
            home_address="(invented demo address)" if rng.random() < 0.5 else "",
            next_of_kin=NextOfKin(name=f"{rng.choice(pool.givens)[0]} {fam}".strip(), relation=rng.choice(RELATIONS),
                                  safe_to_contact=rng.random() < 0.5) if rng.random() < 0.6 else NextOfKin(),
            trafficking=TraffickingProfile(
                exploitation_types=[ExploitationType.FORCED_CRIMINALITY] + (
                    [rng.choice((ExploitationType.DEBT_BONDAGE, ExploitationType.FORCED_LABOUR,
                                 ExploitationType.SEXUAL_EXPLOITATION))] if rng.random() < 0.3 else []),
                recruitment_channel=rng.choice(CHANNELS), recruitment_platform=rng.choice(PLATFORMS),
                compound_location=rng.choice(COMPOUNDS), held_from=held_from, held_until=held_until,
                means_of_control=rng.sample(CONTROLS, rng.randint(1, 4)), how_left=rng.choice(HOW_LEFT),
                referred_in_by=rng.choice(REFERRED_BY),
                indicators=sorted(rng.sample(list(TraffickingIndicator), rng.randint(2, 6)))),
            stay=ShelterStay(admission_date=admitted, discharge_date=discharge,
                             discharge_destination=("home country" if status == CaseStatus.REPATRIATED
                                                    else "another shelter" if discharged else "")),
            vulnerabilities=vulnerabilities, status=status, notes=rng.choice(NOTES),
            fit_to_fly=(f"Fit to fly ({rng.choice(CLINICS)}, {admitted + timedelta(days=rng.randint(3, 20))})"
                        if awaiting and admitted and rng.random() < 0.6 else ""),
            medical_notes=rng.choice(MEDICAL) if Vulnerability.INJURED in vulnerabilities else "",
        )

    def needs(self, s: Survivor) -> list[Need]:
        rng = self.rng
        sid, admitted = _stored(s)
        categories = [NeedCategory.TRAVEL_DOCUMENT, NeedCategory.REPATRIATION] if rng.random() < 0.7 else []
        categories += rng.sample(list(NeedCategory), rng.randint(0, 3))
        out = []
        for category in dict.fromkeys(categories):
            status = rng.choice(list(NeedStatus))
            due = admitted + timedelta(days=rng.randint(3, 60)) if rng.random() < 0.6 else None
            out.append(Need(sid, category, rng.choice(list(NeedPriority)), status, responsible=self.staff,
                            due_date=due, outcome="done" if status == NeedStatus.MET else ""))
        return out

    def consents(self, s: Survivor) -> list[Consent]:
        rng = self.rng
        sid, admitted = _stored(s)
        out = []
        for kind, p in ((ConsentKind.EMBASSY, 0.85), (ConsentKind.AGENCY, 0.6), (ConsentKind.STATISTICS, 0.7),
                        (ConsentKind.PROVIDER, 0.4), (ConsentKind.POLICE, 0.2)):
            if rng.random() < p:
                given = min(self.today, admitted + timedelta(days=rng.randint(0, 5)))
                roll = rng.random()
                withdrawn = min(self.today, given + timedelta(days=rng.randint(1, 30))) if roll < 0.04 else None
                expires = given + timedelta(days=rng.randint(30, 90)) if 0.04 <= roll < 0.08 else None
                out.append(Consent(sid, kind, given, self.staff, rng.choice(INTERPRETERS), expires, withdrawn))
        return out

    def referrals(self, s: Survivor, needs: list[Need], consents: list[Consent]) -> list[Referral]:
        rng = self.rng
        sid, admitted = _stored(s)
        targets = []
        country = s.nationalities[0]
        if country in self.embassies and rng.random() < 0.85:
            targets.append((AgencyKind.EMBASSY, rng.choice(self.embassies[country])))
        for kind in ("agency", "police"):
            if kind in self.others and rng.random() < (0.4 if kind == "agency" else 0.1):
                targets.append((AgencyKind(kind), rng.choice(self.others[kind])))
        out = []
        for kind, agency_id in targets:
            consent = next((c for c in consents if c.kind.value == kind.value), None)
            status = rng.choice(list(ReferralStatus))
            priority = rng.choices(list(ReferralPriority), weights=(1, 3, 10))[0]
            created = min(self.today, admitted + timedelta(days=rng.randint(0, 10)))
            sent = min(self.today, created + timedelta(days=rng.randint(0, 3))) \
                if status != ReferralStatus.DRAFT else None
            follow_up = (sent or created) + FOLLOW_UP[priority]
            if rng.random() < 0.5:  # some answers arrive; the rest keep waiting, many past their follow-up
                follow_up = self.today + timedelta(days=rng.randint(1, 14))
            linked = [n.id for n in needs if n.id is not None and n.category in (NeedCategory.TRAVEL_DOCUMENT, NeedCategory.REPATRIATION)]
            out.append(Referral(
                sid, agency_id, reason=rng.choice(("nationality verification and travel document",
                                                    "formal victim identification", "protection and return support",
                                                    "repatriation")),
                priority=priority, status=status, need_ids=linked if kind == AgencyKind.EMBASSY else [],
                follow_up_due=follow_up, consent_id=consent.id if consent else None,
                override_reason="" if consent else "urgent protection: consent to be taken with interpreter",
                created_by=self.staff, sent_on=sent,
                acknowledged_on=min(self.today, sent + timedelta(days=2)) if sent and status not in (
                    ReferralStatus.SENT, ReferralStatus.DRAFT) else None,
                closed_on=min(self.today, sent + timedelta(days=rng.randint(3, 40))) if sent and status in (
                    ReferralStatus.DECLINED, ReferralStatus.COMPLETED, ReferralStatus.WITHDRAWN) else None,
            ))
            out[-1].created_at = datetime.combine(created, time(9, 0), tzinfo=UTC)
        return out


def _admitted(s: Survivor) -> date:
    assert s.stay.admission_date is not None  # every invented case has one
    return s.stay.admission_date


def _stored(s: Survivor) -> tuple[int, date]:
    """The id and admission date of an invented case already inserted."""
    assert s.id is not None
    return s.id, _admitted(s)


# A case registered by a person (not by fill_demo) leaves this audit action: its vault holds real data.
REAL_CASE_ACTION = "case.create"


class RealDataPresent(ShelterDeskError):
    """The vault holds cases a person registered; invented people would be mixed in with them."""


def holds_real_cases(session: Session) -> bool:
    return bool(audit.read_entries(session.conn, action_prefix=REAL_CASE_ACTION, limit=1))


def fill_demo(services: Services, count: int, seed: int = 0, progress: Progress | None = None, *,
              into_real_vault: bool = False) -> None:
    """Add `count` invented survivors with needs, consents and referrals to the open vault.

    Refused in a vault where a person has registered a case, unless `into_real_vault`:
    invented people in a real register would end up in letters, counts and exports.
    """
    session = services.session
    session.require(WRITE_ROLES)
    if not into_real_vault and holds_real_cases(session):
        raise RealDataPresent(msg(
            "Demo", "This vault holds real cases: invented people would be mixed in with them, and would appear in "
            "searches, counts, letters and exports. Use a separate vault for demonstrations (--vault), or, only "
            "if you are sure, add --into-real-vault."))
    maker = _Maker(services, seed)
    done = 0
    while done < count:
        size = min(BATCH, count - done)
        with session.vault.write() as conn:
            for i in range(done, done + size):
                s = maker.survivor(i)
                # Stamped on their admission day, so case numbers carry the year they arrived.
                at = datetime.combine(_admitted(s), time(9, 0), tzinfo=UTC)
                survivors_repo.insert(conn, s, at)
                needs = [needs_repo.insert(conn, n, at) for n in maker.needs(s)]
                consents = [consents_repo.insert(conn, c) for c in maker.consents(s)]
                for r in maker.referrals(s, needs, consents):
                    referrals_repo.insert(conn, r, r.created_at or at)
            session.log(conn, "demo.fill", "vault", session.vault.vault_id, f"{size} synthetic cases")
        done += size
        if progress is not None:
            progress(done, count)
