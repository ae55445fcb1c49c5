"""Page walking behind the clients' ``iter_*`` methods.

OKX's history endpoints page with ``after`` (records older than a cursor) and ``before``
(records newer than it); the cursor is a field of the items (``ordId``, ``billId``, ``ts``).
A walk asks for a page with the client's own method, yields its items, and asks again
with the cursor of the page's edge item, until a page comes back empty.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from typing import Any


def _cursor_of(item: Any, field: str) -> str | None:
    if isinstance(item, dict):
        value = item.get(field)
    elif isinstance(item, list):
        # Rows (index, mark-price and spread candles): the timestamp is the first slot.
        value = item[0] if item else None
    else:
        raw = item.to_dict()
        # Candles are rows; their cursor, the timestamp, is the first slot.
        value = raw[0] if isinstance(raw, list) else raw.get(field)
    return None if value in (None, "") else str(value)


class _Walk:
    """The cursor state of one walk; shared by the sync and async forms."""

    def __init__(self, kwargs: dict[str, Any], field: str) -> None:
        self.kwargs = dict(kwargs)
        self.field = field
        # Only `before` given: walk towards newer records; otherwise towards older ones.
        self.newer = kwargs.get("before") is not None and kwargs.get("after") is None
        limit = kwargs.get("limit")
        self.limit = int(limit) if limit is not None else None
        self.last: str | None = None

    def advance(self, page: list[Any]) -> bool:
        """Sets the cursor after `page`; False when the walk is over."""
        if not page:
            return False
        if self.limit is not None and len(page) < self.limit:
            return False
        # Pages are newest first: the oldest item is last, the newest first.
        cursor = _cursor_of(page[0] if self.newer else page[-1], self.field)
        if cursor is None or cursor == self.last:
            return False
        self.last = cursor
        self.kwargs["before" if self.newer else "after"] = cursor
        return True


def walk(client: Any, method: str, kwargs: dict[str, Any], field: str) -> Iterator[Any]:
    """Yields the items of every page of ``client.<method>(**kwargs)``."""
    fetch: Callable[..., list[Any]] = getattr(client, method)
    state = _Walk(kwargs, field)

    def pages() -> Iterator[Any]:
        while True:
            page = fetch(**state.kwargs)
            yield from page
            if not state.advance(page):
                return

    return pages()


def awalk(client: Any, method: str, kwargs: dict[str, Any], field: str) -> AsyncIterator[Any]:
    """The async form of :func:`walk`, for ``AsyncOkxClient``."""
    fetch: Callable[..., Awaitable[list[Any]]] = getattr(client, method)
    state = _Walk(kwargs, field)

    async def pages() -> AsyncIterator[Any]:
        while True:
            page = await fetch(**state.kwargs)
            for item in page:
                yield item
            if not state.advance(page):
                return

    return pages()
