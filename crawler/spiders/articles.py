from crawler.spiders.base import NewsSpider


class ArticlesSpider(NewsSpider):
    """Crawls publisher sites and stores every article page it finds.

    scrapy crawl articles -a start_urls=https://news.example/
    """

    name = "articles"
