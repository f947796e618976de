"""Extraction: an article page's HTML -> a clean `Article` (trafilatura plus Indonesian cleanup)."""

from ingest.extract.core import EXTRACTOR_VERSION, extract
from ingest.extract.page import FetchedPage
from ingest.extract.pagination import next_pages, single_page_url

__all__ = ["EXTRACTOR_VERSION", "FetchedPage", "extract", "next_pages", "single_page_url"]
