"""Distributed mode (scrapy-redis): placeholder until it lands; inert without REDIS_URL."""


class DistributedAddon:
    def update_settings(self, settings) -> None:
        if settings.get("REDIS_URL"):
            raise ValueError("REDIS_URL is set, but distributed mode is not implemented yet")
