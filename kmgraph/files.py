"""Files kmgraph writes: where they go by default, and atomic output (temp file + rename, never half-written)."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO

OUTPUT_DIR = Path("output")
DEFAULT_STORE = OUTPUT_DIR / "store"
DEFAULT_TURTLE = OUTPUT_DIR / "kmgraph.ttl"
DEFAULT_TRIG = OUTPUT_DIR / "kmgraph.trig"
DEFAULT_HTML = OUTPUT_DIR / "kmgraph.html"


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


@contextmanager
def atomic_output(path: str | Path):
    """Open a temporary file beside path for writing; rename it over path only if all went well. The file gets
    the permissions of any other new file (mkstemp alone would leave it readable by its owner only)."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
    try:
        with os.fdopen(handle, "wb") as out:
            yield out
        os.chmod(temp, 0o666 & ~_umask())
        os.replace(temp, path)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise


def write_atomic(path: str | Path, write: Callable[[BinaryIO], None]) -> Path:
    with atomic_output(path) as out:
        write(out)
    return Path(path)
