"""Spiders discover and fetch pages; they never parse article text."""
