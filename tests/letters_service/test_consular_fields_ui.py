"""Parents' names and the last address in Cambodia are typed in the case file and reach the letter."""

from __future__ import annotations

from shelterdesk.services.letters import LetterRequest
from shelterdesk.ui.case_file import CaseFileWidget
from tests.letters.pdf_words import copied_lines
from tests.ui.helpers import button, type_text


def test_case_file_edits_the_fields_an_embassy_letter_carries(office, qtbot, tmp_path):
    sid = office.make_case()
    widget = CaseFileWidget(office.svc, sid)
    qtbot.addWidget(widget)
    widget.show()
    fields = widget.identity.fields
    type_text(fields["father_name"].line, "Bambang Wijaya")
    type_text(fields["mother_name"].line, "Sri Lestari")
    type_text(fields["last_address_cambodia"].edit, "Borey Peng Huoth, Phnom Penh")
    with qtbot.waitSignal(widget.saved):
        button(widget, "Save case").click()
    saved = office.svc.cases.get(sid)
    assert (saved.father_name, saved.mother_name) == ("Bambang Wijaya", "Sri Lestari")
    assert saved.last_address_cambodia == "Borey Peng Huoth, Phnom Penh"
    letter = office.svc.letters.issue(LetterRequest(sid, office.embassy_id))
    text = " ".join(copied_lines(letter.pdf, tmp_path))
    assert "Bambang Wijaya" in text and "Sri Lestari" in text and "Borey Peng Huoth, Phnom Penh" in text
