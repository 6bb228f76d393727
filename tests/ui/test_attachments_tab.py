"""The case file's Attachments tab: add through the file dialog, preview, save a copy, remove; read-only staff."""

from __future__ import annotations

import io

import pytest
from PIL import Image

from shelterdesk.domain.enums import Role
from shelterdesk.domain.models import Survivor
from shelterdesk.ui.case_file import CaseFileWidget
from shelterdesk.ui.case_tabs import attachments as tab_module
from tests.attachments.samples import pdf_scan, photo_with_location
from tests.shared import services_as
from tests.ui.helpers import button


@pytest.fixture
def case(services) -> Survivor:
    return services.cases.register(Survivor(family_name="Bekele", given_names="Abebe", nationalities=["ET"]))


def open_tab(qtbot, services, survivor_id):
    widget = CaseFileWidget(services, survivor_id)
    qtbot.addWidget(widget)
    widget.show()
    widget.tabs.setCurrentWidget(widget.attachments)
    return widget, widget.attachments


def test_add_preview_save_and_remove_from_the_case_file(qtbot, services, case, tmp_path, monkeypatch):
    photo = tmp_path / "IMG_0001.jpg"
    photo.write_bytes(photo_with_location(size=(120, 80)))
    widget, tab = open_tab(qtbot, services, case.id)
    assert "No files are stored" in tab.empty.text()

    monkeypatch.setattr(tab_module, "open_file", lambda *_a, **_k: photo)
    tab.kind.set_value("photo")
    button(tab, "Add a file").click()
    assert "Stored inside the vault" in tab.notice.message()
    assert tab.model.rowCount() == 1 and tab.model.rows[0].kind == "photo"
    assert tab.preview.currentWidget() is tab.image
    assert not tab.image.pixmap().isNull() and tab.image.pixmap().height() > tab.image.pixmap().width()  # upright
    assert widget.history.model.rowCount() and any(
        e.action == "attachment.add" for e in widget.history.model.rows)

    scan = tmp_path / "consent.pdf"
    scan.write_bytes(pdf_scan())
    monkeypatch.setattr(tab_module, "open_file", lambda *_a, **_k: scan)
    tab.kind.set_value("consent_form")
    button(tab, "Add a file").click()
    assert tab.model.rowCount() == 2 and tab.preview.currentWidget() is tab.pdf
    assert tab.pdf.page_count() == 1

    warned = []
    target = tmp_path / "out.pdf"
    monkeypatch.setattr(tab_module, "confirm", lambda _p, _t, text, _y: warned.append(text) or True)
    monkeypatch.setattr(tab_module, "save_file", lambda *_a, **_k: target)
    button(tab, "Save a copy").click()
    assert "NOT encrypted" in warned[-1] and target.read_bytes() == scan.read_bytes()

    button(tab, "Remove the file").click()
    assert "cannot be undone" in warned[-1]
    assert [a.kind for a in services.attachments.for_survivor(case.id)] == ["photo"]
    assert tab.model.rowCount() == 1

    widget.clear()  # locking wipes the list and the preview
    assert tab.model.rowCount() == 0 and tab.image.pixmap().isNull()


def test_a_refused_file_shows_why_and_stores_nothing(qtbot, services, case, tmp_path, monkeypatch):
    liar = tmp_path / "passport.jpg"
    liar.write_bytes(pdf_scan())
    _widget, tab = open_tab(qtbot, services, case.id)
    monkeypatch.setattr(tab_module, "open_file", lambda *_a, **_k: liar)
    button(tab, "Add a file").click()
    assert "its contents are a PDF document" in tab.notice.message()
    assert "Nothing was stored" in tab.notice.message()
    assert services.attachments.for_survivor(case.id) == [] and tab.model.rowCount() == 0


def test_cancelling_a_removal_keeps_the_file(qtbot, services, case, monkeypatch):
    services.attachments.add(case.id, "a.pdf", pdf_scan(), "other")
    _widget, tab = open_tab(qtbot, services, case.id)
    tab.table.selectRow(0)
    monkeypatch.setattr(tab_module, "confirm", lambda *_a: False)
    button(tab, "Remove the file").click()
    assert len(services.attachments.for_survivor(case.id)) == 1


def test_read_only_staff_see_previews_but_no_buttons(qtbot, services, case):
    out = io.BytesIO()
    Image.new("RGB", (30, 20), "blue").save(out, "PNG")
    services.attachments.add(case.id, "scan.png", out.getvalue(), "id_scan")
    viewer = services_as(services, Role.READONLY)
    try:
        _widget, tab = open_tab(qtbot, viewer, case.id)
        tab.table.selectRow(0)
        assert tab.preview.currentWidget() is tab.image and not tab.image.pixmap().isNull()
        for w in (tab.add_button, tab.save_button, tab.remove_button):
            assert not w.isVisible()
    finally:
        viewer.close()
