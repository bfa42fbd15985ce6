"""The Redis URL: checked before a crawl starts, and never logged with its password."""

from __future__ import annotations

from urllib.parse import urlsplit, urlunsplit

from redis.exceptions import RedisError
from scrapy_redis.connection import get_redis_from_settings


def redact(url: str) -> str:
    """REDIS_URL for logs: the password replaced by ***."""
    parts = urlsplit(url)
    if parts.password is None:
        return url
    netloc = parts.netloc.rsplit("@", 1)[1]
    user = f"{parts.username}:" if parts.username else ":"
    return urlunsplit(parts._replace(netloc=f"{user}***@{netloc}"))


def redis_problem(settings) -> str | None:
    """Why REDIS_URL cannot be used, in one line; None if it is unset or Redis answers.

    For a command that wants to fail before starting, e.g. `scrapy crawl`."""
    url = (settings.get("REDIS_URL") or "").strip()
    if not url:
        return None
    if urlsplit(url).scheme not in ("redis", "rediss", "unix"):
        return f"REDIS_URL: {redact(url)!r} is not a redis://, rediss:// or unix:// URL"
    try:
        client = get_redis_from_settings(settings)
        client.ping()
        client.close()
    except (RedisError, ValueError) as error:
        return f"REDIS_URL: cannot use Redis at {redact(url)}: {error}"
    return None
