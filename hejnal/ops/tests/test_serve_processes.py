"""Two app processes (``manage.py serve``) on one host keep out of each other's
way: each serves its port and has a gunicorn control socket of its own, and
stopping one leaves the other's socket in place. Behind Varnish's director
(deploy/varnish/backends.vcl with a backend per process, as docs/deploy.md
says) both get requests, and the site keeps answering when one of them stops."""

import time

from gunicorn.ctl.client import ControlClient

from hejnal.ops.testing import (
    BACKENDS_VCL,
    AppServer,
    Varnish,
    backends_vcl,
    fetch,
    site_env,
)


def listeners(socket_path):
    with ControlClient(str(socket_path), timeout=5) as control:
        answer = control.send_command("show listeners")
    return [listener["address"] for listener in answer["listeners"]]


def test_two_app_processes_each_have_their_own_control_socket(tmp_path):
    run = tmp_path / "run"  # gunicorn's default folder for it; no ~/.gunicorn
    run.mkdir(mode=0o700)
    env = site_env(
        tmp_path, f"sqlite:///{tmp_path / 'site.sqlite3'}", XDG_RUNTIME_DIR=str(run)
    )
    # No scheduler run in the test's few seconds: the database stays empty.
    first = AppServer(env, tmp_path, name="app-1", workers=1, interval=3600)
    second = AppServer(env, tmp_path, name="app-2", workers=1, interval=3600)
    try:
        assert sorted(p.name for p in run.iterdir()) == sorted(
            f"hejnal-{server.port}.ctl" for server in (first, second)
        )
        for server in (first, second):
            assert fetch(f"{server.base}/healthz")[0] == 200
            own = listeners(run / f"hejnal-{server.port}.ctl")
            assert own == [f"http://127.0.0.1:{server.port}"]

        second.stop()
        assert listeners(run / f"hejnal-{first.port}.ctl") == [
            f"http://127.0.0.1:{first.port}"
        ]
        assert fetch(f"{first.base}/healthz")[0] == 200
    finally:
        first.stop()
        second.stop()
    for server in (first, second):
        log = server.log()
        assert f"Control socket listening at {run}/hejnal-{server.port}.ctl" in log
        # While both served: gunicorn's asyncio control server may print a
        # cancelled-callback traceback as it shuts down, which says nothing
        # about two processes sharing a socket.
        serving = log.split("Handling signal")[0]
        for complaint in ("[WARNING]", "[ERROR]", "[CRITICAL]", "Traceback"):
            assert complaint not in serving, log


def test_the_shipped_backends_file_is_the_one_process_case():
    assert backends_vcl([8000]) == BACKENDS_VCL.read_text()


def test_two_app_processes_behind_the_director_share_the_requests(tmp_path):
    run = tmp_path / "run"
    run.mkdir(mode=0o700)
    env = site_env(
        tmp_path, f"sqlite:///{tmp_path / 'site.sqlite3'}", XDG_RUNTIME_DIR=str(run)
    )
    apps = [
        AppServer(env, tmp_path, name=f"app-{n}", workers=1, interval=3600)
        for n in (1, 2)
    ]
    varnish = None
    try:
        varnish = Varnish(tmp_path, [a.port for a in apps])
        # Each URL is new to the cache, so each request reaches a process.
        for n in range(8):
            assert fetch(f"{varnish.base}/robots.txt?n={n}")[0] == 200
        for app in apps:
            assert "/robots.txt?n=" in app.log()

        apps[1].stop()
        statuses, deadline, n = [], time.monotonic() + 15, 100
        while statuses[-10:] != [200] * 10 and time.monotonic() < deadline:
            n += 1
            statuses.append(fetch(f"{varnish.base}/robots.txt?n={n}")[0])
            time.sleep(0.2)
        assert statuses[-10:] == [200] * 10, statuses
    finally:
        for process in (varnish, *apps):
            if process is not None:
                process.stop()
