"""A WARC written by another crawler, from hosts nobody configured (issue #13).

wget crawls the five demo sites and a dozen portals of no known family that republish the demo's
stories (tests/republisher_sites.py) recursively from their home pages, as an archivist would
with a WARC-writing tool, into one WARC file. ``portal-archive ingest`` then names a source per
host, picks each page's rules by what the page is, and writes a row for (almost) every article
page and none for listings and information pages; dedup then finds the planted republications.
"""

from __future__ import annotations

import shutil
import subprocess
from collections import Counter
from urllib.parse import urlsplit

import pytest
from click.testing import CliRunner

from archive import open_archive
from crawler.cli import main
from crawler.profiles import article_families, make_profile
from tests.republish import build_eval_set
from tests.republisher_sites import RepublisherSites

#: Links a wget user keeps out of a recursive crawl of these portals (calendars, language
#: switches, login forms, files): the traps PORTALS.md lists.
_REJECT = (r"[?&](ngay|date|day|month|year|_?struts_action)=|/(vi|en)(/|$)"
           r"|\.(jpg|png|gif|css|js|pdf|docx?|xlsx?|ico)$")
#: Republishing portals served: enough hosts for a realistic mix, few enough for a quick test.
_PORTALS = 12


def _wget(urls: list[str], warc_stem: str, cwd) -> None:
    wget = shutil.which("wget")
    if wget is None:
        pytest.skip("wget not installed")
    subprocess.run([wget, "--quiet", "--recursive", "--level=6", "--no-parent", "-e",
                    "robots=off", "--no-directories", "--delete-after", "--reject-regex",
                    _REJECT, f"--warc-file={warc_stem}", "--no-warc-keep-log", *urls],
                   cwd=cwd, timeout=300, check=False)  # exit 8: some links answered 404


@pytest.fixture(scope="module")
def foreign(demo_portal, tmp_path_factory):
    """(archive path, demo article URLs, copy URL -> original URL, served docs by URL)."""
    tmp = tmp_path_factory.mktemp("foreign")
    docs = build_eval_set()
    originals = {d.story: d for d in docs if d.kind == "original"}
    demo_url = {}  # story -> the original's URL on the demo portal
    titles = {}  # an original's title -> its URL (the first, when two articles share one)
    demo_articles = set()
    for site in ("huecit", "liferay", "sharepoint", "dotnetnuke", "vccorp"):
        s, profile = demo_portal.site(site), make_profile(site, site)
        for a in s.articles:
            # compared by canonical form: wget fetches whichever spelling a page linked
            url = profile.canonicalize(s.base + s.article_path(a))
            demo_articles.add(url)
            titles.setdefault(a.title, url)
    for story, d in originals.items():
        if d.title in titles:
            demo_url[story] = titles[d.title]
    copies = [d for d in docs if d.kind != "original"]
    counts = Counter(d.source for d in copies)
    portals = {name for name, _ in counts.most_common(_PORTALS)}
    served = [d for d in copies if d.source in portals]
    with RepublisherSites(served) as sites:
        starts = [u + "/" for u in demo_portal.urls.values()] + [b + "/" for b in sites.bases.values()]
        _wget(starts, str(tmp / "foreign"), tmp)
        generic = make_profile("generic", "generic")
        served_urls = {generic.canonicalize(sites.url(d)): d for d in served}
    archive = tmp / "archive"
    config = tmp / "sources.toml"
    config.write_text("# no source configured: every host is unknown\n")
    result = CliRunner().invoke(main, ["ingest", str(tmp / "foreign.warc.gz"), "--config",
                                       str(config), "--archive", str(archive)],
                                catch_exceptions=False)
    assert result.exit_code == 0, result.output
    pairs = {u: demo_url[d.story] for u, d in served_urls.items()
             if d.story in demo_url and not d.kind.startswith("negative")}
    return archive, demo_articles, pairs, served_urls, result.output


def _rows(archive):
    with open_archive(archive) as arch:
        return arch.sql("SELECT canonical_url, source, title, family, family_signal, cluster_id "
                        "FROM articles").fetchall()


def test_rows_for_almost_every_article_page_and_no_other_page(foreign):
    archive, demo_articles, _, served, output = foreign
    rows = _rows(archive)
    got = {r[0] for r in rows}
    articles = demo_articles | set(served)
    missing = sorted(articles - got)
    assert len(missing) <= 0.02 * len(articles), (len(missing), missing[:10], output)

    extra = sorted(got - articles)
    assert not extra, "\n".join(extra)  # listings, home pages, information pages: no row


def test_a_source_per_host_and_the_family_the_markup_shows(foreign):
    archive, demo_articles, _, served, _ = foreign
    rows = _rows(archive)
    sources = {}
    for url, source, *_ in rows:
        sources.setdefault(urlsplit(url).netloc, set()).add(source)
    assert all(len(s) == 1 for s in sources.values()), sources
    assert len({next(iter(s)) for s in sources.values()}) == len(sources)  # one name per host
    family = {r[0]: (r[3], r[4]) for r in rows}
    demo_families = Counter(family[u][0] for u in demo_articles if u in family)
    # The five demo sites are five CMS families, told apart by their markup alone.
    assert set(demo_families) == {"huecit", "liferay", "sharepoint", "dotnetnuke", "vccorp"}
    for url in served:
        # The plain template carries no CMS markup; a portal whose URLs have one family's shape
        # (a Huế portal's ?gd=&cn=&tc=) is taken for that family by its URL scheme.
        shaped = {p.family.name for p in article_families(url)}
        expected = shaped.pop() if len(shaped) == 1 else "generic"
        if url in family:
            assert family[url][0] == expected, (url, family[url])
    assert all(sig for _, sig in family.values())


def test_dedup_finds_the_planted_republications(foreign):
    archive, _, pairs, served, _ = foreign
    cluster = {r[0]: r[5] for r in _rows(archive)}
    both = {c: o for c, o in pairs.items() if c in cluster and o in cluster}
    assert len(both) >= 0.95 * len(pairs)
    found = [c for c, o in both.items() if cluster[c] is not None and cluster[c] == cluster[o]]
    assert len(found) >= 0.9 * len(both), (len(found), len(both))
    # Hard negatives (yearly reports, template bulletins, same-event reports) stay apart.
    members: dict[str, set[str]] = {}
    for url, cid in cluster.items():
        if cid is not None:
            members.setdefault(cid, set()).add(url)
    merged = [u for u, d in served.items() if d.kind.startswith("negative") and cluster.get(u)
              and any(o not in served or served[o].story != d.story
                      for o in members[cluster[u]] - {u})]
    assert not merged, merged[:5]
