"""Distributed mode (REDIS_URL): scrapy-redis frontier, duplicate filter, membership, acks and the shared idle decision."""
