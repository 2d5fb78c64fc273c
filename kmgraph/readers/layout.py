"""Lay a table out as lines, the same for every kind of document."""

from __future__ import annotations

CELL_SEPARATOR = " | "

Cell = list[str]  # a cell's paragraphs


def table_lines(rows: list[list[Cell]]) -> list[str]:
    """A two-column table of labels and values → "label: value" lines (a value's paragraphs on lines of their
    own); any other table → one line per row, cells separated by " | "."""
    if rows and all(len(cells) == 2 for cells in rows):
        lines = []
        for label_cell, value_cell in rows:
            label = " ".join(p.strip() for p in label_cell if p.strip())
            value = "\n".join(p.strip() for p in value_cell if p.strip())
            if label and value:
                lines.append(f"{label} {value}" if label.endswith((":", "：")) else f"{label}: {value}")
            elif label or value:
                lines.append(label or value)
        return lines
    lines = []
    for cells in rows:
        texts = [" ".join(p.strip() for p in cell if p.strip()) for cell in cells]
        if any(texts):
            lines.append(CELL_SEPARATOR.join(texts))
    return lines
