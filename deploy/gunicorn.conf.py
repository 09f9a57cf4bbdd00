"""gunicorn settings for Hejnał (``make serve``; docs/deploy.md).

Threads per worker: Django pages wait on the database more than they compute,
so a few threads per process serve more readers per MB than more processes.
Measured against 3 x 2, 2 x 2 and 2 x 1 on two cores: docs/benchmarks.md (Load).
Everything can be overridden from the command line or GUNICORN_CMD_ARGS.

Control socket (``gunicornc``): one per app process, named for the port it
listens on, ``hejnal-8000.ctl``, in ``$RUNTIME_DIRECTORY`` (systemd's
``RuntimeDirectory=``), else ``$XDG_RUNTIME_DIR``, else ``~/.gunicorn/``.
gunicorn's default is one path per user, so two app processes on one host
would take it from each other (the last one started wins, and the first one
stopped deletes it for both). ``--control-socket PATH`` or
``--no-control-socket`` still decide when given.
"""

import multiprocessing
import os
import re

bind = f"{os.environ.get('HOST', '127.0.0.1')}:{os.environ.get('PORT', '8000')}"
workers = int(os.environ.get("WEB_CONCURRENCY", multiprocessing.cpu_count() * 2))
worker_class = "hejnal.ops.gunicorn_worker.ProbeAnsweringWorker"
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


def _own_control_socket(server):
    """``hejnal-<port>.ctl`` beside gunicorn's default control socket."""
    setting = server.cfg.settings["control_socket"]
    if server.cfg.control_socket_disable or setting.value != setting.default:
        return  # disabled, or a path given on purpose
    address = server.LISTENERS[0].sock.getsockname() if server.LISTENERS else None
    if isinstance(address, tuple):
        name = str(address[1])
    else:  # a unix socket: its file name
        name = re.sub(r"[^A-Za-z0-9_.-]", "_", os.path.basename(str(address or "")))
    if server.master_pid:  # a new master started by USR2 beside the old one
        name += ".2"
    runtime = os.environ.get("RUNTIME_DIRECTORY", "").split(":")[0]
    folder = runtime or os.path.dirname(setting.default)
    server.cfg.set("control_socket", os.path.join(folder, f"hejnal-{name}.ctl"))


def when_ready(server):
    # Listeners are bound; the control socket starts after this.
    _own_control_socket(server)
