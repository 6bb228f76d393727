"""The period report: read back from the PDF, bilingual, small counts hidden, no names, recorded."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from stat_helpers import person, register

from shelterdesk.cli import main
from shelterdesk.domain.errors import ValidationError
from shelterdesk.services.registry import Services
from shelterdesk.services.report import suppress
from tests.shared import flat, pdf_text


def test_one_hidden_cell_takes_a_second_with_it_so_the_total_gives_nothing_away() -> None:
    assert suppress({"ID": 30, "PH": 12, "VN": 3}, 11) == {"ID": "30", "PH": "<11", "VN": "<11"}
    assert suppress({"ID": 30, "PH": 4, "VN": 3}, 11) == {"ID": "30", "PH": "<11", "VN": "<11"}
    assert suppress({"ID": 30, "PH": 12}, 11) == {"ID": "30", "PH": "12"}


def test_report_pdf_reads_back_with_figures_in_two_languages_and_no_names(services: Services,
                                                                          tmp_path: Path) -> None:
    people = [person(i, "ID", admitted=date(2026, 3, 1 + i % 20)) for i in range(14)]
    people += [person(100 + i, "PH", admitted=date(2026, 3, 5)) for i in range(3)]
    people[0].native_name = "张伟"
    register(services, people, consent=False)
    out: list[bytes] = []
    issued = services.reports.issue(date(2026, 3, 1), date(2026, 3, 31), out.append, language="id")
    text = flat(pdf_text(out[0], tmp_path))
    assert "Shelter report" in text and "Laporan rumah aman" in text and "2026-03-01 to 2026-03-31" in text
    assert "Admitted in the period / Diterima dalam periode ini 17" in text
    # 3 Filipinos are hidden, and so the 14 Indonesians, or the total would give the 3 away; the chart too.
    assert "Indonesia <11" in text and "Philippines <11" in text and "Total 17" in text
    assert services.reports.content(date(2026, 3, 1), date(2026, 3, 31)).nationality_chart == []
    assert "Forced criminality 17" in text and "Female 17" in text
    for needle in ("Family0000", "Given0000", "张伟", "P0000000", "SD-2026"):
        assert needle not in text
    entry = [d for d in services.letters.disclosures() if d.id == issued.disclosure_id][0]
    assert entry.survivor_id is None and entry.kind == "export" and "period report" in entry.recipient


def test_report_refuses_an_impossible_request(services: Services) -> None:
    with pytest.raises(ValidationError, match="before its start"):
        services.reports.content(date(2026, 3, 31), date(2026, 3, 1))
    with pytest.raises(ValidationError, match="can be written in"):
        services.reports.content(date(2026, 3, 1), date(2026, 3, 31), language="xx")


def test_cli_report(cli_vault: Path, tmp_path: Path, capsys) -> None:
    out = tmp_path / "march.pdf"
    assert main(["--vault", str(cli_vault), "report", "--from", "2026-03-01", "--to", "2026-03-31",
                 "--lang", "zh", "--out", str(out)]) == 0
    assert out.read_bytes()[:5] == b"%PDF-" and out.stat().st_mode & 0o777 == 0o600
    assert "庇护所报告" in pdf_text(out.read_bytes(), tmp_path)
    assert main(["--vault", str(cli_vault), "report", "--from", "2026-03-31", "--to", "2026-03-01",
                 "--out", str(out)]) == 1
    assert "before its start" in capsys.readouterr().err
