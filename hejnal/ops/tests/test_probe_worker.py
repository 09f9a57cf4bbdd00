"""gunicorn's workers answer /healthz and /readyz before their request queue
(hejnal/ops/gunicorn_worker.py): a busy process says it is alive, a stalled
one says it is not, and readiness tells whether the database answers."""

import json
import socket
import sys
import threading

import pytest

from hejnal.ops.testing import (
    ROOT,
    AppServer,
    Process,
    fetch,
    free_port,
    site_env,
    wait_for,
)

WORKER = "hejnal.ops.gunicorn_worker.ProbeAnsweringWorker"


class BlockingServer(Process):
    """gunicorn with one worker of ``threads`` threads serving blocking_app."""

    def __init__(self, folder, worker=WORKER, threads=2, timeout=30):
        self.port = free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        self.release = folder / "release"
        self.entered = folder / "entered"
        self.entered.mkdir()
        self.threads = threads
        env = {
            "HEJNAL_TEST_RELEASE": str(self.release),
            "HEJNAL_TEST_ENTERED": str(self.entered),
            "PATH": "/usr/bin:/bin",
        }
        super().__init__(
            [
                sys.executable,
                "-m",
                "gunicorn",
                "--bind",
                f"127.0.0.1:{self.port}",
                "--workers",
                "1",
                "--threads",
                str(threads),
                "--worker-class",
                worker,
                "--timeout",
                str(timeout),
                "--no-control-socket",
                "hejnal.ops.tests.blocking_app:app",
            ],
            folder / "gunicorn.log",
            env={**env, "PYTHONPATH": str(ROOT)},
        )
        wait_for(lambda: fetch(f"{self.base}/ping", timeout=2)[0] == 200)

    def occupy_threads(self, count):
        """``count`` requests to /block, left waiting; returns their results."""
        results = []

        def blocked():
            results.append(fetch(f"{self.base}/block", timeout=90)[2])

        threads = [threading.Thread(target=blocked) for _ in range(count)]
        for thread in threads:
            thread.start()
        # Every thread of the worker is taken before the test goes on.
        wait_for(
            lambda: len(list(self.entered.iterdir())) == min(count, self.threads),
            what="blocked requests",
        )
        return threads, results


@pytest.fixture
def server(tmp_path):
    server = BlockingServer(tmp_path)
    yield server
    server.release.touch()
    server.stop()


def test_a_busy_worker_answers_the_probe_while_its_threads_work(server):
    threads, results = server.occupy_threads(4)  # 2 threads, 2 more queued
    try:
        status, headers, body = fetch(f"{server.base}/healthz", timeout=5)
        assert status == 200 and json.loads(body) == {"status": "ok"}
        assert headers["Cache-Control"] == "no-store"
        # Answered while every /block request still waits.
        assert results == []
    finally:
        server.release.touch()
        for thread in threads:
            thread.join(timeout=30)
    assert results == [b"released"] * 4


def test_with_gunicorns_own_worker_the_probe_waits_behind_the_queue(tmp_path):
    """What the worker fixes: the same probe, with gthread, times out."""
    server = BlockingServer(tmp_path, worker="gthread")
    threads, _results = server.occupy_threads(4)
    try:
        with pytest.raises(OSError):  # socket.timeout, a subclass
            fetch(f"{server.base}/healthz", timeout=2)
    finally:
        server.release.touch()
        for thread in threads:
            thread.join(timeout=30)
        server.stop()


def test_a_stalled_worker_says_so(tmp_path):
    server = BlockingServer(tmp_path, timeout=2)
    threads, _results = server.occupy_threads(2)
    try:
        wait_for(
            lambda: fetch(f"{server.base}/healthz", timeout=2)[0] == 503,
            timeout=10,
            what="stalled worker",
        )
        assert json.loads(fetch(f"{server.base}/healthz")[2]) == {"status": "stalled"}
    finally:
        server.release.touch()
        for thread in threads:
            thread.join(timeout=30)
    # Requests finished: alive again.
    assert fetch(f"{server.base}/healthz")[0] == 200
    server.stop()


def raw(port, payload, pause=None, rest=b""):
    with socket.create_connection(("127.0.0.1", port), timeout=5) as sock:
        sock.sendall(payload)
        if pause:
            threading.Event().wait(pause)
            sock.sendall(rest)
        chunks = []
        while chunk := sock.recv(65536):
            chunks.append(chunk)
    return b"".join(chunks)


def test_head_probe_has_no_body_and_other_requests_reach_the_app(server):
    answer = raw(server.port, b"HEAD /healthz HTTP/1.1\r\nHost: x\r\n\r\n")
    assert answer.startswith(b"HTTP/1.1 200 OK\r\n") and answer.endswith(b"\r\n\r\n")
    assert fetch(f"{server.base}/healthzzz")[2] == b"app answered /healthzzz"
    assert fetch(f"{server.base}/other?healthz")[2] == b"app answered /other"


def test_a_probe_sent_in_pieces_is_answered_by_the_app(server):
    answer = raw(
        server.port,
        b"GET /healthz HTTP/1.1\r\n",
        pause=0.3,
        rest=b"Host: x\r\nConnection: close\r\n\r\n",
    )
    assert answer.startswith(b"HTTP/1.1 200 OK") and b"app answered /healthz" in answer


def test_readiness_follows_the_database(tmp_path):
    """The real app under ``manage.py serve``: on a database that does not
    answer, /readyz fails with the reason while /healthz stays up."""
    dead = f"postgres://postgres@127.0.0.1:{free_port()}/nothing"
    app = AppServer(site_env(tmp_path, dead), tmp_path, workers=1, interval=3600)
    try:
        status, _headers, body = fetch(f"{app.base}/readyz")
        assert status == 503
        assert json.loads(body) == {
            "status": "unavailable",
            "database": "OperationalError",
        }
        assert fetch(f"{app.base}/healthz")[0] == 200
    finally:
        app.stop()


def test_readiness_answers_ok_on_a_working_database(tmp_path):
    app = AppServer(
        site_env(tmp_path, f"sqlite:///{tmp_path / 'site.sqlite3'}"),
        tmp_path,
        workers=1,
        interval=3600,
    )
    try:
        wait_for(lambda: fetch(f"{app.base}/readyz")[0] == 200, timeout=10)
        assert json.loads(fetch(f"{app.base}/readyz")[2]) == {
            "status": "ok",
            "database": "ok",
        }
    finally:
        app.stop()
