"""Defaults for the news crawler. Override with -s NAME=VALUE or in your own settings.

One commented block per component. Scrapy's own names are used as they are.
"""

import os

BOT_NAME = "newscrawler"
SPIDER_MODULES = ["crawler.spiders"]
NEWSPIDER_MODULE = "crawler.spiders"
COMMANDS_MODULE = "crawler.commands"

# -- Politeness and safety -------------------------------------------------
# Identify yourself: put a contact URL or address of yours in USER_AGENT.
USER_AGENT = "newscrawler/0.1 (+set USER_AGENT to a contact address of yours)"
ROBOTSTXT_OBEY = True
AUTOTHROTTLE_ENABLED = True
AUTOTHROTTLE_START_DELAY = 1.0
AUTOTHROTTLE_MAX_DELAY = 30.0
AUTOTHROTTLE_TARGET_CONCURRENCY = 2.0
CONCURRENT_REQUESTS = 16
CONCURRENT_REQUESTS_PER_DOMAIN = 4
DOWNLOAD_TIMEOUT = 30
DOWNLOAD_MAXSIZE = 32 * 1024 * 1024
DOWNLOAD_WARNSIZE = 8 * 1024 * 1024
RETRY_ENABLED = True
RETRY_TIMES = 2
REDIRECT_MAX_TIMES = 10
DEPTH_LIMIT = 2
# No remote control surfaces on a crawler that reads the open web.
TELNETCONSOLE_ENABLED = False
REMOTE_CONTROL_ENABLED = False
# Requests to loopback, private, link-local, metadata and other non-public
# addresses are refused. True allows all (demo, tests); "host:port,..." allows
# just those.
ALLOW_PRIVATE_HOSTS = False

# Checked twice: before each request and each redirect hop (middleware), and
# at connect time, after DNS resolution (resolver, under `scrapy crawl`).
TWISTED_DNS_RESOLVER = "crawler.fetch.safety.GuardedResolver"
# Scrapy's HTTP/1.1 handler, keeping each response's reason phrase for the WARC
# archive (Scrapy drops it; an archive must not say "404 OK"). crawler/fetch/wire.py
DOWNLOAD_HANDLERS = {
    "http": "crawler.fetch.wire.ReasonKeepingHTTP11DownloadHandler",
    "https": "crawler.fetch.wire.ReasonKeepingHTTP11DownloadHandler",
}
DOWNLOADER_MIDDLEWARES = {
    # Last to see a failed request (after retries): tells the run report its host.
    "crawler.run.report.HostFailures": 40,
    "crawler.fetch.safety.PrivateHostGuard": 50,
    "crawler.state.incremental.SkipStoredMiddleware": 60,
}

# -- Extraction (trafilatura) ----------------------------------------------
# A page with no evidence of being an article (declared type, stated date,
# one <article>) is kept only if it yields at least this much text. Lists of
# linked headlines and declared listings without prose are dropped as
# NotArticle (README, "Which pages are stored"); og:type "website" is no
# evidence either way.
EXTRACT_MIN_CHARS = 300
# Extraction runs in this many worker processes (-1: one per CPU this process
# may use, affinity capped by the cgroup quota, crawler/run/cpus.py; 0: in
# the crawl's own process, with no time limit). A page whose extraction
# takes longer than EXTRACT_TIMEOUT seconds is dropped (extract/timeout).
EXTRACT_WORKERS = -1
EXTRACT_TIMEOUT = 30.0
EXTRACT_FAVOR_PRECISION = False
EXTRACT_INCLUDE_TABLES = True

# -- Cleaning (cleaners/) ---------------------------------------------------
# None: every rule of cleaners.rules.DEFAULT_RULES. Else a list (or "a,b")
# of rule names to apply; [] turns line cleaning off.
CLEANING_RULES = None
# Records with less cleaned text than this are dropped as TooShort.
CLEANING_MIN_CHARS = 150
# A copy fetched with its original is cleaned against the original's cleaned
# lines first: a copy line the original lacks is removed (not_in_original),
# one the original's cleaning removed goes by the same rule. A copy waits at
# most CLEANING_ORIGINAL_WAIT seconds for its original's text.
CLEANING_AGAINST_ORIGINAL = True
CLEANING_ORIGINAL_WAIT = 120.0
# Learn each site's boilerplate: a short line among a page's first 2 or last
# 5 lines, seen on at least CLEANING_SITE_MIN_PAGES pages of the site and on
# at least CLEANING_SITE_MIN_SHARE of them, is removed (rule site_repeated).
# Kept under OUTPUT_URI/state/<spider>/site-memory/ between runs.
CLEANING_SITE_MEMORY = True
CLEANING_SITE_MIN_PAGES = 3
CLEANING_SITE_MIN_SHARE = 0.5

# -- Language (langdetect, seeded) -----------------------------------------
# Shorter text gets language null: langdetect guesses wildly on a few words.
LANGUAGE_MIN_CHARS = 40
# Longer text is judged on this many characters in four evenly spaced pieces
# (0: the whole text): langdetect's cost grows with the text, its answer does not.
LANGUAGE_SAMPLE_CHARS = 2000
# Keep only these ISO 639-1 codes (list or "en,de"); empty keeps all.
# The spiders' -a languages=en,de sets it.
LANGUAGE_ALLOWED = []

# -- Deduplication ---------------------------------------------------------
# Drop a record whose cleaned text (content_hash) was already stored in
# this run on the same site (host and port); on another site it is a copy.
DEDUP_ENABLED = True
# Link every record that repeats an earlier one, reworded or not, across
# runs, spiders and workers (kind copy, copy_evidence near_duplicate); the
# index lives under OUTPUT_URI/state/near-duplicates/ (and in Redis with
# REDIS_URL). See README, Linking copies.
DEDUP_NEAR_ENABLED = True
# A run that had to read this many near-duplicate index segments one by one
# writes them all as one snapshot, which later runs read instead (0: never).
DEDUP_COMPACT_SEGMENTS = 100

ITEM_PIPELINES = {
    "crawler.output.archive.WarcArchivePipeline": 50,
    "crawler.pipelines.ExtractPipeline": 100,
    "crawler.pipelines.CleanPipeline": 200,
    "crawler.pipelines.LanguagePipeline": 300,
    "crawler.pipelines.DedupPipeline": 400,
    "crawler.state.near_duplicates.NearDuplicatePipeline": 420,
    "crawler.state.incremental.UnchangedPipeline": 450,
}

# With JOBDIR (pause/resume), requests.seen is written on a clean close only,
# so a kill -9 never marks unprocessed pages as seen (see crawler/fetch/jobdir.py).
DUPEFILTER_CLASS = "crawler.fetch.jobdir.CrashSafeDupeFilter"

# -- Incremental runs ----------------------------------------------------------
# Remember every stored article (state/<spider>/stored/ under OUTPUT_URI) and
# do not fetch it again in later runs; -a recrawl_after=7d refreshes old ones.
INCREMENTAL_ENABLED = True
# Seconds after which a stored article is fetched again; None: never.
# -a recrawl_after=7d sets it (at spider priority).
INCREMENTAL_RECRAWL_AFTER = None
# A run that had to read this many index segments one by one writes them all
# as one snapshot, which later runs read instead (0: never).
INCREMENTAL_COMPACT_SEGMENTS = 100

# -- Output ----------------------------------------------------------------
# Where records go: a local folder (default ./data) or s3://bucket/prefix.
# Deploy-time value, so the environment variable OUTPUT_URI overrides it.
# For S3-compatible stores set AWS_ENDPOINT_URL; credentials come from
# boto3's own chain (environment, profile, instance or pod role).
OUTPUT_URI = os.environ.get("OUTPUT_URI", "data")
# Every object is written and fsynced here first, and removed only once its
# destination confirmed it. Keep it on persistent disk: objects that could
# not be delivered wait here for the next run (or `scrapy flush`).
OUTPUT_SPOOL_DIR = os.environ.get("OUTPUT_SPOOL_DIR", ".spool")
# Delivery of one object: attempts with doubling pauses, all within the
# deadline; each S3 request has this connect/read timeout. Together they
# bound how long a hung endpoint can hold up shutdown.
OUTPUT_UPLOAD_ATTEMPTS = 5
OUTPUT_UPLOAD_BACKOFF = 1.0
OUTPUT_UPLOAD_DEADLINE = 300.0
OUTPUT_S3_TIMEOUT = 30.0
OUTPUT_MULTIPART_THRESHOLD = 64 * 1024 * 1024
FEED_STORAGES = {
    "s3": "crawler.output.feed_storage.SpoolingFeedStorage",
    "file": "crawler.output.feed_storage.SpoolingFeedStorage",
    "": "crawler.output.feed_storage.SpoolingFeedStorage",
}
# Records per output object (a new batch file every N records). Applies to the
# OUTPUT_URI feed only, so that -o/-O files stay single files.
OUTPUT_BATCH_ITEM_COUNT = 1000
# Format of the record batches: "jsonlines" (<batch>.jsonl.gz, one JSON object
# a line, gzipped) or "parquet" (<batch>.parquet, zstd, the record schema's
# types). Anything else stops the crawl at start.
OUTPUT_FORMAT = "jsonlines"
# Parquet: rows per row group, written to the spool file as they fill, so
# at most this many records are held in memory.
OUTPUT_PARQUET_ROW_GROUP_ROWS = 1000
FEED_EXPORTERS = {"parquet": "crawler.output.parquet.ParquetItemExporter"}
FEED_EXPORT_ENCODING = "utf-8"
ADDONS = {
    "crawler.output.layout.OutputAddon": 0,
    # Distributed mode (scrapy-redis) when REDIS_URL is set; inert otherwise.
    "crawler.distributed.addon.DistributedAddon": 10,
}
# Setting this (or the environment variable) makes workers on many machines
# share one frontier and one duplicate filter through Redis. See README.
REDIS_URL = os.environ.get("REDIS_URL", "")
# Seconds the whole distributed crawl must be idle before a worker stops, and
# after which a silent worker is presumed dead (its requests are redone).
DISTRIBUTED_IDLE_TIMEOUT = 30.0
DISTRIBUTED_HEARTBEAT_TIMEOUT = 10.0

# -- Raw archive -------------------------------------------------------------
# Keep every response (pages, redirects, errors, robots.txt) as WARC/1.1 under
# OUTPUT_URI/raw/ so that history can be re-cleaned with new rules (`scrapy
# crawl reclean`), a new file every ARCHIVE_BATCH_ITEM_COUNT responses.
ARCHIVE_RAW = True
ARCHIVE_BATCH_ITEM_COUNT = 1000

EXTENSIONS = {
    # Progress is Scrapy's LogStats with our figures added: one line, not two.
    "scrapy.extensions.logstats.LogStats": None,
    "crawler.run.extensions.RunSummary": 500,
    "crawler.output.manifest.RunManifest": 510,
    "crawler.run.extensions.RunChecks": 520,
    "crawler.run.extensions.Progress": 530,
    "crawler.run.report.RunReport": 540,
}

# -- Run report ----------------------------------------------------------------
# Each run writes runs/<run_id>.html under OUTPUT_URI (one self-contained page:
# outcome, throughput, cleaning with example lines, languages, copies, hosts,
# errors, alerts) and rebuilds runs/index.html from every stored manifest.
# `scrapy report` rebuilds either page from what is stored.
REPORT_ENABLED = True
REPORT_EXAMPLES = 3  # example lines kept per cleaning rule
REPORT_HISTORY = 30  # runs shown in the index's trend charts (0: all)

# -- Run checks and progress ---------------------------------------------------
# A run that breaks a threshold ends with exit code 4, so a scheduler alerts.
# 0 turns a check off (all at 0: RunChecks is off).
CHECK_MIN_RECORDS = 0  # fewer records stored than this fails the run
CHECK_MAX_ERROR_RATE = 0.0  # share of requests that failed (network errors, HTTP errors), e.g. 0.5
# Seconds between progress lines in the log (Scrapy's LogStats line, plus
# records stored, dropped, queued); 0 turns them off.
LOGSTATS_INTERVAL = 60.0
# Two runs of the same crawl (spider + arguments) never overlap on one
# machine: the second exits at once (code 0) with a message. Lock files live here.
LOCK_DIR = os.environ.get("LOCK_DIR", "")  # empty: OUTPUT_SPOOL_DIR/locks

LOG_LEVEL = "INFO"
