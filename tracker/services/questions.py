"""Questions for the next appointment, and free notes. Both sit in the Diary timeline.

The clinic summary prints the open questions (`open_questions`).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from tracker.domain.clock import Clock
from tracker.domain.errors import ValidationError
from tracker.domain.symptoms import validate_occurred_at
from tracker.domain.text import check_text as check_characters
from tracker.services.diary import zone_name
from tracker.storage.journal import OpenJournal
from tracker.storage.models.diary import DiaryNote, Question

MAX_CHARS = 2000


@dataclass(frozen=True)
class QuestionInfo:
    id: int
    text: str
    asked: bool
    answered: bool
    answer: str | None
    occurred_at: datetime


@dataclass(frozen=True)
class NoteInfo:
    id: int
    text: str
    occurred_at: datetime


def _text(text: str, field: str, empty: str) -> str:
    text = (check_characters(text, field) or "").strip()
    if not text:
        raise ValidationError(empty, field=field)
    if len(text) > MAX_CHARS:
        raise ValidationError("Please keep this under 2000 characters.", field=field)
    return text


def check_text(text: str, empty: str) -> str:
    """Validate a note or question text without saving (forms check before an undoable edit)."""
    return _text(text, "text", empty)


def add_question(journal: OpenJournal, text: str, entered_by: int | None, clock: Clock) -> int:
    text = _text(text, "text", "Type the question you want to ask.")
    now = clock.now()
    with journal.session() as session:
        row = Question(text=text, asked=False, answered=False, occurred_at=now, tz=zone_name(now, clock),
                       entered_at=now, entered_by_id=entered_by)
        session.add(row)
        session.flush()
        return row.id


def update_question(journal: OpenJournal, question_id: int, text: str, *, asked: bool, answered: bool,
                    answer: str | None = None) -> None:
    text = _text(text, "text", "Type the question you want to ask.")
    with journal.session() as session:
        row = session.get(Question, question_id)
        if row is None:
            raise ValidationError("That question no longer exists.")
        row.text, row.asked, row.answered = text, asked or answered, answered
        row.answer = (check_characters(answer, "answer") or "").strip()[:MAX_CHARS] or None


def get_question(journal: OpenJournal, question_id: int) -> QuestionInfo:
    with journal.session() as session:
        r = session.get(Question, question_id)
        if r is None:
            raise ValidationError("That question no longer exists.")
        return QuestionInfo(r.id, r.text, r.asked, r.answered, r.answer, r.occurred_at)


def open_questions(journal: OpenJournal) -> list[QuestionInfo]:
    """Questions not yet answered, oldest first (the order they were thought of)."""
    with journal.session() as session:
        rows = session.scalars(select(Question).where(Question.deleted_at.is_(None), Question.answered.is_(False))
                               .order_by(Question.occurred_at, Question.id))
        return [QuestionInfo(r.id, r.text, r.asked, r.answered, r.answer, r.occurred_at) for r in rows]


def add_note(journal: OpenJournal, text: str, entered_by: int | None, occurred_at: datetime, clock: Clock) -> int:
    text = _text(text, "text", "Type your note.")
    validate_occurred_at(occurred_at, clock.now())
    with journal.session() as session:
        row = DiaryNote(text=text, occurred_at=occurred_at, tz=zone_name(occurred_at, clock), entered_at=clock.now(),
                        entered_by_id=entered_by)
        session.add(row)
        session.flush()
        return row.id


def update_note(journal: OpenJournal, note_id: int, text: str, occurred_at: datetime, clock: Clock) -> None:
    text = _text(text, "text", "Type your note.")
    validate_occurred_at(occurred_at, clock.now())
    with journal.session() as session:
        row = session.get(DiaryNote, note_id)
        if row is None:
            raise ValidationError("That note no longer exists.")
        row.text, row.occurred_at, row.tz = text, occurred_at, zone_name(occurred_at, clock)


def get_note(journal: OpenJournal, note_id: int) -> NoteInfo:
    with journal.session() as session:
        r = session.get(DiaryNote, note_id)
        if r is None:
            raise ValidationError("That note no longer exists.")
        return NoteInfo(r.id, r.text, r.occurred_at)
