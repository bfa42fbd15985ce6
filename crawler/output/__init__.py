"""Output: every object under OUTPUT_URI (layout), spooled and delivered (store), record feeds, WARC and manifests."""
