#!/usr/bin/env python3
"""Process start to first frame, measured from outside: run a command in a pseudo-terminal,
read what it draws until a marker text appears, then make it quit. Prints the median."""
import os, pty, re, select, signal, statistics, sys, time

CSI = re.compile(rb"\x1b(\[[0-?]*[ -/]*[@-~]|\][^\x07\x1b]*(\x07|\x1b\\)|[PX^_][^\x1b]*\x1b\\|.)")


# What an xterm answers to the queries Terminal.Gui sends at start-up. Unanswered, it waits for
# a timeout, which no real terminal would make it do.
ANSWERS = [
    (b"\x1b[18t", lambda c, r: f"\x1b[8;{r};{c}t".encode()),
    (b"\x1b[6n", lambda c, r: b"\x1b[1;1R"),
    (b"\x1b]10;?", lambda c, r: b"\x1b]10;rgb:ffff/ffff/ffff\x1b\\"),
    (b"\x1b]11;?", lambda c, r: b"\x1b]11;rgb:0000/0000/0000\x1b\\"),
    (b"\x1b[0c", lambda c, r: b"\x1b[?62;22c"),
    (b"\x1b[c", lambda c, r: b"\x1b[?62;22c"),
]


def answer(fd, chunk, cols, rows):
    for query, reply in ANSWERS:
        for _ in range(chunk.count(query)):
            os.write(fd, reply(cols, rows))


def once(argv, marker, quit_bytes, env, cols=100, rows=30, timeout=30.0):
    pid, fd = pty.fork()
    if pid == 0:
        os.environ.update(env)
        os.execvp(argv[0], argv)
    import fcntl, struct, termios
    fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", rows, cols, 0, 0))
    start = time.perf_counter()
    seen, text, elapsed = b"", b"", None
    while time.perf_counter() - start < timeout:
        ready, _, _ = select.select([fd], [], [], 0.01)
        if not ready:
            continue
        try:
            chunk = os.read(fd, 65536)
        except OSError:
            break
        seen += chunk
        answer(fd, chunk, cols, rows)
        text = CSI.sub(b"", seen)
        if marker in text:
            elapsed = time.perf_counter() - start
            break
    time.sleep(0.2)
    try:
        os.write(fd, quit_bytes)
    except OSError:
        pass
    deadline = time.time() + 10
    while time.time() < deadline:
        done, _ = os.waitpid(pid, os.WNOHANG)
        if done:
            break
        try:
            if select.select([fd], [], [], 0.05)[0]:
                answer(fd, os.read(fd, 65536), cols, rows)
        except OSError:
            pass
    else:
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
    os.close(fd)
    return elapsed


def main():
    runs = int(os.environ.get("RUNS", "7"))
    marker = sys.argv[1].encode()
    quit_key = {"ctrl-q": b"\x11", "esc": b"\x1b"}[sys.argv[2]]
    argv = sys.argv[3:]
    times = []
    for _ in range(runs):
        t = once(argv, marker, quit_key, {"TERM": "xterm-256color"})
        if t is None:
            print("marker never appeared", file=sys.stderr)
            sys.exit(1)
        times.append(t)
    print(f"{statistics.median(times):.3f}")


if __name__ == "__main__":
    main()
