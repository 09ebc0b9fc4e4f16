"""Items passed from the spider to the pipelines.

``PageCapture`` is what the spider saw; ``ArticleItem`` is one archive row and has exactly the
columns of :data:`archive.schema.ARTICLE_SCHEMA` (checked by ``tests/test_contract.py``).
"""

from __future__ import annotations

import scrapy

__all__ = ["ArticleItem", "PageCapture", "RemovalNotice"]


class PageCapture(scrapy.Item):
    source = scrapy.Field()
    run_id = scrapy.Field()
    url = scrapy.Field()
    canonical_url = scrapy.Field()
    http_status = scrapy.Field()
    http_etag = scrapy.Field()
    http_last_modified = scrapy.Field()
    content_type = scrapy.Field()
    body = scrapy.Field()
    fetched_at = scrapy.Field()
    hints = scrapy.Field()
    redirect_urls = scrapy.Field()
    listing_category = scrapy.Field()
    warc_pointer = scrapy.Field()
    #: what the download saw and the row's ``flags`` keep (``truncated_gzip``,
    #: ``noarchive_overridden``)
    capture_flags = scrapy.Field()
    #: the family's URL rule for the page (article, listing, other): a prior for the page-kind
    #: judgement, never a gate
    url_kind = scrapy.Field()
    #: response headers, name -> values: family detection reads the CMS's own headers and
    #: cookies (``Liferay-Portal``, ``MicrosoftSharePointTeamServices``)
    headers = scrapy.Field()


class RemovalNotice(scrapy.Item):
    """An article URL answered 404/410, or a "not found" page (soft 404), when fetched."""

    source = scrapy.Field()
    reason = scrapy.Field()
    run_id = scrapy.Field()
    url = scrapy.Field()
    canonical_url = scrapy.Field()
    http_status = scrapy.Field()
    fetched_at = scrapy.Field()
    warc_pointer = scrapy.Field()


class ArticleItem(scrapy.Item):
    article_id = scrapy.Field()
    version_id = scrapy.Field()
    source = scrapy.Field()
    url = scrapy.Field()
    canonical_url = scrapy.Field()
    title = scrapy.Field()
    agency_prefix = scrapy.Field()
    lead = scrapy.Field()
    text = scrapy.Field()
    published_at = scrapy.Field()
    updated_at = scrapy.Field()
    date_label = scrapy.Field()
    updated_label = scrapy.Field()
    date_raw = scrapy.Field()
    date_precision = scrapy.Field()
    authors = scrapy.Field()
    unit = scrapy.Field()
    images = scrapy.Field()
    attachments = scrapy.Field()
    category = scrapy.Field()
    language = scrapy.Field()
    word_count = scrapy.Field()
    text_sha256 = scrapy.Field()
    fetched_at = scrapy.Field()
    extracted_at = scrapy.Field()
    removed = scrapy.Field()
    http_status = scrapy.Field()
    http_etag = scrapy.Field()
    http_last_modified = scrapy.Field()
    encoding = scrapy.Field()
    flags = scrapy.Field()
    run_id = scrapy.Field()
    warc_file = scrapy.Field()
    warc_offset = scrapy.Field()
    warc_length = scrapy.Field()
    warc_record_id = scrapy.Field()
    profile = scrapy.Field()
    family = scrapy.Field()
    family_signal = scrapy.Field()
    extractor_version = scrapy.Field()
