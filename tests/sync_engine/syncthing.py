"""Two real Syncthing instances on 127.0.0.1 sharing one folder: the sync engine of issue 18's proof.

Each instance has its own home (keys, config, index database) and its own data folder, and
talks only to the other: the sync listener and the GUI/REST listener are on 127.0.0.1 with
ports chosen by the test; discovery, relays, NAT, usage and crash reporting and upgrades are
off. The device ids come from `syncthing generate` and are written into the other's config
before either starts; `a` has b's explicit address and dials it. The shared folder carries a
`.stignore` with `.tmp-*`, so a file being written by Treatment Journey is never sent.

    pair.a.folder / "<computer id>/00000001.bundle"   # write on one side …
    pair.wait_file("<computer id>/00000001.bundle")     # … until identical on the other
    pair.wait_synced()                                  # both folders identical, both idle
    files_containing(pair.scan_roots(), markers)        # privacy: see scan.py

Everything the processes touch (HOME, XDG folders) lies under the test's temporary folder;
no real user's Syncthing is read or changed. Waiting is by polling with a deadline (file
system and REST), never a fixed sleep.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import secrets
import shutil
import signal
import socket
import subprocess
import time
import urllib.error
import urllib.request
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

FOLDER_ID = "tj-shared"
# One line in each instance's folder: Treatment Journey's files being written are not synced.
STIGNORE = ".tmp-*\n"
# Not part of what the two folders must agree on: Syncthing's own marker and ignore file
# (never synced), its temporary files while pulling, and our temp files (ignored).
_LOCAL_ONLY = re.compile(r"^(\.stfolder|\.stignore|\.stversions|\.tmp-.*|\.syncthing\..*\.tmp|~syncthing~.*\.tmp)$")

_DEVICE_ID = re.compile(r"^[A-Z0-9]{7}(-[A-Z0-9]{7}){7}$")
_STARTUP_SECONDS = 30.0
_STOP_SECONDS = 10.0


class SyncthingError(AssertionError):
    """The harness could not get Syncthing to do something (a test failure, with the log tail)."""


def syncthing_binary() -> str | None:
    return shutil.which("syncthing")


def free_port() -> int:
    """A port nobody listens on now. Another process may take it before Syncthing binds it;
    `SyncthingPair.start` notices (the REST answer must come from our device) and picks again."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _die_with_parent() -> list[str]:
    """A command prefix that makes the kernel end Syncthing when the test process dies (even by
    SIGKILL), so no instance outlives a crashed run. `setpriv` (util-linux, essential on Debian)
    sets it between fork and exec; no Python runs in the child (pytest may have Qt threads)."""
    setpriv = shutil.which("setpriv")
    return [setpriv, "--pdeathsig", "TERM"] if setpriv else []


def _isolated_env(base: Path) -> dict[str, str]:
    home = base / "home"
    env = {k: v for k, v in os.environ.items() if not k.startswith(("ST", "XDG_"))}
    env.update(
        HOME=str(home),
        XDG_CONFIG_HOME=str(home / ".config"),
        XDG_DATA_HOME=str(home / ".local" / "share"),
        XDG_STATE_HOME=str(home / ".local" / "state"),
        XDG_CACHE_HOME=str(home / ".cache"),
        # One process: Syncthing normally runs a monitor that starts the real one as a child;
        # STMONITORED says "you are that child", so the pid we hold is the whole of it.
        STMONITORED="1",
        STNORESTART="1",
        STNODEFAULTFOLDER="1",
        STNOUPGRADE="1",
        # Skips the second-long hash benchmark at every start (it only picks the faster one).
        STHASHING="minio",
        LANG="C.UTF-8",
        LC_ALL="C.UTF-8",
    )
    for key in ("HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
        Path(env[key]).mkdir(parents=True, exist_ok=True, mode=0o700)
    return env


def _set(parent: ET.Element, tag: str, text: str) -> None:
    el = parent.find(tag)
    if el is None:
        el = ET.SubElement(parent, tag)
    el.text = text


@dataclass
class Instance:
    """One Syncthing: its home, its shared folder, its ports and its REST client."""

    name: str
    base: Path
    binary: str
    home: Path = field(init=False)
    folder: Path = field(init=False)
    device_id: str = field(init=False)
    api_key: str = field(init=False)
    gui_port: int = 0
    listen_port: int = 0
    process: subprocess.Popen[bytes] | None = None
    dials_peer: bool = False
    env: dict[str, str] = field(init=False)

    def __post_init__(self) -> None:
        self.home = self.base / "syncthing-home"
        self.folder = self.base / "sync"
        self.env = _isolated_env(self.base)
        self.api_key = secrets.token_hex(16)
        self.home.mkdir(parents=True, mode=0o700)
        # The folder as a user would make it: Syncthing's folder marker, and our ignore line.
        (self.folder / ".stfolder").mkdir(parents=True, mode=0o700)
        (self.folder / ".stignore").write_text(STIGNORE, encoding="utf-8")
        self.folder.chmod(0o700)
        self.device_id = self._generate()

    @property
    def log_path(self) -> Path:
        return self.base / "syncthing.log"

    @property
    def config_path(self) -> Path:
        return self.home / "config.xml"

    def _generate(self) -> str:
        subprocess.run(
            [self.binary, "generate", f"--home={self.home}", "--no-default-folder", "--skip-port-probing"],
            env=self.env, check=True, capture_output=True, timeout=60,
        )
        out = subprocess.run(
            [self.binary, "serve", f"--home={self.home}", "--device-id"],
            env=self.env, check=True, capture_output=True, text=True, timeout=60,
        ).stdout.strip()
        if not _DEVICE_ID.match(out):
            raise SyncthingError(f"syncthing --device-id printed {out!r}, not a device id")
        return out

    def write_config(self, peer: Instance, *, rescan_seconds: int, dials_peer: bool) -> None:
        """Everything this instance needs, written before it starts (no GUI clicks, no REST edits)."""
        self.dials_peer = dials_peer
        tree = ET.parse(self.config_path)
        root = tree.getroot()
        for old in root.findall("device") + root.findall("folder"):
            root.remove(old)

        gui = root.find("gui")
        assert gui is not None
        gui.set("enabled", "true")
        gui.set("tls", "false")
        _set(gui, "address", f"127.0.0.1:{self.gui_port}")
        _set(gui, "apikey", self.api_key)

        options = root.find("options")
        assert options is not None
        for el in options.findall("listenAddress"):
            options.remove(el)
        for key, value in {
            "listenAddress": f"tcp://127.0.0.1:{self.listen_port}",
            "globalAnnounceEnabled": "false",
            "localAnnounceEnabled": "false",
            "relaysEnabled": "false",
            "natEnabled": "false",
            "urAccepted": "-1",
            "urSeen": "3",
            "autoUpgradeIntervalH": "0",
            "crashReportingEnabled": "false",
            "startBrowser": "false",
            "announceLANAddresses": "false",
            # Redial soon after a dropped connection (1.19 still waits a few seconds at least;
            # `SyncthingPair.start` starts the listening side first so the first dial succeeds).
            "reconnectionIntervalS": "1",
            "setLowPriority": "false",
            "restartOnWakeup": "false",
        }.items():
            _set(options, key, value)
        for el in options.findall("unackedNotificationID"):
            options.remove(el)

        insert_at = 0
        for instance in (self, peer):
            device = ET.Element("device", id=instance.device_id, name=instance.name,
                                compression="metadata", introducer="false")
            # Only `a` dials (it has b's address); `b` accepts `a` by its device id and, with
            # discovery off, never dials. Two instances on one host dialling each other at the
            # same moment from their listening ports (Syncthing reuses the port) make one TCP
            # "simultaneous open" connection that both sides think they opened: the Hello
            # exchange then times out and they never connect.
            dials = instance is peer and self.dials_peer
            address = f"tcp://127.0.0.1:{instance.listen_port}" if dials else "dynamic"
            ET.SubElement(device, "address").text = address
            ET.SubElement(device, "paused").text = "false"
            ET.SubElement(device, "autoAcceptFolders").text = "false"
            root.insert(insert_at, device)
            insert_at += 1

        folder = ET.Element(
            "folder", id=FOLDER_ID, label="Treatment Journey", path=str(self.folder),
            type="sendreceive", rescanIntervalS=str(rescan_seconds), fsWatcherEnabled="true",
            fsWatcherDelayS="1", ignorePerms="false", autoNormalize="true",
        )
        ET.SubElement(folder, "filesystemType").text = "basic"
        for instance in (self, peer):
            ET.SubElement(folder, "device", id=instance.device_id, introducedBy="")
        ET.SubElement(folder, "markerName").text = ".stfolder"
        ET.SubElement(folder, "paused").text = "false"
        root.insert(insert_at, folder)
        tree.write(self.config_path, encoding="utf-8", xml_declaration=False)
        self.config_path.chmod(0o600)

    # --- process -------------------------------------------------------------------------

    def start(self) -> None:
        log = self.log_path.open("ab")
        try:
            self.process = subprocess.Popen(
                [*_die_with_parent(), self.binary, "serve", f"--home={self.home}", "--no-browser",
                 "--no-restart", "--no-upgrade", "--logflags=3", "--logfile=-"],
                env=self.env, stdin=subprocess.DEVNULL, stdout=log, stderr=subprocess.STDOUT,
                cwd=self.base, start_new_session=True,
            )
        finally:
            log.close()

    def running(self) -> bool:
        return self.process is not None and self.process.poll() is None

    def request_shutdown(self) -> None:
        if self.running():
            try:
                self.post("/rest/system/shutdown", timeout=3.0)
            except OSError:
                pass  # not answering (hung, or never bound its port): `wait_stopped` signals it

    def wait_stopped(self) -> None:
        """Wait for the exit asked by `request_shutdown`, then SIGTERM, then SIGKILL; never
        returns with the process alive."""
        proc = self.process
        if proc is None:
            return
        try:
            # Last resort SIGKILL to its own process group (it was started in a new session,
            # so that group is this Syncthing and nothing else).
            for action in (None, proc.terminate, lambda: os.killpg(proc.pid, signal.SIGKILL)):
                if action is not None:
                    action()
                try:
                    proc.wait(timeout=_STOP_SECONDS)
                    break
                except subprocess.TimeoutExpired:
                    continue
            else:
                raise SyncthingError(f"{self.name}: Syncthing (pid {proc.pid}) survived SIGKILL")
        finally:
            self.process = None

    def stop(self) -> None:
        self.request_shutdown()
        self.wait_stopped()

    def log_tail(self, lines: int = 40) -> str:
        if not self.log_path.exists():
            return "(no log)"
        return "\n".join(self.log_path.read_text(errors="replace").splitlines()[-lines:])

    # --- REST ----------------------------------------------------------------------------

    def _request(self, method: str, path: str, timeout: float) -> object:
        req = urllib.request.Request(
            f"http://127.0.0.1:{self.gui_port}{path}", method=method,
            headers={"X-API-Key": self.api_key},
        )
        with urllib.request.urlopen(req, timeout=timeout) as resp:
            body = resp.read()
        return json.loads(body) if body.strip() else None

    def get(self, path: str, timeout: float = 5.0) -> dict:
        result = self._request("GET", path, timeout)
        if not isinstance(result, dict):
            raise SyncthingError(f"{self.name}: GET {path} answered {result!r}")
        return result

    def post(self, path: str, timeout: float = 5.0) -> object:
        return self._request("POST", path, timeout)

    def scan_now(self) -> None:
        """Ask for a scan of the shared folder now (the watcher would, a second later)."""
        self.post(f"/rest/db/scan?folder={FOLDER_ID}")

    def connected_to(self, peer: Instance) -> bool:
        conns = self.get("/rest/system/connections")["connections"]
        return bool(conns.get(peer.device_id, {}).get("connected"))

    def idle(self) -> bool:
        status = self.get(f"/rest/db/status?folder={FOLDER_ID}")
        return status.get("state") == "idle" and not status.get("needTotalItems")

    def peer_complete(self, peer: Instance) -> bool:
        """The peer has everything this instance has (as far as this instance knows)."""
        completion = self.get(f"/rest/db/completion?folder={FOLDER_ID}&device={peer.device_id}")
        return completion.get("completion") == 100 and not completion.get("needItems")

    def global_names(self) -> list[str]:
        """Every file name in the folder's global index (what Syncthing shares), sorted."""
        items = self._request("GET", f"/rest/db/browse?folder={FOLDER_ID}", 5.0)
        names: list[str] = []

        def walk(node: object, prefix: str) -> None:
            if isinstance(node, list):  # 1.19: a list of {name, type, children?}
                for child in node:
                    name = prefix + child["name"]
                    names.append(name)
                    walk(child.get("children", []), name + "/")

        walk(items, "")
        return sorted(names)


def tree_digest(root: Path) -> dict[str, str]:
    """Relative path → SHA-256 of every shared file under `root` (Syncthing's and our local-only
    files left out): two folders are in sync when these are equal."""
    digest: dict[str, str] = {}
    for path in sorted(root.rglob("*")):
        rel = path.relative_to(root)
        if any(_LOCAL_ONLY.match(part) for part in rel.parts):
            continue
        try:
            if path.is_file():
                digest[rel.as_posix()] = hashlib.sha256(path.read_bytes()).hexdigest()
        except FileNotFoundError:
            digest[rel.as_posix()] = "(vanished while reading)"  # changing: not in sync yet
    return digest


def wait_until(predicate: Callable[[], bool], timeout: float, what: str,
               on_fail: Callable[[], str] = lambda: "") -> None:
    """Poll `predicate` until it holds or `timeout` seconds pass (then fail, saying `what`)."""
    deadline = time.monotonic() + timeout
    while True:
        if predicate():
            return
        if time.monotonic() > deadline:
            raise SyncthingError(f"Timed out after {timeout:.0f} s waiting for {what}.\n{on_fail()}")
        time.sleep(0.05)


class SyncthingPair:
    """Two connected Syncthing instances, `a` and `b`, sharing `FOLDER_ID`.

    `a.folder` and `b.folder` are the two computers' sync folders. Write into one, then
    `wait_synced()` (both folders identical) or `wait_file(rel_path)`.
    """

    def __init__(self, base: Path, binary: str, *, rescan_seconds: int = 5) -> None:
        self.base = base
        self.binary = binary
        self.rescan_seconds = rescan_seconds
        self.a = Instance("computer-a", base / "a", binary)
        self.b = Instance("computer-b", base / "b", binary)

    def __iter__(self) -> Iterator[Instance]:
        return iter((self.a, self.b))

    def scan_roots(self) -> list[Path]:
        """Everything either side has written: sync folders, Syncthing homes (config, keys,
        index database), the isolated HOME/XDG folders and the logs."""
        return [self.a.base, self.b.base]

    def logs(self) -> str:
        return "\n".join(f"--- {i.name} log ---\n{i.log_tail()}" for i in self)

    def start(self, attempts: int = 3) -> None:
        """Start both and wait until each answers REST as itself, they are connected and the
        shared folder runs on both.

        `b` (which only listens) starts first and `a` once b's listener is up: were `a` to dial
        too early, Syncthing 1.19 would wait 5 s or more before dialling again. A chosen port can
        be taken by someone else between choosing and binding (other test workers run in
        parallel): that attempt is stopped and the ports are chosen again."""
        for attempt in range(1, attempts + 1):
            ports: set[int] = set()
            while len(ports) < 4:
                ports.add(free_port())
            self.a.gui_port, self.a.listen_port, self.b.gui_port, self.b.listen_port = ports
            self.a.write_config(self.b, rescan_seconds=self.rescan_seconds, dials_peer=True)
            self.b.write_config(self.a, rescan_seconds=self.rescan_seconds, dials_peer=False)
            self.b.start()
            if self._came_up(self.b):
                self.a.start()
                if self._came_up(self.a):
                    break
            self.stop()
            if attempt == attempts:
                raise SyncthingError(f"Syncthing did not start on 127.0.0.1.\n{self.logs()}")
        wait_until(lambda: self.a.connected_to(self.b) and self.b.connected_to(self.a),
                   _STARTUP_SECONDS, "the two Syncthing instances to connect", self.logs)
        wait_until(lambda: all(self._folder_running(i) for i in self),
                   _STARTUP_SECONDS, "the shared folder to start on both", self.logs)

    def _came_up(self, inst: Instance) -> bool:
        """True once `inst` answers REST as itself with its sync listener bound; False if it
        cannot (a port taken by someone else)."""
        listen = f"tcp://127.0.0.1:{inst.listen_port}"
        deadline = time.monotonic() + _STARTUP_SECONDS
        while time.monotonic() < deadline:
            if not inst.running():
                return False  # e.g. the GUI port was taken: it exits at once
            try:
                status = inst.get("/rest/system/status", timeout=1.0)
            except (OSError, json.JSONDecodeError):
                status = None  # not listening yet, or (HTTP 403) someone else's port
            if status is not None:
                if status.get("myID") != inst.device_id:
                    return False  # another Syncthing answers on our GUI port
                listener = status.get("connectionServiceStatus", {}).get(listen)
                if listener is not None and listener.get("error"):
                    return False  # the sync port was taken
                if listener is not None and listener.get("lanAddresses"):
                    return True
            time.sleep(0.05)
        return False

    def _folder_running(self, inst: Instance) -> bool:
        status = inst.get(f"/rest/db/status?folder={FOLDER_ID}")
        if status.get("error"):
            raise SyncthingError(f"{inst.name}: shared folder error: {status['error']}\n{self.logs()}")
        return status.get("state") in {"idle", "scanning", "syncing", "scan-waiting", "sync-waiting",
                                       "sync-preparing", "cleaning", "clean-waiting"}

    def stop(self) -> None:
        """Both at once: ask each to shut down, then wait for (or end) each process."""
        for inst in self:
            inst.request_shutdown()
        errors: list[BaseException] = []
        for inst in self:
            try:
                inst.wait_stopped()
            except BaseException as exc:  # noqa: BLE001 - stop the other one too, then re-raise
                errors.append(exc)
        if errors:
            raise errors[0]

    # --- waiting -------------------------------------------------------------------------

    def in_sync(self) -> bool:
        """Both folders hold the same files, and Syncthing on both is idle with nothing needed."""
        if tree_digest(self.a.folder) != tree_digest(self.b.folder):
            return False
        return all(i.idle() for i in self) and self.a.peer_complete(self.b) and self.b.peer_complete(self.a)

    def wait_synced(self, timeout: float = 30.0, predicate: Callable[[], bool] | None = None) -> None:
        """Wait until the two folders are identical and Syncthing is at rest on both sides
        (and `predicate()` holds, e.g. "these files exist"), polling with a deadline."""

        def done() -> bool:
            return (predicate is None or predicate()) and self.in_sync()

        wait_until(done, timeout, "the two sync folders to be identical",
                   lambda: self._differences() + "\n" + self.logs())

    def wait_file(self, rel_path: str, timeout: float = 30.0) -> None:
        """Wait until `rel_path` exists with identical bytes in both folders."""

        def same() -> bool:
            pa, pb = self.a.folder / rel_path, self.b.folder / rel_path
            return pa.is_file() and pb.is_file() and pa.read_bytes() == pb.read_bytes()

        wait_until(same, timeout, f"{rel_path} to be identical on both sides",
                   lambda: self._differences() + "\n" + self.logs())

    def _differences(self) -> str:
        da, db = tree_digest(self.a.folder), tree_digest(self.b.folder)
        only_a = sorted(set(da) - set(db))
        only_b = sorted(set(db) - set(da))
        differ = sorted(k for k in set(da) & set(db) if da[k] != db[k])
        return f"only in a: {only_a}\nonly in b: {only_b}\ndifferent: {differ}"
