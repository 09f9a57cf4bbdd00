"""gunicorn's threaded worker, answering health probes before its request queue.

With gunicorn's own gthread worker a probe waits behind the page renders
queued for the worker's threads: under load ``/healthz`` takes seconds, a
proxy with a one-second probe timeout decides a busy process is dead, and
turns away the traffic that process was serving well (issue 16; the drill in
``hejnal/ops/fault_drill.py`` measures it). Here the worker's main thread, which
only accepts connections and hands them to the threads, reads the first bytes
of each new connection itself: a probe is answered on the spot, anything else
goes to the threads as before (one more turn of the main loop, no extra copy).

* ``/healthz``: 200 while the worker makes progress. "Busy" (every thread
  working, requests finishing) is alive; "stalled" (every thread taken and
  none finished for gunicorn's ``timeout``) answers 503, since the master
  only replaces a worker whose main loop stops.
* ``/readyz``: the database answers. A thread of the worker asks it (the
  same check as the ``/readyz`` view) at most every half second while probes
  come in, so the probe's answer is never older than that and never waits on
  the database itself; a check that hangs makes the answer "unavailable".

Only whole probe requests on new plain-HTTP connections (how Varnish, HAProxy,
nginx and systemd probes connect) are answered here; a probe on a kept-alive
connection or over TLS reaches the Django views of the same names.
"""

import contextlib
import errno
import json
import re
import selectors
import socket
import threading
import time
from functools import partial

from gunicorn.workers.gthread import TConn, ThreadWorker

from hejnal.ops.health import database_ready_anew

PROBE = re.compile(rb"^(GET|HEAD) /(healthz|readyz)(\?[^ ]*)? HTTP/1\.[01]\r\n")
END_OF_HEADERS = b"\r\n\r\n"
# Bytes read to recognise a probe: its request line and a few headers.
PEEK_BYTES = 2048


class Readiness:
    """The database's state, checked by a thread of its own while asked for."""

    CHECK_EVERY = 0.5  # seconds between checks while probes come in
    KEEP_CHECKING = 10.0  # seconds after the last probe
    TRUST_FOR = 3.0  # an answer older than this (a hung check) is "unavailable"

    def __init__(self, check=database_ready_anew):
        self._check = check
        self._wanted = threading.Event()
        self._asked_at = 0.0
        self._state = (False, "starting", 0.0)  # ready, detail, checked at
        self._thread = None

    def start(self):
        """Check from now on (for ``KEEP_CHECKING`` seconds unless asked)."""
        self._asked_at = time.monotonic()
        if self._thread is None:
            self._thread = threading.Thread(
                target=self._run, name="hejnal-readiness", daemon=True
            )
            self._thread.start()
        self._wanted.set()

    def answer(self):
        """(ready, detail) as last checked; keeps the checker going."""
        self.start()
        now = time.monotonic()
        ready, detail, checked_at = self._state
        if checked_at and now - checked_at > self.TRUST_FOR:
            return False, "check-timeout"
        return ready, detail

    def _run(self):
        while True:
            self._wanted.wait()
            ready, detail = self._check()
            self._state = (ready, detail, time.monotonic())
            if time.monotonic() - self._asked_at > self.KEEP_CHECKING:
                self._wanted.clear()
            time.sleep(self.CHECK_EVERY)


def _response(status, payload):
    body = json.dumps(payload).encode()
    reason = "OK" if status == 200 else "Service Unavailable"
    head = (
        f"HTTP/1.1 {status} {reason}\r\n"
        "Content-Type: application/json\r\n"
        f"Content-Length: {len(body)}\r\n"
        "Cache-Control: no-store\r\n"
        "Connection: close\r\n\r\n"
    ).encode()
    return head, body


class ProbeAnsweringWorker(ThreadWorker):
    """gthread worker whose main thread answers /healthz and /readyz."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.in_flight = 0
        self.last_finished = time.monotonic()
        self.readiness = Readiness()

    def load_wsgi(self):
        super().load_wsgi()
        # Django is set up: the first probe finds the database checked.
        self.readiness.start()

    # Progress, for /healthz. All three run on the main thread.
    def enqueue_req(self, conn):
        self.in_flight += 1
        super().enqueue_req(conn)

    def finish_request(self, conn, fs):
        self.in_flight -= 1
        self.last_finished = time.monotonic()
        super().finish_request(conn, fs)

    def stalled(self):
        return (
            self.in_flight >= self.cfg.threads
            and time.monotonic() - self.last_finished > self.cfg.timeout
        )

    # New connections: wait for their first bytes on the main loop.
    def accept(self, listener):
        if self.cfg.is_ssl:
            return super().accept(listener)
        try:
            client_sock, client_addr = listener.accept()
        except OSError as error:
            if error.errno in (errno.EAGAIN, errno.ECONNABORTED, errno.EWOULDBLOCK):
                return
            raise
        self.nr_conns += 1
        conn = TConn(self.cfg, client_sock, client_addr, listener.getsockname())
        conn.timeout = time.monotonic() + self.cfg.keepalive
        self.pending_conns.append(conn)
        self.poller.register(
            client_sock, selectors.EVENT_READ, partial(self.on_first_bytes, conn)
        )

    def on_first_bytes(self, conn, client):
        self.poller.unregister(client)
        self.pending_conns.remove(conn)
        try:
            head = conn.sock.recv(PEEK_BYTES, socket.MSG_PEEK)
        except BlockingIOError:
            head = None  # readable but nothing yet: the threads wait for it
        except OSError:
            self._drop(conn)
            return
        if head == b"":
            self._drop(conn)  # closed before saying anything
            return
        match = PROBE.match(head or b"")
        end = head.find(END_OF_HEADERS) if match else -1
        if end < 0:
            conn.data_ready = head is not None
            self.enqueue_req(conn)
            return
        self._answer_probe(conn, match, end + len(END_OF_HEADERS))

    def _answer_probe(self, conn, match, request_length):
        if match.group(2) == b"healthz":
            status = 503 if self.stalled() else 200
            payload = {"status": "ok" if status == 200 else "stalled"}
        else:
            ready, detail = self.readiness.answer()
            status = 200 if ready else 503
            payload = {"status": "ok" if ready else "unavailable", "database": detail}
        head, body = _response(status, payload)
        try:
            conn.sock.recv(request_length)  # consumed, so closing sends no RST
            conn.sock.settimeout(1.0)
            conn.sock.sendall(head if match.group(1) == b"HEAD" else head + body)
        except OSError:
            pass
        self._drop(conn, graceful=True)

    def _drop(self, conn, graceful=False):
        self.nr_conns -= 1
        with contextlib.suppress(OSError):
            conn.close(graceful=graceful)
