"""Scrapy spiders: one generic spider driven by a site profile."""
