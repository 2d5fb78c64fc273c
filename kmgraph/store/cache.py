"""The result cache of `kmgraph serve`: answers kept by (store generation, normalised query, answer type).

The store is read-only between rebuilds, so an answer computed on one generation is exact for every later
request of the same query and type on that generation; a rebuild (a new generation) empties the cache. Kept
answers are bounded in bytes (least recently used go first). Identical requests that arrive while the first
is still running wait for its answer instead of running the query again (one flight per key).
"""

from __future__ import annotations

import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Hashable
from dataclasses import dataclass
from typing import Generic, TypeVar

from ..query.normalise import normalised

Value = TypeVar("Value")


@dataclass(frozen=True)
class CacheKey:
    generation: int  # the store generation the answer is for (WorkerPool.generation, counting up)
    query: str  # normalised (kmgraph.query.normalise)
    mime: str  # the negotiated answer type

    @classmethod
    def of(cls, generation: int, query: str, mime: str) -> CacheKey:
        return cls(generation, normalised(query), mime)


@dataclass
class _Flight:
    done: threading.Event
    value: object = None


@dataclass(frozen=True)
class CacheStats:
    hits: int
    misses: int
    shared: int  # answers given to requests that waited for an identical one in flight
    entries: int
    bytes: int


class ResultCache(Generic[Value]):
    """At most max_bytes of answers (size_of tells a value's size), least recently used dropped first;
    max_bytes 0 keeps nothing (each request runs its query, but identical ones in flight are still shared)."""

    def __init__(self, max_bytes: int, size_of: Callable[[Value], int], keep: Callable[[Value], bool]):
        self.max_bytes, self._size_of, self._keep = max_bytes, size_of, keep
        self._entries: OrderedDict[Hashable, Value] = OrderedDict()
        self._flights: dict[Hashable, _Flight] = {}
        self._bytes = self._hits = self._misses = self._shared = 0
        self._generation = -1
        self._lock = threading.Lock()

    def follow(self, generation: int) -> None:
        """The store is now at generation: if that is newer, forget every answer kept for older ones."""
        with self._lock:
            if generation > self._generation:
                self._generation = generation
                self._entries.clear()
                self._bytes = 0

    def answer(self, key: CacheKey, compute: Callable[[], Value | None], wait: float,
               share: Callable[[Value], bool], waited_too_long: Callable[[], Value]) -> tuple[Value | None, str]:
        """The kept answer for key ("hit"); else the answer of an identical request in flight, when share accepts
        it ("shared"; waiting at most wait seconds, then waited_too_long(), "waited"); else compute() ("run";
        None: no answer, nothing kept). An answer is kept when keep accepts it and key is of the newest
        generation seen."""
        deadline = time.monotonic() + wait
        while True:
            with self._lock:
                if key in self._entries:
                    self._entries.move_to_end(key)
                    self._hits += 1
                    return self._entries[key], "hit"
                flight = self._flights.get(key)
                if flight is None:
                    flight = self._flights[key] = _Flight(threading.Event())
                    self._misses += 1
                    break
            if not flight.done.wait(max(0.0, deadline - time.monotonic())):
                return waited_too_long(), "waited"
            if flight.value is not None and share(flight.value):
                with self._lock:
                    self._shared += 1
                return flight.value, "shared"
            # the answer in flight was not one to share (the client left, the server was busy): run it ourselves
        value = None
        try:
            value = compute()
            return value, "run"
        finally:
            with self._lock:
                flight.value = value
                del self._flights[key]
                if value is not None and self._keep(value) and key.generation == self._generation:
                    self._put(key, value)
            flight.done.set()

    def _put(self, key: CacheKey, value: Value) -> None:
        size = self._size_of(value)
        if size > self.max_bytes:
            return
        self._entries[key] = value
        self._bytes += size
        while self._bytes > self.max_bytes:
            _, dropped = self._entries.popitem(last=False)
            self._bytes -= self._size_of(dropped)

    def stats(self) -> CacheStats:
        with self._lock:
            return CacheStats(self._hits, self._misses, self._shared, len(self._entries), self._bytes)
