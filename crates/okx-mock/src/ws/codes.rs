//! OKX's WebSocket error codes and message texts (websocket.md section 1.1 and 4, auth.md
//! section 2.2, errors.tsv); where the docs only paraphrase, the text is what OKX sends.

/// One WebSocket error: the `code` and `msg` of an `error` event (`{0}`, `{1}` filled in).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct WsCode {
    pub(crate) code: &'static str,
    pub(crate) msg: &'static str,
}

impl WsCode {
    /// The message with `{0}`, `{1}`, ... replaced by `args`.
    pub(crate) fn text(&self, args: &[&str]) -> String {
        let mut out = self.msg.to_owned();
        for (i, arg) in args.iter().enumerate() {
            out = out.replace(&format!("{{{i}}}"), arg);
        }
        out
    }
}

const fn code(code: &'static str, msg: &'static str) -> WsCode {
    WsCode { code, msg }
}

pub(crate) const TS_INVALID: WsCode = code("60004", "Invalid timestamp");
pub(crate) const KEY_INVALID: WsCode = code("60005", "Invalid apiKey");
pub(crate) const TS_EXPIRED: WsCode = code("60006", "Timestamp request expired");
pub(crate) const SIGN_INVALID: WsCode = code("60007", "Invalid sign");
pub(crate) const LOGIN_FAILED: WsCode = code("60009", "Login failed.");
pub(crate) const LOGIN_FIRST: WsCode = code("60011", "Please log in");
/// `{0}` is the request text as received.
pub(crate) const INVALID_REQUEST: WsCode = code("60012", "Invalid request: {0}");
pub(crate) const INVALID_ARGS: WsCode = code("60013", "Invalid args");
/// `{0}` is `channel:NAME` followed by the other arguments, e.g. `,instId:BTC-USDT`.
pub(crate) const WRONG_URL: WsCode = code(
    "60018",
    "Wrong URL or {0} doesn't exist. Please use the correct URL, channel and parameters referring to API document.",
);
pub(crate) const INVALID_OP: WsCode = code("60019", "Invalid op: {0}");
pub(crate) const PASSPHRASE_WRONG: WsCode = code("60024", "Wrong passphrase");
pub(crate) const OP_WRONG_URL: WsCode = code(
    "60028",
    "The current operation is not supported by this URL. Please use the correct WebSocket URL for the operation.",
);
pub(crate) const ULY_GONE: WsCode = code(
    "64000",
    "Subscription parameter uly is unavailable anymore. Please replace uly with instFamily. More details can refer to: https://www.okx.com/help-center/changes-to-v5-api-websocket-subscription-parameter-and-url",
);
pub(crate) const MOVED_TO_BUSINESS: WsCode = code(
    "64001",
    "This channel has been migrated to the '/business' URL. Please subscribe using the new URL. More details can refer to: https://www.okx.com/help-center/changes-to-v5-api-websocket-subscription-parameter-and-url",
);
pub(crate) const NOT_ON_BUSINESS: WsCode = code(
    "64002",
    "This channel is not supported by \"/business\" URL. Please use \"/private\" URL(for private channels), or \"/public\" URL(for public channels).",
);
pub(crate) const TBT_CONFLICT: WsCode = code(
    "64004",
    "You have subscribed to the books-l2-tbt channel for this instId. Please unsubscribe books-l2-tbt first",
);
/// The service-upgrade notice, sent as `event: notice`.
pub(crate) const NOTICE: WsCode = code(
    "64008",
    "The connection will soon be closed for a service upgrade. Please reconnect.",
);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn placeholders_are_filled() {
        assert_eq!(
            WRONG_URL.text(&["channel:tickers,instId:NOPE"]),
            "Wrong URL or channel:tickers,instId:NOPE doesn't exist. Please use the correct URL, channel and parameters referring to API document."
        );
        assert_eq!(INVALID_OP.text(&["foo"]), "Invalid op: foo");
    }
}
