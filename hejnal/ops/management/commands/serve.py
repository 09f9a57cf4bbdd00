"""``manage.py serve``: the production app server and the publishing scheduler.

By default both, as ``make serve`` runs them. With several app processes on a
host (``deploy/systemd/hejnal@.service``), each runs ``serve --no-scheduler``
and one ``serve --scheduler-only`` publishes (deploy/systemd/
hejnal-scheduler.service); the scheduler's lock in the database also keeps several
from publishing the same page twice.
"""

import os
import signal
import subprocess
import sys
import threading
import time

from django.conf import settings
from django.core.management.base import BaseCommand

from hejnal.ops.scheduler import run_due


class Command(BaseCommand):
    help = (
        "Run the app under gunicorn (deploy/gunicorn.conf.py) and, beside it, "
        "publish and expire scheduled pages on time."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--bind",
            default=f"127.0.0.1:{os.environ.get('PORT', '8000')}",
            help="address:port to listen on (default 127.0.0.1:$PORT or :8000)",
        )
        parser.add_argument("--workers", type=int, help="gunicorn worker processes")
        parser.add_argument(
            "--interval",
            type=float,
            default=15.0,
            help="seconds between checks for due publishing (default 15)",
        )
        role = parser.add_mutually_exclusive_group()
        role.add_argument(
            "--no-scheduler",
            dest="scheduler",
            action="store_false",
            help="gunicorn only; another process runs `serve --scheduler-only`",
        )
        role.add_argument(
            "--scheduler-only",
            dest="app",
            action="store_false",
            help="publish and expire scheduled pages, without the app server",
        )

    def handle(self, *args, bind, workers, interval, scheduler, app, **options):
        server = None
        if app:
            command = [
                sys.executable,
                "-m",
                "gunicorn",
                "--config",
                str(settings.BASE_DIR / "deploy" / "gunicorn.conf.py"),
                "--bind",
                bind,
            ]
            if workers:
                command += ["--workers", str(workers)]
            server = subprocess.Popen([*command, "hejnal.wsgi:application"])
        stopping = threading.Event()

        def stop(signum, frame):
            stopping.set()
            if server is not None and server.poll() is None:
                server.send_signal(signal.SIGTERM)

        def reload(signum, frame):
            # systemctl reload: gunicorn replaces its workers gracefully.
            if server is not None and server.poll() is None:
                server.send_signal(signal.SIGHUP)

        signal.signal(signal.SIGTERM, stop)
        signal.signal(signal.SIGINT, stop)
        signal.signal(signal.SIGHUP, reload)
        if app:
            self.stdout.write(f"Serving on http://{bind}/")
        if scheduler:
            self.stdout.write(f"Scheduled publishing every {interval:g} s")
        self.stdout.flush()
        next_run = time.monotonic() + interval
        try:
            # Wake at least every second to notice a gunicorn that exited.
            while not stopping.wait(min(1.0, interval)):
                if server is not None and server.poll() is not None:
                    break
                if scheduler and time.monotonic() >= next_run:
                    run_due()
                    next_run = time.monotonic() + interval
        finally:
            if server is not None:
                if server.poll() is None:
                    server.terminate()
                code = server.wait()
        if server is not None and code and not stopping.is_set():
            sys.exit(code)
