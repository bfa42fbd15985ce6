"""DOM pruning before extraction: the element tokens and text measures, the DOM rules, and the pruner."""

from cleaners.dom.pruner import Pruner, prune
from cleaners.dom.rules import DOM_RULES
from cleaners.dom.tokens import element_tokens, spaced_text, split_tokens

__all__ = ["DOM_RULES", "Pruner", "element_tokens", "prune", "spaced_text", "split_tokens"]
