"""The messages on every topic: the single source of truth for `schemas/`.

Every message carries `schema_version` and a deterministic `id`, so a consumer
that sees it twice (redelivery is normal at-least-once) can tell.
"""

from __future__ import annotations

import hashlib
from datetime import date, datetime
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

SCHEMA_VERSION = 1

DatePrecision = Literal["day", "week", "month", "year"]
LocationPrecision = Literal["point", "admin2", "admin1", "country"]


def stable_id(*parts: str, length: int = 16) -> str:
    """A short hex id derived from its parts: the same input always gives the same id."""
    digest = hashlib.sha256("\x1f".join(parts).encode("utf-8", "surrogatepass"))
    return digest.hexdigest()[:length]


class Message(BaseModel):
    """Base of all topic messages: strict about unknown versions, lenient about extras."""

    model_config = ConfigDict(extra="ignore", frozen=True)

    schema_version: Literal[1] = SCHEMA_VERSION


class Article(Message):
    """A news article as ingested, before cleaning. `id` is stable across resubmissions."""

    id: str = Field(min_length=1, max_length=512)
    text: str = Field(min_length=1)
    title: str | None = None
    url: str | None = None
    source: str | None = Field(None, description="Outlet or agency name")
    published_at: datetime | None = None
    language: str | None = None
    content_type: Literal["text", "html"] = "text"
    received_at: datetime | None = Field(None, description="When ingest accepted it (UTC)")

    @field_validator("text")
    @classmethod
    def _text_not_blank(cls, value: str) -> str:
        if not value.strip():
            raise ValueError("text is blank")
        return value

    @staticmethod
    def id_for(text: str, url: str | None = None) -> str:
        """The id an article gets when its feed gives none: from its URL, else its text."""
        return "a-" + stable_id(url or text)


class Evidence(BaseModel):
    """The sentence behind one extracted number, with offsets into the cleaned text."""

    model_config = ConfigDict(frozen=True)

    field: Literal["killed", "wounded"]
    value: int
    sentence: str
    start: int = Field(ge=0, description="Offset of the sentence in the cleaned text")
    end: int = Field(ge=0)
    phrase: str | None = Field(None, description="The words that gave the number")


class Location(BaseModel):
    """The most precise place named, geocoded offline."""

    model_config = ConfigDict(frozen=True)

    name: str | None = None
    country: str | None = None
    country_code: str | None = Field(None, description="ISO 3166-1 alpha-2")
    admin1: str | None = None
    admin2: str | None = None
    lat: float | None = None
    lon: float | None = None
    precision: LocationPrecision | None = None


class SourceRef(BaseModel):
    """One report (article) behind an incident."""

    model_config = ConfigDict(frozen=True)

    article_id: str
    url: str | None = None
    source: str | None = None
    published_at: datetime | None = None


class Incident(Message):
    """One real-world event as read from one article, or as merged across many.

    On `incidents.raw` the id is `<article id>#<index>` and version 1; on
    `incidents` the id is the canonical incident id and `version` grows with
    every merge that changes it.
    """

    id: str
    article_id: str = Field(description="The article this version was last read from")
    event_type: str | None = None
    sub_event_type: str | None = None
    actors: list[str] = Field(default_factory=list)
    victims: list[str] = Field(default_factory=list)
    location: Location = Field(default_factory=Location)
    event_date: date | None = None
    date_precision: DatePrecision | None = None
    killed: int | None = Field(None, ge=0)
    wounded: int | None = Field(None, ge=0)
    killed_breakdown: dict[str, int] = Field(default_factory=dict)
    evidence: list[Evidence] = Field(default_factory=list)
    background: bool = False
    confidence: float = Field(0.5, ge=0.0, le=1.0)
    version: int = Field(1, ge=1)
    sources: list[SourceRef] = Field(default_factory=list)
    published_at: datetime | None = None
    ingested_at: datetime | None = Field(None, description="Ingest time of the newest source")


class ArticleExtraction(Message):
    """What `extract` publishes on `incidents.raw`: one article's incidents, main first.

    `duplicate_of` names an earlier article this one copies (near-verbatim); such
    an article is not extracted again, and its incidents list is empty.
    """

    id: str = Field(description="The article id")
    url: str | None = None
    source: str | None = None
    title: str | None = None
    published_at: datetime | None = None
    ingested_at: datetime | None = None
    duplicate_of: str | None = None
    incidents: list[Incident] = Field(default_factory=list)
    names: list[str] = Field(
        default_factory=list,
        description="Proper names in the article (lower-cased, most frequent first): dedup "
        "uses names shared between reports to tell look-alike events apart",
    )
    words: dict[str, int] = Field(
        default_factory=dict,
        description="Content words of the cleaned text (stemmed) and their counts, most "
        "frequent first (<= 400), plus y:<year> for years named in the lead: dedup's "
        "story matcher weighs them by tf-idf to group articles of one news story",
    )
    name_words: list[str] = Field(
        default_factory=list,
        description="The words of `words` the article writes as names (capitalised "
        "mid-sentence): they weigh more in story matching",
    )


class Alert(Message):
    """A high-casualty incident crossing a severity tier. `id` is `<incident>:<level>`."""

    id: str
    incident_id: str
    incident_version: int
    severity: str
    severity_level: int = Field(ge=1)
    escalation: bool = Field(False, description="True when a lower tier was alerted before")
    killed: int | None = None
    wounded: int | None = None
    event_type: str | None = None
    sub_event_type: str | None = None
    actors: list[str] = Field(default_factory=list)
    victims: list[str] = Field(default_factory=list)
    location: Location = Field(default_factory=Location)
    event_date: date | None = None
    sources: list[SourceRef] = Field(default_factory=list)
    evidence: list[Evidence] = Field(default_factory=list)
    raised_at: datetime


class DeadLetter(Message):
    """A message a stage could not process, with why and its original bytes (base64)."""

    id: str = Field(description="Derived from topic, partition and offset: stable on redelivery")
    stage: str
    topic: str
    partition: int | None = None
    offset: int | None = None
    key: str | None = None
    reason: str = Field(description="Short machine-readable class, e.g. invalid_json")
    error: str
    original_base64: str
    failed_at: datetime
