"""Output: every object under OUTPUT_URI: keys (layout), the Store facade, spool and delivery, record feeds, WARC, Parquet and manifests."""
