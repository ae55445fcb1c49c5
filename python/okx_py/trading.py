"""Helpers for trading bots: fills delivered exactly once across reconnects, and a
dead-man switch that cancels every order if the bot stops refreshing it."""

from __future__ import annotations

import contextlib
import threading
from collections import OrderedDict
from typing import TYPE_CHECKING, Any

from ._okx_py import AsyncOkxClient, OkxClient, OkxError

if TYPE_CHECKING:
    # asyncio is imported where it is used: `import okx_py` stays light for sync bots.
    import asyncio

__all__ = ["AsyncDeadManSwitch", "DeadManSwitch", "FillTracker"]

_FILL_KEYS = ("instId", "ordId", "clOrdId", "tradeId", "fillPx", "fillSz", "side", "fillTime")


class FillTracker:
    """Turns `WsClient` messages into fills, each delivered exactly once.

    Feed it every message of a `WsClient` subscribed to the `orders` channel:
    ``fills = await tracker.process(message)``. Fills come from the pushes of the `orders`
    channel (an update carrying a `tradeId` and a non-zero `fillSz`); after the private
    connection reconnects, fills made while it was down are fetched through REST
    (`iter_fills`, newest first, back to the fills already delivered) and delivered too.
    A fill seen twice (a push and the same fill from REST, or an order update replayed by
    reconciliation) is delivered once: fills are keyed by instrument, `tradeId` and `ordId`.

    Each fill is a dict with OKX's keys: instId, ordId, clOrdId, tradeId, fillPx, fillSz,
    side, fillTime, and `source` ("push" or "rest").
    """

    def __init__(
        self,
        client: AsyncOkxClient,
        inst_type: str | None = None,
        remember: int = 200_000,
    ) -> None:
        self._client = client
        self._inst_type = inst_type
        self._remember = remember
        self._seen: OrderedDict[tuple[str, str, str], None] = OrderedDict()
        self.delivered = 0
        self.duplicates = 0

    def _new(self, fill: dict[str, str]) -> bool:
        key = (fill["instId"], fill["tradeId"], fill["ordId"])
        if key in self._seen:
            self.duplicates += 1
            return False
        self._seen[key] = None
        if len(self._seen) > self._remember:
            self._seen.popitem(last=False)
        self.delivered += 1
        return True

    def seen(self, inst_id: str, trade_id: str, ord_id: str) -> bool:
        """Whether this fill was delivered already."""
        return (inst_id, trade_id, ord_id) in self._seen

    def from_push(self, message: dict[str, Any]) -> list[dict[str, str]]:
        """The new fills an `orders` data message carries (no I/O)."""
        if message.get("type") != "data" or message.get("channel") != "orders":
            return []
        out = []
        for item in message.get("data") or []:
            trade_id = item.get("tradeId") or ""
            size = item.get("fillSz") or ""
            if not trade_id or size in ("", "0"):
                continue
            fill = {k: str(item.get(k) or "") for k in _FILL_KEYS}
            fill["source"] = "push"
            if self._new(fill):
                out.append(fill)
        return out

    async def reconcile(self) -> list[dict[str, str]]:
        """Fills OKX lists (`GET /api/v5/trade/fills`, newest first) that were not
        delivered yet, oldest first. The walk stops after a full page (100) of fills
        already delivered in a row: it relies on no clock, so fills made while the
        connection was down are found even if timestamps disagree."""
        missed = []
        known_in_a_row = 0
        async for fill in self._client.iter_fills(inst_type=self._inst_type, limit=100):
            raw = fill.to_dict()
            item = {k: str(raw.get(k) or "") for k in _FILL_KEYS}
            item["fillTime"] = item["fillTime"] or str(raw.get("ts") or "")
            item["source"] = "rest"
            if self.seen(item["instId"], item["tradeId"], item["ordId"]):
                known_in_a_row += 1
                if known_in_a_row >= 100:
                    break
                continue
            known_in_a_row = 0
            if self._new(item):
                missed.append(item)
        missed.reverse()  # OKX lists newest first
        return missed

    async def process(self, message: dict[str, Any]) -> list[dict[str, str]]:
        """The fills to act on for one `WsClient` message: those it carries, or after the
        private connection came back, those missed while it was down."""
        if (
            message.get("type") == "event"
            and message.get("event") == "reconnected"
            and message.get("url") == "private"
        ):
            return await self.reconcile()
        return self.from_push(message)


class DeadManSwitch:
    """Keeps OKX's cancel-all-after timer armed from a background thread: every
    `refresh_secs` it calls `cancel_all_after(timeout_secs)`; if the bot (or its machine)
    dies, OKX cancels every open order `timeout_secs` later. `stop()` (or leaving the
    `with` block) disarms the timer (`timeOut` "0").

    `timeout_secs` is 10..120 as OKX takes it; `refresh_secs` defaults to a third of it
    (OKX takes one cancel-all-after request per second: the client's rate limiter spaces
    faster refreshes out).
    A refresh that fails is retried at the next interval; the last error is kept in
    `last_error`.
    """

    def __init__(
        self,
        client: OkxClient,
        timeout_secs: int = 60,
        refresh_secs: float | None = None,
        tag: str | None = None,
    ) -> None:
        _check(timeout_secs, refresh_secs)
        self._client = client
        self.timeout_secs = timeout_secs
        self.refresh_secs = refresh_secs if refresh_secs is not None else timeout_secs / 3
        self._tag = tag
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self.refreshes = 0
        self.last_error: OkxError | None = None
        self.trigger_time: str | None = None

    def _arm(self, timeout: int) -> None:
        answer = self._client.cancel_all_after(str(timeout), tag=self._tag)
        self.trigger_time = str(answer[0].get("triggerTime", "")) if answer else None

    def start(self) -> DeadManSwitch:
        """Arms the timer now (raising if OKX refuses) and starts refreshing it."""
        if self._thread is not None:
            return self
        self._arm(self.timeout_secs)
        self.refreshes = 1
        self._stop.clear()
        self._thread = threading.Thread(target=self._run, name="okx-dead-man", daemon=True)
        self._thread.start()
        return self

    def _run(self) -> None:
        while not self._stop.wait(self.refresh_secs):
            try:
                self._arm(self.timeout_secs)
                self.refreshes += 1
                self.last_error = None
            except OkxError as e:
                self.last_error = e

    def stop(self, disarm: bool = True) -> None:
        """Stops refreshing and, unless `disarm` is False, disarms OKX's timer."""
        self._stop.set()
        if self._thread is not None:
            self._thread.join()
            self._thread = None
        if disarm:
            self._arm(0)

    def __enter__(self) -> DeadManSwitch:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()


class AsyncDeadManSwitch:
    """`DeadManSwitch` for asyncio: refreshes from a task of the running loop; use
    ``async with AsyncDeadManSwitch(aclient, 60):`` or `await start()` / `await stop()`."""

    def __init__(
        self,
        client: AsyncOkxClient,
        timeout_secs: int = 60,
        refresh_secs: float | None = None,
        tag: str | None = None,
    ) -> None:
        _check(timeout_secs, refresh_secs)
        self._client = client
        self.timeout_secs = timeout_secs
        self.refresh_secs = refresh_secs if refresh_secs is not None else timeout_secs / 3
        self._tag = tag
        self._task: asyncio.Task[None] | None = None
        self.refreshes = 0
        self.last_error: OkxError | None = None
        self.trigger_time: str | None = None

    async def _arm(self, timeout: int) -> None:
        answer = await self._client.cancel_all_after(str(timeout), tag=self._tag)
        self.trigger_time = str(answer[0].get("triggerTime", "")) if answer else None

    async def start(self) -> AsyncDeadManSwitch:
        """Arms the timer now (raising if OKX refuses) and starts refreshing it."""
        if self._task is not None:
            return self
        import asyncio

        await self._arm(self.timeout_secs)
        self.refreshes = 1
        self._task = asyncio.get_running_loop().create_task(self._run())
        return self

    async def _run(self) -> None:
        import asyncio

        while True:
            await asyncio.sleep(self.refresh_secs)
            try:
                await self._arm(self.timeout_secs)
                self.refreshes += 1
                self.last_error = None
            except OkxError as e:
                self.last_error = e

    async def stop(self, disarm: bool = True) -> None:
        """Stops refreshing and, unless `disarm` is False, disarms OKX's timer."""
        import asyncio

        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
            self._task = None
        if disarm:
            await self._arm(0)

    async def __aenter__(self) -> AsyncDeadManSwitch:
        return await self.start()

    async def __aexit__(self, *exc: object) -> None:
        await self.stop()


def _check(timeout_secs: int, refresh_secs: float | None) -> None:
    if not isinstance(timeout_secs, int) or not 10 <= timeout_secs <= 120:
        raise ValueError(f"timeout_secs must be a whole number in 10..120; got {timeout_secs!r}")
    if refresh_secs is not None and not 0 < refresh_secs < timeout_secs:
        raise ValueError(
            f"refresh_secs must be above 0 and below timeout_secs ({timeout_secs}); "
            f"got {refresh_secs!r}"
        )
