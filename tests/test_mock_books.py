"""okx-mock's order books seen by a bare `websockets` client: the three book modes, the
seqId chain, legacy checksums, REST snapshots bridged onto the streams, books50-l2-tbt depth,
the book faults and the paused market."""

from __future__ import annotations

import asyncio
import base64
import hashlib
import hmac
import json
import time
import zlib
from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager
from decimal import Decimal
from typing import Any

import pytest
import websockets
from websockets.asyncio.client import ClientConnection

from okx_py import AsyncOkxClient
from okx_py.testing import MockExchange

INST = "BTC-USDT"
WAIT = 5.0
Data = dict[str, Any]


@pytest.fixture
def exchange() -> Iterator[MockExchange]:
    with MockExchange() as ex:
        yield ex


class Book:
    """A local book rebuilt from pushes, keeping OKX's strings."""

    def __init__(self) -> None:
        self.bids: dict[Decimal, tuple[str, str]] = {}
        self.asks: dict[Decimal, tuple[str, str]] = {}
        self.seq = -1

    @classmethod
    def from_data(cls, data: Data) -> Book:
        book = cls()
        book.apply(data)
        return book

    @classmethod
    def from_rest(cls, bids: list[tuple[str, str]], asks: list[tuple[str, str]], seq: int) -> Book:
        book = cls()
        book.bids = {Decimal(px): (px, sz) for px, sz in bids}
        book.asks = {Decimal(px): (px, sz) for px, sz in asks}
        book.seq = seq
        return book

    def apply(self, data: Data) -> None:
        for side, levels in ((self.bids, data["bids"]), (self.asks, data["asks"])):
            for px, sz, third, _count in levels:
                assert third == "0"
                side.pop(Decimal(px), None)
                if sz != "0":
                    side[Decimal(px)] = (px, sz)
        self.seq = data["seqId"]

    def sides(self) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
        bids = [self.bids[p] for p in sorted(self.bids, reverse=True)]
        asks = [self.asks[p] for p in sorted(self.asks)]
        return bids, asks

    def checksum(self) -> int:
        """OKX's CRC-32 of the best 25 levels per side, bid first, as a signed integer."""
        bids, asks = self.sides()
        pieces: list[str] = []
        for i in range(25):
            for side in (bids, asks):
                if i < len(side):
                    pieces.extend(side[i])
        crc = zlib.crc32(":".join(pieces).encode())
        return crc - (1 << 32) if crc >= 1 << 31 else crc


def login_args(ex: MockExchange) -> dict[str, str]:
    timestamp = str(int(time.time()))
    prehash = f"{timestamp}GET/users/self/verify".encode()
    digest = hmac.new(ex.secret_key.encode(), prehash, hashlib.sha256).digest()
    return {
        "apiKey": ex.api_key,
        "passphrase": ex.passphrase,
        "timestamp": timestamp,
        "sign": base64.b64encode(digest).decode(),
    }


class Feed:
    """One channel of BTC-USDT on its own public connection."""

    def __init__(self, conn: ClientConnection, channel: str) -> None:
        self.conn = conn
        self.channel = channel

    async def event(self) -> Data:
        while True:
            msg = json.loads(await asyncio.wait_for(self.conn.recv(), WAIT))
            if "event" in msg:
                return dict(msg)

    async def frame(self, timeout: float = WAIT) -> Data:
        """The next push of the channel, whole (`arg`, `action`, `data`)."""
        deadline = time.monotonic() + timeout
        while True:
            left = deadline - time.monotonic()
            raw = await asyncio.wait_for(self.conn.recv(), max(left, 0.001))
            msg = json.loads(raw)
            if msg.get("arg", {}).get("channel") == self.channel and "data" in msg:
                return dict(msg)

    async def push(self) -> Data:
        """`data[0]` of the next push, with its `action` (None on snapshot-only channels)."""
        msg = await self.frame()
        data = dict(msg["data"][0])
        data["action"] = msg.get("action")
        return data

    async def pushes_within(self, secs: float) -> list[Data]:
        out: list[Data] = []
        deadline = time.monotonic() + secs
        while (left := deadline - time.monotonic()) > 0:
            try:
                out.append(await self.frame(left))
            except TimeoutError:
                break
        return out

    async def follow_to(self, book: Book, seq: int) -> None:
        """Applies updates, checking the chain, until the book reaches `seq`."""
        while book.seq != seq:
            update = await self.push()
            assert update["action"] == "update", update
            assert update["prevSeqId"] == book.seq, update
            book.apply(update)


@asynccontextmanager
async def feed(ex: MockExchange, channel: str) -> AsyncIterator[Feed]:
    async with websockets.connect(ex.ws_public_url, max_size=None) as conn:
        f = Feed(conn, channel)
        if channel in ("books-l2-tbt", "books50-l2-tbt"):
            await conn.send(json.dumps({"op": "login", "args": [login_args(ex)]}))
            answer = await f.event()
            assert answer["code"] == "0", answer
        sub = {"op": "subscribe", "args": [{"channel": channel, "instId": INST}]}
        await conn.send(json.dumps(sub))
        ack = await f.event()
        assert ack["event"] == "subscribe", ack
        yield f


async def rest_book(ex: MockExchange, depth: int) -> Book:
    book = await AsyncOkxClient(ex.config()).get_orderbook(INST, depth=depth)
    assert book.seq_id is not None
    bids = [(px, sz) for px, sz, _ in book.bids]
    asks = [(px, sz) for px, sz, _ in book.asks]
    return Book.from_rest(bids, asks, book.seq_id)


DEPTHS = {"books": 400, "books-l2-tbt": 400, "books50-l2-tbt": 50}


@pytest.mark.asyncio
@pytest.mark.parametrize("channel", list(DEPTHS))
async def test_okx_mode_snapshot_then_chained_updates(exchange: MockExchange, channel: str) -> None:
    async with feed(exchange, channel) as f:
        snap = await f.push()
        assert (snap["action"], snap["prevSeqId"], snap["checksum"]) == ("snapshot", -1, 0)
        assert len(snap["bids"]) == len(snap["asks"]) == DEPTHS[channel]
        book = Book.from_data(snap)
        for _ in range(3):
            update = await f.push()
            assert update["action"] == "update"
            assert update["prevSeqId"] == book.seq
            assert update["seqId"] > book.seq
            assert update["checksum"] == 0
            book.apply(update)


@pytest.mark.asyncio
@pytest.mark.parametrize("channel", list(DEPTHS))
async def test_legacy_mode_checksums_match_the_rebuilt_book(channel: str) -> None:
    with MockExchange(book_mode="legacy") as ex:
        async with feed(ex, channel) as f:
            snap = await f.push()
            book = Book.from_data(snap)
            assert snap["checksum"] == book.checksum() != 0
            for _ in range(4):
                update = await f.push()
                assert update["prevSeqId"] == book.seq
                book.apply(update)
                assert update["checksum"] == book.checksum()


@pytest.mark.asyncio
@pytest.mark.parametrize("channel", ["books", "books50-l2-tbt"])
async def test_announced_mode_has_no_snapshot_and_rest_bridges_the_updates(channel: str) -> None:
    with MockExchange(book_mode="announced") as ex:
        async with feed(ex, channel) as f:
            buffered = [await f.push() for _ in range(3)]
            for a, b in zip(buffered, buffered[1:]):
                assert b["prevSeqId"] == a["seqId"]
            assert all(u["action"] == "update" and u["checksum"] == 0 for u in buffered)
            book = await rest_book(ex, DEPTHS[channel])
            rest_seq = book.seq
            assert rest_seq >= buffered[0]["prevSeqId"]
            # The changelog's bridge: drop what REST has, the next must straddle its seqId.
            pending = [u for u in buffered if u["seqId"] > rest_seq]
            while not pending:
                update = await f.push()
                if update["seqId"] > rest_seq:
                    pending.append(update)
            assert pending[0]["prevSeqId"] <= rest_seq < pending[0]["seqId"]
            book.apply(pending[0])
            for update in pending[1:]:
                assert update["prevSeqId"] == book.seq
                book.apply(update)
            ex.pause_market()
            now = await rest_book(ex, DEPTHS[channel])
            await f.follow_to(book, now.seq)
            assert book.sides() == now.sides()


@pytest.mark.asyncio
async def test_set_book_mode_applies_to_the_next_subscriber(exchange: MockExchange) -> None:
    exchange.set_book_mode("announced")
    async with feed(exchange, "books") as f:
        assert (await f.push())["action"] == "update"
    exchange.set_book_mode("legacy")
    async with feed(exchange, "books") as f:
        snap = await f.push()
        assert snap["action"] == "snapshot"
        assert snap["checksum"] == Book.from_data(snap).checksum()
    exchange.set_book_mode("okx")
    async with feed(exchange, "books") as f:
        assert (await f.push())["checksum"] == 0


def test_book_mode_must_be_known(exchange: MockExchange) -> None:
    with pytest.raises(ValueError, match=r'^book_mode must be one of .*; got "v2"$'):
        MockExchange(book_mode="v2")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match=r'^mode must be one of "okx", "legacy", "announced"'):
        exchange.set_book_mode("OKX")  # type: ignore[arg-type]


@pytest.mark.asyncio
async def test_rest_snapshot_names_a_seq_id_the_stream_carries(exchange: MockExchange) -> None:
    async with feed(exchange, "books") as f:
        book = Book.from_data(await f.push())
        for _ in range(4):
            await asyncio.sleep(0.055)
            rest = await rest_book(exchange, 400)
            while book.seq != rest.seq:
                update = await f.push()
                assert update["prevSeqId"] == book.seq
                assert update["seqId"] <= rest.seq, "the stream skipped the REST seqId"
                book.apply(update)
            assert book.sides() == rest.sides()


@pytest.mark.asyncio
async def test_books50_keeps_fifty_levels_as_the_book_moves(exchange: MockExchange) -> None:
    exchange.pause_market()
    async with feed(exchange, "books50-l2-tbt") as f:
        book = Book.from_data(await f.push())
        fiftieth = book.sides()[0][-1][0]
        exchange.set_price(INST, "65001")  # ten ticks up
        update = await f.push()
        deleted = [px for px, sz, _, _ in update["bids"] if sz == "0"]
        assert len(deleted) == 10 and fiftieth in deleted
        book.apply(update)
        rest = await rest_book(exchange, 50)
        await f.follow_to(book, rest.seq)
        assert book.sides() == rest.sides()
        assert len(book.bids) == len(book.asks) == 50
        full = await rest_book(exchange, 400)
        assert fiftieth in [px for px, _ in full.sides()[0]]


@pytest.mark.asyncio
async def test_paused_market_stands_still_until_an_order(exchange: MockExchange) -> None:
    exchange.pause_market()
    async with feed(exchange, "books-l2-tbt") as f:
        book = Book.from_data(await f.push())
        assert await f.pushes_within(0.4) == []
        before = Decimal(book.bids[Decimal("64990")][1])
        order = await AsyncOkxClient(exchange.config()).place_order(
            INST, "cash", "buy", "limit", "0.01", px="64990"
        )
        assert order.ord_id
        update = await f.push()
        assert len(update["bids"]) == 1 and update["asks"] == []
        book.apply(update)
        assert Decimal(book.bids[Decimal("64990")][1]) == before + Decimal("0.01")
        exchange.resume_market()
        assert (await f.push())["prevSeqId"] == book.seq


@pytest.mark.asyncio
async def test_book_gap_skips_one_update(exchange: MockExchange) -> None:
    exchange.pause_market()
    async with feed(exchange, "books") as f:
        last = (await f.push())["seqId"]
        exchange.book_gap(INST)
        update = await f.push()
        assert update["prevSeqId"] > last
        exchange.resume_market()
        assert (await f.push())["prevSeqId"] == update["seqId"]


@pytest.mark.asyncio
async def test_book_duplicate_resends_the_last_update(exchange: MockExchange) -> None:
    exchange.pause_market()
    async with feed(exchange, "books-l2-tbt") as f:
        await f.push()
        exchange.book_duplicate()
        first = await f.frame()
        assert first["action"] == "update"
        assert await f.frame() == first


@pytest.mark.asyncio
async def test_book_reset_lowers_the_seq_id_for_streams_and_rest(exchange: MockExchange) -> None:
    exchange.pause_market()
    async with feed(exchange, "books") as f:
        book = Book.from_data(await f.push())
        last = book.seq
        exchange.book_reset(INST)
        update = await f.push()
        assert update["prevSeqId"] == last
        assert update["seqId"] < last
        book.apply(update)
        rest = await rest_book(exchange, 400)
        assert rest.seq == book.seq
        assert rest.sides() == book.sides()
        exchange.resume_market()
        after = await f.push()
        assert after["prevSeqId"] == book.seq < after["seqId"] < last


@pytest.mark.asyncio
async def test_book_keepalive_repeats_the_last_seq_id_and_books5() -> None:
    with MockExchange(book_mode="legacy") as ex:
        ex.pause_market()
        async with feed(ex, "books") as f, feed(ex, "books5") as f5:
            book = Book.from_data(await f.push())
            top = await f5.frame()
            ex.book_keepalive(INST)
            keepalive = await f.push()
            assert keepalive["action"] == "update"
            assert keepalive["prevSeqId"] == keepalive["seqId"] == book.seq
            assert keepalive["bids"] == keepalive["asks"] == []
            assert keepalive["checksum"] == book.checksum()
            assert await f5.frame() == top
            assert await f.pushes_within(0.3) == []


@pytest.mark.asyncio
async def test_book_bad_checksum_breaks_one_update() -> None:
    with MockExchange(book_mode="legacy") as ex:
        ex.pause_market()
        async with feed(ex, "books50-l2-tbt") as f:
            book = Book.from_data(await f.push())
            ex.book_bad_checksum()
            update = await f.push()
            book.apply(update)
            assert update["checksum"] not in (0, book.checksum())
            ex.resume_market()
            update = await f.push()
            book.apply(update)
            assert update["checksum"] == book.checksum()


@pytest.mark.asyncio
async def test_book_delay_snapshot_sends_it_late_with_the_book_then(
    exchange: MockExchange,
) -> None:
    exchange.pause_market()
    exchange.book_delay_snapshot(0.6, INST)
    started = time.monotonic()
    async with feed(exchange, "books") as f:
        exchange.set_price(INST, "65100")
        assert await f.pushes_within(0.4) == []
        snap = await f.push()
        assert time.monotonic() - started >= 0.58
        assert snap["action"] == "snapshot"
        book = Book.from_data(snap)
        assert book.sides()[0][0][0] == "65100"
        rest = await rest_book(exchange, 400)
        await f.follow_to(book, rest.seq)
        assert book.sides() == rest.sides()
    async with feed(exchange, "books") as f:
        started = time.monotonic()
        assert (await f.push())["action"] == "snapshot"
        assert time.monotonic() - started < 0.3


def test_book_faults_check_their_arguments(exchange: MockExchange) -> None:
    with pytest.raises(ValueError, match=r'^unknown instrument "NOPE-USDT"$'):
        exchange.book_gap("NOPE-USDT")
    with pytest.raises(ValueError, match=r"^secs must be a non-negative number of seconds"):
        exchange.book_delay_snapshot(-1.0)
