"""Helpers for tests of the tools on a case (selfhelp.cases.tools) and of their changes to it."""

from django.template.loader import render_to_string
from django.utils import timezone

from selfhelp.cases import history, tools


class Broken(Exception):
    pass


def break_history(monkeypatch):
    """From now on, writing a history line fails (as a lost connection would), after the rows are written."""

    def fail(*args, **kwargs):
        raise Broken

    monkeypatch.setattr(history, "record", fail)


def tool_line(case, name: str, request=None) -> str:
    """The line the tool ``name`` shows on the case home page, rendered as the page does; "" if none."""
    for line in tools.status_lines(case, timezone.localdate()):
        if line.tool == name:
            return render_to_string(line.template, {"case": case, "status": line.status}, request)
    return ""
