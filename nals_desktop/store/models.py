"""SQLAlchemy 2 typed models for the whole domain; UUID keys for everything that travels between laptops."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    ColumnElement,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    TypeDecorator,
    UniqueConstraint,
    func,
    or_,
)
from sqlalchemy import text as sql
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from nals_desktop.domain.rules import RECORDED_FIELDS

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def new_id() -> str:
    return str(uuid.uuid4())


def utcnow() -> datetime:
    return datetime.now(UTC)


class UTCDateTime(TypeDecorator[datetime]):
    """A UTC timestamp: stored naive (SQLite keeps no zone), always read back timezone-aware."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is not None and value.tzinfo is not None:
            value = value.astimezone(UTC)
        return value

    def process_result_value(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is not None and value.tzinfo is None:
            value = value.replace(tzinfo=UTC)
        return value


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


UUID = String(36)


class Summit(Base):
    __tablename__ = "summit"

    id: Mapped[str] = mapped_column(UUID, primary_key=True, default=new_id)
    title: Mapped[str] = mapped_column(Text)
    date: Mapped[date | None] = mapped_column(Date)
    location: Mapped[str] = mapped_column(Text, default="")
    host: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)

    parties: Mapped[list[SummitParty]] = relationship(
        back_populates="summit", cascade="all, delete-orphan", order_by="SummitParty.ordinal"
    )
    pillars: Mapped[list[Pillar]] = relationship(
        back_populates="summit", cascade="all, delete-orphan", order_by="Pillar.ordinal"
    )
    sources: Mapped[list[SourceDocument]] = relationship(
        back_populates="summit", cascade="all, delete-orphan"
    )


class Party(Base):
    __tablename__ = "party"

    id: Mapped[str] = mapped_column(UUID, primary_key=True, default=new_id)
    code: Mapped[str] = mapped_column(String(16), unique=True)
    name: Mapped[str] = mapped_column(Text)


class SummitParty(Base):
    __tablename__ = "summit_party"

    summit_id: Mapped[str] = mapped_column(ForeignKey("summit.id", ondelete="CASCADE"), primary_key=True)
    party_id: Mapped[str] = mapped_column(ForeignKey("party.id"), primary_key=True)
    ordinal: Mapped[int] = mapped_column(Integer)

    summit: Mapped[Summit] = relationship(back_populates="parties")
    party: Mapped[Party] = relationship()


class SourceDocument(Base):
    __tablename__ = "source_document"

    id: Mapped[str] = mapped_column(UUID, primary_key=True, default=new_id)
    summit_id: Mapped[str] = mapped_column(ForeignKey("summit.id", ondelete="CASCADE"), index=True)
    title: Mapped[str] = mapped_column(Text)
    file_name: Mapped[str] = mapped_column(Text, default="")
    publisher: Mapped[str] = mapped_column(Text, default="")
    language: Mapped[str] = mapped_column(String(16), default="")
    fmt: Mapped[str] = mapped_column(String(8))
    checksum: Mapped[str] = mapped_column(String(64), unique=True)  # sha256 of the normalised text
    raw_text: Mapped[str] = mapped_column(Text)
    imported_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)

    summit: Mapped[Summit] = relationship(back_populates="sources")


class Pillar(Base):
    __tablename__ = "pillar"
    __table_args__ = (UniqueConstraint("summit_id", "ordinal"),)

    id: Mapped[str] = mapped_column(UUID, primary_key=True, default=new_id)
    summit_id: Mapped[str] = mapped_column(ForeignKey("summit.id", ondelete="CASCADE"))
    ordinal: Mapped[int] = mapped_column(Integer)
    tab: Mapped[str] = mapped_column(String(4))
    short_title: Mapped[str] = mapped_column(Text)
    title: Mapped[str] = mapped_column(Text)
    intro: Mapped[str] = mapped_column(Text, default="")

    summit: Mapped[Summit] = relationship(back_populates="pillars")
    commitments: Mapped[list[Commitment]] = relationship(
        back_populates="pillar",
        cascade="all, delete-orphan",
        order_by="Commitment.ordinal",
        primaryjoin="and_(Pillar.id == Commitment.pillar_id, Commitment.parent_id.is_(None))",
        viewonly=True,
    )


class Commitment(Base):
    __tablename__ = "commitment"
    __table_args__ = (
        UniqueConstraint("summit_id", "reference"),
        Index("ix_commitment_pillar_ordinal", "pillar_id", "parent_id", "ordinal"),
        # Only the commitments with a group: whether a scope has any (the table's Group column) is one probe.
        Index(
            "ix_commitment_grouped",
            "summit_id",
            "pillar_id",
            sqlite_where=sql("group_title IS NOT NULL"),
        ),
    )

    id: Mapped[str] = mapped_column(UUID, primary_key=True, default=new_id)
    summit_id: Mapped[str] = mapped_column(ForeignKey("summit.id", ondelete="CASCADE"))
    pillar_id: Mapped[str] = mapped_column(ForeignKey("pillar.id", ondelete="CASCADE"))
    parent_id: Mapped[str | None] = mapped_column(ForeignKey("commitment.id", ondelete="CASCADE"), index=True)
    ordinal: Mapped[int] = mapped_column(Integer)
    reference: Mapped[str] = mapped_column(String(32))  # "B-3", child "B-3.1"
    text: Mapped[str] = mapped_column(Text)
    # The sub-heading it stands under within its pillar; None for none (and for a child: its parent's).
    group_title: Mapped[str | None] = mapped_column(Text)
    span_start: Mapped[int | None] = mapped_column(Integer)
    span_end: Mapped[int | None] = mapped_column(Integer)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)

    pillar: Mapped[Pillar] = relationship(back_populates="commitments")
    children: Mapped[list[Commitment]] = relationship(order_by="Commitment.ordinal")
    positions: Mapped[list[Position]] = relationship(
        back_populates="commitment", cascade="all, delete-orphan"
    )
    status: Mapped[StatusRecord | None] = relationship(
        back_populates="commitment", cascade="all, delete-orphan"
    )


class PositionTag(Base):
    __tablename__ = "position_tag"

    position_id: Mapped[str] = mapped_column(ForeignKey("position.id", ondelete="CASCADE"), primary_key=True)
    tag_id: Mapped[str] = mapped_column(
        ForeignKey("tag.id", ondelete="CASCADE"), primary_key=True, index=True
    )


class Tag(Base):
    __tablename__ = "tag"

    id: Mapped[str] = mapped_column(UUID, primary_key=True, default=new_id)
    name: Mapped[str] = mapped_column(Text, unique=True)


class Position(Base):
    """One party's position on one commitment; the current values are its head revision's."""

    __tablename__ = "position"
    __table_args__ = (UniqueConstraint("commitment_id", "party_id"),)

    id: Mapped[str] = mapped_column(UUID, primary_key=True, default=new_id)
    commitment_id: Mapped[str] = mapped_column(ForeignKey("commitment.id", ondelete="CASCADE"))
    party_id: Mapped[str] = mapped_column(ForeignKey("party.id"), index=True)
    stance: Mapped[str | None] = mapped_column(String(32), index=True)
    priority: Mapped[str | None] = mapped_column(String(16), index=True)
    objective: Mapped[str] = mapped_column(Text, default="")
    key_messages: Mapped[str] = mapped_column(Text, default="")
    responses: Mapped[str] = mapped_column(Text, default="")
    fallback: Mapped[str] = mapped_column(Text, default="")
    red_line: Mapped[str] = mapped_column(Text, default="")
    background: Mapped[str] = mapped_column(Text, default="")
    marking: Mapped[str] = mapped_column(String(32), default="UNCLASSIFIED")
    head_revision_id: Mapped[str | None] = mapped_column(UUID)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    updated_by: Mapped[str] = mapped_column(Text, default="")

    commitment: Mapped[Commitment] = relationship(back_populates="positions")
    party: Mapped[Party] = relationship()
    tags: Mapped[list[Tag]] = relationship(secondary="position_tag", order_by="Tag.name")

    def is_recorded(self) -> bool:
        """One of the RECORDED_FIELDS holds something."""
        return any(getattr(self, name) for name in RECORDED_FIELDS)

    @classmethod
    def recorded(cls) -> ColumnElement[bool]:
        """``is_recorded``, in SQL."""
        return or_(*(func.coalesce(getattr(cls, name), "") != "" for name in RECORDED_FIELDS))


class StatusRecord(Base):
    """Implementation status of one commitment; the current values are its head revision's."""

    __tablename__ = "implementation_status"

    id: Mapped[str] = mapped_column(UUID, primary_key=True, default=new_id)
    commitment_id: Mapped[str] = mapped_column(ForeignKey("commitment.id", ondelete="CASCADE"), unique=True)
    status: Mapped[str] = mapped_column(String(40), index=True)
    progress: Mapped[int] = mapped_column(Integer, default=0)
    evidence: Mapped[str] = mapped_column(Text, default="")
    as_of: Mapped[date | None] = mapped_column(Date)
    reason: Mapped[str] = mapped_column(Text, default="")
    head_revision_id: Mapped[str | None] = mapped_column(UUID)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    updated_by: Mapped[str] = mapped_column(Text, default="")

    commitment: Mapped[Commitment] = relationship(back_populates="status")


class Revision(Base):
    """An immutable saved change of a position or a status: never updated, never deleted."""

    __tablename__ = "revision"
    __table_args__ = (Index("ix_revision_commitment_created", "commitment_id", "created_at"),)

    id: Mapped[str] = mapped_column(UUID, primary_key=True, default=new_id)
    entity_type: Mapped[str] = mapped_column(String(16))  # "position" | "status"
    entity_id: Mapped[str] = mapped_column(UUID, index=True)
    commitment_id: Mapped[str] = mapped_column(ForeignKey("commitment.id", ondelete="CASCADE"))
    party_code: Mapped[str | None] = mapped_column(String(16))
    parent_id: Mapped[str | None] = mapped_column(UUID)
    merge_parent_id: Mapped[str | None] = mapped_column(UUID)  # second parent of a field-by-field merge
    author: Mapped[str] = mapped_column(Text, default="")
    device_id: Mapped[str] = mapped_column(String(36), default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow, index=True)
    changed: Mapped[dict[str, Any]] = mapped_column(JSON)  # field -> [old, new]
    snapshot: Mapped[dict[str, Any]] = mapped_column(JSON)  # every field's value after this revision
    # The conflicts still open at this revision (field, base, ours, theirs, value), carried by merges
    # until a person settles them; None when there are none.
    conflicts: Mapped[list[dict[str, Any]] | None] = mapped_column(JSON)


class Peer(Base):
    """Another laptop this store exchanged revisions with."""

    __tablename__ = "peer"

    device_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    name: Mapped[str] = mapped_column(Text, default="")


class PeerRevision(Base):
    """A revision a peer is known to hold: it sent it to us, or we sent it to it."""

    __tablename__ = "peer_revision"

    peer_device_id: Mapped[str] = mapped_column(
        ForeignKey("peer.device_id", ondelete="CASCADE"), primary_key=True
    )
    revision_id: Mapped[str] = mapped_column(ForeignKey("revision.id", ondelete="CASCADE"), primary_key=True)


class SyncServer(Base):
    """A delegation server this store syncs with: its address (never a password) and how far it pulled."""

    __tablename__ = "sync_server"

    url: Mapped[str] = mapped_column(Text, primary_key=True)
    server_id: Mapped[str | None] = mapped_column(String(36))  # the server's own id, as a peer's device id
    pulled_seq: Mapped[int] = mapped_column(Integer, default=0)  # the server's last revision pulled
    chosen_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)  # the latest is remembered
    synced_at: Mapped[datetime | None] = mapped_column(UTCDateTime())


class SearchDoc(Base):
    """The text that full-text search indexes, one row per commitment, pillar or position.

    Kept in sync by triggers (see the initial migration); its explicit integer key keeps the
    external-content FTS5 index valid across VACUUM.
    """

    __tablename__ = "search_doc"

    rowid: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String(16))  # "commitment" | "pillar" | "position"
    entity_id: Mapped[str] = mapped_column(UUID, unique=True)
    summit_id: Mapped[str] = mapped_column(UUID, index=True)
    commitment_id: Mapped[str | None] = mapped_column(UUID, index=True)
    pillar_id: Mapped[str | None] = mapped_column(UUID)
    title: Mapped[str] = mapped_column(Text, default="")
    body: Mapped[str] = mapped_column(Text, default="")
