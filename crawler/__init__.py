"""Crawler side: site profiles, sources, URL rules, extraction, the Scrapy project and the CLI."""
