"""Type stubs of the native module okx_py._okx_py (generated regions are kept in sync
with the Rust endpoint table by a test; run `just stubs` to rewrite them)."""

from collections.abc import AsyncIterator, Iterator
from decimal import Decimal
from typing import Any, Literal, final, overload

from typing_extensions import Required, TypedDict

__all__ = [
    "AlgoOrder",
    "AsyncOkxClient",
    "Balance",
    "BalanceDetail",
    "Bill",
    "Candle",
    "Config",
    "Credentials",
    "Currency",
    "DepositAddress",
    "Fill",
    "FundingRate",
    "IndexTicker",
    "Instrument",
    "ItemError",
    "LiveOrderBook",
    "MarkPrice",
    "MockExchange",
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

__version__: str

def reset_log_cache() -> None:
    """Re-reads the levels of the `okx_py` loggers; call it after changing them with
    `logging` so that Rust-side records follow the new levels."""

@final
class Credentials:
    """An OKX API key with its secret and passphrase; repr and str never show the secret
    or the passphrase."""

    def __new__(cls, api_key: str, secret_key: str, passphrase: str) -> Credentials: ...
    @property
    def api_key(self) -> str:
        """The API key (public part of the credentials)."""

    def __eq__(self, other: object, /) -> bool: ...
    def __hash__(self) -> int: ...

@final
class Config:
    """Everything a client needs to reach OKX: credentials, live or demo, timeout, proxy, hosts."""

    def __new__(
        cls,
        credentials: Credentials | None = None,
        simulated: bool = False,
        timeout_secs: float = 30.0,
        proxy_url: str | None = None,
        rest_url: str | None = None,
        ws_public_url: str | None = None,
        ws_private_url: str | None = None,
        ws_business_url: str | None = None,
        rate_limit: Literal["wait", "fail_fast", "off"] = "wait",
        sub_account_order_limit: int = 1000,
        sync_clock: bool = True,
        order_expiry_secs: float = 5.0,
    ) -> Config: ...
    @property
    def credentials(self) -> Credentials | None:
        """The API credentials, or None for public endpoints only."""

    @property
    def simulated(self) -> bool:
        """True for OKX demo trading (adds `x-simulated-trading: 1`, selects demo hosts)."""

    @property
    def timeout_secs(self) -> float:
        """Per-request timeout in seconds."""

    @property
    def proxy_url(self) -> str | None:
        """The HTTP(S) proxy every REST request goes through, if any."""

    @property
    def rest_url(self) -> str | None:
        """The REST base URL override, if any."""

    @property
    def ws_public_url(self) -> str | None:
        """The public WebSocket URL override, if any."""

    @property
    def ws_private_url(self) -> str | None:
        """The private WebSocket URL override, if any."""

    @property
    def ws_business_url(self) -> str | None:
        """The business WebSocket URL override, if any."""

    @property
    def rate_limit(self) -> Literal["wait", "fail_fast", "off"]:
        """What a client does when a request would exceed OKX's rate limits: "wait",
        "fail_fast" or "off"."""

    @property
    def sub_account_order_limit(self) -> int:
        """New and amend orders allowed per 2 s for this account (OKX's sub-account limit)."""

    @property
    def sync_clock(self) -> bool:
        """True when clients measure OKX's clock and sign with it."""

    @property
    def order_expiry_secs(self) -> float:
        """Seconds an order request stays executable at OKX (its `expTime`); an attempt whose
        answer was lost is looked up by `clOrdId` once they have passed."""

    @property
    def effective_rest_url(self) -> str:
        """The REST base URL in effect (the override or OKX's host)."""

class OkxError(Exception):
    """Base class of every error okx-py raises."""

    code: str | None
    msg: str | None
    status: int | None
    items: list[ItemError]
    failed: list[ItemError]
    succeeded: list[OrderAck]

class OkxHttpError(OkxError):
    """Non-2xx answer, or no answer at all."""

class OkxRateLimitError(OkxHttpError):
    """HTTP 429, OKX code 50011 / 50061, or a request the client-side limiter refused before
    sending."""

    retry_after: float | None

class OkxApiError(OkxError):
    """OKX answered with a non-zero code."""

class OkxPartialFailureError(OkxApiError):
    """A batch partly failed: `succeeded` holds the items OKX accepted (their orders exist),
    `failed` (= `items`) the ones it refused."""

class OkxAuthError(OkxError):
    """OKX refused the credentials (501xx)."""

class OkxWebSocketError(OkxError):
    """A WebSocket failed beyond recovery."""

class OkxTimeoutError(OkxError):
    """No answer within Config.timeout_secs."""

class OkxBookNotSyncedError(OkxError):
    """A local order book was read while it is not synced (resyncing, stale or closed)."""

    book_status: str

@final
class ItemError:
    """One failed item of an order or batch answer."""

    @property
    def s_code(self) -> str:
        """OKX `sCode`."""

    @property
    def s_msg(self) -> str:
        """OKX `sMsg`."""

    @property
    def ord_id(self) -> str | None:
        """OKX `ordId`, when given."""

    @property
    def cl_ord_id(self) -> str | None:
        """OKX `clOrdId`, when given."""

    def __eq__(self, other: object, /) -> bool: ...
    def __ne__(self, other: object, /) -> bool: ...

# --- generated: types ---
@final
class Ticker:
    """Latest price, best bid/ask and 24 h statistics of one instrument."""

    @property
    def inst_type(self) -> str:
        """OKX `instType`."""

    @property
    def inst_id(self) -> str:
        """OKX `instId`."""

    @property
    def last(self) -> str:
        """OKX `last`."""

    @property
    def last_sz(self) -> str:
        """OKX `lastSz`."""

    @property
    def ask_px(self) -> str:
        """OKX `askPx`."""

    @property
    def ask_sz(self) -> str:
        """OKX `askSz`."""

    @property
    def bid_px(self) -> str:
        """OKX `bidPx`."""

    @property
    def bid_sz(self) -> str:
        """OKX `bidSz`."""

    @property
    def open24h(self) -> str:
        """OKX `open24h`."""

    @property
    def high24h(self) -> str:
        """OKX `high24h`."""

    @property
    def low24h(self) -> str:
        """OKX `low24h`."""

    @property
    def vol_ccy24h(self) -> str:
        """OKX `volCcy24h`."""

    @property
    def vol24h(self) -> str:
        """OKX `vol24h`."""

    @property
    def sod_utc0(self) -> str:
        """OKX `sodUtc0`."""

    @property
    def sod_utc8(self) -> str:
        """OKX `sodUtc8`."""

    @property
    def ts(self) -> str:
        """OKX `ts`."""

    def to_dict(self) -> dict[str, Any]:
        """The item as OKX sent it: official camelCase keys, values unchanged."""

    @property
    def latency(self) -> dict[str, int | None] | None:
        """How the answer this item came in was timed: `rtt_us` (the client's round trip),
        and OKX's `in_time` / `out_time` (Unix microseconds at its gateway) where the answer
        carried them; None when not recorded."""

    @staticmethod
    def _from_json(text: str) -> Ticker:
        """Decodes one item from OKX's JSON text."""

    def __eq__(self, other: object, /) -> bool: ...
    def __ne__(self, other: object, /) -> bool: ...

@final
class BalanceDetail:
    """One currency of the trading account's balance."""

    @property
    def ccy(self) -> str:
        """OKX `ccy`."""

    @property
    def eq(self) -> str:
        """OKX `eq`."""

    @property
    def cash_bal(self) -> str:
        """OKX `cashBal`."""

    @property
    def u_time(self) -> str:
        """OKX `uTime`."""

    @property
    def iso_eq(self) -> str:
        """OKX `isoEq`."""

    @property
    def avail_eq(self) -> str:
        """OKX `availEq`."""

    @property
    def dis_eq(self) -> str:
        """OKX `disEq`."""

    @property
    def fixed_bal(self) -> str:
        """OKX `fixedBal`."""

    @property
    def avail_bal(self) -> str:
        """OKX `availBal`."""

    @property
    def frozen_bal(self) -> str:
        """OKX `frozenBal`."""

    @property
    def ord_frozen(self) -> str:
        """OKX `ordFrozen`."""

    @property
    def liab(self) -> str:
        """OKX `liab`."""

    @property
    def upl(self) -> str:
        """OKX `upl`."""

    @property
    def upl_liab(self) -> str:
        """OKX `uplLiab`."""

    @property
    def cross_liab(self) -> str:
        """OKX `crossLiab`."""

    @property
    def iso_liab(self) -> str:
        """OKX `isoLiab`."""

    @property
    def mgn_ratio(self) -> str:
        """OKX `mgnRatio`."""

    @property
    def interest(self) -> str:
        """OKX `interest`."""

    @property
    def twap(self) -> str:
        """OKX `twap`."""

    @property
    def max_loan(self) -> str:
        """OKX `maxLoan`."""

    @property
    def eq_usd(self) -> str:
        """OKX `eqUsd`."""

    @property
    def borrow_froz(self) -> str:
        """OKX `borrowFroz`."""

    @property
    def notional_lever(self) -> str:
        """OKX `notionalLever`."""

    @property
    def stgy_eq(self) -> str:
        """OKX `stgyEq`."""

    @property
    def iso_upl(self) -> str:
        """OKX `isoUpl`."""

    @property
    def spot_in_use_amt(self) -> str:
        """OKX `spotInUseAmt`."""

    @property
    def spot_iso_bal(self) -> str:
        """OKX `spotIsoBal`."""

    @property
    def imr(self) -> str:
        """OKX `imr`."""

    @property
    def mmr(self) -> str:
        """OKX `mmr`."""

    @property
    def spot_bal(self) -> str:
        """OKX `spotBal`."""

    @property
    def open_avg_px(self) -> str:
        """OKX `openAvgPx`."""

    @property
    def acc_avg_px(self) -> str:
        """OKX `accAvgPx`."""

    @property
    def spot_upl(self) -> str:
        """OKX `spotUpl`."""

    @property
    def spot_upl_ratio(self) -> str:
        """OKX `spotUplRatio`."""

    @property
    def total_pnl(self) -> str:
        """OKX `totalPnl`."""

    @property
    def total_pnl_ratio(self) -> str:
        """OKX `totalPnlRatio`."""

    def to_dict(self) -> dict[str, Any]:
        """The item as OKX sent it: official camelCase keys, values unchanged."""

    @property
    def latency(self) -> dict[str, int | None] | None:
        """How the answer this item came in was timed: `rtt_us` (the client's round trip),
        and OKX's `in_time` / `out_time` (Unix microseconds at its gateway) where the answer
        carried them; None when not recorded."""

    @staticmethod
    def _from_json(text: str) -> BalanceDetail:
        """Decodes one item from OKX's JSON text."""

    def __eq__(self, other: object, /) -> bool: ...
    def __ne__(self, other: object, /) -> bool: ...

@final
class Balance:
    """The trading account's balance: totals plus one [`BalanceDetail`] per currency."""

    @property
    def u_time(self) -> str:
        """OKX `uTime`."""

    @property
    def total_eq(self) -> str:
        """OKX `totalEq`."""

    @property
    def iso_eq(self) -> str:
        """OKX `isoEq`."""

    @property
    def adj_eq(self) -> str:
        """OKX `adjEq`."""

    @property
    def avail_eq(self) -> str:
        """OKX `availEq`."""

    @property
    def ord_froz(self) -> str:
        """OKX `ordFroz`."""

    @property
    def imr(self) -> str:
        """OKX `imr`."""

    @property
    def mmr(self) -> str:
        """OKX `mmr`."""

    @property
    def borrow_froz(self) -> str:
        """OKX `borrowFroz`."""

    @property
    def mgn_ratio(self) -> str:
        """OKX `mgnRatio`."""

    @property
    def notional_usd(self) -> str:
        """OKX `notionalUsd`."""

    @property
    def notional_usd_for_borrow(self) -> str:
        """OKX `notionalUsdForBorrow`."""

    @property
    def notional_usd_for_swap(self) -> str:
        """OKX `notionalUsdForSwap`."""

    @property
    def notional_usd_for_futures(self) -> str:
        """OKX `notionalUsdForFutures`."""

    @property
    def notional_usd_for_option(self) -> str:
        """OKX `notionalUsdForOption`."""

    @property
    def upl(self) -> str:
        """OKX `upl`."""

    @property
    def details(self) -> list[BalanceDetail]:
        """One entry per item of OKX `details`."""

    def to_dict(self) -> dict[str, Any]:
        """The item as OKX sent it: official camelCase keys, values unchanged."""

    @property
    def latency(self) -> dict[str, int | None] | None:
        """How the answer this item came in was timed: `rtt_us` (the client's round trip),
        and OKX's `in_time` / `out_time` (Unix microseconds at its gateway) where the answer
        carried them; None when not recorded."""

    @staticmethod
    def _from_json(text: str) -> Balance:
        """Decodes one item from OKX's JSON text."""

    def __eq__(self, other: object, /) -> bool: ...
    def __ne__(self, other: object, /) -> bool: ...

@final
class Position:
    """An open position (margin, futures, swap or option)."""

    @property
    def inst_type(self) -> str:
        """OKX `instType`."""

    @property
    def mgn_mode(self) -> str:
        """OKX `mgnMode`."""

    @property
    def pos_id(self) -> str:
        """OKX `posId`."""

    @property
    def pos_side(self) -> str:
        """OKX `posSide`."""

    @property
    def pos(self) -> str:
        """OKX `pos`."""

    @property
    def base_bal(self) -> str:
        """OKX `baseBal`."""

    @property
    def quote_bal(self) -> str:
        """OKX `quoteBal`."""

    @property
    def pos_ccy(self) -> str:
        """OKX `posCcy`."""

    @property
    def avail_pos(self) -> str:
        """OKX `availPos`."""

    @property
    def avg_px(self) -> str:
        """OKX `avgPx`."""

    @property
    def mark_px(self) -> str:
        """OKX `markPx`."""

    @property
    def upl(self) -> str:
        """OKX `upl`."""

    @property
    def upl_ratio(self) -> str:
        """OKX `uplRatio`."""

    @property
    def upl_last_px(self) -> str:
        """OKX `uplLastPx`."""

    @property
    def upl_ratio_last_px(self) -> str:
        """OKX `uplRatioLastPx`."""

    @property
    def inst_id(self) -> str:
        """OKX `instId`."""

    @property
    def lever(self) -> str:
        """OKX `lever`."""

    @property
    def liq_px(self) -> str:
        """OKX `liqPx`."""

    @property
    def imr(self) -> str:
        """OKX `imr`."""

    @property
    def margin(self) -> str:
        """OKX `margin`."""

    @property
    def mgn_ratio(self) -> str:
        """OKX `mgnRatio`."""

    @property
    def mmr(self) -> str:
        """OKX `mmr`."""

    @property
    def liab(self) -> str:
        """OKX `liab`."""

    @property
    def liab_ccy(self) -> str:
        """OKX `liabCcy`."""

    @property
    def interest(self) -> str:
        """OKX `interest`."""

    @property
    def trade_id(self) -> str:
        """OKX `tradeId`."""

    @property
    def opt_val(self) -> str:
        """OKX `optVal`."""

    @property
    def notional_usd(self) -> str:
        """OKX `notionalUsd`."""

    @property
    def adl(self) -> str:
        """OKX `adl`."""

    @property
    def ccy(self) -> str:
        """OKX `ccy`."""

    @property
    def last(self) -> str:
        """OKX `last`."""

    @property
    def idx_px(self) -> str:
        """OKX `idxPx`."""

    @property
    def usd_px(self) -> str:
        """OKX `usdPx`."""

    @property
    def be_px(self) -> str:
        """OKX `bePx`."""

    @property
    def realized_pnl(self) -> str:
        """OKX `realizedPnl`."""

    @property
    def pnl(self) -> str:
        """OKX `pnl`."""

    @property
    def fee(self) -> str:
        """OKX `fee`."""

    @property
    def funding_fee(self) -> str:
        """OKX `fundingFee`."""

    @property
    def liq_penalty(self) -> str:
        """OKX `liqPenalty`."""

    @property
    def c_time(self) -> str:
        """OKX `cTime`."""

    @property
    def u_time(self) -> str:
        """OKX `uTime`."""

    def to_dict(self) -> dict[str, Any]:
        """The item as OKX sent it: official camelCase keys, values unchanged."""

    @property
    def latency(self) -> dict[str, int | None] | None:
        """How the answer this item came in was timed: `rtt_us` (the client's round trip),
        and OKX's `in_time` / `out_time` (Unix microseconds at its gateway) where the answer
        carried them; None when not recorded."""

    @staticmethod
    def _from_json(text: str) -> Position:
        """Decodes one item from OKX's JSON text."""

    def __eq__(self, other: object, /) -> bool: ...
    def __ne__(self, other: object, /) -> bool: ...

@final
class Order:
    """An order with its state and fills so far."""

    @property
    def inst_type(self) -> str:
        """OKX `instType`."""

    @property
    def inst_id(self) -> str:
        """OKX `instId`."""

    @property
    def tgt_ccy(self) -> str:
        """OKX `tgtCcy`."""

    @property
    def ccy(self) -> str:
        """OKX `ccy`."""

    @property
    def ord_id(self) -> str:
        """OKX `ordId`."""

    @property
    def cl_ord_id(self) -> str:
        """OKX `clOrdId`."""

    @property
    def tag(self) -> str:
        """OKX `tag`."""

    @property
    def px(self) -> str:
        """OKX `px`."""

    @property
    def px_usd(self) -> str:
        """OKX `pxUsd`."""

    @property
    def px_vol(self) -> str:
        """OKX `pxVol`."""

    @property
    def px_type(self) -> str:
        """OKX `pxType`."""

    @property
    def sz(self) -> str:
        """OKX `sz`."""

    @property
    def pnl(self) -> str:
        """OKX `pnl`."""

    @property
    def ord_type(self) -> str:
        """OKX `ordType`."""

    @property
    def side(self) -> str:
        """OKX `side`."""

    @property
    def pos_side(self) -> str:
        """OKX `posSide`."""

    @property
    def td_mode(self) -> str:
        """OKX `tdMode`."""

    @property
    def acc_fill_sz(self) -> str:
        """OKX `accFillSz`."""

    @property
    def fill_px(self) -> str:
        """OKX `fillPx`."""

    @property
    def trade_id(self) -> str:
        """OKX `tradeId`."""

    @property
    def fill_sz(self) -> str:
        """OKX `fillSz`."""

    @property
    def fill_time(self) -> str:
        """OKX `fillTime`."""

    @property
    def avg_px(self) -> str:
        """OKX `avgPx`."""

    @property
    def state(self) -> str:
        """OKX `state`."""

    @property
    def stp_id(self) -> str:
        """OKX `stpId`."""

    @property
    def stp_mode(self) -> str:
        """OKX `stpMode`."""

    @property
    def lever(self) -> str:
        """OKX `lever`."""

    @property
    def fee_ccy(self) -> str:
        """OKX `feeCcy`."""

    @property
    def fee(self) -> str:
        """OKX `fee`."""

    @property
    def rebate_ccy(self) -> str:
        """OKX `rebateCcy`."""

    @property
    def rebate(self) -> str:
        """OKX `rebate`."""

    @property
    def source(self) -> str:
        """OKX `source`."""

    @property
    def category(self) -> str:
        """OKX `category`."""

    @property
    def reduce_only(self) -> str:
        """OKX `reduceOnly`."""

    @property
    def cancel_source(self) -> str:
        """OKX `cancelSource`."""

    @property
    def cancel_source_reason(self) -> str:
        """OKX `cancelSourceReason`."""

    @property
    def quick_mgn_type(self) -> str:
        """OKX `quickMgnType`."""

    @property
    def algo_cl_ord_id(self) -> str:
        """OKX `algoClOrdId`."""

    @property
    def algo_id(self) -> str:
        """OKX `algoId`."""

    @property
    def u_time(self) -> str:
        """OKX `uTime`."""

    @property
    def c_time(self) -> str:
        """OKX `cTime`."""

    def to_dict(self) -> dict[str, Any]:
        """The item as OKX sent it: official camelCase keys, values unchanged."""

    @property
    def latency(self) -> dict[str, int | None] | None:
        """How the answer this item came in was timed: `rtt_us` (the client's round trip),
        and OKX's `in_time` / `out_time` (Unix microseconds at its gateway) where the answer
        carried them; None when not recorded."""

    @staticmethod
    def _from_json(text: str) -> Order:
        """Decodes one item from OKX's JSON text."""

    def __eq__(self, other: object, /) -> bool: ...
    def __ne__(self, other: object, /) -> bool: ...

@final
class OrderAck:
    """The answer to placing, amending or cancelling one order (`sCode` "0" on success)."""

    @property
    def ord_id(self) -> str:
        """OKX `ordId`."""

    @property
    def cl_ord_id(self) -> str:
        """OKX `clOrdId`."""

    @property
    def tag(self) -> str:
        """OKX `tag`."""

    @property
    def ts(self) -> str:
        """OKX `ts`."""

    @property
    def req_id(self) -> str:
        """OKX `reqId`."""

    @property
    def s_code(self) -> str:
        """OKX `sCode`."""

    @property
    def s_msg(self) -> str:
        """OKX `sMsg`."""

    def to_dict(self) -> dict[str, Any]:
        """The item as OKX sent it: official camelCase keys, values unchanged."""

    @property
    def latency(self) -> dict[str, int | None] | None:
        """How the answer this item came in was timed: `rtt_us` (the client's round trip),
        and OKX's `in_time` / `out_time` (Unix microseconds at its gateway) where the answer
        carried them; None when not recorded."""

    @staticmethod
    def _from_json(text: str) -> OrderAck:
        """Decodes one item from OKX's JSON text."""

    def __eq__(self, other: object, /) -> bool: ...
    def __ne__(self, other: object, /) -> bool: ...

@final
class Instrument:
    """A tradable instrument and its trading rules."""

    @property
    def inst_type(self) -> str:
        """OKX `instType`."""

    @property
    def inst_id(self) -> str:
        """OKX `instId`."""

    @property
    def inst_family(self) -> str:
        """OKX `instFamily`."""

    @property
    def uly(self) -> str:
        """OKX `uly`."""

    @property
    def base_ccy(self) -> str:
        """OKX `baseCcy`."""

    @property
    def quote_ccy(self) -> str:
        """OKX `quoteCcy`."""

    @property
    def settle_ccy(self) -> str:
        """OKX `settleCcy`."""

    @property
    def ct_val(self) -> str:
        """OKX `ctVal`."""

    @property
    def ct_mult(self) -> str:
        """OKX `ctMult`."""

    @property
    def ct_val_ccy(self) -> str:
        """OKX `ctValCcy`."""

    @property
    def ct_type(self) -> str:
        """OKX `ctType`."""

    @property
    def opt_type(self) -> str:
        """OKX `optType`."""

    @property
    def stk(self) -> str:
        """OKX `stk`."""

    @property
    def list_time(self) -> str:
        """OKX `listTime`."""

    @property
    def exp_time(self) -> str:
        """OKX `expTime`."""

    @property
    def lever(self) -> str:
        """OKX `lever`."""

    @property
    def tick_sz(self) -> str:
        """OKX `tickSz`."""

    @property
    def lot_sz(self) -> str:
        """OKX `lotSz`."""

    @property
    def min_sz(self) -> str:
        """OKX `minSz`."""

    @property
    def max_lmt_sz(self) -> str:
        """OKX `maxLmtSz`."""

    @property
    def max_mkt_sz(self) -> str:
        """OKX `maxMktSz`."""

    @property
    def max_lmt_amt(self) -> str:
        """OKX `maxLmtAmt`."""

    @property
    def max_mkt_amt(self) -> str:
        """OKX `maxMktAmt`."""

    @property
    def state(self) -> str:
        """OKX `state`."""

    @property
    def rule_type(self) -> str:
        """OKX `ruleType`."""

    @property
    def alias(self) -> str:
        """OKX `alias`."""

    @property
    def category(self) -> str:
        """OKX `category`."""

    @property
    def inst_id_code(self) -> str:
        """OKX `instIdCode`."""

    def to_dict(self) -> dict[str, Any]:
        """The item as OKX sent it: official camelCase keys, values unchanged."""

    @property
    def latency(self) -> dict[str, int | None] | None:
        """How the answer this item came in was timed: `rtt_us` (the client's round trip),
        and OKX's `in_time` / `out_time` (Unix microseconds at its gateway) where the answer
        carried them; None when not recorded."""

    @staticmethod
    def _from_json(text: str) -> Instrument:
        """Decodes one item from OKX's JSON text."""

    def __eq__(self, other: object, /) -> bool: ...
    def __ne__(self, other: object, /) -> bool: ...

@final
class Trade:
    """One public trade."""

    @property
    def inst_id(self) -> str:
        """OKX `instId`."""

    @property
    def trade_id(self) -> str:
        """OKX `tradeId`."""

    @property
    def px(self) -> str:
        """OKX `px`."""

    @property
    def sz(self) -> str:
        """OKX `sz`."""

    @property
    def side(self) -> str:
        """OKX `side`."""

    @property
    def count(self) -> str:
        """OKX `count`."""

    @property
    def source(self) -> str:
        """OKX `source`."""

    @property
    def ts(self) -> str:
        """OKX `ts`."""

    def to_dict(self) -> dict[str, Any]:
        """The item as OKX sent it: official camelCase keys, values unchanged."""

    @property
    def latency(self) -> dict[str, int | None] | None:
        """How the answer this item came in was timed: `rtt_us` (the client's round trip),
        and OKX's `in_time` / `out_time` (Unix microseconds at its gateway) where the answer
        carried them; None when not recorded."""

    @staticmethod
    def _from_json(text: str) -> Trade:
        """Decodes one item from OKX's JSON text."""

    def __eq__(self, other: object, /) -> bool: ...
    def __ne__(self, other: object, /) -> bool: ...

@final
class IndexTicker:
    """An index price (OKX docs: Get index tickers)."""

    @property
    def inst_id(self) -> str:
        """OKX `instId`."""

    @property
    def idx_px(self) -> str:
        """OKX `idxPx`."""

    @property
    def high24h(self) -> str:
        """OKX `high24h`."""

    @property
    def low24h(self) -> str:
        """OKX `low24h`."""

    @property
    def open24h(self) -> str:
        """OKX `open24h`."""

    @property
    def sod_utc0(self) -> str:
        """OKX `sodUtc0`."""

    @property
    def sod_utc8(self) -> str:
        """OKX `sodUtc8`."""

    @property
    def ts(self) -> str:
        """OKX `ts`."""

    def to_dict(self) -> dict[str, Any]:
        """The item as OKX sent it: official camelCase keys, values unchanged."""

    @property
    def latency(self) -> dict[str, int | None] | None:
        """How the answer this item came in was timed: `rtt_us` (the client's round trip),
        and OKX's `in_time` / `out_time` (Unix microseconds at its gateway) where the answer
        carried them; None when not recorded."""

    @staticmethod
    def _from_json(text: str) -> IndexTicker:
        """Decodes one item from OKX's JSON text."""

    def __eq__(self, other: object, /) -> bool: ...
    def __ne__(self, other: object, /) -> bool: ...

@final
class SystemTime:
    """OKX's clock (OKX docs: Get system time)."""

    @property
    def ts(self) -> str:
        """OKX `ts`."""

    def to_dict(self) -> dict[str, Any]:
        """The item as OKX sent it: official camelCase keys, values unchanged."""

    @property
    def latency(self) -> dict[str, int | None] | None:
        """How the answer this item came in was timed: `rtt_us` (the client's round trip),
        and OKX's `in_time` / `out_time` (Unix microseconds at its gateway) where the answer
        carried them; None when not recorded."""

    @staticmethod
    def _from_json(text: str) -> SystemTime:
        """Decodes one item from OKX's JSON text."""

    def __eq__(self, other: object, /) -> bool: ...
    def __ne__(self, other: object, /) -> bool: ...

@final
class Fill:
    """One fill of an own order (OKX docs: Get transaction details)."""

    @property
    def inst_type(self) -> str:
        """OKX `instType`."""

    @property
    def inst_id(self) -> str:
        """OKX `instId`."""

    @property
    def trade_id(self) -> str:
        """OKX `tradeId`."""

    @property
    def ord_id(self) -> str:
        """OKX `ordId`."""

    @property
    def cl_ord_id(self) -> str:
        """OKX `clOrdId`."""

    @property
    def bill_id(self) -> str:
        """OKX `billId`."""

    @property
    def sub_type(self) -> str:
        """OKX `subType`."""

    @property
    def tag(self) -> str:
        """OKX `tag`."""

    @property
    def fill_px(self) -> str:
        """OKX `fillPx`."""

    @property
    def fill_sz(self) -> str:
        """OKX `fillSz`."""

    @property
    def fill_idx_px(self) -> str:
        """OKX `fillIdxPx`."""

    @property
    def fill_pnl(self) -> str:
        """OKX `fillPnl`."""

    @property
    def fill_px_vol(self) -> str:
        """OKX `fillPxVol`."""

    @property
    def fill_px_usd(self) -> str:
        """OKX `fillPxUsd`."""

    @property
    def fill_mark_vol(self) -> str:
        """OKX `fillMarkVol`."""

    @property
    def fill_fwd_px(self) -> str:
        """OKX `fillFwdPx`."""

    @property
    def fill_mark_px(self) -> str:
        """OKX `fillMarkPx`."""

    @property
    def side(self) -> str:
        """OKX `side`."""

    @property
    def pos_side(self) -> str:
        """OKX `posSide`."""

    @property
    def exec_type(self) -> str:
        """OKX `execType`."""

    @property
    def fee_ccy(self) -> str:
        """OKX `feeCcy`."""

    @property
    def fee(self) -> str:
        """OKX `fee`."""

    @property
    def fee_rate(self) -> str:
        """OKX `feeRate`."""

    @property
    def trade_quote_ccy(self) -> str:
        """OKX `tradeQuoteCcy`."""

    @property
    def fill_time(self) -> str:
        """OKX `fillTime`."""

    @property
    def ts(self) -> str:
        """OKX `ts`."""

    def to_dict(self) -> dict[str, Any]:
        """The item as OKX sent it: official camelCase keys, values unchanged."""

    @property
    def latency(self) -> dict[str, int | None] | None:
        """How the answer this item came in was timed: `rtt_us` (the client's round trip),
        and OKX's `in_time` / `out_time` (Unix microseconds at its gateway) where the answer
        carried them; None when not recorded."""

    @staticmethod
    def _from_json(text: str) -> Fill:
        """Decodes one item from OKX's JSON text."""

    def __eq__(self, other: object, /) -> bool: ...
    def __ne__(self, other: object, /) -> bool: ...

@final
class AlgoOrder:
    """An algo order (trigger, conditional, OCO, trailing, ...) with its state."""

    @property
    def inst_type(self) -> str:
        """OKX `instType`."""

    @property
    def inst_id(self) -> str:
        """OKX `instId`."""

    @property
    def ccy(self) -> str:
        """OKX `ccy`."""

    @property
    def ord_id(self) -> str:
        """OKX `ordId`."""

    @property
    def algo_id(self) -> str:
        """OKX `algoId`."""

    @property
    def cl_ord_id(self) -> str:
        """OKX `clOrdId`."""

    @property
    def algo_cl_ord_id(self) -> str:
        """OKX `algoClOrdId`."""

    @property
    def sz(self) -> str:
        """OKX `sz`."""

    @property
    def close_fraction(self) -> str:
        """OKX `closeFraction`."""

    @property
    def ord_type(self) -> str:
        """OKX `ordType`."""

    @property
    def side(self) -> str:
        """OKX `side`."""

    @property
    def pos_side(self) -> str:
        """OKX `posSide`."""

    @property
    def td_mode(self) -> str:
        """OKX `tdMode`."""

    @property
    def tgt_ccy(self) -> str:
        """OKX `tgtCcy`."""

    @property
    def state(self) -> str:
        """OKX `state`."""

    @property
    def lever(self) -> str:
        """OKX `lever`."""

    @property
    def tp_trigger_px(self) -> str:
        """OKX `tpTriggerPx`."""

    @property
    def tp_trigger_px_type(self) -> str:
        """OKX `tpTriggerPxType`."""

    @property
    def tp_ord_px(self) -> str:
        """OKX `tpOrdPx`."""

    @property
    def sl_trigger_px(self) -> str:
        """OKX `slTriggerPx`."""

    @property
    def sl_trigger_px_type(self) -> str:
        """OKX `slTriggerPxType`."""

    @property
    def sl_ord_px(self) -> str:
        """OKX `slOrdPx`."""

    @property
    def trigger_px(self) -> str:
        """OKX `triggerPx`."""

    @property
    def trigger_px_type(self) -> str:
        """OKX `triggerPxType`."""

    @property
    def ord_px(self) -> str:
        """OKX `ordPx`."""

    @property
    def actual_sz(self) -> str:
        """OKX `actualSz`."""

    @property
    def actual_px(self) -> str:
        """OKX `actualPx`."""

    @property
    def actual_side(self) -> str:
        """OKX `actualSide`."""

    @property
    def trigger_time(self) -> str:
        """OKX `triggerTime`."""

    @property
    def px_var(self) -> str:
        """OKX `pxVar`."""

    @property
    def px_spread(self) -> str:
        """OKX `pxSpread`."""

    @property
    def sz_limit(self) -> str:
        """OKX `szLimit`."""

    @property
    def px_limit(self) -> str:
        """OKX `pxLimit`."""

    @property
    def tag(self) -> str:
        """OKX `tag`."""

    @property
    def time_interval(self) -> str:
        """OKX `timeInterval`."""

    @property
    def callback_ratio(self) -> str:
        """OKX `callbackRatio`."""

    @property
    def callback_spread(self) -> str:
        """OKX `callbackSpread`."""

    @property
    def active_px(self) -> str:
        """OKX `activePx`."""

    @property
    def move_trigger_px(self) -> str:
        """OKX `moveTriggerPx`."""

    @property
    def reduce_only(self) -> str:
        """OKX `reduceOnly`."""

    @property
    def quick_mgn_type(self) -> str:
        """OKX `quickMgnType`."""

    @property
    def last(self) -> str:
        """OKX `last`."""

    @property
    def fail_code(self) -> str:
        """OKX `failCode`."""

    @property
    def amend_px_on_trigger_type(self) -> str:
        """OKX `amendPxOnTriggerType`."""

    @property
    def is_trade_borrow_mode(self) -> str:
        """OKX `isTradeBorrowMode`."""

    @property
    def chase_type(self) -> str:
        """OKX `chaseType`."""

    @property
    def chase_val(self) -> str:
        """OKX `chaseVal`."""

    @property
    def max_chase_type(self) -> str:
        """OKX `maxChaseType`."""

    @property
    def max_chase_val(self) -> str:
        """OKX `maxChaseVal`."""

    @property
    def trade_quote_ccy(self) -> str:
        """OKX `tradeQuoteCcy`."""

    @property
    def c_time(self) -> str:
        """OKX `cTime`."""

    @property
    def u_time(self) -> str:
        """OKX `uTime`."""

    def to_dict(self) -> dict[str, Any]:
        """The item as OKX sent it: official camelCase keys, values unchanged."""

    @property
    def latency(self) -> dict[str, int | None] | None:
        """How the answer this item came in was timed: `rtt_us` (the client's round trip),
        and OKX's `in_time` / `out_time` (Unix microseconds at its gateway) where the answer
        carried them; None when not recorded."""

    @staticmethod
    def _from_json(text: str) -> AlgoOrder:
        """Decodes one item from OKX's JSON text."""

    def __eq__(self, other: object, /) -> bool: ...
    def __ne__(self, other: object, /) -> bool: ...

@final
class FundingRate:
    """The current and next funding rate of one perpetual swap (OKX docs: Get funding rate)."""

    @property
    def inst_type(self) -> str:
        """OKX `instType`."""

    @property
    def inst_id(self) -> str:
        """OKX `instId`."""

    @property
    def method(self) -> str:
        """OKX `method`."""

    @property
    def formula_type(self) -> str:
        """OKX `formulaType`."""

    @property
    def funding_rate(self) -> str:
        """OKX `fundingRate`."""

    @property
    def next_funding_rate(self) -> str:
        """OKX `nextFundingRate`."""

    @property
    def funding_time(self) -> str:
        """OKX `fundingTime`."""

    @property
    def next_funding_time(self) -> str:
        """OKX `nextFundingTime`."""

    @property
    def min_funding_rate(self) -> str:
        """OKX `minFundingRate`."""

    @property
    def max_funding_rate(self) -> str:
        """OKX `maxFundingRate`."""

    @property
    def interest_rate(self) -> str:
        """OKX `interestRate`."""

    @property
    def impact_value(self) -> str:
        """OKX `impactValue`."""

    @property
    def premium(self) -> str:
        """OKX `premium`."""

    @property
    def sett_state(self) -> str:
        """OKX `settState`."""

    @property
    def sett_funding_rate(self) -> str:
        """OKX `settFundingRate`."""

    @property
    def realized_rate(self) -> str:
        """OKX `realizedRate`."""

    @property
    def ts(self) -> str:
        """OKX `ts`."""

    def to_dict(self) -> dict[str, Any]:
        """The item as OKX sent it: official camelCase keys, values unchanged."""

    @property
    def latency(self) -> dict[str, int | None] | None:
        """How the answer this item came in was timed: `rtt_us` (the client's round trip),
        and OKX's `in_time` / `out_time` (Unix microseconds at its gateway) where the answer
        carried them; None when not recorded."""

    @staticmethod
    def _from_json(text: str) -> FundingRate:
        """Decodes one item from OKX's JSON text."""

    def __eq__(self, other: object, /) -> bool: ...
    def __ne__(self, other: object, /) -> bool: ...

@final
class MarkPrice:
    """The mark price of one instrument (OKX docs: Get mark price)."""

    @property
    def inst_type(self) -> str:
        """OKX `instType`."""

    @property
    def inst_id(self) -> str:
        """OKX `instId`."""

    @property
    def mark_px(self) -> str:
        """OKX `markPx`."""

    @property
    def ts(self) -> str:
        """OKX `ts`."""

    def to_dict(self) -> dict[str, Any]:
        """The item as OKX sent it: official camelCase keys, values unchanged."""

    @property
    def latency(self) -> dict[str, int | None] | None:
        """How the answer this item came in was timed: `rtt_us` (the client's round trip),
        and OKX's `in_time` / `out_time` (Unix microseconds at its gateway) where the answer
        carried them; None when not recorded."""

    @staticmethod
    def _from_json(text: str) -> MarkPrice:
        """Decodes one item from OKX's JSON text."""

    def __eq__(self, other: object, /) -> bool: ...
    def __ne__(self, other: object, /) -> bool: ...

@final
class Bill:
    """One change of the trading account's balance (OKX docs: Get bills details)."""

    @property
    def inst_type(self) -> str:
        """OKX `instType`."""

    @property
    def bill_id(self) -> str:
        """OKX `billId`."""

    @property
    def type_(self) -> str:
        """OKX `type`."""

    @property
    def sub_type(self) -> str:
        """OKX `subType`."""

    @property
    def ts(self) -> str:
        """OKX `ts`."""

    @property
    def bal_chg(self) -> str:
        """OKX `balChg`."""

    @property
    def pos_bal_chg(self) -> str:
        """OKX `posBalChg`."""

    @property
    def bal(self) -> str:
        """OKX `bal`."""

    @property
    def pos_bal(self) -> str:
        """OKX `posBal`."""

    @property
    def sz(self) -> str:
        """OKX `sz`."""

    @property
    def px(self) -> str:
        """OKX `px`."""

    @property
    def ccy(self) -> str:
        """OKX `ccy`."""

    @property
    def pnl(self) -> str:
        """OKX `pnl`."""

    @property
    def fee(self) -> str:
        """OKX `fee`."""

    @property
    def earn_amt(self) -> str:
        """OKX `earnAmt`."""

    @property
    def earn_apr(self) -> str:
        """OKX `earnApr`."""

    @property
    def mgn_mode(self) -> str:
        """OKX `mgnMode`."""

    @property
    def inst_id(self) -> str:
        """OKX `instId`."""

    @property
    def ord_id(self) -> str:
        """OKX `ordId`."""

    @property
    def cl_ord_id(self) -> str:
        """OKX `clOrdId`."""

    @property
    def exec_type(self) -> str:
        """OKX `execType`."""

    @property
    def from_(self) -> str:
        """OKX `from`."""

    @property
    def to(self) -> str:
        """OKX `to`."""

    @property
    def notes(self) -> str:
        """OKX `notes`."""

    @property
    def interest(self) -> str:
        """OKX `interest`."""

    @property
    def tag(self) -> str:
        """OKX `tag`."""

    @property
    def fill_time(self) -> str:
        """OKX `fillTime`."""

    @property
    def trade_id(self) -> str:
        """OKX `tradeId`."""

    @property
    def fill_idx_px(self) -> str:
        """OKX `fillIdxPx`."""

    @property
    def fill_mark_px(self) -> str:
        """OKX `fillMarkPx`."""

    @property
    def fill_px_vol(self) -> str:
        """OKX `fillPxVol`."""

    @property
    def fill_px_usd(self) -> str:
        """OKX `fillPxUsd`."""

    @property
    def fill_mark_vol(self) -> str:
        """OKX `fillMarkVol`."""

    @property
    def fill_fwd_px(self) -> str:
        """OKX `fillFwdPx`."""

    def to_dict(self) -> dict[str, Any]:
        """The item as OKX sent it: official camelCase keys, values unchanged."""

    @property
    def latency(self) -> dict[str, int | None] | None:
        """How the answer this item came in was timed: `rtt_us` (the client's round trip),
        and OKX's `in_time` / `out_time` (Unix microseconds at its gateway) where the answer
        carried them; None when not recorded."""

    @staticmethod
    def _from_json(text: str) -> Bill:
        """Decodes one item from OKX's JSON text."""

    def __eq__(self, other: object, /) -> bool: ...
    def __ne__(self, other: object, /) -> bool: ...

@final
class DepositAddress:
    """One deposit address of a currency on one chain (OKX docs: Get deposit address)."""

    @property
    def ccy(self) -> str:
        """OKX `ccy`."""

    @property
    def chain(self) -> str:
        """OKX `chain`."""

    @property
    def addr(self) -> str:
        """OKX `addr`."""

    @property
    def tag(self) -> str:
        """OKX `tag`."""

    @property
    def memo(self) -> str:
        """OKX `memo`."""

    @property
    def pmt_id(self) -> str:
        """OKX `pmtId`."""

    @property
    def ct_addr(self) -> str:
        """OKX `ctAddr`."""

    @property
    def to(self) -> str:
        """OKX `to`."""

    @property
    def selected(self) -> str:
        """OKX `selected`."""

    @property
    def verified_name(self) -> str:
        """OKX `verifiedName`."""

    def to_dict(self) -> dict[str, Any]:
        """The item as OKX sent it: official camelCase keys, values unchanged."""

    @property
    def latency(self) -> dict[str, int | None] | None:
        """How the answer this item came in was timed: `rtt_us` (the client's round trip),
        and OKX's `in_time` / `out_time` (Unix microseconds at its gateway) where the answer
        carried them; None when not recorded."""

    @staticmethod
    def _from_json(text: str) -> DepositAddress:
        """Decodes one item from OKX's JSON text."""

    def __eq__(self, other: object, /) -> bool: ...
    def __ne__(self, other: object, /) -> bool: ...

@final
class Currency:
    """A currency on one chain and its deposit/withdrawal rules (OKX docs: Get currencies)."""

    @property
    def ccy(self) -> str:
        """OKX `ccy`."""

    @property
    def name(self) -> str:
        """OKX `name`."""

    @property
    def logo_link(self) -> str:
        """OKX `logoLink`."""

    @property
    def chain(self) -> str:
        """OKX `chain`."""

    @property
    def ct_addr(self) -> str:
        """OKX `ctAddr`."""

    @property
    def can_dep(self) -> str:
        """OKX `canDep`."""

    @property
    def can_wd(self) -> str:
        """OKX `canWd`."""

    @property
    def can_internal(self) -> str:
        """OKX `canInternal`."""

    @property
    def dep_est_open_time(self) -> str:
        """OKX `depEstOpenTime`."""

    @property
    def wd_est_open_time(self) -> str:
        """OKX `wdEstOpenTime`."""

    @property
    def min_dep(self) -> str:
        """OKX `minDep`."""

    @property
    def min_wd(self) -> str:
        """OKX `minWd`."""

    @property
    def min_internal(self) -> str:
        """OKX `minInternal`."""

    @property
    def min_fee(self) -> str:
        """OKX `minFee`."""

    @property
    def max_fee(self) -> str:
        """OKX `maxFee`."""

    @property
    def min_fee_for_ct_addr(self) -> str:
        """OKX `minFeeForCtAddr`."""

    @property
    def max_fee_for_ct_addr(self) -> str:
        """OKX `maxFeeForCtAddr`."""

    @property
    def burning_fee_rate(self) -> str:
        """OKX `burningFeeRate`."""

    @property
    def fee(self) -> str:
        """OKX `fee`."""

    @property
    def max_wd(self) -> str:
        """OKX `maxWd`."""

    @property
    def wd_tick_sz(self) -> str:
        """OKX `wdTickSz`."""

    @property
    def wd_quota(self) -> str:
        """OKX `wdQuota`."""

    @property
    def used_wd_quota(self) -> str:
        """OKX `usedWdQuota`."""

    @property
    def min_wd_unlock_confirm(self) -> str:
        """OKX `minWdUnlockConfirm`."""

    @property
    def min_dep_arrival_confirm(self) -> str:
        """OKX `minDepArrivalConfirm`."""

    @property
    def main_net(self) -> str:
        """OKX `mainNet`."""

    @property
    def need_tag(self) -> str:
        """OKX `needTag`."""

    @property
    def dep_quota_fixed(self) -> str:
        """OKX `depQuotaFixed`."""

    @property
    def used_dep_quota_fixed(self) -> str:
        """OKX `usedDepQuotaFixed`."""

    @property
    def dep_quote_daily_layer2(self) -> str:
        """OKX `depQuoteDailyLayer2`."""

    @property
    def stablecoin_daily_quota(self) -> str:
        """OKX `stablecoinDailyQuota`."""

    @property
    def stablecoin_monthly_quota(self) -> str:
        """OKX `stablecoinMonthlyQuota`."""

    @property
    def used_stablecoin_daily_quota(self) -> str:
        """OKX `usedStablecoinDailyQuota`."""

    @property
    def used_stablecoin_monthly_quota(self) -> str:
        """OKX `usedStablecoinMonthlyQuota`."""

    def to_dict(self) -> dict[str, Any]:
        """The item as OKX sent it: official camelCase keys, values unchanged."""

    @property
    def latency(self) -> dict[str, int | None] | None:
        """How the answer this item came in was timed: `rtt_us` (the client's round trip),
        and OKX's `in_time` / `out_time` (Unix microseconds at its gateway) where the answer
        carried them; None when not recorded."""

    @staticmethod
    def _from_json(text: str) -> Currency:
        """Decodes one item from OKX's JSON text."""

    def __eq__(self, other: object, /) -> bool: ...
    def __ne__(self, other: object, /) -> bool: ...

class _AmendBatchOrdersItem(TypedDict, total=False):
    """One item of `amend_batch_orders(orders)`."""

    inst_id: Required[str]
    cxl_on_fail: bool | None
    ord_id: str | None
    cl_ord_id: str | None
    req_id: str | None
    new_sz: str | int | float | Decimal | None
    new_px: str | int | float | Decimal | None
    speed_bump: str | None
    new_px_usd: str | int | float | Decimal | None
    new_px_vol: str | int | float | Decimal | None
    px_amend_type: str | None
    attach_algo_ords: list[dict[str, Any]] | None
    rpi_taker_access: str | None
    rpi_px_round: str | None

class _PlaceBatchOrdersItem(TypedDict, total=False):
    """One item of `place_batch_orders(orders)`."""

    inst_id: Required[str]
    td_mode: Required[str]
    side: Required[str]
    ord_type: Required[str]
    sz: Required[str | int | float | Decimal]
    ccy: str | None
    cl_ord_id: str | None
    tag: str | None
    pos_side: str | None
    px: str | int | float | Decimal | None
    speed_bump: str | None
    outcome: str | None
    px_usd: str | int | float | Decimal | None
    px_vol: str | int | float | Decimal | None
    reduce_only: bool | None
    tgt_ccy: str | None
    ban_amend: bool | None
    px_amend_type: str | None
    trade_quote_ccy: str | None
    slippage_pct: str | int | float | Decimal | None
    stp_mode: str | None
    rpi_taker_access: str | None
    rpi_px_round: str | None
    attach_algo_ords: list[dict[str, Any]] | None

class _CancelBatchOrdersItem(TypedDict, total=False):
    """One item of `cancel_batch_orders(orders)`."""

    inst_id: Required[str]
    ord_id: str | None
    cl_ord_id: str | None

class _CancelAlgoOrdersItem(TypedDict, total=False):
    """One item of `cancel_algo_orders(orders)`."""

    inst_id: Required[str]
    algo_id: str | None
    algo_cl_ord_id: str | None

class _StopGridAlgoOrderItem(TypedDict, total=False):
    """One item of `stop_grid_algo_order(bots)`."""

    algo_id: Required[str]
    inst_id: Required[str]
    algo_ord_type: Required[str]
    stop_type: Required[str]

class _StopRecurringBuyOrderItem(TypedDict, total=False):
    """One item of `stop_recurring_buy_order(bots)`."""

    algo_id: Required[str]

class _CancelSignalBotsItem(TypedDict, total=False):
    """One item of `cancel_signal_bots(bots)`."""

    algo_id: Required[str]

class _SetQuoteProductsItem(TypedDict, total=False):
    """One item of `set_quote_products(settings)`."""

    inst_type: Required[str]
    data: Required[list[dict[str, Any]]]
    include_all: bool | None

# --- end generated: types ---

@final
class OrderBook:
    """An order book snapshot from `GET /api/v5/market/books`."""

    @property
    def asks(self) -> list[tuple[str, str, str]]:
        """Asks, best (lowest) first: (price, size, orders)."""

    @property
    def bids(self) -> list[tuple[str, str, str]]:
        """Bids, best (highest) first: (price, size, orders)."""

    @property
    def ts(self) -> str:
        """Snapshot time, Unix milliseconds."""

    @property
    def seq_id(self) -> int | None:
        """OKX `seqId`, where the answer carries one."""

    @property
    def best_ask(self) -> tuple[str, str, str] | None:
        """The best ask as (price, size, orders), or None when the side is empty."""

    @property
    def best_bid(self) -> tuple[str, str, str] | None:
        """The best bid as (price, size, orders), or None when the side is empty."""

    def to_dict(self) -> dict[str, Any]:
        """The snapshot as OKX sent it (every key and row unchanged); a book built locally
        (`LiveOrderBook.snapshot()`) gives `[px, sz, "0", orders]` rows, `ts` and `seqId`."""

    def __eq__(self, other: object, /) -> bool: ...
    def __ne__(self, other: object, /) -> bool: ...

@final
class Candle:
    """One candlestick: `[ts, o, h, l, c, vol, volCcy, volCcyQuote, confirm]`."""

    @property
    def ts(self) -> str:
        """Opening time of the candle, Unix milliseconds."""

    @property
    def o(self) -> str:
        """Open price."""

    @property
    def h(self) -> str:
        """Highest price."""

    @property
    def l(self) -> str:  # noqa: E743
        """Lowest price."""

    @property
    def c(self) -> str:
        """Close price (latest price while the candle is open)."""

    @property
    def vol(self) -> str:
        """Volume in contracts (derivatives) or base currency (spot)."""

    @property
    def vol_ccy(self) -> str:
        """Volume in currency."""

    @property
    def vol_ccy_quote(self) -> str:
        """Volume in quote currency."""

    @property
    def confirm(self) -> str:
        """`"0"` while the candle is still open, `"1"` once complete."""

    def to_dict(self) -> dict[str, str]:
        """The candle keyed by OKX's documented column names (`ts`, `o`, ..., `confirm`)."""

    def __eq__(self, other: object, /) -> bool: ...
    def __ne__(self, other: object, /) -> bool: ...

@final
class OkxClient:
    """Synchronous OKX REST client; safe to share between threads."""

    def __new__(cls, config: Config) -> OkxClient: ...
    def request(
        self,
        method: str,
        path: str,
        params: dict[str, str | int | float | Decimal | bool | None] | None = None,
        body: dict[str, Any] | list[Any] | None = None,
        signed: bool | None = None,
    ) -> Any:
        """Sends any REST request and returns the answer's `data` as Python objects: the
        escape hatch for endpoints without a method yet."""
    def latency(self) -> dict[str, dict[str, int | None]]:
        """Round trips per endpoint (`"POST /api/v5/trade/order"`): `count`, and of the newest
        4096 answers `p50_us`, `p90_us`, `p99_us`, `max_us` (from sending to the whole answer,
        microseconds) and `okx_p50_us` (OKX's `outTime - inTime` where OKX reports it: order
        endpoints; else None)."""

    def sync_clock(self) -> int:
        """Measures OKX's clock now (`GET /api/v5/public/time`, round trip halved) and
        returns the offset in ms that signed requests of this configuration use."""

    @property
    def clock_offset_ms(self) -> int | None:
        """OKX's clock minus the local clock in ms, or None before the first measurement."""

    # --- generated: endpoints ---
    def preset_account_mode_switch(
        self,
        acct_lv: str,
        lever: str | int | float | Decimal | None = None,
    ) -> list[dict[str, Any]]:
        """Presets account mode switch (needs Trade permission).

        `POST /api/v5/account/account-level-switch-preset`, 5 requests per 2 s per UserID."""
    def get_account_position_risk(self, inst_type: str | None = None) -> list[dict[str, Any]]:
        """Account position risk (needs Read permission).

        `GET /api/v5/account/account-position-risk`, 10 requests per 2 s per UserID."""
    def activate_option(self) -> list[dict[str, Any]]:
        """Activates option (needs Trade permission).

        `POST /api/v5/account/activate-option`, 5 requests per 2 s per UserID."""
    def get_leverage_estimated_info(
        self,
        inst_type: str,
        mgn_mode: str,
        lever: str | int | float | Decimal,
        inst_id: str | None = None,
        ccy: str | None = None,
        pos_side: str | None = None,
    ) -> list[dict[str, Any]]:
        """Leverage estimated info (needs Read permission).

        `GET /api/v5/account/adjust-leverage-info`, 5 requests per 2 s per UserID."""
    def get_balance(self, ccy: str | None = None) -> Balance:
        """Trading account balance: totals and one detail per currency.

        `GET /api/v5/account/balance`, 10 requests per 2 s per UserID."""
    def get_bills(
        self,
        inst_type: str | None = None,
        inst_id: str | None = None,
        ccy: str | None = None,
        mgn_mode: str | None = None,
        ct_type: str | None = None,
        type_: str | None = None,
        sub_type: str | None = None,
        after: str | None = None,
        before: str | None = None,
        begin: int | str | None = None,
        end: int | str | None = None,
        limit: int | str | None = None,
    ) -> list[Bill]:
        """Bills (needs Read permission).

        `GET /api/v5/account/bills`, 5 requests per 1 s per UserID."""
    def iter_bills(
        self,
        inst_type: str | None = None,
        inst_id: str | None = None,
        ccy: str | None = None,
        mgn_mode: str | None = None,
        ct_type: str | None = None,
        type_: str | None = None,
        sub_type: str | None = None,
        after: str | None = None,
        before: str | None = None,
        begin: int | str | None = None,
        end: int | str | None = None,
        limit: int | str | None = None,
    ) -> Iterator[Bill]:
        """Walks every page of `get_bills` (`for`), yielding its items.

        Older records page by page through `after` (the default); newer ones when only `before`
        is given. The cursor is the `billId` of each page's edge item; the walk stops at an empty
        page (or one shorter than `limit`). Arguments are checked at the call."""
    def get_bills_archive(
        self,
        inst_type: str | None = None,
        inst_id: str | None = None,
        ccy: str | None = None,
        mgn_mode: str | None = None,
        ct_type: str | None = None,
        type_: str | None = None,
        sub_type: str | None = None,
        after: str | None = None,
        before: str | None = None,
        begin: int | str | None = None,
        end: int | str | None = None,
        limit: int | str | None = None,
    ) -> list[Bill]:
        """Bills archive (needs Read permission).

        `GET /api/v5/account/bills-archive`, 5 requests per 2 s per UserID."""
    def iter_bills_archive(
        self,
        inst_type: str | None = None,
        inst_id: str | None = None,
        ccy: str | None = None,
        mgn_mode: str | None = None,
        ct_type: str | None = None,
        type_: str | None = None,
        sub_type: str | None = None,
        after: str | None = None,
        before: str | None = None,
        begin: int | str | None = None,
        end: int | str | None = None,
        limit: int | str | None = None,
    ) -> Iterator[Bill]:
        """Walks every page of `get_bills_archive` (`for`), yielding its items.

        Older records page by page through `after` (the default); newer ones when only `before`
        is given. The cursor is the `billId` of each page's edge item; the walk stops at an empty
        page (or one shorter than `limit`). Arguments are checked at the call."""
    def get_bills_history_archive(
        self,
        year: str,
        quarter: str,
        type_: str | None = None,
    ) -> list[dict[str, Any]]:
        """Bills history archive (needs Read permission).

        `GET /api/v5/account/bills-history-archive`, 10 requests per 2 s per UserID."""
    def apply_bills_history_archive(
        self,
        year: str,
        quarter: str,
        type_: str | None = None,
    ) -> list[dict[str, Any]]:
        """Applies for bills history archive (needs Read permission).

        `POST /api/v5/account/bills-history-archive`, 1 requests per 10 s per UserID."""
    def vip_loan_borrow_repay(
        self,
        ccy: str | None = None,
        side: str | None = None,
        amt: str | int | float | Decimal | None = None,
        ord_id: str | None = None,
    ) -> list[dict[str, Any]]:
        """VIP loan borrow repay (no longer in OKX's current documentation). Its parameters are
        not verified against OKX's documentation.

        `POST /api/v5/account/borrow-repay`, rate limit not documented."""
    def get_vip_loan_borrow_repay_history(
        self,
        ccy: str | None = None,
        after: str | None = None,
        before: str | None = None,
        limit: int | str | None = None,
    ) -> list[dict[str, Any]]:
        """VIP loan borrow repay history (no longer in OKX's current documentation). Its
        parameters are not verified against OKX's documentation.

        `GET /api/v5/account/borrow-repay-history`, rate limit not documented."""
    def iter_vip_loan_borrow_repay_history(
        self,
        ccy: str | None = None,
        after: str | None = None,
        before: str | None = None,
        limit: int | str | None = None,
    ) -> Iterator[dict[str, Any]]:
        """Walks every page of `get_vip_loan_borrow_repay_history` (`for`), yielding its items.

        Older records page by page through `after` (the default); newer ones when only `before`
        is given. The cursor is the `ts` of each page's edge item; the walk stops at an empty
        page (or one shorter than `limit`). Arguments are checked at the call."""
    def get_collateral_assets(
        self,
        ccy: str | None = None,
        collateral_enabled: bool | None = None,
    ) -> list[dict[str, Any]]:
        """Collateral assets (needs Read permission).

        `GET /api/v5/account/collateral-assets`, 5 requests per 2 s per UserID."""
    def get_account_config(self) -> list[dict[str, Any]]:
        """Account config (needs Read permission).

        `GET /api/v5/account/config`, 5 requests per 2 s per UserID."""
    def adjust_demo_balance(
        self,
        type_: str,
        adjustments: list[dict[str, Any]],
    ) -> list[dict[str, Any]]:
        """Adjusts demo balance (demo trading only). Rate limit as documented: 3/1d (increase
        only; reduce unlimited).

        `POST /api/v5/account/demo-adjust-balance`, 3 requests per 86400 s per UserID."""
    def amend_fixed_loan_borrowing_order(
        self,
        ord_id: str | None = None,
        reborrow: bool | None = None,
        renew_max_rate: str | int | float | Decimal | None = None,
    ) -> list[dict[str, Any]]:
        """Amends fixed loan borrowing order (no longer in OKX's current documentation). Its
        parameters are not verified against OKX's documentation.

        `POST /api/v5/account/fixed-loan/amend-borrowing-order`, rate limit not documented."""
    def get_fixed_loan_borrowing_limit(self) -> list[dict[str, Any]]:
        """Fixed loan borrowing limit (no longer in OKX's current documentation). Its parameters
        are not verified against OKX's documentation.

        `GET /api/v5/account/fixed-loan/borrowing-limit`, rate limit not documented."""
    def place_fixed_loan_borrowing_order(
        self,
        ccy: str | None = None,
        amt: str | int | float | Decimal | None = None,
        max_rate: str | int | float | Decimal | None = None,
        term: str | None = None,
        reborrow: bool | None = None,
        reborrow_rate: str | int | float | Decimal | None = None,
    ) -> list[dict[str, Any]]:
        """Places fixed loan borrowing order (no longer in OKX's current documentation). Its
        parameters are not verified against OKX's documentation.

        `POST /api/v5/account/fixed-loan/borrowing-order`, rate limit not documented."""
    def get_fixed_loan_borrowing_orders(
        self,
        ord_id: str | None = None,
        ccy: str | None = None,
        state: str | None = None,
        after: str | None = None,
        before: str | None = None,
        limit: int | str | None = None,
    ) -> list[dict[str, Any]]:
        """Fixed loan borrowing orders (no longer in OKX's current documentation). Its parameters
        are not verified against OKX's documentation.

        `GET /api/v5/account/fixed-loan/borrowing-orders-list`, rate limit not documented."""
    def get_fixed_loan_borrowing_quote(
        self,
        type_: str | None = None,
        ccy: str | None = None,
        amt: str | int | float | Decimal | None = None,
        max_rate: str | int | float | Decimal | None = None,
        term: str | None = None,
        ord_id: str | None = None,
    ) -> list[dict[str, Any]]:
        """Fixed loan borrowing quote (no longer in OKX's current documentation). Its parameters
        are not verified against OKX's documentation.

        `GET /api/v5/account/fixed-loan/borrowing-quote`, rate limit not documented."""
    def fixed_loan_manual_reborrow(
        self,
        ord_id: str | None = None,
        max_rate: str | int | float | Decimal | None = None,
    ) -> list[dict[str, Any]]:
        """Fixed loan manual reborrow (no longer in OKX's current documentation). Its parameters
        are not verified against OKX's documentation.

        `POST /api/v5/account/fixed-loan/manual-reborrow`, rate limit not documented."""
    def repay_fixed_loan_borrowing_order(self, ord_id: str | None = None) -> list[dict[str, Any]]:
        """Repays fixed loan borrowing order (no longer in OKX's current documentation). Its
        parameters are not verified against OKX's documentation.

        `POST /api/v5/account/fixed-loan/repay-borrowing-order`, rate limit not documented."""
    def get_greeks(self, ccy: str | None = None) -> list[dict[str, Any]]:
        """Greeks (needs Read permission).

        `GET /api/v5/account/greeks`, 10 requests per 2 s per UserID."""
    def get_account_instruments(
        self,
        inst_type: str,
        series_id: str | None = None,
        inst_family: str | None = None,
        inst_id: str | None = None,
    ) -> list[dict[str, Any]]:
        """Account instruments (needs Read permission).

        `GET /api/v5/account/instruments`, 20 requests per 2 s per UserID+instType."""
    def get_interest_accrued(
        self,
        type_: str | None = None,
        ccy: str | None = None,
        inst_id: str | None = None,
        mgn_mode: str | None = None,
        after: str | None = None,
        before: str | None = None,
        limit: int | str | None = None,
    ) -> list[dict[str, Any]]:
        """Interest accrued (needs Read permission).

        `GET /api/v5/account/interest-accrued`, 5 requests per 2 s per UserID."""
    def iter_interest_accrued(
        self,
        type_: str | None = None,
        ccy: str | None = None,
        inst_id: str | None = None,
        mgn_mode: str | None = None,
        after: str | None = None,
        before: str | None = None,
        limit: int | str | None = None,
    ) -> Iterator[dict[str, Any]]:
        """Walks every page of `get_interest_accrued` (`for`), yielding its items.

        Older records page by page through `after` (the default); newer ones when only `before`
        is given. The cursor is the `ts` of each page's edge item; the walk stops at an empty
        page (or one shorter than `limit`). Arguments are checked at the call."""
    def get_borrow_interest_and_limit(
        self,
        type_: str | None = None,
        ccy: str | None = None,
    ) -> list[dict[str, Any]]:
        """Borrow interest and limit (needs Read permission).

        `GET /api/v5/account/interest-limits`, 5 requests per 2 s per UserID."""
    def get_interest_rate(self, ccy: str | None = None) -> list[dict[str, Any]]:
        """Interest rate (needs Read permission).

        `GET /api/v5/account/interest-rate`, 5 requests per 2 s per UserID."""
    def get_leverage(
        self,
        mgn_mode: str,
        inst_id: str | None = None,
        ccy: str | None = None,
    ) -> list[dict[str, Any]]:
        """Leverage (needs Read permission).

        `GET /api/v5/account/leverage-info`, 20 requests per 2 s per UserID."""
    def get_max_available_balance(
        self,
        inst_id: str,
        td_mode: str,
        ccy: str | None = None,
        reduce_only: bool | None = None,
        px: str | int | float | Decimal | None = None,
        trade_quote_ccy: str | None = None,
    ) -> list[dict[str, Any]]:
        """Max available balance (needs Read permission).

        `GET /api/v5/account/max-avail-size`, 20 requests per 2 s per UserID."""
    def get_max_loan(
        self,
        mgn_mode: str,
        inst_id: str | None = None,
        ccy: str | None = None,
        mgn_ccy: str | None = None,
        trade_quote_ccy: str | None = None,
    ) -> list[dict[str, Any]]:
        """Max loan (needs Read permission).

        `GET /api/v5/account/max-loan`, 20 requests per 2 s per UserID."""
    def get_max_order_quantity(
        self,
        inst_id: str,
        td_mode: str,
        ccy: str | None = None,
        px: str | int | float | Decimal | None = None,
        leverage: str | int | float | Decimal | None = None,
        trade_quote_ccy: str | None = None,
        outcome: str | None = None,
    ) -> list[dict[str, Any]]:
        """Max order quantity (needs Read permission).

        `GET /api/v5/account/max-size`, 20 requests per 2 s per UserID."""
    def get_max_withdrawal(self, ccy: str | None = None) -> list[dict[str, Any]]:
        """Max withdrawal (needs Read permission).

        `GET /api/v5/account/max-withdrawal`, 20 requests per 2 s per UserID."""
    def get_mmp_config(self, inst_family: str | None = None) -> list[dict[str, Any]]:
        """MMP config (needs Read permission).

        `GET /api/v5/account/mmp-config`, 5 requests per 2 s per UserID."""
    def set_mmp_config(
        self,
        inst_family: str,
        time_interval: str,
        frozen_interval: str,
        qty_limit: str,
    ) -> list[dict[str, Any]]:
        """Sets MMP config (needs Trade permission).

        `POST /api/v5/account/mmp-config`, 2 requests per 10 s per UserID."""
    def reset_mmp(self, inst_family: str, inst_type: str | None = None) -> list[dict[str, Any]]:
        """Resets MMP (needs Trade permission).

        `POST /api/v5/account/mmp-reset`, 5 requests per 2 s per UserID."""
    def move_positions(
        self,
        from_acct: str,
        to_acct: str,
        legs: list[dict[str, Any]],
        client_id: str,
    ) -> list[dict[str, Any]]:
        """Moves positions.

        `POST /api/v5/account/move-positions`, 1 requests per 1 s per MasterUserID."""
    def get_move_positions_history(
        self,
        block_td_id: str | None = None,
        client_id: str | None = None,
        begin_ts: int | str | None = None,
        end_ts: int | str | None = None,
        limit: int | str | None = None,
        state: str | None = None,
    ) -> list[dict[str, Any]]:
        """Move positions history.

        `GET /api/v5/account/move-positions-history`, 2 requests per 2 s per MasterUserID."""
    def position_builder(
        self,
        acct_lv: str | None = None,
        incl_real_pos_and_eq: bool | None = None,
        lever: str | int | float | Decimal | None = None,
        sim_pos: list[dict[str, Any]] | None = None,
        sim_asset: list[dict[str, Any]] | None = None,
        greeks_type: str | None = None,
        idx_vol: str | int | float | Decimal | None = None,
    ) -> list[dict[str, Any]]:
        """Position builder (needs Read permission).

        `POST /api/v5/account/position-builder`, 2 requests per 2 s per UserID."""
    def position_builder_trend_graph(
        self,
        type_: str,
        mmr_config: list[dict[str, Any]] | dict[str, Any],
        incl_real_pos_and_eq: bool | None = None,
        sim_pos: list[dict[str, Any]] | None = None,
        sim_asset: list[dict[str, Any]] | None = None,
    ) -> list[dict[str, Any]]:
        """Position builder trend graph (needs Read permission).

        `POST /api/v5/account/position-builder-graph`, 1 requests per 5 s per UserID."""
    def get_pm_position_limitation(self, inst_type: str, inst_family: str) -> list[dict[str, Any]]:
        """Pm position limitation (needs Read permission).

        `GET /api/v5/account/position-tiers`, 10 requests per 2 s per UserID."""
    def adjust_position_margin(
        self,
        inst_id: str,
        pos_side: str,
        type_: str,
        amt: str | int | float | Decimal,
        ccy: str | None = None,
    ) -> list[dict[str, Any]]:
        """Adjusts position margin (needs Trade permission).

        `POST /api/v5/account/position/margin-balance`, 20 requests per 2 s per UserID."""
    def get_positions(
        self,
        inst_type: str | None = None,
        inst_id: str | None = None,
        pos_id: str | None = None,
    ) -> list[Position]:
        """Open positions, optionally filtered by instrument type or id.

        `GET /api/v5/account/positions`, 10 requests per 2 s per UserID."""
    def get_positions_history(
        self,
        inst_type: str | None = None,
        inst_id: str | None = None,
        mgn_mode: str | None = None,
        type_: str | None = None,
        pos_id: str | None = None,
        after: str | None = None,
        before: str | None = None,
        limit: int | str | None = None,
    ) -> list[dict[str, Any]]:
        """Positions history (needs Read permission).

        `GET /api/v5/account/positions-history`, 10 requests per 2 s per UserID."""
    def iter_positions_history(
        self,
        inst_type: str | None = None,
        inst_id: str | None = None,
        mgn_mode: str | None = None,
        type_: str | None = None,
        pos_id: str | None = None,
        after: str | None = None,
        before: str | None = None,
        limit: int | str | None = None,
    ) -> Iterator[dict[str, Any]]:
        """Walks every page of `get_positions_history` (`for`), yielding its items.

        Older records page by page through `after` (the default); newer ones when only `before`
        is given. The cursor is the `uTime` of each page's edge item; the walk stops at an empty
        page (or one shorter than `limit`). Arguments are checked at the call."""
    def precheck_set_delta_neutral(self, stgy_type: str) -> list[dict[str, Any]]:
        """Precheck set delta neutral.

        `GET /api/v5/account/precheck-set-delta-neutral`, 1 requests per 2 s per UserID."""
    def get_account_risk_state(self) -> list[dict[str, Any]]:
        """Account risk state (needs Read permission).

        `GET /api/v5/account/risk-state`, 10 requests per 2 s per UserID."""
    def set_account_mode(self, acct_lv: str) -> list[dict[str, Any]]:
        """Sets account mode (needs Trade permission).

        `POST /api/v5/account/set-account-level`, 5 requests per 2 s per UserID."""
    def precheck_account_mode_switch(self, acct_lv: str) -> list[dict[str, Any]]:
        """Precheck account mode switch (needs Read permission).

        `GET /api/v5/account/set-account-switch-precheck`, 5 requests per 2 s per UserID."""
    def set_auto_earn(
        self,
        ccy: str,
        action: str,
        earn_type: str | None = None,
    ) -> list[dict[str, Any]]:
        """Sets auto earn.

        `POST /api/v5/account/set-auto-earn`, 2 requests per 2 s per UserID."""
    def set_auto_loan(self, auto_loan: bool | None = None) -> list[dict[str, Any]]:
        """Sets auto loan (needs Trade permission).

        `POST /api/v5/account/set-auto-loan`, 5 requests per 2 s per UserID."""
    def set_auto_repay(self, auto_repay: bool) -> list[dict[str, Any]]:
        """Sets auto repay (needs Trade permission).

        `POST /api/v5/account/set-auto-repay`, 5 requests per 2 s per UserID."""
    def set_collateral_assets(self, ccy_list: list[str] | None = None) -> list[dict[str, Any]]:
        """Sets collateral assets (needs Trade permission).

        `POST /api/v5/account/set-collateral-assets`, 5 requests per 2 s per UserID."""
    def set_fee_type(self, fee_type: str) -> list[dict[str, Any]]:
        """Sets fee type (needs Trade permission).

        `POST /api/v5/account/set-fee-type`, 5 requests per 2 s per UserID."""
    def set_greeks(self, greeks_type: str) -> list[dict[str, Any]]:
        """Sets greeks (needs Trade permission).

        `POST /api/v5/account/set-greeks`, 5 requests per 2 s per UserID."""
    def set_isolated_mode(self, iso_mode: str, type_: str) -> list[dict[str, Any]]:
        """Sets isolated mode (needs Trade permission).

        `POST /api/v5/account/set-isolated-mode`, 5 requests per 2 s per UserID."""
    def set_leverage(
        self,
        lever: str | int | float | Decimal,
        mgn_mode: str,
        inst_id: str | None = None,
        ccy: str | None = None,
        pos_side: str | None = None,
    ) -> list[dict[str, Any]]:
        """Sets leverage (needs Trade permission).

        `POST /api/v5/account/set-leverage`, 20 requests per 2 s per UserID."""
    def set_position_mode(self, pos_mode: str) -> list[dict[str, Any]]:
        """Sets position mode (needs Trade permission).

        `POST /api/v5/account/set-position-mode`, 5 requests per 2 s per UserID."""
    def set_risk_offset_amount(
        self,
        ccy: str,
        cl_spot_in_use_amt: str | int | float | Decimal,
    ) -> list[dict[str, Any]]:
        """Sets risk offset amount (needs Trade permission).

        `POST /api/v5/account/set-riskOffset-amt`, 10 requests per 2 s per UserID."""
    def set_risk_offset_type(self, type_: str | None = None) -> list[dict[str, Any]]:
        """Sets risk offset type (no longer in OKX's current documentation). Its parameters are
        not verified against OKX's documentation.

        `POST /api/v5/account/set-riskOffset-type`, rate limit not documented."""
    def set_settle_currency(self, settle_ccy: str) -> list[dict[str, Any]]:
        """Sets settle currency (needs Trade permission).

        `POST /api/v5/account/set-settle-currency`, 20 requests per 2 s per UserID."""
    def set_trading_config(self, type_: str, stgy_type: str | None = None) -> list[dict[str, Any]]:
        """Sets trading config (needs Trade permission).

        `POST /api/v5/account/set-trading-config`, 1 requests per 2 s per UserID."""
    def get_simulated_margin(
        self,
        inst_type: str | None = None,
        incl_real_pos: bool | None = None,
        spot_offset_type: str | None = None,
        sim_pos: list[dict[str, Any]] | None = None,
    ) -> list[dict[str, Any]]:
        """Simulated margin (no longer in OKX's current documentation). Its parameters are not
        verified against OKX's documentation.

        `POST /api/v5/account/simulated_margin`, rate limit not documented."""
    def get_borrow_repay_history(
        self,
        ccy: str | None = None,
        type_: str | None = None,
        after: str | None = None,
        before: str | None = None,
        limit: int | str | None = None,
    ) -> list[dict[str, Any]]:
        """Borrow repay history (needs Read permission).

        `GET /api/v5/account/spot-borrow-repay-history`, 5 requests per 2 s per UserID."""
    def iter_borrow_repay_history(
        self,
        ccy: str | None = None,
        type_: str | None = None,
        after: str | None = None,
        before: str | None = None,
        limit: int | str | None = None,
    ) -> Iterator[dict[str, Any]]:
        """Walks every page of `get_borrow_repay_history` (`for`), yielding its items.

        Older records page by page through `after` (the default); newer ones when only `before`
        is given. The cursor is the `ts` of each page's edge item; the walk stops at an empty
        page (or one shorter than `limit`). Arguments are checked at the call."""
    def manual_borrow_repay(
        self,
        ccy: str,
        side: str,
        amt: str | int | float | Decimal,
    ) -> list[dict[str, Any]]:
        """Manual borrow repay (needs Trade permission).

        `POST /api/v5/account/spot-manual-borrow-repay`, 1 requests per 3 s per MasterUserID."""
    def get_bill_types(self, type_: str | None = None) -> list[dict[str, Any]]:
        """Bill types.

        `GET /api/v5/account/subtypes`, 20 requests per 2 s per UserID."""
    def get_fee_rates(
        self,
        inst_type: str,
        inst_id: str | None = None,
        inst_family: str | None = None,
        group_id: str | None = None,
    ) -> list[dict[str, Any]]:
        """Fee rates (needs Read permission).

        `GET /api/v5/account/trade-fee`, 5 requests per 2 s per UserID."""
    def get_vip_interest_accrued(
        self,
        ccy: str | None = None,
        ord_id: str | None = None,
        after: str | None = None,
        before: str | None = None,
        limit: int | str | None = None,
    ) -> list[dict[str, Any]]:
        """VIP interest accrued (no longer in OKX's current documentation). Its parameters are
        not verified against OKX's documentation.

        `GET /api/v5/account/vip-interest-accrued`, rate limit not documented."""
    def iter_vip_interest_accrued(
        self,
        ccy: str | None = None,
        ord_id: str | None = None,
        after: str | None = None,
        before: str | None = None,
        limit: int | str | None = None,
    ) -> Iterator[dict[str, Any]]:
        """Walks every page of `get_vip_interest_accrued` (`for`), yielding its items.

        Older records page by page through `after` (the default); newer ones when only `before`
        is given. The cursor is the `ts` of each page's edge item; the walk stops at an empty
        page (or one shorter than `limit`). Arguments are checked at the call."""
    def get_vip_interest_deducted(
        self,
        ccy: str | None = None,
        ord_id: str | None = None,
        after: str | None = None,
        before: str | None = None,
        limit: int | str | None = None,
    ) -> list[dict[str, Any]]:
        """VIP interest deducted (no longer in OKX's current documentation). Its parameters are
        not verified against OKX's documentation.

        `GET /api/v5/account/vip-interest-deducted`, rate limit not documented."""
    def iter_vip_interest_deducted(
        self,
        ccy: str | None = None,
        ord_id: str | None = None,
        after: str | None = None,
        before: str | None = None,
        limit: int | str | None = None,
    ) -> Iterator[dict[str, Any]]:
        """Walks every page of `get_vip_interest_deducted` (`for`), yielding its items.

        Older records page by page through `after` (the default); newer ones when only `before`
        is given. The cursor is the `ts` of each page's edge item; the walk stops at an empty
        page (or one shorter than `limit`). Arguments are checked at the call."""
    def get_vip_loan_order_detail(
        self,
        ccy: str | None = None,
        ord_id: str | None = None,
        after: str | None = None,
        before: str | None = None,
        limit: int | str | None = None,
    ) -> list[dict[str, Any]]:
        """VIP loan order detail (no longer in OKX's current documentation). Its parameters are
        not verified against OKX's documentation.

        `GET /api/v5/account/vip-loan-order-detail`, rate limit not documented."""
    def iter_vip_loan_order_detail(
        self,
        ccy: str | None = None,
        ord_id: str | None = None,
        after: str | None = None,
        before: str | None = None,
        limit: int | str | None = None,
    ) -> Iterator[dict[str, Any]]:
        """Walks every page of `get_vip_loan_order_detail` (`for`), yielding its items.

        Older records page by page through `after` (the default); newer ones when only `before`
        is given. The cursor is the `ts` of each page's edge item; the walk stops at an empty
        page (or one shorter than `limit`). Arguments are checked at the call."""
    def get_vip_loan_orders(
        self,
        ord_id: str | None = None,
        state: str | None = None,
        ccy: str | None = None,
        after: str | None = None,
        before: str | None = None,
        limit: int | str | None = None,
    ) -> list[dict[str, Any]]:
        """VIP loan orders (no longer in OKX's current documentation). Its parameters are not
        verified against OKX's documentation.

        `GET /api/v5/account/vip-loan-order-list`, rate limit not documented."""
    def iter_vip_loan_orders(
        self,
        ord_id: str | None = None,
        state: str | None = None,
        ccy: str | None = None,
        after: str | None = None,
        before: str | None = None,
        limit: int | str | None = None,
    ) -> Iterator[dict[str, Any]]:
        """Walks every page of `get_vip_loan_orders` (`for`), yielding its items.

        Older records page by page through `after` (the default); newer ones when only `before`
        is given. The cursor is the `ordId` of each page's edge item; the walk stops at an empty
        page (or one shorter than `limit`). Arguments are checked at the call."""
    def get_glp_historical_performance(
        self,
        program: str,
        begin: int | str | None = None,
        end: int | str | None = None,
        limit: int | str | None = None,
    ) -> list[dict[str, Any]]:
        """Glp historical performance.

        `GET /api/v5/users/glp/historicalperformance`, 5 requests per 2 s per UserID."""
    def get_glp_today_performance(self) -> list[dict[str, Any]]:
        """Glp today performance.

        `GET /api/v5/users/glp/todayperformance`, 5 requests per 2 s per UserID."""
    def get_account_rate_limit(self) -> list[dict[str, Any]]:
        """Account rate limit.

        `GET /api/v5/trade/account-rate-limit`, 1 requests per 1 s per UserID."""
    def amend_batch_orders(self, orders: list[_AmendBatchOrdersItem]) -> list[OrderAck]:
        """Amends batch orders (up to 20 items per request; needs Trade permission).

        `POST /api/v5/trade/amend-batch-orders`, 300 requests per 2 s per UserID+instId (OPTION:
        UserID+instFamily)."""
    def amend_order(
        self,
        inst_id: str,
        cxl_on_fail: bool | None = None,
        ord_id: str | None = None,
        cl_ord_id: str | None = None,
        req_id: str | None = None,
        new_sz: str | int | float | Decimal | None = None,
        new_px: str | int | float | Decimal | None = None,
        speed_bump: str | None = None,
        new_px_usd: str | int | float | Decimal | None = None,
        new_px_vol: str | int | float | Decimal | None = None,
        px_amend_type: str | None = None,
        attach_algo_ords: list[dict[str, Any]] | None = None,
        rpi_taker_access: str | None = None,
        rpi_px_round: str | None = None,
    ) -> OrderAck:
        """Amends order (needs Trade permission).

        `POST /api/v5/trade/amend-order`, 60 requests per 2 s per UserID+instId (OPTION:
        UserID+instFamily)."""
    def place_batch_orders(self, orders: list[_PlaceBatchOrdersItem]) -> list[OrderAck]:
        """Places batch orders (up to 20 items per request; needs Trade permission).

        `POST /api/v5/trade/batch-orders`, 300 requests per 2 s per UserID+instId (OPTION:
        UserID+instFamily)."""
    def cancel_all_after(self, time_out: str, tag: str | None = None) -> list[dict[str, Any]]:
        """Cancels all after (needs Trade permission).

        `POST /api/v5/trade/cancel-all-after`, 1 requests per 1 s per UserID+tag."""
    def cancel_batch_orders(self, orders: list[_CancelBatchOrdersItem]) -> list[OrderAck]:
        """Cancels batch orders (up to 20 items per request; needs Trade permission).

        `POST /api/v5/trade/cancel-batch-orders`, 300 requests per 2 s per UserID+instId (OPTION:
        UserID+instFamily)."""
    def cancel_order(
        self,
        inst_id: str,
        ord_id: str | None = None,
        cl_ord_id: str | None = None,
    ) -> OrderAck:
        """Cancels one order by ordId or clOrdId.

        `POST /api/v5/trade/cancel-order`, 60 requests per 2 s per UserID+instId."""
    def close_positions(
        self,
        inst_id: str,
        mgn_mode: str,
        pos_side: str | None = None,
        ccy: str | None = None,
        auto_cxl: bool | None = None,
        cl_ord_id: str | None = None,
        tag: str | None = None,
    ) -> list[dict[str, Any]]:
        """Closes positions (needs Trade permission).

        `POST /api/v5/trade/close-position`, 20 requests per 2 s per UserID+instId (OPTION:
        UserID+instFamily)."""
    def place_easy_convert(
        self,
        from_ccy: str,
        to_ccy: str,
        source: str | None = None,
    ) -> list[dict[str, Any]]:
        """Places easy convert (needs Trade permission).

        `POST /api/v5/trade/easy-convert`, 1 requests per 2 s per UserID."""
    def get_easy_convert_currency_list(self, source: str | None = None) -> list[dict[str, Any]]:
        """Easy convert currency list (needs Read permission).

        `GET /api/v5/trade/easy-convert-currency-list`, 1 requests per 2 s per UserID."""
    def get_easy_convert_history(
        self,
        after: str | None = None,
        before: str | None = None,
        limit: int | str | None = None,
    ) -> list[dict[str, Any]]:
        """Easy convert history (needs Read permission).

        `GET /api/v5/trade/easy-convert-history`, 1 requests per 2 s per UserID."""
    def iter_easy_convert_history(
        self,
        after: str | None = None,
        before: str | None = None,
        limit: int | str | None = None,
    ) -> Iterator[dict[str, Any]]:
        """Walks every page of `get_easy_convert_history` (`for`), yielding its items.

        Older records page by page through `after` (the default); newer ones when only `before`
        is given. The cursor is the `uTime` of each page's edge item; the walk stops at an empty
        page (or one shorter than `limit`). Arguments are checked at the call."""
    def get_fills(
        self,
        inst_type: str | None = None,
        inst_family: str | None = None,
        inst_id: str | None = None,
        ord_id: str | None = None,
        sub_type: str | None = None,
        after: str | None = None,
        before: str | None = None,
        begin: int | str | None = None,
        end: int | str | None = None,
        limit: int | str | None = None,
    ) -> list[Fill]:
        """Fills (needs Read permission).

        `GET /api/v5/trade/fills`, 60 requests per 2 s per UserID."""
    def iter_fills(
        self,
        inst_type: str | None = None,
        inst_family: str | None = None,
        inst_id: str | None = None,
        ord_id: str | None = None,
        sub_type: str | None = None,
        after: str | None = None,
        before: str | None = None,
        begin: int | str | None = None,
        end: int | str | None = None,
        limit: int | str | None = None,
    ) -> Iterator[Fill]:
        """Walks every page of `get_fills` (`for`), yielding its items.

        Older records page by page through `after` (the default); newer ones when only `before`
        is given. The cursor is the `billId` of each page's edge item; the walk stops at an empty
        page (or one shorter than `limit`). Arguments are checked at the call."""
    def get_fills_history(
        self,
        inst_type: str,
        inst_family: str | None = None,
        inst_id: str | None = None,
        ord_id: str | None = None,
        sub_type: str | None = None,
        after: str | None = None,
        before: str | None = None,
        begin: int | str | None = None,
        end: int | str | None = None,
        limit: int | str | None = None,
    ) -> list[Fill]:
        """Fills history (needs Read permission).

        `GET /api/v5/trade/fills-history`, 10 requests per 2 s per UserID."""
    def iter_fills_history(
        self,
        inst_type: str,
        inst_family: str | None = None,
        inst_id: str | None = None,
        ord_id: str | None = None,
        sub_type: str | None = None,
        after: str | None = None,
        before: str | None = None,
        begin: int | str | None = None,
        end: int | str | None = None,
        limit: int | str | None = None,
    ) -> Iterator[Fill]:
        """Walks every page of `get_fills_history` (`for`), yielding its items.

        Older records page by page through `after` (the default); newer ones when only `before`
        is given. The cursor is the `billId` of each page's edge item; the walk stops at an empty
        page (or one shorter than `limit`). Arguments are checked at the call."""
    def mass_cancel(
        self,
        inst_type: str,
        inst_family: str,
        lock_interval: str | None = None,
    ) -> list[dict[str, Any]]:
        """Mass cancel (needs Trade permission).

        `POST /api/v5/trade/mass-cancel`, 5 requests per 2 s per UserID."""
    def one_click_repay(self, debt_ccy: str, repay_ccy: str) -> list[dict[str, Any]]:
        """One-click click repay (needs Trade permission).

        `POST /api/v5/trade/one-click-repay`, 1 requests per 2 s per UserID."""
    def get_one_click_repay_currency_list(
        self,
        debt_type: str | None = None,
    ) -> list[dict[str, Any]]:
        """One click repay currency list (needs Read permission).

        `GET /api/v5/trade/one-click-repay-currency-list`, 1 requests per 2 s per UserID."""
    def get_one_click_repay_currency_list_v2(self) -> list[dict[str, Any]]:
        """One click repay currency list v2 (needs Read permission).

        `GET /api/v5/trade/one-click-repay-currency-list-v2`, 1 requests per 2 s per UserID."""
    def get_one_click_repay_history(
        self,
        after: str | None = None,
        before: str | None = None,
        limit: int | str | None = None,
    ) -> list[dict[str, Any]]:
        """One click repay history (needs Read permission).

        `GET /api/v5/trade/one-click-repay-history`, 1 requests per 2 s per UserID."""
    def iter_one_click_repay_history(
        self,
        after: str | None = None,
        before: str | None = None,
        limit: int | str | None = None,
    ) -> Iterator[dict[str, Any]]:
        """Walks every page of `get_one_click_repay_history` (`for`), yielding its items.

        Older records page by page through `after` (the default); newer ones when only `before`
        is given. The cursor is the `uTime` of each page's edge item; the walk stops at an empty
        page (or one shorter than `limit`). Arguments are checked at the call."""
    def get_one_click_repay_history_v2(
        self,
        after: str | None = None,
        before: str | None = None,
        limit: int | str | None = None,
    ) -> list[dict[str, Any]]:
        """One click repay history v2 (needs Read permission).

        `GET /api/v5/trade/one-click-repay-history-v2`, 1 requests per 2 s per UserID."""
    def iter_one_click_repay_history_v2(
        self,
        after: str | None = None,
        before: str | None = None,
        limit: int | str | None = None,
    ) -> Iterator[dict[str, Any]]:
        """Walks every page of `get_one_click_repay_history_v2` (`for`), yielding its items.

        Older records page by page through `after` (the default); newer ones when only `before`
        is given. The cursor is the `ts` of each page's edge item; the walk stops at an empty
        page (or one shorter than `limit`). Arguments are checked at the call."""
    def one_click_repay_v2(self, debt_ccy: str, repay_ccy_list: list[str]) -> list[dict[str, Any]]:
        """One-click click repay v2 (needs Trade permission).

        `POST /api/v5/trade/one-click-repay-v2`, 1 requests per 2 s per UserID."""
    def get_order(
        self,
        inst_id: str,
        ord_id: str | None = None,
        cl_ord_id: str | None = None,
    ) -> Order:
        """Details of one order by ordId or clOrdId.

        `GET /api/v5/trade/order`, 60 requests per 2 s per UserID+instId."""
    def place_order(
        self,
        inst_id: str,
        td_mode: str,
        side: str,
        ord_type: str,
        sz: str | int | float | Decimal,
        px: str | int | float | Decimal | None = None,
        cl_ord_id: str | None = None,
        ccy: str | None = None,
        tag: str | None = None,
        pos_side: str | None = None,
        tgt_ccy: str | None = None,
        stp_mode: str | None = None,
    ) -> OrderAck:
        """Places an order; returns its ordId and clOrdId.

        `POST /api/v5/trade/order`, 60 requests per 2 s per UserID+instId."""
    def order_precheck(
        self,
        inst_id: str,
        td_mode: str,
        side: str,
        ord_type: str,
        sz: str | int | float | Decimal,
        pos_side: str | None = None,
        px: str | int | float | Decimal | None = None,
        outcome: str | None = None,
        reduce_only: bool | None = None,
        tgt_ccy: str | None = None,
        attach_algo_ords: list[dict[str, Any]] | None = None,
    ) -> list[dict[str, Any]]:
        """Order precheck (needs Trade permission).

        `POST /api/v5/trade/order-precheck`, 5 requests per 2 s per UserID."""
    def get_orders_history(
        self,
        inst_type: str,
        inst_family: str | None = None,
        inst_id: str | None = None,
        ord_type: str | None = None,
        state: str | None = None,
        category: str | None = None,
        after: str | None = None,
        before: str | None = None,
        begin: int | str | None = None,
        end: int | str | None = None,
        limit: int | str | None = None,
    ) -> list[Order]:
        """Orders history (needs Read permission).

        `GET /api/v5/trade/orders-history`, 40 requests per 2 s per UserID."""
    def iter_orders_history(
        self,
        inst_type: str,
        inst_family: str | None = None,
        inst_id: str | None = None,
        ord_type: str | None = None,
        state: str | None = None,
        category: str | None = None,
        after: str | None = None,
        before: str | None = None,
        begin: int | str | None = None,
        end: int | str | None = None,
        limit: int | str | None = None,
    ) -> Iterator[Order]:
        """Walks every page of `get_orders_history` (`for`), yielding its items.

        Older records page by page through `after` (the default); newer ones when only `before`
        is given. The cursor is the `ordId` of each page's edge item; the walk stops at an empty
        page (or one shorter than `limit`). Arguments are checked at the call."""
    def get_orders_history_archive(
        self,
        inst_type: str,
        inst_family: str | None = None,
        inst_id: str | None = None,
        ord_type: str | None = None,
        state: str | None = None,
        category: str | None = None,
        after: str | None = None,
        before: str | None = None,
        begin: int | str | None = None,
        end: int | str | None = None,
        limit: int | str | None = None,
    ) -> list[Order]:
        """Orders history archive (needs Read permission).

        `GET /api/v5/trade/orders-history-archive`, 20 requests per 2 s per UserID."""
    def iter_orders_history_archive(
        self,
        inst_type: str,
        inst_family: str | None = None,
        inst_id: str | None = None,
        ord_type: str | None = None,
        state: str | None = None,
        category: str | None = None,
        after: str | None = None,
        before: str | None = None,
        begin: int | str | None = None,
        end: int | str | None = None,
        limit: int | str | None = None,
    ) -> Iterator[Order]:
        """Walks every page of `get_orders_history_archive` (`for`), yielding its items.

        Older records page by page through `after` (the default); newer ones when only `before`
        is given. The cursor is the `ordId` of each page's edge item; the walk stops at an empty
        page (or one shorter than `limit`). Arguments are checked at the call."""
    def get_orders_pending(
        self,
        inst_type: str | None = None,
        inst_id: str | None = None,
        inst_family: str | None = None,
        ord_type: str | None = None,
        state: str | None = None,
        after: str | None = None,
        before: str | None = None,
        limit: int | str | None = None,
    ) -> list[Order]:
        """Orders not yet filled or cancelled (live and partially filled).

        `GET /api/v5/trade/orders-pending`, 60 requests per 2 s per UserID."""
    def iter_orders_pending(
        self,
        inst_type: str | None = None,
        inst_id: str | None = None,
        inst_family: str | None = None,
        ord_type: str | None = None,
        state: str | None = None,
        after: str | None = None,
        before: str | None = None,
        limit: int | str | None = None,
    ) -> Iterator[Order]:
        """Walks every page of `get_orders_pending` (`for`), yielding its items.

        Older records page by page through `after` (the default); newer ones when only `before`
        is given. The cursor is the `ordId` of each page's edge item; the walk stops at an empty
        page (or one shorter than `limit`). Arguments are checked at the call."""
    def amend_algo_order(
        self,
        inst_id: str,
        algo_id: str | None = None,
        algo_cl_ord_id: str | None = None,
        cxl_on_fail: bool | None = None,
        req_id: str | None = None,
        new_sz: str | int | float | Decimal | None = None,
        new_tp_trigger_px: str | int | float | Decimal | None = None,
        new_tp_ord_px: str | int | float | Decimal | None = None,
        new_sl_trigger_px: str | int | float | Decimal | None = None,
        new_sl_ord_px: str | int | float | Decimal | None = None,
        new_tp_trigger_px_type: str | None = None,
        new_sl_trigger_px_type: str | None = None,
        new_trigger_px: str | int | float | Decimal | None = None,
        new_ord_px: str | int | float | Decimal | None = None,
        new_trigger_px_type: str | None = None,
        attach_algo_ords: list[dict[str, Any]] | None = None,
        adv_chase_params: list[dict[str, Any]] | dict[str, Any] | None = None,
    ) -> list[dict[str, Any]]:
        """Amends algo order (needs Trade permission).

        `POST /api/v5/trade/amend-algos`, 20 requests per 2 s per UserID+instId."""
    def cancel_algo_orders(self, orders: list[_CancelAlgoOrdersItem]) -> list[dict[str, Any]]:
        """Cancels algo orders (up to 10 items per request; needs Trade permission).

        `POST /api/v5/trade/cancel-algos`, 20 requests per 2 s per UserID+instId (OPTION:
        UserID+instFamily)."""
    def get_algo_order(
        self,
        algo_id: str | None = None,
        algo_cl_ord_id: str | None = None,
    ) -> AlgoOrder:
        """Algo order (needs Read permission).

        `GET /api/v5/trade/order-algo`, 20 requests per 2 s per UserID."""
    def place_algo_order(
        self,
        inst_id: str,
        td_mode: str,
        side: str,
        ord_type: str,
        ccy: str | None = None,
        pos_side: str | None = None,
        sz: str | int | float | Decimal | None = None,
        tag: str | None = None,
        tgt_ccy: str | None = None,
        algo_cl_ord_id: str | None = None,
        close_fraction: str | int | float | Decimal | None = None,
        trade_quote_ccy: str | None = None,
        tp_trigger_px: str | int | float | Decimal | None = None,
        tp_trigger_px_type: str | None = None,
        tp_ord_px: str | int | float | Decimal | None = None,
        tp_ord_kind: str | None = None,
        sl_trigger_px: str | int | float | Decimal | None = None,
        sl_trigger_px_type: str | None = None,
        sl_ord_px: str | int | float | Decimal | None = None,
        cxl_on_close_pos: bool | None = None,
        reduce_only: bool | None = None,
        chase_type: str | None = None,
        chase_val: str | int | float | Decimal | None = None,
        max_chase_type: str | None = None,
        max_chase_val: str | int | float | Decimal | None = None,
        trigger_px: str | int | float | Decimal | None = None,
        order_px: str | int | float | Decimal | None = None,
        advance_ord_type: str | None = None,
        adv_chase_params: list[dict[str, Any]] | dict[str, Any] | None = None,
        trigger_px_type: str | None = None,
        attach_algo_ords: list[dict[str, Any]] | None = None,
        callback_ratio: str | int | float | Decimal | None = None,
        callback_spread: str | int | float | Decimal | None = None,
        active_px: str | int | float | Decimal | None = None,
        px_var: str | int | float | Decimal | None = None,
        px_spread: str | int | float | Decimal | None = None,
        sz_limit: str | int | float | Decimal | None = None,
        px_limit: str | int | float | Decimal | None = None,
        time_interval: str | None = None,
        lmt_order_number: str | None = None,
        aggressiveness: str | None = None,
        trigger_params: list[dict[str, Any]] | None = None,
    ) -> list[dict[str, Any]]:
        """Places algo order (needs Trade permission).

        `POST /api/v5/trade/order-algo`, 20 requests per 2 s per UserID+instId (OPTION:
        UserID+instFamily)."""
    def get_algo_orders_history(
        self,
        ord_type: str,
        state: str | None = None,
        algo_id: str | None = None,
        inst_type: str | None = None,
        inst_id: str | None = None,
        after: str | None = None,
        before: str | None = None,
        limit: int | str | None = None,
    ) -> list[AlgoOrder]:
        """Algo orders history (needs Read permission).

        `GET /api/v5/trade/orders-algo-history`, 20 requests per 2 s per UserID."""
    def iter_algo_orders_history(
        self,
        ord_type: str,
        state: str | None = None,
        algo_id: str | None = None,
        inst_type: str | None = None,
        inst_id: str | None = None,
        after: str | None = None,
        before: str | None = None,
        limit: int | str | None = None,
    ) -> Iterator[AlgoOrder]:
        """Walks every page of `get_algo_orders_history` (`for`), yielding its items.

        Older records page by page through `after` (the default); newer ones when only `before`
        is given. The cursor is the `algoId` of each page's edge item; the walk stops at an empty
        page (or one shorter than `limit`). Arguments are checked at the call."""
    def get_algo_orders_pending(
        self,
        ord_type: str,
        algo_id: str | None = None,
        inst_type: str | None = None,
        inst_id: str | None = None,
        after: str | None = None,
        before: str | None = None,
        limit: int | str | None = None,
    ) -> list[AlgoOrder]:
        """Algo orders pending (needs Read permission).

        `GET /api/v5/trade/orders-algo-pending`, 20 requests per 2 s per UserID."""
    def iter_algo_orders_pending(
        self,
        ord_type: str,
        algo_id: str | None = None,
        inst_type: str | None = None,
        inst_id: str | None = None,
        after: str | None = None,
        before: str | None = None,
        limit: int | str | None = None,
    ) -> Iterator[AlgoOrder]:
        """Walks every page of `get_algo_orders_pending` (`for`), yielding its items.

        Older records page by page through `after` (the default); newer ones when only `before`
        is given. The cursor is the `algoId` of each page's edge item; the walk stops at an empty
        page (or one shorter than `limit`). Arguments are checked at the call."""
    def get_asset_valuation(self, ccy: str | None = None) -> list[dict[str, Any]]:
        """Asset valuation (needs Read permission).

        `GET /api/v5/asset/asset-valuation`, 1 requests per 1 s per UserID."""
    def get_funding_balances(self, ccy: str | None = None) -> list[dict[str, Any]]:
        """Funding balances (needs Read permission).

        `GET /api/v5/asset/balances`, 6 requests per 1 s per UserID."""
    def get_asset_bills(
        self,
        ccy: str | None = None,
        type_: str | None = None,
        third_party_type: str | None = None,
        client_id: str | None = None,
        after: str | None = None,
        before: str | None = None,
        limit: int | str | None = None,
    ) -> list[dict[str, Any]]:
        """Asset bills (needs Read permission).

        `GET /api/v5/asset/bills`, 6 requests per 1 s per UserID."""
    def iter_asset_bills(
        self,
        ccy: str | None = None,
        type_: str | None = None,
        third_party_type: str | None = None,
        client_id: str | None = None,
        after: str | None = None,
        before: str | None = None,
        limit: int | str | None = None,
    ) -> Iterator[dict[str, Any]]:
        """Walks every page of `get_asset_bills` (`for`), yielding its items.

        Older records page by page through `after` (the default); newer ones when only `before`
        is given. The cursor is the `ts` of each page's edge item; the walk stops at an empty
        page (or one shorter than `limit`). Arguments are checked at the call."""
    def get_asset_bills_history(
        self,
        ccy: str | None = None,
        type_: str | None = None,
        third_party_type: str | None = None,
        client_id: str | None = None,
        after: str | None = None,
        before: str | None = None,
        limit: int | str | None = None,
        paging_type: str | None = None,
    ) -> list[dict[str, Any]]:
        """Asset bills history (needs Read permission).

        `GET /api/v5/asset/bills-history`, 1 requests per 1 s per UserID."""
    def iter_asset_bills_history(
        self,
        ccy: str | None = None,
        type_: str | None = None,
        third_party_type: str | None = None,
        client_id: str | None = None,
        after: str | None = None,
        before: str | None = None,
        limit: int | str | None = None,
        paging_type: str | None = None,
    ) -> Iterator[dict[str, Any]]:
        """Walks every page of `get_asset_bills_history` (`for`), yielding its items.

        Older records page by page through `after` (the default); newer ones when only `before`
        is given. The cursor is the `ts` of each page's edge item; the walk stops at an empty
        page (or one shorter than `limit`). Arguments are checked at the call."""
    def cancel_withdrawal(self, wd_id: str) -> list[dict[str, Any]]:
        """Cancels withdrawal (needs Trade permission).

        `POST /api/v5/asset/cancel-withdrawal`, 6 requests per 1 s per UserID."""
    def convert_dust_assets(self, ccy: str | None = None) -> list[dict[str, Any]]:
        """Converts dust assets (no longer in OKX's current documentation). Its parameters are
        not verified against OKX's documentation.

        `POST /api/v5/asset/convert-dust-assets`, rate limit not documented."""
    def get_currencies(self, ccy: str | None = None) -> list[Currency]:
        """Currencies (needs Read permission).

        `GET /api/v5/asset/currencies`, 6 requests per 1 s per UserID."""
    def get_deposit_address(self, ccy: str) -> list[DepositAddress]:
        """Deposit address (needs Read permission).

        `GET /api/v5/asset/deposit-address`, 6 requests per 1 s per UserID."""
    def get_deposit_history(
        self,
        ccy: str | None = None,
        dep_id: str | None = None,
        from_wd_id: str | None = None,
        tx_id: str | None = None,
        type_: str | None = None,
        state: str | None = None,
        after: str | None = None,
        before: str | None = None,
        limit: int | str | None = None,
    ) -> list[dict[str, Any]]:
        """Deposit history (needs Read permission).

        `GET /api/v5/asset/deposit-history`, 6 requests per 1 s per UserID."""
    def iter_deposit_history(
        self,
        ccy: str | None = None,
        dep_id: str | None = None,
        from_wd_id: str | None = None,
        tx_id: str | None = None,
        type_: str | None = None,
        state: str | None = None,
        after: str | None = None,
        before: str | None = None,
        limit: int | str | None = None,
    ) -> Iterator[dict[str, Any]]:
        """Walks every page of `get_deposit_history` (`for`), yielding its items.

        Older records page by page through `after` (the default); newer ones when only `before`
        is given. The cursor is the `ts` of each page's edge item; the walk stops at an empty
        page (or one shorter than `limit`). Arguments are checked at the call."""
    def get_deposit_lightning(
        self,
        ccy: str,
        amt: str | int | float | Decimal,
        to: str | None = None,
    ) -> list[dict[str, Any]]:
        """Deposit lightning (no longer in OKX's current documentation). Its parameters are not
        verified against OKX's documentation.

        `GET /api/v5/asset/deposit-lightning`, rate limit not documented."""
    def get_deposit_withdraw_status(
        self,
        wd_id: str | None = None,
        tx_id: str | None = None,
        ccy: str | None = None,
        to: str | None = None,
        chain: str | None = None,
    ) -> list[dict[str, Any]]:
        """Deposit withdraw status (needs Read permission).

        `GET /api/v5/asset/deposit-withdraw-status`, 1 requests per 2 s per UserID."""
    def get_exchange_list(self) -> list[dict[str, Any]]:
        """Exchange list.

        `GET /api/v5/asset/exchange-list`, 6 requests per 1 s per IP."""
    def get_monthly_statement(self, month: str) -> list[dict[str, Any]]:
        """Monthly statement (needs Read permission).

        `GET /api/v5/asset/monthly-statement`, 10 requests per 2 s per UserID."""
    def apply_monthly_statement(self, month: str | None = None) -> list[dict[str, Any]]:
        """Applies for monthly statement (needs Read permission).

        `POST /api/v5/asset/monthly-statement`, 20 requests per 2592000 s per UserID."""
    def get_non_tradable_assets(self, ccy: str | None = None) -> list[dict[str, Any]]:
        """Non tradable assets (needs Read permission).

        `GET /api/v5/asset/non-tradable-assets`, 6 requests per 1 s per UserID."""
    def piggybank_purchase_redemption(
        self,
        ccy: str,
        amt: str | int | float | Decimal,
        side: str,
        rate: str | int | float | Decimal,
    ) -> list[dict[str, Any]]:
        """Piggybank purchase redemption (no longer in OKX's current documentation). Its
        parameters are not verified against OKX's documentation.

        `POST /api/v5/asset/purchase_redempt`, rate limit not documented."""
    def funds_transfer(
        self,
        ccy: str,
        amt: str | int | float | Decimal,
        from_: str,
        to: str,
        type_: str | None = None,
        sub_acct: str | None = None,
        loan_trans: bool | None = None,
        omit_pos_risk: bool | None = None,
        client_id: str | None = None,
    ) -> list[dict[str, Any]]:
        """Funds transfer (needs Trade permission).

        `POST /api/v5/asset/transfer`, 2 requests per 1 s per UserID+ccy."""
    def get_transfer_state(
        self,
        trans_id: str | None = None,
        client_id: str | None = None,
        type_: str | None = None,
    ) -> list[dict[str, Any]]:
        """Transfer state (needs Read permission).

        `GET /api/v5/asset/transfer-state`, 10 requests per 1 s per UserID."""
    def withdrawal(
        self,
        ccy: str,
        amt: str | int | float | Decimal,
        dest: str,
        to_addr: str,
        to_addr_type: str | None = None,
        chain: str | None = None,
        area_code: str | None = None,
        rcvr_info: dict[str, Any] | None = None,
        client_id: str | None = None,
    ) -> list[dict[str, Any]]:
        """Withdrawal (needs Withdraw permission).

        `POST /api/v5/asset/withdrawal`, 6 requests per 1 s per UserID."""
    def get_withdrawal_history(
        self,
        ccy: str | None = None,
        wd_id: str | None = None,
        client_id: str | None = None,
        tx_id: str | None = None,
        type_: str | None = None,
        state: str | None = None,
        after: str | None = None,
        before: str | None = None,
        limit: int | str | None = None,
    ) -> list[dict[str, Any]]:
        """Withdrawal history (needs Read permission).

        `GET /api/v5/asset/withdrawal-history`, 6 requests per 1 s per UserID."""
    def iter_withdrawal_history(
        self,
        ccy: str | None = None,
        wd_id: str | None = None,
        client_id: str | None = None,
        tx_id: str | None = None,
        type_: str | None = None,
        state: str | None = None,
        after: str | None = None,
        before: str | None = None,
        limit: int | str | None = None,
    ) -> Iterator[dict[str, Any]]:
        """Walks every page of `get_withdrawal_history` (`for`), yielding its items.

        Older records page by page through `after` (the default); newer ones when only `before`
        is given. The cursor is the `ts` of each page's edge item; the walk stops at an empty
        page (or one shorter than `limit`). Arguments are checked at the call."""
    def withdrawal_lightning(
        self,
        ccy: str,
        invoice: str,
        memo: str | None = None,
    ) -> list[dict[str, Any]]:
        """Withdrawal lightning (no longer in OKX's current documentation). Its parameters are
        not verified against OKX's documentation.

        `POST /api/v5/asset/withdrawal-lightning`, rate limit not documented."""
    def get_fiat_buy_sell_currencies(self) -> list[dict[str, Any]]:
        """Fiat buy sell currencies (needs Read permission).

        `GET /api/v5/fiat/buy-sell/currencies`, 6 requests per 1 s per UserID."""
    def get_fiat_buy_sell_currency_pair(self, from_ccy: str, to_ccy: str) -> list[dict[str, Any]]:
        """Fiat buy sell currency pair (needs Read permission).

        `GET /api/v5/fiat/buy-sell/currency-pair`, 6 requests per 1 s per UserID."""
    def get_fiat_buy_sell_history(
        self,
        ord_id: str | None = None,
        cl_ord_id: str | None = None,
        state: str | None = None,
        begin: int | str | None = None,
        end: int | str | None = None,
        limit: int | str | None = None,
    ) -> list[dict[str, Any]]:
        """Fiat buy sell history (needs Read permission).

        `GET /api/v5/fiat/buy-sell/history`, 6 requests per 1 s per UserID."""
    def get_fiat_buy_sell_quote(
        self,
        side: str,
        from_ccy: str,
        to_ccy: str,
        rfq_amt: str | int | float | Decimal,
        rfq_ccy: str,
    ) -> list[dict[str, Any]]:
        """Fiat buy sell quote (needs Read permission). Rate limit as documented: 10/1s; 1/5s.

        `POST /api/v5/fiat/buy-sell/quote`, 10 requests per 1 s per UserID; instId."""
    def fiat_buy_sell_trade(
        self,
        quote_id: str,
        side: str,
        from_ccy: str,
        to_ccy: str,
        rfq_amt: str | int | float | Decimal,
        rfq_ccy: str,
        payment_method: str,
        cl_ord_id: str,
    ) -> list[dict[str, Any]]:
        """Fiat buy sell trade (needs Trade permission).

        `POST /api/v5/fiat/buy-sell/trade`, 1 requests per 5 s per UserID."""
    def cancel_fiat_withdrawal(self, ord_id: str) -> list[dict[str, Any]]:
        """Cancels fiat withdrawal (needs Trade permission).

        `POST /api/v5/fiat/cancel-withdrawal`, 3 requests per 1 s per UserID."""
    def create_fiat_withdrawal(
        self,
        payment_acct_id: str,
        ccy: str,
        amt: str | int | float | Decimal,
        payment_method: str,
        client_id: str,
    ) -> list[dict[str, Any]]:
        """Creates fiat withdrawal (needs Withdraw permission).

        `POST /api/v5/fiat/create-withdrawal`, 3 requests per 1 s per UserID."""
    def get_fiat_deposit(self, ord_id: str) -> list[dict[str, Any]]:
        """Fiat deposit (needs Read permission).

        `GET /api/v5/fiat/deposit`, 3 requests per 1 s per UserID."""
    def get_fiat_deposit_history(
        self,
        ccy: str | None = None,
        payment_method: str | None = None,
        state: str | None = None,
        after: str | None = None,
        before: str | None = None,
        limit: int | str | None = None,
    ) -> list[dict[str, Any]]:
        """Fiat deposit history (needs Read permission).

        `GET /api/v5/fiat/deposit-order-history`, 3 requests per 1 s per UserID."""
    def get_fiat_deposit_payment_methods(self, ccy: str) -> list[dict[str, Any]]:
        """Fiat deposit payment methods (needs Read permission).

        `GET /api/v5/fiat/deposit-payment-methods`, 3 requests per 1 s per UserID."""
    def get_fiat_withdrawal(self, ord_id: str) -> list[dict[str, Any]]:
        """Fiat withdrawal (needs Read permission).

        `GET /api/v5/fiat/withdrawal`, 3 requests per 1 s per UserID."""
    def get_fiat_withdrawal_history(
        self,
        ccy: str | None = None,
        payment_method: str | None = None,
        state: str | None = None,
        after: str | None = None,
        before: str | None = None,
        limit: int | str | None = None,
    ) -> list[dict[str, Any]]:
        """Fiat withdrawal history (needs Read permission).

        `GET /api/v5/fiat/withdrawal-order-history`, 3 requests per 1 s per UserID."""
    def get_fiat_withdrawal_payment_methods(self, ccy: str) -> list[dict[str, Any]]:
        """Fiat withdrawal payment methods (needs Read permission).

        `GET /api/v5/fiat/withdrawal-payment-methods`, 3 requests per 1 s per UserID."""
    def get_block_ticker(self, inst_id: str) -> list[dict[str, Any]]:
        """Block ticker.

        `GET /api/v5/market/block-ticker`, 20 requests per 2 s per IP."""
    def get_block_tickers(
        self,
        inst_type: str,
        inst_family: str | None = None,
    ) -> list[dict[str, Any]]:
        """Block tickers.

        `GET /api/v5/market/block-tickers`, 20 requests per 2 s per IP."""
    def get_market_block_trades(self, inst_id: str | None = None) -> list[dict[str, Any]]:
        """Market block trades (no longer in OKX's current documentation). Its parameters are not
        verified against OKX's documentation.

        `GET /api/v5/market/block-trades`, rate limit not documented."""
    def get_orderbook(self, inst_id: str, depth: int | str | None = None) -> OrderBook:
        """Order book snapshot; `depth` is the number of levels per side (OKX `sz`, max 400).

        `GET /api/v5/market/books`, 40 requests per 2 s per IP."""
    def get_full_orderbook(
        self,
        inst_id: str,
        sz: str | int | float | Decimal | None = None,
    ) -> list[dict[str, Any]]:
        """Full orderbook.

        `GET /api/v5/market/books-full`, 10 requests per 2 s per IP."""
    def get_orderbook_lite(self, inst_id: str | None = None) -> list[dict[str, Any]]:
        """Orderbook lite (no longer in OKX's current documentation). Its parameters are not
        verified against OKX's documentation.

        `GET /api/v5/market/books-lite`, rate limit not documented."""
    def get_rpi_orderbook(
        self,
        inst_id: str,
        sz: str | int | float | Decimal | None = None,
    ) -> list[dict[str, Any]]:
        """Rpi orderbook.

        `GET /api/v5/market/books-rpi`, 20 requests per 2 s per IP."""
    def get_sbe_orderbook(self, inst_id_code: str, source: str) -> list[dict[str, Any]]:
        """Sbe orderbook.

        `GET /api/v5/market/books-sbe`, 10 requests per 10 s per IP+instIdCode."""
    def get_call_auction_details(self, inst_id: str) -> list[dict[str, Any]]:
        """Call auction details.

        `GET /api/v5/market/call-auction-details`, 20 requests per 2 s per IP."""
    def get_candles(
        self,
        inst_id: str,
        bar: str | None = None,
        after: int | str | None = None,
        before: int | str | None = None,
        limit: int | str | None = None,
    ) -> list[Candle]:
        """Candlesticks, newest first (the latest 1,440 bars).

        `GET /api/v5/market/candles`, 40 requests per 2 s per IP."""
    def iter_candles(
        self,
        inst_id: str,
        bar: str | None = None,
        after: int | str | None = None,
        before: int | str | None = None,
        limit: int | str | None = None,
    ) -> Iterator[Candle]:
        """Walks every page of `get_candles` (`for`), yielding its items.

        Older records page by page through `after` (the default); newer ones when only `before`
        is given. The cursor is the `ts` of each page's edge item; the walk stops at an empty
        page (or one shorter than `limit`). Arguments are checked at the call."""
    def get_exchange_rate(self) -> list[dict[str, Any]]:
        """Exchange rate.

        `GET /api/v5/market/exchange-rate`, 1 requests per 2 s per IP."""
    def get_history_candles(
        self,
        inst_id: str,
        after: str | None = None,
        before: str | None = None,
        bar: str | None = None,
        limit: int | str | None = None,
        adjust: str | None = None,
    ) -> list[Candle]:
        """History candles.

        `GET /api/v5/market/history-candles`, 20 requests per 2 s per IP."""
    def iter_history_candles(
        self,
        inst_id: str,
        after: str | None = None,
        before: str | None = None,
        bar: str | None = None,
        limit: int | str | None = None,
        adjust: str | None = None,
    ) -> Iterator[Candle]:
        """Walks every page of `get_history_candles` (`for`), yielding its items.

        Older records page by page through `after` (the default); newer ones when only `before`
        is given. The cursor is the `ts` of each page's edge item; the walk stops at an empty
        page (or one shorter than `limit`). Arguments are checked at the call."""
    def get_history_index_candles(
        self,
        inst_id: str,
        after: str | None = None,
        before: str | None = None,
        bar: str | None = None,
        limit: int | str | None = None,
    ) -> list[dict[str, Any]]:
        """History index candles.

        `GET /api/v5/market/history-index-candles`, 10 requests per 2 s per IP."""
    def iter_history_index_candles(
        self,
        inst_id: str,
        after: str | None = None,
        before: str | None = None,
        bar: str | None = None,
        limit: int | str | None = None,
    ) -> Iterator[dict[str, Any]]:
        """Walks every page of `get_history_index_candles` (`for`), yielding its items.

        Older records page by page through `after` (the default); newer ones when only `before`
        is given. The cursor is the `ts` of each page's edge item; the walk stops at an empty
        page (or one shorter than `limit`). Arguments are checked at the call."""
    def get_history_mark_price_candles(
        self,
        inst_id: str,
        after: str | None = None,
        before: str | None = None,
        bar: str | None = None,
        limit: int | str | None = None,
    ) -> list[dict[str, Any]]:
        """History mark price candles.

        `GET /api/v5/market/history-mark-price-candles`, 20 requests per 2 s per IP."""
    def iter_history_mark_price_candles(
        self,
        inst_id: str,
        after: str | None = None,
        before: str | None = None,
        bar: str | None = None,
        limit: int | str | None = None,
    ) -> Iterator[dict[str, Any]]:
        """Walks every page of `get_history_mark_price_candles` (`for`), yielding its items.

        Older records page by page through `after` (the default); newer ones when only `before`
        is given. The cursor is the `ts` of each page's edge item; the walk stops at an empty
        page (or one shorter than `limit`). Arguments are checked at the call."""
    def get_history_trades(
        self,
        inst_id: str,
        type_: str | None = None,
        after: str | None = None,
        before: str | None = None,
        limit: int | str | None = None,
    ) -> list[Trade]:
        """History trades.

        `GET /api/v5/market/history-trades`, 20 requests per 2 s per IP."""
    def iter_history_trades(
        self,
        inst_id: str,
        type_: str | None = None,
        after: str | None = None,
        before: str | None = None,
        limit: int | str | None = None,
    ) -> Iterator[Trade]:
        """Walks every page of `get_history_trades` (`for`), yielding its items.

        Older records page by page through `after` (the default); newer ones when only `before`
        is given. The cursor is the `tradeId` of each page's edge item; the walk stops at an
        empty page (or one shorter than `limit`). Arguments are checked at the call."""
    def get_index_candles(
        self,
        inst_id: str,
        after: str | None = None,
        before: str | None = None,
        bar: str | None = None,
        limit: int | str | None = None,
    ) -> list[dict[str, Any]]:
        """Index candles.

        `GET /api/v5/market/index-candles`, 20 requests per 2 s per IP."""
    def iter_index_candles(
        self,
        inst_id: str,
        after: str | None = None,
        before: str | None = None,
        bar: str | None = None,
        limit: int | str | None = None,
    ) -> Iterator[dict[str, Any]]:
        """Walks every page of `get_index_candles` (`for`), yielding its items.

        Older records page by page through `after` (the default); newer ones when only `before`
        is given. The cursor is the `ts` of each page's edge item; the walk stops at an empty
        page (or one shorter than `limit`). Arguments are checked at the call."""
    def get_index_components(self, index: str) -> dict[str, Any]:
        """Index components (returns one object).

        `GET /api/v5/market/index-components`, 20 requests per 2 s per IP."""
    def get_index_tickers(
        self,
        quote_ccy: str | None = None,
        inst_id: str | None = None,
    ) -> list[IndexTicker]:
        """Index prices by quote currency or index id.

        `GET /api/v5/market/index-tickers`, 20 requests per 2 s per IP."""
    def get_mark_price_candles(
        self,
        inst_id: str,
        after: str | None = None,
        before: str | None = None,
        bar: str | None = None,
        limit: int | str | None = None,
    ) -> list[dict[str, Any]]:
        """Mark price candles.

        `GET /api/v5/market/mark-price-candles`, 20 requests per 2 s per IP."""
    def iter_mark_price_candles(
        self,
        inst_id: str,
        after: str | None = None,
        before: str | None = None,
        bar: str | None = None,
        limit: int | str | None = None,
    ) -> Iterator[dict[str, Any]]:
        """Walks every page of `get_mark_price_candles` (`for`), yielding its items.

        Older records page by page through `after` (the default); newer ones when only `before`
        is given. The cursor is the `ts` of each page's edge item; the walk stops at an empty
        page (or one shorter than `limit`). Arguments are checked at the call."""
    def get_option_trades_by_family(self, inst_family: str) -> list[dict[str, Any]]:
        """Option trades by family.

        `GET /api/v5/market/option/instrument-family-trades`, 20 requests per 2 s per IP."""
    def get_platform_24h_volume(self) -> list[dict[str, Any]]:
        """Platform 24h volume.

        `GET /api/v5/market/platform-24-volume`, 2 requests per 2 s per IP."""
    def get_spread_candles(
        self,
        sprd_id: str,
        bar: str | None = None,
        after: str | None = None,
        before: str | None = None,
        limit: int | str | None = None,
    ) -> list[dict[str, Any]]:
        """Spread candles.

        `GET /api/v5/market/sprd-candles`, 40 requests per 2 s per IP."""
    def iter_spread_candles(
        self,
        sprd_id: str,
        bar: str | None = None,
        after: str | None = None,
        before: str | None = None,
        limit: int | str | None = None,
    ) -> Iterator[dict[str, Any]]:
        """Walks every page of `get_spread_candles` (`for`), yielding its items.

        Older records page by page through `after` (the default); newer ones when only `before`
        is given. The cursor is the `ts` of each page's edge item; the walk stops at an empty
        page (or one shorter than `limit`). Arguments are checked at the call."""
    def get_spread_history_candles(
        self,
        sprd_id: str,
        after: str | None = None,
        before: str | None = None,
        bar: str | None = None,
        limit: int | str | None = None,
    ) -> list[dict[str, Any]]:
        """Spread history candles.

        `GET /api/v5/market/sprd-history-candles`, 20 requests per 2 s per IP."""
    def iter_spread_history_candles(
        self,
        sprd_id: str,
        after: str | None = None,
        before: str | None = None,
        bar: str | None = None,
        limit: int | str | None = None,
    ) -> Iterator[dict[str, Any]]:
        """Walks every page of `get_spread_history_candles` (`for`), yielding its items.

        Older records page by page through `after` (the default); newer ones when only `before`
        is given. The cursor is the `ts` of each page's edge item; the walk stops at an empty
        page (or one shorter than `limit`). Arguments are checked at the call."""
    def get_spread_ticker(self, sprd_id: str) -> list[dict[str, Any]]:
        """Spread ticker.

        `GET /api/v5/market/sprd-ticker`, 20 requests per 2 s per IP."""
    def get_ticker(self, inst_id: str) -> Ticker:
        """Latest price, best bid/ask and 24 h statistics of one instrument.

        `GET /api/v5/market/ticker`, 20 requests per 2 s per IP."""
    def get_tickers(self, inst_type: str, inst_family: str | None = None) -> list[Ticker]:
        """Latest price, best bid/ask and 24 h statistics of every instrument of one type.

        `GET /api/v5/market/tickers`, 20 requests per 2 s per IP."""
    def get_trades(self, inst_id: str, limit: int | str | None = None) -> list[Trade]:
        """The most recent public trades of one instrument (up to 500).

        `GET /api/v5/market/trades`, 100 requests per 2 s per IP."""
    def get_public_block_trades(self, inst_id: str) -> list[dict[str, Any]]:
        """Public block trades.

        `GET /api/v5/public/block-trades`, 20 requests per 2 s per IP."""
    def unit_convert(
        self,
        inst_id: str,
        sz: str | int | float | Decimal,
        type_: str | None = None,
        px: str | int | float | Decimal | None = None,
        unit: str | None = None,
        op_type: str | None = None,
    ) -> list[dict[str, Any]]:
        """Unit convert.

        `GET /api/v5/public/convert-contract-coin`, 10 requests per 2 s per IP."""
    def get_delivery_exercise_history(
        self,
        inst_type: str,
        inst_family: str,
        after: str | None = None,
        before: str | None = None,
        limit: int | str | None = None,
    ) -> list[dict[str, Any]]:
        """Delivery exercise history.

        `GET /api/v5/public/delivery-exercise-history`, 40 requests per 2 s per
        IP+instType+instFamily."""
    def iter_delivery_exercise_history(
        self,
        inst_type: str,
        inst_family: str,
        after: str | None = None,
        before: str | None = None,
        limit: int | str | None = None,
    ) -> Iterator[dict[str, Any]]:
        """Walks every page of `get_delivery_exercise_history` (`for`), yielding its items.

        Older records page by page through `after` (the default); newer ones when only `before`
        is given. The cursor is the `ts` of each page's edge item; the walk stops at an empty
        page (or one shorter than `limit`). Arguments are checked at the call."""
    def get_discount_rate_interest_free_quota(self, ccy: str | None = None) -> list[dict[str, Any]]:
        """Discount rate interest free quota.

        `GET /api/v5/public/discount-rate-interest-free-quota`, 2 requests per 2 s per IP."""
    def get_economic_calendar(
        self,
        region: str | None = None,
        importance: str | None = None,
        before: str | None = None,
        after: str | None = None,
        limit: int | str | None = None,
    ) -> list[dict[str, Any]]:
        """Economic calendar.

        `GET /api/v5/public/economic-calendar`, 1 requests per 5 s per IP."""
    def iter_economic_calendar(
        self,
        region: str | None = None,
        importance: str | None = None,
        before: str | None = None,
        after: str | None = None,
        limit: int | str | None = None,
    ) -> Iterator[dict[str, Any]]:
        """Walks every page of `get_economic_calendar` (`for`), yielding its items.

        Older records page by page through `after` (the default); newer ones when only `before`
        is given. The cursor is the `date` of each page's edge item; the walk stops at an empty
        page (or one shorter than `limit`). Arguments are checked at the call."""
    def get_estimated_price(self, inst_id: str) -> list[dict[str, Any]]:
        """Estimated price.

        `GET /api/v5/public/estimated-price`, 10 requests per 2 s per IP+instId."""
    def get_estimated_settlement_price(self, inst_id: str) -> list[dict[str, Any]]:
        """Estimated settlement price.

        `GET /api/v5/public/estimated-settlement-info`, 10 requests per 2 s per IP+instId."""
    def get_event_contract_events(
        self,
        series_id: str,
        event_id: str | None = None,
        state: str | None = None,
        limit: int | str | None = None,
        before: str | None = None,
        after: str | None = None,
    ) -> list[dict[str, Any]]:
        """Event contract events.

        `GET /api/v5/public/event-contract/events`, 10 requests per 2 s per IP."""
    def get_event_contract_markets(
        self,
        series_id: str,
        event_id: str | None = None,
        inst_id: str | None = None,
        state: str | None = None,
        limit: int | str | None = None,
        before: str | None = None,
        after: str | None = None,
    ) -> list[dict[str, Any]]:
        """Event contract markets.

        `GET /api/v5/public/event-contract/markets`, 10 requests per 2 s per IP."""
    def get_event_contract_series(self, series_id: str | None = None) -> list[dict[str, Any]]:
        """Event contract series.

        `GET /api/v5/public/event-contract/series`, 10 requests per 2 s per IP."""
    def get_funding_rate(self, inst_id: str) -> list[FundingRate]:
        """Funding rate.

        `GET /api/v5/public/funding-rate`, 10 requests per 2 s per IP+instId."""
    def get_funding_rate_history(
        self,
        inst_id: str,
        before: str | None = None,
        after: str | None = None,
        limit: int | str | None = None,
    ) -> list[FundingRate]:
        """Funding rate history.

        `GET /api/v5/public/funding-rate-history`, 10 requests per 2 s per IP+instId."""
    def iter_funding_rate_history(
        self,
        inst_id: str,
        before: str | None = None,
        after: str | None = None,
        limit: int | str | None = None,
    ) -> Iterator[FundingRate]:
        """Walks every page of `get_funding_rate_history` (`for`), yielding its items.

        Older records page by page through `after` (the default); newer ones when only `before`
        is given. The cursor is the `fundingTime` of each page's edge item; the walk stops at an
        empty page (or one shorter than `limit`). Arguments are checked at the call."""
    def get_instrument_tick_bands(
        self,
        inst_type: str,
        inst_family: str | None = None,
    ) -> list[dict[str, Any]]:
        """Instrument tick bands.

        `GET /api/v5/public/instrument-tick-bands`, 5 requests per 2 s per IP."""
    def get_instruments(
        self,
        inst_type: str,
        inst_id: str | None = None,
        inst_family: str | None = None,
        series_id: str | None = None,
    ) -> list[Instrument]:
        """Tradable instruments of one type and their trading rules.

        `GET /api/v5/public/instruments`, 20 requests per 2 s per IP+instType."""
    def get_security_fund(
        self,
        inst_type: str,
        type_: str | None = None,
        inst_family: str | None = None,
        ccy: str | None = None,
        before: str | None = None,
        after: str | None = None,
        limit: int | str | None = None,
    ) -> list[dict[str, Any]]:
        """Security fund.

        `GET /api/v5/public/insurance-fund`, 10 requests per 2 s per IP."""
    def get_interest_rate_loan_quota(self) -> list[dict[str, Any]]:
        """Interest rate loan quota.

        `GET /api/v5/public/interest-rate-loan-quota`, 2 requests per 2 s per IP."""
    def get_mark_price(
        self,
        inst_type: str,
        inst_family: str | None = None,
        inst_id: str | None = None,
    ) -> list[MarkPrice]:
        """Mark price.

        `GET /api/v5/public/mark-price`, 10 requests per 2 s per IP+instId."""
    def get_historical_market_data(
        self,
        module: str,
        inst_type: str,
        date_aggr_type: str,
        begin: int | str,
        end: int | str,
        inst_id_list: str | None = None,
        inst_family_list: str | None = None,
    ) -> list[dict[str, Any]]:
        """Historical market data.

        `GET /api/v5/public/market-data-history`, 5 requests per 2 s per IP."""
    def get_mm_instrument_types(
        self,
        inst_type: str | None = None,
        inst_id: str | None = None,
    ) -> list[dict[str, Any]]:
        """Mm instrument types.

        `GET /api/v5/public/mm-instrument-types`, 5 requests per 2 s per IP."""
    def get_open_interest(
        self,
        inst_type: str,
        inst_family: str | None = None,
        inst_id: str | None = None,
    ) -> list[dict[str, Any]]:
        """Open interest.

        `GET /api/v5/public/open-interest`, 20 requests per 2 s per IP+instId."""
    def get_option_market_data(
        self,
        inst_family: str,
        exp_time: str | None = None,
    ) -> list[dict[str, Any]]:
        """Option market data.

        `GET /api/v5/public/opt-summary`, 20 requests per 2 s per IP+instFamily."""
    def get_option_trades(
        self,
        inst_id: str | None = None,
        inst_family: str | None = None,
        opt_type: str | None = None,
    ) -> list[dict[str, Any]]:
        """Option trades.

        `GET /api/v5/public/option-trades`, 20 requests per 2 s per IP."""
    def get_position_tiers(
        self,
        inst_type: str,
        td_mode: str,
        inst_family: str | None = None,
        inst_id: str | None = None,
        ccy: str | None = None,
        tier: str | None = None,
    ) -> list[dict[str, Any]]:
        """Position tiers.

        `GET /api/v5/public/position-tiers`, 10 requests per 2 s per IP."""
    def get_premium_history(
        self,
        inst_id: str,
        after: str | None = None,
        before: str | None = None,
        limit: int | str | None = None,
    ) -> list[dict[str, Any]]:
        """Premium history.

        `GET /api/v5/public/premium-history`, 20 requests per 2 s per IP."""
    def iter_premium_history(
        self,
        inst_id: str,
        after: str | None = None,
        before: str | None = None,
        limit: int | str | None = None,
    ) -> Iterator[dict[str, Any]]:
        """Walks every page of `get_premium_history` (`for`), yielding its items.

        Older records page by page through `after` (the default); newer ones when only `before`
        is given. The cursor is the `ts` of each page's edge item; the walk stops at an empty
        page (or one shorter than `limit`). Arguments are checked at the call."""
    def get_limit_price(self, inst_id: str) -> list[dict[str, Any]]:
        """Limit price.

        `GET /api/v5/public/price-limit`, 20 requests per 2 s per IP."""
    def get_futures_settlement_history(
        self,
        inst_family: str,
        after: str | None = None,
        before: str | None = None,
        limit: int | str | None = None,
    ) -> list[dict[str, Any]]:
        """Futures settlement history.

        `GET /api/v5/public/settlement-history`, 40 requests per 2 s per IP+instFamily."""
    def iter_futures_settlement_history(
        self,
        inst_family: str,
        after: str | None = None,
        before: str | None = None,
        limit: int | str | None = None,
    ) -> Iterator[dict[str, Any]]:
        """Walks every page of `get_futures_settlement_history` (`for`), yielding its items.

        Older records page by page through `after` (the default); newer ones when only `before`
        is given. The cursor is the `ts` of each page's edge item; the walk stops at an empty
        page (or one shorter than `limit`). Arguments are checked at the call."""
    def get_system_time(self) -> SystemTime:
        """OKX's clock, Unix milliseconds (OKX path `/api/v5/public/time`).

        `GET /api/v5/public/time`, 10 requests per 2 s per IP."""
    def get_underlying(self, inst_type: str) -> list[dict[str, Any]]:
        """Underlying.

        `GET /api/v5/public/underlying`, 20 requests per 2 s per IP."""
    def get_vip_interest_rate_loan_quota(self) -> list[dict[str, Any]]:
        """VIP interest rate loan quota (no longer in OKX's current documentation). Its
        parameters are not verified against OKX's documentation.

        `GET /api/v5/public/vip-interest-rate-loan-quota`, rate limit not documented."""
    def get_subaccount_trading_balance(self, sub_acct: str) -> list[dict[str, Any]]:
        """Sub-account trading balance (needs Read permission).

        `GET /api/v5/account/subaccount/balances`, 6 requests per 2 s per UserID."""
    def get_subaccount_interest_limits(
        self,
        sub_acct: str | None = None,
        ccy: str | None = None,
    ) -> list[dict[str, Any]]:
        """Sub-account interest limits (no longer in OKX's current documentation). Its parameters
        are not verified against OKX's documentation.

        `GET /api/v5/account/subaccount/interest-limits`, rate limit not documented."""
    def get_subaccount_max_withdrawal(
        self,
        sub_acct: str,
        ccy: str | None = None,
    ) -> list[dict[str, Any]]:
        """Sub-account max withdrawal (needs Read permission).

        `GET /api/v5/account/subaccount/max-withdrawal`, 20 requests per 2 s per UserID."""
    def set_subaccount_loan_allocation(
        self,
        enable: bool | None = None,
        alloc: list[dict[str, Any]] | None = None,
    ) -> list[dict[str, Any]]:
        """Sets sub-account loan allocation (no longer in OKX's current documentation). Its
        parameters are not verified against OKX's documentation.

        `POST /api/v5/account/subaccount/set-loan-allocation`, rate limit not documented."""
    def get_subaccount_funding_balance(
        self,
        sub_acct: str,
        ccy: str | None = None,
    ) -> list[dict[str, Any]]:
        """Sub-account funding balance (needs Read permission).

        `GET /api/v5/asset/subaccount/balances`, 6 requests per 2 s per UserID."""
    def get_subaccount_transfer_history(
        self,
        ccy: str | None = None,
        type_: str | None = None,
        sub_acct: str | None = None,
        after: str | None = None,
        before: str | None = None,
        limit: int | str | None = None,
    ) -> list[dict[str, Any]]:
        """Sub-account transfer history (needs Read permission).

        `GET /api/v5/asset/subaccount/bills`, 6 requests per 1 s per UserID."""
    def iter_subaccount_transfer_history(
        self,
        ccy: str | None = None,
        type_: str | None = None,
        sub_acct: str | None = None,
        after: str | None = None,
        before: str | None = None,
        limit: int | str | None = None,
    ) -> Iterator[dict[str, Any]]:
        """Walks every page of `get_subaccount_transfer_history` (`for`), yielding its items.

        Older records page by page through `after` (the default); newer ones when only `before`
        is given. The cursor is the `ts` of each page's edge item; the walk stops at an empty
        page (or one shorter than `limit`). Arguments are checked at the call."""
    def get_managed_subaccount_transfer_history(
        self,
        ccy: str | None = None,
        type_: str | None = None,
        sub_acct: str | None = None,
        sub_uid: str | None = None,
        after: str | None = None,
        before: str | None = None,
        limit: int | str | None = None,
    ) -> list[dict[str, Any]]:
        """Managed sub-account transfer history (needs Read permission).

        `GET /api/v5/asset/subaccount/managed-subaccount-bills`, 6 requests per 1 s per UserID."""
    def iter_managed_subaccount_transfer_history(
        self,
        ccy: str | None = None,
        type_: str | None = None,
        sub_acct: str | None = None,
        sub_uid: str | None = None,
        after: str | None = None,
        before: str | None = None,
        limit: int | str | None = None,
    ) -> Iterator[dict[str, Any]]:
        """Walks every page of `get_managed_subaccount_transfer_history` (`for`), yielding its
        items.

        Older records page by page through `after` (the default); newer ones when only `before`
        is given. The cursor is the `ts` of each page's edge item; the walk stops at an empty
        page (or one shorter than `limit`). Arguments are checked at the call."""
    def subaccount_transfer(
        self,
        ccy: str,
        amt: str | int | float | Decimal,
        from_: str,
        to: str,
        from_sub_account: str,
        to_sub_account: str,
        loan_trans: bool | None = None,
        omit_pos_risk: bool | None = None,
    ) -> list[dict[str, Any]]:
        """Sub-account transfer (needs Trade permission).

        `POST /api/v5/asset/subaccount/transfer`, 1 requests per 1 s per UserID."""
    def get_custody_subaccount_list(self, sub_acct: str | None = None) -> list[dict[str, Any]]:
        """Custody sub-account list (needs Read permission).

        `GET /api/v5/users/entrust-subaccount-list`, 1 requests per 1 s per UserID."""
    def get_subaccount_api_key(
        self,
        sub_acct: str,
        api_key: str | None = None,
    ) -> list[dict[str, Any]]:
        """Sub-account API key (needs Read permission).

        `GET /api/v5/users/subaccount/apikey`, 20 requests per 2 s per UserID."""
    def create_subaccount_api_key(
        self,
        sub_acct: str,
        label: str,
        passphrase: str,
        perm: str | None = None,
        ip: str | None = None,
    ) -> list[dict[str, Any]]:
        """Creates sub-account API key (needs Trade permission).

        `POST /api/v5/users/subaccount/apikey`, 1 requests per 1 s per UserID."""
    def create_subaccount(
        self,
        sub_acct: str,
        type_: str,
        label: str | None = None,
        pwd: str | None = None,
    ) -> list[dict[str, Any]]:
        """Creates sub-account (needs Trade permission).

        `POST /api/v5/users/subaccount/create-subaccount`, 1 requests per 1 s per UserID."""
    def delete_subaccount_api_key(self, sub_acct: str, api_key: str) -> list[dict[str, Any]]:
        """Deletes sub-account API key (needs Trade permission).

        `POST /api/v5/users/subaccount/delete-apikey`, 1 requests per 1 s per UserID."""
    def get_subaccount_list(
        self,
        enable: bool | None = None,
        sub_acct: str | None = None,
        after: str | None = None,
        before: str | None = None,
        limit: int | str | None = None,
    ) -> list[dict[str, Any]]:
        """Sub-account list (needs Read permission).

        `GET /api/v5/users/subaccount/list`, 20 requests per 2 s per UserID."""
    def iter_subaccount_list(
        self,
        enable: bool | None = None,
        sub_acct: str | None = None,
        after: str | None = None,
        before: str | None = None,
        limit: int | str | None = None,
    ) -> Iterator[dict[str, Any]]:
        """Walks every page of `get_subaccount_list` (`for`), yielding its items.

        Older records page by page through `after` (the default); newer ones when only `before`
        is given. The cursor is the `ts` of each page's edge item; the walk stops at an empty
        page (or one shorter than `limit`). Arguments are checked at the call."""
    def reset_subaccount_api_key(
        self,
        sub_acct: str,
        api_key: str,
        label: str | None = None,
        perm: str | None = None,
        ip: str | None = None,
    ) -> list[dict[str, Any]]:
        """Resets sub-account API key (needs Trade permission).

        `POST /api/v5/users/subaccount/modify-apikey`, 1 requests per 1 s per UserID."""
    def set_subaccount_transfer_out(
        self,
        sub_acct: str,
        can_trans_out: bool | None = None,
    ) -> list[dict[str, Any]]:
        """Sets sub-account transfer out (needs Trade permission).

        `POST /api/v5/users/subaccount/set-transfer-out`, 1 requests per 1 s per UserID."""
    def get_convert_currencies(self) -> list[dict[str, Any]]:
        """Convert currencies (needs Read permission).

        `GET /api/v5/asset/convert/currencies`, 6 requests per 1 s per UserID."""
    def get_convert_currency_pair(
        self,
        from_ccy: str,
        to_ccy: str,
        convert_mode: str | None = None,
    ) -> list[dict[str, Any]]:
        """Convert currency pair (needs Read permission).

        `GET /api/v5/asset/convert/currency-pair`, 6 requests per 1 s per UserID."""
    def estimate_quote(
        self,
        base_ccy: str,
        quote_ccy: str,
        side: str,
        rfq_sz: str | int | float | Decimal,
        rfq_sz_ccy: str,
        cl_q_req_id: str | None = None,
        tag: str | None = None,
        convert_mode: str | None = None,
    ) -> list[dict[str, Any]]:
        """Estimates quote (needs Trade permission). Rate limit as documented: 10/1s; 1/5s.

        `POST /api/v5/asset/convert/estimate-quote`, 10 requests per 1 s per UserID; instId."""
    def get_convert_history(
        self,
        cl_t_req_id: str | None = None,
        after: str | None = None,
        before: str | None = None,
        limit: int | str | None = None,
        tag: str | None = None,
    ) -> list[dict[str, Any]]:
        """Convert history.

        `GET /api/v5/asset/convert/history`, 6 requests per 1 s per UserID."""
    def iter_convert_history(
        self,
        cl_t_req_id: str | None = None,
        after: str | None = None,
        before: str | None = None,
        limit: int | str | None = None,
        tag: str | None = None,
    ) -> Iterator[dict[str, Any]]:
        """Walks every page of `get_convert_history` (`for`), yielding its items.

        Older records page by page through `after` (the default); newer ones when only `before`
        is given. The cursor is the `ts` of each page's edge item; the walk stops at an empty
        page (or one shorter than `limit`). Arguments are checked at the call."""
    def convert_trade(
        self,
        quote_id: str,
        base_ccy: str,
        quote_ccy: str,
        side: str,
        sz: str | int | float | Decimal,
        sz_ccy: str,
        cl_t_req_id: str | None = None,
        tag: str | None = None,
        convert_mode: str | None = None,
    ) -> list[dict[str, Any]]:
        """Converts trade (needs Trade permission).

        `POST /api/v5/asset/convert/trade`, 10 requests per 1 s per UserID."""
    def flexible_loan_adjust_collateral(
        self,
        type_: str,
        collateral_ccy: str,
        collateral_amt: str | int | float | Decimal,
        ord_id: str | None = None,
    ) -> list[dict[str, Any]]:
        """Flexible loan adjust collateral (needs Trade permission).

        `POST /api/v5/finance/flexible-loan/adjust-collateral`, 5 requests per 2 s per UserID."""
    def flexible_loan_borrow(
        self,
        loan_data: list[dict[str, Any]] | dict[str, Any],
        cl_ord_id: str,
        ord_id: str | None = None,
        collateral_data: list[dict[str, Any]] | None = None,
        e_mode: str | None = None,
    ) -> list[dict[str, Any]]:
        """Flexible loan borrow.

        `POST /api/v5/finance/flexible-loan/borrow`, 2 requests per 2 s per UserID."""
    def get_flexible_loan_borrow_currencies(self) -> list[dict[str, Any]]:
        """Flexible loan borrow currencies (needs Read permission).

        `GET /api/v5/finance/flexible-loan/borrow-currencies`, 5 requests per 2 s per UserID."""
    def get_flexible_loan_collateral_assets(self, ccy: str | None = None) -> list[dict[str, Any]]:
        """Flexible loan collateral assets (needs Read permission).

        `GET /api/v5/finance/flexible-loan/collateral-assets`, 5 requests per 2 s per UserID."""
    def get_flexible_loan_emode_info(self) -> list[dict[str, Any]]:
        """Flexible loan emode info.

        `GET /api/v5/finance/flexible-loan/emode-info`, 5 requests per 2 s per IP."""
    def get_flexible_loan_interest_accrued(
        self,
        ccy: str | None = None,
        after: str | None = None,
        before: str | None = None,
        limit: int | str | None = None,
        ord_id: str | None = None,
    ) -> list[dict[str, Any]]:
        """Flexible loan interest accrued (needs Read permission).

        `GET /api/v5/finance/flexible-loan/interest-accrued`, 5 requests per 2 s per UserID."""
    def iter_flexible_loan_interest_accrued(
        self,
        ccy: str | None = None,
        after: str | None = None,
        before: str | None = None,
        limit: int | str | None = None,
        ord_id: str | None = None,
    ) -> Iterator[dict[str, Any]]:
        """Walks every page of `get_flexible_loan_interest_accrued` (`for`), yielding its items.

        Older records page by page through `after` (the default); newer ones when only `before`
        is given. The cursor is the `refId` of each page's edge item; the walk stops at an empty
        page (or one shorter than `limit`). Arguments are checked at the call."""
    def get_flexible_loan_history(
        self,
        type_: str | None = None,
        after: str | None = None,
        before: str | None = None,
        limit: int | str | None = None,
        ord_id: str | None = None,
    ) -> list[dict[str, Any]]:
        """Flexible loan history (needs Read permission).

        `GET /api/v5/finance/flexible-loan/loan-history`, 5 requests per 2 s per UserID."""
    def iter_flexible_loan_history(
        self,
        type_: str | None = None,
        after: str | None = None,
        before: str | None = None,
        limit: int | str | None = None,
        ord_id: str | None = None,
    ) -> Iterator[dict[str, Any]]:
        """Walks every page of `get_flexible_loan_history` (`for`), yielding its items.

        Older records page by page through `after` (the default); newer ones when only `before`
        is given. The cursor is the `refId` of each page's edge item; the walk stops at an empty
        page (or one shorter than `limit`). Arguments are checked at the call."""
    def get_flexible_loan_info(self, ord_id: str | None = None) -> list[dict[str, Any]]:
        """Flexible loan info (needs Read permission).

        `GET /api/v5/finance/flexible-loan/loan-info`, 5 requests per 2 s per UserID."""
    def get_flexible_loan_max_collateral_redeem_amount(
        self,
        ccy: str,
        ord_id: str | None = None,
    ) -> list[dict[str, Any]]:
        """Flexible loan max collateral redeem amount (needs Read permission).

        `GET /api/v5/finance/flexible-loan/max-collateral-redeem-amount`, 5 requests per 2 s per
        UserID."""
    def get_flexible_loan_max_loan(
        self,
        borrow_ccy: str,
        ord_id: str | None = None,
        sup_collateral: list[dict[str, Any]] | None = None,
    ) -> list[dict[str, Any]]:
        """Flexible loan max loan (needs Read permission).

        `POST /api/v5/finance/flexible-loan/max-loan`, 5 requests per 2 s per UserID."""
    def flexible_loan_repay(
        self,
        ord_id: str,
        ccy: str,
        amt: str | int | float | Decimal,
        cl_ord_id: str,
    ) -> list[dict[str, Any]]:
        """Flexible loan repay.

        `POST /api/v5/finance/flexible-loan/repay`, 2 requests per 2 s per UserID."""
    def get_okusd_account(self) -> list[dict[str, Any]]:
        """OKUSD account.

        `GET /api/v5/finance/okusd/account`, 2 requests per 2 s per UserID."""
    def get_okusd_limits(self) -> list[dict[str, Any]]:
        """OKUSD limits.

        `GET /api/v5/finance/okusd/limits`, 2 requests per 2 s per UserID."""
    def get_okusd_apr_history(
        self,
        limit: int | str | None = None,
        begin: int | str | None = None,
        end: int | str | None = None,
    ) -> list[dict[str, Any]]:
        """OKUSD apr history.

        `GET /api/v5/finance/okusd/rate/history`, 5 requests per 2 s per UserID."""
    def redeem_okusd(
        self,
        amt: str | int | float | Decimal,
        redeem_type: str,
        cl_ord_id: str,
    ) -> list[dict[str, Any]]:
        """Redeems okusd.

        `POST /api/v5/finance/okusd/redeem`, 1 requests per 2 s per UserID."""
    def get_okusd_redemption_history(
        self,
        limit: int | str | None = None,
        begin: int | str | None = None,
        end: int | str | None = None,
        type_: str | None = None,
    ) -> list[dict[str, Any]]:
        """OKUSD redemption history.

        `GET /api/v5/finance/okusd/redeem/history`, 5 requests per 2 s per UserID."""
    def get_okusd_rewards_history(
        self,
        limit: int | str | None = None,
        begin: int | str | None = None,
        end: int | str | None = None,
    ) -> list[dict[str, Any]]:
        """OKUSD rewards history.

        `GET /api/v5/finance/okusd/rewards/history`, 5 requests per 2 s per UserID."""
    def subscribe_okusd(
        self,
        amt: str | int | float | Decimal,
        cl_ord_id: str,
    ) -> list[dict[str, Any]]:
        """Subscribes to okusd.

        `POST /api/v5/finance/okusd/subscribe`, 1 requests per 2 s per UserID."""
    def get_okusd_subscription_history(
        self,
        limit: int | str | None = None,
        begin: int | str | None = None,
        end: int | str | None = None,
    ) -> list[dict[str, Any]]:
        """OKUSD subscription history.

        `GET /api/v5/finance/okusd/subscribe/history`, 5 requests per 2 s per UserID."""
    def get_saving_balance(self, ccy: str | None = None) -> list[dict[str, Any]]:
        """Saving balance (needs Read permission).

        `GET /api/v5/finance/savings/balance`, 6 requests per 1 s per UserID."""
    def get_lending_history(
        self,
        ccy: str | None = None,
        after: str | None = None,
        before: str | None = None,
        limit: int | str | None = None,
    ) -> list[dict[str, Any]]:
        """Lending history (needs Read permission).

        `GET /api/v5/finance/savings/lending-history`, 6 requests per 1 s per UserID."""
    def iter_lending_history(
        self,
        ccy: str | None = None,
        after: str | None = None,
        before: str | None = None,
        limit: int | str | None = None,
    ) -> Iterator[dict[str, Any]]:
        """Walks every page of `get_lending_history` (`for`), yielding its items.

        Older records page by page through `after` (the default); newer ones when only `before`
        is given. The cursor is the `ts` of each page's edge item; the walk stops at an empty
        page (or one shorter than `limit`). Arguments are checked at the call."""
    def get_public_borrow_history(
        self,
        ccy: str | None = None,
        after: str | None = None,
        before: str | None = None,
        limit: int | str | None = None,
    ) -> list[dict[str, Any]]:
        """Public borrow history.

        `GET /api/v5/finance/savings/lending-rate-history`, 6 requests per 1 s per IP."""
    def iter_public_borrow_history(
        self,
        ccy: str | None = None,
        after: str | None = None,
        before: str | None = None,
        limit: int | str | None = None,
    ) -> Iterator[dict[str, Any]]:
        """Walks every page of `get_public_borrow_history` (`for`), yielding its items.

        Older records page by page through `after` (the default); newer ones when only `before`
        is given. The cursor is the `ts` of each page's edge item; the walk stops at an empty
        page (or one shorter than `limit`). Arguments are checked at the call."""
    def get_public_borrow_info(self, ccy: str | None = None) -> list[dict[str, Any]]:
        """Public borrow info.

        `GET /api/v5/finance/savings/lending-rate-summary`, 6 requests per 1 s per IP."""
    def savings_purchase_redemption(
        self,
        ccy: str,
        amt: str | int | float | Decimal,
        side: str,
        rate: str | int | float | Decimal | None = None,
    ) -> list[dict[str, Any]]:
        """Savings purchase redemption (needs Trade permission).

        `POST /api/v5/finance/savings/purchase-redempt`, 6 requests per 1 s per UserID."""
    def set_lending_rate(self, ccy: str, rate: str | int | float | Decimal) -> list[dict[str, Any]]:
        """Sets lending rate (needs Trade permission).

        `POST /api/v5/finance/savings/set-lending-rate`, 6 requests per 1 s per UserID."""
    def get_dcd_currency_pairs(self) -> list[dict[str, Any]]:
        """Dcd currency pairs.

        `GET /api/v5/finance/sfp/dcd/currency-pair`, 1 requests per 1 s per UserID."""
    def get_dcd_order_history(
        self,
        ord_id: str | None = None,
        product_id: str | None = None,
        uly: str | None = None,
        state: str | None = None,
        begin_id: str | None = None,
        end_id: str | None = None,
        begin: int | str | None = None,
        end: int | str | None = None,
        limit: int | str | None = None,
    ) -> list[dict[str, Any]]:
        """Dcd order history.

        `GET /api/v5/finance/sfp/dcd/order-history`, 1 requests per 1 s per UserID."""
    def get_dcd_order_state(self, ord_id: str) -> list[dict[str, Any]]:
        """Dcd order state.

        `GET /api/v5/finance/sfp/dcd/order-status`, 3 requests per 1 s per UserID."""
    def get_dcd_products(
        self,
        base_ccy: str,
        quote_ccy: str,
        opt_type: str,
    ) -> list[dict[str, Any]]:
        """Dcd products.

        `GET /api/v5/finance/sfp/dcd/products`, 1 requests per 1 s per UserID."""
    def request_dcd_quote(
        self,
        product_id: str,
        notional_sz: str | int | float | Decimal,
        notional_ccy: str,
    ) -> list[dict[str, Any]]:
        """Request dcd quote.

        `POST /api/v5/finance/sfp/dcd/quote`, 10 requests per 60 s per UserID."""
    def dcd_redeem(self, ord_id: str, quote_id: str) -> list[dict[str, Any]]:
        """Dcd redeem.

        `POST /api/v5/finance/sfp/dcd/redeem`, 2 requests per 60 s per UserID."""
    def request_dcd_redeem_quote(self, ord_id: str) -> list[dict[str, Any]]:
        """Request dcd redeem quote.

        `POST /api/v5/finance/sfp/dcd/redeem-quote`, 10 requests per 60 s per UserID."""
    def dcd_trade(self, quote_id: str) -> list[dict[str, Any]]:
        """Dcd trade.

        `POST /api/v5/finance/sfp/dcd/trade`, 2 requests per 60 s per UserID."""
    def get_stable_rewards_apy_history(
        self,
        ccy: str,
        days: str | None = None,
    ) -> list[dict[str, Any]]:
        """Stable rewards apy history.

        `GET /api/v5/finance/stable-rewards/apy-history`, 6 requests per 1 s per IP."""
    def get_stable_rewards_balance(self, ccy: str | None = None) -> list[dict[str, Any]]:
        """Stable rewards balance.

        `GET /api/v5/finance/stable-rewards/balance`, 5 requests per 2 s per UserID."""
    def get_stable_rewards_product_info(self, ccy: str) -> list[dict[str, Any]]:
        """Stable rewards product info.

        `GET /api/v5/finance/stable-rewards/product-info`, 5 requests per 2 s per UserID."""
    def stable_rewards_quote(
        self,
        ccy: str,
        settle_ccy: str,
        action: str,
        amt: str | int | float | Decimal,
    ) -> list[dict[str, Any]]:
        """Stable rewards quote.

        `POST /api/v5/finance/stable-rewards/quote`, 2 requests per 1 s per UserID."""
    def get_stable_rewards_subscribe_redeem_history(
        self,
        ccy: str,
        type_: str | None = None,
        status: str | None = None,
        after: str | None = None,
        before: str | None = None,
        limit: int | str | None = None,
    ) -> list[dict[str, Any]]:
        """Stable rewards subscribe redeem history.

        `GET /api/v5/finance/stable-rewards/subscribe-redeem-history`, 5 requests per 2 s per
        UserID."""
    def iter_stable_rewards_subscribe_redeem_history(
        self,
        ccy: str,
        type_: str | None = None,
        status: str | None = None,
        after: str | None = None,
        before: str | None = None,
        limit: int | str | None = None,
    ) -> Iterator[dict[str, Any]]:
        """Walks every page of `get_stable_rewards_subscribe_redeem_history` (`for`), yielding
        its items.

        Older records page by page through `after` (the default); newer ones when only `before`
        is given. The cursor is the `ordId` of each page's edge item; the walk stops at an empty
        page (or one shorter than `limit`). Arguments are checked at the call."""
    def stable_rewards_trade(self, quote_id: str) -> list[dict[str, Any]]:
        """Stable rewards trade.

        `POST /api/v5/finance/stable-rewards/trade`, 2 requests per 1 s per UserID."""
    def staking_defi_cancel(self, ord_id: str, protocol_type: str) -> list[dict[str, Any]]:
        """Staking defi cancel (needs Trade permission).

        `POST /api/v5/finance/staking-defi/cancel`, 2 requests per 1 s per UserID."""
    def get_eth_staking_apy_history(self, days: str) -> list[dict[str, Any]]:
        """Eth staking apy history.

        `GET /api/v5/finance/staking-defi/eth/apy-history`, 6 requests per 1 s per IP."""
    def get_eth_staking_balance(self) -> list[dict[str, Any]]:
        """Eth staking balance (needs Read permission).

        `GET /api/v5/finance/staking-defi/eth/balance`, 6 requests per 1 s per UserID."""
    def eth_staking_cancel_redeem(self, ord_id: str) -> list[dict[str, Any]]:
        """Eth staking cancel redeem (needs Trade permission).

        `POST /api/v5/finance/staking-defi/eth/cancel-redeem`, 2 requests per 1 s per UserID."""
    def get_eth_staking_product_info(self) -> list[dict[str, Any]]:
        """Eth staking product info (needs Read permission).

        `GET /api/v5/finance/staking-defi/eth/product-info`, 3 requests per 1 s per UserID."""
    def eth_staking_purchase(self, amt: str | int | float | Decimal) -> list[dict[str, Any]]:
        """Eth staking purchase (needs Trade permission).

        `POST /api/v5/finance/staking-defi/eth/purchase`, 2 requests per 1 s per UserID."""
    def get_eth_staking_purchase_redeem_history(
        self,
        type_: str | None = None,
        status: str | None = None,
        after: str | None = None,
        before: str | None = None,
        limit: int | str | None = None,
    ) -> list[dict[str, Any]]:
        """Eth staking purchase redeem history (needs Read permission).

        `GET /api/v5/finance/staking-defi/eth/purchase-redeem-history`, 6 requests per 1 s per
        UserID."""
    def iter_eth_staking_purchase_redeem_history(
        self,
        type_: str | None = None,
        status: str | None = None,
        after: str | None = None,
        before: str | None = None,
        limit: int | str | None = None,
    ) -> Iterator[dict[str, Any]]:
        """Walks every page of `get_eth_staking_purchase_redeem_history` (`for`), yielding its
        items.

        Older records page by page through `after` (the default); newer ones when only `before`
        is given. The cursor is the `requestTime` of each page's edge item; the walk stops at an
        empty page (or one shorter than `limit`). Arguments are checked at the call."""
    def eth_staking_redeem(self, amt: str | int | float | Decimal) -> list[dict[str, Any]]:
        """Eth staking redeem (needs Trade permission).

        `POST /api/v5/finance/staking-defi/eth/redeem`, 2 requests per 1 s per UserID."""
    def get_staking_defi_offers(
        self,
        product_id: str | None = None,
        protocol_type: str | None = None,
        ccy: str | None = None,
    ) -> list[dict[str, Any]]:
        """Staking defi offers (needs Read permission).

        `GET /api/v5/finance/staking-defi/offers`, 3 requests per 1 s per UserID."""
    def get_staking_defi_active_orders(
        self,
        product_id: str | None = None,
        protocol_type: str | None = None,
        ccy: str | None = None,
        state: str | None = None,
    ) -> list[dict[str, Any]]:
        """Staking defi active orders (needs Read permission).

        `GET /api/v5/finance/staking-defi/orders-active`, 3 requests per 1 s per UserID."""
    def get_staking_defi_order_history(
        self,
        product_id: str | None = None,
        protocol_type: str | None = None,
        ccy: str | None = None,
        after: str | None = None,
        before: str | None = None,
        limit: int | str | None = None,
    ) -> list[dict[str, Any]]:
        """Staking defi order history (needs Read permission).

        `GET /api/v5/finance/staking-defi/orders-history`, 3 requests per 1 s per UserID."""
    def iter_staking_defi_order_history(
        self,
        product_id: str | None = None,
        protocol_type: str | None = None,
        ccy: str | None = None,
        after: str | None = None,
        before: str | None = None,
        limit: int | str | None = None,
    ) -> Iterator[dict[str, Any]]:
        """Walks every page of `get_staking_defi_order_history` (`for`), yielding its items.

        Older records page by page through `after` (the default); newer ones when only `before`
        is given. The cursor is the `ordId` of each page's edge item; the walk stops at an empty
        page (or one shorter than `limit`). Arguments are checked at the call."""
    def staking_defi_purchase(
        self,
        product_id: str,
        invest_data: list[dict[str, Any]],
        term: str | None = None,
        tag: str | None = None,
    ) -> list[dict[str, Any]]:
        """Staking defi purchase (needs Trade permission).

        `POST /api/v5/finance/staking-defi/purchase`, 2 requests per 1 s per UserID."""
    def staking_defi_redeem(
        self,
        ord_id: str,
        protocol_type: str,
        allow_early_redeem: bool | None = None,
    ) -> list[dict[str, Any]]:
        """Staking defi redeem (needs Trade permission).

        `POST /api/v5/finance/staking-defi/redeem`, 2 requests per 1 s per UserID."""
    def get_sol_staking_apy_history(self, days: str) -> list[dict[str, Any]]:
        """Sol staking apy history.

        `GET /api/v5/finance/staking-defi/sol/apy-history`, 6 requests per 1 s per IP."""
    def get_sol_staking_balance(self) -> list[dict[str, Any]]:
        """Sol staking balance (needs Read permission).

        `GET /api/v5/finance/staking-defi/sol/balance`, 6 requests per 1 s per UserID."""
    def get_sol_staking_product_info(self) -> dict[str, Any]:
        """Sol staking product info (returns one object; needs Read permission).

        `GET /api/v5/finance/staking-defi/sol/product-info`, 3 requests per 1 s per UserID."""
    def sol_staking_purchase(self, amt: str | int | float | Decimal) -> list[dict[str, Any]]:
        """Sol staking purchase (needs Trade permission).

        `POST /api/v5/finance/staking-defi/sol/purchase`, 2 requests per 1 s per UserID."""
    def get_sol_staking_purchase_redeem_history(
        self,
        type_: str | None = None,
        status: str | None = None,
        after: str | None = None,
        before: str | None = None,
        limit: int | str | None = None,
    ) -> list[dict[str, Any]]:
        """Sol staking purchase redeem history (needs Read permission).

        `GET /api/v5/finance/staking-defi/sol/purchase-redeem-history`, 6 requests per 1 s per
        UserID."""
    def iter_sol_staking_purchase_redeem_history(
        self,
        type_: str | None = None,
        status: str | None = None,
        after: str | None = None,
        before: str | None = None,
        limit: int | str | None = None,
    ) -> Iterator[dict[str, Any]]:
        """Walks every page of `get_sol_staking_purchase_redeem_history` (`for`), yielding its
        items.

        Older records page by page through `after` (the default); newer ones when only `before`
        is given. The cursor is the `requestTime` of each page's edge item; the walk stops at an
        empty page (or one shorter than `limit`). Arguments are checked at the call."""
    def sol_staking_redeem(self, amt: str | int | float | Decimal) -> list[dict[str, Any]]:
        """Sol staking redeem (needs Trade permission).

        `POST /api/v5/finance/staking-defi/sol/redeem`, 2 requests per 1 s per UserID."""
    def amend_spot_dca_basic_param(
        self,
        algo_id: str,
        px_steps: str | int | float | Decimal,
        px_steps_mult: str | int | float | Decimal,
        vol_mult: str | int | float | Decimal,
        tp_pct: str | int | float | Decimal,
        sl_pct: str | int | float | Decimal,
        init_ord_amt: str | int | float | Decimal,
        safety_ord_amt: str | int | float | Decimal,
        max_safety_ords: int | str,
        reserve_funds: str,
        trigger_params: list[dict[str, Any]],
    ) -> list[dict[str, Any]]:
        """Amends spot DCA basic param.

        `POST /api/v5/tradingBot/dca/amend-order-algo`, 20 requests per 2 s per UserID."""
    def place_dca_algo_order(
        self,
        inst_id: str,
        algo_ord_type: str,
        init_ord_amt: str | int | float | Decimal,
        max_safety_ords: int | str,
        tp_pct: str | int | float | Decimal,
        lever: str | int | float | Decimal,
        trigger_params: list[dict[str, Any]],
        allow_reinvest: bool | None = None,
        safety_ord_amt: str | int | float | Decimal | None = None,
        px_steps: str | int | float | Decimal | None = None,
        px_steps_mult: str | int | float | Decimal | None = None,
        vol_mult: str | int | float | Decimal | None = None,
        sl_pct: str | int | float | Decimal | None = None,
        sl_mode: str | None = None,
        direction: str | None = None,
        profit_sharing_ratio: str | int | float | Decimal | None = None,
        tracking_mode: str | None = None,
        tag: str | None = None,
        algo_cl_ord_id: str | None = None,
        trade_quote_ccy: str | None = None,
    ) -> list[dict[str, Any]]:
        """Places DCA algo order.

        `POST /api/v5/tradingBot/dca/create`, 20 requests per 2 s per UserID+instId."""
    def get_dca_cycle_list(
        self,
        algo_id: str,
        algo_ord_type: str,
        inst_id: str | None = None,
        after: str | None = None,
        before: str | None = None,
        limit: int | str | None = None,
    ) -> list[dict[str, Any]]:
        """DCA cycle list.

        `GET /api/v5/tradingBot/dca/cycle-list`, 20 requests per 2 s per UserID."""
    def iter_dca_cycle_list(
        self,
        algo_id: str,
        algo_ord_type: str,
        inst_id: str | None = None,
        after: str | None = None,
        before: str | None = None,
        limit: int | str | None = None,
    ) -> Iterator[dict[str, Any]]:
        """Walks every page of `get_dca_cycle_list` (`for`), yielding its items.

        Older records page by page through `after` (the default); newer ones when only `before`
        is given. The cursor is the `cycleId` of each page's edge item; the walk stops at an
        empty page (or one shorter than `limit`). Arguments are checked at the call."""
    def get_dca_algo_order_history(
        self,
        algo_ord_type: str,
        algo_id: str | None = None,
        after: str | None = None,
        before: str | None = None,
        limit: int | str | None = None,
    ) -> list[dict[str, Any]]:
        """DCA algo order history.

        `GET /api/v5/tradingBot/dca/history-list`, 20 requests per 2 s per UserID."""
    def iter_dca_algo_order_history(
        self,
        algo_ord_type: str,
        algo_id: str | None = None,
        after: str | None = None,
        before: str | None = None,
        limit: int | str | None = None,
    ) -> Iterator[dict[str, Any]]:
        """Walks every page of `get_dca_algo_order_history` (`for`), yielding its items.

        Older records page by page through `after` (the default); newer ones when only `before`
        is given. The cursor is the `algoId` of each page's edge item; the walk stops at an empty
        page (or one shorter than `limit`). Arguments are checked at the call."""
    def add_dca_margin(
        self,
        algo_id: str,
        amt: str | int | float | Decimal,
    ) -> list[dict[str, Any]]:
        """Adds DCA margin.

        `POST /api/v5/tradingBot/dca/margin/add`, 20 requests per 2 s per UserID."""
    def reduce_dca_margin(
        self,
        algo_id: str,
        amt: str | int | float | Decimal,
    ) -> list[dict[str, Any]]:
        """Reduces DCA margin.

        `POST /api/v5/tradingBot/dca/margin/reduce`, 20 requests per 2 s per UserID."""
    def get_dca_algo_order_details(
        self,
        algo_ord_type: str,
        algo_id: str | None = None,
        after: str | None = None,
        before: str | None = None,
        limit: int | str | None = None,
    ) -> list[dict[str, Any]]:
        """DCA algo order details.

        `GET /api/v5/tradingBot/dca/ongoing-list`, 20 requests per 2 s per UserID."""
    def iter_dca_algo_order_details(
        self,
        algo_ord_type: str,
        algo_id: str | None = None,
        after: str | None = None,
        before: str | None = None,
        limit: int | str | None = None,
    ) -> Iterator[dict[str, Any]]:
        """Walks every page of `get_dca_algo_order_details` (`for`), yielding its items.

        Older records page by page through `after` (the default); newer ones when only `before`
        is given. The cursor is the `algoId` of each page's edge item; the walk stops at an empty
        page (or one shorter than `limit`). Arguments are checked at the call."""
    def get_dca_sub_orders(
        self,
        algo_id: str,
        algo_ord_type: str,
        cycle_id: str | None = None,
        after: str | None = None,
        before: str | None = None,
        limit: int | str | None = None,
    ) -> list[dict[str, Any]]:
        """DCA sub orders.

        `GET /api/v5/tradingBot/dca/orders`, 20 requests per 2 s per UserID."""
    def iter_dca_sub_orders(
        self,
        algo_id: str,
        algo_ord_type: str,
        cycle_id: str | None = None,
        after: str | None = None,
        before: str | None = None,
        limit: int | str | None = None,
    ) -> Iterator[dict[str, Any]]:
        """Walks every page of `get_dca_sub_orders` (`for`), yielding its items.

        Older records page by page through `after` (the default); newer ones when only `before`
        is given. The cursor is the `ordId` of each page's edge item; the walk stops at an empty
        page (or one shorter than `limit`). Arguments are checked at the call."""
    def dca_add_investment(
        self,
        algo_id: str,
        algo_ord_type: str,
        price: str | int | float | Decimal,
        amt: str | int | float | Decimal,
        ord_type: str | None = None,
        trade_quote_ccy: str | None = None,
    ) -> list[dict[str, Any]]:
        """DCA add investment.

        `POST /api/v5/tradingBot/dca/orders/manual-buy`, 20 requests per 2 s per UserID."""
    def get_dca_algo_order_position_details(
        self,
        algo_id: str,
        algo_ord_type: str,
    ) -> list[dict[str, Any]]:
        """DCA algo order position details.

        `GET /api/v5/tradingBot/dca/position-details`, 20 requests per 2 s per UserID."""
    def amend_dca_reinvestment(
        self,
        algo_id: str,
        algo_ord_type: str,
        allow_reinvest: bool,
    ) -> list[dict[str, Any]]:
        """Amends DCA reinvestment.

        `POST /api/v5/tradingBot/dca/settings/reinvestment`, 20 requests per 2 s per UserID."""
    def amend_dca_take_profit(
        self,
        algo_id: str,
        algo_ord_type: str,
        tp_price: str | int | float | Decimal,
    ) -> list[dict[str, Any]]:
        """Amends DCA take profit.

        `POST /api/v5/tradingBot/dca/settings/take-profit`, 20 requests per 2 s per UserID."""
    def stop_dca_algo_order(
        self,
        algo_id: str,
        algo_ord_type: str,
        stop_type: str,
    ) -> list[dict[str, Any]]:
        """Stops DCA algo order.

        `POST /api/v5/tradingBot/dca/stop`, 20 requests per 2 s per UserID."""
    def grid_add_investment(
        self,
        algo_id: str,
        amt: str | int | float | Decimal,
        allow_reinvest_profit: bool | None = None,
    ) -> list[dict[str, Any]]:
        """Grid add investment (needs Trade permission).

        `POST /api/v5/tradingBot/grid/adjust-investment`, 20 requests per 2 s per UserID."""
    def get_grid_ai_param(
        self,
        algo_ord_type: str,
        inst_id: str,
        direction: str | None = None,
        duration: str | None = None,
    ) -> list[dict[str, Any]]:
        """Grid ai param.

        `GET /api/v5/tradingBot/grid/ai-param`, 20 requests per 2 s per IP."""
    def amend_grid_algo_basic_param(
        self,
        algo_id: str,
        min_px: str | int | float | Decimal,
        max_px: str | int | float | Decimal,
        grid_num: int | str,
        topup_amount: str | int | float | Decimal | None = None,
    ) -> list[dict[str, Any]]:
        """Amends grid algo basic param (needs Trade permission).

        `POST /api/v5/tradingBot/grid/amend-algo-basic-param`, 20 requests per 2 s per UserID."""
    def amend_grid_algo_order(
        self,
        algo_id: str,
        inst_id: str,
        sl_trigger_px: str | int | float | Decimal | None = None,
        tp_trigger_px: str | int | float | Decimal | None = None,
        tp_ratio: str | int | float | Decimal | None = None,
        sl_ratio: str | int | float | Decimal | None = None,
        top_up_amt: str | int | float | Decimal | None = None,
        trigger_params: list[dict[str, Any]] | None = None,
    ) -> list[dict[str, Any]]:
        """Amends grid algo order (needs Trade permission).

        `POST /api/v5/tradingBot/grid/amend-order-algo`, 20 requests per 2 s per UserID."""
    def cancel_grid_close_order(self, algo_id: str, ord_id: str) -> list[dict[str, Any]]:
        """Cancels grid close order (needs Trade permission).

        `POST /api/v5/tradingBot/grid/cancel-close-order`, 20 requests per 2 s per UserID."""
    def close_grid_position(
        self,
        algo_id: str,
        mkt_close: bool,
        sz: str | int | float | Decimal | None = None,
        px: str | int | float | Decimal | None = None,
    ) -> list[dict[str, Any]]:
        """Closes grid position (needs Trade permission).

        `POST /api/v5/tradingBot/grid/close-position`, 20 requests per 2 s per UserID."""
    def compute_grid_margin_balance(
        self,
        algo_id: str,
        type_: str,
        amt: str | int | float | Decimal | None = None,
    ) -> list[dict[str, Any]]:
        """Computes grid margin balance (needs Trade permission).

        `POST /api/v5/tradingBot/grid/compute-margin-balance`, 20 requests per 2 s per UserID."""
    def copy_grid_algo_order(
        self,
        inst_id: str,
        algo_ord_type: str,
        source_algo_id: str,
        quote_sz: str | int | float | Decimal | None = None,
        lever: str | int | float | Decimal | None = None,
        auto_reserve: bool | None = None,
        sz: str | int | float | Decimal | None = None,
        actual_margin_sz: str | int | float | Decimal | None = None,
        extra_margin_sz: str | int | float | Decimal | None = None,
        algo_cl_ord_id: str | None = None,
        tag: str | None = None,
    ) -> list[dict[str, Any]]:
        """Copies grid algo order.

        `POST /api/v5/tradingBot/grid/copy-order-algo`, 20 requests per 2 s per UserID+instId."""
    def get_max_grid_quantity(
        self,
        inst_id: str,
        run_type: str,
        algo_ord_type: str,
        max_px: str | int | float | Decimal,
        min_px: str | int | float | Decimal,
        lever: str | int | float | Decimal | None = None,
    ) -> list[dict[str, Any]]:
        """Max grid quantity.

        `GET /api/v5/tradingBot/grid/grid-quantity`, 5 requests per 2 s per IP."""
    def adjust_grid_margin_balance(
        self,
        algo_id: str,
        type_: str,
        amt: str | int | float | Decimal | None = None,
        percent: str | int | float | Decimal | None = None,
    ) -> list[dict[str, Any]]:
        """Adjusts grid margin balance (needs Trade permission).

        `POST /api/v5/tradingBot/grid/margin-balance`, 20 requests per 2 s per UserID."""
    def compute_grid_min_investment(
        self,
        inst_id: str,
        algo_ord_type: str,
        max_px: str | int | float | Decimal,
        min_px: str | int | float | Decimal,
        grid_num: int | str,
        run_type: str,
        direction: str | None = None,
        lever: str | int | float | Decimal | None = None,
        base_pos: bool | None = None,
        investment_type: str | None = None,
        trigger_strategy: str | None = None,
        top_up_amt: str | int | float | Decimal | None = None,
        investment_data: list[dict[str, Any]] | None = None,
    ) -> list[dict[str, Any]]:
        """Computes grid min investment.

        `POST /api/v5/tradingBot/grid/min-investment`, 20 requests per 2 s per IP."""
    def place_grid_algo_order(
        self,
        inst_id: str,
        algo_ord_type: str,
        max_px: str | int | float | Decimal,
        min_px: str | int | float | Decimal,
        grid_num: int | str,
        sz: str | int | float | Decimal,
        direction: str,
        lever: str | int | float | Decimal,
        run_type: str | None = None,
        tp_trigger_px: str | int | float | Decimal | None = None,
        sl_trigger_px: str | int | float | Decimal | None = None,
        algo_cl_ord_id: str | None = None,
        tag: str | None = None,
        profit_sharing_ratio: str | int | float | Decimal | None = None,
        trigger_params: list[dict[str, Any]] | None = None,
        quote_sz: str | int | float | Decimal | None = None,
        base_sz: str | int | float | Decimal | None = None,
        trade_quote_ccy: str | None = None,
        base_pos: bool | None = None,
        tp_ratio: str | int | float | Decimal | None = None,
        sl_ratio: str | int | float | Decimal | None = None,
    ) -> list[dict[str, Any]]:
        """Places grid algo order (needs Trade permission).

        `POST /api/v5/tradingBot/grid/order-algo`, 20 requests per 2 s per UserID+instId."""
    def instant_trigger_grid_algo_order(
        self,
        algo_id: str,
        top_up_amt: str | int | float | Decimal | None = None,
    ) -> list[dict[str, Any]]:
        """Instant trigger grid algo order (needs Trade permission).

        `POST /api/v5/tradingBot/grid/order-instant-trigger`, 20 requests per 2 s per
        UserID+instId."""
    def get_grid_algo_order_details(self, algo_ord_type: str, algo_id: str) -> list[dict[str, Any]]:
        """Grid algo order details (needs Read permission).

        `GET /api/v5/tradingBot/grid/orders-algo-details`, 20 requests per 2 s per UserID."""
    def get_grid_algo_order_history(
        self,
        algo_ord_type: str,
        algo_id: str | None = None,
        inst_id: str | None = None,
        inst_type: str | None = None,
        after: str | None = None,
        before: str | None = None,
        limit: int | str | None = None,
    ) -> list[dict[str, Any]]:
        """Grid algo order history (needs Read permission).

        `GET /api/v5/tradingBot/grid/orders-algo-history`, 20 requests per 2 s per UserID."""
    def iter_grid_algo_order_history(
        self,
        algo_ord_type: str,
        algo_id: str | None = None,
        inst_id: str | None = None,
        inst_type: str | None = None,
        after: str | None = None,
        before: str | None = None,
        limit: int | str | None = None,
    ) -> Iterator[dict[str, Any]]:
        """Walks every page of `get_grid_algo_order_history` (`for`), yielding its items.

        Older records page by page through `after` (the default); newer ones when only `before`
        is given. The cursor is the `algoId` of each page's edge item; the walk stops at an empty
        page (or one shorter than `limit`). Arguments are checked at the call."""
    def get_grid_algo_order_list(
        self,
        algo_ord_type: str,
        algo_id: str | None = None,
        inst_id: str | None = None,
        inst_type: str | None = None,
        after: str | None = None,
        before: str | None = None,
        limit: int | str | None = None,
    ) -> list[dict[str, Any]]:
        """Grid algo order list (needs Read permission).

        `GET /api/v5/tradingBot/grid/orders-algo-pending`, 20 requests per 2 s per UserID."""
    def iter_grid_algo_order_list(
        self,
        algo_ord_type: str,
        algo_id: str | None = None,
        inst_id: str | None = None,
        inst_type: str | None = None,
        after: str | None = None,
        before: str | None = None,
        limit: int | str | None = None,
    ) -> Iterator[dict[str, Any]]:
        """Walks every page of `get_grid_algo_order_list` (`for`), yielding its items.

        Older records page by page through `after` (the default); newer ones when only `before`
        is given. The cursor is the `algoId` of each page's edge item; the walk stops at an empty
        page (or one shorter than `limit`). Arguments are checked at the call."""
    def get_grid_positions(self, algo_ord_type: str, algo_id: str) -> list[dict[str, Any]]:
        """Grid positions (needs Read permission).

        `GET /api/v5/tradingBot/grid/positions`, 20 requests per 2 s per UserID."""
    def stop_grid_algo_order(self, bots: list[_StopGridAlgoOrderItem]) -> list[dict[str, Any]]:
        """Stops grid algo order (up to 10 items per request; needs Trade permission).

        `POST /api/v5/tradingBot/grid/stop-order-algo`, 20 requests per 2 s per UserID."""
    def get_grid_sub_orders(
        self,
        algo_ord_type: str,
        algo_id: str,
        type_: str,
        group_id: str | None = None,
        after: str | None = None,
        before: str | None = None,
        limit: int | str | None = None,
    ) -> list[dict[str, Any]]:
        """Grid sub orders (needs Read permission).

        `GET /api/v5/tradingBot/grid/sub-orders`, 20 requests per 2 s per UserID."""
    def iter_grid_sub_orders(
        self,
        algo_ord_type: str,
        algo_id: str,
        type_: str,
        group_id: str | None = None,
        after: str | None = None,
        before: str | None = None,
        limit: int | str | None = None,
    ) -> Iterator[dict[str, Any]]:
        """Walks every page of `get_grid_sub_orders` (`for`), yielding its items.

        Older records page by page through `after` (the default); newer ones when only `before`
        is given. The cursor is the `ordId` of each page's edge item; the walk stops at an empty
        page (or one shorter than `limit`). Arguments are checked at the call."""
    def grid_withdraw_income(self, algo_id: str) -> list[dict[str, Any]]:
        """Grid withdraw income (needs Trade permission).

        `POST /api/v5/tradingBot/grid/withdraw-income`, 20 requests per 2 s per UserID."""
    def get_rsi_back_testing(
        self,
        inst_id: str,
        timeframe: str,
        thold: str,
        time_period: str,
        trigger_cond: str | None = None,
        duration: str | None = None,
    ) -> list[dict[str, Any]]:
        """Rsi back testing.

        `GET /api/v5/tradingBot/public/rsi-back-testing`, 20 requests per 2 s per IP."""
    def recurring_buy_add_investment(
        self,
        algo_id: str,
        amount: str | int | float | Decimal,
    ) -> list[dict[str, Any]]:
        """Recurring buy add investment.

        `POST /api/v5/tradingBot/recurring/add-investment`, 20 requests per 2 s per UserID."""
    def amend_recurring_buy_order(self, algo_id: str, stgy_name: str) -> list[dict[str, Any]]:
        """Amends recurring buy order (needs Trade permission).

        `POST /api/v5/tradingBot/recurring/amend-order-algo`, 20 requests per 2 s per UserID."""
    def amend_recurring_buy_price_range(
        self,
        algo_id: str,
        recurring_list: list[dict[str, Any]],
    ) -> list[dict[str, Any]]:
        """Amends recurring buy price range.

        `POST /api/v5/tradingBot/recurring/amend-price-range`, 20 requests per 2 s per UserID."""
    def amend_recurring_buy_amount(
        self,
        algo_id: str,
        amount: str | int | float | Decimal,
    ) -> list[dict[str, Any]]:
        """Amends recurring buy amount.

        `POST /api/v5/tradingBot/recurring/amend-recurring-amount`, 20 requests per 2 s per
        UserID."""
    def amend_recurring_buy_time(
        self,
        algo_id: str,
        recurring_time_type: str,
        time_zone: str,
        period: str,
        recurring_hour: str | None = None,
        recurring_day: str | None = None,
        recurring_time: str | None = None,
    ) -> list[dict[str, Any]]:
        """Amends recurring buy time.

        `POST /api/v5/tradingBot/recurring/amend-recurring-time`, 20 requests per 2 s per UserID."""
    def place_recurring_buy_order(
        self,
        stgy_name: str,
        recurring_list: list[dict[str, Any]],
        period: str,
        recurring_time: str,
        time_zone: str,
        amt: str | int | float | Decimal,
        investment_ccy: str,
        td_mode: str,
        recurring_day: str | None = None,
        recurring_hour: str | None = None,
        algo_cl_ord_id: str | None = None,
        tag: str | None = None,
        trade_quote_ccy: str | None = None,
        source: str | None = None,
        recurring_time_type: str | None = None,
    ) -> list[dict[str, Any]]:
        """Places recurring buy order (needs Trade permission).

        `POST /api/v5/tradingBot/recurring/order-algo`, 20 requests per 2 s per UserID."""
    def get_recurring_buy_order_details(self, algo_id: str) -> list[dict[str, Any]]:
        """Recurring buy order details (needs Read permission).

        `GET /api/v5/tradingBot/recurring/orders-algo-details`, 20 requests per 2 s per UserID."""
    def get_recurring_buy_order_history(
        self,
        algo_id: str | None = None,
        after: str | None = None,
        before: str | None = None,
        limit: int | str | None = None,
    ) -> list[dict[str, Any]]:
        """Recurring buy order history (needs Read permission).

        `GET /api/v5/tradingBot/recurring/orders-algo-history`, 20 requests per 2 s per UserID."""
    def iter_recurring_buy_order_history(
        self,
        algo_id: str | None = None,
        after: str | None = None,
        before: str | None = None,
        limit: int | str | None = None,
    ) -> Iterator[dict[str, Any]]:
        """Walks every page of `get_recurring_buy_order_history` (`for`), yielding its items.

        Older records page by page through `after` (the default); newer ones when only `before`
        is given. The cursor is the `algoId` of each page's edge item; the walk stops at an empty
        page (or one shorter than `limit`). Arguments are checked at the call."""
    def get_recurring_buy_order_list(
        self,
        algo_id: str | None = None,
        after: str | None = None,
        before: str | None = None,
        limit: int | str | None = None,
    ) -> list[dict[str, Any]]:
        """Recurring buy order list (needs Read permission).

        `GET /api/v5/tradingBot/recurring/orders-algo-pending`, 20 requests per 2 s per UserID."""
    def iter_recurring_buy_order_list(
        self,
        algo_id: str | None = None,
        after: str | None = None,
        before: str | None = None,
        limit: int | str | None = None,
    ) -> Iterator[dict[str, Any]]:
        """Walks every page of `get_recurring_buy_order_list` (`for`), yielding its items.

        Older records page by page through `after` (the default); newer ones when only `before`
        is given. The cursor is the `algoId` of each page's edge item; the walk stops at an empty
        page (or one shorter than `limit`). Arguments are checked at the call."""
    def pause_recurring_buy(self, algo_id: str) -> list[dict[str, Any]]:
        """Pause recurring buy.

        `POST /api/v5/tradingBot/recurring/pause`, 20 requests per 2 s per UserID."""
    def restart_recurring_buy(self, algo_id: str) -> list[dict[str, Any]]:
        """Restart recurring buy.

        `POST /api/v5/tradingBot/recurring/restart`, 20 requests per 2 s per UserID."""
    def stop_recurring_buy_order(
        self,
        bots: list[_StopRecurringBuyOrderItem],
    ) -> list[dict[str, Any]]:
        """Stops recurring buy order (up to 10 items per request; needs Trade permission).

        `POST /api/v5/tradingBot/recurring/stop-order-algo`, 20 requests per 2 s per UserID."""
    def get_recurring_buy_sub_orders(
        self,
        algo_id: str,
        ord_id: str | None = None,
        after: str | None = None,
        before: str | None = None,
        limit: int | str | None = None,
    ) -> list[dict[str, Any]]:
        """Recurring buy sub orders (needs Read permission).

        `GET /api/v5/tradingBot/recurring/sub-orders`, 20 requests per 2 s per UserID."""
    def iter_recurring_buy_sub_orders(
        self,
        algo_id: str,
        ord_id: str | None = None,
        after: str | None = None,
        before: str | None = None,
        limit: int | str | None = None,
    ) -> Iterator[dict[str, Any]]:
        """Walks every page of `get_recurring_buy_sub_orders` (`for`), yielding its items.

        Older records page by page through `after` (the default); newer ones when only `before`
        is given. The cursor is the `ordId` of each page's edge item; the walk stops at an empty
        page (or one shorter than `limit`). Arguments are checked at the call."""
    def amend_signal_bot_tpsl(
        self,
        algo_id: str,
        exit_setting_param: dict[str, Any],
    ) -> list[dict[str, Any]]:
        """Amends signal bot TP/SL (needs Trade permission).

        `POST /api/v5/tradingBot/signal/amendTPSL`, 20 requests per 2 s per UserID."""
    def cancel_signal_bot_sub_order(
        self,
        algo_id: str,
        inst_id: str,
        signal_ord_id: str,
    ) -> list[dict[str, Any]]:
        """Cancels signal bot sub order (needs Trade permission).

        `POST /api/v5/tradingBot/signal/cancel-sub-order`, 20 requests per 2 s per UserID."""
    def close_signal_bot_position(self, algo_id: str, inst_id: str) -> list[dict[str, Any]]:
        """Closes signal bot position (needs Trade permission).

        `POST /api/v5/tradingBot/signal/close-position`, 20 requests per 2 s per UserID."""
    def create_signal(
        self,
        signal_chan_name: str,
        signal_chan_desc: str | None = None,
    ) -> list[dict[str, Any]]:
        """Creates signal (needs Trade permission).

        `POST /api/v5/tradingBot/signal/create-signal`, 20 requests per 2 s per UserID."""
    def get_signal_bot_event_history(
        self,
        algo_id: str,
        after: str | None = None,
        before: str | None = None,
        limit: int | str | None = None,
    ) -> list[dict[str, Any]]:
        """Signal bot event history (needs Read permission).

        `GET /api/v5/tradingBot/signal/event-history`, 20 requests per 2 s per UserID."""
    def iter_signal_bot_event_history(
        self,
        algo_id: str,
        after: str | None = None,
        before: str | None = None,
        limit: int | str | None = None,
    ) -> Iterator[dict[str, Any]]:
        """Walks every page of `get_signal_bot_event_history` (`for`), yielding its items.

        Older records page by page through `after` (the default); newer ones when only `before`
        is given. The cursor is the `eventCtime` of each page's edge item; the walk stops at an
        empty page (or one shorter than `limit`). Arguments are checked at the call."""
    def adjust_signal_bot_margin_balance(
        self,
        algo_id: str,
        type_: str,
        amt: str | int | float | Decimal,
        allow_reinvest: bool | None = None,
    ) -> list[dict[str, Any]]:
        """Adjusts signal bot margin balance (needs Trade permission).

        `POST /api/v5/tradingBot/signal/margin-balance`, 20 requests per 2 s per UserID."""
    def create_signal_bot(
        self,
        signal_chan_id: str,
        lever: str | int | float | Decimal,
        invest_amt: str | int | float | Decimal,
        sub_ord_type: str,
        include_all: bool | None = None,
        inst_ids: list[str] | None = None,
        ratio: str | int | float | Decimal | None = None,
        entry_setting_param: dict[str, Any] | None = None,
        exit_setting_param: dict[str, Any] | None = None,
    ) -> list[dict[str, Any]]:
        """Creates signal bot (needs Trade permission).

        `POST /api/v5/tradingBot/signal/order-algo`, 20 requests per 2 s per UserID."""
    def get_signal_bot_order_details(
        self,
        algo_ord_type: str,
        algo_id: str,
    ) -> list[dict[str, Any]]:
        """Signal bot order details (needs Read permission).

        `GET /api/v5/tradingBot/signal/orders-algo-details`, 20 requests per 2 s per UserID."""
    def get_signal_bot_history(
        self,
        algo_ord_type: str,
        algo_id: str,
        after: str,
        before: str | None = None,
        limit: int | str | None = None,
    ) -> list[dict[str, Any]]:
        """Signal bot history (needs Read permission).

        `GET /api/v5/tradingBot/signal/orders-algo-history`, 20 requests per 2 s per UserID."""
    def get_active_signal_bots(
        self,
        algo_ord_type: str,
        after: str,
        algo_id: str | None = None,
        before: str | None = None,
        limit: int | str | None = None,
    ) -> list[dict[str, Any]]:
        """Active signal bots (needs Read permission).

        `GET /api/v5/tradingBot/signal/orders-algo-pending`, 20 requests per 2 s per UserID."""
    def get_signal_bot_positions(self, algo_ord_type: str, algo_id: str) -> list[dict[str, Any]]:
        """Signal bot positions (needs Read permission).

        `GET /api/v5/tradingBot/signal/positions`, 20 requests per 2 s per UserID."""
    def get_signal_bot_position_history(
        self,
        algo_id: str,
        inst_id: str | None = None,
        after: str | None = None,
        before: str | None = None,
        limit: int | str | None = None,
    ) -> list[dict[str, Any]]:
        """Signal bot position history (needs Read permission).

        `GET /api/v5/tradingBot/signal/positions-history`, 10 requests per 2 s per UserID."""
    def iter_signal_bot_position_history(
        self,
        algo_id: str,
        inst_id: str | None = None,
        after: str | None = None,
        before: str | None = None,
        limit: int | str | None = None,
    ) -> Iterator[dict[str, Any]]:
        """Walks every page of `get_signal_bot_position_history` (`for`), yielding its items.

        Older records page by page through `after` (the default); newer ones when only `before`
        is given. The cursor is the `uTime` of each page's edge item; the walk stops at an empty
        page (or one shorter than `limit`). Arguments are checked at the call."""
    def set_signal_bot_instruments(
        self,
        algo_id: str,
        inst_ids: list[str],
        include_all: bool,
    ) -> list[dict[str, Any]]:
        """Sets signal bot instruments (needs Trade permission).

        `POST /api/v5/tradingBot/signal/set-instruments`, 20 requests per 2 s per UserID."""
    def get_signals(
        self,
        signal_source_type: str,
        signal_chan_id: str | None = None,
        after: str | None = None,
        before: str | None = None,
        limit: int | str | None = None,
    ) -> list[dict[str, Any]]:
        """Signals (needs Read permission).

        `GET /api/v5/tradingBot/signal/signals`, 20 requests per 2 s per UserID."""
    def iter_signals(
        self,
        signal_source_type: str,
        signal_chan_id: str | None = None,
        after: str | None = None,
        before: str | None = None,
        limit: int | str | None = None,
    ) -> Iterator[dict[str, Any]]:
        """Walks every page of `get_signals` (`for`), yielding its items.

        Older records page by page through `after` (the default); newer ones when only `before`
        is given. The cursor is the `signalChanId` of each page's edge item; the walk stops at an
        empty page (or one shorter than `limit`). Arguments are checked at the call."""
    def cancel_signal_bots(self, bots: list[_CancelSignalBotsItem]) -> list[dict[str, Any]]:
        """Cancels signal bots (up to 10 items per request; needs Trade permission).

        `POST /api/v5/tradingBot/signal/stop-order-algo`, 20 requests per 2 s per UserID."""
    def place_signal_bot_sub_order(
        self,
        inst_id: str,
        algo_id: str,
        side: str,
        ord_type: str,
        sz: str | int | float | Decimal,
        px: str | int | float | Decimal | None = None,
        reduce_only: bool | None = None,
    ) -> list[dict[str, Any]]:
        """Places signal bot sub order (needs Trade permission).

        `POST /api/v5/tradingBot/signal/sub-order`, 20 requests per 2 s per UserID."""
    def get_signal_bot_sub_orders(
        self,
        algo_id: str,
        algo_ord_type: str,
        state: str | None = None,
        signal_ord_id: str | None = None,
        after: str | None = None,
        before: str | None = None,
        begin: int | str | None = None,
        end: int | str | None = None,
        limit: int | str | None = None,
        type_: str | None = None,
        cl_ord_id: str | None = None,
    ) -> list[dict[str, Any]]:
        """Signal bot sub orders (needs Read permission).

        `GET /api/v5/tradingBot/signal/sub-orders`, 20 requests per 2 s per UserID."""
    def iter_signal_bot_sub_orders(
        self,
        algo_id: str,
        algo_ord_type: str,
        state: str | None = None,
        signal_ord_id: str | None = None,
        after: str | None = None,
        before: str | None = None,
        begin: int | str | None = None,
        end: int | str | None = None,
        limit: int | str | None = None,
        type_: str | None = None,
        cl_ord_id: str | None = None,
    ) -> Iterator[dict[str, Any]]:
        """Walks every page of `get_signal_bot_sub_orders` (`for`), yielding its items.

        Older records page by page through `after` (the default); newer ones when only `before`
        is given. The cursor is the `ordId` of each page's edge item; the walk stops at an empty
        page (or one shorter than `limit`). Arguments are checked at the call."""
    def place_lead_stop_order(
        self,
        sub_pos_id: str,
        inst_type: str | None = None,
        tp_trigger_px: str | int | float | Decimal | None = None,
        sl_trigger_px: str | int | float | Decimal | None = None,
        tp_ord_px: str | int | float | Decimal | None = None,
        sl_ord_px: str | int | float | Decimal | None = None,
        tp_trigger_px_type: str | None = None,
        sl_trigger_px_type: str | None = None,
        tag: str | None = None,
    ) -> list[dict[str, Any]]:
        """Places lead stop order (needs Trade permission).

        `POST /api/v5/copytrading/algo-order`, 20 requests per 2 s per UserID."""
    def amend_copy_settings(
        self,
        unique_code: str,
        copy_mgn_mode: str,
        copy_inst_id_type: str,
        copy_total_amt: str | int | float | Decimal,
        sub_pos_close_type: str,
        inst_type: str | None = None,
        inst_id: str | None = None,
        copy_mode: str | None = None,
        copy_amt: str | int | float | Decimal | None = None,
        copy_ratio: str | int | float | Decimal | None = None,
        tp_ratio: str | int | float | Decimal | None = None,
        sl_ratio: str | int | float | Decimal | None = None,
        sl_total_amt: str | int | float | Decimal | None = None,
        tag: str | None = None,
    ) -> list[dict[str, Any]]:
        """Amends copy settings (needs Trade permission).

        `POST /api/v5/copytrading/amend-copy-settings`, 5 requests per 2 s per UserID."""
    def amend_profit_sharing_ratio(
        self,
        profit_sharing_ratio: str | int | float | Decimal,
        inst_type: str | None = None,
    ) -> list[dict[str, Any]]:
        """Amends profit sharing ratio (needs Trade permission).

        `POST /api/v5/copytrading/amend-profit-sharing-ratio`, 5 requests per 2 s per UserID."""
    def close_lead_position(
        self,
        sub_pos_id: str,
        inst_type: str | None = None,
        ord_type: str | None = None,
        px: str | int | float | Decimal | None = None,
        tag: str | None = None,
    ) -> list[dict[str, Any]]:
        """Closes lead position (needs Trade permission).

        `POST /api/v5/copytrading/close-subposition`, 20 requests per 2 s per UserID."""
    def get_copytrading_account_config(self) -> list[dict[str, Any]]:
        """Copytrading account config (needs Read permission).

        `GET /api/v5/copytrading/config`, 5 requests per 2 s per UserID."""
    def get_copy_settings(
        self,
        unique_code: str,
        inst_type: str | None = None,
    ) -> list[dict[str, Any]]:
        """Copy settings (needs Read permission).

        `GET /api/v5/copytrading/copy-settings`, 5 requests per 2 s per UserID."""
    def get_my_lead_traders(self, inst_type: str | None = None) -> list[dict[str, Any]]:
        """My lead traders (needs Read permission).

        `GET /api/v5/copytrading/current-lead-traders`, 5 requests per 2 s per UserID."""
    def get_existing_lead_positions(
        self,
        inst_type: str | None = None,
        inst_id: str | None = None,
        after: str | None = None,
        before: str | None = None,
        limit: int | str | None = None,
    ) -> list[dict[str, Any]]:
        """Existing lead positions (needs Read permission).

        `GET /api/v5/copytrading/current-subpositions`, 20 requests per 2 s per UserID."""
    def iter_existing_lead_positions(
        self,
        inst_type: str | None = None,
        inst_id: str | None = None,
        after: str | None = None,
        before: str | None = None,
        limit: int | str | None = None,
    ) -> Iterator[dict[str, Any]]:
        """Walks every page of `get_existing_lead_positions` (`for`), yielding its items.

        Older records page by page through `after` (the default); newer ones when only `before`
        is given. The cursor is the `subPosId` of each page's edge item; the walk stops at an
        empty page (or one shorter than `limit`). Arguments are checked at the call."""
    def set_first_copy_settings(
        self,
        unique_code: str,
        copy_mgn_mode: str,
        copy_inst_id_type: str,
        copy_total_amt: str | int | float | Decimal,
        sub_pos_close_type: str,
        inst_type: str | None = None,
        inst_id: str | None = None,
        copy_mode: str | None = None,
        copy_amt: str | int | float | Decimal | None = None,
        copy_ratio: str | int | float | Decimal | None = None,
        tp_ratio: str | int | float | Decimal | None = None,
        sl_ratio: str | int | float | Decimal | None = None,
        sl_total_amt: str | int | float | Decimal | None = None,
        tag: str | None = None,
    ) -> list[dict[str, Any]]:
        """Sets first copy settings (needs Trade permission).

        `POST /api/v5/copytrading/first-copy-settings`, 5 requests per 2 s per UserID."""
    def get_leading_instruments(self, inst_type: str | None = None) -> list[dict[str, Any]]:
        """Leading instruments (needs Read permission).

        `GET /api/v5/copytrading/instruments`, 5 requests per 2 s per UserID."""
    def get_profit_sharing_details(
        self,
        inst_type: str | None = None,
        after: str | None = None,
        before: str | None = None,
        limit: int | str | None = None,
    ) -> list[dict[str, Any]]:
        """Profit sharing details (needs Read permission).

        `GET /api/v5/copytrading/profit-sharing-details`, 5 requests per 2 s per UserID."""
    def iter_profit_sharing_details(
        self,
        inst_type: str | None = None,
        after: str | None = None,
        before: str | None = None,
        limit: int | str | None = None,
    ) -> Iterator[dict[str, Any]]:
        """Walks every page of `get_profit_sharing_details` (`for`), yielding its items.

        Older records page by page through `after` (the default); newer ones when only `before`
        is given. The cursor is the `profitSharingId` of each page's edge item; the walk stops at
        an empty page (or one shorter than `limit`). Arguments are checked at the call."""
    def get_copy_trading_configuration(self, inst_type: str | None = None) -> list[dict[str, Any]]:
        """Copy trading configuration.

        `GET /api/v5/copytrading/public-config`, 5 requests per 2 s per IP."""
    def get_copy_traders(
        self,
        unique_code: str,
        inst_type: str | None = None,
        limit: int | str | None = None,
    ) -> list[dict[str, Any]]:
        """Copy traders.

        `GET /api/v5/copytrading/public-copy-traders`, 5 requests per 2 s per IP."""
    def get_lead_trader_current_lead_positions(
        self,
        unique_code: str,
        inst_type: str | None = None,
        after: str | None = None,
        before: str | None = None,
        limit: int | str | None = None,
    ) -> list[dict[str, Any]]:
        """Lead trader current lead positions.

        `GET /api/v5/copytrading/public-current-subpositions`, 5 requests per 2 s per IP."""
    def iter_lead_trader_current_lead_positions(
        self,
        unique_code: str,
        inst_type: str | None = None,
        after: str | None = None,
        before: str | None = None,
        limit: int | str | None = None,
    ) -> Iterator[dict[str, Any]]:
        """Walks every page of `get_lead_trader_current_lead_positions` (`for`), yielding its items.

        Older records page by page through `after` (the default); newer ones when only `before`
        is given. The cursor is the `subPosId` of each page's edge item; the walk stops at an
        empty page (or one shorter than `limit`). Arguments are checked at the call."""
    def get_lead_trader_ranks(
        self,
        inst_type: str | None = None,
        sort_type: str | None = None,
        state: str | None = None,
        min_lead_days: str | None = None,
        min_assets: str | int | float | Decimal | None = None,
        max_assets: str | int | float | Decimal | None = None,
        min_aum: str | int | float | Decimal | None = None,
        max_aum: str | int | float | Decimal | None = None,
        data_ver: str | None = None,
        page: int | str | None = None,
        limit: int | str | None = None,
    ) -> list[dict[str, Any]]:
        """Lead trader ranks.

        `GET /api/v5/copytrading/public-lead-traders`, 5 requests per 2 s per IP."""
    def get_lead_trader_daily_pnl(
        self,
        unique_code: str,
        last_days: str,
        inst_type: str | None = None,
    ) -> list[dict[str, Any]]:
        """Lead trader daily pnl.

        `GET /api/v5/copytrading/public-pnl`, 5 requests per 2 s per IP."""
    def get_lead_trader_currency_preferences(
        self,
        unique_code: str,
        inst_type: str | None = None,
    ) -> list[dict[str, Any]]:
        """Lead trader currency preferences.

        `GET /api/v5/copytrading/public-preference-currency`, 5 requests per 2 s per IP."""
    def get_lead_trader_stats(
        self,
        unique_code: str,
        last_days: str,
        inst_type: str | None = None,
    ) -> list[dict[str, Any]]:
        """Lead trader stats.

        `GET /api/v5/copytrading/public-stats`, 5 requests per 2 s per IP."""
    def get_lead_trader_lead_position_history(
        self,
        unique_code: str,
        inst_type: str | None = None,
        after: str | None = None,
        before: str | None = None,
        limit: int | str | None = None,
    ) -> list[dict[str, Any]]:
        """Lead trader lead position history.

        `GET /api/v5/copytrading/public-subpositions-history`, 5 requests per 2 s per IP."""
    def iter_lead_trader_lead_position_history(
        self,
        unique_code: str,
        inst_type: str | None = None,
        after: str | None = None,
        before: str | None = None,
        limit: int | str | None = None,
    ) -> Iterator[dict[str, Any]]:
        """Walks every page of `get_lead_trader_lead_position_history` (`for`), yielding its items.

        Older records page by page through `after` (the default); newer ones when only `before`
        is given. The cursor is the `subPosId` of each page's edge item; the walk stops at an
        empty page (or one shorter than `limit`). Arguments are checked at the call."""
    def get_lead_trader_weekly_pnl(
        self,
        unique_code: str,
        inst_type: str | None = None,
    ) -> list[dict[str, Any]]:
        """Lead trader weekly pnl.

        `GET /api/v5/copytrading/public-weekly-pnl`, 5 requests per 2 s per IP."""
    def amend_leading_instruments(
        self,
        inst_id: str,
        inst_type: str | None = None,
    ) -> list[dict[str, Any]]:
        """Amends leading instruments (needs Trade permission).

        `POST /api/v5/copytrading/set-instruments`, 5 requests per 2 s per UserID."""
    def stop_copying(
        self,
        unique_code: str,
        sub_pos_close_type: str,
        inst_type: str | None = None,
    ) -> list[dict[str, Any]]:
        """Stops copying (needs Trade permission).

        `POST /api/v5/copytrading/stop-copy-trading`, 5 requests per 2 s per UserID."""
    def get_lead_position_history(
        self,
        inst_type: str | None = None,
        inst_id: str | None = None,
        after: str | None = None,
        before: str | None = None,
        limit: int | str | None = None,
    ) -> list[dict[str, Any]]:
        """Lead position history (needs Read permission).

        `GET /api/v5/copytrading/subpositions-history`, 20 requests per 2 s per UserID."""
    def iter_lead_position_history(
        self,
        inst_type: str | None = None,
        inst_id: str | None = None,
        after: str | None = None,
        before: str | None = None,
        limit: int | str | None = None,
    ) -> Iterator[dict[str, Any]]:
        """Walks every page of `get_lead_position_history` (`for`), yielding its items.

        Older records page by page through `after` (the default); newer ones when only `before`
        is given. The cursor is the `subPosId` of each page's edge item; the walk stops at an
        empty page (or one shorter than `limit`). Arguments are checked at the call."""
    def get_total_profit_sharing(self, inst_type: str | None = None) -> list[dict[str, Any]]:
        """Total profit sharing (needs Read permission).

        `GET /api/v5/copytrading/total-profit-sharing`, 5 requests per 2 s per UserID."""
    def get_total_unrealized_profit_sharing(
        self,
        inst_type: str | None = None,
    ) -> list[dict[str, Any]]:
        """Total unrealized profit sharing (needs Read permission).

        `GET /api/v5/copytrading/total-unrealized-profit-sharing`, 5 requests per 2 s per UserID."""
    def get_unrealized_profit_sharing_details(
        self,
        inst_type: str | None = None,
    ) -> list[dict[str, Any]]:
        """Unrealized profit sharing details (needs Read permission).

        `GET /api/v5/copytrading/unrealized-profit-sharing-details`, 5 requests per 2 s per
        UserID."""
    def rfq_cancel_all_after(self, time_out: str) -> list[dict[str, Any]]:
        """RFQ cancel all after (needs Trade permission).

        `POST /api/v5/rfq/cancel-all-after`, 1 requests per 1 s per UserID."""
    def cancel_all_quotes(self) -> list[dict[str, Any]]:
        """Cancels all quotes (needs Trade permission).

        `POST /api/v5/rfq/cancel-all-quotes`, 2 requests per 2 s per UserID."""
    def cancel_all_rfqs(self) -> list[dict[str, Any]]:
        """Cancels all RFQs (needs Trade permission).

        `POST /api/v5/rfq/cancel-all-rfqs`, 2 requests per 2 s per UserID."""
    def cancel_batch_quotes(
        self,
        quote_ids: list[str] | None = None,
        cl_quote_ids: list[str] | None = None,
    ) -> list[dict[str, Any]]:
        """Cancels batch quotes (needs Trade permission).

        `POST /api/v5/rfq/cancel-batch-quotes`, 2 requests per 2 s per UserID."""
    def cancel_batch_rfqs(
        self,
        rfq_ids: list[str] | None = None,
        cl_rfq_ids: list[str] | None = None,
    ) -> list[dict[str, Any]]:
        """Cancels batch RFQs (needs Trade permission).

        `POST /api/v5/rfq/cancel-batch-rfqs`, 2 requests per 2 s per UserID."""
    def cancel_quote(
        self,
        quote_id: str | None = None,
        cl_quote_id: str | None = None,
        rfq_id: str | None = None,
    ) -> list[dict[str, Any]]:
        """Cancels quote (needs Trade permission).

        `POST /api/v5/rfq/cancel-quote`, 50 requests per 2 s per UserID."""
    def cancel_rfq(
        self,
        rfq_id: str | None = None,
        cl_rfq_id: str | None = None,
    ) -> list[dict[str, Any]]:
        """Cancels RFQ (needs Trade permission).

        `POST /api/v5/rfq/cancel-rfq`, 5 requests per 2 s per UserID."""
    def get_counterparties(self) -> list[dict[str, Any]]:
        """Counterparties (needs Read permission).

        `GET /api/v5/rfq/counterparties`, 5 requests per 2 s per UserID."""
    def create_quote(
        self,
        rfq_id: str,
        quote_side: str,
        legs: list[dict[str, Any]],
        cl_quote_id: str | None = None,
        tag: str | None = None,
        anonymous: bool | None = None,
        expires_in: str | None = None,
    ) -> list[dict[str, Any]]:
        """Creates quote (needs Trade permission).

        `POST /api/v5/rfq/create-quote`, 50 requests per 2 s per UserID."""
    def create_rfq(
        self,
        counterparties: list[str],
        legs: list[dict[str, Any]],
        anonymous: bool | None = None,
        cl_rfq_id: str | None = None,
        tag: str | None = None,
        allow_partial_execution: bool | None = None,
        acct_alloc: list[dict[str, Any]] | None = None,
    ) -> list[dict[str, Any]]:
        """Creates RFQ (needs Trade permission). Rate limit as documented: 5/2s; 80/12h.

        `POST /api/v5/rfq/create-rfq`, 5 requests per 2 s per UserID."""
    def execute_quote(
        self,
        rfq_id: str,
        quote_id: str,
        legs: list[dict[str, Any]] | None = None,
    ) -> list[dict[str, Any]]:
        """Executes quote (needs Trade permission).

        `POST /api/v5/rfq/execute-quote`, 2 requests per 3 s per UserID."""
    def get_quote_products(self) -> list[dict[str, Any]]:
        """Quote products (needs Read permission).

        `GET /api/v5/rfq/maker-instrument-settings`, 5 requests per 2 s per UserID."""
    def set_quote_products(self, settings: list[_SetQuoteProductsItem]) -> list[dict[str, Any]]:
        """Sets quote products (needs Trade permission).

        `POST /api/v5/rfq/maker-instrument-settings`, 5 requests per 2 s per UserID."""
    def get_rfq_mmp_config(self) -> list[dict[str, Any]]:
        """RFQ MMP config (needs Read permission).

        `GET /api/v5/rfq/mmp-config`, 5 requests per 2 s per UserID."""
    def set_rfq_mmp_config(
        self,
        time_interval: str,
        frozen_interval: str,
        count_limit: str,
    ) -> list[dict[str, Any]]:
        """Sets RFQ MMP config (needs Trade permission).

        `POST /api/v5/rfq/mmp-config`, 1 requests per 10 s per UserID."""
    def reset_rfq_mmp(self) -> list[dict[str, Any]]:
        """Resets RFQ MMP (needs Trade permission).

        `POST /api/v5/rfq/mmp-reset`, 5 requests per 2 s per UserID."""
    def get_rfq_public_trades(
        self,
        begin_id: str | None = None,
        end_id: str | None = None,
        limit: int | str | None = None,
    ) -> list[dict[str, Any]]:
        """RFQ public trades.

        `GET /api/v5/rfq/public-trades`, 5 requests per 2 s per IP."""
    def get_quotes(
        self,
        rfq_id: str | None = None,
        cl_rfq_id: str | None = None,
        quote_id: str | None = None,
        cl_quote_id: str | None = None,
        state: str | None = None,
        begin_id: str | None = None,
        end_id: str | None = None,
        limit: int | str | None = None,
    ) -> list[dict[str, Any]]:
        """Quotes (needs Read permission).

        `GET /api/v5/rfq/quotes`, 2 requests per 2 s per UserID."""
    def get_rfqs(
        self,
        rfq_id: str | None = None,
        cl_rfq_id: str | None = None,
        state: str | None = None,
        begin_id: str | None = None,
        end_id: str | None = None,
        limit: int | str | None = None,
    ) -> list[dict[str, Any]]:
        """RFQs (needs Read permission).

        `GET /api/v5/rfq/rfqs`, 2 requests per 2 s per UserID."""
    def get_rfq_trades(
        self,
        rfq_id: str | None = None,
        cl_rfq_id: str | None = None,
        quote_id: str | None = None,
        block_td_id: str | None = None,
        cl_quote_id: str | None = None,
        begin_id: str | None = None,
        end_id: str | None = None,
        begin_ts: int | str | None = None,
        end_ts: int | str | None = None,
        limit: int | str | None = None,
        is_successful: bool | None = None,
    ) -> list[dict[str, Any]]:
        """RFQ trades (needs Read permission).

        `GET /api/v5/rfq/trades`, 5 requests per 2 s per UserID."""
    def amend_spread_order(
        self,
        ord_id: str | None = None,
        cl_ord_id: str | None = None,
        req_id: str | None = None,
        new_sz: str | int | float | Decimal | None = None,
        new_px: str | int | float | Decimal | None = None,
    ) -> list[dict[str, Any]]:
        """Amends spread order (needs Trade permission).

        `POST /api/v5/sprd/amend-order`, 20 requests per 2 s per UserID."""
    def get_spread_orderbook(
        self,
        sprd_id: str,
        sz: str | int | float | Decimal | None = None,
    ) -> list[dict[str, Any]]:
        """Spread orderbook.

        `GET /api/v5/sprd/books`, 20 requests per 2 s per IP."""
    def spread_cancel_all_after(self, time_out: str) -> list[dict[str, Any]]:
        """Spread cancel all after (needs Trade permission).

        `POST /api/v5/sprd/cancel-all-after`, 1 requests per 1 s per UserID."""
    def cancel_spread_order(
        self,
        ord_id: str | None = None,
        cl_ord_id: str | None = None,
    ) -> list[dict[str, Any]]:
        """Cancels spread order (needs Trade permission).

        `POST /api/v5/sprd/cancel-order`, 20 requests per 2 s per UserID."""
    def cancel_all_spread_orders(self, sprd_id: str | None = None) -> list[dict[str, Any]]:
        """Cancels all spread orders (needs Trade permission).

        `POST /api/v5/sprd/mass-cancel`, 10 requests per 2 s per UserID."""
    def get_spread_order(
        self,
        ord_id: str | None = None,
        cl_ord_id: str | None = None,
    ) -> list[dict[str, Any]]:
        """Spread order (needs Read permission).

        `GET /api/v5/sprd/order`, 20 requests per 2 s per UserID."""
    def place_spread_order(
        self,
        sprd_id: str,
        side: str,
        ord_type: str,
        sz: str | int | float | Decimal,
        px: str | int | float | Decimal,
        cl_ord_id: str | None = None,
        tag: str | None = None,
    ) -> list[dict[str, Any]]:
        """Places spread order (needs Trade permission).

        `POST /api/v5/sprd/order`, 20 requests per 2 s per UserID."""
    def get_spread_orders_history(
        self,
        sprd_id: str | None = None,
        ord_type: str | None = None,
        state: str | None = None,
        begin_id: str | None = None,
        end_id: str | None = None,
        begin: int | str | None = None,
        end: int | str | None = None,
        limit: int | str | None = None,
    ) -> list[dict[str, Any]]:
        """Spread orders history (needs Read permission).

        `GET /api/v5/sprd/orders-history`, 20 requests per 2 s per UserID."""
    def get_spread_orders_history_archive(
        self,
        sprd_id: str | None = None,
        ord_type: str | None = None,
        state: str | None = None,
        inst_type: str | None = None,
        inst_family: str | None = None,
        begin_id: str | None = None,
        end_id: str | None = None,
        begin: int | str | None = None,
        end: int | str | None = None,
        limit: int | str | None = None,
    ) -> list[dict[str, Any]]:
        """Spread orders history archive (needs Read permission).

        `GET /api/v5/sprd/orders-history-archive`, 20 requests per 2 s per UserID."""
    def get_spread_orders_pending(
        self,
        sprd_id: str | None = None,
        ord_type: str | None = None,
        state: str | None = None,
        begin_id: str | None = None,
        end_id: str | None = None,
        limit: int | str | None = None,
    ) -> list[dict[str, Any]]:
        """Spread orders pending (needs Read permission).

        `GET /api/v5/sprd/orders-pending`, 10 requests per 2 s per UserID."""
    def get_spread_public_trades(self, sprd_id: str | None = None) -> list[dict[str, Any]]:
        """Spread public trades.

        `GET /api/v5/sprd/public-trades`, 20 requests per 2 s per IP."""
    def get_spreads(
        self,
        base_ccy: str | None = None,
        inst_id: str | None = None,
        sprd_id: str | None = None,
        state: str | None = None,
    ) -> list[dict[str, Any]]:
        """Spreads.

        `GET /api/v5/sprd/spreads`, 20 requests per 2 s per IP."""
    def get_spread_ticker_legacy(self, sprd_id: str | None = None) -> list[dict[str, Any]]:
        """Spread ticker legacy (no longer in OKX's current documentation). Its parameters are
        not verified against OKX's documentation.

        `GET /api/v5/sprd/ticker`, rate limit not documented."""
    def get_spread_trades(
        self,
        sprd_id: str | None = None,
        trade_id: str | None = None,
        ord_id: str | None = None,
        begin_id: str | None = None,
        end_id: str | None = None,
        begin: int | str | None = None,
        end: int | str | None = None,
        limit: int | str | None = None,
    ) -> list[dict[str, Any]]:
        """Spread trades (needs Read permission).

        `GET /api/v5/sprd/trades`, 20 requests per 2 s per UserID."""
    def get_long_short_ratio(
        self,
        ccy: str,
        begin: int | str | None = None,
        end: int | str | None = None,
        period: str | None = None,
    ) -> list[dict[str, Any]]:
        """Long short ratio.

        `GET /api/v5/rubik/stat/contracts/long-short-account-ratio`, 5 requests per 2 s per IP."""
    def get_contract_long_short_ratio(
        self,
        inst_id: str,
        period: str | None = None,
        end: int | str | None = None,
        begin: int | str | None = None,
        limit: int | str | None = None,
    ) -> list[dict[str, Any]]:
        """Contract long short ratio.

        `GET /api/v5/rubik/stat/contracts/long-short-account-ratio-contract`, 5 requests per 2 s
        per IP+instId."""
    def get_top_traders_long_short_ratio(
        self,
        inst_id: str,
        period: str | None = None,
        end: int | str | None = None,
        begin: int | str | None = None,
        limit: int | str | None = None,
    ) -> list[dict[str, Any]]:
        """Top traders long short ratio.

        `GET /api/v5/rubik/stat/contracts/long-short-account-ratio-contract-top-trader`, 5
        requests per 2 s per IP+instId."""
    def get_top_traders_long_short_position_ratio(
        self,
        inst_id: str,
        period: str | None = None,
        end: int | str | None = None,
        begin: int | str | None = None,
        limit: int | str | None = None,
    ) -> list[dict[str, Any]]:
        """Top traders long short position ratio.

        `GET /api/v5/rubik/stat/contracts/long-short-position-ratio-contract-top-trader`, 5
        requests per 2 s per IP+instId."""
    def get_contract_open_interest_history(
        self,
        inst_id: str,
        period: str | None = None,
        end: int | str | None = None,
        begin: int | str | None = None,
        limit: int | str | None = None,
    ) -> list[dict[str, Any]]:
        """Contract open interest history.

        `GET /api/v5/rubik/stat/contracts/open-interest-history`, 10 requests per 2 s per
        IP+instId."""
    def get_contracts_open_interest_volume(
        self,
        ccy: str,
        begin: int | str | None = None,
        end: int | str | None = None,
        period: str | None = None,
    ) -> list[dict[str, Any]]:
        """Contracts open interest volume.

        `GET /api/v5/rubik/stat/contracts/open-interest-volume`, 5 requests per 2 s per IP."""
    def get_margin_long_short_ratio(
        self,
        ccy: str,
        begin: int | str | None = None,
        end: int | str | None = None,
        period: str | None = None,
    ) -> list[dict[str, Any]]:
        """Margin long short ratio.

        `GET /api/v5/rubik/stat/margin/loan-ratio`, 5 requests per 2 s per IP."""
    def get_options_open_interest_volume(
        self,
        ccy: str,
        period: str | None = None,
    ) -> list[dict[str, Any]]:
        """Options open interest volume.

        `GET /api/v5/rubik/stat/option/open-interest-volume`, 5 requests per 2 s per IP."""
    def get_options_open_interest_volume_expiry(
        self,
        ccy: str,
        period: str | None = None,
    ) -> list[dict[str, Any]]:
        """Options open interest volume expiry.

        `GET /api/v5/rubik/stat/option/open-interest-volume-expiry`, 5 requests per 2 s per IP."""
    def get_put_call_ratio(self, ccy: str, period: str | None = None) -> list[dict[str, Any]]:
        """Put call ratio.

        `GET /api/v5/rubik/stat/option/open-interest-volume-ratio`, 5 requests per 2 s per IP."""
    def get_options_open_interest_volume_strike(
        self,
        ccy: str,
        exp_time: str,
        period: str | None = None,
    ) -> list[dict[str, Any]]:
        """Options open interest volume strike.

        `GET /api/v5/rubik/stat/option/open-interest-volume-strike`, 5 requests per 2 s per IP."""
    def get_taker_flow(self, ccy: str, period: str | None = None) -> list[dict[str, Any]]:
        """Taker flow.

        `GET /api/v5/rubik/stat/option/taker-block-volume`, 5 requests per 2 s per IP."""
    def get_taker_volume(
        self,
        ccy: str,
        inst_type: str,
        begin: int | str | None = None,
        end: int | str | None = None,
        period: str | None = None,
    ) -> list[dict[str, Any]]:
        """Taker volume.

        `GET /api/v5/rubik/stat/taker-volume`, 5 requests per 2 s per IP."""
    def get_contract_taker_volume(
        self,
        inst_id: str,
        period: str | None = None,
        unit: str | None = None,
        end: int | str | None = None,
        begin: int | str | None = None,
        limit: int | str | None = None,
    ) -> list[dict[str, Any]]:
        """Contract taker volume.

        `GET /api/v5/rubik/stat/taker-volume-contract`, 5 requests per 2 s per IP+instId."""
    def get_support_coin(self) -> list[dict[str, Any]]:
        """Support coin.

        `GET /api/v5/rubik/stat/trading-data/support-coin`, 5 requests per 2 s per IP."""
    def get_system_status(self, state: str | None = None) -> list[dict[str, Any]]:
        """System status.

        `GET /api/v5/system/status`, 1 requests per 5 s per unknown."""
    def get_dma_subaccount_list(
        self,
        sub_acct: str | None = None,
        uid: str | None = None,
        page: int | str | None = None,
        limit: int | str | None = None,
    ) -> list[dict[str, Any]]:
        """Dma sub-account list (needs Read permission).

        `GET /api/v5/broker/dma/subaccount-info`, 1 requests per 1 s per UserID."""
    def get_dma_subaccount_fee_rates(
        self,
        sub_acct: str | None = None,
        uid: str | None = None,
        page: int | str | None = None,
        limit: int | str | None = None,
    ) -> list[dict[str, Any]]:
        """Dma sub-account fee rates (needs Read permission).

        `GET /api/v5/broker/dma/subaccount-trade-fee`, 1 requests per 1 s per UserID."""
    def get_dma_subaccount_api_key(
        self,
        sub_acct: str,
        api_key: str | None = None,
    ) -> list[dict[str, Any]]:
        """Dma sub-account API key (needs Read permission).

        `GET /api/v5/broker/dma/subaccount/apikey`, 1 requests per 1 s per UserID."""
    def create_dma_subaccount_api_key(
        self,
        sub_acct: str,
        label: str,
        passphrase: str,
        ip: str | None = None,
        perm: str | None = None,
    ) -> list[dict[str, Any]]:
        """Creates dma sub-account API key (needs Trade permission).

        `POST /api/v5/broker/dma/subaccount/apikey`, 40 requests per 1 s per UserID."""
    def get_fd_user_rebate_info(
        self,
        api_key: str,
        broker_type: str | None = None,
    ) -> list[dict[str, Any]]:
        """Fd user rebate info (needs Read permission).

        `GET /api/v5/broker/fd/if-rebate`, 2 requests per 1 s per UserID."""
    def get_fd_rebate_download_link(
        self,
        type_: str,
        begin: int | str | None = None,
        end: int | str | None = None,
        broker_type: str | None = None,
    ) -> list[dict[str, Any]]:
        """Fd rebate download link (needs Read permission).

        `GET /api/v5/broker/fd/rebate-per-orders`, 2 requests per 60 s per UserID."""
    def create_fd_rebate_download_link(
        self,
        begin: int | str,
        end: int | str,
        broker_type: str | None = None,
    ) -> list[dict[str, Any]]:
        """Creates fd rebate download link (needs Read permission).

        `POST /api/v5/broker/fd/rebate-per-orders`, 1 requests per 3600 s per UserID."""
    def get_affiliate_co_inviter_links(
        self,
        page: int | str | None = None,
        limit: int | str | None = None,
        link_status: str | None = None,
    ) -> list[dict[str, Any]]:
        """Affiliate co inviter links.

        `GET /api/v5/affiliate/co-inviter/list`, 3 requests per 1 s per UserID."""
    def get_affiliate_invitee_detail(
        self,
        uid: str,
        period_type: str | None = None,
    ) -> list[dict[str, Any]]:
        """Affiliate invitee detail.

        `GET /api/v5/affiliate/invitee/detail`, 3 requests per 1 s per UserID."""
    def get_affiliate_invitees(
        self,
        page: int | str | None = None,
        limit: int | str | None = None,
        period_type: str | None = None,
        begin: int | str | None = None,
        end: int | str | None = None,
        keyword: str | None = None,
        commission_category: str | None = None,
        order_by: str | None = None,
        order_dir: str | None = None,
        kyc_status: str | None = None,
        sub_affiliate_uid: str | None = None,
        uid: str | None = None,
        join_time_begin: str | None = None,
        join_time_end: str | None = None,
    ) -> list[dict[str, Any]]:
        """Affiliate invitees.

        `GET /api/v5/affiliate/invitee/list`, 3 requests per 1 s per UserID."""
    def get_affiliate_links(
        self,
        page: int | str | None = None,
        limit: int | str | None = None,
        link_type: str | None = None,
        link_status: str | None = None,
    ) -> list[dict[str, Any]]:
        """Affiliate links.

        `GET /api/v5/affiliate/link/list`, 3 requests per 1 s per UserID."""
    def get_affiliate_performance_summary(
        self,
        period_type: str | None = None,
        begin: int | str | None = None,
        end: int | str | None = None,
    ) -> list[dict[str, Any]]:
        """Affiliate performance summary.

        `GET /api/v5/affiliate/performance/summary`, 3 requests per 1 s per UserID."""
    def get_sub_affiliates(
        self,
        page: int | str | None = None,
        limit: int | str | None = None,
        keyword: str | None = None,
        commission_category: str | None = None,
        order_by: str | None = None,
        order_dir: str | None = None,
    ) -> list[dict[str, Any]]:
        """Sub affiliates.

        `GET /api/v5/affiliate/sub-affiliate/list`, 3 requests per 1 s per UserID."""
    def get_announcement_types(self) -> list[dict[str, Any]]:
        """Announcement types.

        `GET /api/v5/support/announcement-types`, 1 requests per 2 s per IP."""
    def get_announcements(
        self,
        ann_type: str | None = None,
        page: int | str | None = None,
    ) -> list[dict[str, Any]]:
        """Announcements.

        `GET /api/v5/support/announcements`, 5 requests per 2 s per UserID (private) or IP
        (public)."""
    # --- end generated: endpoints ---

@final
class AsyncOkxClient:
    """Asynchronous OKX REST client for asyncio; every endpoint method returns an awaitable."""

    def __new__(cls, config: Config) -> AsyncOkxClient: ...
    async def request(
        self,
        method: str,
        path: str,
        params: dict[str, str | int | float | Decimal | bool | None] | None = None,
        body: dict[str, Any] | list[Any] | None = None,
        signed: bool | None = None,
    ) -> Any:
        """Sends any REST request and returns the answer's `data` as Python objects."""
    def latency(self) -> dict[str, dict[str, int | None]]:
        """Round trips per endpoint (`"POST /api/v5/trade/order"`): `count`, and of the newest
        4096 answers `p50_us`, `p90_us`, `p99_us`, `max_us` (from sending to the whole answer,
        microseconds) and `okx_p50_us` (OKX's `outTime - inTime` where OKX reports it: order
        endpoints; else None)."""

    async def sync_clock(self) -> int:
        """Measures OKX's clock now (`GET /api/v5/public/time`, round trip halved); the
        awaitable gives the offset in ms that signed requests of this configuration use."""

    @property
    def clock_offset_ms(self) -> int | None:
        """OKX's clock minus the local clock in ms, or None before the first measurement."""

    # --- generated: endpoints ---
    async def preset_account_mode_switch(
        self,
        acct_lv: str,
        lever: str | int | float | Decimal | None = None,
    ) -> list[dict[str, Any]]:
        """Presets account mode switch (needs Trade permission).

        `POST /api/v5/account/account-level-switch-preset`, 5 requests per 2 s per UserID."""
    async def get_account_position_risk(self, inst_type: str | None = None) -> list[dict[str, Any]]:
        """Account position risk (needs Read permission).

        `GET /api/v5/account/account-position-risk`, 10 requests per 2 s per UserID."""
    async def activate_option(self) -> list[dict[str, Any]]:
        """Activates option (needs Trade permission).

        `POST /api/v5/account/activate-option`, 5 requests per 2 s per UserID."""
    async def get_leverage_estimated_info(
        self,
        inst_type: str,
        mgn_mode: str,
        lever: str | int | float | Decimal,
        inst_id: str | None = None,
        ccy: str | None = None,
        pos_side: str | None = None,
    ) -> list[dict[str, Any]]:
        """Leverage estimated info (needs Read permission).

        `GET /api/v5/account/adjust-leverage-info`, 5 requests per 2 s per UserID."""
    async def get_balance(self, ccy: str | None = None) -> Balance:
        """Trading account balance: totals and one detail per currency.

        `GET /api/v5/account/balance`, 10 requests per 2 s per UserID."""
    async def get_bills(
        self,
        inst_type: str | None = None,
        inst_id: str | None = None,
        ccy: str | None = None,
        mgn_mode: str | None = None,
        ct_type: str | None = None,
        type_: str | None = None,
        sub_type: str | None = None,
        after: str | None = None,
        before: str | None = None,
        begin: int | str | None = None,
        end: int | str | None = None,
        limit: int | str | None = None,
    ) -> list[Bill]:
        """Bills (needs Read permission).

        `GET /api/v5/account/bills`, 5 requests per 1 s per UserID."""
    def iter_bills(
        self,
        inst_type: str | None = None,
        inst_id: str | None = None,
        ccy: str | None = None,
        mgn_mode: str | None = None,
        ct_type: str | None = None,
        type_: str | None = None,
        sub_type: str | None = None,
        after: str | None = None,
        before: str | None = None,
        begin: int | str | None = None,
        end: int | str | None = None,
        limit: int | str | None = None,
    ) -> AsyncIterator[Bill]:
        """Walks every page of `get_bills` (`async for`), yielding its items.

        Older records page by page through `after` (the default); newer ones when only `before`
        is given. The cursor is the `billId` of each page's edge item; the walk stops at an empty
        page (or one shorter than `limit`). Arguments are checked at the call."""
    async def get_bills_archive(
        self,
        inst_type: str | None = None,
        inst_id: str | None = None,
        ccy: str | None = None,
        mgn_mode: str | None = None,
        ct_type: str | None = None,
        type_: str | None = None,
        sub_type: str | None = None,
        after: str | None = None,
        before: str | None = None,
        begin: int | str | None = None,
        end: int | str | None = None,
        limit: int | str | None = None,
    ) -> list[Bill]:
        """Bills archive (needs Read permission).

        `GET /api/v5/account/bills-archive`, 5 requests per 2 s per UserID."""
    def iter_bills_archive(
        self,
        inst_type: str | None = None,
        inst_id: str | None = None,
        ccy: str | None = None,
        mgn_mode: str | None = None,
        ct_type: str | None = None,
        type_: str | None = None,
        sub_type: str | None = None,
        after: str | None = None,
        before: str | None = None,
        begin: int | str | None = None,
        end: int | str | None = None,
        limit: int | str | None = None,
    ) -> AsyncIterator[Bill]:
        """Walks every page of `get_bills_archive` (`async for`), yielding its items.

        Older records page by page through `after` (the default); newer ones when only `before`
        is given. The cursor is the `billId` of each page's edge item; the walk stops at an empty
        page (or one shorter than `limit`). Arguments are checked at the call."""
    async def get_bills_history_archive(
        self,
        year: str,
        quarter: str,
        type_: str | None = None,
    ) -> list[dict[str, Any]]:
        """Bills history archive (needs Read permission).

        `GET /api/v5/account/bills-history-archive`, 10 requests per 2 s per UserID."""
    async def apply_bills_history_archive(
        self,
        year: str,
        quarter: str,
        type_: str | None = None,
    ) -> list[dict[str, Any]]:
        """Applies for bills history archive (needs Read permission).

        `POST /api/v5/account/bills-history-archive`, 1 requests per 10 s per UserID."""
    async def vip_loan_borrow_repay(
        self,
        ccy: str | None = None,
        side: str | None = None,
        amt: str | int | float | Decimal | None = None,
        ord_id: str | None = None,
    ) -> list[dict[str, Any]]:
        """VIP loan borrow repay (no longer in OKX's current documentation). Its parameters are
        not verified against OKX's documentation.

        `POST /api/v5/account/borrow-repay`, rate limit not documented."""
    async def get_vip_loan_borrow_repay_history(
        self,
        ccy: str | None = None,
        after: str | None = None,
        before: str | None = None,
        limit: int | str | None = None,
    ) -> list[dict[str, Any]]:
        """VIP loan borrow repay history (no longer in OKX's current documentation). Its
        parameters are not verified against OKX's documentation.

        `GET /api/v5/account/borrow-repay-history`, rate limit not documented."""
    def iter_vip_loan_borrow_repay_history(
        self,
        ccy: str | None = None,
        after: str | None = None,
        before: str | None = None,
        limit: int | str | None = None,
    ) -> AsyncIterator[dict[str, Any]]:
        """Walks every page of `get_vip_loan_borrow_repay_history` (`async for`), yielding its
        items.

        Older records page by page through `after` (the default); newer ones when only `before`
        is given. The cursor is the `ts` of each page's edge item; the walk stops at an empty
        page (or one shorter than `limit`). Arguments are checked at the call."""
    async def get_collateral_assets(
        self,
        ccy: str | None = None,
        collateral_enabled: bool | None = None,
    ) -> list[dict[str, Any]]:
        """Collateral assets (needs Read permission).

        `GET /api/v5/account/collateral-assets`, 5 requests per 2 s per UserID."""
    async def get_account_config(self) -> list[dict[str, Any]]:
        """Account config (needs Read permission).

        `GET /api/v5/account/config`, 5 requests per 2 s per UserID."""
    async def adjust_demo_balance(
        self,
        type_: str,
        adjustments: list[dict[str, Any]],
    ) -> list[dict[str, Any]]:
        """Adjusts demo balance (demo trading only). Rate limit as documented: 3/1d (increase
        only; reduce unlimited).

        `POST /api/v5/account/demo-adjust-balance`, 3 requests per 86400 s per UserID."""
    async def amend_fixed_loan_borrowing_order(
        self,
        ord_id: str | None = None,
        reborrow: bool | None = None,
        renew_max_rate: str | int | float | Decimal | None = None,
    ) -> list[dict[str, Any]]:
        """Amends fixed loan borrowing order (no longer in OKX's current documentation). Its
        parameters are not verified against OKX's documentation.

        `POST /api/v5/account/fixed-loan/amend-borrowing-order`, rate limit not documented."""
    async def get_fixed_loan_borrowing_limit(self) -> list[dict[str, Any]]:
        """Fixed loan borrowing limit (no longer in OKX's current documentation). Its parameters
        are not verified against OKX's documentation.

        `GET /api/v5/account/fixed-loan/borrowing-limit`, rate limit not documented."""
    async def place_fixed_loan_borrowing_order(
        self,
        ccy: str | None = None,
        amt: str | int | float | Decimal | None = None,
        max_rate: str | int | float | Decimal | None = None,
        term: str | None = None,
        reborrow: bool | None = None,
        reborrow_rate: str | int | float | Decimal | None = None,
    ) -> list[dict[str, Any]]:
        """Places fixed loan borrowing order (no longer in OKX's current documentation). Its
        parameters are not verified against OKX's documentation.

        `POST /api/v5/account/fixed-loan/borrowing-order`, rate limit not documented."""
    async def get_fixed_loan_borrowing_orders(
        self,
        ord_id: str | None = None,
        ccy: str | None = None,
        state: str | None = None,
        after: str | None = None,
        before: str | None = None,
        limit: int | str | None = None,
    ) -> list[dict[str, Any]]:
        """Fixed loan borrowing orders (no longer in OKX's current documentation). Its parameters
        are not verified against OKX's documentation.

        `GET /api/v5/account/fixed-loan/borrowing-orders-list`, rate limit not documented."""
    async def get_fixed_loan_borrowing_quote(
        self,
        type_: str | None = None,
        ccy: str | None = None,
        amt: str | int | float | Decimal | None = None,
        max_rate: str | int | float | Decimal | None = None,
        term: str | None = None,
        ord_id: str | None = None,
    ) -> list[dict[str, Any]]:
        """Fixed loan borrowing quote (no longer in OKX's current documentation). Its parameters
        are not verified against OKX's documentation.

        `GET /api/v5/account/fixed-loan/borrowing-quote`, rate limit not documented."""
    async def fixed_loan_manual_reborrow(
        self,
        ord_id: str | None = None,
        max_rate: str | int | float | Decimal | None = None,
    ) -> list[dict[str, Any]]:
        """Fixed loan manual reborrow (no longer in OKX's current documentation). Its parameters
        are not verified against OKX's documentation.

        `POST /api/v5/account/fixed-loan/manual-reborrow`, rate limit not documented."""
    async def repay_fixed_loan_borrowing_order(
        self,
        ord_id: str | None = None,
    ) -> list[dict[str, Any]]:
        """Repays fixed loan borrowing order (no longer in OKX's current documentation). Its
        parameters are not verified against OKX's documentation.

        `POST /api/v5/account/fixed-loan/repay-borrowing-order`, rate limit not documented."""
    async def get_greeks(self, ccy: str | None = None) -> list[dict[str, Any]]:
        """Greeks (needs Read permission).

        `GET /api/v5/account/greeks`, 10 requests per 2 s per UserID."""
    async def get_account_instruments(
        self,
        inst_type: str,
        series_id: str | None = None,
        inst_family: str | None = None,
        inst_id: str | None = None,
    ) -> list[dict[str, Any]]:
        """Account instruments (needs Read permission).

        `GET /api/v5/account/instruments`, 20 requests per 2 s per UserID+instType."""
    async def get_interest_accrued(
        self,
        type_: str | None = None,
        ccy: str | None = None,
        inst_id: str | None = None,
        mgn_mode: str | None = None,
        after: str | None = None,
        before: str | None = None,
        limit: int | str | None = None,
    ) -> list[dict[str, Any]]:
        """Interest accrued (needs Read permission).

        `GET /api/v5/account/interest-accrued`, 5 requests per 2 s per UserID."""
    def iter_interest_accrued(
        self,
        type_: str | None = None,
        ccy: str | None = None,
        inst_id: str | None = None,
        mgn_mode: str | None = None,
        after: str | None = None,
        before: str | None = None,
        limit: int | str | None = None,
    ) -> AsyncIterator[dict[str, Any]]:
        """Walks every page of `get_interest_accrued` (`async for`), yielding its items.

        Older records page by page through `after` (the default); newer ones when only `before`
        is given. The cursor is the `ts` of each page's edge item; the walk stops at an empty
        page (or one shorter than `limit`). Arguments are checked at the call."""
    async def get_borrow_interest_and_limit(
        self,
        type_: str | None = None,
        ccy: str | None = None,
    ) -> list[dict[str, Any]]:
        """Borrow interest and limit (needs Read permission).

        `GET /api/v5/account/interest-limits`, 5 requests per 2 s per UserID."""
    async def get_interest_rate(self, ccy: str | None = None) -> list[dict[str, Any]]:
        """Interest rate (needs Read permission).

        `GET /api/v5/account/interest-rate`, 5 requests per 2 s per UserID."""
    async def get_leverage(
        self,
        mgn_mode: str,
        inst_id: str | None = None,
        ccy: str | None = None,
    ) -> list[dict[str, Any]]:
        """Leverage (needs Read permission).

        `GET /api/v5/account/leverage-info`, 20 requests per 2 s per UserID."""
    async def get_max_available_balance(
        self,
        inst_id: str,
        td_mode: str,
        ccy: str | None = None,
        reduce_only: bool | None = None,
        px: str | int | float | Decimal | None = None,
        trade_quote_ccy: str | None = None,
    ) -> list[dict[str, Any]]:
        """Max available balance (needs Read permission).

        `GET /api/v5/account/max-avail-size`, 20 requests per 2 s per UserID."""
    async def get_max_loan(
        self,
        mgn_mode: str,
        inst_id: str | None = None,
        ccy: str | None = None,
        mgn_ccy: str | None = None,
        trade_quote_ccy: str | None = None,
    ) -> list[dict[str, Any]]:
        """Max loan (needs Read permission).

        `GET /api/v5/account/max-loan`, 20 requests per 2 s per UserID."""
    async def get_max_order_quantity(
        self,
        inst_id: str,
        td_mode: str,
        ccy: str | None = None,
        px: str | int | float | Decimal | None = None,
        leverage: str | int | float | Decimal | None = None,
        trade_quote_ccy: str | None = None,
        outcome: str | None = None,
    ) -> list[dict[str, Any]]:
        """Max order quantity (needs Read permission).

        `GET /api/v5/account/max-size`, 20 requests per 2 s per UserID."""
    async def get_max_withdrawal(self, ccy: str | None = None) -> list[dict[str, Any]]:
        """Max withdrawal (needs Read permission).

        `GET /api/v5/account/max-withdrawal`, 20 requests per 2 s per UserID."""
    async def get_mmp_config(self, inst_family: str | None = None) -> list[dict[str, Any]]:
        """MMP config (needs Read permission).

        `GET /api/v5/account/mmp-config`, 5 requests per 2 s per UserID."""
    async def set_mmp_config(
        self,
        inst_family: str,
        time_interval: str,
        frozen_interval: str,
        qty_limit: str,
    ) -> list[dict[str, Any]]:
        """Sets MMP config (needs Trade permission).

        `POST /api/v5/account/mmp-config`, 2 requests per 10 s per UserID."""
    async def reset_mmp(
        self,
        inst_family: str,
        inst_type: str | None = None,
    ) -> list[dict[str, Any]]:
        """Resets MMP (needs Trade permission).

        `POST /api/v5/account/mmp-reset`, 5 requests per 2 s per UserID."""
    async def move_positions(
        self,
        from_acct: str,
        to_acct: str,
        legs: list[dict[str, Any]],
        client_id: str,
    ) -> list[dict[str, Any]]:
        """Moves positions.

        `POST /api/v5/account/move-positions`, 1 requests per 1 s per MasterUserID."""
    async def get_move_positions_history(
        self,
        block_td_id: str | None = None,
        client_id: str | None = None,
        begin_ts: int | str | None = None,
        end_ts: int | str | None = None,
        limit: int | str | None = None,
        state: str | None = None,
    ) -> list[dict[str, Any]]:
        """Move positions history.

        `GET /api/v5/account/move-positions-history`, 2 requests per 2 s per MasterUserID."""
    async def position_builder(
        self,
        acct_lv: str | None = None,
        incl_real_pos_and_eq: bool | None = None,
        lever: str | int | float | Decimal | None = None,
        sim_pos: list[dict[str, Any]] | None = None,
        sim_asset: list[dict[str, Any]] | None = None,
        greeks_type: str | None = None,
        idx_vol: str | int | float | Decimal | None = None,
    ) -> list[dict[str, Any]]:
        """Position builder (needs Read permission).

        `POST /api/v5/account/position-builder`, 2 requests per 2 s per UserID."""
    async def position_builder_trend_graph(
        self,
        type_: str,
        mmr_config: list[dict[str, Any]] | dict[str, Any],
        incl_real_pos_and_eq: bool | None = None,
        sim_pos: list[dict[str, Any]] | None = None,
        sim_asset: list[dict[str, Any]] | None = None,
    ) -> list[dict[str, Any]]:
        """Position builder trend graph (needs Read permission).

        `POST /api/v5/account/position-builder-graph`, 1 requests per 5 s per UserID."""
    async def get_pm_position_limitation(
        self,
        inst_type: str,
        inst_family: str,
    ) -> list[dict[str, Any]]:
        """Pm position limitation (needs Read permission).

        `GET /api/v5/account/position-tiers`, 10 requests per 2 s per UserID."""
    async def adjust_position_margin(
        self,
        inst_id: str,
        pos_side: str,
        type_: str,
        amt: str | int | float | Decimal,
        ccy: str | None = None,
    ) -> list[dict[str, Any]]:
        """Adjusts position margin (needs Trade permission).

        `POST /api/v5/account/position/margin-balance`, 20 requests per 2 s per UserID."""
    async def get_positions(
        self,
        inst_type: str | None = None,
        inst_id: str | None = None,
        pos_id: str | None = None,
    ) -> list[Position]:
        """Open positions, optionally filtered by instrument type or id.

        `GET /api/v5/account/positions`, 10 requests per 2 s per UserID."""
    async def get_positions_history(
        self,
        inst_type: str | None = None,
        inst_id: str | None = None,
        mgn_mode: str | None = None,
        type_: str | None = None,
        pos_id: str | None = None,
        after: str | None = None,
        before: str | None = None,
        limit: int | str | None = None,
    ) -> list[dict[str, Any]]:
        """Positions history (needs Read permission).

        `GET /api/v5/account/positions-history`, 10 requests per 2 s per UserID."""
    def iter_positions_history(
        self,
        inst_type: str | None = None,
        inst_id: str | None = None,
        mgn_mode: str | None = None,
        type_: str | None = None,
        pos_id: str | None = None,
        after: str | None = None,
        before: str | None = None,
        limit: int | str | None = None,
    ) -> AsyncIterator[dict[str, Any]]:
        """Walks every page of `get_positions_history` (`async for`), yielding its items.

        Older records page by page through `after` (the default); newer ones when only `before`
        is given. The cursor is the `uTime` of each page's edge item; the walk stops at an empty
        page (or one shorter than `limit`). Arguments are checked at the call."""
    async def precheck_set_delta_neutral(self, stgy_type: str) -> list[dict[str, Any]]:
        """Precheck set delta neutral.

        `GET /api/v5/account/precheck-set-delta-neutral`, 1 requests per 2 s per UserID."""
    async def get_account_risk_state(self) -> list[dict[str, Any]]:
        """Account risk state (needs Read permission).

        `GET /api/v5/account/risk-state`, 10 requests per 2 s per UserID."""
    async def set_account_mode(self, acct_lv: str) -> list[dict[str, Any]]:
        """Sets account mode (needs Trade permission).

        `POST /api/v5/account/set-account-level`, 5 requests per 2 s per UserID."""
    async def precheck_account_mode_switch(self, acct_lv: str) -> list[dict[str, Any]]:
        """Precheck account mode switch (needs Read permission).

        `GET /api/v5/account/set-account-switch-precheck`, 5 requests per 2 s per UserID."""
    async def set_auto_earn(
        self,
        ccy: str,
        action: str,
        earn_type: str | None = None,
    ) -> list[dict[str, Any]]:
        """Sets auto earn.

        `POST /api/v5/account/set-auto-earn`, 2 requests per 2 s per UserID."""
    async def set_auto_loan(self, auto_loan: bool | None = None) -> list[dict[str, Any]]:
        """Sets auto loan (needs Trade permission).

        `POST /api/v5/account/set-auto-loan`, 5 requests per 2 s per UserID."""
    async def set_auto_repay(self, auto_repay: bool) -> list[dict[str, Any]]:
        """Sets auto repay (needs Trade permission).

        `POST /api/v5/account/set-auto-repay`, 5 requests per 2 s per UserID."""
    async def set_collateral_assets(
        self,
        ccy_list: list[str] | None = None,
    ) -> list[dict[str, Any]]:
        """Sets collateral assets (needs Trade permission).

        `POST /api/v5/account/set-collateral-assets`, 5 requests per 2 s per UserID."""
    async def set_fee_type(self, fee_type: str) -> list[dict[str, Any]]:
        """Sets fee type (needs Trade permission).

        `POST /api/v5/account/set-fee-type`, 5 requests per 2 s per UserID."""
    async def set_greeks(self, greeks_type: str) -> list[dict[str, Any]]:
        """Sets greeks (needs Trade permission).

        `POST /api/v5/account/set-greeks`, 5 requests per 2 s per UserID."""
    async def set_isolated_mode(self, iso_mode: str, type_: str) -> list[dict[str, Any]]:
        """Sets isolated mode (needs Trade permission).

        `POST /api/v5/account/set-isolated-mode`, 5 requests per 2 s per UserID."""
    async def set_leverage(
        self,
        lever: str | int | float | Decimal,
        mgn_mode: str,
        inst_id: str | None = None,
        ccy: str | None = None,
        pos_side: str | None = None,
    ) -> list[dict[str, Any]]:
        """Sets leverage (needs Trade permission).

        `POST /api/v5/account/set-leverage`, 20 requests per 2 s per UserID."""
    async def set_position_mode(self, pos_mode: str) -> list[dict[str, Any]]:
        """Sets position mode (needs Trade permission).

        `POST /api/v5/account/set-position-mode`, 5 requests per 2 s per UserID."""
    async def set_risk_offset_amount(
        self,
        ccy: str,
        cl_spot_in_use_amt: str | int | float | Decimal,
    ) -> list[dict[str, Any]]:
        """Sets risk offset amount (needs Trade permission).

        `POST /api/v5/account/set-riskOffset-amt`, 10 requests per 2 s per UserID."""
    async def set_risk_offset_type(self, type_: str | None = None) -> list[dict[str, Any]]:
        """Sets risk offset type (no longer in OKX's current documentation). Its parameters are
        not verified against OKX's documentation.

        `POST /api/v5/account/set-riskOffset-type`, rate limit not documented."""
    async def set_settle_currency(self, settle_ccy: str) -> list[dict[str, Any]]:
        """Sets settle currency (needs Trade permission).

        `POST /api/v5/account/set-settle-currency`, 20 requests per 2 s per UserID."""
    async def set_trading_config(
        self,
        type_: str,
        stgy_type: str | None = None,
    ) -> list[dict[str, Any]]:
        """Sets trading config (needs Trade permission).

        `POST /api/v5/account/set-trading-config`, 1 requests per 2 s per UserID."""
    async def get_simulated_margin(
        self,
        inst_type: str | None = None,
        incl_real_pos: bool | None = None,
        spot_offset_type: str | None = None,
        sim_pos: list[dict[str, Any]] | None = None,
    ) -> list[dict[str, Any]]:
        """Simulated margin (no longer in OKX's current documentation). Its parameters are not
        verified against OKX's documentation.

        `POST /api/v5/account/simulated_margin`, rate limit not documented."""
    async def get_borrow_repay_history(
        self,
        ccy: str | None = None,
        type_: str | None = None,
        after: str | None = None,
        before: str | None = None,
        limit: int | str | None = None,
    ) -> list[dict[str, Any]]:
        """Borrow repay history (needs Read permission).

        `GET /api/v5/account/spot-borrow-repay-history`, 5 requests per 2 s per UserID."""
    def iter_borrow_repay_history(
        self,
        ccy: str | None = None,
        type_: str | None = None,
        after: str | None = None,
        before: str | None = None,
        limit: int | str | None = None,
    ) -> AsyncIterator[dict[str, Any]]:
        """Walks every page of `get_borrow_repay_history` (`async for`), yielding its items.

        Older records page by page through `after` (the default); newer ones when only `before`
        is given. The cursor is the `ts` of each page's edge item; the walk stops at an empty
        page (or one shorter than `limit`). Arguments are checked at the call."""
    async def manual_borrow_repay(
        self,
        ccy: str,
        side: str,
        amt: str | int | float | Decimal,
    ) -> list[dict[str, Any]]:
        """Manual borrow repay (needs Trade permission).

        `POST /api/v5/account/spot-manual-borrow-repay`, 1 requests per 3 s per MasterUserID."""
    async def get_bill_types(self, type_: str | None = None) -> list[dict[str, Any]]:
        """Bill types.

        `GET /api/v5/account/subtypes`, 20 requests per 2 s per UserID."""
    async def get_fee_rates(
        self,
        inst_type: str,
        inst_id: str | None = None,
        inst_family: str | None = None,
        group_id: str | None = None,
    ) -> list[dict[str, Any]]:
        """Fee rates (needs Read permission).

        `GET /api/v5/account/trade-fee`, 5 requests per 2 s per UserID."""
    async def get_vip_interest_accrued(
        self,
        ccy: str | None = None,
        ord_id: str | None = None,
        after: str | None = None,
        before: str | None = None,
        limit: int | str | None = None,
    ) -> list[dict[str, Any]]:
        """VIP interest accrued (no longer in OKX's current documentation). Its parameters are
        not verified against OKX's documentation.

        `GET /api/v5/account/vip-interest-accrued`, rate limit not documented."""
    def iter_vip_interest_accrued(
        self,
        ccy: str | None = None,
        ord_id: str | None = None,
        after: str | None = None,
        before: str | None = None,
        limit: int | str | None = None,
    ) -> AsyncIterator[dict[str, Any]]:
        """Walks every page of `get_vip_interest_accrued` (`async for`), yielding its items.

        Older records page by page through `after` (the default); newer ones when only `before`
        is given. The cursor is the `ts` of each page's edge item; the walk stops at an empty
        page (or one shorter than `limit`). Arguments are checked at the call."""
    async def get_vip_interest_deducted(
        self,
        ccy: str | None = None,
        ord_id: str | None = None,
        after: str | None = None,
        before: str | None = None,
        limit: int | str | None = None,
    ) -> list[dict[str, Any]]:
        """VIP interest deducted (no longer in OKX's current documentation). Its parameters are
        not verified against OKX's documentation.

        `GET /api/v5/account/vip-interest-deducted`, rate limit not documented."""
    def iter_vip_interest_deducted(
        self,
        ccy: str | None = None,
        ord_id: str | None = None,
        after: str | None = None,
        before: str | None = None,
        limit: int | str | None = None,
    ) -> AsyncIterator[dict[str, Any]]:
        """Walks every page of `get_vip_interest_deducted` (`async for`), yielding its items.

        Older records page by page through `after` (the default); newer ones when only `before`
        is given. The cursor is the `ts` of each page's edge item; the walk stops at an empty
        page (or one shorter than `limit`). Arguments are checked at the call."""
    async def get_vip_loan_order_detail(
        self,
        ccy: str | None = None,
        ord_id: str | None = None,
        after: str | None = None,
        before: str | None = None,
        limit: int | str | None = None,
    ) -> list[dict[str, Any]]:
        """VIP loan order detail (no longer in OKX's current documentation). Its parameters are
        not verified against OKX's documentation.

        `GET /api/v5/account/vip-loan-order-detail`, rate limit not documented."""
    def iter_vip_loan_order_detail(
        self,
        ccy: str | None = None,
        ord_id: str | None = None,
        after: str | None = None,
        before: str | None = None,
        limit: int | str | None = None,
    ) -> AsyncIterator[dict[str, Any]]:
        """Walks every page of `get_vip_loan_order_detail` (`async for`), yielding its items.

        Older records page by page through `after` (the default); newer ones when only `before`
        is given. The cursor is the `ts` of each page's edge item; the walk stops at an empty
        page (or one shorter than `limit`). Arguments are checked at the call."""
    async def get_vip_loan_orders(
        self,
        ord_id: str | None = None,
        state: str | None = None,
        ccy: str | None = None,
        after: str | None = None,
        before: str | None = None,
        limit: int | str | None = None,
    ) -> list[dict[str, Any]]:
        """VIP loan orders (no longer in OKX's current documentation). Its parameters are not
        verified against OKX's documentation.

        `GET /api/v5/account/vip-loan-order-list`, rate limit not documented."""
    def iter_vip_loan_orders(
        self,
        ord_id: str | None = None,
        state: str | None = None,
        ccy: str | None = None,
        after: str | None = None,
        before: str | None = None,
        limit: int | str | None = None,
    ) -> AsyncIterator[dict[str, Any]]:
        """Walks every page of `get_vip_loan_orders` (`async for`), yielding its items.

        Older records page by page through `after` (the default); newer ones when only `before`
        is given. The cursor is the `ordId` of each page's edge item; the walk stops at an empty
        page (or one shorter than `limit`). Arguments are checked at the call."""
    async def get_glp_historical_performance(
        self,
        program: str,
        begin: int | str | None = None,
        end: int | str | None = None,
        limit: int | str | None = None,
    ) -> list[dict[str, Any]]:
        """Glp historical performance.

        `GET /api/v5/users/glp/historicalperformance`, 5 requests per 2 s per UserID."""
    async def get_glp_today_performance(self) -> list[dict[str, Any]]:
        """Glp today performance.

        `GET /api/v5/users/glp/todayperformance`, 5 requests per 2 s per UserID."""
    async def get_account_rate_limit(self) -> list[dict[str, Any]]:
        """Account rate limit.

        `GET /api/v5/trade/account-rate-limit`, 1 requests per 1 s per UserID."""
    async def amend_batch_orders(self, orders: list[_AmendBatchOrdersItem]) -> list[OrderAck]:
        """Amends batch orders (up to 20 items per request; needs Trade permission).

        `POST /api/v5/trade/amend-batch-orders`, 300 requests per 2 s per UserID+instId (OPTION:
        UserID+instFamily)."""
    async def amend_order(
        self,
        inst_id: str,
        cxl_on_fail: bool | None = None,
        ord_id: str | None = None,
        cl_ord_id: str | None = None,
        req_id: str | None = None,
        new_sz: str | int | float | Decimal | None = None,
        new_px: str | int | float | Decimal | None = None,
        speed_bump: str | None = None,
        new_px_usd: str | int | float | Decimal | None = None,
        new_px_vol: str | int | float | Decimal | None = None,
        px_amend_type: str | None = None,
        attach_algo_ords: list[dict[str, Any]] | None = None,
        rpi_taker_access: str | None = None,
        rpi_px_round: str | None = None,
    ) -> OrderAck:
        """Amends order (needs Trade permission).

        `POST /api/v5/trade/amend-order`, 60 requests per 2 s per UserID+instId (OPTION:
        UserID+instFamily)."""
    async def place_batch_orders(self, orders: list[_PlaceBatchOrdersItem]) -> list[OrderAck]:
        """Places batch orders (up to 20 items per request; needs Trade permission).

        `POST /api/v5/trade/batch-orders`, 300 requests per 2 s per UserID+instId (OPTION:
        UserID+instFamily)."""
    async def cancel_all_after(self, time_out: str, tag: str | None = None) -> list[dict[str, Any]]:
        """Cancels all after (needs Trade permission).

        `POST /api/v5/trade/cancel-all-after`, 1 requests per 1 s per UserID+tag."""
    async def cancel_batch_orders(self, orders: list[_CancelBatchOrdersItem]) -> list[OrderAck]:
        """Cancels batch orders (up to 20 items per request; needs Trade permission).

        `POST /api/v5/trade/cancel-batch-orders`, 300 requests per 2 s per UserID+instId (OPTION:
        UserID+instFamily)."""
    async def cancel_order(
        self,
        inst_id: str,
        ord_id: str | None = None,
        cl_ord_id: str | None = None,
    ) -> OrderAck:
        """Cancels one order by ordId or clOrdId.

        `POST /api/v5/trade/cancel-order`, 60 requests per 2 s per UserID+instId."""
    async def close_positions(
        self,
        inst_id: str,
        mgn_mode: str,
        pos_side: str | None = None,
        ccy: str | None = None,
        auto_cxl: bool | None = None,
        cl_ord_id: str | None = None,
        tag: str | None = None,
    ) -> list[dict[str, Any]]:
        """Closes positions (needs Trade permission).

        `POST /api/v5/trade/close-position`, 20 requests per 2 s per UserID+instId (OPTION:
        UserID+instFamily)."""
    async def place_easy_convert(
        self,
        from_ccy: str,
        to_ccy: str,
        source: str | None = None,
    ) -> list[dict[str, Any]]:
        """Places easy convert (needs Trade permission).

        `POST /api/v5/trade/easy-convert`, 1 requests per 2 s per UserID."""
    async def get_easy_convert_currency_list(
        self,
        source: str | None = None,
    ) -> list[dict[str, Any]]:
        """Easy convert currency list (needs Read permission).

        `GET /api/v5/trade/easy-convert-currency-list`, 1 requests per 2 s per UserID."""
    async def get_easy_convert_history(
        self,
        after: str | None = None,
        before: str | None = None,
        limit: int | str | None = None,
    ) -> list[dict[str, Any]]:
        """Easy convert history (needs Read permission).

        `GET /api/v5/trade/easy-convert-history`, 1 requests per 2 s per UserID."""
    def iter_easy_convert_history(
        self,
        after: str | None = None,
        before: str | None = None,
        limit: int | str | None = None,
    ) -> AsyncIterator[dict[str, Any]]:
        """Walks every page of `get_easy_convert_history` (`async for`), yielding its items.

        Older records page by page through `after` (the default); newer ones when only `before`
        is given. The cursor is the `uTime` of each page's edge item; the walk stops at an empty
        page (or one shorter than `limit`). Arguments are checked at the call."""
    async def get_fills(
        self,
        inst_type: str | None = None,
        inst_family: str | None = None,
        inst_id: str | None = None,
        ord_id: str | None = None,
        sub_type: str | None = None,
        after: str | None = None,
        before: str | None = None,
        begin: int | str | None = None,
        end: int | str | None = None,
        limit: int | str | None = None,
    ) -> list[Fill]:
        """Fills (needs Read permission).

        `GET /api/v5/trade/fills`, 60 requests per 2 s per UserID."""
    def iter_fills(
        self,
        inst_type: str | None = None,
        inst_family: str | None = None,
        inst_id: str | None = None,
        ord_id: str | None = None,
        sub_type: str | None = None,
        after: str | None = None,
        before: str | None = None,
        begin: int | str | None = None,
        end: int | str | None = None,
        limit: int | str | None = None,
    ) -> AsyncIterator[Fill]:
        """Walks every page of `get_fills` (`async for`), yielding its items.

        Older records page by page through `after` (the default); newer ones when only `before`
        is given. The cursor is the `billId` of each page's edge item; the walk stops at an empty
        page (or one shorter than `limit`). Arguments are checked at the call."""
    async def get_fills_history(
        self,
        inst_type: str,
        inst_family: str | None = None,
        inst_id: str | None = None,
        ord_id: str | None = None,
        sub_type: str | None = None,
        after: str | None = None,
        before: str | None = None,
        begin: int | str | None = None,
        end: int | str | None = None,
        limit: int | str | None = None,
    ) -> list[Fill]:
        """Fills history (needs Read permission).

        `GET /api/v5/trade/fills-history`, 10 requests per 2 s per UserID."""
    def iter_fills_history(
        self,
        inst_type: str,
        inst_family: str | None = None,
        inst_id: str | None = None,
        ord_id: str | None = None,
        sub_type: str | None = None,
        after: str | None = None,
        before: str | None = None,
        begin: int | str | None = None,
        end: int | str | None = None,
        limit: int | str | None = None,
    ) -> AsyncIterator[Fill]:
        """Walks every page of `get_fills_history` (`async for`), yielding its items.

        Older records page by page through `after` (the default); newer ones when only `before`
        is given. The cursor is the `billId` of each page's edge item; the walk stops at an empty
        page (or one shorter than `limit`). Arguments are checked at the call."""
    async def mass_cancel(
        self,
        inst_type: str,
        inst_family: str,
        lock_interval: str | None = None,
    ) -> list[dict[str, Any]]:
        """Mass cancel (needs Trade permission).

        `POST /api/v5/trade/mass-cancel`, 5 requests per 2 s per UserID."""
    async def one_click_repay(self, debt_ccy: str, repay_ccy: str) -> list[dict[str, Any]]:
        """One-click click repay (needs Trade permission).

        `POST /api/v5/trade/one-click-repay`, 1 requests per 2 s per UserID."""
    async def get_one_click_repay_currency_list(
        self,
        debt_type: str | None = None,
    ) -> list[dict[str, Any]]:
        """One click repay currency list (needs Read permission).

        `GET /api/v5/trade/one-click-repay-currency-list`, 1 requests per 2 s per UserID."""
    async def get_one_click_repay_currency_list_v2(self) -> list[dict[str, Any]]:
        """One click repay currency list v2 (needs Read permission).

        `GET /api/v5/trade/one-click-repay-currency-list-v2`, 1 requests per 2 s per UserID."""
    async def get_one_click_repay_history(
        self,
        after: str | None = None,
        before: str | None = None,
        limit: int | str | None = None,
    ) -> list[dict[str, Any]]:
        """One click repay history (needs Read permission).

        `GET /api/v5/trade/one-click-repay-history`, 1 requests per 2 s per UserID."""
    def iter_one_click_repay_history(
        self,
        after: str | None = None,
        before: str | None = None,
        limit: int | str | None = None,
    ) -> AsyncIterator[dict[str, Any]]:
        """Walks every page of `get_one_click_repay_history` (`async for`), yielding its items.

        Older records page by page through `after` (the default); newer ones when only `before`
        is given. The cursor is the `uTime` of each page's edge item; the walk stops at an empty
        page (or one shorter than `limit`). Arguments are checked at the call."""
    async def get_one_click_repay_history_v2(
        self,
        after: str | None = None,
        before: str | None = None,
        limit: int | str | None = None,
    ) -> list[dict[str, Any]]:
        """One click repay history v2 (needs Read permission).

        `GET /api/v5/trade/one-click-repay-history-v2`, 1 requests per 2 s per UserID."""
    def iter_one_click_repay_history_v2(
        self,
        after: str | None = None,
        before: str | None = None,
        limit: int | str | None = None,
    ) -> AsyncIterator[dict[str, Any]]:
        """Walks every page of `get_one_click_repay_history_v2` (`async for`), yielding its items.

        Older records page by page through `after` (the default); newer ones when only `before`
        is given. The cursor is the `ts` of each page's edge item; the walk stops at an empty
        page (or one shorter than `limit`). Arguments are checked at the call."""
    async def one_click_repay_v2(
        self,
        debt_ccy: str,
        repay_ccy_list: list[str],
    ) -> list[dict[str, Any]]:
        """One-click click repay v2 (needs Trade permission).

        `POST /api/v5/trade/one-click-repay-v2`, 1 requests per 2 s per UserID."""
    async def get_order(
        self,
        inst_id: str,
        ord_id: str | None = None,
        cl_ord_id: str | None = None,
    ) -> Order:
        """Details of one order by ordId or clOrdId.

        `GET /api/v5/trade/order`, 60 requests per 2 s per UserID+instId."""
    async def place_order(
        self,
        inst_id: str,
        td_mode: str,
        side: str,
        ord_type: str,
        sz: str | int | float | Decimal,
        px: str | int | float | Decimal | None = None,
        cl_ord_id: str | None = None,
        ccy: str | None = None,
        tag: str | None = None,
        pos_side: str | None = None,
        tgt_ccy: str | None = None,
        stp_mode: str | None = None,
    ) -> OrderAck:
        """Places an order; returns its ordId and clOrdId.

        `POST /api/v5/trade/order`, 60 requests per 2 s per UserID+instId."""
    async def order_precheck(
        self,
        inst_id: str,
        td_mode: str,
        side: str,
        ord_type: str,
        sz: str | int | float | Decimal,
        pos_side: str | None = None,
        px: str | int | float | Decimal | None = None,
        outcome: str | None = None,
        reduce_only: bool | None = None,
        tgt_ccy: str | None = None,
        attach_algo_ords: list[dict[str, Any]] | None = None,
    ) -> list[dict[str, Any]]:
        """Order precheck (needs Trade permission).

        `POST /api/v5/trade/order-precheck`, 5 requests per 2 s per UserID."""
    async def get_orders_history(
        self,
        inst_type: str,
        inst_family: str | None = None,
        inst_id: str | None = None,
        ord_type: str | None = None,
        state: str | None = None,
        category: str | None = None,
        after: str | None = None,
        before: str | None = None,
        begin: int | str | None = None,
        end: int | str | None = None,
        limit: int | str | None = None,
    ) -> list[Order]:
        """Orders history (needs Read permission).

        `GET /api/v5/trade/orders-history`, 40 requests per 2 s per UserID."""
    def iter_orders_history(
        self,
        inst_type: str,
        inst_family: str | None = None,
        inst_id: str | None = None,
        ord_type: str | None = None,
        state: str | None = None,
        category: str | None = None,
        after: str | None = None,
        before: str | None = None,
        begin: int | str | None = None,
        end: int | str | None = None,
        limit: int | str | None = None,
    ) -> AsyncIterator[Order]:
        """Walks every page of `get_orders_history` (`async for`), yielding its items.

        Older records page by page through `after` (the default); newer ones when only `before`
        is given. The cursor is the `ordId` of each page's edge item; the walk stops at an empty
        page (or one shorter than `limit`). Arguments are checked at the call."""
    async def get_orders_history_archive(
        self,
        inst_type: str,
        inst_family: str | None = None,
        inst_id: str | None = None,
        ord_type: str | None = None,
        state: str | None = None,
        category: str | None = None,
        after: str | None = None,
        before: str | None = None,
        begin: int | str | None = None,
        end: int | str | None = None,
        limit: int | str | None = None,
    ) -> list[Order]:
        """Orders history archive (needs Read permission).

        `GET /api/v5/trade/orders-history-archive`, 20 requests per 2 s per UserID."""
    def iter_orders_history_archive(
        self,
        inst_type: str,
        inst_family: str | None = None,
        inst_id: str | None = None,
        ord_type: str | None = None,
        state: str | None = None,
        category: str | None = None,
        after: str | None = None,
        before: str | None = None,
        begin: int | str | None = None,
        end: int | str | None = None,
        limit: int | str | None = None,
    ) -> AsyncIterator[Order]:
        """Walks every page of `get_orders_history_archive` (`async for`), yielding its items.

        Older records page by page through `after` (the default); newer ones when only `before`
        is given. The cursor is the `ordId` of each page's edge item; the walk stops at an empty
        page (or one shorter than `limit`). Arguments are checked at the call."""
    async def get_orders_pending(
        self,
        inst_type: str | None = None,
        inst_id: str | None = None,
        inst_family: str | None = None,
        ord_type: str | None = None,
        state: str | None = None,
        after: str | None = None,
        before: str | None = None,
        limit: int | str | None = None,
    ) -> list[Order]:
        """Orders not yet filled or cancelled (live and partially filled).

        `GET /api/v5/trade/orders-pending`, 60 requests per 2 s per UserID."""
    def iter_orders_pending(
        self,
        inst_type: str | None = None,
        inst_id: str | None = None,
        inst_family: str | None = None,
        ord_type: str | None = None,
        state: str | None = None,
        after: str | None = None,
        before: str | None = None,
        limit: int | str | None = None,
    ) -> AsyncIterator[Order]:
        """Walks every page of `get_orders_pending` (`async for`), yielding its items.

        Older records page by page through `after` (the default); newer ones when only `before`
        is given. The cursor is the `ordId` of each page's edge item; the walk stops at an empty
        page (or one shorter than `limit`). Arguments are checked at the call."""
    async def amend_algo_order(
        self,
        inst_id: str,
        algo_id: str | None = None,
        algo_cl_ord_id: str | None = None,
        cxl_on_fail: bool | None = None,
        req_id: str | None = None,
        new_sz: str | int | float | Decimal | None = None,
        new_tp_trigger_px: str | int | float | Decimal | None = None,
        new_tp_ord_px: str | int | float | Decimal | None = None,
        new_sl_trigger_px: str | int | float | Decimal | None = None,
        new_sl_ord_px: str | int | float | Decimal | None = None,
        new_tp_trigger_px_type: str | None = None,
        new_sl_trigger_px_type: str | None = None,
        new_trigger_px: str | int | float | Decimal | None = None,
        new_ord_px: str | int | float | Decimal | None = None,
        new_trigger_px_type: str | None = None,
        attach_algo_ords: list[dict[str, Any]] | None = None,
        adv_chase_params: list[dict[str, Any]] | dict[str, Any] | None = None,
    ) -> list[dict[str, Any]]:
        """Amends algo order (needs Trade permission).

        `POST /api/v5/trade/amend-algos`, 20 requests per 2 s per UserID+instId."""
    async def cancel_algo_orders(self, orders: list[_CancelAlgoOrdersItem]) -> list[dict[str, Any]]:
        """Cancels algo orders (up to 10 items per request; needs Trade permission).

        `POST /api/v5/trade/cancel-algos`, 20 requests per 2 s per UserID+instId (OPTION:
        UserID+instFamily)."""
    async def get_algo_order(
        self,
        algo_id: str | None = None,
        algo_cl_ord_id: str | None = None,
    ) -> AlgoOrder:
        """Algo order (needs Read permission).

        `GET /api/v5/trade/order-algo`, 20 requests per 2 s per UserID."""
    async def place_algo_order(
        self,
        inst_id: str,
        td_mode: str,
        side: str,
        ord_type: str,
        ccy: str | None = None,
        pos_side: str | None = None,
        sz: str | int | float | Decimal | None = None,
        tag: str | None = None,
        tgt_ccy: str | None = None,
        algo_cl_ord_id: str | None = None,
        close_fraction: str | int | float | Decimal | None = None,
        trade_quote_ccy: str | None = None,
        tp_trigger_px: str | int | float | Decimal | None = None,
        tp_trigger_px_type: str | None = None,
        tp_ord_px: str | int | float | Decimal | None = None,
        tp_ord_kind: str | None = None,
        sl_trigger_px: str | int | float | Decimal | None = None,
        sl_trigger_px_type: str | None = None,
        sl_ord_px: str | int | float | Decimal | None = None,
        cxl_on_close_pos: bool | None = None,
        reduce_only: bool | None = None,
        chase_type: str | None = None,
        chase_val: str | int | float | Decimal | None = None,
        max_chase_type: str | None = None,
        max_chase_val: str | int | float | Decimal | None = None,
        trigger_px: str | int | float | Decimal | None = None,
        order_px: str | int | float | Decimal | None = None,
        advance_ord_type: str | None = None,
        adv_chase_params: list[dict[str, Any]] | dict[str, Any] | None = None,
        trigger_px_type: str | None = None,
        attach_algo_ords: list[dict[str, Any]] | None = None,
        callback_ratio: str | int | float | Decimal | None = None,
        callback_spread: str | int | float | Decimal | None = None,
        active_px: str | int | float | Decimal | None = None,
        px_var: str | int | float | Decimal | None = None,
        px_spread: str | int | float | Decimal | None = None,
        sz_limit: str | int | float | Decimal | None = None,
        px_limit: str | int | float | Decimal | None = None,
        time_interval: str | None = None,
        lmt_order_number: str | None = None,
        aggressiveness: str | None = None,
        trigger_params: list[dict[str, Any]] | None = None,
    ) -> list[dict[str, Any]]:
        """Places algo order (needs Trade permission).

        `POST /api/v5/trade/order-algo`, 20 requests per 2 s per UserID+instId (OPTION:
        UserID+instFamily)."""
    async def get_algo_orders_history(
        self,
        ord_type: str,
        state: str | None = None,
        algo_id: str | None = None,
        inst_type: str | None = None,
        inst_id: str | None = None,
        after: str | None = None,
        before: str | None = None,
        limit: int | str | None = None,
    ) -> list[AlgoOrder]:
        """Algo orders history (needs Read permission).

        `GET /api/v5/trade/orders-algo-history`, 20 requests per 2 s per UserID."""
    def iter_algo_orders_history(
        self,
        ord_type: str,
        state: str | None = None,
        algo_id: str | None = None,
        inst_type: str | None = None,
        inst_id: str | None = None,
        after: str | None = None,
        before: str | None = None,
        limit: int | str | None = None,
    ) -> AsyncIterator[AlgoOrder]:
        """Walks every page of `get_algo_orders_history` (`async for`), yielding its items.

        Older records page by page through `after` (the default); newer ones when only `before`
        is given. The cursor is the `algoId` of each page's edge item; the walk stops at an empty
        page (or one shorter than `limit`). Arguments are checked at the call."""
    async def get_algo_orders_pending(
        self,
        ord_type: str,
        algo_id: str | None = None,
        inst_type: str | None = None,
        inst_id: str | None = None,
        after: str | None = None,
        before: str | None = None,
        limit: int | str | None = None,
    ) -> list[AlgoOrder]:
        """Algo orders pending (needs Read permission).

        `GET /api/v5/trade/orders-algo-pending`, 20 requests per 2 s per UserID."""
    def iter_algo_orders_pending(
        self,
        ord_type: str,
        algo_id: str | None = None,
        inst_type: str | None = None,
        inst_id: str | None = None,
        after: str | None = None,
        before: str | None = None,
        limit: int | str | None = None,
    ) -> AsyncIterator[AlgoOrder]:
        """Walks every page of `get_algo_orders_pending` (`async for`), yielding its items.

        Older records page by page through `after` (the default); newer ones when only `before`
        is given. The cursor is the `algoId` of each page's edge item; the walk stops at an empty
        page (or one shorter than `limit`). Arguments are checked at the call."""
    async def get_asset_valuation(self, ccy: str | None = None) -> list[dict[str, Any]]:
        """Asset valuation (needs Read permission).

        `GET /api/v5/asset/asset-valuation`, 1 requests per 1 s per UserID."""
    async def get_funding_balances(self, ccy: str | None = None) -> list[dict[str, Any]]:
        """Funding balances (needs Read permission).

        `GET /api/v5/asset/balances`, 6 requests per 1 s per UserID."""
    async def get_asset_bills(
        self,
        ccy: str | None = None,
        type_: str | None = None,
        third_party_type: str | None = None,
        client_id: str | None = None,
        after: str | None = None,
        before: str | None = None,
        limit: int | str | None = None,
    ) -> list[dict[str, Any]]:
        """Asset bills (needs Read permission).

        `GET /api/v5/asset/bills`, 6 requests per 1 s per UserID."""
    def iter_asset_bills(
        self,
        ccy: str | None = None,
        type_: str | None = None,
        third_party_type: str | None = None,
        client_id: str | None = None,
        after: str | None = None,
        before: str | None = None,
        limit: int | str | None = None,
    ) -> AsyncIterator[dict[str, Any]]:
        """Walks every page of `get_asset_bills` (`async for`), yielding its items.

        Older records page by page through `after` (the default); newer ones when only `before`
        is given. The cursor is the `ts` of each page's edge item; the walk stops at an empty
        page (or one shorter than `limit`). Arguments are checked at the call."""
    async def get_asset_bills_history(
        self,
        ccy: str | None = None,
        type_: str | None = None,
        third_party_type: str | None = None,
        client_id: str | None = None,
        after: str | None = None,
        before: str | None = None,
        limit: int | str | None = None,
        paging_type: str | None = None,
    ) -> list[dict[str, Any]]:
        """Asset bills history (needs Read permission).

        `GET /api/v5/asset/bills-history`, 1 requests per 1 s per UserID."""
    def iter_asset_bills_history(
        self,
        ccy: str | None = None,
        type_: str | None = None,
        third_party_type: str | None = None,
        client_id: str | None = None,
        after: str | None = None,
        before: str | None = None,
        limit: int | str | None = None,
        paging_type: str | None = None,
    ) -> AsyncIterator[dict[str, Any]]:
        """Walks every page of `get_asset_bills_history` (`async for`), yielding its items.

        Older records page by page through `after` (the default); newer ones when only `before`
        is given. The cursor is the `ts` of each page's edge item; the walk stops at an empty
        page (or one shorter than `limit`). Arguments are checked at the call."""
    async def cancel_withdrawal(self, wd_id: str) -> list[dict[str, Any]]:
        """Cancels withdrawal (needs Trade permission).

        `POST /api/v5/asset/cancel-withdrawal`, 6 requests per 1 s per UserID."""
    async def convert_dust_assets(self, ccy: str | None = None) -> list[dict[str, Any]]:
        """Converts dust assets (no longer in OKX's current documentation). Its parameters are
        not verified against OKX's documentation.

        `POST /api/v5/asset/convert-dust-assets`, rate limit not documented."""
    async def get_currencies(self, ccy: str | None = None) -> list[Currency]:
        """Currencies (needs Read permission).

        `GET /api/v5/asset/currencies`, 6 requests per 1 s per UserID."""
    async def get_deposit_address(self, ccy: str) -> list[DepositAddress]:
        """Deposit address (needs Read permission).

        `GET /api/v5/asset/deposit-address`, 6 requests per 1 s per UserID."""
    async def get_deposit_history(
        self,
        ccy: str | None = None,
        dep_id: str | None = None,
        from_wd_id: str | None = None,
        tx_id: str | None = None,
        type_: str | None = None,
        state: str | None = None,
        after: str | None = None,
        before: str | None = None,
        limit: int | str | None = None,
    ) -> list[dict[str, Any]]:
        """Deposit history (needs Read permission).

        `GET /api/v5/asset/deposit-history`, 6 requests per 1 s per UserID."""
    def iter_deposit_history(
        self,
        ccy: str | None = None,
        dep_id: str | None = None,
        from_wd_id: str | None = None,
        tx_id: str | None = None,
        type_: str | None = None,
        state: str | None = None,
        after: str | None = None,
        before: str | None = None,
        limit: int | str | None = None,
    ) -> AsyncIterator[dict[str, Any]]:
        """Walks every page of `get_deposit_history` (`async for`), yielding its items.

        Older records page by page through `after` (the default); newer ones when only `before`
        is given. The cursor is the `ts` of each page's edge item; the walk stops at an empty
        page (or one shorter than `limit`). Arguments are checked at the call."""
    async def get_deposit_lightning(
        self,
        ccy: str,
        amt: str | int | float | Decimal,
        to: str | None = None,
    ) -> list[dict[str, Any]]:
        """Deposit lightning (no longer in OKX's current documentation). Its parameters are not
        verified against OKX's documentation.

        `GET /api/v5/asset/deposit-lightning`, rate limit not documented."""
    async def get_deposit_withdraw_status(
        self,
        wd_id: str | None = None,
        tx_id: str | None = None,
        ccy: str | None = None,
        to: str | None = None,
        chain: str | None = None,
    ) -> list[dict[str, Any]]:
        """Deposit withdraw status (needs Read permission).

        `GET /api/v5/asset/deposit-withdraw-status`, 1 requests per 2 s per UserID."""
    async def get_exchange_list(self) -> list[dict[str, Any]]:
        """Exchange list.

        `GET /api/v5/asset/exchange-list`, 6 requests per 1 s per IP."""
    async def get_monthly_statement(self, month: str) -> list[dict[str, Any]]:
        """Monthly statement (needs Read permission).

        `GET /api/v5/asset/monthly-statement`, 10 requests per 2 s per UserID."""
    async def apply_monthly_statement(self, month: str | None = None) -> list[dict[str, Any]]:
        """Applies for monthly statement (needs Read permission).

        `POST /api/v5/asset/monthly-statement`, 20 requests per 2592000 s per UserID."""
    async def get_non_tradable_assets(self, ccy: str | None = None) -> list[dict[str, Any]]:
        """Non tradable assets (needs Read permission).

        `GET /api/v5/asset/non-tradable-assets`, 6 requests per 1 s per UserID."""
    async def piggybank_purchase_redemption(
        self,
        ccy: str,
        amt: str | int | float | Decimal,
        side: str,
        rate: str | int | float | Decimal,
    ) -> list[dict[str, Any]]:
        """Piggybank purchase redemption (no longer in OKX's current documentation). Its
        parameters are not verified against OKX's documentation.

        `POST /api/v5/asset/purchase_redempt`, rate limit not documented."""
    async def funds_transfer(
        self,
        ccy: str,
        amt: str | int | float | Decimal,
        from_: str,
        to: str,
        type_: str | None = None,
        sub_acct: str | None = None,
        loan_trans: bool | None = None,
        omit_pos_risk: bool | None = None,
        client_id: str | None = None,
    ) -> list[dict[str, Any]]:
        """Funds transfer (needs Trade permission).

        `POST /api/v5/asset/transfer`, 2 requests per 1 s per UserID+ccy."""
    async def get_transfer_state(
        self,
        trans_id: str | None = None,
        client_id: str | None = None,
        type_: str | None = None,
    ) -> list[dict[str, Any]]:
        """Transfer state (needs Read permission).

        `GET /api/v5/asset/transfer-state`, 10 requests per 1 s per UserID."""
    async def withdrawal(
        self,
        ccy: str,
        amt: str | int | float | Decimal,
        dest: str,
        to_addr: str,
        to_addr_type: str | None = None,
        chain: str | None = None,
        area_code: str | None = None,
        rcvr_info: dict[str, Any] | None = None,
        client_id: str | None = None,
    ) -> list[dict[str, Any]]:
        """Withdrawal (needs Withdraw permission).

        `POST /api/v5/asset/withdrawal`, 6 requests per 1 s per UserID."""
    async def get_withdrawal_history(
        self,
        ccy: str | None = None,
        wd_id: str | None = None,
        client_id: str | None = None,
        tx_id: str | None = None,
        type_: str | None = None,
        state: str | None = None,
        after: str | None = None,
        before: str | None = None,
        limit: int | str | None = None,
    ) -> list[dict[str, Any]]:
        """Withdrawal history (needs Read permission).

        `GET /api/v5/asset/withdrawal-history`, 6 requests per 1 s per UserID."""
    def iter_withdrawal_history(
        self,
        ccy: str | None = None,
        wd_id: str | None = None,
        client_id: str | None = None,
        tx_id: str | None = None,
        type_: str | None = None,
        state: str | None = None,
        after: str | None = None,
        before: str | None = None,
        limit: int | str | None = None,
    ) -> AsyncIterator[dict[str, Any]]:
        """Walks every page of `get_withdrawal_history` (`async for`), yielding its items.

        Older records page by page through `after` (the default); newer ones when only `before`
        is given. The cursor is the `ts` of each page's edge item; the walk stops at an empty
        page (or one shorter than `limit`). Arguments are checked at the call."""
    async def withdrawal_lightning(
        self,
        ccy: str,
        invoice: str,
        memo: str | None = None,
    ) -> list[dict[str, Any]]:
        """Withdrawal lightning (no longer in OKX's current documentation). Its parameters are
        not verified against OKX's documentation.

        `POST /api/v5/asset/withdrawal-lightning`, rate limit not documented."""
    async def get_fiat_buy_sell_currencies(self) -> list[dict[str, Any]]:
        """Fiat buy sell currencies (needs Read permission).

        `GET /api/v5/fiat/buy-sell/currencies`, 6 requests per 1 s per UserID."""
    async def get_fiat_buy_sell_currency_pair(
        self,
        from_ccy: str,
        to_ccy: str,
    ) -> list[dict[str, Any]]:
        """Fiat buy sell currency pair (needs Read permission).

        `GET /api/v5/fiat/buy-sell/currency-pair`, 6 requests per 1 s per UserID."""
    async def get_fiat_buy_sell_history(
        self,
        ord_id: str | None = None,
        cl_ord_id: str | None = None,
        state: str | None = None,
        begin: int | str | None = None,
        end: int | str | None = None,
        limit: int | str | None = None,
    ) -> list[dict[str, Any]]:
        """Fiat buy sell history (needs Read permission).

        `GET /api/v5/fiat/buy-sell/history`, 6 requests per 1 s per UserID."""
    async def get_fiat_buy_sell_quote(
        self,
        side: str,
        from_ccy: str,
        to_ccy: str,
        rfq_amt: str | int | float | Decimal,
        rfq_ccy: str,
    ) -> list[dict[str, Any]]:
        """Fiat buy sell quote (needs Read permission). Rate limit as documented: 10/1s; 1/5s.

        `POST /api/v5/fiat/buy-sell/quote`, 10 requests per 1 s per UserID; instId."""
    async def fiat_buy_sell_trade(
        self,
        quote_id: str,
        side: str,
        from_ccy: str,
        to_ccy: str,
        rfq_amt: str | int | float | Decimal,
        rfq_ccy: str,
        payment_method: str,
        cl_ord_id: str,
    ) -> list[dict[str, Any]]:
        """Fiat buy sell trade (needs Trade permission).

        `POST /api/v5/fiat/buy-sell/trade`, 1 requests per 5 s per UserID."""
    async def cancel_fiat_withdrawal(self, ord_id: str) -> list[dict[str, Any]]:
        """Cancels fiat withdrawal (needs Trade permission).

        `POST /api/v5/fiat/cancel-withdrawal`, 3 requests per 1 s per UserID."""
    async def create_fiat_withdrawal(
        self,
        payment_acct_id: str,
        ccy: str,
        amt: str | int | float | Decimal,
        payment_method: str,
        client_id: str,
    ) -> list[dict[str, Any]]:
        """Creates fiat withdrawal (needs Withdraw permission).

        `POST /api/v5/fiat/create-withdrawal`, 3 requests per 1 s per UserID."""
    async def get_fiat_deposit(self, ord_id: str) -> list[dict[str, Any]]:
        """Fiat deposit (needs Read permission).

        `GET /api/v5/fiat/deposit`, 3 requests per 1 s per UserID."""
    async def get_fiat_deposit_history(
        self,
        ccy: str | None = None,
        payment_method: str | None = None,
        state: str | None = None,
        after: str | None = None,
        before: str | None = None,
        limit: int | str | None = None,
    ) -> list[dict[str, Any]]:
        """Fiat deposit history (needs Read permission).

        `GET /api/v5/fiat/deposit-order-history`, 3 requests per 1 s per UserID."""
    async def get_fiat_deposit_payment_methods(self, ccy: str) -> list[dict[str, Any]]:
        """Fiat deposit payment methods (needs Read permission).

        `GET /api/v5/fiat/deposit-payment-methods`, 3 requests per 1 s per UserID."""
    async def get_fiat_withdrawal(self, ord_id: str) -> list[dict[str, Any]]:
        """Fiat withdrawal (needs Read permission).

        `GET /api/v5/fiat/withdrawal`, 3 requests per 1 s per UserID."""
    async def get_fiat_withdrawal_history(
        self,
        ccy: str | None = None,
        payment_method: str | None = None,
        state: str | None = None,
        after: str | None = None,
        before: str | None = None,
        limit: int | str | None = None,
    ) -> list[dict[str, Any]]:
        """Fiat withdrawal history (needs Read permission).

        `GET /api/v5/fiat/withdrawal-order-history`, 3 requests per 1 s per UserID."""
    async def get_fiat_withdrawal_payment_methods(self, ccy: str) -> list[dict[str, Any]]:
        """Fiat withdrawal payment methods (needs Read permission).

        `GET /api/v5/fiat/withdrawal-payment-methods`, 3 requests per 1 s per UserID."""
    async def get_block_ticker(self, inst_id: str) -> list[dict[str, Any]]:
        """Block ticker.

        `GET /api/v5/market/block-ticker`, 20 requests per 2 s per IP."""
    async def get_block_tickers(
        self,
        inst_type: str,
        inst_family: str | None = None,
    ) -> list[dict[str, Any]]:
        """Block tickers.

        `GET /api/v5/market/block-tickers`, 20 requests per 2 s per IP."""
    async def get_market_block_trades(self, inst_id: str | None = None) -> list[dict[str, Any]]:
        """Market block trades (no longer in OKX's current documentation). Its parameters are not
        verified against OKX's documentation.

        `GET /api/v5/market/block-trades`, rate limit not documented."""
    async def get_orderbook(self, inst_id: str, depth: int | str | None = None) -> OrderBook:
        """Order book snapshot; `depth` is the number of levels per side (OKX `sz`, max 400).

        `GET /api/v5/market/books`, 40 requests per 2 s per IP."""
    async def get_full_orderbook(
        self,
        inst_id: str,
        sz: str | int | float | Decimal | None = None,
    ) -> list[dict[str, Any]]:
        """Full orderbook.

        `GET /api/v5/market/books-full`, 10 requests per 2 s per IP."""
    async def get_orderbook_lite(self, inst_id: str | None = None) -> list[dict[str, Any]]:
        """Orderbook lite (no longer in OKX's current documentation). Its parameters are not
        verified against OKX's documentation.

        `GET /api/v5/market/books-lite`, rate limit not documented."""
    async def get_rpi_orderbook(
        self,
        inst_id: str,
        sz: str | int | float | Decimal | None = None,
    ) -> list[dict[str, Any]]:
        """Rpi orderbook.

        `GET /api/v5/market/books-rpi`, 20 requests per 2 s per IP."""
    async def get_sbe_orderbook(self, inst_id_code: str, source: str) -> list[dict[str, Any]]:
        """Sbe orderbook.

        `GET /api/v5/market/books-sbe`, 10 requests per 10 s per IP+instIdCode."""
    async def get_call_auction_details(self, inst_id: str) -> list[dict[str, Any]]:
        """Call auction details.

        `GET /api/v5/market/call-auction-details`, 20 requests per 2 s per IP."""
    async def get_candles(
        self,
        inst_id: str,
        bar: str | None = None,
        after: int | str | None = None,
        before: int | str | None = None,
        limit: int | str | None = None,
    ) -> list[Candle]:
        """Candlesticks, newest first (the latest 1,440 bars).

        `GET /api/v5/market/candles`, 40 requests per 2 s per IP."""
    def iter_candles(
        self,
        inst_id: str,
        bar: str | None = None,
        after: int | str | None = None,
        before: int | str | None = None,
        limit: int | str | None = None,
    ) -> AsyncIterator[Candle]:
        """Walks every page of `get_candles` (`async for`), yielding its items.

        Older records page by page through `after` (the default); newer ones when only `before`
        is given. The cursor is the `ts` of each page's edge item; the walk stops at an empty
        page (or one shorter than `limit`). Arguments are checked at the call."""
    async def get_exchange_rate(self) -> list[dict[str, Any]]:
        """Exchange rate.

        `GET /api/v5/market/exchange-rate`, 1 requests per 2 s per IP."""
    async def get_history_candles(
        self,
        inst_id: str,
        after: str | None = None,
        before: str | None = None,
        bar: str | None = None,
        limit: int | str | None = None,
        adjust: str | None = None,
    ) -> list[Candle]:
        """History candles.

        `GET /api/v5/market/history-candles`, 20 requests per 2 s per IP."""
    def iter_history_candles(
        self,
        inst_id: str,
        after: str | None = None,
        before: str | None = None,
        bar: str | None = None,
        limit: int | str | None = None,
        adjust: str | None = None,
    ) -> AsyncIterator[Candle]:
        """Walks every page of `get_history_candles` (`async for`), yielding its items.

        Older records page by page through `after` (the default); newer ones when only `before`
        is given. The cursor is the `ts` of each page's edge item; the walk stops at an empty
        page (or one shorter than `limit`). Arguments are checked at the call."""
    async def get_history_index_candles(
        self,
        inst_id: str,
        after: str | None = None,
        before: str | None = None,
        bar: str | None = None,
        limit: int | str | None = None,
    ) -> list[dict[str, Any]]:
        """History index candles.

        `GET /api/v5/market/history-index-candles`, 10 requests per 2 s per IP."""
    def iter_history_index_candles(
        self,
        inst_id: str,
        after: str | None = None,
        before: str | None = None,
        bar: str | None = None,
        limit: int | str | None = None,
    ) -> AsyncIterator[dict[str, Any]]:
        """Walks every page of `get_history_index_candles` (`async for`), yielding its items.

        Older records page by page through `after` (the default); newer ones when only `before`
        is given. The cursor is the `ts` of each page's edge item; the walk stops at an empty
        page (or one shorter than `limit`). Arguments are checked at the call."""
    async def get_history_mark_price_candles(
        self,
        inst_id: str,
        after: str | None = None,
        before: str | None = None,
        bar: str | None = None,
        limit: int | str | None = None,
    ) -> list[dict[str, Any]]:
        """History mark price candles.

        `GET /api/v5/market/history-mark-price-candles`, 20 requests per 2 s per IP."""
    def iter_history_mark_price_candles(
        self,
        inst_id: str,
        after: str | None = None,
        before: str | None = None,
        bar: str | None = None,
        limit: int | str | None = None,
    ) -> AsyncIterator[dict[str, Any]]:
        """Walks every page of `get_history_mark_price_candles` (`async for`), yielding its items.

        Older records page by page through `after` (the default); newer ones when only `before`
        is given. The cursor is the `ts` of each page's edge item; the walk stops at an empty
        page (or one shorter than `limit`). Arguments are checked at the call."""
    async def get_history_trades(
        self,
        inst_id: str,
        type_: str | None = None,
        after: str | None = None,
        before: str | None = None,
        limit: int | str | None = None,
    ) -> list[Trade]:
        """History trades.

        `GET /api/v5/market/history-trades`, 20 requests per 2 s per IP."""
    def iter_history_trades(
        self,
        inst_id: str,
        type_: str | None = None,
        after: str | None = None,
        before: str | None = None,
        limit: int | str | None = None,
    ) -> AsyncIterator[Trade]:
        """Walks every page of `get_history_trades` (`async for`), yielding its items.

        Older records page by page through `after` (the default); newer ones when only `before`
        is given. The cursor is the `tradeId` of each page's edge item; the walk stops at an
        empty page (or one shorter than `limit`). Arguments are checked at the call."""
    async def get_index_candles(
        self,
        inst_id: str,
        after: str | None = None,
        before: str | None = None,
        bar: str | None = None,
        limit: int | str | None = None,
    ) -> list[dict[str, Any]]:
        """Index candles.

        `GET /api/v5/market/index-candles`, 20 requests per 2 s per IP."""
    def iter_index_candles(
        self,
        inst_id: str,
        after: str | None = None,
        before: str | None = None,
        bar: str | None = None,
        limit: int | str | None = None,
    ) -> AsyncIterator[dict[str, Any]]:
        """Walks every page of `get_index_candles` (`async for`), yielding its items.

        Older records page by page through `after` (the default); newer ones when only `before`
        is given. The cursor is the `ts` of each page's edge item; the walk stops at an empty
        page (or one shorter than `limit`). Arguments are checked at the call."""
    async def get_index_components(self, index: str) -> dict[str, Any]:
        """Index components (returns one object).

        `GET /api/v5/market/index-components`, 20 requests per 2 s per IP."""
    async def get_index_tickers(
        self,
        quote_ccy: str | None = None,
        inst_id: str | None = None,
    ) -> list[IndexTicker]:
        """Index prices by quote currency or index id.

        `GET /api/v5/market/index-tickers`, 20 requests per 2 s per IP."""
    async def get_mark_price_candles(
        self,
        inst_id: str,
        after: str | None = None,
        before: str | None = None,
        bar: str | None = None,
        limit: int | str | None = None,
    ) -> list[dict[str, Any]]:
        """Mark price candles.

        `GET /api/v5/market/mark-price-candles`, 20 requests per 2 s per IP."""
    def iter_mark_price_candles(
        self,
        inst_id: str,
        after: str | None = None,
        before: str | None = None,
        bar: str | None = None,
        limit: int | str | None = None,
    ) -> AsyncIterator[dict[str, Any]]:
        """Walks every page of `get_mark_price_candles` (`async for`), yielding its items.

        Older records page by page through `after` (the default); newer ones when only `before`
        is given. The cursor is the `ts` of each page's edge item; the walk stops at an empty
        page (or one shorter than `limit`). Arguments are checked at the call."""
    async def get_option_trades_by_family(self, inst_family: str) -> list[dict[str, Any]]:
        """Option trades by family.

        `GET /api/v5/market/option/instrument-family-trades`, 20 requests per 2 s per IP."""
    async def get_platform_24h_volume(self) -> list[dict[str, Any]]:
        """Platform 24h volume.

        `GET /api/v5/market/platform-24-volume`, 2 requests per 2 s per IP."""
    async def get_spread_candles(
        self,
        sprd_id: str,
        bar: str | None = None,
        after: str | None = None,
        before: str | None = None,
        limit: int | str | None = None,
    ) -> list[dict[str, Any]]:
        """Spread candles.

        `GET /api/v5/market/sprd-candles`, 40 requests per 2 s per IP."""
    def iter_spread_candles(
        self,
        sprd_id: str,
        bar: str | None = None,
        after: str | None = None,
        before: str | None = None,
        limit: int | str | None = None,
    ) -> AsyncIterator[dict[str, Any]]:
        """Walks every page of `get_spread_candles` (`async for`), yielding its items.

        Older records page by page through `after` (the default); newer ones when only `before`
        is given. The cursor is the `ts` of each page's edge item; the walk stops at an empty
        page (or one shorter than `limit`). Arguments are checked at the call."""
    async def get_spread_history_candles(
        self,
        sprd_id: str,
        after: str | None = None,
        before: str | None = None,
        bar: str | None = None,
        limit: int | str | None = None,
    ) -> list[dict[str, Any]]:
        """Spread history candles.

        `GET /api/v5/market/sprd-history-candles`, 20 requests per 2 s per IP."""
    def iter_spread_history_candles(
        self,
        sprd_id: str,
        after: str | None = None,
        before: str | None = None,
        bar: str | None = None,
        limit: int | str | None = None,
    ) -> AsyncIterator[dict[str, Any]]:
        """Walks every page of `get_spread_history_candles` (`async for`), yielding its items.

        Older records page by page through `after` (the default); newer ones when only `before`
        is given. The cursor is the `ts` of each page's edge item; the walk stops at an empty
        page (or one shorter than `limit`). Arguments are checked at the call."""
    async def get_spread_ticker(self, sprd_id: str) -> list[dict[str, Any]]:
        """Spread ticker.

        `GET /api/v5/market/sprd-ticker`, 20 requests per 2 s per IP."""
    async def get_ticker(self, inst_id: str) -> Ticker:
        """Latest price, best bid/ask and 24 h statistics of one instrument.

        `GET /api/v5/market/ticker`, 20 requests per 2 s per IP."""
    async def get_tickers(self, inst_type: str, inst_family: str | None = None) -> list[Ticker]:
        """Latest price, best bid/ask and 24 h statistics of every instrument of one type.

        `GET /api/v5/market/tickers`, 20 requests per 2 s per IP."""
    async def get_trades(self, inst_id: str, limit: int | str | None = None) -> list[Trade]:
        """The most recent public trades of one instrument (up to 500).

        `GET /api/v5/market/trades`, 100 requests per 2 s per IP."""
    async def get_public_block_trades(self, inst_id: str) -> list[dict[str, Any]]:
        """Public block trades.

        `GET /api/v5/public/block-trades`, 20 requests per 2 s per IP."""
    async def unit_convert(
        self,
        inst_id: str,
        sz: str | int | float | Decimal,
        type_: str | None = None,
        px: str | int | float | Decimal | None = None,
        unit: str | None = None,
        op_type: str | None = None,
    ) -> list[dict[str, Any]]:
        """Unit convert.

        `GET /api/v5/public/convert-contract-coin`, 10 requests per 2 s per IP."""
    async def get_delivery_exercise_history(
        self,
        inst_type: str,
        inst_family: str,
        after: str | None = None,
        before: str | None = None,
        limit: int | str | None = None,
    ) -> list[dict[str, Any]]:
        """Delivery exercise history.

        `GET /api/v5/public/delivery-exercise-history`, 40 requests per 2 s per
        IP+instType+instFamily."""
    def iter_delivery_exercise_history(
        self,
        inst_type: str,
        inst_family: str,
        after: str | None = None,
        before: str | None = None,
        limit: int | str | None = None,
    ) -> AsyncIterator[dict[str, Any]]:
        """Walks every page of `get_delivery_exercise_history` (`async for`), yielding its items.

        Older records page by page through `after` (the default); newer ones when only `before`
        is given. The cursor is the `ts` of each page's edge item; the walk stops at an empty
        page (or one shorter than `limit`). Arguments are checked at the call."""
    async def get_discount_rate_interest_free_quota(
        self,
        ccy: str | None = None,
    ) -> list[dict[str, Any]]:
        """Discount rate interest free quota.

        `GET /api/v5/public/discount-rate-interest-free-quota`, 2 requests per 2 s per IP."""
    async def get_economic_calendar(
        self,
        region: str | None = None,
        importance: str | None = None,
        before: str | None = None,
        after: str | None = None,
        limit: int | str | None = None,
    ) -> list[dict[str, Any]]:
        """Economic calendar.

        `GET /api/v5/public/economic-calendar`, 1 requests per 5 s per IP."""
    def iter_economic_calendar(
        self,
        region: str | None = None,
        importance: str | None = None,
        before: str | None = None,
        after: str | None = None,
        limit: int | str | None = None,
    ) -> AsyncIterator[dict[str, Any]]:
        """Walks every page of `get_economic_calendar` (`async for`), yielding its items.

        Older records page by page through `after` (the default); newer ones when only `before`
        is given. The cursor is the `date` of each page's edge item; the walk stops at an empty
        page (or one shorter than `limit`). Arguments are checked at the call."""
    async def get_estimated_price(self, inst_id: str) -> list[dict[str, Any]]:
        """Estimated price.

        `GET /api/v5/public/estimated-price`, 10 requests per 2 s per IP+instId."""
    async def get_estimated_settlement_price(self, inst_id: str) -> list[dict[str, Any]]:
        """Estimated settlement price.

        `GET /api/v5/public/estimated-settlement-info`, 10 requests per 2 s per IP+instId."""
    async def get_event_contract_events(
        self,
        series_id: str,
        event_id: str | None = None,
        state: str | None = None,
        limit: int | str | None = None,
        before: str | None = None,
        after: str | None = None,
    ) -> list[dict[str, Any]]:
        """Event contract events.

        `GET /api/v5/public/event-contract/events`, 10 requests per 2 s per IP."""
    async def get_event_contract_markets(
        self,
        series_id: str,
        event_id: str | None = None,
        inst_id: str | None = None,
        state: str | None = None,
        limit: int | str | None = None,
        before: str | None = None,
        after: str | None = None,
    ) -> list[dict[str, Any]]:
        """Event contract markets.

        `GET /api/v5/public/event-contract/markets`, 10 requests per 2 s per IP."""
    async def get_event_contract_series(self, series_id: str | None = None) -> list[dict[str, Any]]:
        """Event contract series.

        `GET /api/v5/public/event-contract/series`, 10 requests per 2 s per IP."""
    async def get_funding_rate(self, inst_id: str) -> list[FundingRate]:
        """Funding rate.

        `GET /api/v5/public/funding-rate`, 10 requests per 2 s per IP+instId."""
    async def get_funding_rate_history(
        self,
        inst_id: str,
        before: str | None = None,
        after: str | None = None,
        limit: int | str | None = None,
    ) -> list[FundingRate]:
        """Funding rate history.

        `GET /api/v5/public/funding-rate-history`, 10 requests per 2 s per IP+instId."""
    def iter_funding_rate_history(
        self,
        inst_id: str,
        before: str | None = None,
        after: str | None = None,
        limit: int | str | None = None,
    ) -> AsyncIterator[FundingRate]:
        """Walks every page of `get_funding_rate_history` (`async for`), yielding its items.

        Older records page by page through `after` (the default); newer ones when only `before`
        is given. The cursor is the `fundingTime` of each page's edge item; the walk stops at an
        empty page (or one shorter than `limit`). Arguments are checked at the call."""
    async def get_instrument_tick_bands(
        self,
        inst_type: str,
        inst_family: str | None = None,
    ) -> list[dict[str, Any]]:
        """Instrument tick bands.

        `GET /api/v5/public/instrument-tick-bands`, 5 requests per 2 s per IP."""
    async def get_instruments(
        self,
        inst_type: str,
        inst_id: str | None = None,
        inst_family: str | None = None,
        series_id: str | None = None,
    ) -> list[Instrument]:
        """Tradable instruments of one type and their trading rules.

        `GET /api/v5/public/instruments`, 20 requests per 2 s per IP+instType."""
    async def get_security_fund(
        self,
        inst_type: str,
        type_: str | None = None,
        inst_family: str | None = None,
        ccy: str | None = None,
        before: str | None = None,
        after: str | None = None,
        limit: int | str | None = None,
    ) -> list[dict[str, Any]]:
        """Security fund.

        `GET /api/v5/public/insurance-fund`, 10 requests per 2 s per IP."""
    async def get_interest_rate_loan_quota(self) -> list[dict[str, Any]]:
        """Interest rate loan quota.

        `GET /api/v5/public/interest-rate-loan-quota`, 2 requests per 2 s per IP."""
    async def get_mark_price(
        self,
        inst_type: str,
        inst_family: str | None = None,
        inst_id: str | None = None,
    ) -> list[MarkPrice]:
        """Mark price.

        `GET /api/v5/public/mark-price`, 10 requests per 2 s per IP+instId."""
    async def get_historical_market_data(
        self,
        module: str,
        inst_type: str,
        date_aggr_type: str,
        begin: int | str,
        end: int | str,
        inst_id_list: str | None = None,
        inst_family_list: str | None = None,
    ) -> list[dict[str, Any]]:
        """Historical market data.

        `GET /api/v5/public/market-data-history`, 5 requests per 2 s per IP."""
    async def get_mm_instrument_types(
        self,
        inst_type: str | None = None,
        inst_id: str | None = None,
    ) -> list[dict[str, Any]]:
        """Mm instrument types.

        `GET /api/v5/public/mm-instrument-types`, 5 requests per 2 s per IP."""
    async def get_open_interest(
        self,
        inst_type: str,
        inst_family: str | None = None,
        inst_id: str | None = None,
    ) -> list[dict[str, Any]]:
        """Open interest.

        `GET /api/v5/public/open-interest`, 20 requests per 2 s per IP+instId."""
    async def get_option_market_data(
        self,
        inst_family: str,
        exp_time: str | None = None,
    ) -> list[dict[str, Any]]:
        """Option market data.

        `GET /api/v5/public/opt-summary`, 20 requests per 2 s per IP+instFamily."""
    async def get_option_trades(
        self,
        inst_id: str | None = None,
        inst_family: str | None = None,
        opt_type: str | None = None,
    ) -> list[dict[str, Any]]:
        """Option trades.

        `GET /api/v5/public/option-trades`, 20 requests per 2 s per IP."""
    async def get_position_tiers(
        self,
        inst_type: str,
        td_mode: str,
        inst_family: str | None = None,
        inst_id: str | None = None,
        ccy: str | None = None,
        tier: str | None = None,
    ) -> list[dict[str, Any]]:
        """Position tiers.

        `GET /api/v5/public/position-tiers`, 10 requests per 2 s per IP."""
    async def get_premium_history(
        self,
        inst_id: str,
        after: str | None = None,
        before: str | None = None,
        limit: int | str | None = None,
    ) -> list[dict[str, Any]]:
        """Premium history.

        `GET /api/v5/public/premium-history`, 20 requests per 2 s per IP."""
    def iter_premium_history(
        self,
        inst_id: str,
        after: str | None = None,
        before: str | None = None,
        limit: int | str | None = None,
    ) -> AsyncIterator[dict[str, Any]]:
        """Walks every page of `get_premium_history` (`async for`), yielding its items.

        Older records page by page through `after` (the default); newer ones when only `before`
        is given. The cursor is the `ts` of each page's edge item; the walk stops at an empty
        page (or one shorter than `limit`). Arguments are checked at the call."""
    async def get_limit_price(self, inst_id: str) -> list[dict[str, Any]]:
        """Limit price.

        `GET /api/v5/public/price-limit`, 20 requests per 2 s per IP."""
    async def get_futures_settlement_history(
        self,
        inst_family: str,
        after: str | None = None,
        before: str | None = None,
        limit: int | str | None = None,
    ) -> list[dict[str, Any]]:
        """Futures settlement history.

        `GET /api/v5/public/settlement-history`, 40 requests per 2 s per IP+instFamily."""
    def iter_futures_settlement_history(
        self,
        inst_family: str,
        after: str | None = None,
        before: str | None = None,
        limit: int | str | None = None,
    ) -> AsyncIterator[dict[str, Any]]:
        """Walks every page of `get_futures_settlement_history` (`async for`), yielding its items.

        Older records page by page through `after` (the default); newer ones when only `before`
        is given. The cursor is the `ts` of each page's edge item; the walk stops at an empty
        page (or one shorter than `limit`). Arguments are checked at the call."""
    async def get_system_time(self) -> SystemTime:
        """OKX's clock, Unix milliseconds (OKX path `/api/v5/public/time`).

        `GET /api/v5/public/time`, 10 requests per 2 s per IP."""
    async def get_underlying(self, inst_type: str) -> list[dict[str, Any]]:
        """Underlying.

        `GET /api/v5/public/underlying`, 20 requests per 2 s per IP."""
    async def get_vip_interest_rate_loan_quota(self) -> list[dict[str, Any]]:
        """VIP interest rate loan quota (no longer in OKX's current documentation). Its
        parameters are not verified against OKX's documentation.

        `GET /api/v5/public/vip-interest-rate-loan-quota`, rate limit not documented."""
    async def get_subaccount_trading_balance(self, sub_acct: str) -> list[dict[str, Any]]:
        """Sub-account trading balance (needs Read permission).

        `GET /api/v5/account/subaccount/balances`, 6 requests per 2 s per UserID."""
    async def get_subaccount_interest_limits(
        self,
        sub_acct: str | None = None,
        ccy: str | None = None,
    ) -> list[dict[str, Any]]:
        """Sub-account interest limits (no longer in OKX's current documentation). Its parameters
        are not verified against OKX's documentation.

        `GET /api/v5/account/subaccount/interest-limits`, rate limit not documented."""
    async def get_subaccount_max_withdrawal(
        self,
        sub_acct: str,
        ccy: str | None = None,
    ) -> list[dict[str, Any]]:
        """Sub-account max withdrawal (needs Read permission).

        `GET /api/v5/account/subaccount/max-withdrawal`, 20 requests per 2 s per UserID."""
    async def set_subaccount_loan_allocation(
        self,
        enable: bool | None = None,
        alloc: list[dict[str, Any]] | None = None,
    ) -> list[dict[str, Any]]:
        """Sets sub-account loan allocation (no longer in OKX's current documentation). Its
        parameters are not verified against OKX's documentation.

        `POST /api/v5/account/subaccount/set-loan-allocation`, rate limit not documented."""
    async def get_subaccount_funding_balance(
        self,
        sub_acct: str,
        ccy: str | None = None,
    ) -> list[dict[str, Any]]:
        """Sub-account funding balance (needs Read permission).

        `GET /api/v5/asset/subaccount/balances`, 6 requests per 2 s per UserID."""
    async def get_subaccount_transfer_history(
        self,
        ccy: str | None = None,
        type_: str | None = None,
        sub_acct: str | None = None,
        after: str | None = None,
        before: str | None = None,
        limit: int | str | None = None,
    ) -> list[dict[str, Any]]:
        """Sub-account transfer history (needs Read permission).

        `GET /api/v5/asset/subaccount/bills`, 6 requests per 1 s per UserID."""
    def iter_subaccount_transfer_history(
        self,
        ccy: str | None = None,
        type_: str | None = None,
        sub_acct: str | None = None,
        after: str | None = None,
        before: str | None = None,
        limit: int | str | None = None,
    ) -> AsyncIterator[dict[str, Any]]:
        """Walks every page of `get_subaccount_transfer_history` (`async for`), yielding its items.

        Older records page by page through `after` (the default); newer ones when only `before`
        is given. The cursor is the `ts` of each page's edge item; the walk stops at an empty
        page (or one shorter than `limit`). Arguments are checked at the call."""
    async def get_managed_subaccount_transfer_history(
        self,
        ccy: str | None = None,
        type_: str | None = None,
        sub_acct: str | None = None,
        sub_uid: str | None = None,
        after: str | None = None,
        before: str | None = None,
        limit: int | str | None = None,
    ) -> list[dict[str, Any]]:
        """Managed sub-account transfer history (needs Read permission).

        `GET /api/v5/asset/subaccount/managed-subaccount-bills`, 6 requests per 1 s per UserID."""
    def iter_managed_subaccount_transfer_history(
        self,
        ccy: str | None = None,
        type_: str | None = None,
        sub_acct: str | None = None,
        sub_uid: str | None = None,
        after: str | None = None,
        before: str | None = None,
        limit: int | str | None = None,
    ) -> AsyncIterator[dict[str, Any]]:
        """Walks every page of `get_managed_subaccount_transfer_history` (`async for`), yielding
        its items.

        Older records page by page through `after` (the default); newer ones when only `before`
        is given. The cursor is the `ts` of each page's edge item; the walk stops at an empty
        page (or one shorter than `limit`). Arguments are checked at the call."""
    async def subaccount_transfer(
        self,
        ccy: str,
        amt: str | int | float | Decimal,
        from_: str,
        to: str,
        from_sub_account: str,
        to_sub_account: str,
        loan_trans: bool | None = None,
        omit_pos_risk: bool | None = None,
    ) -> list[dict[str, Any]]:
        """Sub-account transfer (needs Trade permission).

        `POST /api/v5/asset/subaccount/transfer`, 1 requests per 1 s per UserID."""
    async def get_custody_subaccount_list(
        self,
        sub_acct: str | None = None,
    ) -> list[dict[str, Any]]:
        """Custody sub-account list (needs Read permission).

        `GET /api/v5/users/entrust-subaccount-list`, 1 requests per 1 s per UserID."""
    async def get_subaccount_api_key(
        self,
        sub_acct: str,
        api_key: str | None = None,
    ) -> list[dict[str, Any]]:
        """Sub-account API key (needs Read permission).

        `GET /api/v5/users/subaccount/apikey`, 20 requests per 2 s per UserID."""
    async def create_subaccount_api_key(
        self,
        sub_acct: str,
        label: str,
        passphrase: str,
        perm: str | None = None,
        ip: str | None = None,
    ) -> list[dict[str, Any]]:
        """Creates sub-account API key (needs Trade permission).

        `POST /api/v5/users/subaccount/apikey`, 1 requests per 1 s per UserID."""
    async def create_subaccount(
        self,
        sub_acct: str,
        type_: str,
        label: str | None = None,
        pwd: str | None = None,
    ) -> list[dict[str, Any]]:
        """Creates sub-account (needs Trade permission).

        `POST /api/v5/users/subaccount/create-subaccount`, 1 requests per 1 s per UserID."""
    async def delete_subaccount_api_key(self, sub_acct: str, api_key: str) -> list[dict[str, Any]]:
        """Deletes sub-account API key (needs Trade permission).

        `POST /api/v5/users/subaccount/delete-apikey`, 1 requests per 1 s per UserID."""
    async def get_subaccount_list(
        self,
        enable: bool | None = None,
        sub_acct: str | None = None,
        after: str | None = None,
        before: str | None = None,
        limit: int | str | None = None,
    ) -> list[dict[str, Any]]:
        """Sub-account list (needs Read permission).

        `GET /api/v5/users/subaccount/list`, 20 requests per 2 s per UserID."""
    def iter_subaccount_list(
        self,
        enable: bool | None = None,
        sub_acct: str | None = None,
        after: str | None = None,
        before: str | None = None,
        limit: int | str | None = None,
    ) -> AsyncIterator[dict[str, Any]]:
        """Walks every page of `get_subaccount_list` (`async for`), yielding its items.

        Older records page by page through `after` (the default); newer ones when only `before`
        is given. The cursor is the `ts` of each page's edge item; the walk stops at an empty
        page (or one shorter than `limit`). Arguments are checked at the call."""
    async def reset_subaccount_api_key(
        self,
        sub_acct: str,
        api_key: str,
        label: str | None = None,
        perm: str | None = None,
        ip: str | None = None,
    ) -> list[dict[str, Any]]:
        """Resets sub-account API key (needs Trade permission).

        `POST /api/v5/users/subaccount/modify-apikey`, 1 requests per 1 s per UserID."""
    async def set_subaccount_transfer_out(
        self,
        sub_acct: str,
        can_trans_out: bool | None = None,
    ) -> list[dict[str, Any]]:
        """Sets sub-account transfer out (needs Trade permission).

        `POST /api/v5/users/subaccount/set-transfer-out`, 1 requests per 1 s per UserID."""
    async def get_convert_currencies(self) -> list[dict[str, Any]]:
        """Convert currencies (needs Read permission).

        `GET /api/v5/asset/convert/currencies`, 6 requests per 1 s per UserID."""
    async def get_convert_currency_pair(
        self,
        from_ccy: str,
        to_ccy: str,
        convert_mode: str | None = None,
    ) -> list[dict[str, Any]]:
        """Convert currency pair (needs Read permission).

        `GET /api/v5/asset/convert/currency-pair`, 6 requests per 1 s per UserID."""
    async def estimate_quote(
        self,
        base_ccy: str,
        quote_ccy: str,
        side: str,
        rfq_sz: str | int | float | Decimal,
        rfq_sz_ccy: str,
        cl_q_req_id: str | None = None,
        tag: str | None = None,
        convert_mode: str | None = None,
    ) -> list[dict[str, Any]]:
        """Estimates quote (needs Trade permission). Rate limit as documented: 10/1s; 1/5s.

        `POST /api/v5/asset/convert/estimate-quote`, 10 requests per 1 s per UserID; instId."""
    async def get_convert_history(
        self,
        cl_t_req_id: str | None = None,
        after: str | None = None,
        before: str | None = None,
        limit: int | str | None = None,
        tag: str | None = None,
    ) -> list[dict[str, Any]]:
        """Convert history.

        `GET /api/v5/asset/convert/history`, 6 requests per 1 s per UserID."""
    def iter_convert_history(
        self,
        cl_t_req_id: str | None = None,
        after: str | None = None,
        before: str | None = None,
        limit: int | str | None = None,
        tag: str | None = None,
    ) -> AsyncIterator[dict[str, Any]]:
        """Walks every page of `get_convert_history` (`async for`), yielding its items.

        Older records page by page through `after` (the default); newer ones when only `before`
        is given. The cursor is the `ts` of each page's edge item; the walk stops at an empty
        page (or one shorter than `limit`). Arguments are checked at the call."""
    async def convert_trade(
        self,
        quote_id: str,
        base_ccy: str,
        quote_ccy: str,
        side: str,
        sz: str | int | float | Decimal,
        sz_ccy: str,
        cl_t_req_id: str | None = None,
        tag: str | None = None,
        convert_mode: str | None = None,
    ) -> list[dict[str, Any]]:
        """Converts trade (needs Trade permission).

        `POST /api/v5/asset/convert/trade`, 10 requests per 1 s per UserID."""
    async def flexible_loan_adjust_collateral(
        self,
        type_: str,
        collateral_ccy: str,
        collateral_amt: str | int | float | Decimal,
        ord_id: str | None = None,
    ) -> list[dict[str, Any]]:
        """Flexible loan adjust collateral (needs Trade permission).

        `POST /api/v5/finance/flexible-loan/adjust-collateral`, 5 requests per 2 s per UserID."""
    async def flexible_loan_borrow(
        self,
        loan_data: list[dict[str, Any]] | dict[str, Any],
        cl_ord_id: str,
        ord_id: str | None = None,
        collateral_data: list[dict[str, Any]] | None = None,
        e_mode: str | None = None,
    ) -> list[dict[str, Any]]:
        """Flexible loan borrow.

        `POST /api/v5/finance/flexible-loan/borrow`, 2 requests per 2 s per UserID."""
    async def get_flexible_loan_borrow_currencies(self) -> list[dict[str, Any]]:
        """Flexible loan borrow currencies (needs Read permission).

        `GET /api/v5/finance/flexible-loan/borrow-currencies`, 5 requests per 2 s per UserID."""
    async def get_flexible_loan_collateral_assets(
        self,
        ccy: str | None = None,
    ) -> list[dict[str, Any]]:
        """Flexible loan collateral assets (needs Read permission).

        `GET /api/v5/finance/flexible-loan/collateral-assets`, 5 requests per 2 s per UserID."""
    async def get_flexible_loan_emode_info(self) -> list[dict[str, Any]]:
        """Flexible loan emode info.

        `GET /api/v5/finance/flexible-loan/emode-info`, 5 requests per 2 s per IP."""
    async def get_flexible_loan_interest_accrued(
        self,
        ccy: str | None = None,
        after: str | None = None,
        before: str | None = None,
        limit: int | str | None = None,
        ord_id: str | None = None,
    ) -> list[dict[str, Any]]:
        """Flexible loan interest accrued (needs Read permission).

        `GET /api/v5/finance/flexible-loan/interest-accrued`, 5 requests per 2 s per UserID."""
    def iter_flexible_loan_interest_accrued(
        self,
        ccy: str | None = None,
        after: str | None = None,
        before: str | None = None,
        limit: int | str | None = None,
        ord_id: str | None = None,
    ) -> AsyncIterator[dict[str, Any]]:
        """Walks every page of `get_flexible_loan_interest_accrued` (`async for`), yielding its
        items.

        Older records page by page through `after` (the default); newer ones when only `before`
        is given. The cursor is the `refId` of each page's edge item; the walk stops at an empty
        page (or one shorter than `limit`). Arguments are checked at the call."""
    async def get_flexible_loan_history(
        self,
        type_: str | None = None,
        after: str | None = None,
        before: str | None = None,
        limit: int | str | None = None,
        ord_id: str | None = None,
    ) -> list[dict[str, Any]]:
        """Flexible loan history (needs Read permission).

        `GET /api/v5/finance/flexible-loan/loan-history`, 5 requests per 2 s per UserID."""
    def iter_flexible_loan_history(
        self,
        type_: str | None = None,
        after: str | None = None,
        before: str | None = None,
        limit: int | str | None = None,
        ord_id: str | None = None,
    ) -> AsyncIterator[dict[str, Any]]:
        """Walks every page of `get_flexible_loan_history` (`async for`), yielding its items.

        Older records page by page through `after` (the default); newer ones when only `before`
        is given. The cursor is the `refId` of each page's edge item; the walk stops at an empty
        page (or one shorter than `limit`). Arguments are checked at the call."""
    async def get_flexible_loan_info(self, ord_id: str | None = None) -> list[dict[str, Any]]:
        """Flexible loan info (needs Read permission).

        `GET /api/v5/finance/flexible-loan/loan-info`, 5 requests per 2 s per UserID."""
    async def get_flexible_loan_max_collateral_redeem_amount(
        self,
        ccy: str,
        ord_id: str | None = None,
    ) -> list[dict[str, Any]]:
        """Flexible loan max collateral redeem amount (needs Read permission).

        `GET /api/v5/finance/flexible-loan/max-collateral-redeem-amount`, 5 requests per 2 s per
        UserID."""
    async def get_flexible_loan_max_loan(
        self,
        borrow_ccy: str,
        ord_id: str | None = None,
        sup_collateral: list[dict[str, Any]] | None = None,
    ) -> list[dict[str, Any]]:
        """Flexible loan max loan (needs Read permission).

        `POST /api/v5/finance/flexible-loan/max-loan`, 5 requests per 2 s per UserID."""
    async def flexible_loan_repay(
        self,
        ord_id: str,
        ccy: str,
        amt: str | int | float | Decimal,
        cl_ord_id: str,
    ) -> list[dict[str, Any]]:
        """Flexible loan repay.

        `POST /api/v5/finance/flexible-loan/repay`, 2 requests per 2 s per UserID."""
    async def get_okusd_account(self) -> list[dict[str, Any]]:
        """OKUSD account.

        `GET /api/v5/finance/okusd/account`, 2 requests per 2 s per UserID."""
    async def get_okusd_limits(self) -> list[dict[str, Any]]:
        """OKUSD limits.

        `GET /api/v5/finance/okusd/limits`, 2 requests per 2 s per UserID."""
    async def get_okusd_apr_history(
        self,
        limit: int | str | None = None,
        begin: int | str | None = None,
        end: int | str | None = None,
    ) -> list[dict[str, Any]]:
        """OKUSD apr history.

        `GET /api/v5/finance/okusd/rate/history`, 5 requests per 2 s per UserID."""
    async def redeem_okusd(
        self,
        amt: str | int | float | Decimal,
        redeem_type: str,
        cl_ord_id: str,
    ) -> list[dict[str, Any]]:
        """Redeems okusd.

        `POST /api/v5/finance/okusd/redeem`, 1 requests per 2 s per UserID."""
    async def get_okusd_redemption_history(
        self,
        limit: int | str | None = None,
        begin: int | str | None = None,
        end: int | str | None = None,
        type_: str | None = None,
    ) -> list[dict[str, Any]]:
        """OKUSD redemption history.

        `GET /api/v5/finance/okusd/redeem/history`, 5 requests per 2 s per UserID."""
    async def get_okusd_rewards_history(
        self,
        limit: int | str | None = None,
        begin: int | str | None = None,
        end: int | str | None = None,
    ) -> list[dict[str, Any]]:
        """OKUSD rewards history.

        `GET /api/v5/finance/okusd/rewards/history`, 5 requests per 2 s per UserID."""
    async def subscribe_okusd(
        self,
        amt: str | int | float | Decimal,
        cl_ord_id: str,
    ) -> list[dict[str, Any]]:
        """Subscribes to okusd.

        `POST /api/v5/finance/okusd/subscribe`, 1 requests per 2 s per UserID."""
    async def get_okusd_subscription_history(
        self,
        limit: int | str | None = None,
        begin: int | str | None = None,
        end: int | str | None = None,
    ) -> list[dict[str, Any]]:
        """OKUSD subscription history.

        `GET /api/v5/finance/okusd/subscribe/history`, 5 requests per 2 s per UserID."""
    async def get_saving_balance(self, ccy: str | None = None) -> list[dict[str, Any]]:
        """Saving balance (needs Read permission).

        `GET /api/v5/finance/savings/balance`, 6 requests per 1 s per UserID."""
    async def get_lending_history(
        self,
        ccy: str | None = None,
        after: str | None = None,
        before: str | None = None,
        limit: int | str | None = None,
    ) -> list[dict[str, Any]]:
        """Lending history (needs Read permission).

        `GET /api/v5/finance/savings/lending-history`, 6 requests per 1 s per UserID."""
    def iter_lending_history(
        self,
        ccy: str | None = None,
        after: str | None = None,
        before: str | None = None,
        limit: int | str | None = None,
    ) -> AsyncIterator[dict[str, Any]]:
        """Walks every page of `get_lending_history` (`async for`), yielding its items.

        Older records page by page through `after` (the default); newer ones when only `before`
        is given. The cursor is the `ts` of each page's edge item; the walk stops at an empty
        page (or one shorter than `limit`). Arguments are checked at the call."""
    async def get_public_borrow_history(
        self,
        ccy: str | None = None,
        after: str | None = None,
        before: str | None = None,
        limit: int | str | None = None,
    ) -> list[dict[str, Any]]:
        """Public borrow history.

        `GET /api/v5/finance/savings/lending-rate-history`, 6 requests per 1 s per IP."""
    def iter_public_borrow_history(
        self,
        ccy: str | None = None,
        after: str | None = None,
        before: str | None = None,
        limit: int | str | None = None,
    ) -> AsyncIterator[dict[str, Any]]:
        """Walks every page of `get_public_borrow_history` (`async for`), yielding its items.

        Older records page by page through `after` (the default); newer ones when only `before`
        is given. The cursor is the `ts` of each page's edge item; the walk stops at an empty
        page (or one shorter than `limit`). Arguments are checked at the call."""
    async def get_public_borrow_info(self, ccy: str | None = None) -> list[dict[str, Any]]:
        """Public borrow info.

        `GET /api/v5/finance/savings/lending-rate-summary`, 6 requests per 1 s per IP."""
    async def savings_purchase_redemption(
        self,
        ccy: str,
        amt: str | int | float | Decimal,
        side: str,
        rate: str | int | float | Decimal | None = None,
    ) -> list[dict[str, Any]]:
        """Savings purchase redemption (needs Trade permission).

        `POST /api/v5/finance/savings/purchase-redempt`, 6 requests per 1 s per UserID."""
    async def set_lending_rate(
        self,
        ccy: str,
        rate: str | int | float | Decimal,
    ) -> list[dict[str, Any]]:
        """Sets lending rate (needs Trade permission).

        `POST /api/v5/finance/savings/set-lending-rate`, 6 requests per 1 s per UserID."""
    async def get_dcd_currency_pairs(self) -> list[dict[str, Any]]:
        """Dcd currency pairs.

        `GET /api/v5/finance/sfp/dcd/currency-pair`, 1 requests per 1 s per UserID."""
    async def get_dcd_order_history(
        self,
        ord_id: str | None = None,
        product_id: str | None = None,
        uly: str | None = None,
        state: str | None = None,
        begin_id: str | None = None,
        end_id: str | None = None,
        begin: int | str | None = None,
        end: int | str | None = None,
        limit: int | str | None = None,
    ) -> list[dict[str, Any]]:
        """Dcd order history.

        `GET /api/v5/finance/sfp/dcd/order-history`, 1 requests per 1 s per UserID."""
    async def get_dcd_order_state(self, ord_id: str) -> list[dict[str, Any]]:
        """Dcd order state.

        `GET /api/v5/finance/sfp/dcd/order-status`, 3 requests per 1 s per UserID."""
    async def get_dcd_products(
        self,
        base_ccy: str,
        quote_ccy: str,
        opt_type: str,
    ) -> list[dict[str, Any]]:
        """Dcd products.

        `GET /api/v5/finance/sfp/dcd/products`, 1 requests per 1 s per UserID."""
    async def request_dcd_quote(
        self,
        product_id: str,
        notional_sz: str | int | float | Decimal,
        notional_ccy: str,
    ) -> list[dict[str, Any]]:
        """Request dcd quote.

        `POST /api/v5/finance/sfp/dcd/quote`, 10 requests per 60 s per UserID."""
    async def dcd_redeem(self, ord_id: str, quote_id: str) -> list[dict[str, Any]]:
        """Dcd redeem.

        `POST /api/v5/finance/sfp/dcd/redeem`, 2 requests per 60 s per UserID."""
    async def request_dcd_redeem_quote(self, ord_id: str) -> list[dict[str, Any]]:
        """Request dcd redeem quote.

        `POST /api/v5/finance/sfp/dcd/redeem-quote`, 10 requests per 60 s per UserID."""
    async def dcd_trade(self, quote_id: str) -> list[dict[str, Any]]:
        """Dcd trade.

        `POST /api/v5/finance/sfp/dcd/trade`, 2 requests per 60 s per UserID."""
    async def get_stable_rewards_apy_history(
        self,
        ccy: str,
        days: str | None = None,
    ) -> list[dict[str, Any]]:
        """Stable rewards apy history.

        `GET /api/v5/finance/stable-rewards/apy-history`, 6 requests per 1 s per IP."""
    async def get_stable_rewards_balance(self, ccy: str | None = None) -> list[dict[str, Any]]:
        """Stable rewards balance.

        `GET /api/v5/finance/stable-rewards/balance`, 5 requests per 2 s per UserID."""
    async def get_stable_rewards_product_info(self, ccy: str) -> list[dict[str, Any]]:
        """Stable rewards product info.

        `GET /api/v5/finance/stable-rewards/product-info`, 5 requests per 2 s per UserID."""
    async def stable_rewards_quote(
        self,
        ccy: str,
        settle_ccy: str,
        action: str,
        amt: str | int | float | Decimal,
    ) -> list[dict[str, Any]]:
        """Stable rewards quote.

        `POST /api/v5/finance/stable-rewards/quote`, 2 requests per 1 s per UserID."""
    async def get_stable_rewards_subscribe_redeem_history(
        self,
        ccy: str,
        type_: str | None = None,
        status: str | None = None,
        after: str | None = None,
        before: str | None = None,
        limit: int | str | None = None,
    ) -> list[dict[str, Any]]:
        """Stable rewards subscribe redeem history.

        `GET /api/v5/finance/stable-rewards/subscribe-redeem-history`, 5 requests per 2 s per
        UserID."""
    def iter_stable_rewards_subscribe_redeem_history(
        self,
        ccy: str,
        type_: str | None = None,
        status: str | None = None,
        after: str | None = None,
        before: str | None = None,
        limit: int | str | None = None,
    ) -> AsyncIterator[dict[str, Any]]:
        """Walks every page of `get_stable_rewards_subscribe_redeem_history` (`async for`),
        yielding its items.

        Older records page by page through `after` (the default); newer ones when only `before`
        is given. The cursor is the `ordId` of each page's edge item; the walk stops at an empty
        page (or one shorter than `limit`). Arguments are checked at the call."""
    async def stable_rewards_trade(self, quote_id: str) -> list[dict[str, Any]]:
        """Stable rewards trade.

        `POST /api/v5/finance/stable-rewards/trade`, 2 requests per 1 s per UserID."""
    async def staking_defi_cancel(self, ord_id: str, protocol_type: str) -> list[dict[str, Any]]:
        """Staking defi cancel (needs Trade permission).

        `POST /api/v5/finance/staking-defi/cancel`, 2 requests per 1 s per UserID."""
    async def get_eth_staking_apy_history(self, days: str) -> list[dict[str, Any]]:
        """Eth staking apy history.

        `GET /api/v5/finance/staking-defi/eth/apy-history`, 6 requests per 1 s per IP."""
    async def get_eth_staking_balance(self) -> list[dict[str, Any]]:
        """Eth staking balance (needs Read permission).

        `GET /api/v5/finance/staking-defi/eth/balance`, 6 requests per 1 s per UserID."""
    async def eth_staking_cancel_redeem(self, ord_id: str) -> list[dict[str, Any]]:
        """Eth staking cancel redeem (needs Trade permission).

        `POST /api/v5/finance/staking-defi/eth/cancel-redeem`, 2 requests per 1 s per UserID."""
    async def get_eth_staking_product_info(self) -> list[dict[str, Any]]:
        """Eth staking product info (needs Read permission).

        `GET /api/v5/finance/staking-defi/eth/product-info`, 3 requests per 1 s per UserID."""
    async def eth_staking_purchase(self, amt: str | int | float | Decimal) -> list[dict[str, Any]]:
        """Eth staking purchase (needs Trade permission).

        `POST /api/v5/finance/staking-defi/eth/purchase`, 2 requests per 1 s per UserID."""
    async def get_eth_staking_purchase_redeem_history(
        self,
        type_: str | None = None,
        status: str | None = None,
        after: str | None = None,
        before: str | None = None,
        limit: int | str | None = None,
    ) -> list[dict[str, Any]]:
        """Eth staking purchase redeem history (needs Read permission).

        `GET /api/v5/finance/staking-defi/eth/purchase-redeem-history`, 6 requests per 1 s per
        UserID."""
    def iter_eth_staking_purchase_redeem_history(
        self,
        type_: str | None = None,
        status: str | None = None,
        after: str | None = None,
        before: str | None = None,
        limit: int | str | None = None,
    ) -> AsyncIterator[dict[str, Any]]:
        """Walks every page of `get_eth_staking_purchase_redeem_history` (`async for`), yielding
        its items.

        Older records page by page through `after` (the default); newer ones when only `before`
        is given. The cursor is the `requestTime` of each page's edge item; the walk stops at an
        empty page (or one shorter than `limit`). Arguments are checked at the call."""
    async def eth_staking_redeem(self, amt: str | int | float | Decimal) -> list[dict[str, Any]]:
        """Eth staking redeem (needs Trade permission).

        `POST /api/v5/finance/staking-defi/eth/redeem`, 2 requests per 1 s per UserID."""
    async def get_staking_defi_offers(
        self,
        product_id: str | None = None,
        protocol_type: str | None = None,
        ccy: str | None = None,
    ) -> list[dict[str, Any]]:
        """Staking defi offers (needs Read permission).

        `GET /api/v5/finance/staking-defi/offers`, 3 requests per 1 s per UserID."""
    async def get_staking_defi_active_orders(
        self,
        product_id: str | None = None,
        protocol_type: str | None = None,
        ccy: str | None = None,
        state: str | None = None,
    ) -> list[dict[str, Any]]:
        """Staking defi active orders (needs Read permission).

        `GET /api/v5/finance/staking-defi/orders-active`, 3 requests per 1 s per UserID."""
    async def get_staking_defi_order_history(
        self,
        product_id: str | None = None,
        protocol_type: str | None = None,
        ccy: str | None = None,
        after: str | None = None,
        before: str | None = None,
        limit: int | str | None = None,
    ) -> list[dict[str, Any]]:
        """Staking defi order history (needs Read permission).

        `GET /api/v5/finance/staking-defi/orders-history`, 3 requests per 1 s per UserID."""
    def iter_staking_defi_order_history(
        self,
        product_id: str | None = None,
        protocol_type: str | None = None,
        ccy: str | None = None,
        after: str | None = None,
        before: str | None = None,
        limit: int | str | None = None,
    ) -> AsyncIterator[dict[str, Any]]:
        """Walks every page of `get_staking_defi_order_history` (`async for`), yielding its items.

        Older records page by page through `after` (the default); newer ones when only `before`
        is given. The cursor is the `ordId` of each page's edge item; the walk stops at an empty
        page (or one shorter than `limit`). Arguments are checked at the call."""
    async def staking_defi_purchase(
        self,
        product_id: str,
        invest_data: list[dict[str, Any]],
        term: str | None = None,
        tag: str | None = None,
    ) -> list[dict[str, Any]]:
        """Staking defi purchase (needs Trade permission).

        `POST /api/v5/finance/staking-defi/purchase`, 2 requests per 1 s per UserID."""
    async def staking_defi_redeem(
        self,
        ord_id: str,
        protocol_type: str,
        allow_early_redeem: bool | None = None,
    ) -> list[dict[str, Any]]:
        """Staking defi redeem (needs Trade permission).

        `POST /api/v5/finance/staking-defi/redeem`, 2 requests per 1 s per UserID."""
    async def get_sol_staking_apy_history(self, days: str) -> list[dict[str, Any]]:
        """Sol staking apy history.

        `GET /api/v5/finance/staking-defi/sol/apy-history`, 6 requests per 1 s per IP."""
    async def get_sol_staking_balance(self) -> list[dict[str, Any]]:
        """Sol staking balance (needs Read permission).

        `GET /api/v5/finance/staking-defi/sol/balance`, 6 requests per 1 s per UserID."""
    async def get_sol_staking_product_info(self) -> dict[str, Any]:
        """Sol staking product info (returns one object; needs Read permission).

        `GET /api/v5/finance/staking-defi/sol/product-info`, 3 requests per 1 s per UserID."""
    async def sol_staking_purchase(self, amt: str | int | float | Decimal) -> list[dict[str, Any]]:
        """Sol staking purchase (needs Trade permission).

        `POST /api/v5/finance/staking-defi/sol/purchase`, 2 requests per 1 s per UserID."""
    async def get_sol_staking_purchase_redeem_history(
        self,
        type_: str | None = None,
        status: str | None = None,
        after: str | None = None,
        before: str | None = None,
        limit: int | str | None = None,
    ) -> list[dict[str, Any]]:
        """Sol staking purchase redeem history (needs Read permission).

        `GET /api/v5/finance/staking-defi/sol/purchase-redeem-history`, 6 requests per 1 s per
        UserID."""
    def iter_sol_staking_purchase_redeem_history(
        self,
        type_: str | None = None,
        status: str | None = None,
        after: str | None = None,
        before: str | None = None,
        limit: int | str | None = None,
    ) -> AsyncIterator[dict[str, Any]]:
        """Walks every page of `get_sol_staking_purchase_redeem_history` (`async for`), yielding
        its items.

        Older records page by page through `after` (the default); newer ones when only `before`
        is given. The cursor is the `requestTime` of each page's edge item; the walk stops at an
        empty page (or one shorter than `limit`). Arguments are checked at the call."""
    async def sol_staking_redeem(self, amt: str | int | float | Decimal) -> list[dict[str, Any]]:
        """Sol staking redeem (needs Trade permission).

        `POST /api/v5/finance/staking-defi/sol/redeem`, 2 requests per 1 s per UserID."""
    async def amend_spot_dca_basic_param(
        self,
        algo_id: str,
        px_steps: str | int | float | Decimal,
        px_steps_mult: str | int | float | Decimal,
        vol_mult: str | int | float | Decimal,
        tp_pct: str | int | float | Decimal,
        sl_pct: str | int | float | Decimal,
        init_ord_amt: str | int | float | Decimal,
        safety_ord_amt: str | int | float | Decimal,
        max_safety_ords: int | str,
        reserve_funds: str,
        trigger_params: list[dict[str, Any]],
    ) -> list[dict[str, Any]]:
        """Amends spot DCA basic param.

        `POST /api/v5/tradingBot/dca/amend-order-algo`, 20 requests per 2 s per UserID."""
    async def place_dca_algo_order(
        self,
        inst_id: str,
        algo_ord_type: str,
        init_ord_amt: str | int | float | Decimal,
        max_safety_ords: int | str,
        tp_pct: str | int | float | Decimal,
        lever: str | int | float | Decimal,
        trigger_params: list[dict[str, Any]],
        allow_reinvest: bool | None = None,
        safety_ord_amt: str | int | float | Decimal | None = None,
        px_steps: str | int | float | Decimal | None = None,
        px_steps_mult: str | int | float | Decimal | None = None,
        vol_mult: str | int | float | Decimal | None = None,
        sl_pct: str | int | float | Decimal | None = None,
        sl_mode: str | None = None,
        direction: str | None = None,
        profit_sharing_ratio: str | int | float | Decimal | None = None,
        tracking_mode: str | None = None,
        tag: str | None = None,
        algo_cl_ord_id: str | None = None,
        trade_quote_ccy: str | None = None,
    ) -> list[dict[str, Any]]:
        """Places DCA algo order.

        `POST /api/v5/tradingBot/dca/create`, 20 requests per 2 s per UserID+instId."""
    async def get_dca_cycle_list(
        self,
        algo_id: str,
        algo_ord_type: str,
        inst_id: str | None = None,
        after: str | None = None,
        before: str | None = None,
        limit: int | str | None = None,
    ) -> list[dict[str, Any]]:
        """DCA cycle list.

        `GET /api/v5/tradingBot/dca/cycle-list`, 20 requests per 2 s per UserID."""
    def iter_dca_cycle_list(
        self,
        algo_id: str,
        algo_ord_type: str,
        inst_id: str | None = None,
        after: str | None = None,
        before: str | None = None,
        limit: int | str | None = None,
    ) -> AsyncIterator[dict[str, Any]]:
        """Walks every page of `get_dca_cycle_list` (`async for`), yielding its items.

        Older records page by page through `after` (the default); newer ones when only `before`
        is given. The cursor is the `cycleId` of each page's edge item; the walk stops at an
        empty page (or one shorter than `limit`). Arguments are checked at the call."""
    async def get_dca_algo_order_history(
        self,
        algo_ord_type: str,
        algo_id: str | None = None,
        after: str | None = None,
        before: str | None = None,
        limit: int | str | None = None,
    ) -> list[dict[str, Any]]:
        """DCA algo order history.

        `GET /api/v5/tradingBot/dca/history-list`, 20 requests per 2 s per UserID."""
    def iter_dca_algo_order_history(
        self,
        algo_ord_type: str,
        algo_id: str | None = None,
        after: str | None = None,
        before: str | None = None,
        limit: int | str | None = None,
    ) -> AsyncIterator[dict[str, Any]]:
        """Walks every page of `get_dca_algo_order_history` (`async for`), yielding its items.

        Older records page by page through `after` (the default); newer ones when only `before`
        is given. The cursor is the `algoId` of each page's edge item; the walk stops at an empty
        page (or one shorter than `limit`). Arguments are checked at the call."""
    async def add_dca_margin(
        self,
        algo_id: str,
        amt: str | int | float | Decimal,
    ) -> list[dict[str, Any]]:
        """Adds DCA margin.

        `POST /api/v5/tradingBot/dca/margin/add`, 20 requests per 2 s per UserID."""
    async def reduce_dca_margin(
        self,
        algo_id: str,
        amt: str | int | float | Decimal,
    ) -> list[dict[str, Any]]:
        """Reduces DCA margin.

        `POST /api/v5/tradingBot/dca/margin/reduce`, 20 requests per 2 s per UserID."""
    async def get_dca_algo_order_details(
        self,
        algo_ord_type: str,
        algo_id: str | None = None,
        after: str | None = None,
        before: str | None = None,
        limit: int | str | None = None,
    ) -> list[dict[str, Any]]:
        """DCA algo order details.

        `GET /api/v5/tradingBot/dca/ongoing-list`, 20 requests per 2 s per UserID."""
    def iter_dca_algo_order_details(
        self,
        algo_ord_type: str,
        algo_id: str | None = None,
        after: str | None = None,
        before: str | None = None,
        limit: int | str | None = None,
    ) -> AsyncIterator[dict[str, Any]]:
        """Walks every page of `get_dca_algo_order_details` (`async for`), yielding its items.

        Older records page by page through `after` (the default); newer ones when only `before`
        is given. The cursor is the `algoId` of each page's edge item; the walk stops at an empty
        page (or one shorter than `limit`). Arguments are checked at the call."""
    async def get_dca_sub_orders(
        self,
        algo_id: str,
        algo_ord_type: str,
        cycle_id: str | None = None,
        after: str | None = None,
        before: str | None = None,
        limit: int | str | None = None,
    ) -> list[dict[str, Any]]:
        """DCA sub orders.

        `GET /api/v5/tradingBot/dca/orders`, 20 requests per 2 s per UserID."""
    def iter_dca_sub_orders(
        self,
        algo_id: str,
        algo_ord_type: str,
        cycle_id: str | None = None,
        after: str | None = None,
        before: str | None = None,
        limit: int | str | None = None,
    ) -> AsyncIterator[dict[str, Any]]:
        """Walks every page of `get_dca_sub_orders` (`async for`), yielding its items.

        Older records page by page through `after` (the default); newer ones when only `before`
        is given. The cursor is the `ordId` of each page's edge item; the walk stops at an empty
        page (or one shorter than `limit`). Arguments are checked at the call."""
    async def dca_add_investment(
        self,
        algo_id: str,
        algo_ord_type: str,
        price: str | int | float | Decimal,
        amt: str | int | float | Decimal,
        ord_type: str | None = None,
        trade_quote_ccy: str | None = None,
    ) -> list[dict[str, Any]]:
        """DCA add investment.

        `POST /api/v5/tradingBot/dca/orders/manual-buy`, 20 requests per 2 s per UserID."""
    async def get_dca_algo_order_position_details(
        self,
        algo_id: str,
        algo_ord_type: str,
    ) -> list[dict[str, Any]]:
        """DCA algo order position details.

        `GET /api/v5/tradingBot/dca/position-details`, 20 requests per 2 s per UserID."""
    async def amend_dca_reinvestment(
        self,
        algo_id: str,
        algo_ord_type: str,
        allow_reinvest: bool,
    ) -> list[dict[str, Any]]:
        """Amends DCA reinvestment.

        `POST /api/v5/tradingBot/dca/settings/reinvestment`, 20 requests per 2 s per UserID."""
    async def amend_dca_take_profit(
        self,
        algo_id: str,
        algo_ord_type: str,
        tp_price: str | int | float | Decimal,
    ) -> list[dict[str, Any]]:
        """Amends DCA take profit.

        `POST /api/v5/tradingBot/dca/settings/take-profit`, 20 requests per 2 s per UserID."""
    async def stop_dca_algo_order(
        self,
        algo_id: str,
        algo_ord_type: str,
        stop_type: str,
    ) -> list[dict[str, Any]]:
        """Stops DCA algo order.

        `POST /api/v5/tradingBot/dca/stop`, 20 requests per 2 s per UserID."""
    async def grid_add_investment(
        self,
        algo_id: str,
        amt: str | int | float | Decimal,
        allow_reinvest_profit: bool | None = None,
    ) -> list[dict[str, Any]]:
        """Grid add investment (needs Trade permission).

        `POST /api/v5/tradingBot/grid/adjust-investment`, 20 requests per 2 s per UserID."""
    async def get_grid_ai_param(
        self,
        algo_ord_type: str,
        inst_id: str,
        direction: str | None = None,
        duration: str | None = None,
    ) -> list[dict[str, Any]]:
        """Grid ai param.

        `GET /api/v5/tradingBot/grid/ai-param`, 20 requests per 2 s per IP."""
    async def amend_grid_algo_basic_param(
        self,
        algo_id: str,
        min_px: str | int | float | Decimal,
        max_px: str | int | float | Decimal,
        grid_num: int | str,
        topup_amount: str | int | float | Decimal | None = None,
    ) -> list[dict[str, Any]]:
        """Amends grid algo basic param (needs Trade permission).

        `POST /api/v5/tradingBot/grid/amend-algo-basic-param`, 20 requests per 2 s per UserID."""
    async def amend_grid_algo_order(
        self,
        algo_id: str,
        inst_id: str,
        sl_trigger_px: str | int | float | Decimal | None = None,
        tp_trigger_px: str | int | float | Decimal | None = None,
        tp_ratio: str | int | float | Decimal | None = None,
        sl_ratio: str | int | float | Decimal | None = None,
        top_up_amt: str | int | float | Decimal | None = None,
        trigger_params: list[dict[str, Any]] | None = None,
    ) -> list[dict[str, Any]]:
        """Amends grid algo order (needs Trade permission).

        `POST /api/v5/tradingBot/grid/amend-order-algo`, 20 requests per 2 s per UserID."""
    async def cancel_grid_close_order(self, algo_id: str, ord_id: str) -> list[dict[str, Any]]:
        """Cancels grid close order (needs Trade permission).

        `POST /api/v5/tradingBot/grid/cancel-close-order`, 20 requests per 2 s per UserID."""
    async def close_grid_position(
        self,
        algo_id: str,
        mkt_close: bool,
        sz: str | int | float | Decimal | None = None,
        px: str | int | float | Decimal | None = None,
    ) -> list[dict[str, Any]]:
        """Closes grid position (needs Trade permission).

        `POST /api/v5/tradingBot/grid/close-position`, 20 requests per 2 s per UserID."""
    async def compute_grid_margin_balance(
        self,
        algo_id: str,
        type_: str,
        amt: str | int | float | Decimal | None = None,
    ) -> list[dict[str, Any]]:
        """Computes grid margin balance (needs Trade permission).

        `POST /api/v5/tradingBot/grid/compute-margin-balance`, 20 requests per 2 s per UserID."""
    async def copy_grid_algo_order(
        self,
        inst_id: str,
        algo_ord_type: str,
        source_algo_id: str,
        quote_sz: str | int | float | Decimal | None = None,
        lever: str | int | float | Decimal | None = None,
        auto_reserve: bool | None = None,
        sz: str | int | float | Decimal | None = None,
        actual_margin_sz: str | int | float | Decimal | None = None,
        extra_margin_sz: str | int | float | Decimal | None = None,
        algo_cl_ord_id: str | None = None,
        tag: str | None = None,
    ) -> list[dict[str, Any]]:
        """Copies grid algo order.

        `POST /api/v5/tradingBot/grid/copy-order-algo`, 20 requests per 2 s per UserID+instId."""
    async def get_max_grid_quantity(
        self,
        inst_id: str,
        run_type: str,
        algo_ord_type: str,
        max_px: str | int | float | Decimal,
        min_px: str | int | float | Decimal,
        lever: str | int | float | Decimal | None = None,
    ) -> list[dict[str, Any]]:
        """Max grid quantity.

        `GET /api/v5/tradingBot/grid/grid-quantity`, 5 requests per 2 s per IP."""
    async def adjust_grid_margin_balance(
        self,
        algo_id: str,
        type_: str,
        amt: str | int | float | Decimal | None = None,
        percent: str | int | float | Decimal | None = None,
    ) -> list[dict[str, Any]]:
        """Adjusts grid margin balance (needs Trade permission).

        `POST /api/v5/tradingBot/grid/margin-balance`, 20 requests per 2 s per UserID."""
    async def compute_grid_min_investment(
        self,
        inst_id: str,
        algo_ord_type: str,
        max_px: str | int | float | Decimal,
        min_px: str | int | float | Decimal,
        grid_num: int | str,
        run_type: str,
        direction: str | None = None,
        lever: str | int | float | Decimal | None = None,
        base_pos: bool | None = None,
        investment_type: str | None = None,
        trigger_strategy: str | None = None,
        top_up_amt: str | int | float | Decimal | None = None,
        investment_data: list[dict[str, Any]] | None = None,
    ) -> list[dict[str, Any]]:
        """Computes grid min investment.

        `POST /api/v5/tradingBot/grid/min-investment`, 20 requests per 2 s per IP."""
    async def place_grid_algo_order(
        self,
        inst_id: str,
        algo_ord_type: str,
        max_px: str | int | float | Decimal,
        min_px: str | int | float | Decimal,
        grid_num: int | str,
        sz: str | int | float | Decimal,
        direction: str,
        lever: str | int | float | Decimal,
        run_type: str | None = None,
        tp_trigger_px: str | int | float | Decimal | None = None,
        sl_trigger_px: str | int | float | Decimal | None = None,
        algo_cl_ord_id: str | None = None,
        tag: str | None = None,
        profit_sharing_ratio: str | int | float | Decimal | None = None,
        trigger_params: list[dict[str, Any]] | None = None,
        quote_sz: str | int | float | Decimal | None = None,
        base_sz: str | int | float | Decimal | None = None,
        trade_quote_ccy: str | None = None,
        base_pos: bool | None = None,
        tp_ratio: str | int | float | Decimal | None = None,
        sl_ratio: str | int | float | Decimal | None = None,
    ) -> list[dict[str, Any]]:
        """Places grid algo order (needs Trade permission).

        `POST /api/v5/tradingBot/grid/order-algo`, 20 requests per 2 s per UserID+instId."""
    async def instant_trigger_grid_algo_order(
        self,
        algo_id: str,
        top_up_amt: str | int | float | Decimal | None = None,
    ) -> list[dict[str, Any]]:
        """Instant trigger grid algo order (needs Trade permission).

        `POST /api/v5/tradingBot/grid/order-instant-trigger`, 20 requests per 2 s per
        UserID+instId."""
    async def get_grid_algo_order_details(
        self,
        algo_ord_type: str,
        algo_id: str,
    ) -> list[dict[str, Any]]:
        """Grid algo order details (needs Read permission).

        `GET /api/v5/tradingBot/grid/orders-algo-details`, 20 requests per 2 s per UserID."""
    async def get_grid_algo_order_history(
        self,
        algo_ord_type: str,
        algo_id: str | None = None,
        inst_id: str | None = None,
        inst_type: str | None = None,
        after: str | None = None,
        before: str | None = None,
        limit: int | str | None = None,
    ) -> list[dict[str, Any]]:
        """Grid algo order history (needs Read permission).

        `GET /api/v5/tradingBot/grid/orders-algo-history`, 20 requests per 2 s per UserID."""
    def iter_grid_algo_order_history(
        self,
        algo_ord_type: str,
        algo_id: str | None = None,
        inst_id: str | None = None,
        inst_type: str | None = None,
        after: str | None = None,
        before: str | None = None,
        limit: int | str | None = None,
    ) -> AsyncIterator[dict[str, Any]]:
        """Walks every page of `get_grid_algo_order_history` (`async for`), yielding its items.

        Older records page by page through `after` (the default); newer ones when only `before`
        is given. The cursor is the `algoId` of each page's edge item; the walk stops at an empty
        page (or one shorter than `limit`). Arguments are checked at the call."""
    async def get_grid_algo_order_list(
        self,
        algo_ord_type: str,
        algo_id: str | None = None,
        inst_id: str | None = None,
        inst_type: str | None = None,
        after: str | None = None,
        before: str | None = None,
        limit: int | str | None = None,
    ) -> list[dict[str, Any]]:
        """Grid algo order list (needs Read permission).

        `GET /api/v5/tradingBot/grid/orders-algo-pending`, 20 requests per 2 s per UserID."""
    def iter_grid_algo_order_list(
        self,
        algo_ord_type: str,
        algo_id: str | None = None,
        inst_id: str | None = None,
        inst_type: str | None = None,
        after: str | None = None,
        before: str | None = None,
        limit: int | str | None = None,
    ) -> AsyncIterator[dict[str, Any]]:
        """Walks every page of `get_grid_algo_order_list` (`async for`), yielding its items.

        Older records page by page through `after` (the default); newer ones when only `before`
        is given. The cursor is the `algoId` of each page's edge item; the walk stops at an empty
        page (or one shorter than `limit`). Arguments are checked at the call."""
    async def get_grid_positions(self, algo_ord_type: str, algo_id: str) -> list[dict[str, Any]]:
        """Grid positions (needs Read permission).

        `GET /api/v5/tradingBot/grid/positions`, 20 requests per 2 s per UserID."""
    async def stop_grid_algo_order(
        self,
        bots: list[_StopGridAlgoOrderItem],
    ) -> list[dict[str, Any]]:
        """Stops grid algo order (up to 10 items per request; needs Trade permission).

        `POST /api/v5/tradingBot/grid/stop-order-algo`, 20 requests per 2 s per UserID."""
    async def get_grid_sub_orders(
        self,
        algo_ord_type: str,
        algo_id: str,
        type_: str,
        group_id: str | None = None,
        after: str | None = None,
        before: str | None = None,
        limit: int | str | None = None,
    ) -> list[dict[str, Any]]:
        """Grid sub orders (needs Read permission).

        `GET /api/v5/tradingBot/grid/sub-orders`, 20 requests per 2 s per UserID."""
    def iter_grid_sub_orders(
        self,
        algo_ord_type: str,
        algo_id: str,
        type_: str,
        group_id: str | None = None,
        after: str | None = None,
        before: str | None = None,
        limit: int | str | None = None,
    ) -> AsyncIterator[dict[str, Any]]:
        """Walks every page of `get_grid_sub_orders` (`async for`), yielding its items.

        Older records page by page through `after` (the default); newer ones when only `before`
        is given. The cursor is the `ordId` of each page's edge item; the walk stops at an empty
        page (or one shorter than `limit`). Arguments are checked at the call."""
    async def grid_withdraw_income(self, algo_id: str) -> list[dict[str, Any]]:
        """Grid withdraw income (needs Trade permission).

        `POST /api/v5/tradingBot/grid/withdraw-income`, 20 requests per 2 s per UserID."""
    async def get_rsi_back_testing(
        self,
        inst_id: str,
        timeframe: str,
        thold: str,
        time_period: str,
        trigger_cond: str | None = None,
        duration: str | None = None,
    ) -> list[dict[str, Any]]:
        """Rsi back testing.

        `GET /api/v5/tradingBot/public/rsi-back-testing`, 20 requests per 2 s per IP."""
    async def recurring_buy_add_investment(
        self,
        algo_id: str,
        amount: str | int | float | Decimal,
    ) -> list[dict[str, Any]]:
        """Recurring buy add investment.

        `POST /api/v5/tradingBot/recurring/add-investment`, 20 requests per 2 s per UserID."""
    async def amend_recurring_buy_order(self, algo_id: str, stgy_name: str) -> list[dict[str, Any]]:
        """Amends recurring buy order (needs Trade permission).

        `POST /api/v5/tradingBot/recurring/amend-order-algo`, 20 requests per 2 s per UserID."""
    async def amend_recurring_buy_price_range(
        self,
        algo_id: str,
        recurring_list: list[dict[str, Any]],
    ) -> list[dict[str, Any]]:
        """Amends recurring buy price range.

        `POST /api/v5/tradingBot/recurring/amend-price-range`, 20 requests per 2 s per UserID."""
    async def amend_recurring_buy_amount(
        self,
        algo_id: str,
        amount: str | int | float | Decimal,
    ) -> list[dict[str, Any]]:
        """Amends recurring buy amount.

        `POST /api/v5/tradingBot/recurring/amend-recurring-amount`, 20 requests per 2 s per
        UserID."""
    async def amend_recurring_buy_time(
        self,
        algo_id: str,
        recurring_time_type: str,
        time_zone: str,
        period: str,
        recurring_hour: str | None = None,
        recurring_day: str | None = None,
        recurring_time: str | None = None,
    ) -> list[dict[str, Any]]:
        """Amends recurring buy time.

        `POST /api/v5/tradingBot/recurring/amend-recurring-time`, 20 requests per 2 s per UserID."""
    async def place_recurring_buy_order(
        self,
        stgy_name: str,
        recurring_list: list[dict[str, Any]],
        period: str,
        recurring_time: str,
        time_zone: str,
        amt: str | int | float | Decimal,
        investment_ccy: str,
        td_mode: str,
        recurring_day: str | None = None,
        recurring_hour: str | None = None,
        algo_cl_ord_id: str | None = None,
        tag: str | None = None,
        trade_quote_ccy: str | None = None,
        source: str | None = None,
        recurring_time_type: str | None = None,
    ) -> list[dict[str, Any]]:
        """Places recurring buy order (needs Trade permission).

        `POST /api/v5/tradingBot/recurring/order-algo`, 20 requests per 2 s per UserID."""
    async def get_recurring_buy_order_details(self, algo_id: str) -> list[dict[str, Any]]:
        """Recurring buy order details (needs Read permission).

        `GET /api/v5/tradingBot/recurring/orders-algo-details`, 20 requests per 2 s per UserID."""
    async def get_recurring_buy_order_history(
        self,
        algo_id: str | None = None,
        after: str | None = None,
        before: str | None = None,
        limit: int | str | None = None,
    ) -> list[dict[str, Any]]:
        """Recurring buy order history (needs Read permission).

        `GET /api/v5/tradingBot/recurring/orders-algo-history`, 20 requests per 2 s per UserID."""
    def iter_recurring_buy_order_history(
        self,
        algo_id: str | None = None,
        after: str | None = None,
        before: str | None = None,
        limit: int | str | None = None,
    ) -> AsyncIterator[dict[str, Any]]:
        """Walks every page of `get_recurring_buy_order_history` (`async for`), yielding its items.

        Older records page by page through `after` (the default); newer ones when only `before`
        is given. The cursor is the `algoId` of each page's edge item; the walk stops at an empty
        page (or one shorter than `limit`). Arguments are checked at the call."""
    async def get_recurring_buy_order_list(
        self,
        algo_id: str | None = None,
        after: str | None = None,
        before: str | None = None,
        limit: int | str | None = None,
    ) -> list[dict[str, Any]]:
        """Recurring buy order list (needs Read permission).

        `GET /api/v5/tradingBot/recurring/orders-algo-pending`, 20 requests per 2 s per UserID."""
    def iter_recurring_buy_order_list(
        self,
        algo_id: str | None = None,
        after: str | None = None,
        before: str | None = None,
        limit: int | str | None = None,
    ) -> AsyncIterator[dict[str, Any]]:
        """Walks every page of `get_recurring_buy_order_list` (`async for`), yielding its items.

        Older records page by page through `after` (the default); newer ones when only `before`
        is given. The cursor is the `algoId` of each page's edge item; the walk stops at an empty
        page (or one shorter than `limit`). Arguments are checked at the call."""
    async def pause_recurring_buy(self, algo_id: str) -> list[dict[str, Any]]:
        """Pause recurring buy.

        `POST /api/v5/tradingBot/recurring/pause`, 20 requests per 2 s per UserID."""
    async def restart_recurring_buy(self, algo_id: str) -> list[dict[str, Any]]:
        """Restart recurring buy.

        `POST /api/v5/tradingBot/recurring/restart`, 20 requests per 2 s per UserID."""
    async def stop_recurring_buy_order(
        self,
        bots: list[_StopRecurringBuyOrderItem],
    ) -> list[dict[str, Any]]:
        """Stops recurring buy order (up to 10 items per request; needs Trade permission).

        `POST /api/v5/tradingBot/recurring/stop-order-algo`, 20 requests per 2 s per UserID."""
    async def get_recurring_buy_sub_orders(
        self,
        algo_id: str,
        ord_id: str | None = None,
        after: str | None = None,
        before: str | None = None,
        limit: int | str | None = None,
    ) -> list[dict[str, Any]]:
        """Recurring buy sub orders (needs Read permission).

        `GET /api/v5/tradingBot/recurring/sub-orders`, 20 requests per 2 s per UserID."""
    def iter_recurring_buy_sub_orders(
        self,
        algo_id: str,
        ord_id: str | None = None,
        after: str | None = None,
        before: str | None = None,
        limit: int | str | None = None,
    ) -> AsyncIterator[dict[str, Any]]:
        """Walks every page of `get_recurring_buy_sub_orders` (`async for`), yielding its items.

        Older records page by page through `after` (the default); newer ones when only `before`
        is given. The cursor is the `ordId` of each page's edge item; the walk stops at an empty
        page (or one shorter than `limit`). Arguments are checked at the call."""
    async def amend_signal_bot_tpsl(
        self,
        algo_id: str,
        exit_setting_param: dict[str, Any],
    ) -> list[dict[str, Any]]:
        """Amends signal bot TP/SL (needs Trade permission).

        `POST /api/v5/tradingBot/signal/amendTPSL`, 20 requests per 2 s per UserID."""
    async def cancel_signal_bot_sub_order(
        self,
        algo_id: str,
        inst_id: str,
        signal_ord_id: str,
    ) -> list[dict[str, Any]]:
        """Cancels signal bot sub order (needs Trade permission).

        `POST /api/v5/tradingBot/signal/cancel-sub-order`, 20 requests per 2 s per UserID."""
    async def close_signal_bot_position(self, algo_id: str, inst_id: str) -> list[dict[str, Any]]:
        """Closes signal bot position (needs Trade permission).

        `POST /api/v5/tradingBot/signal/close-position`, 20 requests per 2 s per UserID."""
    async def create_signal(
        self,
        signal_chan_name: str,
        signal_chan_desc: str | None = None,
    ) -> list[dict[str, Any]]:
        """Creates signal (needs Trade permission).

        `POST /api/v5/tradingBot/signal/create-signal`, 20 requests per 2 s per UserID."""
    async def get_signal_bot_event_history(
        self,
        algo_id: str,
        after: str | None = None,
        before: str | None = None,
        limit: int | str | None = None,
    ) -> list[dict[str, Any]]:
        """Signal bot event history (needs Read permission).

        `GET /api/v5/tradingBot/signal/event-history`, 20 requests per 2 s per UserID."""
    def iter_signal_bot_event_history(
        self,
        algo_id: str,
        after: str | None = None,
        before: str | None = None,
        limit: int | str | None = None,
    ) -> AsyncIterator[dict[str, Any]]:
        """Walks every page of `get_signal_bot_event_history` (`async for`), yielding its items.

        Older records page by page through `after` (the default); newer ones when only `before`
        is given. The cursor is the `eventCtime` of each page's edge item; the walk stops at an
        empty page (or one shorter than `limit`). Arguments are checked at the call."""
    async def adjust_signal_bot_margin_balance(
        self,
        algo_id: str,
        type_: str,
        amt: str | int | float | Decimal,
        allow_reinvest: bool | None = None,
    ) -> list[dict[str, Any]]:
        """Adjusts signal bot margin balance (needs Trade permission).

        `POST /api/v5/tradingBot/signal/margin-balance`, 20 requests per 2 s per UserID."""
    async def create_signal_bot(
        self,
        signal_chan_id: str,
        lever: str | int | float | Decimal,
        invest_amt: str | int | float | Decimal,
        sub_ord_type: str,
        include_all: bool | None = None,
        inst_ids: list[str] | None = None,
        ratio: str | int | float | Decimal | None = None,
        entry_setting_param: dict[str, Any] | None = None,
        exit_setting_param: dict[str, Any] | None = None,
    ) -> list[dict[str, Any]]:
        """Creates signal bot (needs Trade permission).

        `POST /api/v5/tradingBot/signal/order-algo`, 20 requests per 2 s per UserID."""
    async def get_signal_bot_order_details(
        self,
        algo_ord_type: str,
        algo_id: str,
    ) -> list[dict[str, Any]]:
        """Signal bot order details (needs Read permission).

        `GET /api/v5/tradingBot/signal/orders-algo-details`, 20 requests per 2 s per UserID."""
    async def get_signal_bot_history(
        self,
        algo_ord_type: str,
        algo_id: str,
        after: str,
        before: str | None = None,
        limit: int | str | None = None,
    ) -> list[dict[str, Any]]:
        """Signal bot history (needs Read permission).

        `GET /api/v5/tradingBot/signal/orders-algo-history`, 20 requests per 2 s per UserID."""
    async def get_active_signal_bots(
        self,
        algo_ord_type: str,
        after: str,
        algo_id: str | None = None,
        before: str | None = None,
        limit: int | str | None = None,
    ) -> list[dict[str, Any]]:
        """Active signal bots (needs Read permission).

        `GET /api/v5/tradingBot/signal/orders-algo-pending`, 20 requests per 2 s per UserID."""
    async def get_signal_bot_positions(
        self,
        algo_ord_type: str,
        algo_id: str,
    ) -> list[dict[str, Any]]:
        """Signal bot positions (needs Read permission).

        `GET /api/v5/tradingBot/signal/positions`, 20 requests per 2 s per UserID."""
    async def get_signal_bot_position_history(
        self,
        algo_id: str,
        inst_id: str | None = None,
        after: str | None = None,
        before: str | None = None,
        limit: int | str | None = None,
    ) -> list[dict[str, Any]]:
        """Signal bot position history (needs Read permission).

        `GET /api/v5/tradingBot/signal/positions-history`, 10 requests per 2 s per UserID."""
    def iter_signal_bot_position_history(
        self,
        algo_id: str,
        inst_id: str | None = None,
        after: str | None = None,
        before: str | None = None,
        limit: int | str | None = None,
    ) -> AsyncIterator[dict[str, Any]]:
        """Walks every page of `get_signal_bot_position_history` (`async for`), yielding its items.

        Older records page by page through `after` (the default); newer ones when only `before`
        is given. The cursor is the `uTime` of each page's edge item; the walk stops at an empty
        page (or one shorter than `limit`). Arguments are checked at the call."""
    async def set_signal_bot_instruments(
        self,
        algo_id: str,
        inst_ids: list[str],
        include_all: bool,
    ) -> list[dict[str, Any]]:
        """Sets signal bot instruments (needs Trade permission).

        `POST /api/v5/tradingBot/signal/set-instruments`, 20 requests per 2 s per UserID."""
    async def get_signals(
        self,
        signal_source_type: str,
        signal_chan_id: str | None = None,
        after: str | None = None,
        before: str | None = None,
        limit: int | str | None = None,
    ) -> list[dict[str, Any]]:
        """Signals (needs Read permission).

        `GET /api/v5/tradingBot/signal/signals`, 20 requests per 2 s per UserID."""
    def iter_signals(
        self,
        signal_source_type: str,
        signal_chan_id: str | None = None,
        after: str | None = None,
        before: str | None = None,
        limit: int | str | None = None,
    ) -> AsyncIterator[dict[str, Any]]:
        """Walks every page of `get_signals` (`async for`), yielding its items.

        Older records page by page through `after` (the default); newer ones when only `before`
        is given. The cursor is the `signalChanId` of each page's edge item; the walk stops at an
        empty page (or one shorter than `limit`). Arguments are checked at the call."""
    async def cancel_signal_bots(self, bots: list[_CancelSignalBotsItem]) -> list[dict[str, Any]]:
        """Cancels signal bots (up to 10 items per request; needs Trade permission).

        `POST /api/v5/tradingBot/signal/stop-order-algo`, 20 requests per 2 s per UserID."""
    async def place_signal_bot_sub_order(
        self,
        inst_id: str,
        algo_id: str,
        side: str,
        ord_type: str,
        sz: str | int | float | Decimal,
        px: str | int | float | Decimal | None = None,
        reduce_only: bool | None = None,
    ) -> list[dict[str, Any]]:
        """Places signal bot sub order (needs Trade permission).

        `POST /api/v5/tradingBot/signal/sub-order`, 20 requests per 2 s per UserID."""
    async def get_signal_bot_sub_orders(
        self,
        algo_id: str,
        algo_ord_type: str,
        state: str | None = None,
        signal_ord_id: str | None = None,
        after: str | None = None,
        before: str | None = None,
        begin: int | str | None = None,
        end: int | str | None = None,
        limit: int | str | None = None,
        type_: str | None = None,
        cl_ord_id: str | None = None,
    ) -> list[dict[str, Any]]:
        """Signal bot sub orders (needs Read permission).

        `GET /api/v5/tradingBot/signal/sub-orders`, 20 requests per 2 s per UserID."""
    def iter_signal_bot_sub_orders(
        self,
        algo_id: str,
        algo_ord_type: str,
        state: str | None = None,
        signal_ord_id: str | None = None,
        after: str | None = None,
        before: str | None = None,
        begin: int | str | None = None,
        end: int | str | None = None,
        limit: int | str | None = None,
        type_: str | None = None,
        cl_ord_id: str | None = None,
    ) -> AsyncIterator[dict[str, Any]]:
        """Walks every page of `get_signal_bot_sub_orders` (`async for`), yielding its items.

        Older records page by page through `after` (the default); newer ones when only `before`
        is given. The cursor is the `ordId` of each page's edge item; the walk stops at an empty
        page (or one shorter than `limit`). Arguments are checked at the call."""
    async def place_lead_stop_order(
        self,
        sub_pos_id: str,
        inst_type: str | None = None,
        tp_trigger_px: str | int | float | Decimal | None = None,
        sl_trigger_px: str | int | float | Decimal | None = None,
        tp_ord_px: str | int | float | Decimal | None = None,
        sl_ord_px: str | int | float | Decimal | None = None,
        tp_trigger_px_type: str | None = None,
        sl_trigger_px_type: str | None = None,
        tag: str | None = None,
    ) -> list[dict[str, Any]]:
        """Places lead stop order (needs Trade permission).

        `POST /api/v5/copytrading/algo-order`, 20 requests per 2 s per UserID."""
    async def amend_copy_settings(
        self,
        unique_code: str,
        copy_mgn_mode: str,
        copy_inst_id_type: str,
        copy_total_amt: str | int | float | Decimal,
        sub_pos_close_type: str,
        inst_type: str | None = None,
        inst_id: str | None = None,
        copy_mode: str | None = None,
        copy_amt: str | int | float | Decimal | None = None,
        copy_ratio: str | int | float | Decimal | None = None,
        tp_ratio: str | int | float | Decimal | None = None,
        sl_ratio: str | int | float | Decimal | None = None,
        sl_total_amt: str | int | float | Decimal | None = None,
        tag: str | None = None,
    ) -> list[dict[str, Any]]:
        """Amends copy settings (needs Trade permission).

        `POST /api/v5/copytrading/amend-copy-settings`, 5 requests per 2 s per UserID."""
    async def amend_profit_sharing_ratio(
        self,
        profit_sharing_ratio: str | int | float | Decimal,
        inst_type: str | None = None,
    ) -> list[dict[str, Any]]:
        """Amends profit sharing ratio (needs Trade permission).

        `POST /api/v5/copytrading/amend-profit-sharing-ratio`, 5 requests per 2 s per UserID."""
    async def close_lead_position(
        self,
        sub_pos_id: str,
        inst_type: str | None = None,
        ord_type: str | None = None,
        px: str | int | float | Decimal | None = None,
        tag: str | None = None,
    ) -> list[dict[str, Any]]:
        """Closes lead position (needs Trade permission).

        `POST /api/v5/copytrading/close-subposition`, 20 requests per 2 s per UserID."""
    async def get_copytrading_account_config(self) -> list[dict[str, Any]]:
        """Copytrading account config (needs Read permission).

        `GET /api/v5/copytrading/config`, 5 requests per 2 s per UserID."""
    async def get_copy_settings(
        self,
        unique_code: str,
        inst_type: str | None = None,
    ) -> list[dict[str, Any]]:
        """Copy settings (needs Read permission).

        `GET /api/v5/copytrading/copy-settings`, 5 requests per 2 s per UserID."""
    async def get_my_lead_traders(self, inst_type: str | None = None) -> list[dict[str, Any]]:
        """My lead traders (needs Read permission).

        `GET /api/v5/copytrading/current-lead-traders`, 5 requests per 2 s per UserID."""
    async def get_existing_lead_positions(
        self,
        inst_type: str | None = None,
        inst_id: str | None = None,
        after: str | None = None,
        before: str | None = None,
        limit: int | str | None = None,
    ) -> list[dict[str, Any]]:
        """Existing lead positions (needs Read permission).

        `GET /api/v5/copytrading/current-subpositions`, 20 requests per 2 s per UserID."""
    def iter_existing_lead_positions(
        self,
        inst_type: str | None = None,
        inst_id: str | None = None,
        after: str | None = None,
        before: str | None = None,
        limit: int | str | None = None,
    ) -> AsyncIterator[dict[str, Any]]:
        """Walks every page of `get_existing_lead_positions` (`async for`), yielding its items.

        Older records page by page through `after` (the default); newer ones when only `before`
        is given. The cursor is the `subPosId` of each page's edge item; the walk stops at an
        empty page (or one shorter than `limit`). Arguments are checked at the call."""
    async def set_first_copy_settings(
        self,
        unique_code: str,
        copy_mgn_mode: str,
        copy_inst_id_type: str,
        copy_total_amt: str | int | float | Decimal,
        sub_pos_close_type: str,
        inst_type: str | None = None,
        inst_id: str | None = None,
        copy_mode: str | None = None,
        copy_amt: str | int | float | Decimal | None = None,
        copy_ratio: str | int | float | Decimal | None = None,
        tp_ratio: str | int | float | Decimal | None = None,
        sl_ratio: str | int | float | Decimal | None = None,
        sl_total_amt: str | int | float | Decimal | None = None,
        tag: str | None = None,
    ) -> list[dict[str, Any]]:
        """Sets first copy settings (needs Trade permission).

        `POST /api/v5/copytrading/first-copy-settings`, 5 requests per 2 s per UserID."""
    async def get_leading_instruments(self, inst_type: str | None = None) -> list[dict[str, Any]]:
        """Leading instruments (needs Read permission).

        `GET /api/v5/copytrading/instruments`, 5 requests per 2 s per UserID."""
    async def get_profit_sharing_details(
        self,
        inst_type: str | None = None,
        after: str | None = None,
        before: str | None = None,
        limit: int | str | None = None,
    ) -> list[dict[str, Any]]:
        """Profit sharing details (needs Read permission).

        `GET /api/v5/copytrading/profit-sharing-details`, 5 requests per 2 s per UserID."""
    def iter_profit_sharing_details(
        self,
        inst_type: str | None = None,
        after: str | None = None,
        before: str | None = None,
        limit: int | str | None = None,
    ) -> AsyncIterator[dict[str, Any]]:
        """Walks every page of `get_profit_sharing_details` (`async for`), yielding its items.

        Older records page by page through `after` (the default); newer ones when only `before`
        is given. The cursor is the `profitSharingId` of each page's edge item; the walk stops at
        an empty page (or one shorter than `limit`). Arguments are checked at the call."""
    async def get_copy_trading_configuration(
        self,
        inst_type: str | None = None,
    ) -> list[dict[str, Any]]:
        """Copy trading configuration.

        `GET /api/v5/copytrading/public-config`, 5 requests per 2 s per IP."""
    async def get_copy_traders(
        self,
        unique_code: str,
        inst_type: str | None = None,
        limit: int | str | None = None,
    ) -> list[dict[str, Any]]:
        """Copy traders.

        `GET /api/v5/copytrading/public-copy-traders`, 5 requests per 2 s per IP."""
    async def get_lead_trader_current_lead_positions(
        self,
        unique_code: str,
        inst_type: str | None = None,
        after: str | None = None,
        before: str | None = None,
        limit: int | str | None = None,
    ) -> list[dict[str, Any]]:
        """Lead trader current lead positions.

        `GET /api/v5/copytrading/public-current-subpositions`, 5 requests per 2 s per IP."""
    def iter_lead_trader_current_lead_positions(
        self,
        unique_code: str,
        inst_type: str | None = None,
        after: str | None = None,
        before: str | None = None,
        limit: int | str | None = None,
    ) -> AsyncIterator[dict[str, Any]]:
        """Walks every page of `get_lead_trader_current_lead_positions` (`async for`), yielding
        its items.

        Older records page by page through `after` (the default); newer ones when only `before`
        is given. The cursor is the `subPosId` of each page's edge item; the walk stops at an
        empty page (or one shorter than `limit`). Arguments are checked at the call."""
    async def get_lead_trader_ranks(
        self,
        inst_type: str | None = None,
        sort_type: str | None = None,
        state: str | None = None,
        min_lead_days: str | None = None,
        min_assets: str | int | float | Decimal | None = None,
        max_assets: str | int | float | Decimal | None = None,
        min_aum: str | int | float | Decimal | None = None,
        max_aum: str | int | float | Decimal | None = None,
        data_ver: str | None = None,
        page: int | str | None = None,
        limit: int | str | None = None,
    ) -> list[dict[str, Any]]:
        """Lead trader ranks.

        `GET /api/v5/copytrading/public-lead-traders`, 5 requests per 2 s per IP."""
    async def get_lead_trader_daily_pnl(
        self,
        unique_code: str,
        last_days: str,
        inst_type: str | None = None,
    ) -> list[dict[str, Any]]:
        """Lead trader daily pnl.

        `GET /api/v5/copytrading/public-pnl`, 5 requests per 2 s per IP."""
    async def get_lead_trader_currency_preferences(
        self,
        unique_code: str,
        inst_type: str | None = None,
    ) -> list[dict[str, Any]]:
        """Lead trader currency preferences.

        `GET /api/v5/copytrading/public-preference-currency`, 5 requests per 2 s per IP."""
    async def get_lead_trader_stats(
        self,
        unique_code: str,
        last_days: str,
        inst_type: str | None = None,
    ) -> list[dict[str, Any]]:
        """Lead trader stats.

        `GET /api/v5/copytrading/public-stats`, 5 requests per 2 s per IP."""
    async def get_lead_trader_lead_position_history(
        self,
        unique_code: str,
        inst_type: str | None = None,
        after: str | None = None,
        before: str | None = None,
        limit: int | str | None = None,
    ) -> list[dict[str, Any]]:
        """Lead trader lead position history.

        `GET /api/v5/copytrading/public-subpositions-history`, 5 requests per 2 s per IP."""
    def iter_lead_trader_lead_position_history(
        self,
        unique_code: str,
        inst_type: str | None = None,
        after: str | None = None,
        before: str | None = None,
        limit: int | str | None = None,
    ) -> AsyncIterator[dict[str, Any]]:
        """Walks every page of `get_lead_trader_lead_position_history` (`async for`), yielding
        its items.

        Older records page by page through `after` (the default); newer ones when only `before`
        is given. The cursor is the `subPosId` of each page's edge item; the walk stops at an
        empty page (or one shorter than `limit`). Arguments are checked at the call."""
    async def get_lead_trader_weekly_pnl(
        self,
        unique_code: str,
        inst_type: str | None = None,
    ) -> list[dict[str, Any]]:
        """Lead trader weekly pnl.

        `GET /api/v5/copytrading/public-weekly-pnl`, 5 requests per 2 s per IP."""
    async def amend_leading_instruments(
        self,
        inst_id: str,
        inst_type: str | None = None,
    ) -> list[dict[str, Any]]:
        """Amends leading instruments (needs Trade permission).

        `POST /api/v5/copytrading/set-instruments`, 5 requests per 2 s per UserID."""
    async def stop_copying(
        self,
        unique_code: str,
        sub_pos_close_type: str,
        inst_type: str | None = None,
    ) -> list[dict[str, Any]]:
        """Stops copying (needs Trade permission).

        `POST /api/v5/copytrading/stop-copy-trading`, 5 requests per 2 s per UserID."""
    async def get_lead_position_history(
        self,
        inst_type: str | None = None,
        inst_id: str | None = None,
        after: str | None = None,
        before: str | None = None,
        limit: int | str | None = None,
    ) -> list[dict[str, Any]]:
        """Lead position history (needs Read permission).

        `GET /api/v5/copytrading/subpositions-history`, 20 requests per 2 s per UserID."""
    def iter_lead_position_history(
        self,
        inst_type: str | None = None,
        inst_id: str | None = None,
        after: str | None = None,
        before: str | None = None,
        limit: int | str | None = None,
    ) -> AsyncIterator[dict[str, Any]]:
        """Walks every page of `get_lead_position_history` (`async for`), yielding its items.

        Older records page by page through `after` (the default); newer ones when only `before`
        is given. The cursor is the `subPosId` of each page's edge item; the walk stops at an
        empty page (or one shorter than `limit`). Arguments are checked at the call."""
    async def get_total_profit_sharing(self, inst_type: str | None = None) -> list[dict[str, Any]]:
        """Total profit sharing (needs Read permission).

        `GET /api/v5/copytrading/total-profit-sharing`, 5 requests per 2 s per UserID."""
    async def get_total_unrealized_profit_sharing(
        self,
        inst_type: str | None = None,
    ) -> list[dict[str, Any]]:
        """Total unrealized profit sharing (needs Read permission).

        `GET /api/v5/copytrading/total-unrealized-profit-sharing`, 5 requests per 2 s per UserID."""
    async def get_unrealized_profit_sharing_details(
        self,
        inst_type: str | None = None,
    ) -> list[dict[str, Any]]:
        """Unrealized profit sharing details (needs Read permission).

        `GET /api/v5/copytrading/unrealized-profit-sharing-details`, 5 requests per 2 s per
        UserID."""
    async def rfq_cancel_all_after(self, time_out: str) -> list[dict[str, Any]]:
        """RFQ cancel all after (needs Trade permission).

        `POST /api/v5/rfq/cancel-all-after`, 1 requests per 1 s per UserID."""
    async def cancel_all_quotes(self) -> list[dict[str, Any]]:
        """Cancels all quotes (needs Trade permission).

        `POST /api/v5/rfq/cancel-all-quotes`, 2 requests per 2 s per UserID."""
    async def cancel_all_rfqs(self) -> list[dict[str, Any]]:
        """Cancels all RFQs (needs Trade permission).

        `POST /api/v5/rfq/cancel-all-rfqs`, 2 requests per 2 s per UserID."""
    async def cancel_batch_quotes(
        self,
        quote_ids: list[str] | None = None,
        cl_quote_ids: list[str] | None = None,
    ) -> list[dict[str, Any]]:
        """Cancels batch quotes (needs Trade permission).

        `POST /api/v5/rfq/cancel-batch-quotes`, 2 requests per 2 s per UserID."""
    async def cancel_batch_rfqs(
        self,
        rfq_ids: list[str] | None = None,
        cl_rfq_ids: list[str] | None = None,
    ) -> list[dict[str, Any]]:
        """Cancels batch RFQs (needs Trade permission).

        `POST /api/v5/rfq/cancel-batch-rfqs`, 2 requests per 2 s per UserID."""
    async def cancel_quote(
        self,
        quote_id: str | None = None,
        cl_quote_id: str | None = None,
        rfq_id: str | None = None,
    ) -> list[dict[str, Any]]:
        """Cancels quote (needs Trade permission).

        `POST /api/v5/rfq/cancel-quote`, 50 requests per 2 s per UserID."""
    async def cancel_rfq(
        self,
        rfq_id: str | None = None,
        cl_rfq_id: str | None = None,
    ) -> list[dict[str, Any]]:
        """Cancels RFQ (needs Trade permission).

        `POST /api/v5/rfq/cancel-rfq`, 5 requests per 2 s per UserID."""
    async def get_counterparties(self) -> list[dict[str, Any]]:
        """Counterparties (needs Read permission).

        `GET /api/v5/rfq/counterparties`, 5 requests per 2 s per UserID."""
    async def create_quote(
        self,
        rfq_id: str,
        quote_side: str,
        legs: list[dict[str, Any]],
        cl_quote_id: str | None = None,
        tag: str | None = None,
        anonymous: bool | None = None,
        expires_in: str | None = None,
    ) -> list[dict[str, Any]]:
        """Creates quote (needs Trade permission).

        `POST /api/v5/rfq/create-quote`, 50 requests per 2 s per UserID."""
    async def create_rfq(
        self,
        counterparties: list[str],
        legs: list[dict[str, Any]],
        anonymous: bool | None = None,
        cl_rfq_id: str | None = None,
        tag: str | None = None,
        allow_partial_execution: bool | None = None,
        acct_alloc: list[dict[str, Any]] | None = None,
    ) -> list[dict[str, Any]]:
        """Creates RFQ (needs Trade permission). Rate limit as documented: 5/2s; 80/12h.

        `POST /api/v5/rfq/create-rfq`, 5 requests per 2 s per UserID."""
    async def execute_quote(
        self,
        rfq_id: str,
        quote_id: str,
        legs: list[dict[str, Any]] | None = None,
    ) -> list[dict[str, Any]]:
        """Executes quote (needs Trade permission).

        `POST /api/v5/rfq/execute-quote`, 2 requests per 3 s per UserID."""
    async def get_quote_products(self) -> list[dict[str, Any]]:
        """Quote products (needs Read permission).

        `GET /api/v5/rfq/maker-instrument-settings`, 5 requests per 2 s per UserID."""
    async def set_quote_products(
        self,
        settings: list[_SetQuoteProductsItem],
    ) -> list[dict[str, Any]]:
        """Sets quote products (needs Trade permission).

        `POST /api/v5/rfq/maker-instrument-settings`, 5 requests per 2 s per UserID."""
    async def get_rfq_mmp_config(self) -> list[dict[str, Any]]:
        """RFQ MMP config (needs Read permission).

        `GET /api/v5/rfq/mmp-config`, 5 requests per 2 s per UserID."""
    async def set_rfq_mmp_config(
        self,
        time_interval: str,
        frozen_interval: str,
        count_limit: str,
    ) -> list[dict[str, Any]]:
        """Sets RFQ MMP config (needs Trade permission).

        `POST /api/v5/rfq/mmp-config`, 1 requests per 10 s per UserID."""
    async def reset_rfq_mmp(self) -> list[dict[str, Any]]:
        """Resets RFQ MMP (needs Trade permission).

        `POST /api/v5/rfq/mmp-reset`, 5 requests per 2 s per UserID."""
    async def get_rfq_public_trades(
        self,
        begin_id: str | None = None,
        end_id: str | None = None,
        limit: int | str | None = None,
    ) -> list[dict[str, Any]]:
        """RFQ public trades.

        `GET /api/v5/rfq/public-trades`, 5 requests per 2 s per IP."""
    async def get_quotes(
        self,
        rfq_id: str | None = None,
        cl_rfq_id: str | None = None,
        quote_id: str | None = None,
        cl_quote_id: str | None = None,
        state: str | None = None,
        begin_id: str | None = None,
        end_id: str | None = None,
        limit: int | str | None = None,
    ) -> list[dict[str, Any]]:
        """Quotes (needs Read permission).

        `GET /api/v5/rfq/quotes`, 2 requests per 2 s per UserID."""
    async def get_rfqs(
        self,
        rfq_id: str | None = None,
        cl_rfq_id: str | None = None,
        state: str | None = None,
        begin_id: str | None = None,
        end_id: str | None = None,
        limit: int | str | None = None,
    ) -> list[dict[str, Any]]:
        """RFQs (needs Read permission).

        `GET /api/v5/rfq/rfqs`, 2 requests per 2 s per UserID."""
    async def get_rfq_trades(
        self,
        rfq_id: str | None = None,
        cl_rfq_id: str | None = None,
        quote_id: str | None = None,
        block_td_id: str | None = None,
        cl_quote_id: str | None = None,
        begin_id: str | None = None,
        end_id: str | None = None,
        begin_ts: int | str | None = None,
        end_ts: int | str | None = None,
        limit: int | str | None = None,
        is_successful: bool | None = None,
    ) -> list[dict[str, Any]]:
        """RFQ trades (needs Read permission).

        `GET /api/v5/rfq/trades`, 5 requests per 2 s per UserID."""
    async def amend_spread_order(
        self,
        ord_id: str | None = None,
        cl_ord_id: str | None = None,
        req_id: str | None = None,
        new_sz: str | int | float | Decimal | None = None,
        new_px: str | int | float | Decimal | None = None,
    ) -> list[dict[str, Any]]:
        """Amends spread order (needs Trade permission).

        `POST /api/v5/sprd/amend-order`, 20 requests per 2 s per UserID."""
    async def get_spread_orderbook(
        self,
        sprd_id: str,
        sz: str | int | float | Decimal | None = None,
    ) -> list[dict[str, Any]]:
        """Spread orderbook.

        `GET /api/v5/sprd/books`, 20 requests per 2 s per IP."""
    async def spread_cancel_all_after(self, time_out: str) -> list[dict[str, Any]]:
        """Spread cancel all after (needs Trade permission).

        `POST /api/v5/sprd/cancel-all-after`, 1 requests per 1 s per UserID."""
    async def cancel_spread_order(
        self,
        ord_id: str | None = None,
        cl_ord_id: str | None = None,
    ) -> list[dict[str, Any]]:
        """Cancels spread order (needs Trade permission).

        `POST /api/v5/sprd/cancel-order`, 20 requests per 2 s per UserID."""
    async def cancel_all_spread_orders(self, sprd_id: str | None = None) -> list[dict[str, Any]]:
        """Cancels all spread orders (needs Trade permission).

        `POST /api/v5/sprd/mass-cancel`, 10 requests per 2 s per UserID."""
    async def get_spread_order(
        self,
        ord_id: str | None = None,
        cl_ord_id: str | None = None,
    ) -> list[dict[str, Any]]:
        """Spread order (needs Read permission).

        `GET /api/v5/sprd/order`, 20 requests per 2 s per UserID."""
    async def place_spread_order(
        self,
        sprd_id: str,
        side: str,
        ord_type: str,
        sz: str | int | float | Decimal,
        px: str | int | float | Decimal,
        cl_ord_id: str | None = None,
        tag: str | None = None,
    ) -> list[dict[str, Any]]:
        """Places spread order (needs Trade permission).

        `POST /api/v5/sprd/order`, 20 requests per 2 s per UserID."""
    async def get_spread_orders_history(
        self,
        sprd_id: str | None = None,
        ord_type: str | None = None,
        state: str | None = None,
        begin_id: str | None = None,
        end_id: str | None = None,
        begin: int | str | None = None,
        end: int | str | None = None,
        limit: int | str | None = None,
    ) -> list[dict[str, Any]]:
        """Spread orders history (needs Read permission).

        `GET /api/v5/sprd/orders-history`, 20 requests per 2 s per UserID."""
    async def get_spread_orders_history_archive(
        self,
        sprd_id: str | None = None,
        ord_type: str | None = None,
        state: str | None = None,
        inst_type: str | None = None,
        inst_family: str | None = None,
        begin_id: str | None = None,
        end_id: str | None = None,
        begin: int | str | None = None,
        end: int | str | None = None,
        limit: int | str | None = None,
    ) -> list[dict[str, Any]]:
        """Spread orders history archive (needs Read permission).

        `GET /api/v5/sprd/orders-history-archive`, 20 requests per 2 s per UserID."""
    async def get_spread_orders_pending(
        self,
        sprd_id: str | None = None,
        ord_type: str | None = None,
        state: str | None = None,
        begin_id: str | None = None,
        end_id: str | None = None,
        limit: int | str | None = None,
    ) -> list[dict[str, Any]]:
        """Spread orders pending (needs Read permission).

        `GET /api/v5/sprd/orders-pending`, 10 requests per 2 s per UserID."""
    async def get_spread_public_trades(self, sprd_id: str | None = None) -> list[dict[str, Any]]:
        """Spread public trades.

        `GET /api/v5/sprd/public-trades`, 20 requests per 2 s per IP."""
    async def get_spreads(
        self,
        base_ccy: str | None = None,
        inst_id: str | None = None,
        sprd_id: str | None = None,
        state: str | None = None,
    ) -> list[dict[str, Any]]:
        """Spreads.

        `GET /api/v5/sprd/spreads`, 20 requests per 2 s per IP."""
    async def get_spread_ticker_legacy(self, sprd_id: str | None = None) -> list[dict[str, Any]]:
        """Spread ticker legacy (no longer in OKX's current documentation). Its parameters are
        not verified against OKX's documentation.

        `GET /api/v5/sprd/ticker`, rate limit not documented."""
    async def get_spread_trades(
        self,
        sprd_id: str | None = None,
        trade_id: str | None = None,
        ord_id: str | None = None,
        begin_id: str | None = None,
        end_id: str | None = None,
        begin: int | str | None = None,
        end: int | str | None = None,
        limit: int | str | None = None,
    ) -> list[dict[str, Any]]:
        """Spread trades (needs Read permission).

        `GET /api/v5/sprd/trades`, 20 requests per 2 s per UserID."""
    async def get_long_short_ratio(
        self,
        ccy: str,
        begin: int | str | None = None,
        end: int | str | None = None,
        period: str | None = None,
    ) -> list[dict[str, Any]]:
        """Long short ratio.

        `GET /api/v5/rubik/stat/contracts/long-short-account-ratio`, 5 requests per 2 s per IP."""
    async def get_contract_long_short_ratio(
        self,
        inst_id: str,
        period: str | None = None,
        end: int | str | None = None,
        begin: int | str | None = None,
        limit: int | str | None = None,
    ) -> list[dict[str, Any]]:
        """Contract long short ratio.

        `GET /api/v5/rubik/stat/contracts/long-short-account-ratio-contract`, 5 requests per 2 s
        per IP+instId."""
    async def get_top_traders_long_short_ratio(
        self,
        inst_id: str,
        period: str | None = None,
        end: int | str | None = None,
        begin: int | str | None = None,
        limit: int | str | None = None,
    ) -> list[dict[str, Any]]:
        """Top traders long short ratio.

        `GET /api/v5/rubik/stat/contracts/long-short-account-ratio-contract-top-trader`, 5
        requests per 2 s per IP+instId."""
    async def get_top_traders_long_short_position_ratio(
        self,
        inst_id: str,
        period: str | None = None,
        end: int | str | None = None,
        begin: int | str | None = None,
        limit: int | str | None = None,
    ) -> list[dict[str, Any]]:
        """Top traders long short position ratio.

        `GET /api/v5/rubik/stat/contracts/long-short-position-ratio-contract-top-trader`, 5
        requests per 2 s per IP+instId."""
    async def get_contract_open_interest_history(
        self,
        inst_id: str,
        period: str | None = None,
        end: int | str | None = None,
        begin: int | str | None = None,
        limit: int | str | None = None,
    ) -> list[dict[str, Any]]:
        """Contract open interest history.

        `GET /api/v5/rubik/stat/contracts/open-interest-history`, 10 requests per 2 s per
        IP+instId."""
    async def get_contracts_open_interest_volume(
        self,
        ccy: str,
        begin: int | str | None = None,
        end: int | str | None = None,
        period: str | None = None,
    ) -> list[dict[str, Any]]:
        """Contracts open interest volume.

        `GET /api/v5/rubik/stat/contracts/open-interest-volume`, 5 requests per 2 s per IP."""
    async def get_margin_long_short_ratio(
        self,
        ccy: str,
        begin: int | str | None = None,
        end: int | str | None = None,
        period: str | None = None,
    ) -> list[dict[str, Any]]:
        """Margin long short ratio.

        `GET /api/v5/rubik/stat/margin/loan-ratio`, 5 requests per 2 s per IP."""
    async def get_options_open_interest_volume(
        self,
        ccy: str,
        period: str | None = None,
    ) -> list[dict[str, Any]]:
        """Options open interest volume.

        `GET /api/v5/rubik/stat/option/open-interest-volume`, 5 requests per 2 s per IP."""
    async def get_options_open_interest_volume_expiry(
        self,
        ccy: str,
        period: str | None = None,
    ) -> list[dict[str, Any]]:
        """Options open interest volume expiry.

        `GET /api/v5/rubik/stat/option/open-interest-volume-expiry`, 5 requests per 2 s per IP."""
    async def get_put_call_ratio(self, ccy: str, period: str | None = None) -> list[dict[str, Any]]:
        """Put call ratio.

        `GET /api/v5/rubik/stat/option/open-interest-volume-ratio`, 5 requests per 2 s per IP."""
    async def get_options_open_interest_volume_strike(
        self,
        ccy: str,
        exp_time: str,
        period: str | None = None,
    ) -> list[dict[str, Any]]:
        """Options open interest volume strike.

        `GET /api/v5/rubik/stat/option/open-interest-volume-strike`, 5 requests per 2 s per IP."""
    async def get_taker_flow(self, ccy: str, period: str | None = None) -> list[dict[str, Any]]:
        """Taker flow.

        `GET /api/v5/rubik/stat/option/taker-block-volume`, 5 requests per 2 s per IP."""
    async def get_taker_volume(
        self,
        ccy: str,
        inst_type: str,
        begin: int | str | None = None,
        end: int | str | None = None,
        period: str | None = None,
    ) -> list[dict[str, Any]]:
        """Taker volume.

        `GET /api/v5/rubik/stat/taker-volume`, 5 requests per 2 s per IP."""
    async def get_contract_taker_volume(
        self,
        inst_id: str,
        period: str | None = None,
        unit: str | None = None,
        end: int | str | None = None,
        begin: int | str | None = None,
        limit: int | str | None = None,
    ) -> list[dict[str, Any]]:
        """Contract taker volume.

        `GET /api/v5/rubik/stat/taker-volume-contract`, 5 requests per 2 s per IP+instId."""
    async def get_support_coin(self) -> list[dict[str, Any]]:
        """Support coin.

        `GET /api/v5/rubik/stat/trading-data/support-coin`, 5 requests per 2 s per IP."""
    async def get_system_status(self, state: str | None = None) -> list[dict[str, Any]]:
        """System status.

        `GET /api/v5/system/status`, 1 requests per 5 s per unknown."""
    async def get_dma_subaccount_list(
        self,
        sub_acct: str | None = None,
        uid: str | None = None,
        page: int | str | None = None,
        limit: int | str | None = None,
    ) -> list[dict[str, Any]]:
        """Dma sub-account list (needs Read permission).

        `GET /api/v5/broker/dma/subaccount-info`, 1 requests per 1 s per UserID."""
    async def get_dma_subaccount_fee_rates(
        self,
        sub_acct: str | None = None,
        uid: str | None = None,
        page: int | str | None = None,
        limit: int | str | None = None,
    ) -> list[dict[str, Any]]:
        """Dma sub-account fee rates (needs Read permission).

        `GET /api/v5/broker/dma/subaccount-trade-fee`, 1 requests per 1 s per UserID."""
    async def get_dma_subaccount_api_key(
        self,
        sub_acct: str,
        api_key: str | None = None,
    ) -> list[dict[str, Any]]:
        """Dma sub-account API key (needs Read permission).

        `GET /api/v5/broker/dma/subaccount/apikey`, 1 requests per 1 s per UserID."""
    async def create_dma_subaccount_api_key(
        self,
        sub_acct: str,
        label: str,
        passphrase: str,
        ip: str | None = None,
        perm: str | None = None,
    ) -> list[dict[str, Any]]:
        """Creates dma sub-account API key (needs Trade permission).

        `POST /api/v5/broker/dma/subaccount/apikey`, 40 requests per 1 s per UserID."""
    async def get_fd_user_rebate_info(
        self,
        api_key: str,
        broker_type: str | None = None,
    ) -> list[dict[str, Any]]:
        """Fd user rebate info (needs Read permission).

        `GET /api/v5/broker/fd/if-rebate`, 2 requests per 1 s per UserID."""
    async def get_fd_rebate_download_link(
        self,
        type_: str,
        begin: int | str | None = None,
        end: int | str | None = None,
        broker_type: str | None = None,
    ) -> list[dict[str, Any]]:
        """Fd rebate download link (needs Read permission).

        `GET /api/v5/broker/fd/rebate-per-orders`, 2 requests per 60 s per UserID."""
    async def create_fd_rebate_download_link(
        self,
        begin: int | str,
        end: int | str,
        broker_type: str | None = None,
    ) -> list[dict[str, Any]]:
        """Creates fd rebate download link (needs Read permission).

        `POST /api/v5/broker/fd/rebate-per-orders`, 1 requests per 3600 s per UserID."""
    async def get_affiliate_co_inviter_links(
        self,
        page: int | str | None = None,
        limit: int | str | None = None,
        link_status: str | None = None,
    ) -> list[dict[str, Any]]:
        """Affiliate co inviter links.

        `GET /api/v5/affiliate/co-inviter/list`, 3 requests per 1 s per UserID."""
    async def get_affiliate_invitee_detail(
        self,
        uid: str,
        period_type: str | None = None,
    ) -> list[dict[str, Any]]:
        """Affiliate invitee detail.

        `GET /api/v5/affiliate/invitee/detail`, 3 requests per 1 s per UserID."""
    async def get_affiliate_invitees(
        self,
        page: int | str | None = None,
        limit: int | str | None = None,
        period_type: str | None = None,
        begin: int | str | None = None,
        end: int | str | None = None,
        keyword: str | None = None,
        commission_category: str | None = None,
        order_by: str | None = None,
        order_dir: str | None = None,
        kyc_status: str | None = None,
        sub_affiliate_uid: str | None = None,
        uid: str | None = None,
        join_time_begin: str | None = None,
        join_time_end: str | None = None,
    ) -> list[dict[str, Any]]:
        """Affiliate invitees.

        `GET /api/v5/affiliate/invitee/list`, 3 requests per 1 s per UserID."""
    async def get_affiliate_links(
        self,
        page: int | str | None = None,
        limit: int | str | None = None,
        link_type: str | None = None,
        link_status: str | None = None,
    ) -> list[dict[str, Any]]:
        """Affiliate links.

        `GET /api/v5/affiliate/link/list`, 3 requests per 1 s per UserID."""
    async def get_affiliate_performance_summary(
        self,
        period_type: str | None = None,
        begin: int | str | None = None,
        end: int | str | None = None,
    ) -> list[dict[str, Any]]:
        """Affiliate performance summary.

        `GET /api/v5/affiliate/performance/summary`, 3 requests per 1 s per UserID."""
    async def get_sub_affiliates(
        self,
        page: int | str | None = None,
        limit: int | str | None = None,
        keyword: str | None = None,
        commission_category: str | None = None,
        order_by: str | None = None,
        order_dir: str | None = None,
    ) -> list[dict[str, Any]]:
        """Sub affiliates.

        `GET /api/v5/affiliate/sub-affiliate/list`, 3 requests per 1 s per UserID."""
    async def get_announcement_types(self) -> list[dict[str, Any]]:
        """Announcement types.

        `GET /api/v5/support/announcement-types`, 1 requests per 2 s per IP."""
    async def get_announcements(
        self,
        ann_type: str | None = None,
        page: int | str | None = None,
    ) -> list[dict[str, Any]]:
        """Announcements.

        `GET /api/v5/support/announcements`, 5 requests per 2 s per UserID (private) or IP
        (public)."""
    # --- end generated: endpoints ---

@final
class LiveOrderBook:
    """An order book kept in Rust from an order-book channel (returned by
    `WsClient.subscribe_orderbook`). Prices and sizes are exact (`Decimal`, from OKX's
    strings). Reads of the book raise `OkxBookNotSyncedError` while it is not synced
    (resyncing after a gap, stale, disconnected or closed); `status` and `is_synced`
    never raise."""

    @staticmethod
    def offline(inst_id: str, channel: str = "books") -> LiveOrderBook:
        """A book fed by hand with `feed()`, e.g. to replay captured frames: the same
        update rules, sequence checks and checksum verification as a live book, without
        a connection (it never goes stale; after a gap it stays "syncing" until a
        snapshot)."""

    def feed(self, frame: str) -> None:
        """Applies one frame (a push of this book's channel and instrument, as OKX sends
        it) to an offline book. Raises ValueError for other text, or on a live book."""

    @property
    def channel(self) -> str:
        """The OKX channel the book follows, e.g. `books`."""

    @property
    def inst_id(self) -> str:
        """The instrument id (the spread id on spread books)."""

    @property
    def status(self) -> Literal["syncing", "synced", "stale", "closed"]:
        """ "syncing", "synced", "stale" (disconnected, or no push within
        `stale_after_secs`) or "closed"."""

    @property
    def is_synced(self) -> bool:
        """True when the book is complete and current (reads succeed)."""

    @property
    def seq_id(self) -> int | None:
        """OKX `seqId` of the last push applied; None before the first."""

    @property
    def ts(self) -> int:
        """OKX's time of the book, Unix milliseconds."""

    @property
    def best_bid(self) -> tuple[Decimal, Decimal] | None:
        """Best bid as (price, size), or None when there is no bid."""

    @property
    def best_ask(self) -> tuple[Decimal, Decimal] | None:
        """Best ask as (price, size), or None when there is no ask."""

    @property
    def spread(self) -> Decimal | None:
        """Best ask minus best bid, or None when a side is empty."""

    @property
    def mid(self) -> Decimal | None:
        """(best bid + best ask) / 2, or None when a side is empty."""

    @overload
    def bids(
        self, n: int | None = None, *, exact: Literal[True] = True
    ) -> list[tuple[Decimal, Decimal]]:
        """The best `n` bids (all when None), highest first, as (price, size): `Decimal`s,
        or floats with `exact=False` (about 10x cheaper, not exact beyond ~15 digits)."""

    @overload
    def bids(self, n: int | None = None, *, exact: Literal[False]) -> list[tuple[float, float]]: ...
    @overload
    def asks(
        self, n: int | None = None, *, exact: Literal[True] = True
    ) -> list[tuple[Decimal, Decimal]]:
        """The best `n` asks (all when None), lowest first, as (price, size): `Decimal`s,
        or floats with `exact=False`."""

    @overload
    def asks(self, n: int | None = None, *, exact: Literal[False]) -> list[tuple[float, float]]: ...
    def bids_array(self, n: int | None = None) -> Any:
        """The best `n` bids as a numpy float64 array of shape (k, 2): price, size. Needs
        numpy (ImportError without it); floats, so not exact beyond ~15 digits."""

    def asks_array(self, n: int | None = None) -> Any:
        """The best `n` asks as a numpy float64 array of shape (k, 2). See `bids_array`."""

    def snapshot(self, depth: int | None = None) -> OrderBook:
        """Both sides at once (the best `depth` levels each, all when None) as an
        `OrderBook` with OKX's exact strings, `ts` and `seq_id`: one consistent copy."""

    def checksum(self) -> int:
        """OKX's CRC32 checksum of the book as it is now (signed, best 25 levels)."""

    def stats(self) -> dict[str, int]:
        """Counters: pushes, ws_snapshots, rest_snapshots, gaps, checksum_mismatches,
        duplicates, resubscribes."""

    async def wait_update(self, timeout: float | None = None) -> int | None:
        """Waits for the next change of the book or its status and returns `seq_id`.

        Raises:
            OkxTimeoutError: nothing changed within `timeout` seconds."""

@final
class WsClient:
    """OKX WebSocket client: subscriptions are routed to the URL that serves them
    (public, private or business), kept alive with pings, and restored after every
    reconnect. Messages arrive through `recv()`, `recv_batch()` or `async for` as dicts:
    `type` is "data", "event", "pong", "channel_conn_count", "channel_conn_count_error"
    or "unknown"; data messages carry `channel`, `arg`, `action` and `data` (OKX's
    items, exact strings); events carry `event`, `code`, `msg`, `arg`, `conn_id` and
    `url` ("public", "private" or "business")."""

    @staticmethod
    async def connect_public(
        config: Config,
        max_reconnect_attempts: int | None = None,
        ping_interval_secs: float = 20.0,
        pong_timeout_secs: float = 10.0,
    ) -> WsClient:
        """Connects to the public WebSocket; business and private connections open when a
        subscription needs them."""

    @staticmethod
    async def connect_private(
        config: Config,
        max_reconnect_attempts: int | None = None,
        ping_interval_secs: float = 20.0,
        pong_timeout_secs: float = 10.0,
    ) -> WsClient:
        """Connects to the private WebSocket and logs in.

        Raises:
            OkxAuthError: OKX refused the login."""

    async def subscribe(self, channel: str, **args: str) -> None:
        """Subscribes any channel: `subscribe("tickers", inst_id="BTC-USDT")`. Argument
        names may be snake_case or OKX's camelCase. Completes on OKX's ack."""

    async def unsubscribe(self, channel: str, **args: str) -> None:
        """Unsubscribes a channel subscribed with the same arguments."""

    async def recv(self) -> dict[str, Any] | None:
        """The next message, or None once the client is closed; completes at once when a
        message is queued."""

    async def recv_batch(self, max: int = 256) -> list[dict[str, Any]]:
        """Every queued message (up to `max`), waiting only when none is queued; an empty
        list once the client is closed."""

    def __aiter__(self) -> WsClient: ...
    async def __anext__(self) -> dict[str, Any]: ...
    def is_connected(self) -> bool:
        """True while every opened connection is up."""

    async def reconnect(self) -> None:
        """Drops and re-opens every connection, logs in again and restores every
        subscription."""

    async def close(self) -> None:
        """Closes every connection; `recv()` then returns the queued messages and None."""

    def order_book(self, inst_id: str, channel: str = "books") -> LiveOrderBook | None:
        """The `LiveOrderBook` kept for `inst_id` on `channel`, or None when
        `subscribe_orderbook` was not called for them (or they were unsubscribed)."""

    def latency(self) -> dict[str, dict[str, int | None]]:
        """Round trips of this client's order operations per op (`"WS order"`), as
        `OkxClient.latency()`; `okx_p50_us` from the replies' `inTime`/`outTime`."""

    def subscription_count(self) -> int:
        """Active subscriptions over all connections."""

    async def login_with_timestamp(self, timestamp_unix: int) -> None:
        """Logs in on the private connection with a caller-supplied Unix time in seconds."""

    # --- generated: channels ---
    async def subscribe_tickers(self, inst_id: str) -> None:
        """Latest price, best bid/ask and 24 h volume of one instrument, at most every 100 ms.

        OKX channel `tickers` on the public URL. Awaitable."""
    async def subscribe_trades(self, inst_id: str) -> None:
        """Public trades of one instrument, one push per taker order, price and source.

        OKX channel `trades` on the public URL. Awaitable."""
    async def subscribe_trades_all(self, inst_id: str) -> None:
        """Every public trade of one instrument, one trade per push.

        OKX channel `trades-all` on the business URL. Awaitable."""
    async def subscribe_orderbook(
        self,
        inst_id: str,
        channel: str = "books",
        *,
        messages: bool = True,
        stale_after_secs: float = 90.0,
    ) -> LiveOrderBook:
        """Subscribes an order-book channel and keeps the book in Rust; returns its
        `LiveOrderBook`. `channel`: books (400 levels), books5, bbo-tbt, books50-l2-tbt,
        books-l2-tbt, books-rpi, books-elp, or a spread book (sprd-books5, sprd-bbo-tbt,
        sprd-books-l2-tbt, with the spread id as `inst_id`). The WS snapshot is used when
        one comes; otherwise, and after any gap in seqId/prevSeqId or a non-zero checksum
        that does not match, the book is rebuilt from `GET /api/v5/market/books` with the
        buffered updates bridged onto it. The pushes are also delivered through `recv()`;
        a bot that only reads the book passes `messages=False` (no Python work per push,
        and an unread queue cannot fill up and pause the connection). `stale_after_secs`:
        a book without any push for this long reads as stale. Subscribing the same
        channel and instrument again returns the same book.

        OKX channel `books` (or `channel`) on the public URL (business for spread books).
        Awaitable."""
    async def subscribe_books5(self, inst_id: str) -> None:
        """Top 5 levels of the order book, a full snapshot every 100 ms when they change.

        OKX channel `books5` on the public URL. Awaitable."""
    async def subscribe_bbo_tbt(self, inst_id: str) -> None:
        """Best bid and ask, a snapshot every 10 ms when they change.

        OKX channel `bbo-tbt` on the public URL. Awaitable."""
    async def subscribe_books50_l2_tbt(self, inst_id: str) -> None:
        """50-level order book, snapshot then 10 ms updates; needs login and VIP4.

        OKX channel `books50-l2-tbt` on the public URL. Awaitable."""
    async def subscribe_books_l2_tbt(self, inst_id: str) -> None:
        """400-level order book, snapshot then 10 ms updates; needs login and VIP4.

        OKX channel `books-l2-tbt` on the public URL. Awaitable."""
    async def subscribe_books_rpi(self, inst_id: str) -> None:
        """400-level order book with retail price improvement quantities, 100 ms updates.

        OKX channel `books-rpi` on the public URL. Awaitable."""
    async def subscribe_books_elp(self, inst_id: str) -> None:
        """Enhanced liquidity program orders only (deprecated by OKX: use books-rpi).

        OKX channel `books-elp` on the public URL. Awaitable."""
    async def subscribe_candles(self, inst_id: str, interval: str = "1m") -> None:
        """Candlesticks of one instrument, at most one push per second.

        OKX channel `candle` on the business URL. Awaitable."""
    async def subscribe_mark_price(self, inst_id: str) -> None:
        """Mark price of one instrument: every 200 ms when it changes, else every 10 s.

        OKX channel `mark-price` on the public URL. Awaitable."""
    async def subscribe_mark_price_candles(self, inst_id: str, interval: str = "1m") -> None:
        """Mark-price candlesticks of one instrument, at most one push per second.

        OKX channel `mark-price-candle` on the business URL. Awaitable."""
    async def subscribe_index_tickers(self, inst_id: str) -> None:
        """Index price of one index (e.g. `BTC-USDT`), every 100 ms when it changes.

        OKX channel `index-tickers` on the public URL. Awaitable."""
    async def subscribe_index_candles(self, inst_id: str, interval: str = "1m") -> None:
        """Index candlesticks of one index, at most one push per second.

        OKX channel `index-candle` on the business URL. Awaitable."""
    async def subscribe_funding_rate(self, inst_id: str) -> None:
        """Funding rate of one perpetual swap, every 30 to 90 s.

        OKX channel `funding-rate` on the public URL. Awaitable."""
    async def subscribe_open_interest(self, inst_id: str) -> None:
        """Open interest of one instrument, every 3 s when it changes.

        OKX channel `open-interest` on the public URL. Awaitable."""
    async def subscribe_price_limit(self, inst_id: str) -> None:
        """Highest buy and lowest sell price limits of one instrument, when they change.

        OKX channel `price-limit` on the public URL. Awaitable."""
    async def subscribe_estimated_price(
        self,
        inst_type: str,
        inst_family: str | None = None,
        inst_id: str | None = None,
    ) -> None:
        """Estimated delivery, exercise or settlement price in the 30 minutes before it.

        OKX channel `estimated-price` on the public URL. Awaitable."""
    async def subscribe_liquidation_orders(self, inst_type: str) -> None:
        """Liquidation orders of one instrument type (not every liquidation is pushed).

        OKX channel `liquidation-orders` on the public URL. Awaitable."""
    async def subscribe_opt_summary(self, inst_family: str) -> None:
        """Greeks and implied volatilities of every option of one family.

        OKX channel `opt-summary` on the public URL. Awaitable."""
    async def subscribe_option_trades(
        self,
        inst_type: str,
        inst_id: str | None = None,
        inst_family: str | None = None,
    ) -> None:
        """Every option trade of one instrument or family, one per push.

        OKX channel `option-trades` on the public URL. Awaitable."""
    async def subscribe_instruments(self, inst_type: str) -> None:
        """Instrument listings, delistings and rule changes of one instrument type.

        OKX channel `instruments` on the public URL. Awaitable."""
    async def subscribe_status(self) -> None:
        """OKX system maintenance announcements.

        OKX channel `status` on the public URL. Awaitable."""
    async def subscribe_adl_warning(self, inst_type: str, inst_family: str | None = None) -> None:
        """Auto-deleveraging warnings of one instrument type, once a second while active.

        OKX channel `adl-warning` on the public URL. Awaitable."""
    async def subscribe_call_auction_details(self, inst_id: str) -> None:
        """Call-auction details of one instrument (e.g. auction end time).

        OKX channel `call-auction-details` on the public URL. Awaitable."""
    async def subscribe_event_contract_markets(self, inst_type: str) -> None:
        """Status changes of event-contract markets.

        OKX channel `event-contract-markets` on the public URL. Awaitable."""
    async def subscribe_economic_calendar(self) -> None:
        """Macro-economic calendar updates (production only, VIP1 and above).

        OKX channel `economic-calendar` on the business URL. Awaitable."""
    async def subscribe_sprd_bbo_tbt(self, sprd_id: str) -> None:
        """Best bid and ask of one spread, every 10 ms when they change.

        OKX channel `sprd-bbo-tbt` on the business URL. Awaitable."""
    async def subscribe_sprd_books5(self, sprd_id: str) -> None:
        """Top 5 levels of one spread's book, every 100 ms when they change.

        OKX channel `sprd-books5` on the business URL. Awaitable."""
    async def subscribe_sprd_books_l2_tbt(self, sprd_id: str) -> None:
        """400-level spread book, snapshot then 10 ms updates with checksum.

        OKX channel `sprd-books-l2-tbt` on the business URL. Awaitable."""
    async def subscribe_sprd_public_trades(self, sprd_id: str) -> None:
        """Public trades of one spread, one per push.

        OKX channel `sprd-public-trades` on the business URL. Awaitable."""
    async def subscribe_sprd_tickers(self, sprd_id: str) -> None:
        """Ticker of one spread, at most every 100 ms on a trade or top-of-book change.

        OKX channel `sprd-tickers` on the business URL. Awaitable."""
    async def subscribe_sprd_candles(self, sprd_id: str, interval: str = "1m") -> None:
        """Candlesticks of one spread, at most one push per second.

        OKX channel `sprd-candle` on the business URL. Awaitable."""
    async def subscribe_block_tickers(self, inst_id: str) -> None:
        """Block-trading ticker of one instrument, on block trades and every 5 minutes.

        OKX channel `block-tickers` on the business URL. Awaitable."""
    async def subscribe_public_block_trades(self, inst_id: str) -> None:
        """Public block trades of one instrument, 15 minutes after execution.

        OKX channel `public-block-trades` on the business URL. Awaitable."""
    async def subscribe_public_struc_block_trades(self) -> None:
        """Public structured block trades, 15 minutes after execution.

        OKX channel `public-struc-block-trades` on the business URL. Awaitable."""
    async def subscribe_account(
        self,
        ccy: str | None = None,
        extra_params: str | None = None,
    ) -> None:
        """Balances: a snapshot of non-zero ones, then changes; `extra_params` is a JSON string.

        OKX channel `account` on the private URL. Awaitable."""
    async def subscribe_positions(
        self,
        inst_type: str,
        inst_id: str | None = None,
        inst_family: str | None = None,
        extra_params: str | None = None,
    ) -> None:
        """Positions: a snapshot of non-zero ones, then changes and periodic pushes.

        OKX channel `positions` on the private URL. Awaitable."""
    async def subscribe_balance_and_position(self) -> None:
        """Balances and positions together: a snapshot, then changes on fills and transfers.

        OKX channel `balance_and_position` on the private URL. Awaitable."""
    async def subscribe_orders(
        self,
        inst_type: str,
        inst_id: str | None = None,
        inst_family: str | None = None,
    ) -> None:
        """Order changes (nothing is pushed on subscribe).

        OKX channel `orders` on the private URL. Awaitable."""
    async def subscribe_fills(self, inst_id: str | None = None) -> None:
        """Fills of the account's orders (VIP4 and above).

        OKX channel `fills` on the private URL. Awaitable."""
    async def subscribe_liquidation_warning(
        self,
        inst_type: str,
        inst_id: str | None = None,
        inst_family: str | None = None,
    ) -> None:
        """Warnings when positions approach liquidation.

        OKX channel `liquidation-warning` on the private URL. Awaitable."""
    async def subscribe_account_greeks(self, ccy: str | None = None) -> None:
        """Account greeks: a snapshot, periodic pushes and changes.

        OKX channel `account-greeks` on the private URL. Awaitable."""
    async def subscribe_orders_algo(
        self,
        inst_type: str,
        inst_id: str | None = None,
        inst_family: str | None = None,
    ) -> None:
        """Algo (trigger, OCO, conditional) order changes.

        OKX channel `orders-algo` on the business URL. Awaitable."""
    async def subscribe_algo_advance(
        self,
        inst_type: str,
        inst_id: str | None = None,
        algo_id: str | None = None,
    ) -> None:
        """Advanced algo (iceberg, TWAP, trailing) orders: pushed on subscribe, then changes.

        OKX channel `algo-advance` on the business URL. Awaitable."""
    async def subscribe_deposit_info(self, ccy: str | None = None) -> None:
        """Deposits, when one starts or changes state.

        OKX channel `deposit-info` on the business URL. Awaitable."""
    async def subscribe_withdrawal_info(self, ccy: str | None = None) -> None:
        """Withdrawals, when one starts or changes state.

        OKX channel `withdrawal-info` on the business URL. Awaitable."""
    async def subscribe_grid_orders_spot(
        self,
        inst_type: str,
        inst_id: str | None = None,
        algo_id: str | None = None,
    ) -> None:
        """Spot grid algo orders: changes and periodic pushes.

        OKX channel `grid-orders-spot` on the business URL. Awaitable."""
    async def subscribe_grid_orders_contract(
        self,
        inst_type: str,
        inst_id: str | None = None,
        algo_id: str | None = None,
    ) -> None:
        """Contract grid algo orders: changes and periodic pushes.

        OKX channel `grid-orders-contract` on the business URL. Awaitable."""
    async def subscribe_grid_positions(self, algo_id: str) -> None:
        """Positions of one contract grid.

        OKX channel `grid-positions` on the business URL. Awaitable."""
    async def subscribe_grid_sub_orders(self, algo_id: str) -> None:
        """Sub-orders of one grid.

        OKX channel `grid-sub-orders` on the business URL. Awaitable."""
    async def subscribe_algo_recurring_buy(
        self,
        inst_type: str,
        algo_id: str | None = None,
    ) -> None:
        """Recurring-buy algo orders: changes and periodic pushes.

        OKX channel `algo-recurring-buy` on the business URL. Awaitable."""
    async def subscribe_copytrading_lead_notification(
        self,
        inst_type: str,
        inst_id: str | None = None,
    ) -> None:
        """Notifications to a lead trader when a lead trade fails.

        OKX channel `copytrading-lead-notification` on the business URL. Awaitable."""
    async def subscribe_sprd_orders(self, sprd_id: str | None = None) -> None:
        """Spread order changes (nothing is pushed on subscribe).

        OKX channel `sprd-orders` on the business URL. Awaitable."""
    async def subscribe_sprd_trades(self, sprd_id: str | None = None) -> None:
        """Spread fills and rejections.

        OKX channel `sprd-trades` on the business URL. Awaitable."""
    async def subscribe_rfqs(self) -> None:
        """Block-trading RFQs sent or received.

        OKX channel `rfqs` on the business URL. Awaitable."""
    async def subscribe_quotes(self) -> None:
        """Block-trading quotes sent or received.

        OKX channel `quotes` on the business URL. Awaitable."""
    async def subscribe_struc_block_trades(self) -> None:
        """The account's structured block trades.

        OKX channel `struc-block-trades` on the business URL. Awaitable."""
    # --- end generated: channels ---
    # --- generated: order operations ---
    async def amend_batch_orders(
        self,
        orders: list[_AmendBatchOrdersItem],
        *,
        timeout_secs: float | None = None,
        exp_time_ms: int | None = None,
    ) -> list[OrderAck]:
        """Amends batch orders (up to 20 items per request; needs Trade permission). Over the
        WebSocket: op `batch-amend-orders`, OKX's reply matched by request id. Retried where OKX
        cannot have acted; an unknown outcome is resolved first.

        The same as `OkxClient.amend_batch_orders` (`POST /api/v5/trade/amend-batch-orders`),
        sharing its rate limit. `timeout_secs`: how long to wait for the reply (default
        `Config.timeout_secs`); `exp_time_ms`: the `expTime` sent on place/amend (Unix ms, OKX's
        clock; default now + `Config.order_expiry_secs`)."""
    async def amend_order(
        self,
        inst_id: str,
        cxl_on_fail: bool | None = None,
        ord_id: str | None = None,
        cl_ord_id: str | None = None,
        req_id: str | None = None,
        new_sz: str | int | float | Decimal | None = None,
        new_px: str | int | float | Decimal | None = None,
        speed_bump: str | None = None,
        new_px_usd: str | int | float | Decimal | None = None,
        new_px_vol: str | int | float | Decimal | None = None,
        px_amend_type: str | None = None,
        attach_algo_ords: list[dict[str, Any]] | None = None,
        rpi_taker_access: str | None = None,
        rpi_px_round: str | None = None,
        *,
        timeout_secs: float | None = None,
        exp_time_ms: int | None = None,
    ) -> OrderAck:
        """Amends order (needs Trade permission). Over the WebSocket: op `amend-order`, OKX's
        reply matched by request id. Retried where OKX cannot have acted; an unknown outcome is
        resolved first.

        The same as `OkxClient.amend_order` (`POST /api/v5/trade/amend-order`), sharing its rate
        limit. `timeout_secs`: how long to wait for the reply (default `Config.timeout_secs`);
        `exp_time_ms`: the `expTime` sent on place/amend (Unix ms, OKX's clock; default now +
        `Config.order_expiry_secs`)."""
    async def place_batch_orders(
        self,
        orders: list[_PlaceBatchOrdersItem],
        *,
        timeout_secs: float | None = None,
        exp_time_ms: int | None = None,
    ) -> list[OrderAck]:
        """Places batch orders (up to 20 items per request; needs Trade permission). Over the
        WebSocket: op `batch-orders`, OKX's reply matched by request id. A `clOrdId` is generated
        for every order without one; an attempt whose outcome is unknown is resolved by querying
        that `clOrdId` before any resend.

        The same as `OkxClient.place_batch_orders` (`POST /api/v5/trade/batch-orders`), sharing
        its rate limit. `timeout_secs`: how long to wait for the reply (default
        `Config.timeout_secs`); `exp_time_ms`: the `expTime` sent on place/amend (Unix ms, OKX's
        clock; default now + `Config.order_expiry_secs`)."""
    async def cancel_batch_orders(
        self,
        orders: list[_CancelBatchOrdersItem],
        *,
        timeout_secs: float | None = None,
        exp_time_ms: int | None = None,
    ) -> list[OrderAck]:
        """Cancels batch orders (up to 20 items per request; needs Trade permission). Over the
        WebSocket: op `batch-cancel-orders`, OKX's reply matched by request id. Retried where OKX
        cannot have acted; an unknown outcome is resolved first.

        The same as `OkxClient.cancel_batch_orders` (`POST /api/v5/trade/cancel-batch-orders`),
        sharing its rate limit. `timeout_secs`: how long to wait for the reply (default
        `Config.timeout_secs`); `exp_time_ms`: the `expTime` sent on place/amend (Unix ms, OKX's
        clock; default now + `Config.order_expiry_secs`)."""
    async def cancel_order(
        self,
        inst_id: str,
        ord_id: str | None = None,
        cl_ord_id: str | None = None,
        *,
        timeout_secs: float | None = None,
        exp_time_ms: int | None = None,
    ) -> OrderAck:
        """Cancels one order by ordId or clOrdId. Over the WebSocket: op `cancel-order`, OKX's
        reply matched by request id. Retried where OKX cannot have acted; an unknown outcome is
        resolved first.

        The same as `OkxClient.cancel_order` (`POST /api/v5/trade/cancel-order`), sharing its
        rate limit. `timeout_secs`: how long to wait for the reply (default
        `Config.timeout_secs`); `exp_time_ms`: the `expTime` sent on place/amend (Unix ms, OKX's
        clock; default now + `Config.order_expiry_secs`)."""
    async def mass_cancel(
        self,
        inst_type: str,
        inst_family: str,
        lock_interval: str | None = None,
        *,
        timeout_secs: float | None = None,
        exp_time_ms: int | None = None,
    ) -> list[dict[str, Any]]:
        """Mass cancel (needs Trade permission). Over the WebSocket: op `mass-cancel`, OKX's
        reply matched by request id.

        The same as `OkxClient.mass_cancel` (`POST /api/v5/trade/mass-cancel`), sharing its rate
        limit. `timeout_secs`: how long to wait for the reply (default `Config.timeout_secs`);
        `exp_time_ms`: the `expTime` sent on place/amend (Unix ms, OKX's clock; default now +
        `Config.order_expiry_secs`)."""
    async def place_order(
        self,
        inst_id: str,
        td_mode: str,
        side: str,
        ord_type: str,
        sz: str | int | float | Decimal,
        px: str | int | float | Decimal | None = None,
        cl_ord_id: str | None = None,
        ccy: str | None = None,
        tag: str | None = None,
        pos_side: str | None = None,
        tgt_ccy: str | None = None,
        stp_mode: str | None = None,
        *,
        timeout_secs: float | None = None,
        exp_time_ms: int | None = None,
    ) -> OrderAck:
        """Places an order; returns its ordId and clOrdId. Over the WebSocket: op `order`, OKX's
        reply matched by request id. A `clOrdId` is generated for every order without one; an
        attempt whose outcome is unknown is resolved by querying that `clOrdId` before any
        resend.

        The same as `OkxClient.place_order` (`POST /api/v5/trade/order`), sharing its rate limit.
        `timeout_secs`: how long to wait for the reply (default `Config.timeout_secs`);
        `exp_time_ms`: the `expTime` sent on place/amend (Unix ms, OKX's clock; default now +
        `Config.order_expiry_secs`)."""
    async def amend_spread_order(
        self,
        ord_id: str | None = None,
        cl_ord_id: str | None = None,
        req_id: str | None = None,
        new_sz: str | int | float | Decimal | None = None,
        new_px: str | int | float | Decimal | None = None,
        *,
        timeout_secs: float | None = None,
        exp_time_ms: int | None = None,
    ) -> list[dict[str, Any]]:
        """Amends spread order (needs Trade permission). Over the WebSocket: op
        `sprd-amend-order`, OKX's reply matched by request id.

        The same as `OkxClient.amend_spread_order` (`POST /api/v5/sprd/amend-order`), sharing its
        rate limit. `timeout_secs`: how long to wait for the reply (default
        `Config.timeout_secs`); `exp_time_ms`: the `expTime` sent on place/amend (Unix ms, OKX's
        clock; default now + `Config.order_expiry_secs`)."""
    async def cancel_spread_order(
        self,
        ord_id: str | None = None,
        cl_ord_id: str | None = None,
        *,
        timeout_secs: float | None = None,
        exp_time_ms: int | None = None,
    ) -> list[dict[str, Any]]:
        """Cancels spread order (needs Trade permission). Over the WebSocket: op
        `sprd-cancel-order`, OKX's reply matched by request id.

        The same as `OkxClient.cancel_spread_order` (`POST /api/v5/sprd/cancel-order`), sharing
        its rate limit. `timeout_secs`: how long to wait for the reply (default
        `Config.timeout_secs`); `exp_time_ms`: the `expTime` sent on place/amend (Unix ms, OKX's
        clock; default now + `Config.order_expiry_secs`)."""
    async def cancel_all_spread_orders(
        self,
        sprd_id: str | None = None,
        *,
        timeout_secs: float | None = None,
        exp_time_ms: int | None = None,
    ) -> list[dict[str, Any]]:
        """Cancels all spread orders (needs Trade permission). Over the WebSocket: op
        `sprd-mass-cancel`, OKX's reply matched by request id.

        The same as `OkxClient.cancel_all_spread_orders` (`POST /api/v5/sprd/mass-cancel`),
        sharing its rate limit. `timeout_secs`: how long to wait for the reply (default
        `Config.timeout_secs`); `exp_time_ms`: the `expTime` sent on place/amend (Unix ms, OKX's
        clock; default now + `Config.order_expiry_secs`)."""
    async def place_spread_order(
        self,
        sprd_id: str,
        side: str,
        ord_type: str,
        sz: str | int | float | Decimal,
        px: str | int | float | Decimal,
        cl_ord_id: str | None = None,
        tag: str | None = None,
        *,
        timeout_secs: float | None = None,
        exp_time_ms: int | None = None,
    ) -> list[dict[str, Any]]:
        """Places spread order (needs Trade permission). Over the WebSocket: op `sprd-order`,
        OKX's reply matched by request id.

        The same as `OkxClient.place_spread_order` (`POST /api/v5/sprd/order`), sharing its rate
        limit. `timeout_secs`: how long to wait for the reply (default `Config.timeout_secs`);
        `exp_time_ms`: the `expTime` sent on place/amend (Unix ms, OKX's clock; default now +
        `Config.order_expiry_secs`)."""
    # --- end generated: order operations ---

@final
class MockExchange:
    """A local OKX-compatible exchange on 127.0.0.1 (random port by default). Use it as a
    context manager; `config()` gives a Config pointed at it with credentials it accepts."""

    def __new__(
        cls,
        port: int = 0,
        simulated: bool = True,
        tls: bool = False,
        book_mode: Literal["okx", "legacy", "announced"] = "okx",
    ) -> MockExchange: ...
    def config(
        self,
        timeout_secs: float = 30.0,
        with_credentials: bool = True,
        *,
        rate_limit: Literal["wait", "fail_fast", "off"] = "wait",
        sync_clock: bool = False,
        order_expiry_secs: float = 5.0,
    ) -> Config:
        """A Config pointed at this exchange, with its test credentials. `rate_limit` and
        `order_expiry_secs` as `Config`'s; `sync_clock` is off by default here: the mock's
        clock is this machine's until `set_clock_offset_ms` moves it, and a first
        `GET /api/v5/public/time` would take a fault injected for the request under test."""

    @property
    def rest_url(self) -> str:
        """The REST base URL, e.g. `http://127.0.0.1:54321`."""

    @property
    def ws_public_url(self) -> str:
        """The public WebSocket URL."""

    @property
    def ws_private_url(self) -> str:
        """The private WebSocket URL."""

    @property
    def ws_business_url(self) -> str:
        """The business WebSocket URL."""

    @property
    def port(self) -> int:
        """The TCP port on 127.0.0.1."""

    @property
    def simulated(self) -> bool:
        """True when the test key is a demo-trading key."""

    @property
    def api_key(self) -> str:
        """The test API key, for pointing other clients at this exchange."""

    @property
    def secret_key(self) -> str:
        """The test secret key (a fixed test value, not a real secret)."""

    @property
    def passphrase(self) -> str:
        """The test passphrase."""

    @property
    def credentials(self) -> Credentials:
        """The test credentials as a Credentials object."""

    @property
    def request_count(self) -> int:
        """REST requests served so far."""

    def requests(self, path: str | None = None) -> list[dict[str, Any]]:
        """The last REST requests the exchange received (at most 1,000), oldest first; only
        those for `path` (e.g. `"/api/v5/trade/order"`) when given. Each is a dict with
        `method`, `path`, `query` (dict of str, percent-decoded), `body` (parsed JSON, or
        None when empty or not JSON), `signed` (an `OK-ACCESS-SIGN` header was sent),
        `verified` (the `OK-ACCESS-*` headers passed the private-endpoint checks) and `ts`
        (arrival, Unix ms)."""

    def clear_requests(self) -> None:
        """Forgets the recorded requests."""

    def set_balance(self, ccy: str, amount: str) -> None:
        """Sets the available balance of one currency of the test account."""

    def set_price(self, inst_id: str, price: str) -> None:
        """Moves an instrument's last price and re-centres its book around it."""

    def inject_http_error(
        self, status: int, body: str = "", path: str | None = None, times: int = 1
    ) -> None:
        """Answers the next `times` matching requests with HTTP `status` and `body`."""

    def inject_okx_error(
        self,
        code: str,
        msg: str = "",
        path: str | None = None,
        http_status: int = 200,
        times: int = 1,
    ) -> None:
        """Answers the next `times` matching requests with OKX error `code` and `msg`."""

    def inject_answer(
        self,
        body: str | dict[str, Any],
        path: str | None = None,
        times: int = 1,
        http_status: int = 200,
    ) -> None:
        """Answers the next `times` matching requests with `body` verbatim (a dict is sent as its
        JSON text) as `application/json` with HTTP `http_status`, e.g. a recorded OKX answer."""

    def inject_rate_limit(self, path: str | None = None, times: int = 1) -> None:
        """Answers the next `times` matching requests with HTTP 429 and code 50011."""

    def inject_delay(self, secs: float, path: str | None = None, times: int = 1) -> None:
        """Delays the next `times` matching answers by `secs` seconds."""

    def inject_disconnect(self, path: str | None = None, times: int = 1) -> None:
        """Drops the connection of the next `times` matching requests without an answer."""

    def clear_faults(self) -> None:
        """Removes every injected fault not yet used, `inject_after_execute` ones included."""

    def inject_after_execute(
        self,
        action: Literal["50004", "drop", "delay"],
        target: str | None = None,
        times: int = 1,
        delay_secs: float = 0.0,
    ) -> None:
        """Executes the next `times` matching order requests, then misbehaves: "50004" answers
        OKX's 50004 "API endpoint request timeout" instead of the real answer (REST HTTP 200
        with empty `data`, WebSocket a reply with code 50004), "drop" closes the connection
        without an answer (REST cuts the TCP connection, WebSocket the socket), "delay"
        answers after `delay_secs`. `target` is a REST path (its POST requests, e.g.
        "/api/v5/trade/order") or a WebSocket op ("order", "batch-orders", ...); None matches
        every request that places, amends or cancels orders, REST or WebSocket.

        Raises:
            ValueError: unknown `action`, `times` below 1, a negative `delay_secs`, or a
                `target` path not starting with "/" that is no order op either."""

    def enforce_rate_limits(self, enabled: bool = True, sub_account_limit: int = 1000) -> None:
        """Turns rate-limit enforcement on (or off with `enabled=False`). While on, every REST
        request and WebSocket order op is counted in OKX's sliding windows: each endpoint's
        limit from the endpoint table (one bucket per instrument for place/amend/cancel, one
        unit per order on batch endpoints, a one-order batch charged to the single-order
        endpoint; WebSocket ops share their REST twin's bucket), plus `sub_account_limit` new
        and amended orders per 2 s. Over a limit the request is refused without executing or
        counting: HTTP 429 / code 50011 for an endpoint, HTTP 200 / code 50061 for the
        sub-account (WebSocket replies carry the same codes). Stats stay when turned off.

        Raises:
            ValueError: `sub_account_limit` below 1."""

    def rate_limit_stats(self) -> dict[str, Any]:
        """What rate-limit enforcement saw: {"rejected": requests refused, "buckets": {name:
        {"limit": int, "window_ms": int, "peak": most units ever inside one window}}}, with
        names like "POST /api/v5/trade/order BTC-USDT", "GET /api/v5/public/time" and
        "sub-account"."""

    def clear_rate_limit_stats(self) -> None:
        """Forgets the rate-limit stats and what the windows hold."""

    def set_clock_offset_ms(self, ms: int) -> None:
        """Shifts the exchange's clock by `ms` milliseconds from this machine's (0 at start):
        `public/time`, `ts` fields, the 30 s `OK-ACCESS-TIMESTAMP` window (50102), the
        WebSocket login window (60006) and `expTime` checks (50037) follow it."""

    def set_cancel_all_after_scale(self, f: float) -> None:
        """Multiplies the `cancel-all-after` timer by `f` (1.0 at start): 0.05 makes `timeOut`
        "10" fire after 0.5 s; `triggerTime` reports the scaled time.

        Raises:
            ValueError: `f` is not a positive finite number."""

    def orders(self, cl_ord_id: str | None = None) -> list[dict[str, Any]]:
        """Every order the account ever had (any state; the newest 20,000 final ones), oldest
        first, as the dicts `GET /api/v5/trade/order` answers; only those with this
        `clOrdId` when given."""

    def fills(self) -> list[dict[str, Any]]:
        """Every fill of the account (the newest 20,000), oldest first, as the dicts
        `GET /api/v5/trade/fills` answers (with `tradeId` and `billId`)."""

    def set_book_mode(self, mode: Literal["okx", "legacy", "announced"]) -> None:
        """Sets how `books`, `books-l2-tbt` and `books50-l2-tbt` are published: "okx" (a
        snapshot on subscribe, then updates, checksum 0), "legacy" (the same with real CRC-32
        checksums) or "announced" (no snapshot: start from REST `market/books`).

        Raises:
            ValueError: `mode` is not one of those."""

    def book_gap(self, inst_id: str | None = None) -> None:
        """Skips one update of the incremental book channels of `inst_id` (every instrument when
        None): the next update's `prevSeqId` is not the last `seqId` sent.

        Raises:
            ValueError: `inst_id` is not a listed instrument."""

    def book_duplicate(self, inst_id: str | None = None) -> None:
        """Sends the last update of the incremental book channels of `inst_id` (every instrument
        when None) once more, unchanged.

        Raises:
            ValueError: `inst_id` is not a listed instrument."""

    def book_reset(self, inst_id: str | None = None) -> None:
        """Restarts the `seqId` of `inst_id` (every instrument when None) at a small value, as
        after OKX maintenance: the next update's `seqId` is below its `prevSeqId`, and REST
        `market/books` continues from it.

        Raises:
            ValueError: `inst_id` is not a listed instrument."""

    def book_keepalive(self, inst_id: str | None = None) -> None:
        """Sends a keep-alive on the book channels of `inst_id` (every instrument when None): an
        update with no levels and `prevSeqId` == `seqId` == the last `seqId`; `books5` and
        `bbo-tbt` repeat their latest snapshot.

        Raises:
            ValueError: `inst_id` is not a listed instrument."""

    def book_bad_checksum(self, inst_id: str | None = None) -> None:
        """Gives the next update of the incremental book channels of `inst_id` (every instrument
        when None) a wrong, non-zero checksum (meaningful in the "legacy" book mode).

        Raises:
            ValueError: `inst_id` is not a listed instrument."""

    def book_delay_snapshot(self, secs: float, inst_id: str | None = None) -> None:
        """Sends the next subscriber of an incremental book channel of `inst_id` (any instrument
        when None) its snapshot `secs` late, and nothing of that channel before it.

        Raises:
            ValueError: `secs` is negative or not finite, or `inst_id` is not listed."""

    def pause_market(self) -> None:
        """Freezes the synthetic market: books change only through orders, `set_price` and book
        faults; pushes and keep-alives go on."""

    def resume_market(self) -> None:
        """Lets the synthetic market move again after `pause_market`."""

    @property
    def ca_cert_pem(self) -> str | None:
        """The self-signed certificate (PEM) of a `tls=True` exchange; None without TLS."""

    @property
    def ws_connection_count(self) -> int:
        """Open WebSocket connections."""

    @property
    def ws_subscription_count(self) -> int:
        """Active WebSocket subscriptions over all connections."""

    def ws_drop_all(self) -> None:
        """Closes every WebSocket connection at once, without a close frame."""

    def ws_half_open(self, secs: float) -> None:
        """Goes half-open for `secs`: connections stay open but nothing is answered or pushed."""

    def ws_notice(self) -> None:
        """Sends OKX's `notice` 64008 (service upgrade, reconnect soon) on every connection."""

    def ws_close(self, code: int = 4004) -> None:
        """Closes every WebSocket connection with close `code`."""

    def ws_refuse_logins(self, times: int = 1) -> None:
        """Refuses the next `times` WebSocket logins with 60009."""

    def ws_delay(self, secs: float) -> None:
        """Delays every outgoing WebSocket frame for the next `secs`."""

    def ws_flood(self, channel: str, inst_id: str, count: int) -> None:
        """Pushes `count` valid, varying messages of `channel` (`tickers` or `books`)."""

    def set_ws_idle_timeout(self, secs: float) -> None:
        """Closes WebSocket connections that send nothing for `secs` (OKX: 30 s)."""

    def close(self) -> None:
        """Stops the exchange; safe to call twice."""

    def __enter__(self) -> MockExchange: ...
    def __exit__(self, *exc: object) -> bool: ...
