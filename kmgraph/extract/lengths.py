"""How long a title, a name, a byline and a line of page chrome can be: the lengths that tell a record's header
lines apart, shared by the readers of titles, owners and datelines."""

from __future__ import annotations

MAX_TITLE = 160  # characters: a longer line is not a title
MAX_CHROME = 300  # characters: a longer line is the record's prose, not a site's chrome
CHROME_DATELINE = 60  # characters: a line with a date that is no longer than this is a dateline, not a title
MAX_NAME = 70
MAX_BYLINE = 400  # characters: a longer header line is prose, not a byline
