"""Downloader middlewares that keep a crawl safe on hostile networks (HOSTILE.md N1-N8,
S1-S5; docs/faults.md), one module each, in the order crawler/settings.py runs them:

- :mod:`crawler.net.address_guard`: no request to another scheme, another site or a non-public
  address, on any hop, and a DNS resolver that checks every answer again (N7);
- :mod:`crawler.net.robots`: robots.txt by RFC 9309's error rules, with a size cap (S5);
- :mod:`crawler.net.throttle`: ``Retry-After`` and backoff per host, failing hosts given up (N1, N5);
- :mod:`crawler.net.decompression`: decompression bombs and cut gzip streams (S2, S3);
- :mod:`crawler.net.redirect_policy`: redirect loops, long chains, other schemes (N6, N7).
"""
