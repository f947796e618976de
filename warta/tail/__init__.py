"""`warta tail`: follow the enriched topics as a consumer-group member, with filters."""
