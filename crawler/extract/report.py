"""The extraction evaluation report: golden corpus per family plus the public benchmark."""

from __future__ import annotations

import gzip
import json
import time
from pathlib import Path
from typing import Any

from crawler.extract.evaluate import METRICS, body_f1, evaluate

__all__ = ["run_eval", "format_report", "aeb_scores"]


def _hints(family: str) -> dict[str, Any]:
    from crawler.profiles import make_profile

    return make_profile(family, family).hints()


def aeb_scores(aeb_dir: Path, pages: int = 181) -> dict[str, Any] | None:
    """Body F1 of the generic path and of bare ``trafilatura.extract`` (defaults) on the
    benchmark's human-annotated bodies, same pages, same run."""
    import trafilatura

    from crawler.extract import extract_page

    truth_path = aeb_dir / "ground-truth.json"
    if not truth_path.exists():
        return None
    truth = json.loads(truth_path.read_text("utf-8"))
    hints = _hints("generic")
    ours = bare = 0.0
    cpu_ours = cpu_bare = 0.0
    ids = sorted(truth)[:pages]
    for page_id in ids:
        body = gzip.decompress((aeb_dir / "html" / f"{page_id}.html.gz").read_bytes())
        url = truth[page_id].get("url") or "https://example.com/"
        expected = truth[page_id]["articleBody"]
        t = time.process_time()
        got = extract_page({"url": url, "body": body, "content_type": None, "hints": hints})
        cpu_ours += time.process_time() - t
        t = time.process_time()
        plain = trafilatura.extract(body, url=url) or ""
        cpu_bare += time.process_time() - t
        ours += body_f1(got.get("text"), expected)
        bare += body_f1(plain, expected)
    n = len(ids)
    return {"pages": n, "ours_body_f1": round(ours / n, 4), "trafilatura_body_f1": round(bare / n, 4),
            "cpu_seconds_per_page": {"ours": round(cpu_ours / n, 5), "trafilatura": round(cpu_bare / n, 5)}}


def run_eval(golden: Path, aeb_dir: Path | None = None, aeb_pages: int = 181) -> dict[str, Any]:
    report = evaluate(golden, _hints)
    if aeb_dir is not None:
        report["aeb"] = aeb_scores(aeb_dir, aeb_pages)
    return report


def _fmt(value: Any) -> str:
    if value is None:
        return "-"
    if isinstance(value, float):
        return f"{value:.3f}"
    return str(value)


def format_report(report: dict[str, Any]) -> str:
    cols = ["family", "extractor", "pages", *METRICS]
    rows = []
    for family, r in [*report["families"].items(), ("OVERALL", report["overall"])]:
        for who in ("ours", "trafilatura"):
            rows.append([family, who, *(_fmt(r[who].get(c)) for c in ["pages", *METRICS])])
    widths = [max(len(c), *(len(row[i]) for row in rows)) for i, c in enumerate(cols)]
    lines = ["  ".join(c.ljust(w) for c, w in zip(cols, widths, strict=True))]
    lines += ["  ".join(v.ljust(w) for v, w in zip(row, widths, strict=True)) for row in rows]
    cpu = report["cpu_seconds_per_page"]
    lines.append("")
    lines.append(f"CPU s/page on the golden corpus: ours {cpu['ours']:.4f}, trafilatura (bare_extraction "
                 f"with metadata) {cpu['trafilatura']:.4f}, ratio {cpu['ours'] / cpu['trafilatura']:.2f}")
    aeb = report.get("aeb")
    if aeb:
        lines.append(f"Generic path on ../shared/data/aeb ({aeb['pages']} pages): body F1 ours "
                     f"{aeb['ours_body_f1']:.4f}, bare trafilatura.extract {aeb['trafilatura_body_f1']:.4f}")
    return "\n".join(lines)
