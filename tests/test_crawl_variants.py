"""Crawls of variant-corpus templates the rules were not written from (issue #13).

Each template of ``tests/variants/`` is served as a site (tests/variant_site.py: no robots.txt,
no feeds, no sitemaps) and crawled from its home page by the real spider and pipelines. The
pages' truth files say which pages are articles and which article each copy belongs to; the
archive must hold every article once and nothing else:

- a portal of no known family whose article URLs carry a short numeric id (``/tin/57``), added
  as ``family = "generic"``: no URL rule names its articles, the pages themselves do;
- WordPress- and Joomla-style portals of no known family: old-slug copies naming the article in
  ``<link rel="canonical">`` are versions of that article, category/tag archives and attachment
  pages are no rows;
- a known family built from a template its profile was not written from.
"""

from __future__ import annotations

from collections import Counter

import pytest

from archive import open_archive
from crawler.sources import load_sources
from tests.helpers import crawl_in_process
from tests.variant_site import VariantSite, page_key

#: template -> the family its source names (what a user who knows the CMS would write)
TEMPLATES = {
    "unknown/shortid": "generic",
    "unknown/joomla": "generic",
    "unknown/wordpress": "generic",
    "liferay/lr7assetpub": "liferay",
    "sharepoint/sp2013chitiet": "sharepoint",
}
#: Settings for a quick crawl of a small local site.
FAST = {"DOWNLOAD_TIMEOUT": 5, "EXTRACT_TIMEOUT": 20, "PORTAL_RECHECK": "known"}


def source_name(template: str) -> str:
    return "variant-" + template.replace("/", "-")


class _Sites:
    """Base URL per source name, as ``crawl_in_process`` asks for it."""

    def __init__(self, sites: dict[str, VariantSite]) -> None:
        self.sites = sites

    def url(self, name: str) -> str:
        return self.sites[name].base


@pytest.fixture(scope="module")
def variant_crawls(tmp_path_factory):
    """Every template crawled once, concurrently, into one archive."""
    root = tmp_path_factory.mktemp("variant-crawls")
    sites = {source_name(t): VariantSite(t).start() for t in TEMPLATES}
    try:
        entries = []
        for template, family in TEMPLATES.items():
            name = source_name(template)
            site = sites[name]
            entries.append(
                f'[[source]]\nname = "{name}"\nfamily = "{family}"\nbase_url = "{site.base}"\n'
                f'start_urls = ["{site.info["home"]}"]\ndownload_delay = 0.0\nconcurrency = 4\n'
                f"allow_private = true\n")
        config = root / "sources.toml"
        config.write_text("\n".join(entries), "utf-8")
        results = crawl_in_process(root / "archive", list(sites), _Sites(sites),
                                   spider_args={"config": str(config)}, **FAST)
    finally:
        for site in sites.values():
            site.stop()
    profiles = {name: source.profile() for name, source in load_sources(config).items()}
    return {name: (results[name], sites[name], profiles[name]) for name in sites}


def rows_of(result, name: str) -> list[tuple[str, str, str, list[str]]]:
    """``(article_id, canonical_url, url, flags)`` of every archived version of a source."""
    with open_archive(result.archive) as archive:
        return archive.sql("SELECT article_id, canonical_url, url, flags FROM article_versions "
                           "WHERE source = ? AND NOT coalesce(removed, false)", [name]).fetchall()


def truth(site: VariantSite, profile) -> tuple[dict[str, set[str]], set[str]]:
    """The articles by the truth files (canonical URL on the test server -> the paths of the
    pages that are copies of it) and the paths of the pages that are no article."""
    articles: dict[str, set[str]] = {}
    others = set()
    for page in site.pages:
        path = site.path_of(page.url)
        if page.kind == "article":
            canonical = profile.canonicalize(site.base + site.path_of(page.canonical))
            articles.setdefault(canonical, set()).add(path)
        else:
            others.add(path)
    return articles, others


@pytest.mark.parametrize("template", list(TEMPLATES))
def test_every_article_archived_once(variant_crawls, template):
    name = source_name(template)
    result, site, profile = variant_crawls[name]
    articles, _ = truth(site, profile)
    rows = rows_of(result, name)
    assert result.stats["finish_reason"] == "finished"
    archived = Counter(canonical for _, canonical, _, _ in rows)
    missing = sorted(set(articles) - set(archived))
    assert not missing, f"articles not archived: {missing}"
    twice = {c: n for c, n in archived.items() if n > 1}
    assert not twice, f"articles stored more than once: {twice}"
    assert len({aid for aid, _, _, _ in rows if rows}) == len(archived)


@pytest.mark.parametrize("template", list(TEMPLATES))
def test_no_page_but_articles_archived(variant_crawls, template):
    name = source_name(template)
    result, site, profile = variant_crawls[name]
    articles, others = truth(site, profile)
    rows = rows_of(result, name)
    fetched_as = {site.path_of(url) for _, _, url, _ in rows}
    not_articles = sorted(fetched_as & others)
    assert not not_articles, f"non-article pages archived: {not_articles}"
    assert {canonical for _, canonical, _, _ in rows} == set(articles)


@pytest.mark.parametrize("template", list(TEMPLATES))
def test_every_page_fetched_is_judged(variant_crawls, template):
    """Every article page was fetched, and every page fetched went to extraction and was
    counted by the kind it was judged, whatever its URL looks like."""
    name = source_name(template)
    result, site, _ = variant_crawls[name]
    keys = {page_key(site.path_of(p.url)) for p in site.pages}
    fetched = [key for path in site.hits if (key := page_key(path)) in keys]
    unfetched = sorted(p.name for p in site.pages
                       if p.kind == "article" and page_key(site.path_of(p.url)) not in fetched)
    assert not unfetched, f"article pages never fetched: {unfetched}"
    kinds = {k.removeprefix("pages/kind/"): v for k, v in result.stats.items()
             if k.startswith("pages/kind/")}
    assert sum(kinds.values()) == len(fetched), kinds
    assert kinds.get("article", 0) >= sum(p.kind == "article" for p in site.pages)


def test_old_slug_copies_are_versions_of_the_article_they_name(variant_crawls):
    """WordPress keeps an article's old slug working and names the new URL in
    ``<link rel="canonical">``: both captures are one article, the second one unchanged."""
    name = source_name("unknown/wordpress")
    result, site, profile = variant_crawls[name]
    copies = [p for p in site.pages if p.kind == "article" and p.meta.get("canonical")]
    assert copies, "the template has old-slug copies"
    rows = rows_of(result, name)
    by_canonical = {canonical: (url, flags) for _, canonical, url, flags in rows}
    for page in copies:
        canonical = profile.canonicalize(site.base + site.path_of(page.canonical))
        url, flags = by_canonical[canonical]
        # Whichever copy was read first made the row; read from the old slug, it says so.
        assert ("canonical_from_link" in flags) == (site.path_of(url) == site.path_of(page.url))
    assert result.stats["archive/articles_unchanged"] >= len(copies)


def test_short_numeric_ids_are_no_article_rule_of_the_generic_family(variant_crawls):
    """What makes the short-id portal a test of judging pages by content: the generic family's
    URL rules call none of its article URLs an article."""
    _, site, profile = variant_crawls[source_name("unknown/shortid")]
    urls = [site.base + site.path_of(p.url) for p in site.pages if p.kind == "article"]
    assert urls and all(profile.classify(profile.canonicalize(u))[0] != "article" for u in urls)


@pytest.fixture(scope="module")
def shortid_recrawl(variant_crawls, tmp_path_factory):
    """The short-id portal crawled again into a copy of the archive, from a new server, with
    nothing due for a re-check (blocking calls need a fixture)."""
    import shutil

    name = source_name("unknown/shortid")
    root = tmp_path_factory.mktemp("recrawl")
    shutil.copytree(variant_crawls[name][0].archive, root / "archive")
    with VariantSite("unknown/shortid") as site:
        config = root / "sources.toml"
        config.write_text(f'[[source]]\nname = "{name}"\nfamily = "generic"\n'
                          f'base_url = "{site.base}"\ndownload_delay = 0.0\nconcurrency = 4\n'
                          f"allow_private = true\n", "utf-8")
        again = crawl_in_process(root / "archive", [name], _Sites({name: site}),
                                 spider_args={"config": str(config)},
                                 **{**FAST, "PORTAL_RECHECK": "age",
                                    "PORTAL_RECHECK_YOUNG_DAYS": 0,
                                    "PORTAL_RECHECK_OLD_DAYS": 100_000})[name]
    return again, site


def test_recrawl_skips_archived_articles_no_url_rule_names(shortid_recrawl):
    """Listings are fetched again, none of the archived articles, though no URL rule calls
    them articles."""
    again, site = shortid_recrawl
    articles = {site.path_of(p.url) for p in site.pages if p.kind == "article"}
    assert "/" in site.hits and not articles & set(site.hits)
    assert again.stats["portal/known_skipped"] >= len(articles)
    assert again.stats.get("archive/articles_new", 0) == 0


def _rows_by_path(root, source: str, site: VariantSite) -> dict[str, list[tuple[str, str, list]]]:
    """Fetched path -> ``(canonical path, article_id, flags)`` of an archive's rows of a source."""
    with open_archive(root) as archive:
        rows = archive.sql("SELECT url, canonical_url, article_id, flags FROM article_versions "
                           "WHERE source = ?", [source]).fetchall()
    out: dict[str, list[tuple[str, str, list]]] = {}
    for url, canonical, aid, flags in rows:
        out.setdefault(site.path_of(url), []).append((site.path_of(canonical), aid, list(flags)))
    return out


def test_ingest_applies_the_crawls_canonical_rule(variant_crawls, tmp_path):
    """The offline path builds rows by the same rule: ingesting the crawl's own WARC files
    into a new archive, each old-slug copy is a version of the article it names."""
    from crawler.reprocess import ingest

    name = source_name("unknown/wordpress")
    result, site, _ = variant_crawls[name]
    warcs = sorted((result.archive / "warc" / f"source={name}").glob("*.warc.gz"))
    assert warcs
    ingest(tmp_path / "copy", warcs, {}, source="wp-copy")
    rows = _rows_by_path(tmp_path / "copy", "wp-copy", site)
    ids = {aid for versions in rows.values() for _, aid, _ in versions}
    for page in (p for p in site.pages if p.kind == "article" and p.meta.get("canonical")):
        old, real = site.path_of(page.url), site.path_of(page.canonical)
        copies = rows.get(old, []) + rows.get(real, [])
        assert len(copies) == 1, copies  # the second capture is the same version
        canonical, _, flags = copies[0]
        assert canonical == real
        assert ("canonical_from_link" in flags) == (old in rows)
    assert len(ids) == sum(len(v) for v in rows.values())


def test_reextract_keeps_each_articles_identity(variant_crawls, tmp_path):
    """Re-extraction of the crawl's rows by the same extractor writes nothing: a row read from
    an old slug keeps the canonical URL (and article) the crawl gave it."""
    import shutil

    from crawler.reprocess import reextract

    name = source_name("unknown/wordpress")
    result, _, _ = variant_crawls[name]
    copy = tmp_path / "archive"
    shutil.copytree(result.archive, copy)
    report = reextract(copy, load_sources(result.archive.parent / "sources.toml"), source=name)
    assert report.checked > 0 and report.written == 0, report.summary("written")


# -- the rules the crawls rely on -------------------------------------------------------------

def _generic():
    from crawler.profiles import make_profile

    return make_profile("generic", "rules")


@pytest.mark.parametrize(("declared", "expected"), [
    ("http://h.test/2024/03/27/nong-dan-lam-giau/", "http://h.test/2024/03/27/nong-dan-lam-giau/"),
    ("https://www.h.test/tin/57?utm_source=zalo", "http://h.test/tin/57"),  # same site, tidied
    ("http://h.test/buoi-da-xanh/?utm_medium=x", None),  # the page itself: nothing new
    ("http://h.test/", None),  # every page pointed at the home page
    ("http://h.test/category/tin-tuc/", None),  # a section the page sits in
    ("http://other.test/2024/03/27/nong-dan-lam-giau/", None),  # another site
    ("http://h.test/dang-nhap?next=/tin/57", None),  # a trap by the family's rules
    ("mailto:x@h.test", None),
    (None, None),
])
def test_canonical_from_link_guards(declared, expected):
    from crawler.urls import canonical_from_link

    page = "http://h.test/buoi-da-xanh/" if declared and "buoi" in declared \
        else "http://h.test/category/tin-tuc/buoi-da-xanh-an-binh/"
    assert canonical_from_link(page, declared, _generic()) == expected


def test_a_listing_by_the_family_rules_is_never_the_canonical():
    from crawler.profiles import make_profile
    from crawler.urls import canonical_from_link

    huecit = make_profile("huecit", "rules")
    page = "http://h.test/?gd=19&cn=116&tc=4521"
    assert canonical_from_link(page, "http://h.test/?gd=19&cn=116", huecit) is None
    assert canonical_from_link(page, "http://h.test/?tc=4521&gd=19", huecit) == \
        "http://h.test/?gd=19&tc=4521"


def test_base_href_is_read_decoded_as_a_browser_reads_it():
    """``&amp;`` in ``<base href>`` is ``&`` (w3lib's regex reader, behind Scrapy's
    ``response.urljoin``, keeps it: T8 on the hostile server is the crawl of it)."""
    import lxml.html

    from crawler.urls import declared_canonical, document_base

    page = ('<html><head><base href=" http://h.test/index.php?option=com_tin&amp;Itemid=2 ">'
            '<link rel="Canonical alternate" href="index.php?option=com_tin&amp;id=7"></head>'
            '<body><base href="/other/"><a href="#top">x</a></body></html>')
    root = lxml.html.document_fromstring(page)
    base = document_base("http://h.test/x", root)
    assert base == "http://h.test/index.php?option=com_tin&Itemid=2"
    assert declared_canonical("http://h.test/x", root) == "http://h.test/index.php?option=com_tin&id=7"
    bare = lxml.html.document_fromstring("<html><body><p>x</p></body></html>")
    assert document_base("http://h.test/a/b", bare) == "http://h.test/a/b"
    assert declared_canonical("http://h.test/a/b", bare) is None
