"""One contract for "a tool on a case": what each tool adds to a case's pages and files.

A tool (the deadlines, the refusal letter, the evidence plan, the file request) registers one
:class:`Tool` in its ``AppConfig.ready()``. The cases app never imports a tool: its home page, its list
of cases and "download everything" walk the registry, and the case's calendar file (built by the
deadlines tool, which owns calendar files) walks it too. A new tool is covered by registering itself.

What a tool may give, each optional:

- ``status(case, today)``: its state on the case, or None when it has nothing there yet; the case home
  page shows it as one line with ``status_template`` (the template gets ``case`` and ``status``).
- ``dates(case, today)``: its dates at a glance (:class:`Dates`); the case list and home page show the
  soonest date of all tools and whether anything has passed.
- ``calendar_events(case, today, absolute)``: its dates as calendar events (objects with ``title``,
  ``date``, ``description``, ``uid`` and ``time``, see selfhelp.deadlines.calendar.Event) for the case's
  calendar file; ``absolute(path)`` makes a link to one of its pages absolute ("" when there is no
  request to build it from).
- ``documents(case, request)``: the files it adds to "download everything", as (name, bytes) pairs.
- ``models``: the models (``"app_label.ModelName"``) that hold its rows on a case. "Download
  everything" exports, and deleting a case deletes, every row that cascades from the case
  (selfhelp.accounts.export.rows_of, Django's deletion); the registry's test checks that every model
  reached that way is the case's own or a registered tool's, and that every tool's models are reached,
  so no tool's rows are left out of either.

Tools are walked in the order they are registered (the order of INSTALLED_APPS).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, time
from typing import Any


@dataclass(frozen=True)
class Dates:
    """A tool's dates on a case at a glance.

    ``upcoming``: entries from today on, soonest first, each with ``title``, ``date``, ``days_left`` and
    ``is_rule`` (a deadline from the rules, or a date the person added); ``passed``: how many deadlines
    have passed; ``needs_dates``: the tool could count dates if the case had the facts it needs;
    ``warnings``: what the person could lose, shown above everything (pairs of HTML and its English).
    """

    upcoming: Sequence[Any] = ()
    passed: int = 0
    needs_dates: bool = False
    warnings: tuple = ()


@dataclass(frozen=True)
class Tool:
    name: str
    status: Callable[[Any, date], Any] | None = None
    status_template: str = ""
    dates: Callable[[Any, date], Dates] | None = None
    calendar_events: Callable[[Any, date, Callable[[str], str]], Iterable[Any]] | None = None
    documents: Callable[[Any, Any], Iterable[tuple[str, bytes]]] | None = None
    models: tuple[str, ...] = ()
    # Related names to prefetch on many cases at once, for ``dates`` on the case list.
    prefetch: tuple[str, ...] = ()


TOOLS: list[Tool] = []


def register(tool: Tool) -> Tool:
    """Add ``tool`` to the registry; registering the same name again replaces it, in its place."""
    for index, known in enumerate(TOOLS):
        if known.name == tool.name:
            TOOLS[index] = tool
            return tool
    TOOLS.append(tool)
    return tool


@dataclass(frozen=True)
class StatusLine:
    tool: str
    template: str
    status: Any


def status_lines(case, today: date) -> list[StatusLine]:
    """Each tool's one line for the case home page, for the tools that have something on the case."""
    lines = []
    for tool in TOOLS:
        if tool.status is None or not tool.status_template:
            continue
        status = tool.status(case, today)
        if status is not None:
            lines.append(StatusLine(tool.name, tool.status_template, status))
    return lines


def dates(case, today: date) -> Dates:
    """Every tool's dates on the case together: upcoming soonest first, counts and warnings added up."""
    found = [tool.dates(case, today) for tool in TOOLS if tool.dates is not None]
    upcoming = sorted((entry for one in found for entry in one.upcoming), key=lambda entry: entry.date)
    return Dates(
        upcoming=tuple(upcoming),
        passed=sum(one.passed for one in found),
        needs_dates=any(one.needs_dates for one in found),
        warnings=tuple(warning for one in found for warning in one.warnings),
    )


def calendar_events(case, today: date, absolute: Callable[[str], str] = lambda path: "") -> list[Any]:
    """Every tool's calendar events for the case, soonest first."""
    events = [
        event
        for tool in TOOLS
        if tool.calendar_events is not None
        for event in tool.calendar_events(case, today, absolute)
    ]
    # Soonest first; on one day, all-day events before timed ones; otherwise in the tools' order.
    return sorted(events, key=lambda event: (event.date, event.time or time.min))


def documents(case, request=None) -> Iterable[tuple[str, bytes]]:
    """Every tool's files for "download everything", as (name, bytes) pairs."""
    for tool in TOOLS:
        if tool.documents is not None:
            yield from tool.documents(case, request)


def prefetches() -> list[str]:
    """The related names every tool wants prefetched when many cases are summarised at once."""
    return [name for tool in TOOLS for name in tool.prefetch]
