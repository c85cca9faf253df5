#!/usr/bin/env python3
"""Wall time of a command, from start to exit, in seconds: the median of RUNS runs (default 7)
after one untimed warm-up run. Output is discarded. Exits 1 if the command fails.
Usage: timed.py COMMAND..."""
import os, statistics, subprocess, sys, time


def once(argv):
    start = time.perf_counter()
    code = subprocess.run(argv, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL).returncode
    elapsed = time.perf_counter() - start
    if code != 0:
        print(f"timed: {' '.join(argv)} exited with {code}", file=sys.stderr)
        sys.exit(1)
    return elapsed


def main():
    argv = sys.argv[1:]
    once(argv)
    times = [once(argv) for _ in range(int(os.environ.get("RUNS", "7")))]
    print(f"{statistics.median(times):.3f}")


if __name__ == "__main__":
    main()
