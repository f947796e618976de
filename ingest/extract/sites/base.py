"""What a per-site fix may say: where the article text is, what to cut, how to read its dates."""

from __future__ import annotations

from datetime import UTC, date, timezone
from typing import ClassVar


class SiteRule:
    """One layout of one outlet. Subclasses are named `V1`, `V2`... in `sites/<outlet>.py`.

    `VALID_UNTIL` is the first day the layout is known not to be used any more (None: still in use);
    the extractor picks the version valid at the article's date. A rule only says what the generic
    extractor gets wrong on that layout; when its container is missing the generic path is used.
    """

    DOMAINS: ClassVar[tuple[str, ...]] = ()
    VALID_UNTIL: ClassVar[date | None] = None
    # XPaths of the element holding the article text; the first that matches is used.
    CONTAINER: ClassVar[tuple[str, ...]] = ()
    # XPaths removed inside the container (or the page) before the text is taken.
    PRUNE: ClassVar[tuple[str, ...]] = ()
    # What a `Z` suffix means in the site's date stamps (some write local time with a `Z`).
    Z_MEANS: ClassVar[timezone] = UTC
