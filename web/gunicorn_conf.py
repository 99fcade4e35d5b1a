"""gunicorn's settings for the web process (``--config python:web.gunicorn_conf``).

The access log names the path, never the query string: searches carry names and emails
(``/candidates?q=ada@example.com``), and a log outlives a candidate's erasure.
"""

accesslog = "-"
access_log_format = '%(h)s "%(m)s %(U)s %(H)s" %(s)s %(B)s %(M)sms'
