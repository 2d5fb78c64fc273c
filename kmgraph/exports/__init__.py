"""Exports: writing records and graphs in the output formats users ask for."""
