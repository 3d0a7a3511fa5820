"""Scrapy settings: polite defaults for the real web. The demo and tests override the politeness for loopback."""

import os

BOT_NAME = "clinicdir"
SPIDER_MODULES = ["spiders.sources"]
NEWSPIDER_MODULE = "spiders.sources"

# Site owners must be able to tell who crawls them: set CLINICDIR_CONTACT_URL (environment) to a page that explains
# the crawl and how to reach the maintainers.
USER_AGENT = (f"clinicdir/0.1 (+{os.environ.get('CLINICDIR_CONTACT_URL', 'https://github.com/clinicdir/clinicdir')};"
              " clinic directory crawler)")
ROBOTSTXT_OBEY = True

CONCURRENT_REQUESTS = 16
CONCURRENT_REQUESTS_PER_DOMAIN = 2
DOWNLOAD_DELAY = 1.0
# Requests to one site exactly DOWNLOAD_DELAY apart: Scrapy's default jitter (±50%) lets two come half a delay apart,
# and holds requests in the downloader, counted against CONCURRENT_REQUESTS, while it waits.
DOWNLOAD_DELAY_JITTER = 0
# A request leaves the scheduler when its site may be asked again (spiders/scheduling.py): with many sites, the
# downloader then carries CONCURRENT_REQUESTS downloads rather than requests waiting out their site's delay.
SCHEDULER_PRIORITY_QUEUE = "spiders.scheduling.PoliteSiteQueue"
# Items of one response go through the pipelines this many at a time. The pipelines are synchronous, so more buy
# nothing, and Scrapy starts that many tasks for every response (100 by default: a third of the crawl's CPU time).
CONCURRENT_ITEMS = 4
AUTOTHROTTLE_ENABLED = True
AUTOTHROTTLE_START_DELAY = 1.0
AUTOTHROTTLE_MAX_DELAY = 30.0
AUTOTHROTTLE_TARGET_CONCURRENCY = 1.0

DOWNLOAD_TIMEOUT = 20
DOWNLOAD_MAXSIZE = 5 * 1024 * 1024
DOWNLOAD_WARNSIZE = 2 * 1024 * 1024
RETRY_ENABLED = True
RETRY_TIMES = 2
RETRY_HTTP_CODES = [500, 502, 503, 504, 522, 524, 408, 429]
REDIRECT_MAX_TIMES = 5
COOKIES_ENABLED = False
TELNETCONSOLE_ENABLED = False
CLOSESPIDER_TIMEOUT = 6 * 3600

# OpenStreetMap's Overpass API, for the osm_overpass discovery spider.
OVERPASS_URL = "https://overpass-api.de/api/interpreter"

# Pages read per clinic site, home page included.
CLINIC_MAX_PAGES_PER_SITE = 12
# Clinics taken from one site; a site claiming more sends its first ones to review (review flag
# too_many_locations), never onto the map unseen.
CLINIC_MAX_LOCATIONS_PER_SITE = 50

# Set CLINICDIR_ALLOWED_NETWORK (e.g. "127.0.0.0/8") to refuse every request outside that network.
DOWNLOADER_MIDDLEWARES = {
    "spiders.middlewares.AllowedNetworkMiddleware": 10,
    "spiders.middlewares.ServerSlotMiddleware": 20,
}

ITEM_PIPELINES = {
    "spiders.pipelines.NormalizeContactPipeline": 100,
    "spiders.pipelines.RequireIdentityPipeline": 200,
}

LOG_LEVEL = "INFO"
FEED_EXPORT_ENCODING = "utf-8"
