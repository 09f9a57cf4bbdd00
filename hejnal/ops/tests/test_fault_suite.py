"""The fault suite: the production stack under 64 connections of
cached and uncached traffic while its parts fail, with the real servers
(hejnal/ops/fault_drill.py): two app processes behind Varnish with the
project's VCL, on a PostgreSQL cluster and a Redis of the suite's own.

While any app process lives Varnish never answers with an error of its own;
with no fault, a worker killed, a whole app process killed or Redis killed,
readers get no error at all; with the database stopped, every page cached
before is served stale throughout, never-cached pages get the app's branded
503 with Retry-After, an editor's publish fails cleanly and writes nothing
half, and the site recovers within 2 s of the database's return.

One stack for the module, ~9 s of load per scenario (HEJNAL_FAULT_SECONDS
changes it); benchmarks/faults.py prints the same runs as a table.
HEJNAL_FAULT_ROOT=PATH runs the suite against another checkout of the project
(its manage.py, settings and VCL), e.g. an older commit, to see it fail there.
"""

import os
import shutil
from pathlib import Path

import pytest

from hejnal.ops.fault_drill import FaultDrill
from hejnal.ops.testing import ROOT, in_sqlite_pass

# The drill runs a site on its own PostgreSQL cluster whatever the pass: in
# the SQLite pass, which is the shorter one.
pytestmark = in_sqlite_pass

NEEDED = {"wrk": "wrk", "varnishd": "varnish", "redis-server": "redis-server"}


@pytest.fixture(scope="module")
def drill(tmp_path_factory):
    missing = [
        package
        for program, package in NEEDED.items()
        if not (shutil.which(program) or Path("/usr/sbin", program).exists())
    ]
    if missing:
        pytest.skip(
            "the fault suite needs wrk, Varnish and Redis: "
            f"apt-get install -y {' '.join(missing)}"
        )
    seconds = float(os.environ.get("HEJNAL_FAULT_SECONDS", "9"))
    # Stops every server it started, also when starting or a test fails.
    root = Path(os.environ.get("HEJNAL_FAULT_ROOT") or ROOT)
    folder = tmp_path_factory.mktemp("fault-drill")
    with FaultDrill(folder, root=root, duration=seconds) as it:
        yield it


def run(drill, scenario):
    result = drill.run(scenario)
    assert not result.problems, "\n".join(result.problems)
    return result


def test_a_busy_site_with_no_fault_answers_every_request(drill):
    run(drill, "none")


def test_a_killed_worker_costs_readers_nothing(drill):
    run(drill, "worker")


def test_a_killed_app_process_costs_readers_nothing_while_the_other_serves(drill):
    run(drill, "process")


def test_redis_killed_and_restarted_costs_readers_nothing(drill):
    run(drill, "redis")


def test_database_stopped_stale_pages_stay_the_rest_get_a_branded_503(drill):
    result = run(drill, "postgres")
    assert result.cached_200_in_fault
