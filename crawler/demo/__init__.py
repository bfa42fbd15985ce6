"""Bundled demo sites (our own text) and the demo run behind `make run`."""
