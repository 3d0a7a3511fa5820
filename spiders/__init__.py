"""The crawl stage: a Scrapy project whose spiders turn public web pages into clinic items."""
