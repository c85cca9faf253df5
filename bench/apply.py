#!/usr/bin/env python3
"""A full `guide apply --sandbox --yes`, each time a fresh run against a fresh simulator: prints
the median wall time in seconds of RUNS runs (default 7) and the HTTP requests the last run
counted (its state file's http_requests). With KEEP=DIR, the last run's state is left in DIR
(for print and report to read). Exits 1 if a run fails.
Usage: apply.py GUIDE_COMMAND..."""
import json, os, shutil, statistics, subprocess, sys, tempfile, time


def once(argv, folder):
    state = os.path.join(folder, "run.json")
    command = argv + ["apply", "--sandbox", "--yes", "--teams", "Service Desk", "--state", state, "--out", os.path.join(folder, "report.md")]
    start = time.perf_counter()
    done = subprocess.run(command, stdin=subprocess.DEVNULL, capture_output=True, text=True)
    elapsed = time.perf_counter() - start
    if done.returncode != 0:
        print(f"apply: {' '.join(command)} exited with {done.returncode}:\n{done.stdout}{done.stderr}", file=sys.stderr)
        sys.exit(1)
    with open(state) as file:
        return elapsed, json.load(file)["http_requests"]


def main():
    argv = sys.argv[1:]
    keep = os.environ.get("KEEP")
    times, requests = [], None
    for _ in range(int(os.environ.get("RUNS", "7"))):
        with tempfile.TemporaryDirectory(prefix="guide-bench-") as folder:
            elapsed, requests = once(argv, folder)
            times.append(elapsed)
            if keep:
                shutil.copy(os.path.join(folder, "run.json"), os.path.join(keep, "run.json"))
    print(f"{statistics.median(times):.3f} {requests}")


if __name__ == "__main__":
    main()
