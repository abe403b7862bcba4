"""The problem groups of a validation result as a list model: one row per kind of problem."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from app.core.validate import IssueGroup
from app.ui.words.review_lines import group_headline
from app.ui.words.review_words import fix_label as fix_label

ModelIndex = QModelIndex | QPersistentModelIndex

GroupRole = Qt.ItemDataRole.UserRole + 1  # the IssueGroup itself
FixRole = Qt.ItemDataRole.UserRole + 2  # button label of the one-click fix, or None
SeverityRole = Qt.ItemDataRole.UserRole + 3


class IssueGroupsModel(QAbstractListModel):
    """Groups sorted as the core sorts them: errors first, then the largest."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._groups: list[IssueGroup] = []

    def set_groups(self, groups: list[IssueGroup]) -> None:
        """Show these groups (already in the core's order)."""
        self.beginResetModel()
        self._groups = list(groups)
        self.endResetModel()

    def group(self, row: int) -> IssueGroup:
        """The group shown in `row`."""
        return self._groups[row]

    @property
    def groups(self) -> list[IssueGroup]:
        """Every group shown, in order."""
        return list(self._groups)

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._groups)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        group = self._groups[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return group_headline(group)
        if role == Qt.ItemDataRole.ToolTipRole:
            return group_headline(group) if group.words is not None else group.message
        if role == GroupRole:
            return group
        if role == FixRole:
            return fix_label(group.fix)
        if role == SeverityRole:
            return group.severity
        return None
