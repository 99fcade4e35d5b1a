"""Flower's configuration file (the Procfile passes ``--conf=worker/flowerconfig.py``;
Flower executes it at start-up).

Flower serves ``/metrics`` (task names, worker names, queue lengths, counts) without
authentication even when its UI and API ask for basic auth. Here it asks for the same
credentials; a Prometheus scraper sends them (``basic_auth`` in its scrape config).
"""

import tornado.web
from flower.views import monitor

if not getattr(monitor.Metrics.get, "__wrapped__", None):
    monitor.Metrics.get = tornado.web.authenticated(monitor.Metrics.get)
