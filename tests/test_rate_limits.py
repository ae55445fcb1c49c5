"""Client-side rate limits: requests wait for (or fail fast on) OKX's buckets before they
are sent, so the exchange never has to refuse one."""

from __future__ import annotations

import asyncio
import itertools
import threading
import time
from collections.abc import Awaitable, Callable, Iterator
from typing import Any

import pytest

from okx_py import AsyncOkxClient, Config, OkxApiError, OkxClient, OkxRateLimitError
from okx_py.testing import MockExchange


def config_for(ex: MockExchange, **kw: Any) -> Config:
    return Config(
        credentials=ex.credentials,
        simulated=ex.simulated,
        rest_url=ex.rest_url,
        ws_public_url=ex.ws_public_url,
        ws_private_url=ex.ws_private_url,
        ws_business_url=ex.ws_business_url,
        **kw,
    )


@pytest.fixture
def enforcing() -> Iterator[MockExchange]:
    """An exchange of its own that refuses what exceeds OKX's limits (50011 / 50061)."""
    with MockExchange() as ex:
        ex.enforce_rate_limits(enabled=True, sub_account_limit=1000)
        yield ex


def assert_within_limits(ex: MockExchange) -> dict[str, Any]:
    stats = ex.rate_limit_stats()
    assert stats["rejected"] == 0
    for name, bucket in stats["buckets"].items():
        assert bucket["peak"] <= bucket["limit"], name
    return stats


# get_system_time: 10 requests per 2 s per IP.
TIME_LIMIT = 10


def test_policy_is_validated() -> None:
    with pytest.raises(ValueError, match='rate_limit must be one of "wait", "fail_fast", "off"'):
        Config(rate_limit="block")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="sub_account_order_limit"):
        Config(sub_account_order_limit=0)
    assert Config(rate_limit="off").rate_limit == "off"


def test_fail_fast_raises_before_sending(enforcing: MockExchange) -> None:
    client = OkxClient(config_for(enforcing, rate_limit="fail_fast", sync_clock=False))
    for _ in range(TIME_LIMIT):
        client.get_system_time()
    enforcing.clear_requests()
    with pytest.raises(OkxRateLimitError) as err:
        client.get_system_time()
    assert enforcing.requests() == []
    retry_after = err.value.retry_after
    assert isinstance(retry_after, float)
    assert 0 < retry_after <= 2.0
    assert err.value.code is None
    assert "client-side limit, not sent" in str(err.value)
    assert "/api/v5/public/time" in str(err.value)
    assert enforcing.rate_limit_stats()["rejected"] == 0


def test_fail_fast_applies_to_raw_requests(enforcing: MockExchange) -> None:
    client = OkxClient(config_for(enforcing, rate_limit="fail_fast", sync_clock=False))
    for _ in range(TIME_LIMIT):
        client.request("GET", "/api/v5/public/time")
    with pytest.raises(OkxRateLimitError):
        client.request("GET", "/api/v5/public/time")
    # The typed method shares the bucket.
    with pytest.raises(OkxRateLimitError):
        client.get_system_time()
    assert len(enforcing.requests()) == TIME_LIMIT


def test_wait_delays_instead_of_failing(enforcing: MockExchange) -> None:
    client = OkxClient(config_for(enforcing, sync_clock=False))
    started = time.monotonic()
    for _ in range(TIME_LIMIT + 3):
        client.get_system_time()
    # The 11th request had to wait for the first to leave the 2 s window.
    assert time.monotonic() - started >= 1.9
    assert len(enforcing.requests()) == TIME_LIMIT + 3
    stats = assert_within_limits(enforcing)
    assert stats["buckets"]["GET /api/v5/public/time"]["peak"] == TIME_LIMIT


def test_off_lets_the_exchange_refuse(enforcing: MockExchange) -> None:
    client = OkxClient(config_for(enforcing, rate_limit="off", sync_clock=False))
    with pytest.raises(OkxRateLimitError) as err:
        for _ in range(TIME_LIMIT + 1):
            client.get_system_time()
    assert err.value.code == "50011"
    assert err.value.retry_after is None  # OKX gives no hint
    assert len(enforcing.requests()) == TIME_LIMIT + 1


def test_clients_of_one_host_share_the_ip_buckets(enforcing: MockExchange) -> None:
    a = OkxClient(config_for(enforcing, rate_limit="fail_fast", sync_clock=False))
    b = OkxClient(config_for(enforcing, rate_limit="fail_fast", sync_clock=False))
    for client in itertools.islice(itertools.cycle([a, b]), TIME_LIMIT):
        client.get_system_time()
    with pytest.raises(OkxRateLimitError):
        b.get_system_time()


def test_sub_account_limit_counts_new_orders_not_cancels(enforcing: MockExchange) -> None:
    enforcing.set_balance("USDT", "1000000")
    client = OkxClient(config_for(enforcing, rate_limit="fail_fast", sub_account_order_limit=3))
    placed: list[tuple[str, str]] = []
    # The raw request shares the buckets of place_order (whose exactly-once guard would
    # retry a refusal after its retry_after).
    with pytest.raises(OkxRateLimitError) as err:
        # Each instrument has its own place-order bucket (60 per 2 s): only the account's
        # 3 new orders per 2 s can stop this.
        for inst, px in itertools.cycle([("BTC-USDT", "1000"), ("ETH-USDT", "100")]):
            body = {
                "instId": inst,
                "tdMode": "cash",
                "side": "buy",
                "ordType": "limit",
                "sz": "0.001",
                "px": px,
            }
            [ack] = client.request("POST", "/api/v5/trade/order", body=body)
            placed.append((inst, ack["ordId"]))
            assert len(placed) <= 3
    assert err.value.retry_after is not None and err.value.retry_after <= 2.0
    assert 1 <= len(placed) <= 3
    # Cancels do not count toward the sub-account limit.
    for inst, ord_id in placed:
        client.cancel_order(inst, ord_id=ord_id)
    assert len(enforcing.requests("/api/v5/trade/order")) == len(placed)
    assert len(enforcing.requests("/api/v5/trade/cancel-order")) == len(placed)
    assert_within_limits(enforcing)


@pytest.mark.asyncio
async def test_async_fail_fast_raises_before_sending(enforcing: MockExchange) -> None:
    client = AsyncOkxClient(config_for(enforcing, rate_limit="fail_fast", sync_clock=False))
    for _ in range(TIME_LIMIT):
        await client.get_system_time()
    enforcing.clear_requests()
    with pytest.raises(OkxRateLimitError) as err:
        await client.get_system_time()
    assert enforcing.requests() == []
    assert err.value.retry_after is not None and 0 < err.value.retry_after <= 2.0


@pytest.mark.asyncio
async def test_async_wait_delays_on_the_event_loop(enforcing: MockExchange) -> None:
    client = AsyncOkxClient(config_for(enforcing, sync_clock=False))
    ticks = 0
    done = False

    async def ticker() -> None:
        # The loop keeps running while requests wait for room.
        nonlocal ticks
        while not done:
            ticks += 1
            await asyncio.sleep(0.01)

    tick_task = asyncio.create_task(ticker())
    results = await asyncio.gather(*(client.get_system_time() for _ in range(TIME_LIMIT + 5)))
    done = True
    await tick_task
    assert len(results) == TIME_LIMIT + 5
    assert ticks > 10
    assert len(enforcing.requests()) == TIME_LIMIT + 5
    assert_within_limits(enforcing)


@pytest.mark.asyncio
async def test_async_cancelled_while_waiting_is_never_sent(enforcing: MockExchange) -> None:
    client = AsyncOkxClient(config_for(enforcing, sync_clock=False))
    for _ in range(TIME_LIMIT):
        await client.get_system_time()
    waiting = asyncio.ensure_future(client.get_system_time())
    await asyncio.sleep(0.05)
    assert not waiting.done()
    waiting.cancel()
    with pytest.raises(asyncio.CancelledError):
        await waiting
    await asyncio.sleep(2.2)  # past the window: a resumed request would have gone out
    assert len(enforcing.requests()) == TIME_LIMIT


# --- the storm: 10,000 mixed calls, sync threads and async tasks, one set of credentials ---

STORM_CALLS = 10_000
SPOT = [("BTC-USDT", "1000", "0.0001"), ("ETH-USDT", "100", "0.001"), ("SOL-USDT", "1", "0.1")]


class Budget:
    """Hands out the storm's calls; every call is counted once, whatever its outcome."""

    def __init__(self, total: int) -> None:
        self.left = total
        self.made = 0
        self.rate_limited = 0
        self.api_errors = 0
        self.lock = threading.Lock()

    def take(self) -> bool:
        with self.lock:
            if self.left == 0:
                return False
            self.left -= 1
            self.made += 1
            return True

    def note(self, err: Exception) -> None:
        with self.lock:
            if isinstance(err, OkxRateLimitError):
                self.rate_limited += 1
            else:
                self.api_errors += 1


def call(budget: Budget, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
    """One counted call; None when it failed. StopIteration once the budget is spent."""
    if not budget.take():
        raise StopIteration
    try:
        return fn(*args, **kwargs)
    except (OkxApiError, OkxRateLimitError) as e:
        budget.note(e)
        return None


def single_cycles(client: OkxClient, budget: Budget, inst: str, px: str, sz: str) -> None:
    """Place a resting order far from the market, amend it, cancel it; again."""
    try:
        while True:
            ack = call(budget, client.place_order, inst, "cash", "buy", "limit", sz, px=px)
            if ack is None or ack.ord_id is None:
                continue
            call(budget, client.amend_order, inst, ord_id=ack.ord_id, new_px=px)
            call(budget, client.cancel_order, inst, ord_id=ack.ord_id)
    except StopIteration:
        return


def batch_cycles(client: OkxClient, budget: Budget, offset: int) -> None:
    """Batches over two instruments: place, amend, cancel."""
    pairs = [SPOT[offset % 3], SPOT[(offset + 1) % 3]]
    new = [
        {"inst_id": inst, "td_mode": "cash", "side": "buy", "ord_type": "limit", "sz": sz, "px": px}
        for inst, px, sz in pairs
    ]
    try:
        while True:
            acks = call(budget, client.place_batch_orders, new)
            if not acks:
                continue
            ids = [(inst, ack.ord_id) for (inst, _, _), ack in zip(pairs, acks, strict=True)]
            amends = [{"inst_id": i, "ord_id": o, "new_sz": pairs[0][2]} for i, o in ids]
            call(budget, client.amend_batch_orders, amends)
            call(budget, client.cancel_batch_orders, [{"inst_id": i, "ord_id": o} for i, o in ids])
    except StopIteration:
        return


def market_calls(
    client: AsyncOkxClient,
) -> list[tuple[Callable[..., Awaitable[Any]], tuple[Any, ...]]]:
    """Market data and private reads, each with the arguments of one call."""
    calls: list[tuple[Callable[..., Awaitable[Any]], tuple[Any, ...]]] = [
        (client.get_system_time, ()),
        (client.get_tickers, ("SPOT",)),
        (client.get_orders_pending, ()),
        (client.get_balance, ()),
    ]
    for inst, _, _ in SPOT:
        calls += [
            (client.get_ticker, (inst,)),
            (client.get_trades, (inst,)),
            (client.get_orderbook, (inst,)),
            (client.get_candles, (inst,)),
            (client.get_history_candles, (inst,)),
            (client.get_history_trades, (inst,)),
            (client.get_order, (inst, None, "unknown1")),
        ]
    return calls


async def async_storm(cfg: Config, budget: Budget, tasks: int) -> None:
    client = AsyncOkxClient(cfg)
    calls = market_calls(client)

    async def worker(start: int) -> None:
        for n in itertools.count(start):
            if not budget.take():
                return
            fn, args = calls[n % len(calls)]
            try:
                await fn(*args)
            except (OkxApiError, OkxRateLimitError) as e:
                budget.note(e)

    await asyncio.gather(*(worker(i * 5) for i in range(tasks)))


def test_storm_of_ten_thousand_calls_is_never_refused(enforcing: MockExchange) -> None:
    enforcing.set_balance("USDT", "100000000")
    # Two configurations, one set of credentials: the limiter is per key, not per client.
    sync_cfg = config_for(enforcing)
    async_cfg = config_for(enforcing)
    budget = Budget(STORM_CALLS)
    threads = [
        threading.Thread(target=single_cycles, args=(OkxClient(sync_cfg), budget, *spot))
        for spot in SPOT * 2
    ]
    threads += [
        threading.Thread(target=batch_cycles, args=(OkxClient(sync_cfg), budget, i))
        for i in range(3)
    ]
    threads.append(threading.Thread(target=lambda: asyncio.run(async_storm(async_cfg, budget, 8))))
    started = time.monotonic()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    wall = time.monotonic() - started

    stats = enforcing.rate_limit_stats()
    print(
        f"\nstorm: {budget.made} calls in {wall:.1f} s ({budget.made / wall:.0f}/s), "
        f"{budget.api_errors} API errors, {stats['rejected']} refused by the exchange"
    )
    for name, b in sorted(stats["buckets"].items()):
        print(f"  {name:55} peak {b['peak']:5} / {b['limit']:5} per {b['window_ms']} ms")
    assert budget.made == STORM_CALLS
    assert budget.rate_limited == 0
    assert_within_limits(enforcing)
    # The exchange saw every call (plus the clock measurement of each configuration).
    assert enforcing.request_count >= STORM_CALLS
    # The busiest buckets were used up to their limits: waiting, not idling.
    assert stats["buckets"]["sub-account"]["peak"] >= 900
