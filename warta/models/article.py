"""`warta.articles`: one fetched and extracted article, keyed by `article_id`."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from warta.models.base import Message, Timestamp


class Credits(BaseModel):
    """Credit lines taken out of the body and kept as metadata."""

    model_config = ConfigDict(frozen=True, extra="ignore")

    editor: list[str] = Field(default_factory=list)
    writer: list[str] = Field(default_factory=list, description="Penulis")
    reporter: list[str] = Field(default_factory=list)
    photo: list[str] = Field(default_factory=list, description="photo credits (Foto: ...)")


class Provenance(BaseModel):
    """Where and how the article was obtained, so that it can be re-fetched or re-extracted."""

    model_config = ConfigDict(frozen=True, extra="ignore")

    http_status: int | None = None
    etag: str | None = None
    last_modified: str | None = None
    fetched_at: Timestamp
    extractor_version: str
    raw_html_sha256: str | None = Field(None, description="key of the compressed raw HTML in the page store")
    pages: int = Field(1, description="number of pages joined into the text")


class Article(Message):
    """An article with clean Indonesian body text and its metadata."""

    schema_version: Literal["1.0"] = "1.0"
    article_id: str
    url: str = Field(description="canonical URL (rel=canonical when the page gives one)")
    outlet: str
    section: str | None = None
    title: str
    text: str
    description: str | None = None
    authors: list[str] = Field(default_factory=list)
    credits: Credits = Field(default_factory=Credits)
    tags: list[str] = Field(default_factory=list)
    image: str | None = None
    published_at: Timestamp | None = None
    updated_at: Timestamp | None = None
    language: str = Field("id", description="ISO 639-1 code found by the language detector")
    language_flag: bool = Field(False, description="true when the article is not in Indonesian")
    version: int = Field(0, description="monotonic version (epoch ms of the newest known change)")
    changed_fields: list[str] = Field(
        default_factory=list, description="fields that differ from the previous version; empty for a new article"
    )
    provenance: Provenance
