#!/usr/bin/env python3
"""Process start to first frame, measured from outside: run a command in a pseudo-terminal,
read what it draws until a marker text appears, then quit it with a key. Prints the median of
RUNS runs in seconds; exits 1 if the marker never appears or the program does not quit.
Usage: first_frame.py MARKER QUIT_KEY COMMAND..."""
import os, statistics, sys
from terminal import Terminal


def main():
    runs = int(os.environ.get("RUNS", "7"))
    marker, quit_key, argv = sys.argv[1].encode(), sys.argv[2], sys.argv[3:]
    times = []
    for _ in range(runs):
        term = Terminal(argv)
        elapsed = term.wait_for(marker)
        # A moment on the first screen, as a person would have, before quitting.
        term.settle(0.2)
        code = term.quit(quit_key)
        if elapsed is None:
            print(f"first_frame: '{sys.argv[1]}' never appeared", file=sys.stderr)
            sys.exit(1)
        if code is None:
            print(f"first_frame: {argv[0]} did not quit on {quit_key}", file=sys.stderr)
            sys.exit(1)
        times.append(elapsed)
    print(f"{statistics.median(times):.3f}")


if __name__ == "__main__":
    main()
