"""Making a form fit a small screen with large text (1024×600 at 200 %).

A QComboBox asks for the width of its longest item, and a QFormLayout keeps each label
beside its field: together they made the plan's dialogs wider than the screen. These
helpers let the boxes be narrower (their list still opens in full) and let a field move
under its label when the row does not fit.
"""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QFormLayout, QWidget

#: Characters a narrowed box still shows before it cuts its current item.
COMBO_CHARS = 18


def narrow_combos(root: QWidget, chars: int = COMBO_CHARS) -> None:
    for combo in root.findChildren(QComboBox):
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(chars)


def wrap_form_rows(root: QWidget) -> None:
    for form in root.findChildren(QFormLayout):
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)


def fit_small_screens(root: QWidget) -> None:
    """Both of the above, for a dialog built in full (call at the end of its __init__)."""
    narrow_combos(root)
    wrap_form_rows(root)
