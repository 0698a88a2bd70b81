"""The token never lands anywhere: files the app wrote, logs, diagnostics, exports, error messages.

A distinctive token is added to the in-process simulator's users. Full CLI flows (issue with an
xlsx export, export to csv, show, runs, providers, badges, a revoked token, a refused http URL)
run as real processes with HOME, XDG folders, TMPDIR, BADGEDESK_HOME and the working folder all
inside tmp_path; then the GUI demo flow runs in-process with its QSettings and temp folder there
too. Every file under tmp_path (zip members of xlsx files included), every output line, every
log line (the in-memory ring and the log file) and the diagnostics report are searched for the
token, its base64 forms (at each byte alignment) and its URL-encoded forms.
"""

from __future__ import annotations

import base64
import http.server
import secrets
import ssl
import subprocess
import sys
import tempfile
import threading
import zipfile
from pathlib import Path
from urllib.parse import quote, quote_plus

import pytest

from badgedesk.core.messages import InputError
from badgedesk.platforms import navigatr_sim as simmod
from badgedesk.platforms.base import PlatformError
from badgedesk.platforms.navigatr import NavigatrClient, resolve_base_url
from tests.reliability import cohort_rows, spawn, write_cohort

SECRET = "bdpat_" + secrets.token_hex(14) + "+/Zq="
BADGE = str(simmod.FIRST_AID_BADGE_ID)


def forms(secret: str) -> set[bytes]:
    raw = secret.encode()
    out = {raw, quote(secret, safe="").encode(), quote_plus(secret).encode(), secret.encode("utf-16-le")}
    for pad in range(3):  # base64 of the token wherever it starts in a larger text
        for enc in (base64.b64encode, base64.urlsafe_b64encode):
            text = enc(b"A" * pad + raw)
            out.add(text[4 if pad else 0 : -4])
    return out


FORMS = forms(SECRET)


def leaks(data: bytes) -> list[bytes]:
    return [f for f in FORMS if f in data]


def scan_tree(root: Path) -> tuple[int, list[str]]:
    """(files scanned, files holding the token in any form); xlsx/zip members are opened too."""
    scanned, found = 0, []
    for path in sorted(p for p in root.rglob("*") if p.is_file()):
        data = path.read_bytes()
        scanned += 1
        if leaks(data):
            found.append(str(path))
        if zipfile.is_zipfile(path):
            with zipfile.ZipFile(path) as zf:
                for name in zf.namelist():
                    if leaks(zf.read(name)):
                        found.append(f"{path}!{name}")
    return scanned, found


@pytest.fixture
def secret_sim(monkeypatch):
    monkeypatch.setitem(simmod._USERS, SECRET, simmod._USERS[simmod.DEMO_TOKEN])
    with simmod.NavigatrSimulator(rate_limit=(5, 0.25)) as sim:
        yield sim


def test_cli_flows_leave_the_token_nowhere(tmp_path, secret_sim, record):
    sim = secret_sim
    dirs = {k: tmp_path / k for k in ("bdhome", "userhome", "tmp", "cwd", "exports")}
    for d in dirs.values():
        d.mkdir()
    env = {
        "HOME": str(dirs["userhome"]),
        "XDG_CONFIG_HOME": str(dirs["userhome"] / ".config"),
        "XDG_CACHE_HOME": str(dirs["userhome"] / ".cache"),
        "XDG_DATA_HOME": str(dirs["userhome"] / ".local/share"),
        "XDG_STATE_HOME": str(dirs["userhome"] / ".local/state"),
        "TMPDIR": str(dirs["tmp"]),
        "PYTHONDONTWRITEBYTECODE": "1",
    }
    cohort = write_cohort(dirs["cwd"] / "cohort.csv", cohort_rows(6, "secret", every_no=5))
    outputs: list[str] = []

    def cli(*args, expect=0):
        proc = spawn(args, dirs["bdhome"], sim, SECRET, window=0.25, extra_env=env, cwd=dirs["cwd"])
        out, err = proc.communicate(timeout=120)
        outputs.extend([out, err])
        assert proc.returncode == expect, err[-2000:]
        return out

    cli("providers", "--json")
    cli("badges", "--provider", "1", "--json")
    cli("issue", cohort, "--badge", BADGE, "--yes", "--results", dirs["exports"] / "results.xlsx")
    cli("export", "1", "--out", dirs["exports"] / "results.csv")
    cli("export", "1", "--out", dirs["exports"] / "results2.xlsx")
    cli("show", "1", "--json")
    cli("runs", "--json")
    cli("issue", cohort, "--badge", BADGE, "--yes", "--base-url", "http://example.org/v1", expect=2)
    sim.revoke_token(SECRET)
    cohort2 = write_cohort(dirs["cwd"] / "cohort2.csv", cohort_rows(4, "secret2"))
    cli("issue", cohort2, "--badge", BADGE, "--yes", expect=3)
    cli("providers", expect=3)

    scanned, found = scan_tree(tmp_path)
    leaked_output = [o for o in outputs if leaks(o.encode())]
    record("cli_files_scanned", scanned)
    record("cli_output_streams_scanned", len(outputs))
    record("cli_files_with_token", len(found))
    assert (dirs["exports"] / "results.xlsx").exists() and (dirs["bdhome"] / "journal.sqlite3").exists()
    assert not found, found
    assert not leaked_output


def test_gui_flow_leaves_the_token_nowhere(tmp_path, secret_sim, qtbot, monkeypatch, record):
    import keyring
    from PySide6.QtCore import QSettings

    import tests.gui.test_demo_flow as demo_flow
    from badgedesk.core.ratelimit import SlidingWindowLimiter
    from badgedesk.gui import app as gui_app
    from badgedesk.gui import diagnostics
    from badgedesk.gui.logging_setup import RING
    from tests.memory_keyring import use_memory_keyring

    previous = keyring.get_keyring()
    previous_hook = sys.excepthook
    use_memory_keyring()
    (tmp_path / "tmp").mkdir()
    monkeypatch.setenv("TMPDIR", str(tmp_path / "tmp"))
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path / "tmp"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    sim = secret_sim
    sim.set(rate_limit=(5, 0.3))
    window = gui_app.build_window(simulator_url=sim.base_url, token=SECRET)
    try:
        window.state.limiter_for(SECRET)
        window.state._limiters = {k: SlidingWindowLimiter(5, 0.3, 0.01) for k in window.state._limiters}
        qtbot.addWidget(window)
        window.show()
        window.windowHandle().requestActivate()
        qtbot.waitUntil(window.isActiveWindow, timeout=3000)
        window.open_path(str(demo_flow.sample_cohort()))
        window.go("connect")
        demo_flow.WINDOW[:] = [window]
        demo_flow.test_the_whole_demo_flow_by_keyboard(qtbot, (window, sim))
        settings_file = Path(window.state.settings.q.fileName())
        window.state.settings.q.sync()
        report = diagnostics.report(window.state)

        # A crash report: the app's excepthook logs the error (the dialog is replaced here).
        import logging

        shown: list[str] = []
        monkeypatch.setattr("PySide6.QtWidgets.QMessageBox.warning", lambda *a, **k: shown.append(a[2]))
        gui_app._install_excepthook()
        try:
            raise RuntimeError(f"request failed with X-Access-Token: {SECRET}")
        except RuntimeError as exc:
            sys.excepthook(type(exc), exc, exc.__traceback__)
        for handler in logging.getLogger().handlers:
            handler.flush()
        log_files = [Path(h.baseFilename) for h in logging.getLogger().handlers if hasattr(h, "baseFilename")]
    finally:
        sys.excepthook = previous_hook
        window.close()
        qtbot.wait(50)
        window.state.close()
        keyring.set_keyring(previous)

    scanned, found = scan_tree(tmp_path)
    extra = [p for p in [settings_file, *log_files] if p.exists() and tmp_path not in p.parents]
    found += [str(p) for p in extra if leaks(p.read_bytes())]
    ring_leaks = [line for line in RING.lines if leaks(line.encode())]
    record("gui_files_scanned", scanned + len(extra))
    record("gui_log_lines_scanned", len(RING.lines))
    record("gui_files_with_token", len(found))
    assert settings_file.exists() and tmp_path in settings_file.parents
    assert not found, found
    assert not ring_leaks, ring_leaks
    assert not leaks(report.encode())
    assert any("Unexpected error" in line for line in RING.lines)


# -- error messages, TLS and plain http ---------------------------------------------------------


def test_error_messages_never_carry_the_token(secret_sim, record):
    sim = secret_sim
    messages = []
    with NavigatrClient(SECRET, base_url=sim.base_url, timeout=1) as client:
        sim.revoke_token(SECRET)
        with pytest.raises(PlatformError) as err:
            client.providers()
        messages += [str(err.value), repr(err.value), err.value.message]
    with NavigatrClient(SECRET, base_url="http://127.0.0.1:9/v1", timeout=1) as client:  # nothing listens
        with pytest.raises(PlatformError) as err:
            client.providers()
        messages += [str(err.value), repr(err.value), err.value.message, repr(err.value.__cause__)]
    record("error_messages_checked", len(messages))
    assert not [m for m in messages if leaks(m.encode())]


def test_plain_http_is_refused_except_for_loopback():
    for url in ("http://example.org/v1", "http://10.0.0.5/v1", "http://navigatr.local/v1"):
        with pytest.raises(InputError):
            resolve_base_url("production", url)
    for url in ("http://127.0.0.1:8750/v1", "http://localhost:8750/v1", "http://[::1]:8750/v1"):
        resolve_base_url("production", url)
    resolve_base_url("production", "https://api.example.org/v1")


def test_certificate_verification_is_always_on(tmp_path):
    """A self-signed certificate on 127.0.0.1 is refused, and the token is never sent to it."""
    key, cert = tmp_path / "key.pem", tmp_path / "cert.pem"
    subprocess.run(
        [
            "openssl",
            "req",
            "-x509",
            "-newkey",
            "rsa:2048",
            "-nodes",
            "-days",
            "1",
            "-subj",
            "/CN=127.0.0.1",
            "-addext",
            "subjectAltName=IP:127.0.0.1",
            "-keyout",
            str(key),
            "-out",
            str(cert),
        ],
        check=True,
        capture_output=True,
    )
    seen: list[str] = []

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self):
            seen.append(self.headers.get("X-Access-Token", ""))
            self.send_response(200)
            self.end_headers()

        def log_message(self, *args):
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ctx.load_cert_chain(cert, key)
    server.socket = ctx.wrap_socket(server.socket, server_side=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    url = f"https://127.0.0.1:{server.server_address[1]}/v1"
    try:
        with NavigatrClient(SECRET, base_url=url, timeout=2) as c, pytest.raises(PlatformError) as err:
            c.providers()
        assert not leaks(str(err.value).encode())
        assert "certificate" in str(err.value.__cause__).lower() or "ssl" in str(err.value.__cause__).lower()
    finally:
        server.shutdown()
        server.server_close()
    assert seen == [], "no request (and no token) reached the untrusted server"


def test_the_scanner_finds_every_form_it_looks_for(tmp_path):
    """A control: the searches above would have seen the token, plain, encoded or zipped."""
    samples = {
        "plain.log": f"token={SECRET}\n".encode(),
        "b64.txt": base64.b64encode(f"X-Access-Token: {SECRET}".encode()),
        "b64url.txt": base64.urlsafe_b64encode(f"ab{SECRET}".encode()),
        "url.txt": f"https://x.example/?t={quote(SECRET, safe='')}".encode(),
        "utf16.txt": f"t {SECRET}".encode("utf-16-le"),
    }
    for name, data in samples.items():
        (tmp_path / name).write_bytes(data)
    with zipfile.ZipFile(tmp_path / "book.xlsx", "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("xl/sharedStrings.xml", f"<t>{SECRET}</t>")
    scanned, found = scan_tree(tmp_path)
    assert scanned == 6 and len(found) == 6, found
