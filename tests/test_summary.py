"""The run summary's errors are real failures only; normal outcomes are skips, by name."""

from scrapy.utils.defer import deferred_f_from_coro_f

from crawler.run.extensions import RunChecks, request_errors, summarise
from crawler.spiders.articles import ArticlesSpider
from tests.conftest import crawl
from tests.sites.outcomes import OutcomesSite


def test_skips_are_not_errors():
    stats = {
        "skip/robots": 2, "skip/already_stored": 5, "skip/offsite": 1,
        "robotstxt/forbidden": 2, "offsite/filtered": 1,
        "downloader/exception_type_count/scrapy.exceptions.IgnoreRequest": 8,
        "fetch/failed/TimeoutError": 1,
        "httperror/response_ignored_status_count/404": 2, "httperror/response_ignored_count": 2,
        "downloader/request_count": 20,
    }
    summary = summarise(stats)
    assert summary["skipped"] == {"already_stored": 5, "offsite": 1, "robots": 2}
    assert summary["errors"] == {"TimeoutError": 1, "http/404": 2}
    assert request_errors({"skip/robots": 3, "downloader/request_count": 3}) == {}


def test_error_rate_counts_only_failures():
    class Crawler:
        class settings:  # noqa: N801
            getint = staticmethod(lambda name: 0)
            getfloat = staticmethod(lambda name: 0.2)

        class signals:  # noqa: N801
            connect = staticmethod(lambda *a, **k: None)

    checks = RunChecks(Crawler)
    # 10 robots refusals and 5 stored pages among 20 requests: not a failed run
    assert checks.failures({"downloader/request_count": 20, "skip/robots": 10,
                            "skip/already_stored": 5}) == []
    assert checks.failures({"downloader/request_count": 20, "fetch/failed/TimeoutError": 5}) == [
        "error rate 0.25 (5 of 20 requests), CHECK_MAX_ERROR_RATE is 0.2"]


@deferred_f_from_coro_f
async def test_a_real_crawl_counts_each_outcome_under_its_name(tmp_path):
    settings = {"RETRY_ENABLED": False, "DEPTH_LIMIT": 1}
    with OutcomesSite() as site:
        settings["ALLOW_PRIVATE_HOSTS"] = site.allow_hosts
        first = await crawl(ArticlesSpider, tmp_path / "out", settings, start_urls=site.base_url + "/")
        second = await crawl(ArticlesSpider, tmp_path / "out", settings, start_urls=site.base_url + "/")
    assert sorted(r["url"] for r in first.records) == [
        site.base_url + "/pier.html", site.base_url + "/proxied.html", site.base_url + "/story.html"]
    for result in (first, second):
        summary = summarise(result.stats)
        assert summary["errors"] == {"http/404": 1, "http/410": 1, "http/500": 1}
        assert result.stats["skip/robots"] == 1
    assert summarise(first.stats)["skipped"] == {"robots": 1}
    # /story.html and /proxied.html are known; /moved is fetched again (its redirect
    # target is known only after the redirect), and /pier.html is then already stored
    assert summarise(second.stats)["skipped"] == {"already_stored": 3, "robots": 1}
    assert not any(k.startswith("skip/ignored") for k in second.stats)
