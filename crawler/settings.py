"""Scrapy settings for portal-archive. Every project setting is documented in docs/settings.md."""

BOT_NAME = "portal-archive"
SPIDER_MODULES = ["crawler.spiders"]
NEWSPIDER_MODULE = "crawler.spiders"

# Polite by default (STYLE.md 15); a source may lower the delay (the demo portal does).
USER_AGENT = "portal-archive/0.1 (+https://github.com/portal-archive/portal-archive; news archiving)"
ROBOTSTXT_OBEY = True
CONCURRENT_REQUESTS = 16
# Items per response processed at once: a page gives at most one item, and Scrapy 2.19 starts
# this many tasks for every response, alive until its item leaves the pipelines (the default,
# 100, kept ~37,000 idle tasks, ~8 MB, in a crawl's memory).
CONCURRENT_ITEMS = 8
CONCURRENT_REQUESTS_PER_DOMAIN = 2
DOWNLOAD_DELAY = 1.0
# A per-request deadline for the whole response (a stalled body ends here), which also bounds
# how long a shutdown waits for downloads in flight.
DOWNLOAD_TIMEOUT = 30
DNS_TIMEOUT = 15
DOWNLOAD_MAXSIZE = 20 * 1024 * 1024
DOWNLOAD_WARNSIZE = 5 * 1024 * 1024
RETRY_TIMES = 2
# 429 and 503 are ThrottleMiddleware's (Retry-After, backoff per host), not immediate retries.
RETRY_HTTP_CODES = [500, 502, 504, 522, 524, 408]
# Certificates are verified unless a source says tls_verify = false (recorded per capture).
DOWNLOAD_VERIFY_CERTIFICATES = True
COOKIES_ENABLED = False
REDIRECT_MAX_TIMES = 10

# Every DNS answer is checked when a connection is made, not only when a request is queued
# (DNS rebinding; crawler/net/address_guard.py).
TWISTED_DNS_RESOLVER = "crawler.net.address_guard.GuardedResolver"
# Proxies from the environment (http_proxy…) are not used: a proxy resolves names itself, out
# of the address guard's reach. A deployment that needs one sets HTTPPROXY_ENABLED = True and
# leaves the address checks to the proxy (docs/faults.md).
HTTPPROXY_ENABLED = False
# Security: no telnet console, no remote-control server; only http(s) download handlers.
TELNETCONSOLE_ENABLED = False
REMOTE_CONTROL_ENABLED = False  # Scrapy 2.19+ opens an HTTP control server by default
DOWNLOAD_HANDLERS = {"file": None, "s3": None, "ftp": None, "data": None}

TWISTED_REACTOR = "twisted.internet.asyncioreactor.AsyncioSelectorReactor"
REQUEST_FINGERPRINTER_CLASS = "crawler.fingerprint.CanonicalFingerprinter"
LOG_FORMATTER = "crawler.logformatter.PortalLogFormatter"

# Project middlewares around Scrapy's (crawler/net/, docs/faults.md). process_request
# runs in increasing order, process_response in decreasing order.
DOWNLOADER_MIDDLEWARES = {
    # First of all: no request to a private address, another site or another scheme, on any
    # hop (it replaces Scrapy's offsite filter, to give each refusal its reason).
    "crawler.net.address_guard.AddressGuardMiddleware": 10,
    "scrapy.downloadermiddlewares.offsite.OffsiteMiddleware": None,
    "scrapy.downloadermiddlewares.robotstxt.RobotsTxtMiddleware": None,
    "crawler.net.robots.PortalRobotsTxtMiddleware": 100,
    # Sees 429/503 before RetryMiddleware (550), which no longer retries them.
    "crawler.net.throttle.ThrottleMiddleware": 560,
    "crawler.conditional.ConditionalRequestsMiddleware": 580,
    "scrapy.downloadermiddlewares.httpcompression.HttpCompressionMiddleware": None,
    "crawler.net.decompression.PortalHttpCompressionMiddleware": 590,
    # Sees a redirect before RedirectMiddleware (600) follows it.
    "crawler.net.redirect_policy.RedirectPolicyMiddleware": 610,
    # After robots, cookies and compression shaped the request; before redirects and
    # decompression touch the response (Scrapy's HttpCompression is 590, Redirect 600).
    "crawler.capture.WarcCaptureMiddleware": 900,
    # Last before the download: a request waits for a slot of its host (the source's
    # concurrency; across all workers with a shared frontier: crawler/distributed).
    "crawler.distributed.gate.HostGateMiddleware": 990,
}

EXTENSIONS = {
    "crawler.progress.ProgressExtension": 500,
}

ITEM_PIPELINES = {
    "pipelines.extract.ExtractPipeline": 100,
    "pipelines.validate.ValidatePipeline": 200,
    "pipelines.fingerprint.FingerprintPipeline": 300,
    # after the ids: an article the archive holds unchanged (the store drops it) fetches no photo
    "pipelines.images.ImageCapturePipeline": 350,
    "pipelines.attachments.AttachmentPipeline": 360,
    "pipelines.store.StorePipeline": 400,
}

# Project settings (docs/settings.md), read through crawler/config.py with these defaults only.
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
# Hostile networks and pages (docs/faults.md).
PORTAL_ALLOW_PRIVATE: list[str] = []  # hosts, host:port or networks every source may reach privately
PORTAL_RETRY_AFTER_MAX = 120.0  # longest Retry-After honoured (s); longer: the URL waits for the next run
PORTAL_THROTTLE_TRIES = 3  # 429/503 retries per URL
PORTAL_BACKOFF_BASE = 2.0  # first backoff (s) after a 429/503 without Retry-After or a failed connection
PORTAL_HOST_FAILURES = 5  # connection failures in a row that give a host up for the run
PORTAL_ROBOTS_RETRY = 600.0  # seconds before an unavailable robots.txt is read again
PORTAL_ROBOTS_TIMEOUT = 15.0  # deadline of the (single) robots.txt request
PORTAL_MAX_LINKS_PER_PAGE = 2000  # links read from one page; the rest are counted and left
PORTAL_MAX_URL_LENGTH = 2048
PORTAL_IMAGES = True  # fetch and capture each article's photos (pipelines/images.py)
PORTAL_IMAGES_PER_ARTICLE = 30  # photos captured per article; the rest: over_limit
PORTAL_IMAGE_MAX_BYTES = 10 * 1024 * 1024  # a larger photo is not fetched (too_large)
PORTAL_IMAGE_HOSTS: list[str] = []  # hosts besides the article's own that photos are fetched from (CDNs)
PORTAL_ATTACHMENTS = True  # fetch the documents articles attach, read them (pipelines/attachments.py)
PORTAL_ATTACHMENTS_PER_ARTICLE = 20  # documents captured per article; the rest: over_limit
PORTAL_ATTACHMENT_MAX_BYTES = 50 * 1024 * 1024  # a larger document is not fetched (too_large)
PORTAL_ATTACHMENT_HOSTS: list[str] = []  # hosts besides the article's own that documents are fetched from
PORTAL_ATTACHMENT_TIMEOUT = 60.0  # seconds to read one document; then its worker is killed (too_slow)
PORTAL_ATTACHMENT_MAX_PAGES = 500  # PDF pages read for text; the rest flagged pages_truncated
PORTAL_ATTACHMENT_MAX_CHARS = 2_000_000  # text kept per document; the rest flagged text_truncated
PORTAL_ATTACHMENT_MAX_INFLATED = 200 * 1024 * 1024  # DOCX/XLSX/ODT inflating past this: refused (zip_bomb)
PORTAL_SHAPE_DEPTH = 25  # pages in a chain of one URL shape (calendars) before it is refused
PORTAL_SHAPE_BUDGET = 2000  # pages per URL shape and run that are not articles
# Several crawler processes share one frontier in Redis (crawler/distributed): redis://HOST:PORT/DB.
PORTAL_FRONTIER: str | None = None
PORTAL_FRONTIER_LEASE = 120.0  # seconds a taken request is held; then another worker takes it over
# deliveries of a request whose workers all died holding it before it is set aside (a page that
# kills every worker that takes it); a worker killed from outside counts too
PORTAL_FRONTIER_MAX_DELIVERIES = 10
ARCHIVE_PATH = "data"
ARCHIVE_BATCH_ROWS = 5000
ARCHIVE_FLUSH_SECONDS = 60.0  # buffered rows are published at least this often (pipelines/store.py)
# When a crawl that wrote rows closes, bring duplicate clusters and the search index up to date
# (archive.derived): `scrapy crawl portal` gets what the CLI does. run_crawls turns it off for
# its crawls and does it once after all of them.
ARCHIVE_UPDATE_DERIVED = True
WARC_ENABLED = True
WARC_MAX_BYTES = 1_000_000_000
EXTRACT_WORKERS = None  # None: one per CPU; 0: extract inline (debugging only)
EXTRACT_TIMEOUT = 20.0
EXTRACT_MEMORY_MB = 1024  # address-space cap per extraction worker; 0 = none

LOG_LEVEL = "INFO"
FEED_EXPORT_ENCODING = "utf-8"
