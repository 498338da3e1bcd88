"""gunicorn settings: `gunicorn -c gunicorn.conf.py selfhelp.wsgi`.

The access log leaves out query strings (%(U)s is the path alone): a GET form's answers, such as the
dates in a deadline calculation, must not reach a log.
"""

import os

bind = os.environ.get("BIND", "0.0.0.0:8000")
workers = int(os.environ.get("WEB_CONCURRENCY", "3"))
accesslog = "-"
access_log_format = '%(h)s "%(m)s %(U)s" %(s)s %(b)s %(L)ss'
# A PDF of a long letter takes a few seconds to lay out, and reading 20 photographed pages of a refusal
# letter with OCR takes up to about a minute (2–3 s a page).
timeout = 120
