"""A program in a pseudo-terminal, seen from outside as a person's xterm would see it: what it
draws (escape sequences stripped), the keys it is sent, and its resident memory. Shared by
first_frame.py and peak_memory.py, so the product needs no benchmark hooks."""
import fcntl, os, pty, re, select, signal, struct, termios, time

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

KEYS = {"ctrl-q": b"\x11", "esc": b"\x1b", "enter": b"\r", "space": b" ", "down": b"\x1b[B"}


class Terminal:
    """Starts argv in a pseudo-terminal of cols x rows with TERM=xterm-256color."""

    def __init__(self, argv, cols=100, rows=30, env=None):
        self.cols, self.rows = cols, rows
        self.pid, self.fd = pty.fork()
        if self.pid == 0:
            os.environ.update(env or {})
            os.environ["TERM"] = "xterm-256color"
            os.execvp(argv[0], argv)
        fcntl.ioctl(self.fd, termios.TIOCSWINSZ, struct.pack("HHHH", rows, cols, 0, 0))
        self.started = time.perf_counter()
        self.raw = b""
        self.text = b""  # everything drawn so far, escape sequences removed
        self.closed = False

    def pump(self, seconds):
        """Reads (and answers) output for up to `seconds`; returns once something arrived."""
        if self.closed:
            time.sleep(seconds)
            return False
        if not select.select([self.fd], [], [], seconds)[0]:
            return False
        try:
            chunk = os.read(self.fd, 65536)
        except OSError:
            self.closed = True
            return False
        for query, reply in ANSWERS:
            for _ in range(chunk.count(query)):
                os.write(self.fd, reply(self.cols, self.rows))
        self.raw += chunk
        self.text = CSI.sub(b"", self.raw)
        return True

    def wait_for(self, marker, timeout=30.0, after=0):
        """Seconds from process start until `marker` is drawn (at or after text offset `after`); None if never."""
        deadline = time.perf_counter() + timeout
        while self.text.find(marker, after) < 0:
            if self.closed or time.perf_counter() > deadline:
                return None
            self.pump(0.01)
        return time.perf_counter() - self.started

    def settle(self, seconds):
        """Keeps reading for `seconds`, so the program is never blocked on a full terminal."""
        end = time.perf_counter() + seconds
        while time.perf_counter() < end:
            self.pump(max(0.0, min(0.05, end - time.perf_counter())))

    def send(self, key):
        os.write(self.fd, KEYS.get(key, key.encode() if isinstance(key, str) else key))

    def peak_memory_mb(self):
        """The resident high-water mark (VmHWM) so far."""
        with open(f"/proc/{self.pid}/status") as status:
            return next(int(line.split()[1]) for line in status if line.startswith("VmHWM")) / 1024

    def quit(self, key, timeout=10.0):
        """Sends the quit key and waits for the process to end; kills it after `timeout`. Returns its exit code, or None if killed."""
        try:
            self.send(key)
        except OSError:
            pass
        deadline = time.perf_counter() + timeout
        code = None
        while time.perf_counter() < deadline:
            done, status = os.waitpid(self.pid, os.WNOHANG)
            if done:
                code = os.waitstatus_to_exitcode(status)
                break
            self.pump(0.05)
        else:
            os.kill(self.pid, signal.SIGKILL)
            os.waitpid(self.pid, 0)
        os.close(self.fd)
        return code
