"""Fetching: the private-address guard, bytes to text, failure reasons, finding a copy's original, JOBDIR's dupe filter."""
