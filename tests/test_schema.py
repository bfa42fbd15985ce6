"""crawler/schema/record.schema.json is the Article record, exactly."""

import json
import subprocess
import sys
import typing
from dataclasses import fields

import jsonschema
import pytest

from crawler.items import RECORD_FIELDS, SCHEMA_VERSION, Article
from crawler.schema import record_schema
from tests.conftest import REPO, validate_records

# Python annotation of an Article field -> the JSON types the schema must allow.
JSON_TYPES = {str: {"string"}, float: {"number"}, bool: {"boolean"}, int: {"integer"},
              type(None): {"null"}, list: {"array"}}


def json_types(annotation) -> set[str]:
    origin = typing.get_origin(annotation)
    if origin in (typing.Union, __import__("types").UnionType):
        return set().union(*(json_types(a) for a in typing.get_args(annotation)))
    return JSON_TYPES[origin or annotation]


def schema_types(spec: dict) -> set[str]:
    if "const" in spec:
        return {"string"} if isinstance(spec["const"], str) else {type(spec["const"]).__name__}
    if "enum" in spec:
        return {"null" if v is None else "string" for v in spec["enum"]}
    kind = spec["type"]
    return {kind} if isinstance(kind, str) else set(kind)


def test_schema_is_valid_draft_2020_12():
    schema = record_schema()
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    jsonschema.Draft202012Validator.check_schema(schema)


def test_every_article_field_is_in_the_schema_with_its_type():
    # Fails when a field is added to (or removed from) Article without the schema.
    schema = record_schema()
    hints = typing.get_type_hints(Article)
    names = list(RECORD_FIELDS)  # Article's fields less those marked record=False
    assert names == [f.name for f in fields(Article) if f.metadata.get("record", True)]
    assert list(schema["properties"]) == names
    assert schema["required"] == names
    assert schema["additionalProperties"] is False
    for name in names:
        assert schema_types(schema["properties"][name]) == json_types(hints[name]), name


def test_enums_and_version():
    properties = record_schema()["properties"]
    assert properties["kind"]["enum"] == ["original", "copy"]
    assert properties["copy_evidence"]["enum"] == ["source_link", "canonical", "credit_link",
                                                   "near_duplicate", None]
    assert properties["schema_version"] == {"const": SCHEMA_VERSION}
    assert properties["removed"]["items"]["required"] == ["rule", "text"]


def record(**changes) -> dict:
    base = {"url": "https://a.example/x", "canonical_url": None, "domain": "a.example",
            "kind": "original", "original_url": None, "title": "T", "author": None,
            "published": None, "language": "en", "language_score": 0.99, "text": "Text.",
            "removed": [{"rule": "cookie_banner", "text": "We use cookies."}],
            "fetched_at": "2026-11-22T07:31:16Z", "content_hash": "ab", "paywalled": False,
            "copy_evidence": None, "similarity": None, "cleaned_against_original": False,
            "schema_version": SCHEMA_VERSION}
    return {**base, **changes}


def test_the_schema_refuses_what_the_record_never_is():
    validate_records([record(), record(kind="copy", copy_evidence="near_duplicate", similarity=0.93)])
    for bad in (record(kind="mirror"), record(copy_evidence="guess"), record(removed=[{"rule": "x"}]),
                record(schema_version="0.9"), record(paywalled=None), record(extra=1)):
        with pytest.raises(jsonschema.ValidationError):
            validate_records([bad])
    missing = record()
    del missing["text"]
    with pytest.raises(jsonschema.ValidationError):
        validate_records([missing])


def test_scrapy_schema_prints_it():
    run = subprocess.run([sys.executable, "-m", "scrapy", "schema"], cwd=REPO, capture_output=True,
                         text=True, timeout=60)
    assert run.returncode == 0, run.stderr[-2000:]
    assert json.loads(run.stdout) == record_schema()
