"""Time letters end to end (vault read, render, store, disclosure) against a bare reportlab page.

    python3 bench/bench_letter_pipeline.py [--runs 30] [--batch 500]

End to end is `services.letters.issue` on an unlocked SQLCipher vault: read
the case, consent, needs and agency; render; store the PDF in the vault; add
the disclosure row and the audit entry; commit. On a shared machine the
batch's CPU time (also printed) shows the cost apart from other jobs' load. The bare page is one Helvetica
Paragraph of the same text (as printed in the letter) on a SimpleDocTemplate,
measured in the same run. The batch is `services.letters.batch` over N cases
(N separate letters, each stored and recorded) plus writing the combined PDF
in memory, against N bare pages.
"""

from __future__ import annotations

import argparse
import io
import sys
import tempfile
import time
from datetime import timedelta
from pathlib import Path
from xml.sax.saxutils import escape

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_letters import bare_page, summary  # noqa: E402
from pypdf import PdfReader  # noqa: E402

from shelterdesk.domain.enums import DocumentStatus, TravelDocumentStatus  # noqa: E402
from shelterdesk.domain.models import IdentityDocument, Immigration, ShelterStay, Survivor  # noqa: E402
from shelterdesk.domain.queries import CaseQuery  # noqa: E402
from shelterdesk.services.clock import FakeClock  # noqa: E402
from shelterdesk.services.letters import LetterRequest  # noqa: E402
from shelterdesk.services.registry import Services  # noqa: E402
from shelterdesk.services.vaults import create_vault  # noqa: E402
from shelterdesk.storage.keyslots import MIN_KDF  # noqa: E402


def build_office(root: Path, cases: int) -> tuple[Services, int, list[int]]:
    """A vault with `cases` consented Indonesian cases, each waiting for a travel document."""
    clock = FakeClock()
    session, _ = create_vault(root / "vault", "admin", "correct horse battery staple", display_name="Dara Kim",
                              shelter_name="Safe Haven Shelter Cambodia", clock=clock, kdf=MIN_KDF,
                              state_dir=root / "state")
    svc = Services.for_session(session)
    embassy = svc.agencies.embassies_for("ID")[0]
    embassy.address, embassy.contact_person = "Phnom Penh", "Consular Section"
    svc.agencies.save(embassy)
    ids = []
    for i in range(cases):
        s = Survivor(family_name=f"WIJAYA{i}", given_names="Siti Rahayu", native_name="张伟", nationalities=["ID"],
                     documents=[IdentityDocument(number=f"C{i:07d}", issuing_country="ID",
                                                 status=DocumentStatus.HELD_BY_EMPLOYER)],
                     immigration=Immigration(overstay_days=40), embassy_case_number=f"JKT-{i}",
                     travel_document_status=TravelDocumentStatus.REQUESTED,
                     stay=ShelterStay(admission_date=clock.today() - timedelta(days=10)))
        sid = svc.cases.register(s, confirm_not_duplicate=True).id
        svc.needs.add(sid, "travel_document", priority="urgent", description="Passport held by the compound")
        svc.consents.record(sid, "embassy", given_on=clock.today() - timedelta(days=2), interpreter="Dewi Lestari")
        ids.append(sid)
    return svc, embassy.id, ids


def printed_text(pdf: bytes) -> str:
    return escape(" ".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=30)
    parser.add_argument("--batch", type=int, default=500)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        t0 = time.perf_counter()
        svc, embassy, ids = build_office(Path(tmp), max(args.batch, args.runs + 1))
        setup = time.perf_counter() - t0
        try:
            t0 = time.perf_counter()
            first = svc.letters.issue(LetterRequest(ids[0], embassy))
            cold = time.perf_counter() - t0
            text = printed_text(first.pdf)
            bare_page(text)
            singles, bares = [], []
            for sid in ids[1:args.runs + 1]:
                t0 = time.perf_counter()
                svc.letters.issue(LetterRequest(sid, embassy))
                singles.append(time.perf_counter() - t0)
                t0 = time.perf_counter()
                bare_page(text)
                bares.append(time.perf_counter() - t0)
            (sm, sp), (bm, bp) = summary(singles), summary(bares)

            query = CaseQuery(nationality="ID")
            t0, c0 = time.perf_counter(), time.process_time()
            result = svc.letters.batch(query, "embassy")
            batch, batch_cpu = time.perf_counter() - t0, time.process_time() - c0
            t0 = time.perf_counter()
            combined = result.combined_pdf()
            combine = time.perf_counter() - t0
            n = len(result.issued)
            t0 = time.perf_counter()
            for _ in range(n):
                bare_page(text)
            bare_batch = time.perf_counter() - t0
        finally:
            svc.close()
    print(f"setup: {len(ids)} cases in {setup:.1f}s")
    print(f"{'measure':<46}{'pipeline':>12}{'bare page':>12}{'ratio':>8}")
    print(f"{'first letter in process (cold)':<46}{cold * 1000:>10.1f}ms")
    print(f"{f'single letter, median of {args.runs}':<46}{sm * 1000:>10.1f}ms{bm * 1000:>10.1f}ms{sm / bm:>8.1f}")
    print(f"{f'single letter, p95 of {args.runs}':<46}{sp * 1000:>10.1f}ms{bp * 1000:>10.1f}ms{sp / bp:>8.1f}")
    print(f"{f'batch of {n} (issued, stored, recorded)':<46}{batch:>11.2f}s{bare_batch:>11.2f}s"
          f"{batch / bare_batch:>8.1f}")
    print(f"{'  CPU time of the batch (this process)':<46}{batch_cpu:>11.2f}s")
    print(f"{'  + combined PDF of the batch (pypdf)':<46}{combine:>11.2f}s")
    print(f"combined PDF: {len(combined) / 1e6:.1f} MB, skipped {len(result.skipped)}; "
          f"targets: single < 100 ms, 500 letters < 30 s")


if __name__ == "__main__":
    main()
