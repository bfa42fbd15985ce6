"""How requests travel through the shared queue: JSON with bytes tagged, never pickle."""

from __future__ import annotations

import base64
import json


def _pack(value):
    if isinstance(value, bytes):
        return {"__bytes__": base64.b64encode(value).decode("ascii")}
    if isinstance(value, dict):
        if all(isinstance(k, str) for k in value) and not {"__bytes__", "__items__"} & value.keys():
            return {k: _pack(v) for k, v in value.items()}
        return {"__items__": [[_pack(k), _pack(v)] for k, v in value.items()]}
    if isinstance(value, (list, tuple)):
        return [_pack(v) for v in value]
    if value is None or isinstance(value, (str, int, float, bool)):
        return value
    raise TypeError(f"a {type(value).__name__} cannot be stored in the shared queue")


def _unpack(value):
    if isinstance(value, dict):
        if len(value) == 1 and "__bytes__" in value:
            return base64.b64decode(value["__bytes__"])
        if len(value) == 1 and "__items__" in value:
            return {_hashable(_unpack(k)): _unpack(v) for k, v in value["__items__"]}
        return {k: _unpack(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_unpack(v) for v in value]
    return value


def _hashable(value):
    return tuple(value) if isinstance(value, list) else value


class JsonSerializer:
    """scrapy-redis serializer: JSON with bytes tagged (pickle from a shared server runs code)."""

    @staticmethod
    def dumps(obj) -> str:
        return json.dumps(_pack(obj), separators=(",", ":"), ensure_ascii=False)

    @staticmethod
    def loads(data):
        if isinstance(data, bytes):
            data = data.decode("utf-8")
        return _unpack(json.loads(data))
