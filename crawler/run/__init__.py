"""A run as a whole: the one-run-at-a-time lock, the summary, checks, progress, usable CPUs and the HTML report."""
