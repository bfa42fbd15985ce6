from crawler.spiders.base import NewsSpider


class AggregatorSpider(NewsSpider):
    """Crawls an aggregator: stores each copied story as a `copy` record, and
    fetches the original it names, stored as an `original` record.

    scrapy crawl aggregator -a start_urls=https://aggregator.example/
    """

    name = "aggregator"
    follow_originals = True
    guess_originals = True
