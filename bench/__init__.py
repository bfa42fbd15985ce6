"""Benchmarks of the project's extraction and cleaning (see bench/README.md)."""
