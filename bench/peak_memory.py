#!/usr/bin/env python3
"""Peak resident memory (VmHWM) of a TUI, in MB, median of PEAK_RUNS runs (default 3).
Usage: peak_memory.py SCENARIO COMMAND...
  window   the empty window: wait for its title, sit a while, quit with Esc
  walk     guide: wait for the first screen, walk down the whole checklist, quit with Ctrl+Q
  sandbox  guide --sandbox: accept the start-up offer and answer every automation's question
           (Run, Yes, the first team) until all of them are done, then quit with Ctrl+Q
Exits 1 when a run does not get where it should."""
import os, statistics, sys, tempfile, time
from terminal import Terminal

FIRST_SCREEN = {"window": b"Empty Terminal.Gui window", "walk": b"0 of 31 complete", "sandbox": b"Run them now?"}
QUIT = {"window": "esc", "walk": "ctrl-q", "sandbox": "ctrl-q"}

# What guide --sandbox asks, and the key a person would press to go ahead. Each is answered when
# it is drawn, never blind: Enter on a dialog that is not there could cancel a running automation.
PROMPTS = [
    (b"Run them now?", ["enter"]),
    (b"Run starts it;", ["enter"]),
    (b"Go ahead?", ["enter"]),
    (b"Space ticks or unticks", ["space", "enter"]),
]
DONE = b"30 of 31 complete"


def answer_all(term, timeout=60.0):
    """Answers prompts as they appear until every automation is done; False if it never gets there."""
    seen = 0
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if term.text.find(DONE, seen) >= 0:
            return True
        hits = [(term.text.find(p, seen), p, keys) for p, keys in PROMPTS]
        hits = [h for h in hits if h[0] >= 0]
        if hits:
            at, prompt, keys = min(hits)
            # Let the dialog finish drawing and take focus before answering it.
            term.settle(0.15)
            seen = at + len(prompt)
            for key in keys:
                term.send(key)
                term.settle(0.1)
            continue
        term.pump(0.05)
        if term.closed:
            return False
    return False


def once(scenario, argv):
    # A fresh run each time: a resumed sandbox run would have nothing left to automate.
    with tempfile.TemporaryDirectory(prefix="guide-bench-") as state:
        term = Terminal(argv, env={"XDG_STATE_HOME": state})
        ok = term.wait_for(FIRST_SCREEN[scenario]) is not None
        if ok and scenario == "walk":
            for _ in range(40):
                term.send("down")
                term.settle(0.03)
        elif ok and scenario == "sandbox":
            ok = answer_all(term)
        else:
            term.settle(1.0)
        term.settle(0.2)
        peak = term.peak_memory_mb() if not term.closed else None
        code = term.quit(QUIT[scenario])
    return peak if ok and code is not None else None


def main():
    scenario, argv = sys.argv[1], sys.argv[2:]
    peaks = []
    for _ in range(int(os.environ.get("PEAK_RUNS", "3"))):
        peak = once(scenario, argv)
        if peak is None:
            print(f"peak_memory: {scenario} run of {argv[0]} did not get through", file=sys.stderr)
            sys.exit(1)
        peaks.append(peak)
    print(f"{statistics.median(peaks):.0f}")


if __name__ == "__main__":
    main()
