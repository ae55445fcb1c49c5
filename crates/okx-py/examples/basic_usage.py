"""Basic usage of okx-py's synchronous client: market data, the account, an order's
lifecycle and typed errors.

Run it as a script to try it against a local mock exchange started for the occasion:

    python crates/okx-py/examples/basic_usage.py

Against OKX demo trading, pass your own config instead:

    main(Config(Credentials(api_key, secret_key, passphrase), simulated=True))
"""

from __future__ import annotations

from decimal import Decimal

from okx_py import Config, OkxApiError, OkxClient
from okx_py.testing import MockExchange


def main(config: Config) -> None:
    """Walks through the documented calls with one client."""
    client = OkxClient(config)

    # Market data: every number is the exact string OKX sent.
    ticker = client.get_ticker("BTC-USDT")
    print(f"{ticker.inst_id} last {ticker.last}, bid {ticker.bid_px}, ask {ticker.ask_px}")
    book = client.get_orderbook("BTC-USDT", depth=5)
    print(f"book: best bid {book.bids[0][0]}, best ask {book.asks[0][0]}, {len(book.bids)} levels")
    candles = client.get_candles("BTC-USDT", bar="1m", limit=3)
    for candle in candles:
        print(
            f"candle {candle.ts}: open {candle.o} high {candle.h} low {candle.l} close {candle.c}"
        )
    instruments = client.get_instruments("SPOT")
    print("SPOT instruments:", ", ".join(i.inst_id for i in instruments))
    print(f"server time {client.get_system_time().ts}")

    # The account.
    balance = client.get_balance()
    print(f"total equity {balance.total_eq} USD")
    for detail in balance.details:
        print(f"  {detail.ccy:<5} available {detail.avail_bal}")

    # An order far below the market rests; cancel it by its client order id.
    price = (Decimal(ticker.bid_px) / 2).quantize(Decimal(1))
    ack = client.place_order(
        "BTC-USDT", "cash", "buy", "limit", "0.01", px=price, cl_ord_id="example1"
    )
    print(f"placed order {ack.ord_id} (clOrdId {ack.cl_ord_id})")
    order = client.get_order("BTC-USDT", ord_id=ack.ord_id)
    print(f"order {order.ord_id}: {order.side} {order.sz} @ {order.px}, {order.state}")
    pending = client.get_orders_pending(inst_type="SPOT")
    print(f"{len(pending)} pending order(s)")
    client.cancel_order("BTC-USDT", cl_ord_id="example1")
    print(f"after cancel: {client.get_order('BTC-USDT', ord_id=ack.ord_id).state}")

    # OKX's refusals are typed exceptions with OKX's code.
    try:
        client.get_ticker("NOPE-USDT")
    except OkxApiError as e:
        print(f"OkxApiError code {e.code}: {e.msg}")
    # Bad arguments raise ValueError before anything is sent.
    try:
        client.place_order("BTC-USDT", "margin", "buy", "limit", "1", px="1")
    except ValueError as e:
        print(f"ValueError: {e}")


if __name__ == "__main__":
    with MockExchange() as exchange:
        print(f"mock exchange at {exchange.rest_url}")
        main(exchange.config())
