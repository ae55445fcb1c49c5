//! Python stub and docs text derived from the channel table, so `WsClient`'s typed
//! `subscribe_*` methods in the `.pyi` file and the docs never drift from the bindings.

use crate::channels::{Select, CHANNELS};

/// Marker lines around the generated `subscribe_*` stubs.
pub const BEGIN: &str = "# --- generated: channels ---";
/// See [`BEGIN`].
pub const END: &str = "# --- end generated: channels ---";

fn select_param(select: Option<Select>) -> Option<(&'static str, &'static str)> {
    match select {
        Some(Select::Suffix { param, default, .. })
        | Some(Select::Channel { param, default, .. }) => Some((param, default)),
        None => None,
    }
}

const ORDERBOOK_STUB: &str = r#"    async def subscribe_orderbook(
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
"#;

/// The stub block of `WsClient`'s typed subscription methods, indented for the class body.
pub fn stub_methods() -> String {
    let mut out = format!("    {BEGIN}\n");
    for spec in CHANNELS {
        if spec.py_name == "subscribe_orderbook" {
            // Keeps the book in Rust and returns it (okx-py's ws_client.rs).
            out.push_str(ORDERBOOK_STUB);
            continue;
        }
        let mut args = vec!["self".to_owned()];
        args.extend(
            spec.args
                .iter()
                .filter(|a| a.required)
                .map(|a| format!("{}: str", a.name)),
        );
        if let Some((param, default)) = select_param(spec.select) {
            args.push(format!("{param}: str = \"{default}\""));
        }
        args.extend(
            spec.args
                .iter()
                .filter(|a| !a.required)
                .map(|a| format!("{}: str | None = None", a.name)),
        );
        let one_line = format!("async def {}({}) -> None:", spec.py_name, args.join(", "));
        let signature = if one_line.len() + 4 <= 100 {
            one_line
        } else {
            let body: String = args.iter().map(|a| format!("        {a},\n")).collect();
            format!("async def {}(\n{body}    ) -> None:", spec.py_name)
        };
        out.push_str(&format!(
            "    {signature}\n        \"\"\"{}\n\n        OKX channel `{}` on the {} URL. Awaitable.\"\"\"\n",
            spec.doc.trim(),
            spec.name,
            spec.url.as_str()
        ));
    }
    out.push_str(&format!("    {END}\n"));
    out
}

/// The Markdown table of every channel for docs/en/python.md.
pub fn docs_table() -> String {
    let mut out = format!("<!-- {BEGIN} -->\n");
    out.push_str("| Python call | OKX channel | URL | Login |\n| --- | --- | --- | --- |\n");
    for spec in CHANNELS {
        let mut args: Vec<String> = spec
            .args
            .iter()
            .filter(|a| a.required)
            .map(|a| a.name.to_owned())
            .collect();
        if let Some((param, default)) = select_param(spec.select) {
            args.push(format!("{param}=\"{default}\""));
        }
        args.extend(
            spec.args
                .iter()
                .filter(|a| !a.required)
                .map(|a| format!("{}=None", a.name)),
        );
        let channel = match spec.select {
            Some(Select::Suffix { .. }) => format!("{}{{bar}}", spec.name),
            _ => spec.name.to_owned(),
        };
        out.push_str(&format!(
            "| `{}({})` | `{channel}` | {} | {} |\n",
            spec.py_name,
            args.join(", "),
            spec.url.as_str(),
            if spec.login { "yes" } else { "no" }
        ));
    }
    out.push_str(&format!("<!-- {END} -->\n"));
    out
}
