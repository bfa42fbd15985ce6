"""Notices that aggregators and auto-publishers append to copied stories.

These are strongly worded legal boilerplate; we still demand two cues
(or a trademark opener) so that a report *about* aggregators survives.
"""

from cleaners.base import RegexRule, regex

AGGREGATOR_DISCLAIMER = RegexRule(
    # Removes: "Denial of responsibility! X is an automatic aggregator around
    #   the global media. All the content are available free on Internet. ...
    #   The content will be deleted within 24 hours."
    #   "Disclaimer: This story is auto-generated from a syndicated feed."
    #   "All trademarks belong to their rightful owners, all materials to their authors."
    # Keeps: "TechiLive describes itself as an automatic aggregator and says it
    #   removes stories within 24 hours of a complaint, but publishers disagree."
    #   (a report: no "Denial of responsibility" opener, no owner/trademark cue).
    name="aggregator_disclaimer",
    pattern=regex(
        r"^(denial of responsibility|disclaimer)\s*[!:.\-–]\s*.{0,120}\b"
        r"(automatic|automated) (news )?aggregator",
        r"^denial of responsibility\s*!",
        r"(automatic|automated) (news )?aggregator\b(?=.*\b(rightful owners|deleted within|"
        r"educational purposes?|primary source|owner of the content))",
        r"^all (the )?(trademarks|rights|materials|content)\b.{0,40}\bbelong to their "
        r"(rightful |respective )?(owners|authors)",
        r"^(if you are the (owner|author) of (the|this) content|the content will be (deleted|removed) within)",
        r"^(disclaimer\s*[:\-–]\s*)?(this|the) (story|article|post|report|news|content)\b.{0,80}\b"
        r"(auto[- ]?(generated|published)|automatically (generated|published)|"
        r"from an? (syndicated|agency|wire) feed)",
        r"\bthe rest of the content is (auto[- ]?generated|automatically generated) from a syndicated feed",
        r"^(this|the) (story|article|post) (has been|was) published from (a|an) "
        r"(wire agency|agency|syndicated) feed without (any )?modifications",
    ),
    max_chars=1200,
)

RULES = (AGGREGATOR_DISCLAIMER,)
