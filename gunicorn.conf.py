"""gunicorn settings: `gunicorn -c gunicorn.conf.py selfhelp.wsgi`.

The access log leaves out query strings (%(U)s is the path alone): a GET form's answers, such as the
dates in a deadline calculation, must not reach a log.
"""

import os

bind = os.environ.get("BIND", "0.0.0.0:8000")
workers = int(os.environ.get("WEB_CONCURRENCY", "3"))
accesslog = "-"
access_log_format = '%(h)s "%(m)s %(U)s" %(s)s %(b)s %(L)ss'
# PDFs of long letters take a few seconds to lay out.
timeout = 60
