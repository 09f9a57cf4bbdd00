"""Two app processes (``manage.py serve``) on one host keep out of each other's
way: each serves its port and has a gunicorn control socket of its own, and
stopping one leaves the other's socket in place."""

from gunicorn.ctl.client import ControlClient

from hejnal.ops.testing import AppServer, fetch, site_env


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
        for complaint in ("[WARNING]", "[ERROR]", "[CRITICAL]", "Traceback"):
            assert complaint not in log, log
