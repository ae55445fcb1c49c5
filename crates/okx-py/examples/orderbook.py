"""A local order book kept in Rust: subscribe once, then read the top of the book, the
spread and the depth whenever the bot needs them, without handling a single push.

okx-py follows OKX's 2026 rules: the WS snapshot is used when one comes, otherwise (and
after any gap in seqId/prevSeqId) the book is rebuilt from `GET /api/v5/market/books`
with the buffered updates bridged onto it. A book that is resyncing, stale or closed is
never served: reads raise OkxBookNotSyncedError, and `is_synced` says so beforehand.

Run it as a script to try it against a local mock exchange started for the occasion:

    python crates/okx-py/examples/orderbook.py
"""

from __future__ import annotations

import asyncio

from okx_py import Config, OkxBookNotSyncedError, WsClient
from okx_py.testing import MockExchange


async def main(config: Config, updates: int = 5) -> None:
    ws = await WsClient.connect_public(config)
    try:
        # "books": 400 levels per side, updated every 100 ms. Other depths: books5,
        # bbo-tbt, books50-l2-tbt, books-l2-tbt (the tbt channels need a login on OKX).
        # messages=False: this bot only reads the book, so no push reaches Python.
        book = await ws.subscribe_orderbook("BTC-USDT", channel="books", messages=False)
        while not book.is_synced:
            await book.wait_update(timeout=10)
        for _ in range(updates):
            seq = await book.wait_update(timeout=10)
            try:
                bid, ask = book.best_bid, book.best_ask
                if bid is None or ask is None:
                    continue
                print(
                    f"seq {seq}: bid {bid[0]} x {bid[1]}  ask {ask[0]} x {ask[1]}  "
                    f"spread {book.spread}  mid {book.mid}"
                )
            except OkxBookNotSyncedError as e:
                # A gap or a disconnect: the book resyncs by itself; skip this read.
                print(f"book not synced ({e.book_status})")
        depth = book.bids(10)
        size = sum(sz for _, sz in depth)
        print(f"top 10 bids: {len(depth)} levels, {size} BTC, down to {depth[-1][0]}")
        snapshot = book.snapshot(3)  # exact strings, one consistent copy
        print(f"snapshot at seqId {snapshot.seq_id}: best ask {snapshot.asks[0]}")
        print(f"stats: {book.stats()}")
    finally:
        await ws.close()


if __name__ == "__main__":
    with MockExchange() as exchange:
        print(f"mock exchange at {exchange.rest_url}")
        asyncio.run(main(exchange.config()))
