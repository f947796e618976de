"""URLs: canonical form and stable article ids, redirect wrappers, mirror (replay) addressing."""

from ingest.urls.canonical import article_id, canonical_url, id_key
from ingest.urls.mirror import fetch_url, origin_url
from ingest.urls.wrappers import unwrap

__all__ = ["article_id", "canonical_url", "fetch_url", "id_key", "origin_url", "unwrap"]
