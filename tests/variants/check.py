"""Check one variant template directory against tests/variants/README.md.

    python tests/variants/check.py tests/variants/<family>/<template> [...]

Prints problems (exit 1 if any) and, per article page, how bare trafilatura reads it.
"""

from __future__ import annotations

import json
import re
import sys
import unicodedata
from collections import Counter
from pathlib import Path
from urllib.parse import urljoin, urlsplit

KINDS = {"article", "listing", "static", "contact", "search", "login", "form", "sitemap",
         "soft_404", "attachment"}
FAMILIES = {"huecit", "liferay", "sharepoint", "dotnetnuke", "vccorp", "unknown"}
EXPECTED_KEYS = {"title", "agency_prefix", "lead", "text", "published_at", "updated_at",
                 "date_label", "authors", "unit", "images", "category"}
ISO_RE = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+07:00$")
WORD_RE = re.compile(r"\w+")


def _key(url: str) -> str:
    parts = urlsplit(url)
    return (parts.path or "/") + ("?" + parts.query if parts.query else "")


def _f1(got: str, exp: str) -> float:
    g = Counter(w.lower() for w in WORD_RE.findall(got or ""))
    e = Counter(w.lower() for w in WORD_RE.findall(exp or ""))
    overlap = sum((g & e).values())
    if not overlap:
        return 0.0
    p, r = overlap / sum(g.values()), overlap / sum(e.values())
    return 2 * p * r / (p + r)


def check(folder: Path) -> list[str]:
    import lxml.html

    problems: list[str] = []
    site_path = folder / "site.json"
    if not site_path.exists():
        return [f"{folder}: no site.json"]
    site = json.loads(site_path.read_text("utf-8"))
    host = site.get("host", "").rstrip("/")
    if site.get("family") not in FAMILIES:
        problems.append(f"site.json: family {site.get('family')!r} not in {sorted(FAMILIES)}")
    if not (folder / "TEMPLATE.md").exists():
        problems.append("no TEMPLATE.md")
    pages: dict[str, tuple[Path, dict]] = {}
    kinds: Counter = Counter()
    for meta_path in sorted(folder.glob("*.json")):
        if meta_path.name == "site.json":
            continue
        meta = json.loads(meta_path.read_text("utf-8"))
        html_path = meta_path.with_suffix(".html")
        if not html_path.exists():
            problems.append(f"{meta_path.name}: no {html_path.name}")
            continue
        url = meta.get("url", "")
        if not url.startswith(host + "/"):
            problems.append(f"{meta_path.name}: url {url!r} is not on host {host!r}")
        kind = meta.get("kind")
        if kind not in KINDS:
            problems.append(f"{meta_path.name}: kind {kind!r} not in {sorted(KINDS)}")
        kinds[kind] += 1
        if _key(url) in pages:
            problems.append(f"{meta_path.name}: url {url} also used by {pages[_key(url)][0].name}")
        pages[_key(url)] = (html_path, meta)
        if kind == "article":
            exp = meta.get("expected") or {}
            missing = EXPECTED_KEYS - set(exp)
            if missing:
                problems.append(f"{meta_path.name}: expected lacks {sorted(missing)}")
            for k in ("published_at", "updated_at"):
                if exp.get(k) is not None and not ISO_RE.match(exp[k]):
                    problems.append(f"{meta_path.name}: {k} {exp[k]!r} is not "
                                    "YYYY-MM-DDTHH:MM:SS+07:00")
            for k in ("title", "lead", "text", "unit"):
                v = exp.get(k)
                if isinstance(v, str) and v != unicodedata.normalize("NFC", v):
                    problems.append(f"{meta_path.name}: {k} is not NFC")
            if not exp.get("text"):
                problems.append(f"{meta_path.name}: empty expected text")
            for img in exp.get("images") or []:
                if not str(img.get("src", "")).startswith("http"):
                    problems.append(f"{meta_path.name}: image src must be absolute: {img}")
    if kinds["article"] < 8:
        problems.append(f"only {kinds['article']} article pages (need >= 8)")
    if sum(n for k, n in kinds.items() if k != "article") < 4:
        problems.append("fewer than 4 non-article pages")
    # Crawlability: from home, following in-site links, every page is reached.
    home = site.get("home", "/")
    seen, queue = set(), [home]
    while queue:
        key = queue.pop()
        if key in seen or key not in pages:
            continue
        seen.add(key)
        html_path, meta = pages[key]
        root = lxml.html.document_fromstring(html_path.read_bytes())
        for href in root.xpath("//a/@href"):
            absolute = urljoin(meta["url"], href.strip())
            if absolute.startswith(host + "/") or absolute == host:
                queue.append(_key(absolute))
    for key, (html_path, _) in pages.items():
        if key not in seen:
            problems.append(f"{html_path.name}: not reachable from home {home!r} by links")
    return problems


def bare_scores(folder: Path) -> None:
    import trafilatura

    for meta_path in sorted(folder.glob("*.json")):
        if meta_path.name == "site.json":
            continue
        meta = json.loads(meta_path.read_text("utf-8"))
        if meta.get("kind") != "article":
            continue
        body = meta_path.with_suffix(".html").read_bytes()
        doc = trafilatura.bare_extraction(body, url=meta["url"], with_metadata=True)
        d = (doc.as_dict() if hasattr(doc, "as_dict") else dict(doc)) if doc is not None else {}
        exp = meta["expected"]
        truth = "\n\n".join(x for x in (exp.get("lead"), exp.get("text")) if x)
        title_ok = "ok" if d.get("title") == exp.get("title") else "x"
        print(f"  {meta_path.stem:24} {len(body) // 1024:4d} KB  trafilatura body F1 "
              f"{_f1(d.get('text') or '', truth):.2f}  title {title_ok}  date {d.get('date')}")


def main() -> int:
    bad = 0
    for arg in sys.argv[1:]:
        folder = Path(arg)
        problems = check(folder)
        print(f"{folder}: {'OK' if not problems else f'{len(problems)} problem(s)'}")
        for p in problems:
            print("  -", p)
        bad += bool(problems)
        bare_scores(folder)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
