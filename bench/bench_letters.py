"""Time letter rendering against a bare reportlab page, in the same run.

    python3 bench/bench_letters.py [--runs 30] [--batch 500]

"batch" is one combined PDF (`render_letters`); "separate" is what the letter
service does for a batch: one `render_letter` call per person, each letter
with its own name, case number and reason, so remembered wording helps but
the person's text is new.

The timing functions are importable so a later benchmark can add the vault
read, store and disclosure steps around them.
"""

from __future__ import annotations

import argparse
import dataclasses
import io
import statistics
import sys
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from shelterdesk.letters import (  # noqa: E402
    Addressee,
    ConsentStatement,
    Contact,
    DisclosedField,
    LetterContent,
    NeedLine,
    ShelterProfile,
    render_letter,
    render_letters,
)


def sample_letter(i: int = 0) -> LetterContent:
    """A realistic bilingual travel-document letter with a Chinese native name."""
    return LetterContent(
        template_id="embassy_travel_document",
        languages=("en", "id"),
        shelter=ShelterProfile("Safe Haven Shelter Cambodia", "Phnom Penh, Cambodia",
                               "+855 23 000 000", "referrals@example.org"),
        reference=f"REF-2026-{i:05d}",
        issued_on=date(2026, 11, 25),
        addressee=Addressee("Embassy of the Republic of Indonesia", "Phnom Penh",
                            "Consular Section"),
        family_name="WIJAYA",
        given_names="Siti Rahayu",
        native_name="张伟",
        case_number=f"SD-2026-{i:04d}",
        fields=(DisclosedField("passport_number", "C1234567"),
                DisclosedField("nationality", "Indonesia"),
                DisclosedField("document_status", "Held by employer")),
        needs=(NeedLine("need_travel_document", "priority_urgent"),),
        reason="Left the compound and was referred to the shelter by the police.",
        consent=ConsentStatement(date(2026, 11, 20), "Sokha Chan", "Dewi Lestari"),
        case_worker=Contact("Sokha Chan", "Case worker", "+855 12 345 678"),
        signatory=Contact("Dara Kim", "Shelter coordinator"),
    )


GIVEN_NAMES = ("Siti Rahayu", "Budi Santoso", "Dewi Lestari", "Agus Wibowo", "Rina Kartika",
               "Eko Prasetyo", "Nur Aini", "Joko Susilo", "Ayu Puspita", "Hendra Gunawan")


def varied_letter(i: int) -> LetterContent:
    """Letter `i` of a batch: another person, case and account each time."""
    return dataclasses.replace(
        sample_letter(i),
        given_names=GIVEN_NAMES[i % len(GIVEN_NAMES)],
        family_name=f"PERSON{i:04d}",
        reason=(f"Left the compound on day {i % 28 + 1} after {i % 9 + 2} months and was "
                f"referred to the shelter by the police (report {1000 + i})."),
    )


def bare_page(text: str) -> bytes:
    """The floor: one Helvetica Paragraph on a SimpleDocTemplate, no shaping."""
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    buf = io.BytesIO()
    SimpleDocTemplate(buf).build([Paragraph(text, getSampleStyleSheet()["Normal"])])
    return buf.getvalue()


def letter_text(content: LetterContent) -> str:
    from xml.sax.saxutils import escape

    return escape(" ".join(content.texts()))


def time_runs(fn: Callable[[], object], runs: int) -> list[float]:
    out = []
    for _ in range(runs):
        t0 = time.perf_counter()
        fn()
        out.append(time.perf_counter() - t0)
    return out


def summary(samples: list[float]) -> tuple[float, float]:
    ordered = sorted(samples)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    return statistics.median(ordered), p95


def time_first_letter() -> float:
    """Cold cost in this process: font registration, template parsing, first layout."""
    t0 = time.perf_counter()
    render_letter(sample_letter())
    return time.perf_counter() - t0


def time_single(runs: int) -> tuple[list[float], list[float]]:
    content = sample_letter()
    text = letter_text(content)
    bare_page(text)  # warm reportlab itself too
    return (time_runs(lambda: render_letter(content), runs),
            time_runs(lambda: bare_page(text), runs))


def time_batch(n: int) -> tuple[float, float, int]:
    letters = [sample_letter(i) for i in range(n)]
    t0 = time.perf_counter()
    pdf = render_letters(letters)
    batch = time.perf_counter() - t0
    text = letter_text(letters[0])
    t0 = time.perf_counter()
    for _ in range(n):
        bare_page(text)
    return batch, time.perf_counter() - t0, len(pdf)


def time_separate(n: int) -> float:
    """n letters rendered one by one, as the service issues them."""
    letters = [varied_letter(i) for i in range(n)]
    t0 = time.perf_counter()
    for letter in letters:
        render_letter(letter)
    return time.perf_counter() - t0


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=30)
    parser.add_argument("--batch", type=int, default=500)
    args = parser.parse_args()
    cold = time_first_letter()
    letter, bare = time_single(args.runs)
    (lm, lp), (bm, bp) = summary(letter), summary(bare)
    batch, bare_batch, size = time_batch(args.batch)
    separate = time_separate(args.batch)
    print(f"{'measure':<42}{'letter':>12}{'bare page':>12}{'ratio':>8}")
    print(f"{'first letter in process (cold)':<42}{cold * 1000:>10.1f}ms")
    print(f"{f'single, median of {args.runs}':<42}{lm * 1000:>10.1f}ms{bm * 1000:>10.1f}ms"
          f"{lm / bm:>8.1f}")
    print(f"{f'single, p95 of {args.runs}':<42}{lp * 1000:>10.1f}ms{bp * 1000:>10.1f}ms"
          f"{lp / bp:>8.1f}")
    print(f"{f'batch of {args.batch} (one PDF vs {args.batch} pages)':<42}{batch:>11.2f}s"
          f"{bare_batch:>11.2f}s{batch / bare_batch:>8.1f}")
    print(f"{f'{args.batch} separate letters (varied people)':<42}{separate:>11.2f}s"
          f"{bare_batch:>11.2f}s{separate / bare_batch:>8.1f}")
    print(f"batch PDF size: {size / 1e6:.1f} MB; targets: single < 100 ms, "
          f"{args.batch} letters < 30 s")


if __name__ == "__main__":
    main()
