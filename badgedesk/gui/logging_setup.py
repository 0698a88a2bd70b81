"""Logging: a rotating file in BADGEDESK_HOME/logs, an in-memory tail for diagnostics, no secrets.

Every record passes a redaction filter that masks the tokens the app knows about and anything
that looks like an ``X-Access-Token`` header or a bearer token, before any handler sees it.
"""

from __future__ import annotations

import logging
import logging.handlers
import re
import threading
from collections import deque

from badgedesk import paths

_PATTERNS = [
    re.compile(r"(?i)(x-access-token['\"]?\s*[:=]\s*['\"]?)([^\s'\",}]+)"),
    re.compile(r"(?i)(bearer\s+)([A-Za-z0-9._~+/=-]{8,})"),
    # "token=…" / "pat: …" with a long opaque value; short words such as "token: keychain" stay readable.
    re.compile(r"(?i)((?:token|pat)['\"]?\s*[:=]\s*['\"]?)([A-Za-z0-9._~+/=-]{20,})"),
]


class Redactor(logging.Filter):
    def __init__(self) -> None:
        super().__init__()
        self._secrets: set[str] = set()
        self._lock = threading.Lock()

    def add_secret(self, secret: str | None) -> None:
        if secret and len(secret.strip()) >= 4:
            with self._lock:
                self._secrets.add(secret.strip())

    def redact(self, text: str) -> str:
        with self._lock:
            secrets = sorted(self._secrets, key=len, reverse=True)
        for secret in secrets:
            text = text.replace(secret, "«redacted»")
        for pattern in _PATTERNS:
            text = pattern.sub(lambda m: m.group(1) + "«redacted»", text)
        return text

    def filter(self, record: logging.LogRecord) -> bool:
        message = self.redact(record.getMessage())
        record.msg, record.args = message, None
        if record.exc_info:
            record.exc_text = self.redact(logging.Formatter().formatException(record.exc_info))
            record.exc_info = None
        return True


class RingHandler(logging.Handler):
    def __init__(self, size: int = 200) -> None:
        super().__init__()
        self.lines: deque[str] = deque(maxlen=size)

    def emit(self, record: logging.LogRecord) -> None:
        self.lines.append(self.format(record))


REDACTOR = Redactor()
RING = RingHandler()
_configured = False


def setup_logging(level: int = logging.INFO) -> None:
    global _configured
    if _configured:
        return
    _configured = True
    fmt = logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s")
    root = logging.getLogger()
    root.setLevel(level)
    handlers: list[logging.Handler] = [RING]
    try:
        folder = paths.home() / "logs"
        folder.mkdir(parents=True, exist_ok=True)
        handlers.append(
            logging.handlers.RotatingFileHandler(
                folder / "badgedesk.log", maxBytes=1_000_000, backupCount=3, encoding="utf-8"
            )
        )
    except OSError:
        pass
    for handler in handlers:
        handler.setFormatter(fmt)
        handler.addFilter(REDACTOR)
        root.addHandler(handler)
    logging.getLogger("httpx").setLevel(logging.WARNING)
    logging.getLogger("httpcore").setLevel(logging.WARNING)
