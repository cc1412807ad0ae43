"""The patient and carers: who entered what."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import select

from tracker.domain.errors import ValidationError
from tracker.domain.text import check_text
from tracker.storage.journal import OpenJournal
from tracker.storage.models.core import Person

PATIENT = "patient"
CARER = "carer"


@dataclass(frozen=True)
class PersonInfo:
    id: int
    kind: str
    name: str
    relation: str | None

    @property
    def is_patient(self) -> bool:
        return self.kind == PATIENT


def _info(p: Person) -> PersonInfo:
    return PersonInfo(p.id, p.kind, p.name, p.relation)


def ensure_patient(journal: OpenJournal, name: str) -> PersonInfo:
    with journal.session() as session:
        existing = session.scalars(select(Person).where(Person.kind == PATIENT)).first()
        if existing is not None:
            return _info(existing)
        person = Person(kind=PATIENT, name=name, created_at=datetime.now(UTC))
        session.add(person)
        session.flush()
        return _info(person)


def patient(journal: OpenJournal) -> PersonInfo:
    with journal.session() as session:
        return _info(session.scalars(select(Person).where(Person.kind == PATIENT)).one())


def list_people(journal: OpenJournal, *, include_archived: bool = False) -> list[PersonInfo]:
    """The patient first, then carers by name."""
    with journal.session() as session:
        query = select(Person)
        if not include_archived:
            query = query.where(Person.archived_at.is_(None))
        people = session.scalars(query).all()
        people = sorted(people, key=lambda p: (p.kind != PATIENT, p.name.casefold()))
        return [_info(p) for p in people]


def add_carer(journal: OpenJournal, name: str, relation: str | None = None) -> PersonInfo:
    name = (check_text(name, "name") or "").strip()
    check_text(relation, "relation")
    if not name:
        raise ValidationError("Please give the carer's name.", field="name")
    with journal.session() as session:
        person = Person(kind=CARER, name=name, relation=(relation or "").strip() or None,
                        created_at=datetime.now(UTC))
        session.add(person)
        session.flush()
        return _info(person)


def archive_carer(journal: OpenJournal, person_id: int) -> None:
    """Carers are archived, never deleted: their past entries still name them."""
    with journal.session() as session:
        person = session.get(Person, person_id)
        if person is None or person.kind != CARER:
            raise ValidationError("Only a carer can be removed.")
        person.archived_at = datetime.now(UTC)


def rename_patient(journal: OpenJournal, name: str) -> PersonInfo:
    """The patient's name as it appears in the diary and the clinic summary."""
    name = (check_text(name, "name") or "").strip()
    if not name:
        raise ValidationError("Please give a name or nickname.", field="name")
    if len(name) > 200:
        raise ValidationError("That name is too long (200 characters at most).", field="name")
    with journal.session() as session:
        person = session.scalars(select(Person).where(Person.kind == PATIENT)).one()
        person.name = name
        session.flush()
        return _info(person)


def unarchive_carer(journal: OpenJournal, person_id: int) -> None:
    with journal.session() as session:
        person = session.get(Person, person_id)
        if person is None or person.kind != CARER:
            raise ValidationError("Only a carer can be brought back.")
        person.archived_at = None
