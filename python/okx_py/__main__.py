"""Command line of okx-py: `python -m okx_py demo` walks through the API against the
embedded mock exchange; `python -m okx_py mock [--port N] [--live] [--tls [--ca-file PATH]]`
runs the mock exchange until Ctrl-C."""

from __future__ import annotations

import argparse
import asyncio
import os
import tempfile
import time

from okx_py import AsyncOkxClient, OkxApiError, OkxClient
from okx_py.testing import MockExchange


def _section(title: str) -> None:
    print(f"\n== {title}")


def _sync_tour(ex: MockExchange) -> None:
    client = OkxClient(ex.config())

    _section("sync: market data")
    t = client.get_ticker("BTC-USDT")
    quote = f"bid {t.bid_px} x {t.bid_sz}, ask {t.ask_px} x {t.ask_sz}"
    print(f"ticker     {t.inst_id}: last {t.last}, {quote}")
    book = client.get_orderbook("BTC-USDT", depth=3)
    bid, ask = book.bids[0][0], book.asks[0][0]
    print(f"book       best bid {bid}, best ask {ask}, {len(book.bids)} levels")
    instruments = client.get_instruments("SPOT")
    names = ", ".join(i.inst_id for i in instruments)
    print(f"instruments SPOT: {names}")
    print(f"server time {client.get_system_time().ts}")

    _section("sync: account")
    balance = client.get_balance()
    print(f"total equity {balance.total_eq} USD")
    for d in balance.details:
        print(f"  {d.ccy:<5} available {d.avail_bal}")

    _section("sync: trading")
    low = f"{float(bid) * 0.9:.1f}"
    ack = client.place_order("BTC-USDT", "cash", "buy", "limit", "0.01", px=low, cl_ord_id="demo1")
    print(f"placed     ordId {ack.ord_id} clOrdId {ack.cl_ord_id}: {ack.s_msg or 'ok'}")
    order = client.get_order("BTC-USDT", ord_id=ack.ord_id)
    print(f"order      {order.side} {order.sz} @ {order.px}: {order.state}")
    pending = client.get_orders_pending(inst_type="SPOT")
    print(f"pending    {len(pending)} order(s): {[o.ord_id for o in pending]}")
    cancelled = client.cancel_order("BTC-USDT", cl_ord_id="demo1")
    print(f"cancelled  ordId {cancelled.ord_id}")
    print(f"state now  {client.get_order('BTC-USDT', ord_id=ack.ord_id).state}")

    _section("sync: errors are typed")
    try:
        client.get_ticker("NOPE-USDT")
    except OkxApiError as e:
        print(f"OkxApiError code={e.code}: {e}")
    try:
        client.place_order("BTC-USDT", "margin", "buy", "limit", "1", px="1")
    except ValueError as e:
        print(f"ValueError before sending: {e}")


async def _async_tour(ex: MockExchange) -> None:
    client = AsyncOkxClient(ex.config())
    _section("async: concurrent calls")
    started = time.perf_counter()
    ticker, balance, pending = await asyncio.gather(
        client.get_ticker("ETH-USDT"),
        client.get_balance(),
        client.get_orders_pending(),
    )
    elapsed = (time.perf_counter() - started) * 1000
    print(f"ticker {ticker.inst_id} last {ticker.last}; equity {balance.total_eq}")
    print(f"pending orders {len(pending)}")
    print(f"three calls in {elapsed:.2f} ms")
    ack = await client.place_order("ETH-USDT", "cash", "buy", "market", "100", tgt_ccy="quote_ccy")
    order = await client.get_order("ETH-USDT", ord_id=ack.ord_id)
    filled = f"filled {order.acc_fill_sz} @ {order.avg_px}"
    print(f"market buy ordId {order.ord_id}: {order.state}, {filled}")


def demo() -> None:
    """Starts the mock exchange and walks through the documented calls."""
    with MockExchange() as ex:
        print(f"okx-py demo against the embedded mock exchange at {ex.rest_url}")
        _sync_tour(ex)
        asyncio.run(_async_tour(ex))
    print("\ndone")


def mock(port: int, live: bool, tls: bool = False, ca_file: str | None = None) -> None:
    """Runs the mock exchange in the foreground until interrupted. With `tls`, it serves
    https and wss and writes its CA certificate (PEM) to `ca_file` (or to a temporary
    file), whose path it prints."""
    with MockExchange(port=port, simulated=not live, tls=tls) as ex:
        print(f"okx-mock listening on {ex.rest_url}")
        print(f"websocket {ex.ws_public_url}")
        made = None
        if ex.ca_cert_pem is not None:
            if ca_file is None:
                fd, made = tempfile.mkstemp(prefix="okx-mock-ca-", suffix=".pem")
                os.close(fd)
                ca_file = made
            with open(ca_file, "w") as f:
                f.write(ex.ca_cert_pem)
            print(f"ca_file={ca_file} (trust it, e.g. SSL_CERT_FILE={ca_file})")
        print(f"api_key={ex.api_key} secret_key={ex.secret_key} passphrase={ex.passphrase}")
        print(
            f"simulated={ex.simulated} (send x-simulated-trading: 1)"
            if ex.simulated
            else "live key",
            flush=True,
        )
        try:
            while True:
                time.sleep(3600)
        except KeyboardInterrupt:
            pass
        finally:
            if made is not None:
                os.unlink(made)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m okx_py")
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("demo", help="walk through the API against the embedded mock exchange")
    m = sub.add_parser("mock", help="run the mock exchange until Ctrl-C")
    m.add_argument("--port", type=int, default=0)
    m.add_argument("--live", action="store_true", help="make the test key a live key")
    m.add_argument("--tls", action="store_true", help="serve https and wss (fresh certificate)")
    m.add_argument(
        "--ca-file", metavar="PATH", help="with --tls: write the CA certificate (PEM) here"
    )
    args = parser.parse_args(argv)
    if args.command == "demo":
        demo()
    else:
        if args.ca_file is not None and not args.tls:
            parser.error("--ca-file needs --tls")
        mock(args.port, args.live, args.tls, args.ca_file)


if __name__ == "__main__":
    main()
