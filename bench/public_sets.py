"""Public real-page benchmark sets, converted to one layout for bench/eval_public.py (#13).

    .venv/bin/python bench/public_sets.py convert <name> <raw dir> <out dir>
    .venv/bin/python bench/public_sets.py list

Each set is kept OUTSIDE the repository (``/work/data/public-sets/<name>/``); nothing of the
data is committed. The layout, the same for every set, so that the evaluator needs no
per-set code::

    <out>/set.json          name, licence, origin, page count, which truths the set has
    <out>/pages/<id>.html   the page's bytes exactly as the set ships them (gzip removed)
    <out>/pages/<id>.json   {"id", "url", "text", "title", "date", "with", "without", "page_type"}

``text`` is the hand-made main text (``null`` where the set has none), ``date`` the
published day as ``YYYY-MM-DD`` (``null`` where the set has none), ``with``/``without``
snippets that a correct extraction must hold / must not hold (trafilatura's and WCXB's way of
judging). One small converter per set reads the set's native format:

=================  ===========================================  ==================================
name               raw dir (where it was obtained)              licence
=================  ===========================================  ==================================
aeb                scrapinghub/article-extraction-benchmark     MIT (annotations); pages are
                   (../shared/data/aeb)                         third-party, research use
wcxb               Murrough-Foley/web-content-extraction-       CC-BY-4.0
                   benchmark (dev + test splits)
l3s-gn1            geodrome/page-signal, directory              L3S licence: research use only
                   L3S-GN1-20100130203947-00001 (original/ +
                   annotated/ HTML, the official WARC's
                   per-page conversion)
dragnet            seomoz/dragnet_data as mirrored in            AGPLv3 (the data, per its README)
                   j-szulc/html-cleaning-dataset-merged
                   (dragnet_data/: input/ + GoldStandard/;
                   the gold files are byte-identical to
                   seomoz's dragnet_Corrected.tar.gz)
cleaneval          CleanEval 2007 dev + final sets as           no licence stated (SIGWAC shared
                   mirrored in j-szulc/html-cleaning-dataset-   task data, research use)
                   merged (cleaneval-dev/, cleaneval-final/)
cleanportaleval    ppke-nlpg/CleanPortalEval                    no licence stated (Endrédy &
                                                                Novák 2013, research use)
trafilatura        adbar/trafilatura tests/ (evaldata.json,     Apache-2.0 (annotations); pages
                   eval/, cache/)                               are third-party, research use
htmldate           adbar/htmldate tests/ (eval_default.json,    Apache-2.0 (annotations); pages
                   eval_mediacloud_2020.json)                   are third-party, research use
=================  ===========================================  ==================================

CleanEval and CleanPortalEval pages are wrapped by the task in a ``<text id=… >`` line and a
closing ``</text>``: the wrapper is removed (it is not part of the page), the rest kept byte
for byte. Their gold files mark paragraphs with ``<p>``, ``<h>``, ``<l>``: the markers become
blank lines. L3S-GN1's truth is the text its assessors labelled headline, full text or
supplemental (classes ``x-nc-sel1``…``x-nc-sel3``), not comments or related content.
"""

from __future__ import annotations

import argparse
import gzip
import html as html_lib
import json
import re
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

__all__ = ["Page", "CONVERTERS", "LICENCES", "convert", "load_set", "iter_sets"]


@dataclass
class Page:
    """One page of a set: its bytes and its truth (see the module docstring)."""

    id: str
    body: bytes
    url: str | None = None
    text: str | None = None
    title: str | None = None
    date: str | None = None
    with_: list[str] = field(default_factory=list)
    without: list[str] = field(default_factory=list)
    page_type: str | None = None

    def truth(self) -> dict[str, Any]:
        return {"id": self.id, "url": self.url, "text": self.text, "title": self.title,
                "date": self.date, "with": self.with_, "without": self.without,
                "page_type": self.page_type}


LICENCES = {
    "aeb": ("MIT", "scrapinghub/article-extraction-benchmark"),
    "wcxb": ("CC-BY-4.0", "Murrough-Foley/web-content-extraction-benchmark"),
    "l3s-gn1": ("L3S research-use-only licence", "geodrome/page-signal (L3S-GN1-20100130203947)"),
    "dragnet": ("AGPLv3", "seomoz/dragnet_data via j-szulc/html-cleaning-dataset-merged"),
    "cleaneval": ("no licence stated (research use)",
                  "CleanEval 2007 via j-szulc/html-cleaning-dataset-merged"),
    "cleanportaleval": ("no licence stated (research use)", "ppke-nlpg/CleanPortalEval"),
    "trafilatura": ("Apache-2.0 (annotations)", "adbar/trafilatura tests/"),
    "htmldate": ("Apache-2.0 (annotations)", "adbar/htmldate tests/"),
}

_DAY_RE = re.compile(r"\d{4}-\d{2}-\d{2}")


def _day(value: Any) -> str | None:
    """The ``YYYY-MM-DD`` a set's date field starts with, else ``None`` (times are dropped:
    the sets' dates are days, and a time zone would only add disagreement)."""
    match = _DAY_RE.match(str(value or "").strip())
    return match.group(0) if match else None


def _read_text(path: Path) -> str:
    """A gold text file; the sets' gold files are UTF-8 with a few stray bytes."""
    return path.read_bytes().decode("utf-8", errors="replace")


# -- one converter per set ----------------------------------------------------------------------
def _aeb(raw: Path) -> Iterator[Page]:
    truth = json.loads((raw / "ground-truth.json").read_text("utf-8"))
    for page_id in sorted(truth):
        body = gzip.decompress((raw / "html" / f"{page_id}.html.gz").read_bytes())
        yield Page(page_id, body, url=truth[page_id].get("url"),
                   text=truth[page_id]["articleBody"])


def _wcxb(raw: Path) -> Iterator[Page]:
    for split in ("dev", "test"):
        for truth_path in sorted((raw / split / "ground-truth").glob("*.json")):
            meta = json.loads(truth_path.read_text("utf-8"))
            gt = meta["ground_truth"]
            html_path = raw / split / "html" / f"{truth_path.stem}.html.gz"
            if not html_path.exists():
                continue
            kind = ((meta.get("_internal") or {}).get("page_type") or {}).get("primary")
            yield Page(f"{split}-{truth_path.stem}", gzip.decompress(html_path.read_bytes()),
                       url=meta.get("url"), text=gt.get("main_content"), title=gt.get("title"),
                       date=_day(gt.get("publish_date")), with_=list(gt.get("with") or []),
                       without=list(gt.get("without") or []), page_type=kind)


_L3S_CONTENT = ("x-nc-sel1", "x-nc-sel2", "x-nc-sel3")  # headline, full text, supplemental


def _l3s_text(annotated: bytes) -> str:
    """The labelled content of an annotated L3S-GN1 page, one line per labelled block."""
    import lxml.html

    root = lxml.html.document_fromstring(annotated)
    lines = []
    for el in root.iter("span"):
        if el.get("class") not in _L3S_CONTENT:
            continue
        if any(a.tag == "span" and a.get("class") in _L3S_CONTENT for a in el.iterancestors()):
            continue  # counted with its labelled ancestor
        text = " ".join(el.text_content().split())
        if text:
            lines.append(text)
    return "\n".join(lines)


def _l3s(raw: Path) -> Iterator[Page]:
    base = next(raw.glob("L3S-GN1-*"), raw)
    urls = {}
    mapping = base / "url-mapping.txt"
    if mapping.exists():
        for line in mapping.read_text("utf-8", errors="replace").splitlines():
            urn, _, url = line.partition("\t")
            urls[urn.strip("<>").removeprefix("urn:uuid:")] = url.strip()
    for original in sorted((base / "original").glob("*.html")):
        annotated = base / "annotated" / original.name
        if annotated.exists():
            yield Page(original.stem, original.read_bytes(), url=urls.get(original.stem),
                       text=_l3s_text(annotated.read_bytes()))


_TEXT_OPEN_RE = re.compile(rb"\A\s*<text\b[^>]*>[ \t]*\r?\n?", re.I)
_TEXT_CLOSE_RE = re.compile(rb"\s*</text>\s*\Z", re.I)
_TEXT_ID_RE = re.compile(rb"<text\b[^>]*\bid=\"([^\"]+)\"", re.I)
_GOLD_URL_RE = re.compile(r"\A\s*URL:\s*(\S+)[^\n]*\n?")
_GOLD_MARK_RE = re.compile(r"<(?:p|h|l)>", re.I)


def _cleaneval_page(html_path: Path, gold_path: Path, page_id: str) -> Page:
    """A CleanEval-format pair: the page without the task's ``<text>`` wrapper, the gold text
    without its ``URL:`` line and paragraph markers."""
    body = html_path.read_bytes()
    found = _TEXT_ID_RE.search(body[:2000])
    url = html_lib.unescape(found.group(1).decode("utf-8", "replace")) if found else None
    body = _TEXT_CLOSE_RE.sub(b"\n", _TEXT_OPEN_RE.sub(b"", body, count=1), count=1)
    gold = _read_text(gold_path)
    head = _GOLD_URL_RE.match(gold)
    if head:
        url = url or head.group(1)
        gold = gold[head.end():]
    gold = _GOLD_MARK_RE.sub("\n\n", gold)
    gold = "\n\n".join(" ".join(p.split()) for p in re.split(r"\n\s*\n", gold) if p.strip())
    return Page(page_id, body, url=url, text=gold)


def _cleaneval_dir(root: Path, prefix: str) -> Iterator[Page]:
    for gold in sorted((root / "GoldStandard").glob("*.txt")):
        html_path = root / "input" / f"{gold.stem}.html"
        if html_path.exists():
            yield _cleaneval_page(html_path, gold, f"{prefix}{gold.stem}")


def _cleaneval(raw: Path) -> Iterator[Page]:
    yield from _cleaneval_dir(raw / "cleaneval-dev", "dev-")
    yield from _cleaneval_dir(raw / "cleaneval-final", "final-")


def _cleanportaleval(raw: Path) -> Iterator[Page]:
    yield from _cleaneval_dir(raw, "")


def _dragnet(raw: Path) -> Iterator[Page]:
    root = raw / "dragnet_data" if (raw / "dragnet_data").is_dir() else raw
    for gold in sorted((root / "GoldStandard").glob("*.txt")):
        html_path = root / "input" / f"{gold.stem}.html"
        if html_path.exists():
            # The "Corrected" gold files hold the article, then the reader comments after a
            # marker line (the set's README): the truth is the article, as an archive row is.
            text = _read_text(gold).split(_DRAGNET_COMMENTS, 1)[0]
            yield Page(gold.stem, html_path.read_bytes(), text=text)


_DRAGNET_COMMENTS = "!@#$%^&*()  COMMENTS"


def _find(raw: Path, name: str, subdirs: tuple[str, ...]) -> Path | None:
    for sub in subdirs:
        path = raw / sub / name
        if path.exists():
            return path
    return None


def _trafilatura(raw: Path) -> Iterator[Page]:
    tests = raw / "tests" if (raw / "tests").is_dir() else raw
    pages = json.loads((tests / "evaldata.json").read_text("utf-8"))
    for url, meta in pages.items():
        path = _find(tests, meta["file"], ("eval", "cache"))
        if path is not None:
            yield Page(_safe_id(path.stem), path.read_bytes(), url=url,
                       with_=list(meta.get("with") or []), without=list(meta.get("without") or []))


def _htmldate(raw: Path) -> Iterator[Page]:
    tests = raw / "tests" if (raw / "tests").is_dir() else raw
    for truth_name, prefix in (("eval_default.json", "default-"),
                               ("eval_mediacloud_2020.json", "mediacloud-")):
        pages = json.loads((tests / truth_name).read_text("utf-8"))
        for url, meta in pages.items():
            path = _find(tests, meta["file"], ("eval", "cache", "test_set"))
            if path is not None:
                yield Page(prefix + _safe_id(path.stem), path.read_bytes(), url=url,
                           date=_day(meta.get("date")))


_UNSAFE_RE = re.compile(r"[^\w.-]+")


def _safe_id(stem: str) -> str:
    """A file-system-safe page id (trafilatura's files are named after page titles)."""
    return _UNSAFE_RE.sub("_", stem)[:120]


CONVERTERS: dict[str, Callable[[Path], Iterator[Page]]] = {
    "aeb": _aeb, "wcxb": _wcxb, "l3s-gn1": _l3s, "dragnet": _dragnet, "cleaneval": _cleaneval,
    "cleanportaleval": _cleanportaleval, "trafilatura": _trafilatura, "htmldate": _htmldate,
}


# -- the common layout --------------------------------------------------------------------------
def convert(name: str, raw: Path, out: Path) -> int:
    """Write set ``name`` from its native format under ``raw`` to ``out``; returns pages."""
    pages_dir = out / "pages"
    pages_dir.mkdir(parents=True, exist_ok=True)
    seen: set[str] = set()
    has = {"text": 0, "date": 0, "snippets": 0}
    for page in CONVERTERS[name](raw):
        if page.id in seen:  # two truths for one file (trafilatura reuses a few): first wins
            continue
        seen.add(page.id)
        (pages_dir / f"{page.id}.html").write_bytes(page.body)
        (pages_dir / f"{page.id}.json").write_text(
            json.dumps(page.truth(), ensure_ascii=False, indent=1) + "\n", "utf-8")
        has["text"] += page.text is not None
        has["date"] += page.date is not None
        has["snippets"] += bool(page.with_ or page.without)
    licence, origin = LICENCES[name]
    meta = {"name": name, "licence": licence, "origin": origin, "pages": len(seen),
            "pages_with": has}
    (out / "set.json").write_text(json.dumps(meta, indent=1) + "\n", "utf-8")
    return len(seen)


def load_set(root: Path, limit: int | None = None) -> Iterator[tuple[dict[str, Any], bytes]]:
    """(truth, page bytes) for each page of a converted set, in id order."""
    paths = sorted((root / "pages").glob("*.json"))
    for path in paths[:limit] if limit else paths:
        yield json.loads(path.read_text("utf-8")), path.with_suffix(".html").read_bytes()


def iter_sets(root: Path) -> list[Path]:
    """The converted sets under ``root`` (each a directory with a ``set.json``)."""
    return sorted(p.parent for p in root.glob("*/set.json"))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    conv = sub.add_parser("convert", help="convert one set from its native format")
    conv.add_argument("name", choices=sorted(CONVERTERS))
    conv.add_argument("raw", type=Path, help="the set as obtained (see this module's docstring)")
    conv.add_argument("out", type=Path, help="output directory, outside the repository")
    sub.add_parser("list", help="the sets this script converts, with licence and origin")
    args = parser.parse_args(argv)
    if args.command == "list":
        for name, (licence, origin) in LICENCES.items():
            print(f"{name:16} {licence:36} {origin}")
        return 0
    n = convert(args.name, args.raw, args.out)
    print(f"{args.name}: {n} pages -> {args.out}")
    return 0 if n else 1


if __name__ == "__main__":
    sys.exit(main())
