"""Public market data against the mock exchange, through the sync and the async client:
typed results keep OKX's exact strings, and bad arguments fail before anything is sent."""

from __future__ import annotations

import time
from decimal import Decimal

import pytest

from okx_py import (
    AsyncOkxClient,
    Candle,
    FundingRate,
    IndexTicker,
    Instrument,
    OkxApiError,
    OkxClient,
    OrderBook,
    SystemTime,
    Ticker,
    Trade,
)
from okx_py.testing import MockExchange

SPOT_IDS = ["BTC-USDT", "ETH-USDT", "SOL-USDT"]
SWAP_IDS = ["BTC-USDT-SWAP", "ETH-USDT-SWAP"]
TICKER_NUMBERS = {
    "last": "last",
    "last_sz": "lastSz",
    "ask_px": "askPx",
    "ask_sz": "askSz",
    "bid_px": "bidPx",
    "bid_sz": "bidSz",
    "open24h": "open24h",
    "high24h": "high24h",
    "low24h": "low24h",
    "vol_ccy24h": "volCcy24h",
    "vol24h": "vol24h",
    "sod_utc0": "sodUtc0",
    "sod_utc8": "sodUtc8",
}
CANDLE_KEYS = ["ts", "o", "h", "l", "c", "vol", "volCcy", "volCcyQuote", "confirm"]


def now_ms() -> int:
    return int(time.time() * 1000)


def is_decimal_text(value: object) -> bool:
    """A plain OKX number: a str that Decimal parses, without exponent or spaces."""
    if not isinstance(value, str) or not value or value != value.strip():
        return False
    if "e" in value.lower():
        return False
    try:
        Decimal(value)
    except ArithmeticError:
        return False
    return True


def check_btc_ticker(t: Ticker) -> None:
    assert isinstance(t, Ticker)
    assert t.inst_id == "BTC-USDT"
    assert t.inst_type == "SPOT"
    d = t.to_dict()
    for attr, key in TICKER_NUMBERS.items():
        value = getattr(t, attr)
        assert is_decimal_text(value), (attr, value)
        assert d[key] == value, (key, d[key], value)
    assert d["instId"] == "BTC-USDT"
    assert d["instType"] == "SPOT"
    assert d["ts"] == t.ts
    assert not any("_" in key for key in d), sorted(d)
    assert Decimal(t.bid_px) < Decimal(t.ask_px)
    assert Decimal(30_000) < Decimal(t.last) < Decimal(130_000)
    assert Decimal(t.low24h) <= Decimal(t.high24h)
    assert abs(int(t.ts) - now_ms()) < 60_000


def check_tickers(tickers: list[Ticker], inst_type: str, ids: list[str]) -> None:
    assert all(isinstance(t, Ticker) for t in tickers)
    assert sorted(t.inst_id for t in tickers) == sorted(ids)
    assert {t.inst_type for t in tickers} == {inst_type}
    for t in tickers:
        assert t.to_dict()["last"] == t.last
        assert is_decimal_text(t.last)


def check_book(book: OrderBook, depth: int) -> None:
    assert isinstance(book, OrderBook)
    assert len(book.bids) == depth
    assert len(book.asks) == depth
    bid_px = [Decimal(px) for px, _, _ in book.bids]
    ask_px = [Decimal(px) for px, _, _ in book.asks]
    assert bid_px == sorted(bid_px, reverse=True)
    assert len(set(bid_px)) == depth
    assert ask_px == sorted(ask_px)
    assert len(set(ask_px)) == depth
    assert bid_px[0] < ask_px[0]
    assert book.best_bid == book.bids[0]
    assert book.best_ask == book.asks[0]
    for level in [*book.bids, *book.asks]:
        assert isinstance(level, tuple)
        px, sz, orders = level
        assert is_decimal_text(px)
        assert is_decimal_text(sz)
        assert Decimal(sz) > 0
        assert orders.isdigit()
    d = book.to_dict()
    # OKX rows are [px, sz, "0", orders]: the same strings, the deprecated column kept.
    assert d["bids"] == [[px, sz, "0", n] for px, sz, n in book.bids]
    assert d["asks"] == [[px, sz, "0", n] for px, sz, n in book.asks]
    assert d["ts"] == book.ts
    assert abs(int(book.ts) - now_ms()) < 60_000


def check_candles(candles: list[Candle], count: int, step_ms: int) -> None:
    assert len(candles) == count
    assert all(isinstance(c, Candle) for c in candles)
    times = [int(c.ts) for c in candles]
    # Newest first, one bar apart, the newest one containing now.
    assert times == sorted(times, reverse=True)
    assert all(a - b == step_ms for a, b in zip(times, times[1:]))
    assert times[0] <= now_ms() < times[0] + step_ms + 60_000
    for c in candles:
        for value in (c.o, c.h, c.l, c.c, c.vol, c.vol_ccy, c.vol_ccy_quote):
            assert is_decimal_text(value)
        assert Decimal(c.l) <= min(Decimal(c.o), Decimal(c.c))
        assert Decimal(c.h) >= max(Decimal(c.o), Decimal(c.c))
        assert c.confirm in ("0", "1")
        d = c.to_dict()
        assert list(d) == CANDLE_KEYS
        assert list(d.values()) == [
            c.ts,
            c.o,
            c.h,
            c.l,
            c.c,
            c.vol,
            c.vol_ccy,
            c.vol_ccy_quote,
            c.confirm,
        ]
    assert all(c.confirm == "1" for c in candles[1:])


def check_trades(trades: list[Trade], count: int) -> None:
    assert len(trades) == count
    assert all(isinstance(t, Trade) for t in trades)
    times = [int(t.ts) for t in trades]
    assert times == sorted(times, reverse=True)
    assert len({t.trade_id for t in trades}) == count
    for t in trades:
        assert t.inst_id == "BTC-USDT"
        assert t.side in ("buy", "sell")
        assert is_decimal_text(t.px)
        assert is_decimal_text(t.sz)
        d = t.to_dict()
        assert d["tradeId"] == t.trade_id
        assert d["px"] == t.px
        assert d["sz"] == t.sz
        assert d["instId"] == "BTC-USDT"


def check_index_btc(tickers: list[IndexTicker]) -> IndexTicker:
    assert all(isinstance(t, IndexTicker) for t in tickers)
    btc = next(t for t in tickers if t.inst_id == "BTC-USDT")
    assert is_decimal_text(btc.idx_px)
    assert Decimal(30_000) < Decimal(btc.idx_px) < Decimal(130_000)
    assert btc.to_dict()["idxPx"] == btc.idx_px
    assert btc.to_dict()["instId"] == "BTC-USDT"
    return btc


def check_spot_instruments(instruments: list[Instrument]) -> None:
    assert all(isinstance(i, Instrument) for i in instruments)
    assert [i.inst_id for i in instruments] == SPOT_IDS
    for i in instruments:
        assert i.inst_type == "SPOT"
        assert i.quote_ccy == "USDT"
        assert i.base_ccy == i.inst_id.split("-")[0]
        for value in (i.tick_sz, i.lot_sz, i.min_sz):
            assert is_decimal_text(value)
            assert Decimal(value) > 0
        d = i.to_dict()
        assert d["instId"] == i.inst_id
        assert d["tickSz"] == i.tick_sz
        assert d["minSz"] == i.min_sz
        assert d["baseCcy"] == i.base_ccy


def check_btc_swap_instrument(instruments: list[Instrument]) -> None:
    assert len(instruments) == 1
    swap = instruments[0]
    assert swap.inst_id == "BTC-USDT-SWAP"
    assert swap.inst_type == "SWAP"
    assert swap.inst_family == "BTC-USDT"
    assert swap.settle_ccy == "USDT"
    assert swap.ct_val_ccy == "BTC"
    assert Decimal(swap.ct_val) == Decimal("0.01")
    assert swap.to_dict()["ctVal"] == swap.ct_val
    assert swap.to_dict()["instFamily"] == "BTC-USDT"


def check_system_time(st: SystemTime) -> None:
    assert isinstance(st, SystemTime)
    assert st.ts.isdigit()
    assert abs(int(st.ts) - now_ms()) < 5_000
    assert st.to_dict() == {"ts": st.ts}


# ---- sync ----


def test_get_ticker_keeps_okx_strings(client: OkxClient) -> None:
    check_btc_ticker(client.get_ticker("BTC-USDT"))


def test_get_ticker_of_a_swap(client: OkxClient) -> None:
    t = client.get_ticker("BTC-USDT-SWAP")
    assert t.inst_id == "BTC-USDT-SWAP"
    assert t.inst_type == "SWAP"
    assert Decimal(t.bid_px) < Decimal(t.ask_px)


def test_get_tickers_lists_every_instrument_of_the_type(client: OkxClient) -> None:
    check_tickers(client.get_tickers("SPOT"), "SPOT", SPOT_IDS)
    check_tickers(client.get_tickers("SWAP"), "SWAP", SWAP_IDS)


def test_ticker_repr_names_the_instrument(client: OkxClient) -> None:
    t = client.get_ticker("ETH-USDT")
    assert "ETH-USDT" in repr(t)
    assert repr(t).startswith("Ticker(")


def test_get_orderbook_levels_are_sorted_exact_strings(client: OkxClient) -> None:
    check_book(client.get_orderbook("BTC-USDT", depth=5), 5)


def test_orderbook_repr_is_python_syntax(client: OkxClient) -> None:
    book = client.get_orderbook("BTC-USDT", depth=2)
    text = repr(book)
    assert text.startswith("OrderBook(")
    assert book.bids[0][0] in text
    assert "Some(" not in text


def test_get_orderbook_depth_may_be_a_str_and_agrees_with_the_ticker(client: OkxClient) -> None:
    book = client.get_orderbook("ETH-USDT", depth="3")
    check_book(book, 3)
    ticker = client.get_ticker("ETH-USDT")
    assert book.bids[0][0] == ticker.bid_px
    assert book.asks[0][0] == ticker.ask_px


def test_get_orderbook_without_depth_returns_a_book(client: OkxClient) -> None:
    book = client.get_orderbook("BTC-USDT")
    assert len(book.bids) >= 1
    assert len(book.asks) >= 1
    assert Decimal(book.bids[0][0]) < Decimal(book.asks[0][0])


def test_get_candles_one_minute_bars(client: OkxClient) -> None:
    check_candles(client.get_candles("BTC-USDT", bar="1m", limit=10), 10, 60_000)


def test_get_candles_hourly_bars(client: OkxClient) -> None:
    check_candles(client.get_candles("BTC-USDT", bar="1H", limit=3), 3, 3_600_000)


def test_get_trades_newest_first(client: OkxClient) -> None:
    check_trades(client.get_trades("BTC-USDT", limit=5), 5)


def test_get_index_tickers_by_quote_currency(client: OkxClient) -> None:
    tickers = client.get_index_tickers(quote_ccy="USDT")
    check_index_btc(tickers)
    assert {"BTC-USDT", "ETH-USDT"} <= {t.inst_id for t in tickers}


def test_get_index_tickers_by_index_id(client: OkxClient) -> None:
    tickers = client.get_index_tickers(inst_id="BTC-USDT")
    assert len(tickers) == 1
    check_index_btc(tickers)


def test_get_instruments_spot(client: OkxClient) -> None:
    check_spot_instruments(client.get_instruments("SPOT"))


def test_get_instruments_one_spot(client: OkxClient) -> None:
    instruments = client.get_instruments("SPOT", inst_id="ETH-USDT")
    assert [i.inst_id for i in instruments] == ["ETH-USDT"]
    assert instruments[0].base_ccy == "ETH"


def test_get_instruments_one_swap(client: OkxClient) -> None:
    check_btc_swap_instrument(client.get_instruments("SWAP", inst_id="BTC-USDT-SWAP"))


def test_get_system_time_is_close_to_local_time(client: OkxClient) -> None:
    check_system_time(client.get_system_time())


def test_results_are_immutable(client: OkxClient) -> None:
    t = client.get_ticker("BTC-USDT")
    with pytest.raises(AttributeError):
        t.last = "1"  # type: ignore[misc]


def test_results_compare_by_value(client: OkxClient) -> None:
    instruments = client.get_instruments("SPOT")
    assert instruments == client.get_instruments("SPOT")
    assert instruments[0] != instruments[1]


def test_unknown_instrument_is_api_error_51001(client: OkxClient) -> None:
    with pytest.raises(OkxApiError) as err:
        client.get_ticker("NOPE-USDT")
    assert err.value.code == "51001"
    assert "/api/v5/market/ticker" in str(err.value)


def test_unknown_instrument_book_is_api_error_51001(client: OkxClient) -> None:
    with pytest.raises(OkxApiError) as err:
        client.get_orderbook("NOPE-USDT", depth=5)
    assert err.value.code == "51001"


def test_bad_inst_type_is_value_error_listing_allowed_values(
    exchange: MockExchange, client: OkxClient
) -> None:
    before = exchange.request_count
    with pytest.raises(ValueError, match="inst_type") as err:
        client.get_tickers("BAD")
    text = str(err.value)
    for allowed in ("SPOT", "SWAP", "FUTURES", "OPTION"):
        assert f'"{allowed}"' in text
    assert '"BAD"' in text
    assert exchange.request_count == before


def test_bad_inst_type_of_instruments_is_value_error(
    exchange: MockExchange, client: OkxClient
) -> None:
    before = exchange.request_count
    with pytest.raises(ValueError, match="inst_type"):
        client.get_instruments("spot")
    assert exchange.request_count == before


def test_bad_bar_is_value_error_before_sending(exchange: MockExchange, client: OkxClient) -> None:
    before = exchange.request_count
    with pytest.raises(ValueError, match="bar") as err:
        client.get_candles("BTC-USDT", bar="7m")
    assert '"1m"' in str(err.value)
    assert '"7m"' in str(err.value)
    assert exchange.request_count == before


def test_index_tickers_need_quote_ccy_or_inst_id(exchange: MockExchange, client: OkxClient) -> None:
    before = exchange.request_count
    with pytest.raises(ValueError, match="quote_ccy, inst_id"):
        client.get_index_tickers()
    assert exchange.request_count == before


def test_empty_inst_id_is_value_error(exchange: MockExchange, client: OkxClient) -> None:
    before = exchange.request_count
    with pytest.raises(ValueError, match="inst_id"):
        client.get_ticker("")
    assert exchange.request_count == before


def test_bool_limit_is_type_error(client: OkxClient) -> None:
    with pytest.raises(TypeError):
        client.get_trades("BTC-USDT", limit=True)


def test_bad_limit_text_is_value_error(exchange: MockExchange, client: OkxClient) -> None:
    before = exchange.request_count
    with pytest.raises(ValueError, match="limit"):
        client.get_trades("BTC-USDT", limit="ten")
    assert exchange.request_count == before


def test_public_data_needs_no_credentials(exchange: MockExchange) -> None:
    public = OkxClient(exchange.config(with_credentials=False))
    check_btc_ticker(public.get_ticker("BTC-USDT"))
    check_system_time(public.get_system_time())


# ---- async ----


@pytest.mark.asyncio
async def test_async_get_ticker_keeps_okx_strings(aclient: AsyncOkxClient) -> None:
    check_btc_ticker(await aclient.get_ticker("BTC-USDT"))


@pytest.mark.asyncio
async def test_async_get_tickers(aclient: AsyncOkxClient) -> None:
    check_tickers(await aclient.get_tickers("SPOT"), "SPOT", SPOT_IDS)
    check_tickers(await aclient.get_tickers("SWAP"), "SWAP", SWAP_IDS)


@pytest.mark.asyncio
async def test_async_get_orderbook(aclient: AsyncOkxClient) -> None:
    check_book(await aclient.get_orderbook("BTC-USDT", depth=5), 5)


@pytest.mark.asyncio
async def test_async_get_candles(aclient: AsyncOkxClient) -> None:
    check_candles(await aclient.get_candles("BTC-USDT", bar="1m", limit=4), 4, 60_000)


@pytest.mark.asyncio
async def test_async_get_trades(aclient: AsyncOkxClient) -> None:
    check_trades(await aclient.get_trades("BTC-USDT", limit=7), 7)


@pytest.mark.asyncio
async def test_async_get_index_tickers(aclient: AsyncOkxClient) -> None:
    check_index_btc(await aclient.get_index_tickers(quote_ccy="USDT"))
    assert len(await aclient.get_index_tickers(inst_id="BTC-USDT")) == 1


@pytest.mark.asyncio
async def test_async_get_instruments(aclient: AsyncOkxClient) -> None:
    check_spot_instruments(await aclient.get_instruments("SPOT"))
    check_btc_swap_instrument(await aclient.get_instruments("SWAP", inst_id="BTC-USDT-SWAP"))


@pytest.mark.asyncio
async def test_async_get_system_time(aclient: AsyncOkxClient) -> None:
    check_system_time(await aclient.get_system_time())


@pytest.mark.asyncio
async def test_async_unknown_instrument_is_api_error_51001(aclient: AsyncOkxClient) -> None:
    with pytest.raises(OkxApiError) as err:
        await aclient.get_ticker("NOPE-USDT")
    assert err.value.code == "51001"


@pytest.mark.asyncio
async def test_async_bad_arguments_raise_before_sending(
    exchange: MockExchange, aclient: AsyncOkxClient
) -> None:
    before = exchange.request_count
    with pytest.raises(ValueError, match="inst_type"):
        await aclient.get_tickers("BAD")
    with pytest.raises(ValueError, match="bar"):
        await aclient.get_candles("BTC-USDT", bar="7m")
    with pytest.raises(ValueError, match="quote_ccy, inst_id"):
        await aclient.get_index_tickers()
    assert exchange.request_count == before


@pytest.mark.asyncio
async def test_async_and_sync_clients_agree(client: OkxClient, aclient: AsyncOkxClient) -> None:
    assert await aclient.get_instruments("SWAP") == client.get_instruments("SWAP")


# OKX's documented examples of public/funding-rate and public/funding-rate-history, with a
# field OKX may add later ("newField") that must survive decoding.
FUNDING_RATE = {
    "formulaType": "noRate",
    "fundingRate": "0.0000792386885340",
    "fundingTime": "1703088000000",
    "impactValue": "",
    "instId": "BTC-USDT-SWAP",
    "instType": "SWAP",
    "interestRate": "0.0001000000000000",
    "maxFundingRate": "0.00375",
    "method": "current_period",
    "minFundingRate": "-0.00375",
    "nextFundingRate": "",
    "nextFundingTime": "1703116800000",
    "premium": "0.0000349",
    "settFundingRate": "0.0000699315015742",
    "settState": "settled",
    "ts": "1703070685309",
    "newField": {"nested": [1, "2"]},
}
FUNDING_HISTORY = [
    {
        "formulaType": "noRate",
        "fundingRate": "0.0000746572464377",
        "fundingTime": "1703059200000",
        "instId": "BTC-USDT-SWAP",
        "instType": "SWAP",
        "method": "next_period",
        "realizedRate": "0.0000746572464377",
    },
    {
        "formulaType": "noRate",
        "fundingRate": "-0.0000038476589623",
        "fundingTime": "1703030400000",
        "instId": "BTC-USDT-SWAP",
        "instType": "SWAP",
        "method": "next_period",
        "realizedRate": "-0.0000038476589623",
    },
]


def test_funding_rate_and_its_history_are_typed_without_loss(
    exchange: MockExchange, client: OkxClient
) -> None:
    exchange.inject_answer({"code": "0", "msg": "", "data": [FUNDING_RATE]})
    [rate] = client.get_funding_rate("BTC-USDT-SWAP")
    assert isinstance(rate, FundingRate)
    assert rate.to_dict() == FUNDING_RATE
    assert rate.funding_rate == "0.0000792386885340" and rate.next_funding_rate == ""
    assert (rate.sett_state, rate.sett_funding_rate) == ("settled", "0.0000699315015742")
    assert (rate.min_funding_rate, rate.max_funding_rate) == ("-0.00375", "0.00375")
    exchange.inject_answer({"code": "0", "msg": "", "data": FUNDING_HISTORY})
    history = client.get_funding_rate_history("BTC-USDT-SWAP")
    assert all(isinstance(h, FundingRate) for h in history)
    assert [h.to_dict() for h in history] == FUNDING_HISTORY
    assert [h.realized_rate for h in history] == [h["realizedRate"] for h in FUNDING_HISTORY]
    # Without an injected answer the mock answers the documented fields.
    plain = client.get_funding_rate_history("BTC-USDT-SWAP")
    assert plain[0].inst_id == "BTC-USDT-SWAP" and plain[0].funding_time.isdigit()
