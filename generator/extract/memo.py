"""Work done once per configuration object (a Gazetteer, a Taxonomy) rather than once per article."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

T = TypeVar("T")

_MAX_ENTRIES = 16
# (builder, id(obj)) -> (obj, result); holding `obj` keeps its id from being reused while cached
_CACHE: dict[tuple[Callable, int], tuple[object, object]] = {}


def once_per(obj: object, build: Callable[[object], T]) -> T:
    """`build(obj)`, computed once per object identity.

    Keyed by identity, not equality: hashing a whole gazetteer or taxonomy on every article would cost
    more than the work it saves. The objects are frozen, so a cached result cannot go stale.
    """
    key = (build, id(obj))
    entry = _CACHE.get(key)
    if entry is None or entry[0] is not obj:
        if len(_CACHE) >= _MAX_ENTRIES:
            _CACHE.clear()
        entry = _CACHE[key] = (obj, build(obj))
    return entry[1]  # type: ignore[return-value]
