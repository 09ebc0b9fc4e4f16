"""The generic path on public real-page sets, next to bare trafilatura and readability-lxml (#13).

    .venv/bin/python bench/eval_public.py --sets /work/data/public-sets [--limit N] [--offset N]
        [--only aeb,wcxb] [--pages-out FILE.jsonl] [--json]

Sets are made by ``bench/public_sets.py convert`` (layout and licences in its docstring). For
each set, on the same bytes in the same run, one page at a time:

- ours: ``crawler.extract.extract_page`` with the ``generic`` profile's hints and the URL
  rule's prior, as ``tests/variant_scoring.py`` does in its ``generic`` mode (no URL in the
  set: no prior). Its text is ``lead`` + ``text``, as an archive row holds them;
- bare trafilatura: ``trafilatura.bare_extraction(body, url=…, with_metadata=True)``, bytes in;
- readability-lxml: ``Document(body).summary()``, bytes in (readability decodes them itself),
  its summary cut into paragraphs as ``variants.py`` does.

Printed per set: token F1 (``crawler.extract.evaluate.body_f1``, the AEB scoring) of each and
ours against the better baseline; share of pages whose token sequence equals trafilatura's;
pages empty for ours that either baseline reads; published-day accuracy where the set has
dates; snippet F1 where it has with/without snippets (trafilatura's way: a ``with`` snippet
found is a true positive, a ``without`` snippet found a false positive); CPU seconds per page
(``time.process_time`` around each extractor's call only) and ours / trafilatura; and the
"stored" text: what the archive would hold for the page — the row built by
``crawler.reprocess.build_row`` from the extraction after the crawl's gates (status ``ok``,
then ``pipelines.validate.ValidatePipeline``: a title and 15 words), empty when the page would
not be archived — scored like the extractor's output.
"""

from __future__ import annotations

import argparse
import json
import logging
import re
import sys
import time
from collections import Counter
from datetime import UTC, datetime
from itertools import islice
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path[0] = str(REPO)  # the project root instead of bench/ (see bench/size.py)

from bench.public_sets import _day, iter_sets, load_set  # noqa: E402
from crawler.extract.evaluate import body_f1  # noqa: E402

_WORD_RE = re.compile(r"\w+", re.UNICODE)
_XML_DECL_RE = re.compile(rb"^\s*<\?xml[^>]*\?>")
_CONTROL_RE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")
_NOW = datetime(2026, 1, 1, tzinfo=UTC)  # rows' clock: fixed, the rows are never written
READERS = ("ours", "trafilatura", "readability")


def _tokens(text: str | None) -> list[str]:
    return [w.lower() for w in _WORD_RE.findall(text or "")]


def _whole(fields: dict[str, Any]) -> str:
    """Lead and body as one text: the sets' truths hold the lead inside the main text."""
    return "\n\n".join(x for x in (fields.get("lead"), fields.get("text")) if x)


# -- the three readers: each returns (reading, CPU seconds of the extractor's own call) -------
class _Ours:
    """The generic path, and the row the archive would store from it."""

    def __init__(self) -> None:
        from crawler.profiles import make_profile

        self.profile = make_profile("generic", "generic")
        self.hints = self.profile.hints()

    def read(self, url: str | None, body: bytes) -> tuple[dict[str, Any], float]:
        from crawler.extract import extract_page

        url_kind = self.profile.classify(self.profile.canonicalize(url))[0] if url else None
        page = {"url": url or "http://example.invalid/unknown-page.html", "body": body, "content_type": None,
                "hints": self.hints, "url_kind": url_kind}
        t = time.process_time()
        got = extract_page(page)
        cpu = time.process_time() - t
        stored, dropped = _stored_row(dict(got), page)
        published = _day(got.get("published_at"))
        return {"text": _whole(got), "title": got.get("title"), "date": published,
                # The day as the page wrote it: published_at is moved to Asia/Ho_Chi_Minh, so
                # "2019-10-19T19:08+02:00" is stored as the 20th; the sets' truths are the 19th.
                "date_written": _day(got.get("date_raw")) or published,
                "status": got.get("status"), "kind": got.get("page_kind"),
                "kind_reason": got.get("kind_reason"), "flags": got.get("flags") or [],
                "stored": stored, "dropped": dropped}, cpu


class _Stats:
    """The stats sink ValidatePipeline counts its drops in (a crawl passes crawler.stats)."""

    def __init__(self) -> None:
        self.values: Counter = Counter()

    def inc_value(self, key: str, count: int = 1, start: int = 0) -> None:
        self.values[key] += count


def _stored_row(fields: dict[str, Any], page: dict[str, Any]) -> tuple[str, str | None]:
    """(the stored row's lead + text, why the page is not archived or ``None``), through the
    crawl's own gates and row builder."""
    from scrapy.exceptions import DropItem

    from archive.rows import Capture, build_row
    from archive.warc import WarcPointer
    from crawler.extract import Status
    from crawler.items import ArticleItem
    from pipelines.validate import ValidatePipeline

    status = fields.pop("status")
    kind = fields.pop("page_kind", None)
    fields.pop("kind_reason", None)
    fields.pop("link_canonical", None)
    if status != Status.OK:
        return "", f"not_article:{kind}" if status == Status.NOT_ARTICLE else status
    item = ArticleItem(url=page["url"])
    for key, value in fields.items():
        item[key] = value
    try:
        ValidatePipeline(_Stats()).process_item(item)
    except DropItem as exc:
        return "", str(exc).split(":")[0]
    capture = Capture(page["url"], 200, _NOW, pointer=WarcPointer("eval.warc.gz", 0, 0, "eval"))
    row = build_row({k: v for k, v in item.items() if k != "url"}, capture, source="eval",
                    canonical_url=page["url"], run_id="eval", extracted_at=_NOW)
    return _whole(row), None


def _trafilatura(url: str | None, body: bytes) -> tuple[dict[str, Any], float]:
    import trafilatura

    t = time.process_time()
    doc = trafilatura.bare_extraction(body, url=url, with_metadata=True)
    cpu = time.process_time() - t
    meta = (doc.as_dict() if hasattr(doc, "as_dict") else dict(doc)) if doc is not None else {}
    return {"text": meta.get("text") or "", "title": meta.get("title"),
            "date": _day(meta.get("date"))}, cpu


def _readability(url: str | None, body: bytes) -> tuple[dict[str, Any], float]:
    import lxml.html
    from readability import Document

    from crawler.extract.body import paragraphs

    t = time.process_time()
    try:
        doc = Document(body, url=url)
        summary = doc.summary(html_partial=True)
    except Exception:  # readability.Unparseable and the lxml errors it wraps
        # A bogus charset ("iso-1252"), control characters or an XML declaration on a
        # decoded string stop it. What its user then does: decode as UTF-8 and drop those.
        text = _CONTROL_RE.sub("", _XML_DECL_RE.sub(b"", body, count=1).decode("utf-8", "replace"))
        doc = Document(text, url=url)
        summary = doc.summary(html_partial=True)
    cpu = time.process_time() - t
    text = "\n\n".join(paragraphs(lxml.html.fromstring(summary))) if summary.strip() else ""
    return {"text": text, "title": doc.short_title()}, cpu


def _safe(reader, url: str | None, body: bytes) -> tuple[dict[str, Any], float]:
    """A reader's result; an exception is an empty reading with its error, never a stop."""
    t = time.process_time()
    try:
        return reader(url, body)
    except Exception as exc:  # one page must not end the run: counted as empty, kept in rows
        return {"text": "", "error": f"{type(exc).__name__}: {exc}"[:200]}, time.process_time() - t


# -- scoring ------------------------------------------------------------------------------------
def _norm(text: str) -> str:
    return " ".join(text.split())


def _snippets(text: str, truth: dict[str, Any]) -> tuple[int, int, int]:
    """(true positives, false negatives, false positives) of the set's snippets in ``text``."""
    flat = _norm(text)
    tp = sum(1 for s in truth.get("with") or [] if _norm(s) in flat)
    fn = len(truth.get("with") or []) - tp
    fp = sum(1 for s in truth.get("without") or [] if _norm(s) in flat)
    return tp, fn, fp


def score_page(truth: dict[str, Any], readings: dict[str, dict[str, Any]],
               with_title: bool = False) -> dict[str, Any]:
    """Per-page record: F1, emptiness, date and snippet counts of each reader, and ours'
    stored row. ``with_title``: each reader's title is scored as the first line of its text,
    for sets whose truth opens with the headline (Dragnet's, CleanEval's): trafilatura keeps
    a headline inside its text on some pages, ours always in the title field."""
    rec: dict[str, Any] = {"id": truth["id"], "url": truth.get("url"),
                           "page_type": truth.get("page_type")}
    expected = truth.get("text")
    for who, got in readings.items():
        text = got.get("text") or ""
        if with_title and got.get("title"):
            text = f"{got['title']}\n\n{text}"
        rec[f"{who}_words"] = len(_tokens(text))
        if expected is not None:
            rec[f"{who}_f1"] = round(body_f1(text, expected), 4)
        if truth.get("date"):
            rec[f"{who}_date_ok"] = got.get("date") == truth["date"]
            rec[f"{who}_date"] = got.get("date")
            if "date_written" in got:
                rec[f"{who}_date_written_ok"] = got["date_written"] == truth["date"]
        if truth.get("with") or truth.get("without"):
            rec[f"{who}_snip"] = _snippets(text, truth)
        if got.get("error"):
            rec[f"{who}_error"] = got["error"]
    ours = readings["ours"]
    rec["identical"] = _tokens(ours.get("text")) == _tokens(readings["trafilatura"].get("text"))
    rec.update(status=ours.get("status"), kind=ours.get("kind"), kind_reason=ours.get("kind_reason"),
               flags=ours.get("flags"), dropped=ours.get("dropped"),
               stored_words=len(_tokens(ours.get("stored"))))
    if expected is not None:
        rec["stored_f1"] = round(body_f1(ours.get("stored") or "", expected), 4)
    return rec


def evaluate_set(root: Path, limit: int | None = None, pages_out=None,
                 offset: int = 0, with_title: bool = False, repeat: int = 1) -> dict[str, Any]:
    """One set: the per-page records summed up (see :func:`summarise`). ``offset`` skips the
    first pages by id, so rules written while looking at pages 1-80 can be judged on 81-160.
    ``repeat``: each call is timed that many times and the fastest kept (as ``timeit`` advises:
    the slower runs measure the machine's other work and the garbage collector, not the code)."""
    ours = _Ours()
    readers = {"ours": ours.read, "trafilatura": _trafilatura, "readability": _readability}
    records = []
    _warm_up(readers, root)
    for truth, body in islice(load_set(root, offset + limit if limit else None), offset, None):
        readings, cpu = {}, {}
        for who, reader in readers.items():
            readings[who], cpu[who] = _safe(reader, truth.get("url"), body)
            for _ in range(repeat - 1):
                cpu[who] = min(cpu[who], _safe(reader, truth.get("url"), body)[1])
        rec = score_page(truth, readings, with_title)
        rec.update({f"{who}_cpu": round(seconds, 5) for who, seconds in cpu.items()})
        records.append(rec)
        if pages_out is not None:
            pages_out.write(json.dumps({"set": root.name, **rec}, ensure_ascii=False) + "\n")
            pages_out.flush()
    return summarise(root.name, records)


def _warm_up(readers: dict, root: Path) -> None:
    """Read the set's first page once, untimed: the first call of each reader imports and
    builds what it needs, which no later page pays for."""
    for truth, body in load_set(root, 1):
        for reader in readers.values():
            _safe(reader, truth.get("url"), body)


def _mean(values: list[float]) -> float | None:
    return round(sum(values) / len(values), 4) if values else None


def _snippet_f1(triples: list[tuple[int, int, int]]) -> float | None:
    tp, fn, fp = (sum(t[i] for t in triples) for i in range(3))
    if not triples or not tp:
        return None if not triples else 0.0
    p, r = tp / (tp + fp), tp / (tp + fn)
    return round(2 * p * r / (p + r), 4)


def summarise(name: str, records: list[dict[str, Any]]) -> dict[str, Any]:
    """Set-level figures from per-page records (also those of ``--pages-out``)."""
    n = len(records)
    out: dict[str, Any] = {"set": name, "pages": n}
    for who in READERS:
        out[f"{who}_f1"] = _mean([r[f"{who}_f1"] for r in records if f"{who}_f1" in r])
        dated = [r for r in records if f"{who}_date_ok" in r]
        out[f"{who}_date"] = _mean([float(r[f"{who}_date_ok"]) for r in dated])
        out[f"{who}_snippet_f1"] = _snippet_f1([r[f"{who}_snip"] for r in records
                                                if f"{who}_snip" in r])
        out[f"{who}_empty"] = sum(1 for r in records if not r[f"{who}_words"])
        timed = [r[f"{who}_cpu"] for r in records if f"{who}_cpu" in r]
        out[f"{who}_cpu"] = round(sum(timed) / len(timed), 5) if timed else None
    out["dated_pages"] = sum(1 for r in records if "ours_date_ok" in r)
    out["ours_date_written"] = _mean([float(r["ours_date_written_ok"]) for r in records
                                      if "ours_date_written_ok" in r])
    best = max((out[f"{w}_f1"] for w in ("trafilatura", "readability") if out[f"{w}_f1"] is not None),
               default=None)
    out["best_baseline_f1"] = best
    out["ours_vs_best"] = round(out["ours_f1"] / best, 4) if best and out["ours_f1"] is not None else None
    out["identical_share"] = _mean([float(r["identical"]) for r in records])
    out["empty_ours_read_by_other"] = [r["id"] for r in records if not r["ours_words"]
                                       and (r["trafilatura_words"] or r["readability_words"])]
    out["stored_f1"] = _mean([r["stored_f1"] for r in records if "stored_f1" in r])
    out["not_stored"] = dict(Counter(r["dropped"] for r in records if r["dropped"]))
    out["cpu_ratio"] = (round(out["ours_cpu"] / out["trafilatura_cpu"], 3)
                        if out["trafilatura_cpu"] else None)
    by_type: dict[str, list[dict[str, Any]]] = {}
    for r in records:
        if r.get("page_type"):
            by_type.setdefault(r["page_type"], []).append(r)
    if by_type:  # WCXB: articles next to forums, products, listings…
        out["by_type"] = {t: {"pages": len(rs), **{f"{w}_f1": _mean([r[f"{w}_f1"] for r in rs
                                                                     if f"{w}_f1" in r])
                                                   for w in READERS}}
                          for t, rs in sorted(by_type.items())}
    return out


# -- report -------------------------------------------------------------------------------------
def _fmt(value: Any, digits: int = 3) -> str:
    if value is None:
        return "-"
    if isinstance(value, float):
        return f"{value:.{digits}f}"
    return str(value)


def _table(header: list[str], rows: list[list[str]]) -> list[str]:
    widths = [max(len(r[i]) for r in [header, *rows]) for i in range(len(header))]
    return ["  ".join(v.ljust(w) for v, w in zip(r, widths, strict=True)) for r in [header, *rows]]


def format_report(results: list[dict[str, Any]]) -> str:
    q = [[r["set"], str(r["pages"]), _fmt(r["ours_f1"]), _fmt(r["trafilatura_f1"]),
          _fmt(r["readability_f1"]), _fmt(r["ours_vs_best"]), _fmt(r["identical_share"]),
          str(len(r["empty_ours_read_by_other"])),
          f"{_fmt(r['ours_date'])}/{_fmt(r['ours_date_written'])}/{_fmt(r['trafilatura_date'])}"
          f" ({r['dated_pages']})",
          f"{_fmt(r['ours_snippet_f1'])}/{_fmt(r['trafilatura_snippet_f1'])}/"
          f"{_fmt(r['readability_snippet_f1'])}"] for r in results]
    lines = _table(["set", "pages", "F1 ours", "F1 traf", "F1 read", "ours/best", "ident",
                    "empty*", "date ours/written/traf (n)", "snippet F1 o/t/r"], q)
    lines.append("")
    c = [[r["set"], _fmt(r["ours_f1"]), _fmt(r["stored_f1"]),
          ", ".join(f"{k} {v}" for k, v in sorted(r["not_stored"].items())) or "none",
          _fmt(r["ours_cpu"], 4), _fmt(r["trafilatura_cpu"], 4), _fmt(r["readability_cpu"], 4),
          _fmt(r["cpu_ratio"], 2)] for r in results]
    lines += _table(["set", "F1 ours", "F1 stored", "not stored (why)", "CPU ours", "CPU traf",
                     "CPU read", "ours/traf"], c)
    typed = [(r["set"], t, v) for r in results for t, v in (r.get("by_type") or {}).items()]
    if typed:
        lines.append("")
        lines += _table(["set", "page type", "pages", "F1 ours", "F1 traf", "F1 read"],
                        [[s, t, str(v["pages"]), _fmt(v["ours_f1"]), _fmt(v["trafilatura_f1"]),
                          _fmt(v["readability_f1"])] for s, t, v in typed])
    lines.append("")
    lines.append("empty* = pages empty for ours that trafilatura or readability reads; "
                 "CPU in s/page (process time of the extractor call); ours/best = F1 ours / "
                 "the better baseline's F1; date = published day as stored (Asia/Ho_Chi_Minh), "
                 "written = the day as the page wrote it.")
    for r in results:
        if r["empty_ours_read_by_other"]:
            lines.append(f"  {r['set']}: empty for ours only: "
                         + ", ".join(r["empty_ours_read_by_other"][:20]))
    return "\n".join(lines)


def _from_pages(paths: list[Path]) -> list[dict[str, Any]]:
    """Set summaries from per-page records written by ``--pages-out``."""
    by_set: dict[str, list[dict[str, Any]]] = {}
    for path in paths:
        with path.open(encoding="utf-8") as fh:
            for line in fh:
                rec = json.loads(line)
                by_set.setdefault(rec.pop("set"), []).append(rec)
    return [summarise(name, recs) for name, recs in sorted(by_set.items())]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sets", type=Path, required=True,
                        help="directory of converted sets (bench/public_sets.py convert)")
    parser.add_argument("--limit", type=int, help="pages per set (the first N by id)")
    parser.add_argument("--offset", type=int, default=0,
                        help="skip the first N pages per set by id (with --limit N: the next N)")
    parser.add_argument("--only", help="comma-separated set names")
    parser.add_argument("--with-title", action="store_true",
                        help="score each reader's title as the first line of its text (for "
                             "sets whose truth opens with the headline, such as dragnet)")
    parser.add_argument("--repeat", type=int, default=1,
                        help="time each extractor call N times and keep the fastest (steadier "
                             "CPU figures; the scores are the first call's)")
    parser.add_argument("--pages-out", type=Path, help="write per-page records here (JSONL)")
    parser.add_argument("--json", action="store_true", help="print the summaries as JSON")
    parser.add_argument("--from-pages", type=Path, nargs="+", metavar="JSONL",
                        help="summarise earlier --pages-out records instead of extracting")
    args = parser.parse_args(argv)
    if args.from_pages:
        results = _from_pages(args.from_pages)
        print(json.dumps(results, indent=1) if args.json else format_report(results))
        return 0
    logging.getLogger("readability").setLevel(logging.CRITICAL)  # it logs every failed page
    roots = [p for p in iter_sets(args.sets)
             if not args.only or p.name in args.only.split(",")]
    if not roots:
        parser.error(f"no converted sets under {args.sets}")
    results = []
    out = args.pages_out.open("w", encoding="utf-8") if args.pages_out else None
    try:
        for root in roots:
            results.append(evaluate_set(root, args.limit, out, args.offset, args.with_title,
                                        max(1, args.repeat)))
            print(f"done {root.name}: {results[-1]['pages']} pages", file=sys.stderr, flush=True)
    finally:
        if out is not None:
            out.close()
    print(json.dumps(results, indent=1) if args.json else format_report(results))
    return 0


if __name__ == "__main__":
    sys.exit(main())
