"""HTML records (portal pages, blog posts): the post's own content as lines, and its title, date and author.

lxml is used: python-docx already requires it, and parsing a page takes about a millisecond, far from the
cost that matters. The content is the most specific post container found (itemprop=articleBody,
.entry-content, .post-body, …, <article>, <main>) or else the block with the most paragraph text;
menus, sidebars, comments, counters, forms and footers inside it are dropped.
"""

from __future__ import annotations

import codecs
import re
from pathlib import Path

import lxml.html
from lxml import etree

from .. import tables
from ..model import InputError
from .document import Document
from .layout import table_lines
from .mojibake import repair_mojibake

MEDIA_TYPE = "text/html"
NEVER_CONTENT = {"nav", "aside", "footer", "header", "form", "script", "style", "noscript", "iframe", "button",
                 "select", "template", "svg", "canvas", "object", "embed", "menu", "dialog"}
BLOCKS = {"p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl",
          "dt", "dd", "table", "thead", "tbody", "tfoot", "tr", "blockquote", "pre", "figure", "figcaption",
          "address", "hr", "center", "caption"}
_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([\w-]+)""", re.I)
_SPACES = re.compile(r"[ \t\r\f\v\u00a0\u200b]+")
_TOKEN = re.compile(r"[^a-z0-9]+")
_SIMPLE_SELECTOR = re.compile(
    r"^(?P<tag>[a-z0-9]*)(?:\.(?P<cls>[\w-]+)|#(?P<id>[\w-]+)|\[(?P<attr>[\w-]+)=(?P<val>[\w-]+)\])?$"
)


def select(scope, selectors: str) -> list:
    """Elements under `scope` matching any of the comma-separated simple selectors (tag, .class, #id,
    [attr=value], tag.class), in document order; enough for the selectors kept in readers.toml."""
    parsed = []
    for selector in selectors.split(","):
        parts = selector.split()
        match = _SIMPLE_SELECTOR.match(parts[-1]) if parts else None
        if match is None:
            raise ValueError(f"unsupported selector {selector!r}")
        ancestor = _SIMPLE_SELECTOR.match(parts[0]) if len(parts) == 2 else None
        parsed.append((match, ancestor))
    return [element for element in scope.iter() if isinstance(element.tag, str) and any(
        _matches(element, match) and (ancestor is None or any(_matches(a, ancestor) for a in element.iterancestors()))
        for match, ancestor in parsed)]


def _matches(element, match: re.Match[str]) -> bool:
    tag, cls, ident, attr, value = match.group("tag", "cls", "id", "attr", "val")
    if tag and element.tag != tag:
        return False
    if cls and cls not in (element.get("class") or "").split():
        return False
    if ident and element.get("id") != ident:
        return False
    return not attr or element.get(attr) == value


def decode_html(path: Path, data: bytes) -> tuple[str, str]:
    """The page as text and the encoding used: a BOM, else <meta charset>, else UTF-8, else TIS-620/cp874."""
    for bom, encoding in ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"),
                          (codecs.BOM_UTF16_BE, "utf-16-be")):
        if data.startswith(bom):
            return data[len(bom):].decode(encoding, errors="replace"), encoding
    declared = _CHARSET.search(data[:4096])
    candidates = [declared.group(1).decode("ascii").lower()] if declared else []
    for encoding in [*candidates, "utf-8", "cp874"]:
        if encoding in ("tis-620", "tis620", "iso-8859-11", "windows-874"):
            encoding = "cp874"
        try:
            return data.decode(encoding), encoding
        except (UnicodeDecodeError, LookupError):
            continue
    raise InputError(path, "HTML in an unknown encoding (neither its declared one, UTF-8 nor TIS-620)")


def _is_boilerplate(element) -> bool:
    if not isinstance(element.tag, str):
        return False
    if element.tag in NEVER_CONTENT or element.get("role") in ("navigation", "complementary", "contentinfo"):
        return True
    words = tables.readers().html.boilerplate_words
    tokens = _TOKEN.split(f"{element.get('class', '')} {element.get('id', '')}".lower())
    return any(token.startswith(word) for token in tokens if token for word in words)


def _inside_boilerplate(element) -> bool:
    ancestors = (a for a in element.iterancestors() if a.tag not in ("html", "body"))
    return any(_is_boilerplate(ancestor) for ancestor in ancestors)


def _text_length(element) -> int:
    return len("".join(element.itertext()).strip())


def _paragraph_score(element) -> int:
    """Text held in the element's own paragraphs, lists and tables, less the text of links."""
    score = 0
    for child in element:
        if isinstance(child.tag, str) and child.tag in ("p", "ol", "ul", "table", "blockquote", "pre", "h2", "h3"):
            score += _text_length(child) - sum(_text_length(a) for a in child.iter("a"))
    return score


def find_content(root):
    """The element holding the post's own content."""
    for selector in tables.readers().html.content_selectors:
        found = [e for e in select(root, selector) if not _inside_boilerplate(e) and _text_length(e)]
        if found:
            return max(found, key=_text_length)
    body = root.find("body")
    candidates = [e for e in (body if body is not None else root).iter("div", "section", "td")
                  if not _is_boilerplate(e) and not _inside_boilerplate(e)]
    best = max(candidates, key=_paragraph_score, default=None)
    return best if best is not None and _paragraph_score(best) > 0 else (body if body is not None else root)


def _drop_boilerplate(content) -> None:
    for element in list(content.iterdescendants()):
        if element.getparent() is not None and (_is_boilerplate(element) or isinstance(element, etree._Comment)):
            element.drop_tree()


class _Lines:
    """Inline text gathered into lines; block elements end lines."""

    def __init__(self):
        self.lines: list[str] = []
        self.current: list[str] = []

    def add(self, text: str | None) -> None:
        if text:
            self.current.append(text)

    def end(self) -> None:
        line = _SPACES.sub(" ", "".join(self.current)).strip()
        if line:
            self.lines.append(line)
        self.current = []

    def walk(self, element, list_label: str | None = None) -> None:
        tag = element.tag if isinstance(element.tag, str) else ""
        if tag == "br" or tag in BLOCKS:
            self.end()
        if tag == "li" and list_label:
            self.add(list_label + " ")
        if tag == "pre":
            for line in "".join(element.itertext()).splitlines():
                self.add(line)
                self.end()
        elif tag == "table":
            for line in _table_lines(element):
                self.add(line)
                self.end()
        elif tag in ("ol", "ul"):
            number = int(element.get("start", "1")) if (element.get("start") or "1").isdigit() else 1
            for child in element:
                if isinstance(child.tag, str) and child.tag == "li":
                    self.walk(child, f"{number}." if tag == "ol" else "-")
                    number += 1
                else:
                    self.walk(child)
        else:
            self.add(element.text if tag else None)
            for child in element:
                self.walk(child)
        if tag in BLOCKS:
            self.end()
        self.add(element.tail)


def _table_lines(table) -> list[str]:
    rows = []
    for row in table.iter("tr"):
        if next(row.iterancestors("table"), None) is table:
            cells = [cell for cell in row if isinstance(cell.tag, str) and cell.tag in ("td", "th")]
            rows.append([[" ".join("".join(cell.itertext()).split())] for cell in cells])
    return table_lines(rows)


def _meta(root, *names: str) -> str | None:
    for name in names:
        for attribute in ("property", "name", "itemprop"):
            for element in root.iter("meta"):
                if (element.get(attribute) or "").lower() == name and element.get("content", "").strip():
                    return element.get("content").strip()
    return None


def _first_text(scope, selector: str) -> str | None:
    for element in select(scope, selector):
        text = " ".join("".join(element.itertext()).split())
        if text:
            return text
    return None


def page_metadata(root, content) -> dict[str, str]:
    """The page's own title, date and author, where the page gives them."""
    article = next((a for a in content.iterancestors("article")), None)
    scope = article if article is not None else root
    title = (_first_text(scope, "h1.entry-title, h1.post-title, h3.post-title, h1") or
             _meta(root, "og:title") or _first_text(root, "title"))
    date = None
    for element in scope.iter("time"):
        date = element.get("datetime") or " ".join("".join(element.itertext()).split()) or None
        if date:
            break
    date = date or _meta(root, "article:published_time", "datepublished", "date", "dc.date", "dcterms.created")
    author = (_meta(root, "author", "article:author", "dc.creator") or
              _first_text(scope, "[rel=author], [itemprop=author], .author .fn, .byline .author, .author-name,"
                                 " .post-author, .vcard .fn"))
    return {key: value for key, value in (("title", title), ("date", date), ("author", author)) if value}


def read_html(path: Path, data: bytes) -> Document:
    """Read a web page's post content into a Document, its title, date and author into metadata.

    Runs of Thai the page shows in a wrong code page (kmgraph.readers.mojibake) are read back as Thai as soon as
    the page is decoded, with a warning; the Document's text (and its offsets) is made from the page so repaired."""
    text, encoding = decode_html(path, data)
    text, warnings = repair_mojibake(text)  # before parsing: the page's spaces are collapsed after
    text = re.sub(r"^\s*<\?xml[^>]*>", "", text)
    try:
        root = lxml.html.document_fromstring(text)
    except (etree.ParserError, ValueError) as exc:
        raise InputError(path, f"HTML that cannot be parsed ({exc})") from exc
    content = find_content(root)
    metadata = page_metadata(root, content)
    _drop_boilerplate(content)
    lines = _Lines()
    lines.walk(content)
    lines.end()
    if not lines.lines:
        raise InputError(path, "HTML page without text content")
    return Document(path, MEDIA_TYPE, "\n".join(lines.lines) + "\n", metadata=metadata, encoding=encoding,
                    warnings=warnings)
