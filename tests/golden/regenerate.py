"""Regenerate the golden extraction corpus from the demo portal's pages and data.

    python tests/golden/regenerate.py --write            # every family
    python tests/golden/regenerate.py --family vccorp --write
    python tests/golden/regenerate.py                    # dry run: say what would change

Each page is stored exactly as the demo site serves it (``<id>.html``, bytes and charset as
served) with ``<id>.json``: the URL, the Content-Type and the *expected* record, which comes
from the demo data file (the truth), never from the extractor. Articles are chosen to cover
the variety of each site: both templates, every caption style, missing unit/images/authors,
decoy dates, update dates, agency prefixes, migrated items, legacy encodings. The generic
family's pages are other families' pages, extracted with no profile. Review changes as diffs.
Pages named ``hand-*`` are written by people, with expected records decided by hand; this
script leaves them alone.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent
sys.path.insert(0, str(ROOT.parents[1]))

from crawler.demo.corpus import DemoArticle, load_corpus  # noqa: E402
from crawler.demo.dotnetnuke import DotNetNukeSite  # noqa: E402
from crawler.demo.huecit import CP1258_ARTICLES, HueCitSite  # noqa: E402
from crawler.demo.liferay import LiferaySite  # noqa: E402
from crawler.demo.sharepoint import SharePointSite  # noqa: E402
from crawler.demo.vccorp import VCCorpSite  # noqa: E402

SITES = {"huecit": HueCitSite, "liferay": LiferaySite, "sharepoint": SharePointSite,
         "dotnetnuke": DotNetNukeSite, "vccorp": VCCorpSite}
PER_FAMILY = 10
#: The generic family is scored on pages of these sites, read with no profile.
GENERIC_FROM = {"vccorp": 4, "sharepoint": 2, "dotnetnuke": 2, "liferay": 2}


def features(a: DemoArticle) -> set[str]:
    f = {f"year:{a.published.year}", f"images:{min(len(a.images), 2)}"}
    f |= {f"caption:{i.style}" for i in a.images}
    f |= {"credit" for i in a.images if i.credit}
    f.add("unit" if a.unit else "no_unit")
    f.add("authors" if a.authors else "no_authors")
    for flag in ("decoy_date", "agency_prefix", "updated"):
        if getattr(a, flag):
            f.add(flag)
    if not a.time_known:
        f.add("time_unknown")
    if a.id in CP1258_ARTICLES:
        f.add("cp1258")
    return f


def choose(articles: tuple[DemoArticle, ...], n: int) -> list[DemoArticle]:
    """Greedy cover of the features, then the rest spread over time; deterministic."""
    chosen: list[DemoArticle] = []
    covered: set[str] = set()
    pool = sorted(articles, key=lambda a: a.id)
    while len(chosen) < n:
        best = max(pool, key=lambda a: (len(features(a) - covered), -a.id), default=None)
        if best is None or not features(best) - covered:
            break
        chosen.append(best)
        covered |= features(best)
        pool.remove(best)
    step = max(1, len(pool) // max(1, n - len(chosen)))
    chosen += pool[::step][: n - len(chosen)]
    return sorted(chosen, key=lambda a: a.id)


def render(family: str, a: DemoArticle) -> tuple[dict, bytes]:
    cls = SITES[family]
    base = f"https://demo-{family}.example.gov.vn"
    site = cls(base)
    path, _, query = cls.article_path(a).partition("?")
    reply = site.handle(path, query)
    assert reply.status == 200, (family, a.id)
    meta = {
        "url": base + cls.article_path(a),
        "content_type": reply.headers.get("Content-Type"),
        "source_family": family,
        "expected": a.truth(base=base, image_src=cls.image_src, category=site.category_label(a)),
    }
    return meta, reply.body


def pages_for(family: str) -> dict[str, tuple[dict, bytes]]:
    if family == "generic":
        out = {}
        for src, n in GENERIC_FROM.items():
            for a in choose(load_corpus(src), n):
                out[f"{src}-{a.id}"] = render(src, a)
        return out
    return {str(a.id): render(family, a) for a in choose(load_corpus(family), PER_FAMILY)}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--family", action="append", help="only these families (repeatable)")
    parser.add_argument("--write", action="store_true", help="write files (default: dry run)")
    args = parser.parse_args()
    families = args.family or [*SITES, "generic"]
    changed = 0
    for family in families:
        folder = ROOT / family
        wanted = pages_for(family)
        # Hand-written pages (hand-*) are not generated and never touched here.
        existing = {p.stem for p in folder.glob("*.json") if not p.stem.startswith("hand-")}
        for name, (meta, body) in wanted.items():
            text = json.dumps(meta, ensure_ascii=False, indent=1, sort_keys=True) + "\n"
            json_path, html_path = folder / f"{name}.json", folder / f"{name}.html"
            same = (json_path.exists() and json_path.read_text("utf-8") == text
                    and html_path.exists() and html_path.read_bytes() == body)
            if same:
                continue
            changed += 1
            print(f"{'write' if args.write else 'would write'} {family}/{name}")
            if args.write:
                folder.mkdir(parents=True, exist_ok=True)
                json_path.write_text(text, "utf-8")
                html_path.write_bytes(body)
        for stale in sorted(existing - set(wanted)):
            changed += 1
            print(f"{'remove' if args.write else 'would remove'} {family}/{stale}")
            if args.write:
                (folder / f"{stale}.json").unlink()
                (folder / f"{stale}.html").unlink(missing_ok=True)
    print(f"{changed} change(s)" + ("" if args.write else " (dry run; pass --write)"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
