"""Keep personal data out of logs.

Query strings can hold what a person typed into a GET form (the deadline calculator puts dates there),
so request lines are logged without them.
"""

import logging
import re

QUERY = re.compile(r"\?\S*")


class WithoutPersonalData(logging.Filter):
    def filter(self, record):
        if record.args and isinstance(record.args, tuple):
            record.args = tuple(QUERY.sub("", arg) if isinstance(arg, str) else arg for arg in record.args)
        if isinstance(record.msg, str):
            record.msg = QUERY.sub("", record.msg)
        return True
