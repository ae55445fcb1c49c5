"""okx-py: a fast, fully typed OKX V5 SDK with a Rust core.

Sync and asyncio REST clients, typed results that keep OKX's exact strings, one
exception hierarchy, and a local mock exchange (`okx_py.testing.MockExchange`).
"""

from okx_py._okx_py import (
    AlgoOrder,
    AsyncOkxClient,
    Balance,
    BalanceDetail,
    Bill,
    Candle,
    Config,
    Credentials,
    Currency,
    DepositAddress,
    Fill,
    FundingRate,
    IndexTicker,
    Instrument,
    ItemError,
    LiveOrderBook,
    MarkPrice,
    OkxApiError,
    OkxAuthError,
    OkxBookNotSyncedError,
    OkxClient,
    OkxError,
    OkxHttpError,
    OkxPartialFailureError,
    OkxRateLimitError,
    OkxTimeoutError,
    OkxWebSocketError,
    Order,
    OrderAck,
    OrderBook,
    Position,
    SystemTime,
    Ticker,
    Trade,
    WsClient,
    __version__,
    reset_log_cache,
)

# Not `typing.TYPE_CHECKING`: importing typing would cost more than the rest of this file.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from okx_py.trading import AsyncDeadManSwitch, DeadManSwitch, FillTracker


def __getattr__(name: str) -> object:
    # The trading helpers load on first use: `import okx_py` stays as light as the core.
    if name in ("AsyncDeadManSwitch", "DeadManSwitch", "FillTracker"):
        from okx_py import trading

        return getattr(trading, name)
    raise AttributeError(f"module 'okx_py' has no attribute {name!r}")


__all__ = [
    "AlgoOrder",
    "AsyncDeadManSwitch",
    "AsyncOkxClient",
    "Balance",
    "BalanceDetail",
    "Bill",
    "Candle",
    "Config",
    "Credentials",
    "Currency",
    "DeadManSwitch",
    "DepositAddress",
    "Fill",
    "FillTracker",
    "FundingRate",
    "IndexTicker",
    "Instrument",
    "ItemError",
    "LiveOrderBook",
    "MarkPrice",
    "OkxApiError",
    "OkxAuthError",
    "OkxBookNotSyncedError",
    "OkxClient",
    "OkxError",
    "OkxHttpError",
    "OkxPartialFailureError",
    "OkxRateLimitError",
    "OkxTimeoutError",
    "OkxWebSocketError",
    "Order",
    "OrderAck",
    "OrderBook",
    "Position",
    "SystemTime",
    "Ticker",
    "Trade",
    "WsClient",
    "__version__",
    "reset_log_cache",
]
