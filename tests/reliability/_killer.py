"""Running a fault job in a child process and killing it (SIGKILL) at a chosen moment."""

from __future__ import annotations

import json
import os
import random
import subprocess
import sys
import time
from pathlib import Path

WRITER = Path(__file__).resolve().parent / "_writer.py"


class KillRunner:
    """Starts fault jobs in a child process and SIGKILLs them at a chosen moment."""

    def __init__(self) -> None:
        self._zygote = None
        if hasattr(os, "fork"):
            self._zygote = subprocess.Popen(
                [sys.executable, str(WRITER), "serve"],
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                text=True,
                bufsize=1,
            )

    def _start(self, req: dict):
        if self._zygote is not None:
            self._zygote.stdin.write(json.dumps(req) + "\n")
            self._zygote.stdin.flush()
            reply = self._zygote.stdout.readline()
            if not reply:
                raise RuntimeError("fault child process died")
            return json.loads(reply)["pid"], None
        proc = subprocess.Popen([sys.executable, str(WRITER), "run", json.dumps(req)])
        return proc.pid, proc

    def _wait(self, proc) -> int:
        if proc is not None:
            return proc.wait(timeout=30)
        return json.loads(self._zygote.stdout.readline())["exit"]

    def run(self, req: dict, *, kill_when, timeout: float = 20.0, until_exit: bool = False) -> tuple[int, list[str]]:
        """Run `req`; kill it as soon as `kill_when(lines)` is true. Returns (exit code, lines)."""
        out = Path(req["out"])
        out.write_text("")
        pid, proc = self._start(req)
        deadline = time.monotonic() + timeout
        killed = False
        while time.monotonic() < deadline:
            lines = out.read_text().splitlines()
            if any(line.startswith("error") for line in lines):
                break
            if kill_when(lines):
                try:
                    os.kill(pid, 9)
                    killed = True
                except ProcessLookupError:
                    pass  # it had already finished
                break
            if proc is not None and proc.poll() is not None:
                break
            if until_exit and lines and lines[-1].startswith(("done", "upgraded")):
                break
            time.sleep(0.0005)
        if not killed and not until_exit:
            try:
                os.kill(pid, 9)
            except ProcessLookupError:
                pass
        code = self._wait(proc)
        return code, out.read_text().splitlines()

    def close(self) -> None:
        if self._zygote is not None:
            self._zygote.stdin.close()
            self._zygote.wait(timeout=10)
            self._zygote.stdout.close()


def random_kill_point(rng: random.Random, *, max_steps: int = 12):
    """A `kill_when` predicate: sometimes during opening, mostly after a few saves plus jitter."""
    if rng.random() < 0.15:
        delay = rng.uniform(0.0, 0.05)
        started = time.monotonic()
        return lambda lines: time.monotonic() - started >= delay
    steps = rng.randint(1, max_steps)
    jitter = rng.uniform(0.0, 0.006)
    reached: list[float] = []

    def when(lines: list[str]) -> bool:
        done = sum(1 for line in lines if not line.startswith("open"))
        if done >= steps and not reached:
            reached.append(time.monotonic())
        return bool(reached) and time.monotonic() - reached[0] >= jitter

    return when
