"""One walk over an ODS sheet's cells, for the readers that need what calamine leaves out
(error texts, the text saved beside a number): rows and columns repeated as the file says."""

from __future__ import annotations

import io
from collections.abc import Iterator
from xml.etree.ElementTree import Element, iterparse

TABLE_NS = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"


def sheet_cells(
    content: bytes, sheet: str, n_rows: int | None = None
) -> Iterator[tuple[int, int, int, Element]]:
    """(0-based row, 0-based column, columns repeated, cell element) for each cell of `sheet`
    in `content.xml`, up to `n_rows` rows. Read the element before the next step: finished
    rows are cleared to keep memory flat."""
    inside, row, col = False, 0, 0
    for event, node in iterparse(io.BytesIO(content), events=("start", "end")):
        tag = node.tag
        if tag == f"{TABLE_NS}table":
            if event == "start":
                inside, row = node.get(f"{TABLE_NS}name") == sheet, 0
            elif inside:
                return
            continue
        if not inside or event != "end":
            continue
        if tag == f"{TABLE_NS}table-row":
            row += int(node.get(f"{TABLE_NS}number-rows-repeated", "1"))
            col = 0
            node.clear()
            if n_rows is not None and row >= n_rows:
                return
        elif tag in (f"{TABLE_NS}table-cell", f"{TABLE_NS}covered-table-cell"):
            repeat = int(node.get(f"{TABLE_NS}number-columns-repeated", "1"))
            yield row, col, repeat, node
            col += repeat
