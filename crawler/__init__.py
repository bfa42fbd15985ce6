"""Scrapy wiring for the news crawler: spiders, pipelines, guards, output."""
