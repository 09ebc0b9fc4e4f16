"""Thin Scrapy item pipelines, in order: extract -> validate -> fingerprint -> store.

Each has one job, is built in ``from_crawler`` from ``EXTRACT_*``/``ARCHIVE_*`` settings,
drops with ``DropItem(reason)`` and counts the reason in the crawl stats.
"""
