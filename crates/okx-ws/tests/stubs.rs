//! The generated `WsClient` stub and docs regions against the channel table.
//! `OKX_UPDATE_GENERATED=1 cargo test -p okx-ws --test stubs` rewrites them (`just stubs`).

use std::path::PathBuf;

use okx_ws::stubs::{docs_table, stub_methods, BEGIN, END};

fn check_or_update(rel: &str, block: &str, begin: &str, end: &str) {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../..")
        .join(rel);
    let text = std::fs::read_to_string(&path).expect(rel);
    let b = text.find(begin).expect("begin marker");
    let line_start = text[..b].rfind('\n').map_or(0, |i| i + 1);
    let e = text[b..].find(end).expect("end marker") + b;
    let line_end = text[e..].find('\n').map_or(text.len(), |i| e + i + 1);
    let updated = format!("{}{block}{}", &text[..line_start], &text[line_end..]);
    if std::env::var_os("OKX_UPDATE_GENERATED").is_some() {
        std::fs::write(&path, updated).expect(rel);
    } else {
        assert!(
            text == updated,
            "{rel} is out of date with the channel table: run `just stubs`"
        );
    }
}

#[test]
fn ws_stubs_are_current() {
    check_or_update("python/okx_py/_okx_py.pyi", &stub_methods(), BEGIN, END);
}

#[test]
fn ws_docs_table_is_current() {
    check_or_update(
        "docs/en/python.md",
        &docs_table(),
        &format!("<!-- {BEGIN} -->"),
        &format!("<!-- {END} -->"),
    );
}
