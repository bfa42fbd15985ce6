"""The private-address guard: policy parsing and refusals during a real crawl."""

import pytest
from scrapy.utils.defer import deferred_f_from_coro_f

from crawler.demo.server import Resource, SiteServer, html
from crawler.fetch.safety import AddressPolicy, is_public
from crawler.spiders.articles import ArticlesSpider
from tests.conftest import crawl


@pytest.mark.parametrize(
    "address, public",
    [
        ("93.184.216.34", True), ("2606:4700::1111", True),
        ("127.0.0.1", False), ("127.8.9.10", False), ("::1", False), ("10.1.2.3", False),
        ("172.16.0.1", False), ("192.168.1.1", False), ("169.254.169.254", False),
        ("100.64.0.1", False), ("0.0.0.0", False), ("fe80::1", False), ("fd00::1", False),
        ("::ffff:127.0.0.1", False), ("224.0.0.1", False), ("not-an-ip", False),
    ],
)
def test_is_public(address, public):
    assert is_public(address) is public


def test_policy_parsing():
    assert AddressPolicy.from_setting(False) == AddressPolicy()
    assert AddressPolicy.from_setting("0") == AddressPolicy()
    assert AddressPolicy.from_setting(True).allow_all
    assert AddressPolicy.from_setting("true").allow_all
    policy = AddressPolicy.from_setting("127.0.0.1:8080, localhost:9000")
    assert policy.allows("127.0.0.1", "127.0.0.1", 8080)
    assert policy.allows("localhost", "127.0.0.1", 9000)
    assert not policy.allows("127.0.0.1", "127.0.0.1", 8081)
    assert policy.allows("example.org", "93.184.216.34", 80)
    with pytest.raises(ValueError, match="is not host:port"):
        AddressPolicy.from_setting("127.0.0.1")


ARTICLE = "".join(
    f"<p>Paragraph {n} of a story about the harbour ferry, its timetable and the council vote "
    "that changed it, told at some length for the extractor.</p>" for n in range(5)
)


@deferred_f_from_coro_f
async def test_non_public_destinations_are_refused_even_after_redirects(tmp_path):
    with SiteServer() as internal, SiteServer() as site:
        internal.routes["/secret"] = html("<p>internal admin panel</p>")
        site.routes.update({
            "/ok.html": html(f"<html><head><meta property='og:type' content='article'></head>"
                             f"<body><article>{ARTICLE}</article></body></html>"),
            "/to-internal": Resource(b"", status=302,
                                     headers=(("Location", f"{internal.base_url}/secret?via=redirect"),)),
            "/to-metadata": Resource(b"", status=302, headers=(
                ("Location", "http://169.254.169.254/latest/meta-data/"),)),
        })
        urls = tmp_path / "urls.txt"
        urls.write_text("\n".join([
            f"{site.base_url}/ok.html",
            f"{site.base_url}/to-internal",
            f"{site.base_url}/to-metadata",
            f"{internal.base_url}/secret",
            f"http://localhost:{internal.netloc.split(':')[1]}/secret",
        ]))
        result = await crawl(ArticlesSpider, tmp_path / "out",
                             {"ALLOW_PRIVATE_HOSTS": site.netloc}, urls_file=str(urls))
        assert internal.hits == {}
        assert result.stats["skip/private_address"] == 4
        assert [r["url"] for r in result.records] == [f"{site.base_url}/ok.html"]


def test_connect_time_resolver_drops_refused_addresses():
    from twisted.internet.address import IPv4Address

    from crawler.fetch.safety import _PublicOnly

    class Receiver:
        def __init__(self):
            self.addresses, self.done = [], False

        def resolutionBegan(self, resolution):
            pass

        def addressResolved(self, address):
            self.addresses.append(address.host)

        def resolutionComplete(self):
            self.done = True

    receiver = Receiver()
    guard = _PublicOnly(receiver, "rebind.example", 8080, AddressPolicy.from_setting("127.0.0.1:8080"))
    for host in ("93.184.216.34", "10.0.0.7", "127.0.0.1", "169.254.169.254"):
        guard.addressResolved(IPv4Address("TCP", host, 8080))
    guard.resolutionComplete()
    assert receiver.addresses == ["93.184.216.34", "127.0.0.1"] and receiver.done
