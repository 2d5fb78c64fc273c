"""Finding record files and reading their bytes: folders walked (links followed, loops refused), and each file
checked before it is read (missing, a folder, a broken link, unreadable, too large)."""

from __future__ import annotations

import errno
import os
from collections.abc import Iterable, Iterator
from pathlib import Path

from ..model import InputError

TEXT_SUFFIXES = (".txt", ".text", ".md")
MEGABYTE = 1024 * 1024
MAX_RECORD_MB = 5  # a knowledge record is tens of KB; anything this big is not one (and would be slow to read)
MAX_DOCUMENT_MB = 100  # a KM book (PDF, Word, ODT) of a hundred records with their pictures


def record_suffixes() -> tuple[str, ...]:
    """The suffixes of the files a folder walk reads: every kind the readers registry knows."""
    from .registry import suffixes

    return suffixes()


def max_megabytes(path: Path) -> int:
    """The largest file of this kind kmgraph reads: plain text is one record, a document may be a whole book."""
    suffix = path.suffix.lower()
    return MAX_RECORD_MB if suffix in TEXT_SUFFIXES or suffix not in record_suffixes() else MAX_DOCUMENT_MB


def iter_record_files(paths: Iterable[str | Path], skipped: list[Path] | None = None) -> Iterator[Path]:
    """Yield the files named, and the record files below the folders named, in a stable order.

    Files below the folders whose kind no reader knows (pictures, spreadsheets …) are not yielded but added to
    `skipped` when it is given, so that the caller can count and list them.

    Links to folders outside the folder named are followed (links to folders inside it are not: their files
    are found under their own names). What cannot be walked or followed is yielded too, so that reading it
    reports the problem: a path that does not exist, a folder that cannot be read, a link whose target is
    missing or that leads round in a loop (unless its name shows it is not a record file).
    """
    for given in paths:
        path = Path(given)
        if path.is_dir():
            found: list[Path] = []
            root = os.path.realpath(path)
            _walk(path, root, (root,), found, skipped if skipped is not None else [], record_suffixes())
            yield from sorted(found)
        else:
            yield path


def _inside(path: str, folder: str) -> bool:
    return path == folder or path.startswith(folder.rstrip(os.sep) + os.sep)


def _walk(folder: Path, root: str, ancestors: tuple[str, ...], found: list[Path], skipped: list[Path],
          known: tuple[str, ...]) -> None:
    """Add the record files below folder to found, the other files to skipped (ancestors: the real paths of the
    folders walked into)."""
    try:
        with os.scandir(folder) as scan:
            entries = sorted(scan, key=lambda entry: entry.name)
    except OSError:
        found.append(folder)  # reading it says why it cannot be read
        return
    for entry in entries:
        path = Path(entry.path)
        maybe_record = path.suffix.lower() in known
        try:
            is_dir, is_file, is_link = entry.is_dir(), entry.is_file(), entry.is_symlink()
        except OSError:
            is_dir = is_file = False
            is_link = True
        if is_dir and is_link:
            real = os.path.realpath(path)
            if any(_inside(ancestor, real) for ancestor in ancestors):
                found.append(path)  # a link back to a folder it is in: reading it reports the loop
            elif not _inside(real, root):
                _walk(path, root, (*ancestors, real), found, skipped, known)
        elif is_dir:
            _walk(path, root, (*ancestors, os.path.realpath(path)), found, skipped, known)
        elif is_file:
            (found if maybe_record else skipped).append(path)
        elif is_link and (maybe_record or not path.suffix):
            found.append(path)  # a link that leads nowhere: reading it says so
        else:
            skipped.append(path)  # a broken link to a file of another kind


def _link_problem(path: Path) -> str | None:
    """What is wrong with a symbolic link that cannot be followed, or None."""
    if not path.is_symlink():
        return None
    target = os.readlink(path)
    try:
        path.stat()
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            return f"symbolic link loop (it points to {target}, which leads back to it)"
        return f"dangling symbolic link (its target {target} does not exist)"
    if path.is_dir():
        real = os.path.realpath(path)
        if _inside(os.path.realpath(path.parent), real):
            return f"symbolic link loop (it points back to {real}, a folder it is in)"
    return None


def read_record_bytes(path: Path | str) -> bytes:
    """A record file's bytes; raise InputError naming the file and the problem (missing, a folder, a broken
    link, unreadable, or over its kind's limit (max_megabytes), which is checked from its size before anything
    is read)."""
    path = Path(path)
    problem = _link_problem(path)
    if problem:
        raise InputError(path, problem)
    try:
        size = path.stat().st_size
        if path.is_dir():
            with os.scandir(path):
                pass
            raise InputError(path, "is a directory")
        limit = max_megabytes(path)
        if size > limit * MEGABYTE:
            raise InputError(path, f"file too large ({size / MEGABYTE:.1f} MB > {limit} MB)")
        return path.read_bytes()
    except FileNotFoundError as exc:
        raise InputError(path, "no such file") from exc
    except IsADirectoryError as exc:
        raise InputError(path, "is a directory") from exc
    except OSError as exc:
        what = "folder" if path.is_dir() else "file"
        raise InputError(path, f"cannot read {what} ({exc.strerror or exc})") from exc


