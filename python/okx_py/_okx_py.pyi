"""Type stubs of the native module okx_py._okx_py (generated regions are kept in sync
with the Rust endpoint table by a test; run `just stubs` to rewrite them)."""

from decimal import Decimal
from typing import Any, Literal, final, overload

__all__ = [
    "AsyncOkxClient",
    "Balance",
    "BalanceDetail",
    "Candle",
    "Config",
    "Credentials",
    "IndexTicker",
    "Instrument",
    "ItemError",
    "LiveOrderBook",
    "MockExchange",
    "OkxApiError",
    "OkxAuthError",
    "OkxBookNotSyncedError",
    "OkxClient",
    "OkxError",
    "OkxHttpError",
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
    def effective_rest_url(self) -> str:
        """The REST base URL in effect (the override or OKX's host)."""

class OkxError(Exception):
    """Base class of every error okx-py raises."""

    code: str | None
    msg: str | None
    status: int | None
    items: list[ItemError]

class OkxHttpError(OkxError):
    """Non-2xx answer, or no answer at all."""

class OkxRateLimitError(OkxHttpError):
    """HTTP 429 or OKX code 50011 / 50061."""

class OkxApiError(OkxError):
    """OKX answered with a non-zero code."""

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
    def s_code(self) -> str:
        """OKX `sCode`."""

    @property
    def s_msg(self) -> str:
        """OKX `sMsg`."""

    def to_dict(self) -> dict[str, Any]:
        """The item as OKX sent it: official camelCase keys, values unchanged."""

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

    def __eq__(self, other: object, /) -> bool: ...
    def __ne__(self, other: object, /) -> bool: ...

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
        """The snapshot with OKX's keys: `asks`/`bids` as `[px, sz, "0", orders]` rows, `ts`."""

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

    # --- generated: endpoints ---
    def get_balance(self, ccy: str | None = None) -> Balance:
        """Trading account balance: totals and one detail per currency.

        `GET /api/v5/account/balance`, 10 requests per 2 s per UserID."""
    def get_positions(
        self,
        inst_type: str | None = None,
        inst_id: str | None = None,
        pos_id: str | None = None,
    ) -> list[Position]:
        """Open positions, optionally filtered by instrument type or id.

        `GET /api/v5/account/positions`, 10 requests per 2 s per UserID."""
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
    def cancel_order(
        self,
        inst_id: str,
        ord_id: str | None = None,
        cl_ord_id: str | None = None,
    ) -> OrderAck:
        """Cancels one order by ordId or clOrdId.

        `POST /api/v5/trade/cancel-order`, 60 requests per 2 s per UserID+instId."""
    def get_order(
        self,
        inst_id: str,
        ord_id: str | None = None,
        cl_ord_id: str | None = None,
    ) -> Order:
        """Details of one order by ordId or clOrdId.

        `GET /api/v5/trade/order`, 60 requests per 2 s per UserID+instId."""
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
    def get_ticker(self, inst_id: str) -> Ticker:
        """Latest price, best bid/ask and 24 h statistics of one instrument.

        `GET /api/v5/market/ticker`, 20 requests per 2 s per IP."""
    def get_tickers(self, inst_type: str, inst_family: str | None = None) -> list[Ticker]:
        """Latest price, best bid/ask and 24 h statistics of every instrument of one type.

        `GET /api/v5/market/tickers`, 20 requests per 2 s per IP."""
    def get_orderbook(self, inst_id: str, depth: int | str | None = None) -> OrderBook:
        """Order book snapshot; `depth` is the number of levels per side (OKX `sz`, max 400).

        `GET /api/v5/market/books`, 40 requests per 2 s per IP."""
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
    def get_trades(self, inst_id: str, limit: int | str | None = None) -> list[Trade]:
        """The most recent public trades of one instrument (up to 500).

        `GET /api/v5/market/trades`, 100 requests per 2 s per IP."""
    def get_index_tickers(
        self,
        quote_ccy: str | None = None,
        inst_id: str | None = None,
    ) -> list[IndexTicker]:
        """Index prices by quote currency or index id.

        `GET /api/v5/market/index-tickers`, 20 requests per 2 s per IP."""
    def get_instruments(
        self,
        inst_type: str,
        inst_id: str | None = None,
        inst_family: str | None = None,
        series_id: str | None = None,
    ) -> list[Instrument]:
        """Tradable instruments of one type and their trading rules.

        `GET /api/v5/public/instruments`, 20 requests per 2 s per IP+instType."""
    def get_system_time(self) -> SystemTime:
        """OKX's clock, Unix milliseconds (OKX path `/api/v5/public/time`).

        `GET /api/v5/public/time`, 10 requests per 2 s per IP."""
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

    # --- generated: endpoints ---
    async def get_balance(self, ccy: str | None = None) -> Balance:
        """Trading account balance: totals and one detail per currency.

        `GET /api/v5/account/balance`, 10 requests per 2 s per UserID."""
    async def get_positions(
        self,
        inst_type: str | None = None,
        inst_id: str | None = None,
        pos_id: str | None = None,
    ) -> list[Position]:
        """Open positions, optionally filtered by instrument type or id.

        `GET /api/v5/account/positions`, 10 requests per 2 s per UserID."""
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
    async def cancel_order(
        self,
        inst_id: str,
        ord_id: str | None = None,
        cl_ord_id: str | None = None,
    ) -> OrderAck:
        """Cancels one order by ordId or clOrdId.

        `POST /api/v5/trade/cancel-order`, 60 requests per 2 s per UserID+instId."""
    async def get_order(
        self,
        inst_id: str,
        ord_id: str | None = None,
        cl_ord_id: str | None = None,
    ) -> Order:
        """Details of one order by ordId or clOrdId.

        `GET /api/v5/trade/order`, 60 requests per 2 s per UserID+instId."""
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
    async def get_ticker(self, inst_id: str) -> Ticker:
        """Latest price, best bid/ask and 24 h statistics of one instrument.

        `GET /api/v5/market/ticker`, 20 requests per 2 s per IP."""
    async def get_tickers(self, inst_type: str, inst_family: str | None = None) -> list[Ticker]:
        """Latest price, best bid/ask and 24 h statistics of every instrument of one type.

        `GET /api/v5/market/tickers`, 20 requests per 2 s per IP."""
    async def get_orderbook(self, inst_id: str, depth: int | str | None = None) -> OrderBook:
        """Order book snapshot; `depth` is the number of levels per side (OKX `sz`, max 400).

        `GET /api/v5/market/books`, 40 requests per 2 s per IP."""
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
    async def get_trades(self, inst_id: str, limit: int | str | None = None) -> list[Trade]:
        """The most recent public trades of one instrument (up to 500).

        `GET /api/v5/market/trades`, 100 requests per 2 s per IP."""
    async def get_index_tickers(
        self,
        quote_ccy: str | None = None,
        inst_id: str | None = None,
    ) -> list[IndexTicker]:
        """Index prices by quote currency or index id.

        `GET /api/v5/market/index-tickers`, 20 requests per 2 s per IP."""
    async def get_instruments(
        self,
        inst_type: str,
        inst_id: str | None = None,
        inst_family: str | None = None,
        series_id: str | None = None,
    ) -> list[Instrument]:
        """Tradable instruments of one type and their trading rules.

        `GET /api/v5/public/instruments`, 20 requests per 2 s per IP+instType."""
    async def get_system_time(self) -> SystemTime:
        """OKX's clock, Unix milliseconds (OKX path `/api/v5/public/time`).

        `GET /api/v5/public/time`, 10 requests per 2 s per IP."""
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
    def config(self, timeout_secs: float = 30.0, with_credentials: bool = True) -> Config:
        """A Config pointed at this exchange, with its test credentials."""

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

    def inject_rate_limit(self, path: str | None = None, times: int = 1) -> None:
        """Answers the next `times` matching requests with HTTP 429 and code 50011."""

    def inject_delay(self, secs: float, path: str | None = None, times: int = 1) -> None:
        """Delays the next `times` matching answers by `secs` seconds."""

    def inject_disconnect(self, path: str | None = None, times: int = 1) -> None:
        """Drops the connection of the next `times` matching requests without an answer."""

    def clear_faults(self) -> None:
        """Removes every injected fault not yet used."""

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
