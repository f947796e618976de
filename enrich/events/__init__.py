"""Event coding: triggers, modality, dates, roles and the main event (see shared/nlp/event_taxonomy.md)."""
