"""Badge thumbnails, fetched in the background and kept on disk in the library cache.

Images are public files on the platform's CDN: they are fetched with a plain httpx client
(the operating system's trust store, a short timeout), never with the API client and never
with the token. At most four are fetched at a time, on a thread pool of their own so the
API calls on Qt's global pool never wait behind them. Each one that arrives is announced
with :attr:`ThumbnailLoader.loaded` so a model can repaint just that cell.
"""

from __future__ import annotations

import collections
import logging
import ssl
import threading
from urllib.parse import urlsplit

import httpx
import truststore
from PySide6.QtCore import QCoreApplication, QObject, QSize, Qt, QThreadPool, Signal
from PySide6.QtGui import QGuiApplication, QPainter, QPixmap

from badgedesk.core.library_cache import MAX_IMAGE_BYTES, LibraryCache
from badgedesk.gui import colours
from badgedesk.gui.tasks import Task, run_task
from badgedesk.platforms.transport import USER_AGENT

log = logging.getLogger(__name__)

THUMBNAIL_SIZE = QSize(32, 32)
MAX_PARALLEL = 4
CONNECT_TIMEOUT = 3.0
READ_TIMEOUT = 5.0


def fetchable(url: str) -> bool:
    """https anywhere; plain http only from this computer (the simulator), like the API itself."""
    parts = urlsplit(url or "")
    if parts.scheme == "https" and parts.hostname:
        return True
    return parts.scheme == "http" and parts.hostname in ("127.0.0.1", "localhost", "::1")


def _ratio() -> float:
    """The device pixel ratio thumbnails are made for (the primary screen's: 1.5 at 150 %)."""
    screen = QGuiApplication.primaryScreen()
    return screen.devicePixelRatio() if screen is not None else 1.0


class ThumbnailLoader(QObject):
    """Fetches image URLs into a :class:`LibraryCache` and hands out small pixmaps of them.

    Call :meth:`request` (or :meth:`request_many`) from the GUI thread; ``loaded(url)`` is
    emitted on the GUI thread once the image is on disk. :meth:`stop` drops the queue and waits
    for the fetches in flight (it also runs when the application quits).
    """

    loaded = Signal(str)

    def __init__(
        self,
        cache: LibraryCache,
        parent: QObject | None = None,
        *,
        max_parallel: int = MAX_PARALLEL,
        size: QSize = THUMBNAIL_SIZE,
    ) -> None:
        super().__init__(parent)
        self.cache = cache
        self.size = QSize(size)
        self.max_parallel = max(1, max_parallel)
        self.fetches = 0  # images actually downloaded (not found on disk), for diagnostics and tests
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(self.max_parallel)
        self._queue: collections.deque[str] = collections.deque()
        self._urgent: collections.deque[str] = collections.deque()  # on screen: fetched first
        self._queued: set[str] = set()
        self._running: dict[str, Task] = {}
        self._failed: set[str] = set()
        self._pixmaps: dict[tuple[str, int, int, float], QPixmap] = {}  # (url, width, height, ratio)
        self._placeholder: tuple[tuple[bool, float], QPixmap] | None = None
        self._stopping = threading.Event()
        self._client: httpx.Client | None = None
        self._client_lock = threading.Lock()
        self._counter_lock = threading.Lock()
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.stop)

    # -- pixmaps (GUI thread) ---------------------------------------------------------------

    def placeholder(self) -> QPixmap:
        """A neutral square shown until the image has arrived (or when it cannot be had)."""
        ratio = _ratio()
        key = (colours.dark(), ratio)  # painted again for a dark palette or another screen
        if self._placeholder is None or self._placeholder[0] != key:
            pixmap = QPixmap(round(self.size.width() * ratio), round(self.size.height() * ratio))
            pixmap.setDevicePixelRatio(ratio)
            pixmap.fill(Qt.GlobalColor.transparent)
            painter = QPainter(pixmap)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(colours.colour("placeholder_border"))
            painter.setBrush(colours.colour("placeholder_bg"))
            painter.drawRoundedRect(1, 1, self.size.width() - 3, self.size.height() - 3, 4, 4)
            painter.end()
            self._placeholder = (key, pixmap)
        return self._placeholder[1]

    def pixmap(self, url: str, size: QSize | None = None) -> QPixmap | None:
        """The thumbnail for ``url`` if it is on disk, else None: scaled to ``size`` (default
        :attr:`size`) in device pixels, so it stays crisp on a high-DPI screen (e.g. 150 %)."""
        if not url:
            return None
        size = QSize(size or self.size)
        ratio = _ratio()
        key = (url, size.width(), size.height(), ratio)
        cached = self._pixmaps.get(key)
        if cached is not None:
            return cached
        if url in self._failed or url in self._queued or url in self._running:
            return None
        path = self.cache.image_path(url)
        if not path.is_file():
            return None
        pixmap = QPixmap(str(path))
        if pixmap.isNull():
            self._failed.add(url)  # not an image Qt can draw (e.g. no SVG plugin): keep the placeholder
            return None
        pixmap = pixmap.scaled(
            size * ratio, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
        )
        pixmap.setDevicePixelRatio(ratio)
        self._pixmaps[key] = pixmap
        return pixmap

    # -- queue (GUI thread) -----------------------------------------------------------------

    def request(self, url: str) -> None:
        """Fetch ``url`` unless it is cached on disk, already queued, or failed this session."""
        if self._stopping.is_set() or not fetchable(url):
            return
        if url in self._queued or url in self._running or url in self._failed:
            return
        if self.cache.has_image(url):
            return
        self._queue.append(url)
        self._queued.add(url)
        self._start_next()

    def request_many(self, urls: list[str]) -> None:
        for url in dict.fromkeys(urls):
            self.request(url)

    def prioritise(self, urls: list[str]) -> None:
        """Fetch these (the thumbnails on screen) before the rest of the queue; earlier urgent ones give way."""
        self._urgent.clear()
        for url in dict.fromkeys(urls):
            self.request(url)
            if url in self._queued:
                self._urgent.append(url)
        self._start_next()

    def retry_failed(self) -> None:
        """Forget this session's failures (e.g. after the network came back), so they are tried again."""
        self._failed.clear()

    def pending(self) -> int:
        """Images queued or being fetched."""
        return len(self._queue) + len(self._running)

    def stop(self) -> None:
        """Drop the queue, wait for the fetches in flight and close the HTTP client."""
        self._stopping.set()
        self._queue.clear()
        self._urgent.clear()
        self._queued.clear()
        for task in self._running.values():
            task.cancelled = True
        self._running.clear()
        self._pool.waitForDone(int((CONNECT_TIMEOUT + READ_TIMEOUT) * 1000) + 1000)
        with self._client_lock:
            if self._client is not None:
                self._client.close()
                self._client = None

    def _start_next(self) -> None:
        if (self._queue or self._urgent) and self._client is None and not self._stopping.is_set():
            self._client = httpx.Client(
                headers={"User-Agent": USER_AGENT, "Accept": "image/*"},
                timeout=httpx.Timeout(READ_TIMEOUT, connect=CONNECT_TIMEOUT),
                verify=truststore.SSLContext(ssl.PROTOCOL_TLS_CLIENT),
                trust_env=True,
                follow_redirects=True,
                limits=httpx.Limits(max_connections=self.max_parallel),
            )
        while (self._urgent or self._queue) and len(self._running) < self.max_parallel:
            if self._stopping.is_set():
                return
            url = self._urgent.popleft() if self._urgent else self._queue.popleft()
            if url not in self._queued:  # taken already (an urgent one, still in the main queue)
                continue
            self._queued.discard(url)
            self._running[url] = run_task(self._fetch, url, on_done=self._fetched, pool=self._pool)

    def _fetched(self, result: tuple[str, bool]) -> None:
        url, ok = result
        self._running.pop(url, None)
        if ok:
            self.loaded.emit(url)
        else:
            self._failed.add(url)
        self._start_next()

    # -- worker threads ---------------------------------------------------------------------

    def _http(self) -> httpx.Client:
        """The shared client, made on the GUI thread before the first fetch starts."""
        with self._client_lock:
            if self._client is None:  # closed by stop()
                raise RuntimeError("the thumbnail loader has stopped")
            return self._client

    def _fetch(self, url: str) -> tuple[str, bool]:
        """Runs on the pool. Never raises: a thumbnail that cannot be had keeps the placeholder."""
        try:
            return url, self._download(url)
        except Exception as exc:  # noqa: BLE001 - e.g. the cache folder is not writable
            log.warning("Thumbnail %s not stored: %s", url, exc)
            return url, False

    def _download(self, url: str) -> bool:
        if self._stopping.is_set():
            return False
        if self.cache.has_image(url):
            return True
        try:
            with self._http().stream("GET", url) as response:
                if response.status_code != 200:
                    log.info("Thumbnail %s: HTTP %s", url, response.status_code)
                    return False
                data = bytearray()
                for chunk in response.iter_bytes():
                    data += chunk
                    if len(data) > MAX_IMAGE_BYTES or self._stopping.is_set():
                        return False
        except (httpx.HTTPError, RuntimeError) as exc:  # RuntimeError: the client was closed by stop()
            log.info("Thumbnail %s not fetched: %s", url, exc)
            return False
        with self._counter_lock:
            self.fetches += 1
        return self.cache.store_image(url, bytes(data)) is not None
