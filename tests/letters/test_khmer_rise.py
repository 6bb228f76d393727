"""Khmer marks raised or lowered by shaping must not move the text after them."""

from __future__ import annotations

import io

import pytest
from reportlab.pdfgen.canvas import Canvas

from shelterdesk.letters import DisclosedField, render_letter
from tests.letters.pdf_streams import rise_leaks

# Words whose subscripts reportlab 5.1 left lowered for the rest of the line
# (ញ្ជ lowers the text after it by 0.3 em).
KHMER_SENTENCE = "មូលហេតុនៃការបញ្ជូន កញ្ញា ញ្ជួន ឆ្នាំ កម្មវត្ថុ"


def test_rise_check_finds_a_rise_left_set():
    buf = io.BytesIO()
    canvas = Canvas(buf, pageCompression=0)
    text = canvas.beginText(50, 700)
    text.setRise(-3)
    text.textOut("mark")
    text.textOut("following text")
    canvas.drawText(text)
    canvas.save()
    assert rise_leaks(buf.getvalue()) == [(1, -3.0)]


@pytest.mark.parametrize("languages", [("en", "km"), ("km",)])
def test_khmer_letter_sets_no_rise_across_text(make_letter, languages):
    letter = make_letter(
        template_id="embassy_nationality_verification", languages=languages,
        native_name="ញ្ជួន បញ្ញា", fields=(DisclosedField("aliases", KHMER_SENTENCE),),
        reason=KHMER_SENTENCE,
    )
    assert rise_leaks(render_letter(letter)) == []


def test_khmer_sentence_sits_where_qt_draws_it(qapp):
    from statistics import median

    from tests.letters.ink import ink_box, pdf_line, qt_line, vertical_extents

    pdf, qt = pdf_line(KHMER_SENTENCE), qt_line(KHMER_SENTENCE, "khmer")
    left, _, right, _ = ink_box(pdf)
    q_left, _, q_right, _ = ink_box(qt)
    # Same font, same HarfBuzz: the same advances, so the same width.
    assert abs((right - left) - (q_right - q_left)) <= 2
    slices = 24
    pairs = [(p, q) for p, q in zip(vertical_extents(pdf, left, right, slices),
                                   vertical_extents(qt, q_left, q_right, slices), strict=True)
             if p and q]
    assert len(pairs) > slices * 0.7
    # The two images put the baseline at different heights: compare each
    # slice's top and bottom after removing that one shift.
    shift = median(p[0] - q[0] for p, q in pairs)
    off = [(i, p[0] - q[0] - shift, p[1] - q[1] - shift) for i, (p, q) in enumerate(pairs)]
    # 3 px is 0.06 em (anti-aliasing differs); the rise fault moved text 0.3 em.
    assert all(abs(top) <= 3 and abs(bottom) <= 3 for _, top, bottom in off), off
