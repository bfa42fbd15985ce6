"""Refuse requests to loopback, private, link-local and other non-public addresses.

A crawler that follows links from the open web must never be steered into
internal services (cloud metadata, admin panels, databases on localhost).
Every request, including each redirect hop (Scrapy re-schedules redirects
through the downloader middlewares), has its host resolved and checked
before it is sent. The lookup goes through the reactor's resolver, whose
cache the connection then uses, so the address checked is the address used.
"""

from __future__ import annotations

import ipaddress
import logging
from dataclasses import dataclass
from urllib.parse import urlsplit

from scrapy.exceptions import IgnoreRequest, NotConfigured
from scrapy.resolver import CachingHostnameResolver
from scrapy.utils.defer import maybe_deferred_to_future
from twisted.internet.defer import Deferred
from twisted.internet.interfaces import IResolutionReceiver
from zope.interface import implementer

from crawler.components import Component

logger = logging.getLogger(__name__)

_TRUE = {"1", "true", "yes", "on", "all"}
_FALSE = {"", "0", "false", "no", "off", "none"}


def is_public(address: str) -> bool:
    """True for globally routable unicast addresses only."""
    try:
        ip = ipaddress.ip_address(address.split("%", 1)[0])
    except ValueError:
        return False
    mapped = getattr(ip, "ipv4_mapped", None)
    if mapped is not None:
        ip = mapped
    return ip.is_global and not ip.is_multicast


@dataclass(frozen=True)
class AddressPolicy:
    """Which non-public destinations are allowed: none, all, or some host:port pairs."""

    allow_all: bool = False
    allowed: frozenset[tuple[str, int]] = frozenset()

    @classmethod
    def from_setting(cls, value) -> AddressPolicy:
        if isinstance(value, bool):
            return cls(allow_all=value)
        text = str(value if value is not None else "").strip()
        if text.lower() in _TRUE:
            return cls(allow_all=True)
        if text.lower() in _FALSE:
            return cls()
        pairs = set()
        for entry in text.split(","):
            host, sep, port = entry.strip().rpartition(":")
            if not sep or not port.isdigit() or not host:
                raise ValueError(
                    f"ALLOW_PRIVATE_HOSTS: {entry.strip()!r} is not host:port "
                    "(use True, False, or a comma-separated list of host:port)"
                )
            pairs.add((host.strip("[]").lower(), int(port)))
        return cls(allowed=frozenset(pairs))

    def allows(self, host: str, address: str, port: int) -> bool:
        if self.allow_all or is_public(address):
            return True
        return (host.lower(), port) in self.allowed or (address, port) in self.allowed


class PrivateAddress(IgnoreRequest):
    """Refused: the host is, or resolves to, a non-public address."""


class BadScheme(IgnoreRequest):
    """Refused: not http or https (file:, ftp:, gopher: ... from a page or a redirect)."""


@implementer(IResolutionReceiver)
class _Collect:
    def __init__(self) -> None:
        self.addresses: list[str] = []
        self.done: Deferred[list[str]] = Deferred()

    def resolutionBegan(self, resolution) -> None:
        pass

    def addressResolved(self, address) -> None:
        self.addresses.append(address.host)

    def resolutionComplete(self) -> None:
        self.done.callback(self.addresses)


async def resolve(host: str, port: int) -> list[str]:
    """All addresses of host, through the reactor's (Scrapy-cached) resolver."""
    from twisted.internet import reactor  # noqa: PLC0415 - Scrapy installs it before any request

    receiver = _Collect()
    resolver = reactor.nameResolver
    # Under `scrapy crawl` the reactor's resolver is GuardedResolver, which hides
    # refused addresses; the middleware needs to see them to refuse and count.
    lookup = getattr(resolver, "resolve_unfiltered", resolver.resolveHostName)
    lookup(receiver, host, portNumber=port)
    return await maybe_deferred_to_future(receiver.done)


@implementer(IResolutionReceiver)
class _PublicOnly:
    """Passes on only the addresses the policy allows (connect-time check)."""

    def __init__(self, receiver, host: str, port: int, policy: AddressPolicy):
        self.receiver, self.host, self.port, self.policy = receiver, host, port, policy

    def resolutionBegan(self, resolution) -> None:
        self.receiver.resolutionBegan(resolution)

    def addressResolved(self, address) -> None:
        if self.policy.allows(self.host, address.host, self.port):
            self.receiver.addressResolved(address)
        else:
            logger.warning("Refused to connect to %s (%s): non-public address", address.host, self.host)

    def resolutionComplete(self) -> None:
        self.receiver.resolutionComplete()


class GuardedResolver(CachingHostnameResolver):
    """TWISTED_DNS_RESOLVER: the last line of defence, at connect time.

    Every connection Scrapy's HTTP handler opens resolves its host through
    the reactor's name resolver, IP literals included; this one drops the
    addresses ALLOW_PRIVATE_HOSTS does not allow, so even a name that turns
    private between the middleware's check and the connection (DNS
    rebinding) cannot reach an internal address. Installed per process by
    `scrapy crawl` (CrawlerProcess).
    """

    def __init__(self, reactor, cache_size: int, policy: AddressPolicy):
        super().__init__(reactor, cache_size)
        self.policy = policy

    @classmethod
    def from_crawler(cls, crawler, reactor):
        settings = crawler.settings
        cache_size = settings.getint("DNSCACHE_SIZE") if settings.getbool("DNSCACHE_ENABLED") else 0
        return cls(reactor, cache_size, AddressPolicy.from_setting(settings.get("ALLOW_PRIVATE_HOSTS")))

    def resolveHostName(self, resolutionReceiver, hostName, portNumber=0, addressTypes=None,
                        transportSemantics="TCP"):
        if not self.policy.allow_all:
            resolutionReceiver = _PublicOnly(resolutionReceiver, hostName, portNumber, self.policy)
        return super().resolveHostName(resolutionReceiver, hostName, portNumber, addressTypes,
                                       transportSemantics)

    def resolve_unfiltered(self, resolutionReceiver, hostName, portNumber=0):
        """Every address, for PrivateHostGuard to judge (and count) before connecting."""
        return super().resolveHostName(resolutionReceiver, hostName, portNumber)


class PrivateHostGuard(Component):
    """Downloader middleware: drop requests whose host is not public."""

    def __init__(self, crawler):
        self.policy = AddressPolicy.from_setting(crawler.settings.get("ALLOW_PRIVATE_HOSTS"))
        if self.policy.allow_all:
            raise NotConfigured("ALLOW_PRIVATE_HOSTS allows every address")
        self.stats = crawler.stats

    async def process_request(self, request):
        parts = urlsplit(request.url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            self.stats.inc_value("skip/bad_scheme")
            logger.warning("Refused %s: only http and https are fetched", request.url)
            raise BadScheme(f"scheme {parts.scheme!r} refused")
        host = parts.hostname
        port = parts.port or (443 if parts.scheme == "https" else 80)
        try:
            ipaddress.ip_address(host)
            addresses = [host]
        except ValueError:
            addresses = await resolve(host, port)
        refused = [a for a in addresses if not self.policy.allows(host, a, port)]
        if refused:
            self.stats.inc_value("skip/private_address")
            via = "" if refused[0] == host else f" (resolved from {host})"
            logger.warning(
                "Refused %s: non-public address %s%s; set ALLOW_PRIVATE_HOSTS to allow it",
                request.url, refused[0], via,
            )
            raise PrivateAddress(f"non-public address {refused[0]} for {host}")
        return None
