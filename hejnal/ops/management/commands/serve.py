"""``manage.py serve``: the production app server and the publishing scheduler."""

import os
import signal
import subprocess
import sys
import threading

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

    def handle(self, *args, bind, workers, interval, **options):
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
            if server.poll() is None:
                server.send_signal(signal.SIGTERM)

        signal.signal(signal.SIGTERM, stop)
        signal.signal(signal.SIGINT, stop)
        self.stdout.write(
            f"Serving on http://{bind}/ — scheduled publishing every {interval:g} s"
        )
        try:
            while not stopping.wait(interval):
                if server.poll() is not None:
                    break
                run_due()
        finally:
            if server.poll() is None:
                server.terminate()
            code = server.wait()
        if code and not stopping.is_set():
            sys.exit(code)
