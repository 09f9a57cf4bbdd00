"""gunicorn settings for Hejnał (``make serve``; docs/deploy.md).

Threads per worker: Django pages wait on the database more than they compute,
so a few threads per process serve more readers per MB than more processes.
Measured against 3 x 2, 2 x 2 and 2 x 1 on two cores: docs/benchmarks.md (Load).
Everything can be overridden from the command line or GUNICORN_CMD_ARGS.
"""

import multiprocessing
import os

bind = f"{os.environ.get('HOST', '127.0.0.1')}:{os.environ.get('PORT', '8000')}"
workers = int(os.environ.get("WEB_CONCURRENCY", multiprocessing.cpu_count() * 2))
worker_class = "gthread"
threads = 4
# Recycle workers now and then so a slow leak can never take a process down.
max_requests = 5000
max_requests_jitter = 500
timeout = 30
graceful_timeout = 20
keepalive = 5
accesslog = "-"
errorlog = "-"
forwarded_allow_ips = os.environ.get("FORWARDED_ALLOW_IPS", "127.0.0.1")
