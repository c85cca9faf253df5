#!/usr/bin/env python3
"""Peak resident memory (VmHWM) of a TUI: run it in a pseudo-terminal, wait for a marker,
walk down the list for a while, read /proc/<pid>/status, then quit with Ctrl+Q. Prints MB."""
import os, sys, time, importlib.util

spec = importlib.util.spec_from_file_location("ff", os.path.join(os.path.dirname(__file__), "first_frame.py"))
ff = importlib.util.module_from_spec(spec)
spec.loader.exec_module(ff)


def main():
    import pty, select, fcntl, struct, termios
    marker = sys.argv[1].encode()
    pid, fd = pty.fork()
    if pid == 0:
        os.environ["TERM"] = "xterm-256color"
        os.execvp(sys.argv[2], sys.argv[2:])
    fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", 30, 100, 0, 0))
    seen, start = b"", time.time()
    while marker not in ff.CSI.sub(b"", seen) and time.time() - start < 30:
        if select.select([fd], [], [], 0.05)[0]:
            chunk = os.read(fd, 65536)
            ff.answer(fd, chunk, 100, 30)
            seen += chunk
    for _ in range(40):
        os.write(fd, b"\x1b[B")
        time.sleep(0.05)
        while select.select([fd], [], [], 0)[0]:
            ff.answer(fd, os.read(fd, 65536), 100, 30)
    with open(f"/proc/{pid}/status") as status:
        hwm = next(int(l.split()[1]) for l in status if l.startswith("VmHWM"))
    os.write(fd, b"\x11")
    time.sleep(1)
    try:
        os.kill(pid, 9)
    except ProcessLookupError:
        pass
    os.waitpid(pid, 0)
    print(f"{hwm / 1024:.0f}")


if __name__ == "__main__":
    main()
