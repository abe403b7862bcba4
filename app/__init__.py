"""Backfill: import spreadsheets of users and events into product-analytics ingestion APIs."""

__version__ = "0.1.0"
