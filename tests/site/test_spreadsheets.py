"""The one guard for spreadsheet cells (selfhelp.spreadsheets)."""

import csv
import io

import pytest

from selfhelp.spreadsheets import cell, csv_bytes


@pytest.mark.parametrize(
    "typed", ["=1+1", "+1+1", "-1+1", "@SUM(1)", "\t=1+1", "\r=1+1", "\n=1", "＝1+1", '=HYPERLINK("x")']
)
def test_a_cell_a_spreadsheet_would_run_is_kept_as_text(typed):
    assert cell(typed) == "'" + typed


@pytest.mark.parametrize("typed", ["1", "7, 9", "Amnesty report", "", "2026-11-20", "12.50", "'=1"])
def test_other_cells_are_as_typed(typed):
    assert cell(typed) == typed


def test_none_is_an_empty_cell():
    assert cell(None) == ""


def test_every_cell_of_a_table_is_guarded_header_included():
    content = csv_bytes(["=Header", "Name"], [["1", "=1+1"], ["@SUM(1)", "-1+1"]])

    assert content.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(content.decode("utf-8-sig"))))
    assert rows == [["'=Header", "Name"], ["1", "'=1+1"], ["'@SUM(1)", "'-1+1"]]
    assert content.endswith(b"\r\n")
