"""Extraction: a record's normalized text → segments, items, people, places, dates, quantities, links → Record."""
