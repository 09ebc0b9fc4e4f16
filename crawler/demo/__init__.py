"""The bundled demo portal: five local sites imitating HueCIT eGov and Liferay department portals.

It is both the main job's default target (``portal-archive crawl``) and the spider tests'
fixture. Articles come from ``data/*.json``; the page templates are in ``huecit.py`` and
``liferay.py``; ``corpus.py`` states the truth for every article page.
"""

from crawler.demo.corpus import DemoArticle, load_corpus
from crawler.demo.server import DemoPortal

__all__ = ["DemoArticle", "DemoPortal", "load_corpus"]
