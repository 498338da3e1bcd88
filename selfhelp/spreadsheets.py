"""Tables a person opens in a spreadsheet (CSV), with every cell through one guard.

No Django. A spreadsheet runs a cell that starts with =, +, - or @ (or a tab or carriage return before
one) as a formula: typed text such as "=HYPERLINK(…)" or "@SUM(1)" would run on the computer of whoever
opens the file. :func:`cell` gives such a cell a leading apostrophe, so it is shown as typed and never
run (OWASP, "CSV Injection"); :func:`csv_bytes` writes a whole table with every cell, the header
included, through it. Every CSV the site writes is made by :func:`csv_bytes`.
"""

import csv
import io

# The ASCII starts, and their full-width forms, which some spreadsheets also read as formulas.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\n", "\uff1d", "\uff0b", "\uff0d", "\uff20")


def cell(value) -> str:
    """A cell as typed, never read as a formula."""
    text = "" if value is None else str(value)
    return f"'{text}" if text.startswith(FORMULA_STARTS) else text


def csv_bytes(header, rows) -> bytes:
    """The table as CSV: UTF-8 with a byte order mark (so Excel reads it as UTF-8), CRLF line ends, and
    every cell guarded by :func:`cell`."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow([cell(value) for value in header])
    writer.writerows([cell(value) for value in row] for row in rows)
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")
