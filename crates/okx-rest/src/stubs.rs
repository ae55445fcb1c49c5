//! Python stub and docs text derived from the endpoint table, so the `.pyi` file and
//! the API reference can never drift from what the bindings expose.

use crate::request::{EndpointSpec, Method};
use crate::ENDPOINTS;

/// Marker lines around generated regions of the stub and the docs.
pub const BEGIN: &str = "# --- generated: endpoints ---";
/// See [`BEGIN`].
pub const END: &str = "# --- end generated: endpoints ---";

/// The Python parameters of one endpoint method: `self`, the item list of an array body,
/// required parameters, then optional ones.
fn args_of(spec: &EndpointSpec) -> Vec<String> {
    let mut args = vec!["self".to_owned()];
    if !spec.items_arg.is_empty() {
        args.push(format!(
            "{}: list[{}]",
            spec.items_arg,
            item_type_name(spec)
        ));
    }
    for p in spec.params {
        if p.required {
            args.push(format!("{}: {}", p.name, p.kind.py_type()));
        } else {
            args.push(format!("{}: {} | None = None", p.name, p.kind.py_type()));
        }
    }
    args
}

/// `{prefix} {name}({args}) -> {ret}:` on one line, or wrapped one argument per line as
/// ruff formats it when that would pass 100 columns (4 of indentation).
fn render(prefix: &str, name: &str, args: &[String], ret: &str) -> String {
    let one_line = format!("{prefix} {name}({}) -> {ret}:", args.join(", "));
    if one_line.len() + 4 <= 100 {
        return one_line;
    }
    let body: String = args.iter().map(|a| format!("        {a},\n")).collect();
    format!("{prefix} {name}(\n{body}    ) -> {ret}:")
}

/// The Python signature of one endpoint method, e.g.
/// `def get_ticker(self, inst_id: str) -> Ticker:`.
pub fn signature(spec: &EndpointSpec, is_async: bool) -> String {
    let prefix = if is_async { "async def" } else { "def" };
    render(prefix, spec.name, &args_of(spec), spec.returns)
}

/// A `WsClient` order method: the REST parameters plus the per-call `timeout_secs` and
/// `exp_time_ms` keywords.
fn ws_signature(spec: &EndpointSpec) -> String {
    let mut args = args_of(spec);
    args.push("*".to_owned());
    args.push("timeout_secs: float | None = None".to_owned());
    args.push("exp_time_ms: int | None = None".to_owned());
    render("async def", spec.name, &args, spec.returns)
}

/// The Python signature of an endpoint's page-walking method (`iter_orders_history`):
/// the endpoint's parameters, returning an iterator (async iterator) of its items.
pub fn pager_signature(spec: &EndpointSpec, is_async: bool) -> String {
    // The endpoint's parameters (paged endpoints have no item-array body).
    let args = args_of(spec);
    let item = spec
        .returns
        .strip_prefix("list[")
        .and_then(|r| r.strip_suffix(']'))
        .unwrap_or(spec.returns);
    let ret = if is_async {
        format!("AsyncIterator[{item}]")
    } else {
        format!("Iterator[{item}]")
    };
    render("def", spec.pager, &args, &ret)
}

/// The docstring of a page-walking method.
pub fn pager_docstring(spec: &EndpointSpec, is_async: bool) -> String {
    let how = if is_async { "`async for`" } else { "`for`" };
    format!(
        "Walks every page of `{}` ({how}), yielding its items.\n\n\
         Older records page by page through `after` (the default); newer ones when only \
         `before` is given. The cursor is the `{}` of each page's edge item; the walk stops \
         at an empty page (or one shorter than `limit`). Arguments are checked at the call.",
        spec.name, spec.cursor
    )
}

/// The stub name of the TypedDict of one item of an array-body endpoint
/// (`_PlaceBatchOrdersItem`); private, as it exists only for type checkers.
pub fn item_type_name(spec: &EndpointSpec) -> String {
    let camel: String = spec
        .name
        .split('_')
        .map(|w| {
            let mut c = w.chars();
            c.next()
                .map(|f| f.to_ascii_uppercase().to_string() + c.as_str())
                .unwrap_or_default()
        })
        .collect();
    format!("_{camel}Item")
}

/// The docstring of one endpoint method: the table's line plus path and rate limit.
pub fn docstring(spec: &EndpointSpec) -> String {
    // Doc lines hold inline code (`sz`); one space per line break keeps them one paragraph.
    let doc = spec.doc.trim().replace("\n ", "\n");
    if spec.limit_count == 0 {
        return format!(
            "{doc}\n\n`{} {}`, rate limit not documented.",
            spec.method.as_str(),
            spec.path
        );
    }
    format!(
        "{doc}\n\n`{} {}`, {} requests per {} s per {}.",
        spec.method.as_str(),
        spec.path,
        spec.limit_count,
        spec.limit_secs,
        spec.limit_rule
    )
}

/// The TypedDicts of the items of array-body endpoints (`place_batch_orders(orders)`).
pub fn item_stubs() -> String {
    let mut out = String::new();
    for spec in ENDPOINTS.iter().filter(|s| !s.items_arg.is_empty()) {
        out.push_str(&format!(
            "class {}(TypedDict, total=False):\n    \"\"\"One item of `{}({})`.\"\"\"\n\n",
            item_type_name(spec),
            spec.name,
            spec.items_arg
        ));
        for p in spec.items {
            if p.required {
                out.push_str(&format!("    {}: Required[{}]\n", p.name, p.kind.py_type()));
            } else {
                out.push_str(&format!("    {}: {} | None\n", p.name, p.kind.py_type()));
            }
        }
        out.push('\n');
    }
    out
}

/// Breaks the lines of a docstring indented by `indent` that would pass ruff's 100
/// columns (the first line carries the opening quotes, the last the closing ones) at
/// spaces; shorter lines are kept as they are.
fn wrap_docstring(doc: &str, indent: usize) -> String {
    let lines: Vec<&str> = doc.split('\n').collect();
    let last = lines.len() - 1;
    let mut out: Vec<String> = Vec::new();
    for (i, line) in lines.iter().enumerate() {
        let quotes = usize::from(i == 0) * 3 + usize::from(i == last) * 3;
        if indent + quotes + line.len() <= 100 {
            out.push((*line).to_owned());
            continue;
        }
        let mut current = String::new();
        for word in line.split(' ') {
            let open = usize::from(i == 0 && out.len() == i) * 3;
            if !current.is_empty() && indent + open + current.len() + 1 + word.len() > 97 {
                out.push(std::mem::take(&mut current));
            }
            if !current.is_empty() {
                current.push(' ');
            }
            current.push_str(word);
        }
        out.push(current);
    }
    out.join("\n")
}

/// The generated stub block of one client class, indented for its class body.
pub fn stub_methods(is_async: bool) -> String {
    let mut out = String::new();
    out.push_str(&format!("    {BEGIN}\n"));
    for spec in ENDPOINTS {
        let doc = wrap_docstring(&docstring(spec), 8).replace('\n', "\n        ");
        let doc = doc.replace("\n        \n", "\n\n");
        out.push_str(&format!(
            "    {}\n        \"\"\"{doc}\"\"\"\n",
            signature(spec, is_async)
        ));
        if !spec.pager.is_empty() {
            let doc = wrap_docstring(&pager_docstring(spec, is_async), 8)
                .replace('\n', "\n        ")
                .replace("\n        \n", "\n\n");
            out.push_str(&format!(
                "    {}\n        \"\"\"{doc}\"\"\"\n",
                pager_signature(spec, is_async)
            ));
        }
    }
    out.push_str(&format!("    {END}\n"));
    out
}

/// Marker lines around the generated WebSocket order operations of `WsClient`.
pub const WS_BEGIN: &str = "# --- generated: order operations ---";
/// See [`WS_BEGIN`].
pub const WS_END: &str = "# --- end generated: order operations ---";

/// The `WsClient` methods of the endpoints that have a WebSocket twin (`ws:` in the
/// table): the REST method's name, parameters and result, awaitable.
pub fn ws_stub_methods() -> String {
    let mut out = format!("    {WS_BEGIN}\n");
    for spec in ENDPOINTS.iter().filter(|s| !s.ws_op.is_empty()) {
        let guard = match spec.ws_op {
            "order" | "batch-orders" => {
                " A `clOrdId` is generated for every order without one; an attempt whose \
                 outcome is unknown is resolved by querying that `clOrdId` before any resend."
            }
            "amend-order" | "batch-amend-orders" | "cancel-order" | "batch-cancel-orders" => {
                " Retried where OKX cannot have acted; an unknown outcome is resolved first."
            }
            _ => "",
        };
        let doc = format!(
            "{} Over the WebSocket: op `{}`, OKX's reply matched by request id.{guard}\n\n\
             The same as `OkxClient.{}` (`{} {}`), sharing its rate limit. `timeout_secs`: \
             how long to wait for the reply (default `Config.timeout_secs`); `exp_time_ms`: \
             the `expTime` sent on place/amend (Unix ms, OKX's clock; default now + \
             `Config.order_expiry_secs`).",
            spec.doc.trim().replace("\n ", "\n"),
            spec.ws_op,
            spec.name,
            spec.method.as_str(),
            spec.path
        );
        let doc = wrap_docstring(&doc, 8)
            .replace('\n', "\n        ")
            .replace("\n        \n", "\n\n");
        out.push_str(&format!(
            "    {}\n        \"\"\"{doc}\"\"\"\n",
            ws_signature(spec)
        ));
    }
    out.push_str(&format!("    {WS_END}\n"));
    out
}

/// Marker lines around the generated domain type stubs.
pub const TYPES_BEGIN: &str = "# --- generated: types ---";
/// See [`TYPES_BEGIN`].
pub const TYPES_END: &str = "# --- end generated: types ---";

/// Stubs of the keyed domain types, from their declarations in okx-core.
pub fn type_stubs() -> String {
    use okx_core::types as t;
    // (class name, doc line, (attribute, OKX key) pairs, (nested list, item type) pairs)
    type TypeDecl<'a> = (
        &'a str,
        &'a str,
        &'a [(&'a str, &'a str)],
        &'a [(&'a str, &'a str)],
    );
    let types: &[TypeDecl<'_>] = &[
        (
            "Ticker",
            t::Ticker::DOC,
            t::Ticker::FIELDS,
            t::Ticker::NESTED,
        ),
        (
            "BalanceDetail",
            t::BalanceDetail::DOC,
            t::BalanceDetail::FIELDS,
            t::BalanceDetail::NESTED,
        ),
        (
            "Balance",
            t::Balance::DOC,
            t::Balance::FIELDS,
            t::Balance::NESTED,
        ),
        (
            "Position",
            t::Position::DOC,
            t::Position::FIELDS,
            t::Position::NESTED,
        ),
        ("Order", t::Order::DOC, t::Order::FIELDS, t::Order::NESTED),
        (
            "OrderAck",
            t::OrderAck::DOC,
            t::OrderAck::FIELDS,
            t::OrderAck::NESTED,
        ),
        (
            "Instrument",
            t::Instrument::DOC,
            t::Instrument::FIELDS,
            t::Instrument::NESTED,
        ),
        ("Trade", t::Trade::DOC, t::Trade::FIELDS, t::Trade::NESTED),
        (
            "IndexTicker",
            t::IndexTicker::DOC,
            t::IndexTicker::FIELDS,
            t::IndexTicker::NESTED,
        ),
        (
            "SystemTime",
            t::SystemTime::DOC,
            t::SystemTime::FIELDS,
            t::SystemTime::NESTED,
        ),
        ("Fill", t::Fill::DOC, t::Fill::FIELDS, t::Fill::NESTED),
        (
            "AlgoOrder",
            t::AlgoOrder::DOC,
            t::AlgoOrder::FIELDS,
            t::AlgoOrder::NESTED,
        ),
        (
            "FundingRate",
            t::FundingRate::DOC,
            t::FundingRate::FIELDS,
            t::FundingRate::NESTED,
        ),
        (
            "MarkPrice",
            t::MarkPrice::DOC,
            t::MarkPrice::FIELDS,
            t::MarkPrice::NESTED,
        ),
        ("Bill", t::Bill::DOC, t::Bill::FIELDS, t::Bill::NESTED),
        (
            "DepositAddress",
            t::DepositAddress::DOC,
            t::DepositAddress::FIELDS,
            t::DepositAddress::NESTED,
        ),
        (
            "Currency",
            t::Currency::DOC,
            t::Currency::FIELDS,
            t::Currency::NESTED,
        ),
    ];
    let mut out = format!("{TYPES_BEGIN}\n");
    for (name, doc, fields, nested) in types {
        out.push_str(&format!(
            "@final\nclass {name}:\n    \"\"\"{}\"\"\"\n\n",
            doc.trim()
        ));
        for (field, okx) in *fields {
            out.push_str(&format!("    @property\n    def {field}(self) -> str:\n        \"\"\"OKX `{okx}`.\"\"\"\n\n"));
        }
        for (field, ty) in *nested {
            out.push_str(&format!("    @property\n    def {field}(self) -> list[{ty}]:\n        \"\"\"One entry per item of OKX `{field}`.\"\"\"\n\n"));
        }
        out.push_str("    def to_dict(self) -> dict[str, Any]:\n        \"\"\"The item as OKX sent it: official camelCase keys, values unchanged.\"\"\"\n\n");
        out.push_str("    @property\n    def latency(self) -> dict[str, int | None] | None:\n        \"\"\"How the answer this item came in was timed: `rtt_us` (the client's round trip),\n        and OKX's `in_time` / `out_time` (Unix microseconds at its gateway) where the answer\n        carried them; None when not recorded.\"\"\"\n\n");
        out.push_str(&format!("    @staticmethod\n    def _from_json(text: str) -> {name}:\n        \"\"\"Decodes one item from OKX's JSON text.\"\"\"\n\n"));
        out.push_str("    def __eq__(self, other: object, /) -> bool: ...\n    def __ne__(self, other: object, /) -> bool: ...\n\n");
    }
    out.push_str(&item_stubs());
    out.push_str(&format!("{TYPES_END}\n"));
    out
}

/// The Markdown tables of every endpoint for docs/en/python.md, one per OKX section in
/// table order.
pub fn docs_table() -> String {
    let mut out = String::new();
    out.push_str(&format!("<!-- {BEGIN} -->\n"));
    out.push_str(&format!(
        "{} methods on both `OkxClient` and `AsyncOkxClient` (awaitable there), plus {} \
         `iter_*` methods walking the pages of the endpoints paged by `after`/`before` (an \
         iterator on `OkxClient`, an async iterator on `AsyncOkxClient`). \
         `list[dict[str, Any]]` results are OKX's `data` items with OKX's keys and string values.\n",
        ENDPOINTS.len(),
        ENDPOINTS.iter().filter(|s| !s.pager.is_empty()).count()
    ));
    let mut section = "";
    for spec in ENDPOINTS {
        if spec.section != section {
            section = spec.section;
            let count = ENDPOINTS.iter().filter(|s| s.section == section).count();
            out.push_str(&format!(
                "\n### {section} ({count})\n\n| Python call | OKX path | Auth | Rate limit | Returns |\n| --- | --- | --- | --- | --- |\n"
            ));
        }
        let mut args: Vec<String> = Vec::new();
        if !spec.items_arg.is_empty() {
            args.push(spec.items_arg.to_owned());
        }
        args.extend(spec.params.iter().map(|p| {
            if p.required {
                p.name.to_owned()
            } else {
                format!("{}=None", p.name)
            }
        }));
        let method = match spec.method {
            Method::Get => "GET",
            Method::Post => "POST",
        };
        let limit = if spec.limit_count == 0 {
            "not documented".to_owned()
        } else {
            format!(
                "{}/{}s per {}",
                spec.limit_count, spec.limit_secs, spec.limit_rule
            )
        };
        out.push_str(&format!(
            "| `{}({})` | `{method} {}` | {:?} | {limit} | `{}` |\n",
            spec.name,
            args.join(", "),
            spec.path,
            spec.auth,
            spec.returns.replace('|', "\\|")
        ));
        if !spec.pager.is_empty() {
            let params: Vec<String> = spec
                .params
                .iter()
                .map(|p| {
                    if p.required {
                        p.name.to_owned()
                    } else {
                        format!("{}=None", p.name)
                    }
                })
                .collect();
            out.push_str(&format!(
                "| `{}({})` | every page of `{}`, cursor `{}` | {:?} | as above | iterator of its items |\n",
                spec.pager,
                params.join(", "),
                spec.name,
                spec.cursor,
                spec.auth,
            ));
        }
    }
    out.push_str(&format!("<!-- {END} -->\n"));
    out
}

/// Replaces the text between the marker lines (markers included) of `text` with
/// `block`, for every occurrence matched in order by `blocks`.
///
/// # Errors
/// A message when the markers are missing or unbalanced.
pub fn splice(text: &str, blocks: &[String], begin: &str, end: &str) -> Result<String, String> {
    let mut out = String::new();
    let mut rest = text;
    for block in blocks {
        let b = rest
            .find(begin)
            .ok_or_else(|| format!("marker {begin:?} missing"))?;
        let line_start = rest[..b].rfind('\n').map_or(0, |i| i + 1);
        let e = rest[b..]
            .find(end)
            .ok_or_else(|| format!("marker {end:?} missing"))?
            + b;
        let line_end = rest[e..].find('\n').map_or(rest.len(), |i| e + i + 1);
        out.push_str(&rest[..line_start]);
        out.push_str(block);
        rest = &rest[line_end..];
    }
    out.push_str(rest);
    Ok(out)
}
