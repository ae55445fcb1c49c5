"""Local order books (`WsClient.subscribe_orderbook` → `LiveOrderBook`) against okx-mock
in each book mode and under each book fault, the offline book fed by hand (book-vectors
and property tests against a reference model), and ccxt.pro's book after the same stream."""

from __future__ import annotations

import asyncio
import contextlib
import json
import random
import time
from collections.abc import AsyncIterator, Callable, Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
import pytest_asyncio
from hypothesis import given, settings
from hypothesis import strategies as st

from okx_py import (
    LiveOrderBook,
    OkxBookNotSyncedError,
    OkxClient,
    OkxTimeoutError,
    OrderBook,
    WsClient,
)
from okx_py.testing import MockExchange

INST = "BTC-USDT"
TIMEOUT = 15.0
VECTORS = json.loads(
    (Path(__file__).resolve().parent.parent / "data" / "book-vectors.json").read_text()
)


async def wait_until(cond: Callable[[], bool], timeout: float = TIMEOUT) -> None:
    deadline = time.monotonic() + timeout
    while not cond():
        assert time.monotonic() < deadline, "condition not reached in time"
        await asyncio.sleep(0.01)


def levels(book: OrderBook) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    return [(p, s) for p, s, _ in book.bids], [(p, s) for p, s, _ in book.asks]


async def assert_matches_exchange(ex: MockExchange, book: LiveOrderBook) -> None:
    """Freezes the market, reads the exchange's book (the mock publishes pending updates
    first), waits for the local book to reach that seqId, and compares every level."""
    ex.pause_market()
    try:
        await asyncio.sleep(0.15)
        depth = 50 if book.channel == "books50-l2-tbt" else 400
        rest = await asyncio.to_thread(OkxClient(ex.config()).get_orderbook, INST, depth=depth)
        await wait_until(lambda: book.is_synced and book.seq_id == rest.seq_id)
        local = book.snapshot()
        assert local.seq_id == rest.seq_id
        assert levels(local) == levels(rest)
        assert len(local.bids) > 10 and len(local.asks) > 10
    finally:
        ex.resume_market()


@pytest.fixture(params=["okx", "legacy", "announced"])
def ex(request: pytest.FixtureRequest) -> Iterator[MockExchange]:
    with MockExchange(book_mode=request.param) as exchange:
        yield exchange


@pytest_asyncio.fixture
async def ws(ex: MockExchange) -> AsyncIterator[WsClient]:
    client = await WsClient.connect_public(ex.config())
    yield client
    await client.close()


async def synced(ws: WsClient, channel: str = "books") -> LiveOrderBook:
    book = await ws.subscribe_orderbook(INST, channel=channel, messages=False)
    await wait_until(lambda: book.is_synced)
    return book


# ---- against okx-mock, every mode ----


@pytest.mark.asyncio
@pytest.mark.parametrize("channel", ["books", "books-l2-tbt", "books50-l2-tbt"])
async def test_first_sync_matches_the_exchange(
    ex: MockExchange, ws: WsClient, channel: str
) -> None:
    book = await synced(ws, channel)
    await assert_matches_exchange(ex, book)
    stats = book.stats()
    assert stats["checksum_mismatches"] == 0
    assert stats["gaps"] == 0


@pytest.mark.asyncio
async def test_a_gap_resyncs_from_rest(ex: MockExchange, ws: WsClient) -> None:
    book = await synced(ws)
    rest_before = book.stats()["rest_snapshots"]
    ex.book_gap(INST)
    await wait_until(lambda: book.stats()["gaps"] == 1)
    await assert_matches_exchange(ex, book)
    assert book.stats()["rest_snapshots"] > rest_before


@pytest.mark.asyncio
async def test_duplicate_keepalive_and_reset_keep_the_book(ex: MockExchange, ws: WsClient) -> None:
    book = await synced(ws)
    pushes = book.stats()["pushes"]
    await wait_until(lambda: book.stats()["pushes"] >= pushes + 2)
    ex.book_duplicate(INST)
    await wait_until(lambda: book.stats()["duplicates"] == 1)
    ex.pause_market()
    pushes = book.stats()["pushes"]
    ex.book_keepalive(INST)
    await wait_until(lambda: book.stats()["pushes"] == pushes + 1)
    ex.resume_market()
    seq = book.seq_id
    assert seq is not None
    ex.book_reset(INST)
    await wait_until(lambda: (book.seq_id or seq) < seq)
    await assert_matches_exchange(ex, book)
    assert book.stats()["gaps"] == 0


@pytest.mark.asyncio
async def test_a_delayed_snapshot_is_not_served_early(ex: MockExchange, ws: WsClient) -> None:
    ex.book_delay_snapshot(0.5, INST)
    book = await ws.subscribe_orderbook(INST, messages=False)
    assert not book.is_synced
    with pytest.raises(OkxBookNotSyncedError) as err:
        _ = book.best_bid
    assert err.value.book_status == "syncing"
    await wait_until(lambda: book.is_synced)
    await assert_matches_exchange(ex, book)


# ---- today's OKX only ----


@pytest_asyncio.fixture
async def okx_ws() -> AsyncIterator[tuple[MockExchange, WsClient]]:
    with MockExchange() as exchange:
        client = await WsClient.connect_public(exchange.config())
        yield exchange, client
        await client.close()


@pytest.mark.asyncio
async def test_reads_are_exact_and_consistent(
    okx_ws: tuple[MockExchange, WsClient],
) -> None:
    ex, ws = okx_ws
    book = await synced(ws)
    assert book.channel == "books" and book.inst_id == INST
    assert book.status == "synced"
    ex.pause_market()
    await asyncio.sleep(0.15)
    bid, ask = book.best_bid, book.best_ask
    assert bid is not None and ask is not None
    assert all(isinstance(v, Decimal) for v in (*bid, *ask))
    assert book.spread == ask[0] - bid[0]
    assert book.mid == (ask[0] + bid[0]) / 2
    top = book.bids(10)
    assert len(top) == 10 and top[0] == bid
    assert [p for p, _ in top] == sorted((p for p, _ in top), reverse=True)
    asks = book.asks(10)
    assert [p for p, _ in asks] == sorted(p for p, _ in asks)
    floats = book.bids(10, exact=False)
    assert floats == [(float(p), float(s)) for p, s in top]
    assert isinstance(floats[0][0], float)
    snap = book.snapshot(10)
    assert [(Decimal(p), Decimal(s)) for p, s, _ in snap.bids] == top
    assert snap.seq_id == book.seq_id and int(snap.ts) == book.ts
    assert len(book.bids()) == len(book.snapshot().bids) > 10
    assert isinstance(book.checksum(), int)
    assert "status='synced'" in repr(book)
    ex.resume_market()


@pytest.mark.asyncio
async def test_numpy_arrays(okx_ws: tuple[MockExchange, WsClient]) -> None:
    np = pytest.importorskip("numpy")
    _, ws = okx_ws
    book = await synced(ws, "books5")
    arr = book.bids_array(3)
    assert isinstance(arr, np.ndarray) and arr.shape == (3, 2)
    assert list(arr[:, 0]) == sorted(arr[:, 0], reverse=True)
    assert book.asks_array().shape == (5, 2)


@pytest.mark.asyncio
async def test_wait_update_and_timeout(okx_ws: tuple[MockExchange, WsClient]) -> None:
    ex, ws = okx_ws
    book = await synced(ws, "books-l2-tbt")
    before = book.seq_id
    seq = await book.wait_update(timeout=5)
    assert seq is not None and seq != before
    ex.pause_market()
    await asyncio.sleep(0.1)
    with pytest.raises(OkxTimeoutError):
        await book.wait_update(timeout=0.2)
    ex.resume_market()
    with pytest.raises(ValueError, match="timeout"):
        await book.wait_update(timeout=-1)


@pytest.mark.asyncio
async def test_same_book_twice_unsubscribe_and_close(
    okx_ws: tuple[MockExchange, WsClient],
) -> None:
    _, ws = okx_ws
    book = await synced(ws)
    again = await ws.subscribe_orderbook(INST)
    again_view = ws.order_book(INST)
    assert again_view is not None
    assert again.seq_id is not None and again_view.inst_id == INST
    assert ws.order_book(INST, channel="books5") is None
    await ws.unsubscribe("books", inst_id=INST)
    assert book.status == "closed" and not book.is_synced
    with pytest.raises(OkxBookNotSyncedError, match="closed"):
        book.bids(5)
    assert ws.order_book(INST) is None
    b5 = await synced(ws, "books5")
    await ws.close()
    assert b5.status == "closed"


@pytest.mark.asyncio
async def test_disconnect_makes_the_book_stale_then_resyncs(
    okx_ws: tuple[MockExchange, WsClient],
) -> None:
    ex, ws = okx_ws
    book = await synced(ws)
    ex.ws_drop_all()
    await wait_until(lambda: book.status in ("stale", "syncing"))
    with pytest.raises(OkxBookNotSyncedError):
        _ = book.best_ask
    await wait_until(lambda: book.is_synced)
    await assert_matches_exchange(ex, book)


@pytest.mark.asyncio
async def test_stale_feed_is_detected(okx_ws: tuple[MockExchange, WsClient]) -> None:
    ex, ws = okx_ws
    book = await ws.subscribe_orderbook(
        INST, channel="bbo-tbt", stale_after_secs=0.3, messages=False
    )
    await wait_until(lambda: book.is_synced)
    ex.pause_market()
    await wait_until(lambda: book.status == "stale")
    with pytest.raises(OkxBookNotSyncedError) as err:
        _ = book.mid
    assert err.value.book_status == "stale"
    ex.resume_market()
    await wait_until(lambda: book.is_synced)


@pytest.mark.asyncio
async def test_pushes_reach_recv_unless_messages_false(
    okx_ws: tuple[MockExchange, WsClient],
) -> None:
    _, ws = okx_ws
    quiet = await ws.subscribe_orderbook(INST, channel="books5", messages=False)
    await wait_until(lambda: quiet.is_synced)

    async def next_data(channel: str) -> dict[str, Any]:
        while True:
            msg = await asyncio.wait_for(ws.recv(), TIMEOUT)
            assert msg is not None
            assert not (msg["type"] == "data" and msg["channel"] == "books5")
            if msg["type"] == "data" and msg["channel"] == channel:
                return msg

    await ws.subscribe_orderbook(INST, channel="bbo-tbt")  # delivered by default
    msg = await next_data("bbo-tbt")
    assert msg["data"][0]["bids"]


@pytest.mark.asyncio
async def test_bad_arguments_raise_before_anything_is_sent(
    okx_ws: tuple[MockExchange, WsClient],
) -> None:
    ex, ws = okx_ws
    subs = ex.ws_subscription_count
    with pytest.raises(ValueError, match="channel"):
        await ws.subscribe_orderbook(INST, channel="tickers")
    with pytest.raises(ValueError, match="inst_id"):
        await ws.subscribe_orderbook("")
    with pytest.raises(ValueError, match="stale_after_secs"):
        await ws.subscribe_orderbook(INST, stale_after_secs=0)
    assert ex.ws_subscription_count == subs


# ---- ccxt.pro against the same stream ----


@pytest.mark.asyncio
async def test_ccxt_pro_sees_the_same_top_5(
    okx_ws: tuple[MockExchange, WsClient],
) -> None:
    pro = pytest.importorskip("ccxt.pro")
    ex, ws = okx_ws
    okx = pro.okx({"enableRateLimit": False})
    okx.set_sandbox_mode(True)
    ws_base = ex.ws_public_url[: -len("/public")]
    for urls in (okx.urls["api"], okx.urls["test"]):
        urls["rest"] = ex.rest_url
        urls["ws"] = ws_base
    try:
        book = await synced(ws)
        theirs = await asyncio.wait_for(okx.watch_order_book("BTC/USDT"), TIMEOUT)
        ex.pause_market()
        await asyncio.sleep(0.3)
        # Both have applied the last push once ccxt.pro's nonce (OKX's seqId) is ours.
        deadline = time.monotonic() + TIMEOUT
        while theirs["nonce"] != book.seq_id and time.monotonic() < deadline:
            with contextlib.suppress(asyncio.TimeoutError):
                theirs = await asyncio.wait_for(okx.watch_order_book("BTC/USDT"), 0.5)
        assert theirs["nonce"] == book.seq_id
        ours_bids = [[float(p), float(s)] for p, s in book.bids(5)]
        ours_asks = [[float(p), float(s)] for p, s in book.asks(5)]
        assert [list(level)[:2] for level in theirs["bids"][:5]] == ours_bids
        assert [list(level)[:2] for level in theirs["asks"][:5]] == ours_asks
    finally:
        ex.resume_market()
        await okx.close()


# ---- offline books: vectors and properties ----


def frame(action: str, msg: dict[str, Any], channel: str = "books") -> str:
    data = {
        "asks": msg["asks"],
        "bids": msg["bids"],
        "ts": str(msg.get("ts", "1")),
        "checksum": msg.get("checksum", 0),
        "prevSeqId": msg.get("prevSeqId", -1),
        "seqId": msg.get("seqId", 1),
    }
    return json.dumps(
        {"arg": {"channel": channel, "instId": INST}, "action": action, "data": [data]}
    )


def test_checksum_vectors() -> None:
    for case in VECTORS["cases"]:
        book = LiveOrderBook.offline(INST)
        book.feed(frame("snapshot", {**case, "checksum": case["checksum"]}))
        assert book.is_synced, case["name"]
        assert book.checksum() == case["checksum"], case["name"]


def test_sequence_vectors_verify_every_checksum() -> None:
    for seq in VECTORS["sequences"]:
        book = LiveOrderBook.offline(INST)
        for msg in seq["messages"]:
            book.feed(frame(msg["action"], msg))
            assert book.is_synced, seq["name"]
            assert book.checksum() == msg["checksum"]
        assert book.stats()["checksum_mismatches"] == 0


def test_a_wrong_checksum_or_gap_discards_the_offline_book() -> None:
    case = VECTORS["cases"][0]
    book = LiveOrderBook.offline(INST)
    book.feed(frame("snapshot", {**case, "checksum": case["checksum"] + 1}))
    assert book.status == "syncing" and book.stats()["checksum_mismatches"] == 1
    book.feed(frame("snapshot", {**case, "seqId": 5}))
    assert book.is_synced
    book.feed(frame("update", {"asks": [], "bids": [], "prevSeqId": 6, "seqId": 7}))
    assert book.status == "syncing" and book.stats()["gaps"] == 1
    with pytest.raises(ValueError, match="not of books"):
        book.feed(frame("update", case, channel="books5"))
    with pytest.raises(ValueError, match="frame"):
        book.feed("not json")


def test_feed_is_refused_on_a_live_book_and_bad_channels() -> None:
    with pytest.raises(ValueError, match="channel"):
        LiveOrderBook.offline(INST, channel="tickers")


price = st.integers(min_value=1, max_value=400).map(lambda c: f"{c // 100}.{c % 100:02d}")
size = st.sampled_from(["0", "0.5", "1", "2.25", "10", "0.001"])
side_changes = st.lists(st.tuples(price, size), max_size=8)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(side_changes, side_changes), min_size=1, max_size=30))
def test_random_streams_agree_with_a_reference_model(
    pushes: list[tuple[list[tuple[str, str]], list[tuple[str, str]]]],
) -> None:
    book = LiveOrderBook.offline(INST)
    book.feed(frame("snapshot", {"asks": [], "bids": [], "seqId": 0}))
    model: tuple[dict[Decimal, str], dict[Decimal, str]] = ({}, {})
    for seq, changes in enumerate(pushes, start=1):
        rows: list[list[list[str]]] = [[], []]
        for side in (0, 1):
            for px, sz in changes[side]:
                rows[side].append([px, sz, "0", "1"])
                if Decimal(sz) == 0:
                    model[side].pop(Decimal(px), None)
                else:
                    model[side][Decimal(px)] = sz
        book.feed(
            frame(
                "update",
                {"bids": rows[0], "asks": rows[1], "prevSeqId": seq - 1, "seqId": seq},
            )
        )
        assert book.is_synced
        want_bids = [(p, Decimal(model[0][p])) for p in sorted(model[0], reverse=True)]
        want_asks = [(p, Decimal(model[1][p])) for p in sorted(model[1])]
        assert book.bids() == want_bids
        assert book.asks() == want_asks


def test_a_shuffled_stream_is_never_served() -> None:
    rng = random.Random(7)
    book = LiveOrderBook.offline(INST)
    book.feed(frame("snapshot", {"asks": [["2", "1", "0", "1"]], "bids": [], "seqId": 0}))
    updates = [
        frame(
            "update",
            {"asks": [], "bids": [[f"1.{i}", "1", "0", "1"]], "prevSeqId": i, "seqId": i + 1},
        )
        for i in range(20)
    ]
    rng.shuffle(updates)
    served = 0
    for text in updates:
        book.feed(text)
        if book.is_synced:
            served += 1
    # Out of order, the chain breaks at once and no later update repairs it.
    assert book.status == "syncing"
    assert served < 20


def spread_frame(action: str, msg: dict[str, Any]) -> str:
    """A `sprd-books-l2-tbt` push: levels are [price, size, count], the id is `sprdId`."""
    data = {
        "asks": [[p, s, c] for p, s, _, c in msg["asks"]],
        "bids": [[p, s, c] for p, s, _, c in msg["bids"]],
        "ts": "1",
        "checksum": msg["checksum"],
        "prevSeqId": msg.get("prevSeqId", -1),
        "seqId": msg.get("seqId", 1),
    }
    arg = {"channel": "sprd-books-l2-tbt", "sprdId": "BTC-USDT_BTC-USDT-SWAP"}
    return json.dumps({"arg": arg, "action": action, "data": [data]})


def test_spread_books_verify_their_checksums() -> None:
    case = next(c for c in VECTORS["cases"] if c["name"] == "spread_style_negative_prices")
    book = LiveOrderBook.offline("BTC-USDT_BTC-USDT-SWAP", channel="sprd-books-l2-tbt")
    book.feed(spread_frame("snapshot", case))
    assert book.is_synced and book.checksum() == case["checksum"]
    prices = [p for p, _ in book.bids()]
    assert prices == sorted(prices, reverse=True) and min(prices) < 0
    assert book.snapshot(1).bids[0][2] == case["bids"][0][3]  # the order count kept
    bad = {**case, "checksum": case["checksum"] ^ 1, "prevSeqId": 1, "seqId": 2}
    book.feed(spread_frame("update", {**bad, "asks": [], "bids": []}))
    assert book.status == "syncing" and book.stats()["checksum_mismatches"] == 1


def test_rpi_levels_with_four_fields_are_read() -> None:
    book = LiveOrderBook.offline(INST, channel="books-rpi")
    msg = {
        "bids": [["100", "5", "3", "2"]],
        "asks": [["101", "4", "4", "1"]],
        "seqId": 9,
    }
    book.feed(frame("snapshot", msg, channel="books-rpi"))
    assert book.best_bid == (Decimal("100"), Decimal("5"))
    assert book.snapshot().asks == [("101", "4", "1")]
