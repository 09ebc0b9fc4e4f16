"""A hostile local portal for tests and benchmarks: faults, bombs and traps from HOSTILE.md.

``with HostileServer() as hs:`` serves every catalogue case of the Network, Size, Traps and
Content groups (plus X1, XML entity tricks) on loopback; ``CASES`` says where each case lives
and what a correct crawler archives from it.
"""

from tests.hostile.cases import CASES, Case
from tests.hostile.server import Hit, HostileServer

__all__ = ["CASES", "Case", "Hit", "HostileServer"]
