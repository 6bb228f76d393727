"""The end of a letter never stands alone on a page: closing, signature and attachments stay together."""

from __future__ import annotations

from shelterdesk.letters import render_letter
from tests.letters.test_letters import body_lines
from tests.shared import pdf_pages

SENTENCE = "The person described the conditions in the compound and the way out of it in detail. "


def test_signature_and_attachments_never_stand_alone(make_letter, tmp_path):
    # A longer reason pushes the end of the letter down page 1 and over to page 2;
    # on the way the page break falls inside the closing, the signature and the attachments.
    seen_on_page_two = False
    for sentences in range(0, 30, 2):
        letter = make_letter(reason=SENTENCE * sentences,
                             attachments=("Copy of police report", "Medical certificate"))
        pages = [body_lines(p) for p in pdf_pages(render_letter(letter), tmp_path)]
        last = pages[-1]
        page_of = {key: next(i for i, p in enumerate(pages) if any(key in line for line in p))
                   for key in ("Thank you for your assistance", "Signature and stamp", "Attachments",
                               "2. Medical certificate")}
        assert len(set(page_of.values())) == 1, (sentences, page_of)
        assert len(last) > 8, (sentences, last)  # never a few stray lines on the last page
        seen_on_page_two |= page_of["Signature and stamp"] == 1
    assert seen_on_page_two  # the sweep crossed the page end


def test_a_paragraph_split_across_pages_keeps_two_lines_on_each(make_letter, tmp_path):
    split_seen = False
    words = SENTENCE.split()
    for count in range(100, 500, 7):  # about half a line more each time
        reason = " ".join(words[i % len(words)] for i in range(count))
        letter = make_letter(reason=reason, attachments=())
        pages = [body_lines(p) for p in pdf_pages(render_letter(letter), tmp_path)]
        start = pages[0].index("Background to this referral") if "Background to this referral" in pages[0] else None
        if start is None or len(pages) < 2 or "Consent" in pages[0]:
            continue  # the reason did not start on page 1 or did not reach page 2
        on_first = len(pages[0]) - start - 1
        on_second = pages[1].index("Consent")
        if not on_second:
            continue  # the whole reason fitted on page 1
        assert on_first >= 2 and on_second >= 2, (count, on_first, on_second)
        split_seen = True
    assert split_seen
