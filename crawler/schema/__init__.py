"""The record's JSON Schema (record.schema.json, Draft 2020-12), shipped with the code."""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources

SCHEMA_FILE = "record.schema.json"


def schema_text() -> str:
    """The schema file as shipped; read through importlib.resources, so that it is
    found inside a zipped Scrapyd egg as well as in a checkout."""
    return resources.files(__package__).joinpath(SCHEMA_FILE).read_text(encoding="utf-8")


@lru_cache(maxsize=1)
def record_schema() -> dict:
    return json.loads(schema_text())
