"""Scoring extraction against expected records: ours and bare trafilatura on the same pages.

Used by ``tests/test_golden.py`` (ratchet against ``tests/golden/baseline.json``),
``bench/eval_extract.py`` and ``portal-archive eval``.
"""

from __future__ import annotations

import gzip
import json
import re
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

__all__ = [
    "CHROME_PHRASES", "GoldenPage", "load_golden", "score_page", "aggregate", "bare_trafilatura",
    "evaluate", "METRICS",
]

#: Text that is page chrome on the portals we know; none may appear in an extracted body.
CHROME_PHRASES = (
    "Các tin khác", "Tin liên quan", "Tin cùng chủ đề", "Xem tin theo ngày", "Truy cập tổng",
    "Truy cập hiện tại", "Lượt truy cập", "Số lượng truy cập", "Số lượt truy cập",
    "Thống kê truy cập", "Liên kết website", "Tìm kiếm tin tức", "Thăm dò ý kiến",
    "Ghi rõ nguồn", "Skip Ribbon Commands", "Skip to main content", "Truy cập nội dung luôn",
    "Cổng Dịch vụ công quốc gia", "Chứng nhận Tín Nhiệm Mạng", "In trang", "In bài viết",
    "Đăng nhập", "Quên mật khẩu", "Chia sẻ", " - Ảnh 1.",
)
METRICS = ("body_f1", "title_exact", "published_exact", "updated_exact", "caption_precision",
           "caption_recall", "unit_exact", "authors_exact", "chrome_leaks")
_WORD_RE = re.compile(r"\w+", re.UNICODE)
_FILE_RE = re.compile(r"\b[\w-]+\.(?:jpe?g|png|gif)\b", re.I)


@dataclass
class GoldenPage:
    family: str
    name: str
    url: str
    content_type: str | None
    body: bytes
    expected: dict[str, Any]


def load_golden(root: Path, family: str | None = None) -> list[GoldenPage]:
    pages = []
    for meta_path in sorted(root.glob(f"{family or '*'}/*.json")):
        meta = json.loads(meta_path.read_text("utf-8"))
        html_path = meta_path.with_suffix(".html")
        if not html_path.exists():
            html_path = meta_path.with_suffix(".html.gz")
        body = html_path.read_bytes()
        if html_path.suffix == ".gz":
            body = gzip.decompress(body)
        pages.append(GoldenPage(meta_path.parent.name, meta_path.stem, meta["url"],
                                meta.get("content_type"), body, meta["expected"]))
    return pages


def _tokens(text: str | None) -> Counter:
    return Counter(w.lower() for w in _WORD_RE.findall(text or ""))


def body_f1(got: str | None, expected: str | None) -> float:
    g, e = _tokens(got), _tokens(expected)
    if not g and not e:
        return 1.0
    overlap = sum((g & e).values())
    if not overlap:
        return 0.0
    p, r = overlap / sum(g.values()), overlap / sum(e.values())
    return 2 * p * r / (p + r)


def _iso(value: Any) -> str | None:
    if value is None:
        return None
    return value.isoformat() if hasattr(value, "isoformat") else str(value)


def score_page(got: dict[str, Any], expected: dict[str, Any]) -> dict[str, Any]:
    """Per-page scores; caption counts are summed by :func:`aggregate`."""
    text = got.get("text") or ""
    exp_caps = [i["caption"] for i in expected.get("images", []) if i.get("caption")]
    got_caps = [i.get("caption") for i in got.get("images", []) or [] if i.get("caption")]
    matched = sum((Counter(got_caps) & Counter(exp_caps)).values())
    truth = expected.get("text") or ""
    # Chrome is what the page shows besides the article: phrases the true body does not hold.
    leaks = sum(max(0, text.count(p) - truth.count(p)) for p in CHROME_PHRASES)
    leaks += sum(1 for c in exp_caps if c and c in text and c not in truth)
    leaks += max(0, len(_FILE_RE.findall(text)) - len(_FILE_RE.findall(truth)))
    return {
        "body_f1": body_f1(text, expected.get("text")),
        "title_exact": float(got.get("title") == expected.get("title")),
        "published_exact": float(_iso(got.get("published_at")) == expected.get("published_at")),
        "updated_exact": float(_iso(got.get("updated_at")) == expected.get("updated_at")),
        "unit_exact": float(got.get("unit") == expected.get("unit")),
        "authors_exact": float(list(got.get("authors") or []) == list(expected.get("authors") or [])),
        "chrome_leaks": leaks,
        "_captions": (matched, len(got_caps), len(exp_caps)),
    }


def aggregate(scores: list[dict[str, Any]]) -> dict[str, float | int | None]:
    if not scores:
        return {}
    n = len(scores)
    out: dict[str, float | int | None] = {
        k: round(sum(s[k] for s in scores) / n, 4)
        for k in ("body_f1", "title_exact", "published_exact", "updated_exact", "unit_exact",
                  "authors_exact")
    }
    matched = sum(s["_captions"][0] for s in scores)
    predicted = sum(s["_captions"][1] for s in scores)
    expected = sum(s["_captions"][2] for s in scores)
    out["caption_precision"] = round(matched / predicted, 4) if predicted else None
    out["caption_recall"] = round(matched / expected, 4) if expected else 1.0
    out["chrome_leaks"] = sum(s["chrome_leaks"] for s in scores)
    out["pages"] = n
    return out


class _Page(Protocol):
    """What bare trafilatura is given of a page: a GoldenPage or a variants.VariantPage."""

    url: str
    body: bytes


def bare_trafilatura(page: _Page) -> dict[str, Any]:
    """Bare ``trafilatura.bare_extraction`` (with metadata) mapped onto our field names."""
    import trafilatura

    from crawler.extract.dates import parse_date

    # Bytes, as a user of bare trafilatura would pass them: it decodes them itself.
    doc = trafilatura.bare_extraction(page.body, url=page.url, with_metadata=True)
    meta = (doc.as_dict() if hasattr(doc, "as_dict") else dict(doc)) if doc is not None else {}
    parsed = parse_date(meta["date"]) if meta.get("date") else None
    text = meta.get("text") or ""
    return {
        "title": meta.get("title"),
        "text": "\n\n".join(line for line in text.split("\n") if line.strip()),
        "published_at": parsed.value if parsed else None,
        "updated_at": None,
        "authors": [a.strip() for a in (meta.get("author") or "").split(";") if a.strip()],
        "unit": None,
        "images": [],
    }


def evaluate(root: Path, hints_for: Callable[[str], dict[str, Any]],
             families: list[str] | None = None) -> dict[str, Any]:
    """Scores per family and overall for ours and bare trafilatura, plus CPU seconds per page.

    ``hints_for(family)`` returns the profile hints to extract that family's pages with.
    """
    from crawler.extract import extract_page

    report: dict[str, Any] = {"families": {}, "overall": {}}
    all_ours, all_bare = [], []
    cpu_ours = cpu_bare = 0.0
    n_pages = 0
    for family in families or sorted({p.parent.name for p in root.glob("*/*.json")}):
        pages = load_golden(root, family)
        ours, bare = [], []
        for page in pages:
            t = time.process_time()
            got = extract_page({"url": page.url, "body": page.body,
                                "content_type": page.content_type, "hints": hints_for(family)})
            cpu_ours += time.process_time() - t
            t = time.process_time()
            baseline = bare_trafilatura(page)
            cpu_bare += time.process_time() - t
            ours.append(score_page(got, page.expected))
            bare.append(score_page(baseline, page.expected))
        n_pages += len(pages)
        all_ours += ours
        all_bare += bare
        report["families"][family] = {"ours": aggregate(ours), "trafilatura": aggregate(bare)}
    report["overall"] = {"ours": aggregate(all_ours), "trafilatura": aggregate(all_bare)}
    report["cpu_seconds_per_page"] = {
        "ours": round(cpu_ours / max(n_pages, 1), 5),
        "trafilatura": round(cpu_bare / max(n_pages, 1), 5),
    }
    return report
