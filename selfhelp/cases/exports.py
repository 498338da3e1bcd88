"""The documents of a case in 'Download everything': its summary PDF, then every tool's files.

Each tool gives its files through the registry of tools on a case (selfhelp.cases.tools).
"""

from selfhelp.cases import tools
from selfhelp.cases.documents import case_summary_pdf


def documents_for(case, request=None):
    """(file name, bytes) pairs: the case's summary PDF, then each registered tool's documents."""
    yield from case_summary_pdf(case, request)
    yield from tools.documents(case, request)


def register(function):
    """Register a tool that gives only documents (``function(case, request)``), named after its app.

    Kept for tools written before selfhelp.cases.tools: prefer ``tools.register(tools.Tool(...))``, which
    also takes the tool's status line, dates, calendar events and models.
    """
    tools.register(tools.Tool(name=function.__module__.split(".")[1], documents=function))
    return function
