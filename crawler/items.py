"""What flows through the crawler: a fetched Page in, an Article record out."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timezone

from crawler.fetch.encoding import decode_html


# The record's contract with users (crawler/schema/record.schema.json):
# MAJOR changes when a field is removed, renamed or changes type; MINOR when
# a field is added.
SCHEMA_VERSION = "1.1"


def utc_now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds").replace("+00:00", "Z")


@dataclass
class Page:
    """A fetched HTML page, as the spider hands it to the pipelines."""

    url: str
    html: str
    status: int = 200
    kind: str = "original"  # "original" or "copy"
    original_url: str | None = None
    copy_evidence: str | None = None  # how the spider knew it is a copy (see Article)
    fetched_at: str = field(default_factory=utc_now)
    # A copy yielded after its original: the original Page's URL, whose cleaned
    # lines the copy is cleaned against. None: the original could not be had.
    original_key: str | None = None
    # An original fetched for a copy: its cleaned lines are handed to the copy.
    awaited_by_copy: bool = False
    # The response as received (decoded body, headers), for the raw archive.
    body: bytes = field(default=b"", repr=False)
    headers: list[tuple[bytes, bytes]] = field(default_factory=list, repr=False)

    def as_dict(self) -> dict:
        """The fields, for carrying a page inside a request (cb_kwargs; JSON in Redis)."""
        return {name: getattr(self, name) for name in self.__dataclass_fields__}

    @classmethod
    def from_response(cls, response, **fields) -> "Page":
        """The Page of a response; raises DecodeError for undecodable bytes.

        The crawl and `reclean` (from the WARC archive) both build pages
        here, so both decode the same bytes the same way.
        """
        content_type = response.headers.get("Content-Type", b"").decode("latin-1")
        html, _ = decode_html(response.body, content_type)
        headers = [(name, value) for name, values in response.headers.items() for value in values]
        return cls(url=response.url, html=html, status=response.status,
                   body=response.body, headers=headers, **fields)


@dataclass
class Article:
    """The stored record: one JSON object per line. Field names are a contract."""

    url: str
    canonical_url: str | None
    domain: str
    kind: str
    original_url: str | None
    title: str | None
    author: str | None
    published: str | None
    language: str | None
    language_score: float | None
    text: str
    removed: list[dict[str, str]]
    fetched_at: str
    content_hash: str | None
    paywalled: bool = False  # the page declares isAccessibleForFree false
    # How a copy is known to be one: source_link, canonical, credit_link or
    # near_duplicate (null for originals); similarity for near_duplicate.
    copy_evidence: str | None = None
    similarity: float | None = None
    # True when the copy's lines were aligned to its original's (cleaning by evidence).
    cleaned_against_original: bool = False
    schema_version: str = SCHEMA_VERSION
    # Not stored (see RECORD_FIELDS): how a copy and its original meet in the pipeline.
    original_key: str | None = field(default=None, repr=False, metadata={"record": False})
    awaited_by_copy: bool = field(default=False, repr=False, metadata={"record": False})


RECORD_FIELDS = tuple(name for name, spec in Article.__dataclass_fields__.items()
                      if spec.metadata.get("record", True))
