"""Right-to-left text: broken into lines in reading order, each line reordered and right-aligned."""

from __future__ import annotations

import unicodedata

from shelterdesk.letters import DisclosedField, render_letter
from shelterdesk.letters.rtl import visual_line
from tests.letters.pdf_words import Word, lines_of, pdf_words

# Long enough to wrap in the name cell: name, "son of", father's name.
URDU_NAME = "محمد عبد الرحمن ذوالفقار علی چوہدری قریشی ولد غلام رسول چوہدری قریشی"


def arabic(word: Word) -> bool:
    return any(unicodedata.bidirectional(ch) == "AL" for ch in word.text)


def test_wrapped_urdu_name_reads_in_order_from_the_right(make_letter, tmp_path):
    letter = make_letter(native_name=URDU_NAME, fields=(), reason="", needs=())
    words = pdf_words(render_letter(letter), tmp_path)
    cell_top = next(w.top for w in words if w.text == "native")  # "Name in native script"
    lines = lines_of([w for w in words if arabic(w) and w.top > cell_top - 2])
    assert len(lines) >= 2, "the name should wrap in its cell"
    # Each line reads right to left; the lines follow each other top to bottom.
    read = [w.text for line in lines for w in sorted(line, key=lambda w: -w.right)]
    assert read == URDU_NAME.split()
    rights = [max(w.right for w in line) for line in lines]
    assert max(rights) - min(rights) < 1, "every line ends at the right edge of the cell"
    lefts = [min(w.left for w in line) for line in lines]
    assert lefts[-1] > lefts[0] + 20, "a short last line is right-aligned, not left"


def test_latin_paragraph_keeps_embedded_urdu_in_its_place(make_letter, tmp_path):
    value = "Known in the compound as محمد علی (cousin), also Ali"
    letter = make_letter(fields=(DisclosedField("aliases", value),))
    words = pdf_words(render_letter(letter), tmp_path)
    line = next(line for line in lines_of(words) if any(w.text == "Known" for w in line))
    order = [w.text for w in sorted(line, key=lambda w: w.left)]
    # Left to right: Latin first, then the Urdu words right to left, then the rest.
    start = order.index("Known")
    assert order[start:] == ["Known", "in", "the", "compound", "as", "علی", "محمد", "(cousin),",
                             "also", "Ali"]


def test_display_order_keeps_each_word_for_shaping():
    # Words swap places; letters inside each word stay in reading order for HarfBuzz.
    assert visual_line("محمد علی", rtl=True) == "علی محمد"
    assert visual_line("abc محمد علی xyz", rtl=False) == "abc علی محمد xyz"
    # Brackets around right-to-left words are mirrored, so they still enclose them.
    assert visual_line("علی (محمد)", rtl=True) == "(محمد) علی"
