//! Every OKX error code the mock answers with: code, HTTP status and OKX's message text
//! (`{0}`, `{1}` are filled in). Texts follow OKX's docs (Error code › REST API) or, where they
//! differ, what the live API sends (e.g. "Invalid Sign", "All operations failed").

/// One OKX error: its code, the HTTP status OKX pairs with it, and its message template.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Code {
    pub(crate) code: &'static str,
    pub(crate) http: u16,
    pub(crate) msg: &'static str,
}

impl Code {
    /// The message with `{0}`, `{1}`, ... replaced by `args`.
    pub(crate) fn text(&self, args: &[&str]) -> String {
        let mut out = self.msg.to_owned();
        for (i, arg) in args.iter().enumerate() {
            out = out.replace(&format!("{{{i}}}"), arg);
        }
        out
    }
}

const fn code(code: &'static str, http: u16, msg: &'static str) -> Code {
    Code { code, http, msg }
}

// Envelope-level outcomes of order endpoints.
pub(crate) const ALL_FAILED: Code = code("1", 200, "All operations failed");
pub(crate) const PARTIAL: Code = code("2", 200, "Bulk operation partially succeeded");

// General class.
pub(crate) const BODY_EMPTY: Code = code("50000", 400, "Body for POST request cannot be empty.");
pub(crate) const JSON_SYNTAX: Code = code("50002", 400, "JSON syntax error");
/// Unknown endpoint; OKX's docs give no code for it, so the mock uses "inactive or
/// unavailable" with HTTP 404.
pub(crate) const NOT_FOUND: Code = code("50005", 404, "API endpoint is inactive or unavailable.");
pub(crate) const RATE_LIMIT: Code = code(
    "50011",
    429,
    "Rate limit reached. Please refer to API documentation and throttle requests accordingly.",
);
pub(crate) const TIMEOUT: Code = code("50004", 200, "API endpoint request timeout");
pub(crate) const EXP_TIME_INVALID: Code = code("50036", 200, "Parameter expTime error");
pub(crate) const ORDER_EXPIRED: Code = code("50037", 200, "Order expired.");
pub(crate) const SUB_ACCOUNT_LIMIT: Code = code(
    "50061",
    200,
    "You've reached the maximum order rate limit for this account.",
);
pub(crate) const PARAM_EMPTY: Code = code("50014", 400, "Parameter {0} can not be empty.");
pub(crate) const EITHER_PARAM: Code = code("50015", 400, "Either parameter {0} or {1} is required");

// API (authentication) class.
pub(crate) const ENV_MISMATCH: Code =
    code("50101", 401, "APIKey does not match current environment.");
pub(crate) const TS_EXPIRED: Code = code("50102", 401, "Timestamp request expired");
pub(crate) const KEY_MISSING: Code = code(
    "50103",
    401,
    "Request header \"OK-ACCESS-KEY\" cannot be empty.",
);
pub(crate) const PASSPHRASE_MISSING: Code = code(
    "50104",
    401,
    "Request header \"OK-ACCESS-PASSPHRASE\" cannot be empty.",
);
pub(crate) const PASSPHRASE_WRONG: Code = code(
    "50105",
    401,
    "Request header \"OK-ACCESS-PASSPHRASE\" incorrect.",
);
pub(crate) const SIGN_MISSING: Code = code(
    "50106",
    401,
    "Request header \"OK-ACCESS-SIGN\" cannot be empty.",
);
pub(crate) const TS_MISSING: Code = code(
    "50107",
    401,
    "Request header \"OK-ACCESS-TIMESTAMP\" cannot be empty.",
);
pub(crate) const KEY_INVALID: Code = code("50111", 401, "Invalid OK-ACCESS-KEY");
pub(crate) const TS_INVALID: Code = code("50112", 401, "Invalid OK-ACCESS-TIMESTAMP");
pub(crate) const SIGN_INVALID: Code = code("50113", 401, "Invalid Sign");
pub(crate) const METHOD_INVALID: Code = code("50115", 405, "Invalid request method.");

// Trade class.
pub(crate) const PARAM_ERROR: Code = code("51000", 400, "Parameter {0} error");
pub(crate) const INST_NOT_FOUND: Code = code(
    "51001",
    200,
    "Instrument ID, Instrument ID code or Spread ID doesn't exist.",
);
pub(crate) const ORD_ID_REQUIRED: Code = code(
    "51003",
    200,
    "Either client order ID or order ID is required.",
);
pub(crate) const INSUFFICIENT_BALANCE: Code = code(
    "51008",
    200,
    "Order failed. Insufficient {0} balance in account",
);
pub(crate) const INSUFFICIENT_MARGIN: Code = code(
    "51008",
    200,
    "Order failed. Insufficient {0} margin in account",
);
pub(crate) const INDEX_NOT_FOUND: Code = code("51014", 200, "Index doesn't exist.");
pub(crate) const CL_ORD_ID_EXISTS: Code = code("51016", 200, "Duplicated client order ID");
pub(crate) const BELOW_MIN_SZ: Code = code(
    "51020",
    200,
    "Your order should meet or exceed the minimum order amount.",
);
pub(crate) const BATCH_TOO_LARGE: Code =
    code("51111", 200, "Maximum {0} orders can be placed in bulk.");
pub(crate) const NOT_LOT_MULTIPLE: Code = code(
    "51121",
    200,
    "Order quantity must be a multiple of the lot size.",
);
pub(crate) const NO_POSITION: Code = code(
    "51169",
    200,
    "Order failed because you don't have any positions in this direction for this contract to reduce or close.",
);
pub(crate) const REDUCE_SAME_SIDE: Code = code(
    "51170",
    200,
    "Failed to place order. A reduce-only order can’t be the same trading direction as your existing positions.",
);
pub(crate) const PX_REQUIRED: Code = code(
    "51204",
    200,
    "The price for the limit order cannot be empty.",
);
pub(crate) const AMEND_NOTHING: Code = code(
    "51500",
    200,
    "Either price, amount, IV, or price ratio is required for order amendment.",
);
pub(crate) const AMEND_TOO_MANY: Code = code("51501", 400, "Maximum {0} orders can be modified.");
pub(crate) const AMEND_FUNDS: Code = code(
    "51502",
    200,
    "Order modification failed due to insufficient margin or balance.",
);
pub(crate) const AMEND_FAILED: Code = code(
    "51503",
    200,
    "Order modification failed as the order has been filled, canceled or does not exist.",
);
pub(crate) const AMEND_TYPE: Code = code(
    "51506",
    200,
    "Order modification failed as the order type doesn't support modification.",
);
pub(crate) const AMEND_POST_ONLY: Code = code(
    "51511",
    200,
    "Operation failed as the order price did not meet the requirement for Post Only.",
);
pub(crate) const CANCEL_FAILED: Code = code(
    "51400",
    200,
    "Order cancellation failed as the order has been filled, canceled or does not exist.",
);
pub(crate) const CANCEL_TOO_MANY: Code = code(
    "51406",
    400,
    "Canceled - order count exceeds the limit {0}.",
);
pub(crate) const CANCEL_ID_REQUIRED: Code = code(
    "51407",
    200,
    "Either order ID or client order ID is required.",
);
pub(crate) const ORDER_NOT_FOUND: Code = code("51603", 200, "Order does not exist.");

// Funding class.
pub(crate) const TRANSFER_AMT: Code = code("58114", 400, "Transfer amount must be greater than 0");
pub(crate) const TRANSFER_EXCEEDS: Code =
    code("58116", 200, "The transfer amount exceeds the max limit.");
pub(crate) const TRANSFER_SAME: Code = code(
    "58123",
    200,
    "The From parameter cannot be the same as the To parameter.",
);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn placeholders_are_filled() {
        assert_eq!(
            PARAM_EMPTY.text(&["instId"]),
            "Parameter instId can not be empty."
        );
        assert_eq!(
            INSUFFICIENT_BALANCE.text(&["USDT"]),
            "Order failed. Insufficient USDT balance in account"
        );
        assert_eq!(TS_EXPIRED.text(&[]), "Timestamp request expired");
    }
}
