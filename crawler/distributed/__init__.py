"""What several crawler processes on several machines share through one Redis (issue #17):
the request queue with leases (``queue``), the seen-request set (``seen``) and per-host
politeness (``hosts``). Each is usable on its own and tested against a real ``redis-server``;
the Scrapy scheduler and downloader pieces that use them build on these.

Keys live under one namespace (``pa:<name>:``), so one Redis can hold several archives'
frontiers. Time is Redis's own (``TIME`` inside the scripts), so workers on machines whose
clocks disagree still agree on leases and delays.
"""

from crawler.distributed.hosts import HostGate
from crawler.distributed.queue import Lease, LeasedQueue
from crawler.distributed.seen import SeenSet

__all__ = ["HostGate", "Lease", "LeasedQueue", "SeenSet"]
