"""Every reason a fetched page is not stored: one DropItem subclass per reason,
so Scrapy counts item_dropped_reasons_count/<Reason> for free."""

from scrapy.exceptions import DropItem


class ExpectedDrop(DropItem):
    """A drop that is part of normal crawling: logged at INFO, not WARNING."""

    def __init__(self, message: str):
        super().__init__(message, log_level="INFO")


class ExtractionEmpty(ExpectedDrop):
    pass


class NotArticle(ExpectedDrop):
    pass


class TooShort(ExpectedDrop):
    pass


class WrongLanguage(ExpectedDrop):
    pass


class Duplicate(ExpectedDrop):
    pass


class ConsentWall(ExpectedDrop):
    pass


class BotChallenge(ExpectedDrop):
    pass


class PaywallTeaser(ExpectedDrop):
    pass


class ErrorPage(ExpectedDrop):
    pass


# cleaners.dom.page_problem's verdicts: pages that hold no article to keep.
PAGE_PROBLEMS = {
    "consent_wall": ConsentWall,
    "bot_challenge": BotChallenge,
    "paywall": PaywallTeaser,
    "error_page": ErrorPage,
}


class ExtractionTimeout(DropItem):
    pass


class ExtractionFailed(DropItem):
    pass


class Degenerate(ExpectedDrop):
    """The text is mostly one word, phrase or line repeated (cleaners/repetition.py)."""


class Unchanged(ExpectedDrop):
    """A re-fetched page whose cleaned text is what an earlier run stored."""
