"""The poller: feeds -> new or changed entries -> FeedItems; and the network edge shared with fetching
(HTTP with caps, robots.txt, per-host politeness, adaptive schedule)."""
