"""The badge library as cards: the badge's image, its full name, its status and any minimum score.

The cards share the list's model (the sorted, filtered proxy) and its selection, so a badge chosen
in one view is chosen in the other. Which view was used last is remembered (``library/view``).
Thumbnails of the cards (and rows) on screen are fetched before the others, as soon as they are
shown or scrolled to; nothing waits for the mouse.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QRect, QSize, Qt, QTimer
from PySide6.QtGui import QPainter, QPalette, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QHBoxLayout,
    QListView,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from badgedesk.gui import colours
from badgedesk.gui.badge_model import BADGE_ROLE, COL_NAME, COL_STATUS, ISSUABLE_ROLE
from badgedesk.gui.thumbnails import ThumbnailLoader

CARD = QSize(196, 168)
IMAGE = QSize(72, 72)


class BadgeCardDelegate(QStyledItemDelegate):
    def __init__(self, thumbnails: ThumbnailLoader, parent=None) -> None:
        super().__init__(parent)
        self.thumbnails = thumbnails

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:  # noqa: N802
        return QSize(CARD)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        badge = index.data(BADGE_ROLE)
        if badge is None:
            return
        issuable = bool(index.data(ISSUABLE_ROLE))
        palette = option.palette
        painter.save()
        rect = option.rect.adjusted(4, 4, -4, -4)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(palette.color(QPalette.ColorRole.Mid))
        painter.setBrush(palette.color(QPalette.ColorRole.Highlight if selected else QPalette.ColorRole.Base))
        painter.drawRoundedRect(rect, 6, 6)
        text = palette.color(QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text)
        if not issuable and not selected:
            text = palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        pixmap = self.thumbnails.pixmap(badge.image_url, IMAGE) or self.thumbnails.placeholder()
        image = QRect(rect.center().x() - IMAGE.width() // 2, rect.top() + 8, IMAGE.width(), IMAGE.height())
        painter.drawPixmap(image, pixmap if isinstance(pixmap, QPixmap) else QPixmap())
        painter.setPen(text)
        name_rect = QRect(rect.left() + 6, image.bottom() + 6, rect.width() - 12, 36)
        flags = Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap
        metrics = painter.fontMetrics()
        name = badge.name
        if metrics.boundingRect(name_rect, int(flags), name).height() > name_rect.height():
            name = metrics.elidedText(name, Qt.TextElideMode.ElideMiddle, name_rect.width() * 2 - 16)
        painter.drawText(name_rect, int(flags), name)
        facts = [index.siblingAtColumn(COL_STATUS).data() or ""]
        if badge.min_score is not None:
            facts.append(self.tr("min. score {n}").format(n=badge.min_score))
        small = painter.font()
        small.setPointSizeF(small.pointSizeF() * 0.9)
        painter.setFont(small)
        painter.setPen(text if issuable else colours.colour("grey"))
        painter.drawText(
            QRect(rect.left() + 6, name_rect.bottom() + 2, rect.width() - 12, 18),
            int(Qt.AlignmentFlag.AlignHCenter),
            " · ".join(f for f in facts if f),
        )
        painter.restore()


class BadgeCards(QListView):
    def __init__(self, thumbnails: ThumbnailLoader, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("badgeCards")
        self.setViewMode(QListView.ViewMode.IconMode)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setMovement(QListView.Movement.Static)
        self.setUniformItemSizes(True)
        self.setSpacing(4)
        self.setWordWrap(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setItemDelegate(BadgeCardDelegate(thumbnails, self))


def visible_rows(view: QAbstractItemView, limit: int = 200) -> list[QModelIndex]:
    """The indexes on screen (at most ``limit``: bounded work, whatever the library's size)."""
    model = view.model()
    if model is None or not view.isVisible():
        return []
    found: list[QModelIndex] = []
    area = view.viewport().rect()
    top = view.indexAt(area.topLeft())
    start = top.row() if top.isValid() else 0
    for row in range(start, min(model.rowCount(), start + limit)):
        index = model.index(row, COL_NAME)
        if not view.visualRect(index).intersects(area):
            if found:
                break
            continue
        found.append(index)
    return found


def attach_cards(page) -> None:
    """Give a LibraryPage its card view, the List/Cards switch and visible-first thumbnails."""
    cards = BadgeCards(page.thumbnails)
    cards.setAccessibleName(page.tr("Badges as cards"))
    cards.setModel(page.proxy)
    cards.setModelColumn(COL_NAME)
    cards.setSelectionModel(page.view.selectionModel())  # one selection, two views
    cards.activated.connect(page._on_activated)
    page.cards = cards

    switch = QWidget()
    row = QHBoxLayout(switch)
    row.setContentsMargins(0, 0, 0, 0)
    page.list_button = QPushButton(page.tr("Lis&t"))
    page.list_button.setAccessibleName(page.tr("Show the badges as a list"))
    page.cards_button = QPushButton(page.tr("C&ards"))
    page.cards_button.setAccessibleName(page.tr("Show the badges as cards"))
    group = QButtonGroup(switch)
    for button in (page.list_button, page.cards_button):
        button.setCheckable(True)
        group.addButton(button)
        row.addWidget(button)
    page.view_switch = switch

    timer = QTimer(page)
    timer.setSingleShot(True)
    timer.setInterval(50)

    def request_visible() -> None:
        shown = page.cards if page.cards.isVisible() else page.view
        urls = [i.data(BADGE_ROLE).image_url for i in visible_rows(shown) if i.data(BADGE_ROLE)]
        page.thumbnails.prioritise([u for u in urls if u])

    timer.timeout.connect(request_visible)
    for view in (page.view, page.cards):
        view.verticalScrollBar().valueChanged.connect(lambda *_: timer.start())
    page.proxy.layoutChanged.connect(lambda *_: timer.start())
    page.proxy.modelReset.connect(lambda *_: timer.start())
    page.proxy.rowsInserted.connect(lambda *_: timer.start())
    page.request_visible_thumbnails = timer.start

    def choose(cards_view: bool, remember: bool = True) -> None:
        page.view_stack.setCurrentWidget(page.cards if cards_view else page.view)
        (page.cards_button if cards_view else page.list_button).setChecked(True)
        if remember:
            page.state.settings.set_last("library_view", "cards" if cards_view else "list")
        timer.start()

    page.show_cards = choose
    page.list_button.clicked.connect(lambda: choose(False))
    page.cards_button.clicked.connect(lambda: choose(True))
