"""The default rule set, in the order the cleaner tries them.

Strong, specific rules go first so that a line is credited to the rule that
describes it best. To add a rule: write it in the module of its topic (or a
new module), add it to that module's RULES, and give it tests both ways.
"""

from cleaners.rules import chrome, cookies, disclaimers, headline, promo

DEFAULT_RULES = headline.RULES + disclaimers.RULES + promo.RULES + cookies.RULES + chrome.RULES

RULES_BY_NAME = {rule.name: rule for rule in DEFAULT_RULES}


def select(names: list[str] | tuple[str, ...] | None) -> tuple:
    """The default rules, or those named (in default order); unknown names fail loudly."""
    if names is None:
        return DEFAULT_RULES
    unknown = sorted(set(names) - RULES_BY_NAME.keys())
    if unknown:
        raise ValueError(f"unknown cleaning rule(s) {unknown}; known: {sorted(RULES_BY_NAME)}")
    return tuple(rule for rule in DEFAULT_RULES if rule.name in names)
