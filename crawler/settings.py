"""Scrapy settings for portal-archive. Every project setting is documented in docs/settings.md."""

BOT_NAME = "portal-archive"
SPIDER_MODULES = ["crawler.spiders"]
NEWSPIDER_MODULE = "crawler.spiders"

# Polite by default (STYLE.md 15); a source may lower the delay (the demo portal does).
USER_AGENT = "portal-archive/0.1 (+https://github.com/portal-archive/portal-archive; news archiving)"
ROBOTSTXT_OBEY = True
CONCURRENT_REQUESTS = 16
CONCURRENT_REQUESTS_PER_DOMAIN = 2
DOWNLOAD_DELAY = 1.0
DOWNLOAD_TIMEOUT = 30
DOWNLOAD_MAXSIZE = 20 * 1024 * 1024
DOWNLOAD_WARNSIZE = 5 * 1024 * 1024
RETRY_TIMES = 2
COOKIES_ENABLED = False
REDIRECT_MAX_TIMES = 10

# Security: no telnet console, no remote-control server; only http(s) download handlers.
TELNETCONSOLE_ENABLED = False
REMOTE_CONTROL_ENABLED = False  # Scrapy 2.19+ opens an HTTP control server by default
DOWNLOAD_HANDLERS = {"file": None, "s3": None, "ftp": None, "data": None}

TWISTED_REACTOR = "twisted.internet.asyncioreactor.AsyncioSelectorReactor"
REQUEST_FINGERPRINTER_CLASS = "crawler.fingerprint.CanonicalFingerprinter"
LOG_FORMATTER = "crawler.logformatter.PortalLogFormatter"

DOWNLOADER_MIDDLEWARES = {
    "crawler.conditional.ConditionalRequestsMiddleware": 580,
    # After robots, cookies and compression shaped the request; before redirects and
    # decompression touch the response (Scrapy's HttpCompression is 590, Redirect 600).
    "crawler.capture.WarcCaptureMiddleware": 900,
}

EXTENSIONS = {
    "crawler.progress.ProgressExtension": 500,
}

ITEM_PIPELINES = {
    "pipelines.extract.ExtractPipeline": 100,
    "pipelines.validate.ValidatePipeline": 200,
    "pipelines.fingerprint.FingerprintPipeline": 300,
    "pipelines.store.StorePipeline": 400,
}

# Project settings (docs/settings.md)
PORTAL_SOURCES_FILE = None  # None: ./sources.toml if present, else the packaged list
PORTAL_PROGRESS = True  # a live line on a terminal, a log line every PORTAL_PROGRESS_INTERVAL s otherwise
PORTAL_PROGRESS_INTERVAL = 30.0
# Re-checks of archived articles each run: "age" those published within
# PORTAL_RECHECK_YOUNG_DAYS or last fetched PORTAL_RECHECK_OLD_DAYS ago or more; "known" all
# of them; "none" none. Archived articles not due are not fetched even when linked; re-checks
# are conditional requests.
PORTAL_RECHECK = "age"
PORTAL_RECHECK_YOUNG_DAYS = 14
PORTAL_RECHECK_OLD_DAYS = 90
# A re-crawl follows listing pagination one page at a time and stops after this many pages
# in a row that hold only archived articles (minimum 1).
PORTAL_LISTING_OVERLAP = 1
# Grow the embedded demo portal to about this many articles (0: its 104 written ones).
PORTAL_DEMO_ARTICLES = 0
ARCHIVE_PATH = "archive"
ARCHIVE_BATCH_ROWS = 5000
WARC_ENABLED = True
WARC_MAX_BYTES = 1_000_000_000
EXTRACT_WORKERS = None  # None: one per CPU; 0: extract inline (debugging only)
EXTRACT_TIMEOUT = 20.0
EXTRACT_MEMORY_MB = 1024  # address-space cap per extraction worker; 0 = none

LOG_LEVEL = "INFO"
FEED_EXPORT_ENCODING = "utf-8"
