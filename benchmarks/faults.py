"""The fault drill under load, as a table for docs/benchmarks.md.

Runs hejnal/ops/fault_drill.py: two app processes (2 workers each) behind
Varnish on a PostgreSQL cluster and a Redis of their own, wrk at 64
connections of mixed cached and uncached traffic (benchmarks/faults.lua), and
in turn no fault, a worker killed, an app process killed and restarted, Redis
killed and restarted, PostgreSQL stopped and started. Prints one markdown row
per scenario, then the problems the drill found.

    .venv/bin/python benchmarks/faults.py [--duration 30] [--root PATH]

``--root`` runs the drill against another checkout of the project (its
manage.py, settings and VCL, with this checkout's Python), e.g. an older
commit: ``git worktree add /tmp/hejnal-before <commit>``. Needs wrk, varnishd,
redis-server and PostgreSQL's server binaries, and the test dependencies
(``make install-test``).
"""

import argparse
import datetime
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

try:
    from hejnal.ops.fault_drill import SCENARIOS, FaultDrill
except ModuleNotFoundError as error:  # the drill uses the test helpers
    sys.exit(
        f"benchmarks/faults.py needs the test dependencies ({error}): "
        "run `make install-test` first"
    )


def say(message=""):
    print(message, flush=True)


def errors_cell(result, origin):
    by = {k: v for k, v in result.errors_by().items() if k.endswith(" " + origin)}
    if not by:
        return "0"
    return ", ".join(f"{count:,} × {key.split()[0]}" for key, count in by.items())


def table(results):
    lines = [
        "| scenario | requests | req/s | req/s uncached | errors, app "
        "| errors, Varnish | socket errors | p99 ms | recovery s "
        "| cached URL 200 in the fault |",
        "|---|---|---|---|---|---|---|---|---|---|",
    ]
    for r in results:
        recovery = "—" if r.recovery_s is None else f"{r.recovery_s:.2f}"
        if r.recovery_s is None and r.scenario != "none":
            recovery = "not within 15 s"
        stale = {None: "—", True: "yes", False: "no"}[r.cached_200_in_fault]
        lines.append(
            f"| {r.label} | {r.requests:,} | {r.rps:,.0f} | {r.uncached_rps:,.0f} "
            f"| {errors_cell(r, 'app')} "
            f"| {errors_cell(r, 'varnish')} | {r.socket_errors} | {r.p99_ms:,.0f} "
            f"| {recovery} | {stale} |"
        )
    return "\n".join(lines)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--duration", type=float, default=30, help="seconds of load")
    parser.add_argument(
        "--root", type=Path, default=ROOT, help="the checkout to run (default: this)"
    )
    parser.add_argument(
        "--scenarios",
        default=",".join(SCENARIOS),
        help=f"comma-separated, of {', '.join(SCENARIOS)} (default: all)",
    )
    args = parser.parse_args()
    scenarios = args.scenarios.split(",")
    commit = subprocess.run(
        ["git", "-C", str(args.root), "log", "-1", "--format=%h %s"],
        capture_output=True,
        text=True,
    ).stdout.strip()
    say(
        f"Fault drill, {datetime.date.today()}, {os.cpu_count()} cores; "
        f"{args.duration:g} s of load per scenario at 64 connections"
    )
    say(f"tree: {args.root} ({commit[:90]})")
    started = time.monotonic()
    results = []
    with (
        tempfile.TemporaryDirectory(prefix="hejnal-faults-") as temp,
        FaultDrill(
            Path(temp), root=args.root, duration=args.duration, say=say
        ) as drill,
    ):
        for scenario in scenarios:
            result = drill.run(scenario)
            results.append(result)
            say(
                f"  {result.requests:,} requests, {result.rps:,.0f} req/s, "
                f"errors {result.errors_by() or 0}, recovery {result.recovery_s}"
            )
    say(f"\n== Results ({time.monotonic() - started:.0f} s in all)\n")
    say(table(results))
    by = {r.scenario: r for r in results}
    if "none" in by and "redis" in by:
        for what, attr in (("all", "rps"), ("uncached", "uncached_rps")):
            down, up = getattr(by["redis"], attr), getattr(by["none"], attr)
            say(
                f"\nRedis down, {what}: {down:,.0f} req/s = {down / up:.0%} of the "
                f"no-fault run's {up:,.0f} (promised: >= 80 %)"
            )
    notes = [note for r in results for note in r.notes]
    problems = [problem for r in results for problem in r.problems]
    for note in notes:
        say(f"- {note}")
    say(f"\nProblems: {len(problems)}")
    for problem in problems:
        say(f"- {problem}")


if __name__ == "__main__":
    main()
