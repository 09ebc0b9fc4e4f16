"""Demo articles and the truth an extractor should recover from each article page."""

from __future__ import annotations

import json
import random
import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta
from functools import cache
from importlib import resources
from zoneinfo import ZoneInfo

__all__ = ["DemoArticle", "DemoAttachment", "DemoImage", "load_corpus", "synthetic_articles", "SITES"]

VN = ZoneInfo("Asia/Ho_Chi_Minh")
SITES = ("huecit", "liferay", "sharepoint", "dotnetnuke", "vccorp")


@dataclass(frozen=True)
class DemoImage:
    file: str
    caption: str
    credit: str | None
    style: str  # "figure" | "table"


@dataclass(frozen=True)
class DemoAttachment:
    """A document an article attaches (data/attachments.json; crawler/demo/documents.py makes
    its bytes): ``kind`` pdf, scan, encrypted, docx, xlsx or bomb."""

    file: str
    kind: str
    title: str
    lines: tuple[str, ...] = ()

    @property
    def readable(self) -> bool:
        """Whether a reader should get text from it (not a scan, a locked PDF or a bomb)."""
        return self.kind in ("pdf", "docx", "xlsx")


@dataclass(frozen=True)
class DemoArticle:
    site: str
    id: int
    category: str
    slug: str
    title: str
    lead: str
    paragraphs: tuple[str, ...]
    published: datetime  # local time; midnight when only a date is known
    time_known: bool
    unit: str | None
    images: tuple[DemoImage, ...] = field(default=())
    decoy_date: bool = False
    agency_prefix: str | None = None
    updated: datetime | None = None
    authors: tuple[str, ...] = ()
    #: "<site>:<id>" of the article this one republishes (another portal's story), else None
    republishes: str | None = None
    attachments: tuple[DemoAttachment, ...] = ()

    @property
    def text(self) -> str:
        """The body as the record contract wants it: paragraphs separated by blank lines."""
        return "\n\n".join(self.paragraphs)

    @property
    def published_date(self) -> date:
        return self.published.date()

    def truth(self, *, base: str, image_src: Callable[[DemoArticle, str], str], category: str) -> dict:
        """The record an extractor should produce for this article's page."""
        return {
            "title": self.title,
            "agency_prefix": self.agency_prefix,
            "lead": self.lead,
            "text": self.text,
            "published_at": self.published.isoformat(),
            "date_precision": "minute" if self.time_known else "day",
            "updated_at": self.updated.isoformat() if self.updated else None,
            "authors": list(self.authors),
            "unit": self.unit,
            "images": [
                {"src": base + image_src(self, i.file), "caption": i.caption, "credit": i.credit}
                for i in self.images
            ],
            "category": category,
        }


def _parse_published(raw: str, migrated: bool) -> tuple[datetime, bool]:
    if len(raw) == 10:
        return datetime.strptime(raw, "%Y-%m-%d").replace(tzinfo=VN), False
    return datetime.strptime(raw, "%Y-%m-%d %H:%M").replace(tzinfo=VN), not migrated


@cache
def _raw(site: str) -> dict:
    return json.loads(resources.files("crawler.demo").joinpath(f"data/{site}.json").read_text("utf-8"))


def _republished(entry: dict) -> dict:
    """A data entry that republishes another site's article (``"republishes": "vccorp:11"``),
    as portals republish Chinhphu.vn news: the source's lead and paragraphs (``keep``: which
    paragraphs, by index), with this entry's own title, date, category and unit."""
    site, _, ident = entry["republishes"].partition(":")
    source = next(a for a in _raw(site)["articles"] if str(a["id"]) == ident)
    keep = entry.get("keep", range(len(source["paragraphs"])))
    return {"lead": source["lead"], "paragraphs": [source["paragraphs"][i] for i in keep], **entry}


@cache
def _attachments(site: str) -> dict[int, tuple[DemoAttachment, ...]]:
    data = json.loads(resources.files("crawler.demo").joinpath("data/attachments.json").read_text("utf-8"))
    return {int(k): tuple(DemoAttachment(d["file"], d["kind"], d["title"], tuple(d["lines"]))
                          for d in docs)
            for k, docs in data.get(site, {}).items()}


@cache
def load_corpus(site: str) -> tuple[DemoArticle, ...]:
    """All articles of one demo site, newest first."""
    if site not in SITES:
        raise ValueError(f"unknown demo site {site!r}; expected one of {SITES}")
    articles = []
    for a in _raw(site)["articles"]:
        if a.get("republishes"):
            a = _republished(a)
        published, time_known = _parse_published(a["published"], a.get("migrated", False))
        articles.append(
            DemoArticle(
                site=site,
                id=int(a["id"]),
                category=a["category"],
                slug=a["slug"],
                title=a["title"],
                lead=a["lead"],
                paragraphs=tuple(a["paragraphs"]),
                published=published,
                time_known=time_known,
                unit=a.get("unit"),
                images=tuple(DemoImage(**img) for img in a.get("images", [])),
                decoy_date=bool(a.get("decoy_date")),
                agency_prefix=a.get("agency_prefix"),
                updated=_parse_published(a["updated"], False)[0] if a.get("updated") else None,
                authors=tuple(a.get("authors") or ()),
                republishes=a.get("republishes"),
                attachments=_attachments(site).get(int(a["id"]), ()),
            )
        )
    articles.sort(key=lambda x: (x.published, x.id), reverse=True)
    return tuple(articles)


#: First id of generated articles, per site (clear of the hand-written ids).
_SYNTHETIC_FIRST_ID = {"huecit": 70_001, "liferay": 130_001, "sharepoint": 9_001,
                       "dotnetnuke": 6_001, "vccorp": 2_001}
_SENTENCE_END = re.compile(r"(?<=[.!?…])\s+")


def synthetic_articles(site: str, count: int, *, start: int = 0) -> tuple[DemoArticle, ...]:
    """``count`` more articles for a demo site, older than its hand-written ones: the same
    templates, categories, photos and units, with text recombined from the site's own
    sentences. Deterministic: article k is the same in every process, so a portal grown to
    2,000 articles serves the same pages to a first crawl and to a re-crawl."""
    base = load_corpus(site)
    sentences = sorted({s for a in base for p in a.paragraphs for s in _SENTENCE_END.split(p) if s})
    leads = sorted({a.lead for a in base})
    oldest = min(a.published for a in base)
    out = []
    for k in range(start, start + count):
        rng = random.Random(f"{site}:{k}")
        template = base[k % len(base)]
        paragraphs = tuple(" ".join(rng.sample(sentences, rng.randint(2, 4)))
                           for _ in range(max(2, len(template.paragraphs))))
        # Every article its own minute, about one a day further back per step.
        published = oldest - timedelta(days=k + 1, minutes=37 * (k % 23) + 1)
        if not template.time_known:
            published = published.replace(hour=0, minute=0)
        updated = None
        if template.updated is not None:
            updated = published + (template.updated - template.published)
        out.append(replace(
            template,
            id=_SYNTHETIC_FIRST_ID[site] + k,
            slug=f"{template.slug}-so-{k + 1}",
            title=f"{template.title} (bản tin số {k + 1})",
            lead=rng.choice(leads),
            paragraphs=paragraphs,
            published=published,
            updated=updated,
            # (the template's documents, but no second zip bomb on a portal grown large)
            attachments=tuple(d for d in template.attachments if d.kind != "bomb"),
        ))
    return tuple(out)
