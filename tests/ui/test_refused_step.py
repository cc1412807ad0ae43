"""A step the journal refused is taken off the undo history; what came after it goes too."""

from __future__ import annotations

from PySide6.QtGui import QUndoCommand, QUndoStack

from tracker.ui.common.refused_step import RefusableStep


class _Step(RefusableStep, QUndoCommand):
    def __init__(self, text: str, log: list[str]) -> None:
        super().__init__(text)
        self.log = log

    def redo(self) -> None:
        if self.skipping():
            return
        self.log.append(f"redo {self.text()}")

    def undo(self) -> None:
        if self.skipping():
            return
        self.log.append(f"undo {self.text()}")


def test_a_refused_first_do_is_taken_off_and_the_earlier_steps_stay(qapp):
    log: list[str] = []
    stack = QUndoStack()
    stack.push(_Step("a", log))
    refused = _Step("b", log)
    stack.push(refused)
    refused.take_back(stack, undoing=False)
    assert (stack.count(), stack.index(), stack.canRedo()) == (1, 1, False)
    assert log == ["redo a", "redo b"]  # taking it back wrote nothing


def test_a_refused_redo_with_later_steps_after_it_clears_the_history(qapp):
    # "Add a line" then "add a drug to it", both undone; redoing the line is refused: the drug
    # must not stay offered for Redo without the line it was added to.
    log: list[str] = []
    stack = QUndoStack()
    line, drug = _Step("line", log), _Step("drug", log)
    stack.push(line)
    stack.push(drug)
    stack.undo()
    stack.undo()
    stack.redo()  # the line again: the journal refuses it
    line.take_back(stack, undoing=False)
    assert not stack.canRedo() and not stack.canUndo()
    assert log == ["redo line", "redo drug", "undo drug", "undo line", "redo line"]


def test_a_refused_undo_stays_done_and_undoable(qapp):
    log: list[str] = []
    stack = QUndoStack()
    step = _Step("a", log)
    stack.push(step)
    stack.undo()
    step.take_back(stack, undoing=True)
    assert (stack.index(), stack.canUndo(), stack.canRedo()) == (1, True, False)
    assert log == ["redo a", "undo a"]
