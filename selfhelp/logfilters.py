"""Keep personal data out of logs.

Query strings can hold what a person typed into a GET form (the deadline calculator puts dates there),
so request lines are logged without them. An exception's message can quote what was typed (Python's
``int("abc")`` says "invalid literal for int() with base 10: 'abc'", a date parser quotes the date), so
a logged exception keeps its traceback (the files, lines and code that failed) and the names of the
exceptions, but none of their messages. Django's security warnings (a bad Host header, a request too
large) quote the request itself; they are logged by the kind of problem alone.
"""

import logging
import re
import traceback

QUERY = re.compile(r"\?\S*")


def scrubbed_traceback(exception: BaseException) -> str:
    """The traceback of ``exception`` and of the exceptions it came from, with each exception's type
    and no message."""
    chain = []
    seen = set()
    while exception is not None and id(exception) not in seen:
        seen.add(id(exception))
        chain.append(exception)
        exception = exception.__cause__ or (None if exception.__suppress_context__ else exception.__context__)
    parts = []
    for position, failure in enumerate(reversed(chain)):
        if position:
            parts.append("\nDuring handling of the above exception, another exception occurred:\n\n")
        parts.append("Traceback (most recent call last):\n")
        parts.extend(traceback.format_tb(failure.__traceback__))
        kind = type(failure)
        parts.append(f"{kind.__module__}.{kind.__qualname__} (message left out)\n")
    return "".join(parts).rstrip("\n")


class WithoutPersonalData(logging.Filter):
    def filter(self, record):
        if record.args and isinstance(record.args, tuple):
            record.args = tuple(QUERY.sub("", arg) if isinstance(arg, str) else arg for arg in record.args)
        if isinstance(record.msg, str):
            record.msg = QUERY.sub("", record.msg)
        exception = record.exc_info[1] if record.exc_info else None
        if exception is not None:
            record.exc_text = scrubbed_traceback(exception)
            record.exc_info = None  # no handler after this one formats the messages again
        if record.name.startswith("django.security"):
            kind = type(exception).__name__ if exception is not None else record.name.rsplit(".", 1)[-1]
            record.msg, record.args = "Refused a request: %s (details left out)", (kind,)
        return True
