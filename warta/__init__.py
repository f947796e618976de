"""Warta: a real-time pipeline for Indonesian online news (shared kernel)."""

__version__ = "0.1.0"
