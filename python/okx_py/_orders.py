"""Exactly-once order operations: what the clients do when placing, amending or cancelling
an order did not end in a clear answer.

An attempt that fails *before* OKX could have acted (a retryable code such as 50001 or
50013, a rate limit) is sent again after a backoff; one that arrived after its ``expTime``
(50037: the clocks disagree) is sent again after OKX's clock is measured anew. An attempt
whose outcome is unknown (no answer in time, a dropped connection, HTTP 5xx, codes 50004 /
51054 / 51149) is never blindly sent again: okx-py first waits until the attempt's
``expTime`` has passed (so it can no longer execute), then asks OKX for the order by its
``clOrdId``; only an order OKX has no record of is sent again, with the same ``clOrdId``.
Every other error is raised unchanged.
"""

from __future__ import annotations

import json
import time
from collections.abc import Awaitable, Callable
from typing import Any

from ._okx_py import (
    OkxApiError,
    OkxError,
    OkxHttpError,
    OkxRateLimitError,
    OkxTimeoutError,
    OkxWebSocketError,
    Order,
    OrderAck,
)

# Codes meaning "timed out at OKX, result unknown: query before retrying" (errors.tsv).
UNKNOWN_CODES = frozenset({"50004", "51054", "51149", "51412"})
# Codes meaning "refused before acting, try again later" (errors.tsv, retryable = yes).
RETRY_CODES = frozenset({"50001", "50013", "50026", "50040", "50011", "50061", "64007"})
# Cancels answered with these mean the order is no longer live.
GONE_CODES = frozenset({"51400", "51401", "51402", "51603"})
# The order does not exist.
NOT_FOUND = "51603"
# The clOrdId is taken by a pending order.
DUPLICATE = "51016"

MAX_ATTEMPTS = 6
BACKOFF_SECS = 0.05
BACKOFF_MAX_SECS = 2.0

# The request reached OKX after its expTime (or with one already past): not executed; our
# clock is off from OKX's.
EXPIRED_CODES = frozenset({"50036", "50037"})

RETRY, RESOLVE, RAISE, RESYNC = "retry", "resolve", "raise", "resync"


def classify(err: BaseException) -> str:
    """What to do after a failed attempt: send again, find out first, or give up."""
    if isinstance(err, (OkxTimeoutError, OkxWebSocketError)):
        return RESOLVE
    if isinstance(err, OkxRateLimitError):
        # Refused by this client's own limiter (nothing sent; status 0, no OKX code): under
        # "fail_fast" the caller asked to hear it, under "wait" the wait was too long.
        if err.status == 0 and err.code is None:
            return RAISE
        return RETRY
    if isinstance(err, OkxApiError):
        if err.succeeded:
            return RAISE  # a partly failed batch: the caller sees both halves
        code = err.code or ""
        if code in UNKNOWN_CODES:
            return RESOLVE
        if code in EXPIRED_CODES:
            return RESYNC
        return RETRY if code in RETRY_CODES else RAISE
    if isinstance(err, OkxHttpError):
        # No status: never answered (reset, refused); 5xx: the gateway gave up.
        return RESOLVE if err.status is None or err.status >= 500 else RAISE
    return RAISE


def backoff(attempt: int, err: BaseException) -> float:
    hint = getattr(err, "retry_after", None)
    if isinstance(hint, (int, float)) and hint > 0:
        return float(hint)
    return float(min(BACKOFF_MAX_SECS, BACKOFF_SECS * 2 ** (attempt - 1)))


def ack_of(order: Order) -> OrderAck:
    """The acknowledgement OKX would have sent for an order it has."""
    item = {
        "ordId": order.ord_id,
        "clOrdId": order.cl_ord_id,
        "tag": order.tag,
        "ts": order.c_time,
        "sCode": "0",
        "sMsg": "",
    }
    return OrderAck._from_json(json.dumps(item))


class _Plan:
    """The state of one guarded operation, shared by the sync and async drivers."""

    def __init__(
        self, kind: str, batch: bool, targets: list[dict[str, str]], expiry: float, fixed: bool
    ):
        self.kind = kind
        # The caller set expTime: a refusal for having passed it is final.
        self.fixed = fixed
        self.batch = batch
        self.targets = targets
        self.expiry = expiry
        self.attempt = 1
        # Acknowledgements known so far, by item index.
        self.acks: dict[int, OrderAck] = {}
        self.pending = list(range(len(targets)))

    def result(self, sent: list[int], answer: Any) -> Any:
        """Merges the answer of an attempt over `sent` items with what is known."""
        acks = answer if isinstance(answer, list) else [answer]
        for index, ack in zip(sent, acks):
            self.acks[index] = ack
        self.pending = [i for i in self.pending if i not in self.acks]
        ordered = [self.acks[i] for i in range(len(self.targets)) if i in self.acks]
        return ordered if self.batch else ordered[0]

    def failed(self, err: BaseException) -> str:
        action = classify(err)
        code = err.code if isinstance(err, OkxApiError) else None
        if self.kind == "place" and code == DUPLICATE and self.attempt > 1:
            # Our own clOrdId is live already: an earlier attempt was executed.
            action = RESOLVE
        if self.kind == "cancel" and code in GONE_CODES and self.attempt > 1:
            # An earlier attempt may have cancelled it: look before reporting.
            action = RESOLVE
        if action != RAISE and self.attempt >= MAX_ATTEMPTS:
            return RAISE
        if action == RESYNC and self.fixed:
            return RAISE
        if action == RESYNC and self.attempt > 2:
            return RETRY
        if action == RESOLVE and self.kind == "amend":
            # Sending the same amendment again leads to the same order: no lookup needed,
            # but give the first one time to land or expire.
            return RETRY
        return action

    def lookup_args(self, index: int) -> tuple[str, dict[str, str]]:
        t = self.targets[index]
        if t.get("clOrdId"):
            return t["instId"], {"cl_ord_id": t["clOrdId"]}
        return t["instId"], {"ord_id": t.get("ordId", "")}

    def found(self, index: int, order: Order | None) -> bool:
        """Records a lookup; True when the item needs no new attempt."""
        if order is None:
            return False
        if self.kind == "place":
            self.acks[index] = ack_of(order)
            return True
        if self.kind == "cancel" and order.state in ("canceled", "mmp_canceled"):
            self.acks[index] = ack_of(order)
            return True
        return False

    def final(self, err: BaseException) -> bool:
        """Whether what the lookups left pending cannot be helped by another attempt."""
        code = err.code if isinstance(err, OkxApiError) else None
        return self.kind == "cancel" and code in GONE_CODES


def _not_found(err: OkxError) -> bool:
    return isinstance(err, OkxApiError) and err.code == NOT_FOUND


def _with_note(err: BaseException, plan: _Plan) -> BaseException:
    ids = [t.get("clOrdId") or t.get("ordId") for t in plan.targets]
    err.add_note(f"okx-py: {plan.kind} of {ids} gave up after {plan.attempt} attempts")
    return err


def recover(
    client: Any,
    kind: str,
    batch: bool,
    targets: list[dict[str, str]],
    expiry: float,
    fixed: bool,
    err: BaseException,
    resend: Callable[[list[int] | None], Any],
) -> Any:
    """The sync driver: called with the first attempt's error; returns the result."""
    plan = _Plan(kind, batch, targets, expiry, fixed)
    while True:
        action = plan.failed(err)
        if action == RAISE:
            raise _with_note(err, plan) if plan.attempt > 1 else err
        if action == RESYNC:
            client.sync_clock()
        elif action == RETRY:
            time.sleep(max(backoff(plan.attempt, err), plan.expiry if kind == "amend" else 0.0))
        else:
            time.sleep(plan.expiry)
            for index in list(plan.pending):
                inst_id, key = plan.lookup_args(index)
                try:
                    order = client.get_order(inst_id, **key)
                except OkxError as lookup_err:
                    if not _not_found(lookup_err):
                        raise _with_note(lookup_err, plan) from err
                    order = None
                plan.found(index, order)
            plan.pending = [i for i in plan.pending if i not in plan.acks]
            if not plan.pending:
                return plan.result([], [])
            if plan.final(err):
                raise err
        plan.attempt += 1
        sent = list(plan.pending)
        try:
            return plan.result(sent, resend(sent if plan.batch else None))
        except OkxError as next_err:
            err = next_err


async def aguard(
    first: Awaitable[Any],
    client: Any,
    kind: str,
    batch: bool,
    targets: list[dict[str, str]],
    expiry: float,
    fixed: bool,
    resend: Callable[[list[int] | None], Awaitable[Any]],
) -> Any:
    """The async driver: awaits the first attempt and recovers as `recover` does."""
    import asyncio  # here: a sync bot placing orders never needs it

    try:
        return await first
    except OkxError as first_err:
        err: BaseException = first_err
    plan = _Plan(kind, batch, targets, expiry, fixed)
    while True:
        action = plan.failed(err)
        if action == RAISE:
            raise _with_note(err, plan) if plan.attempt > 1 else err
        if action == RESYNC:
            await client.sync_clock()
        elif action == RETRY:
            await asyncio.sleep(
                max(backoff(plan.attempt, err), plan.expiry if kind == "amend" else 0.0)
            )
        else:
            await asyncio.sleep(plan.expiry)
            for index in list(plan.pending):
                inst_id, key = plan.lookup_args(index)
                try:
                    order = await client.get_order(inst_id, **key)
                except OkxError as lookup_err:
                    if not _not_found(lookup_err):
                        raise _with_note(lookup_err, plan) from err
                    order = None
                plan.found(index, order)
            plan.pending = [i for i in plan.pending if i not in plan.acks]
            if not plan.pending:
                return plan.result([], [])
            if plan.final(err):
                raise err
        plan.attempt += 1
        sent = list(plan.pending)
        try:
            return plan.result(sent, await resend(sent if plan.batch else None))
        except OkxError as next_err:
            err = next_err
