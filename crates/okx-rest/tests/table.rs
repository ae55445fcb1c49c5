//! The endpoint table against OKX's official list, and the generated stub and docs
//! regions against the table. `OKX_UPDATE_GENERATED=1 cargo test -p okx-rest --test table`
//! rewrites the generated regions (`just stubs`).

use std::path::PathBuf;

use okx_rest::request::{Auth, Method};
use okx_rest::stubs::{
    docs_table, splice, stub_methods, type_stubs, ws_stub_methods, BEGIN, END, TYPES_BEGIN,
    TYPES_END, WS_BEGIN, WS_END,
};
use okx_rest::ENDPOINTS;

fn project_file(rel: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../..")
        .join(rel)
}

struct Row {
    http: String,
    path: String,
    auth: String,
    /// Parameters of the request, or of each item when the body is an array.
    required: Vec<String>,
    optional: Vec<String>,
    /// Whether the body is an array of items (`[array of orders]`).
    array: bool,
    /// `?`: OKX's parameters are not known.
    unknown: bool,
}

fn official_rows() -> Vec<(String, Row)> {
    let text = std::fs::read_to_string(project_file("data/rest-endpoints.tsv"))
        .expect("data/rest-endpoints.tsv");
    let split = |s: &str| -> (bool, Vec<String>) {
        let s = match s.strip_prefix('[') {
            Some(rest) => rest.split_once("] ").map_or("-", |(_, p)| p),
            None => s,
        };
        if s == "-" || s == "?" {
            (s == "?", Vec::new())
        } else {
            (false, s.split(',').map(|p| p.trim().to_owned()).collect())
        }
    };
    text.lines()
        .skip(1)
        .map(|line| {
            let cols: Vec<&str> = line.split('\t').collect();
            let (unknown_req, required) = split(cols[5]);
            let (unknown_opt, optional) = split(cols[6]);
            let row = Row {
                http: cols[2].to_owned(),
                path: cols[3].to_owned(),
                auth: cols[4].to_owned(),
                required,
                optional,
                array: cols[5].starts_with('['),
                unknown: unknown_req || unknown_opt,
            };
            (cols[1].to_owned(), row)
        })
        .collect()
}

/// Official parameters the hand-written entries leave out: their documented okx_py
/// signatures are kept as they are.
const NOT_DECLARED: &[(&str, &[&str])] = &[
    (
        "place_order",
        &[
            "outcome",
            "pxUsd",
            "pxVol",
            "reduceOnly",
            "banAmend",
            "pxAmendType",
            "tradeQuoteCcy",
            "slippagePct",
            "rpiTakerAccess",
            "rpiPxRound",
            "attachAlgoOrds",
        ],
    ),
    ("get_candles", &["adjust"]),
];

/// Every difference between the table and data/rest-endpoints.tsv: endpoints missing on
/// either side; method, path, auth; required and optional parameters both ways.
fn drift() -> Vec<String> {
    let rows = official_rows();
    let mut out = Vec::new();
    for (name, row) in &rows {
        let Some(spec) = ENDPOINTS.iter().find(|s| s.name == name) else {
            out.push(format!(
                "{name} ({} {}) is in rest-endpoints.tsv but not in the table",
                row.http, row.path
            ));
            continue;
        };
        let http = match spec.method {
            Method::Get => "GET",
            Method::Post => "POST",
        };
        let auth = match spec.auth {
            Auth::Public => "public",
            Auth::Private => "private",
        };
        for (what, ours, theirs) in [
            ("path", spec.path, row.path.as_str()),
            ("http", http, row.http.as_str()),
            ("auth", auth, row.auth.as_str()),
        ] {
            if ours != theirs {
                out.push(format!("{name}: {what} is {ours}, the list says {theirs}"));
            }
        }
        if row.array == spec.items_arg.is_empty() {
            out.push(format!(
                "{name}: array body is {}, the list says {}",
                !row.array, row.array
            ));
        }
        let params = if row.array { spec.items } else { spec.params };
        let skip = NOT_DECLARED
            .iter()
            .find(|(n, _)| n == name)
            .map_or(&[][..], |(_, p)| *p);
        for (required, official) in [(true, &row.required), (false, &row.optional)] {
            let which = if required { "required" } else { "optional" };
            for o in official.iter().filter(|o| !skip.contains(&o.as_str())) {
                if !params.iter().any(|p| p.required == required && p.okx == o) {
                    out.push(format!(
                        "{name}: official {which} {o} is not declared {which}"
                    ));
                }
            }
            for p in params.iter().filter(|p| p.required == required) {
                if !official.iter().any(|o| o == p.okx) && (required || !row.unknown) {
                    out.push(format!(
                        "{name}: {} ({}) is declared {which} but is not an official {which} parameter",
                        p.name, p.okx
                    ));
                }
            }
        }
    }
    for spec in ENDPOINTS {
        if !rows.iter().any(|(n, _)| n == spec.name) {
            out.push(format!(
                "{} ({} {}) is in the table but not in rest-endpoints.tsv",
                spec.name,
                spec.method.as_str(),
                spec.path
            ));
        }
    }
    out
}

/// The drift check (`just check-drift`): the table and the official list agree.
#[test]
fn table_matches_the_official_list() {
    let found = drift();
    assert!(
        found.is_empty(),
        "{} differences between the endpoint table and data/rest-endpoints.tsv:\n{}",
        found.len(),
        found.join("\n")
    );
}

#[test]
fn array_bodies_and_json_results_are_consistent() {
    for spec in ENDPOINTS {
        assert_eq!(
            spec.items_arg.is_empty(),
            spec.items.is_empty(),
            "{}",
            spec.name
        );
        if !spec.items_arg.is_empty() {
            assert!((1..=20).contains(&spec.max_items), "{}", spec.name);
        }
        // A paged endpoint names its walker and cursor, and answers a list.
        assert_eq!(
            spec.pager.is_empty(),
            spec.cursor.is_empty(),
            "{}",
            spec.name
        );
        if !spec.pager.is_empty() {
            assert!(spec.pager.starts_with("iter_"), "{}", spec.name);
            assert!(spec.returns.starts_with("list["), "{}", spec.name);
            let names: Vec<&str> = spec.params.iter().map(|p| p.okx).collect();
            assert!(
                names.contains(&"after") && names.contains(&"before"),
                "{}",
                spec.name
            );
        }
    }
}

#[test]
fn python_names_are_snake_case_of_okx_names() {
    // Documented okx_py names that differ from the rule: get_orderbook(depth) is OKX `sz`.
    let documented = [("depth", "sz")];
    // Python keywords and builtins shadowed by OKX names get a trailing `_`.
    let keywords = ["type", "from"];
    for spec in ENDPOINTS {
        for p in spec.params.iter().chain(spec.items) {
            if documented.contains(&(p.name, p.okx)) {
                continue;
            }
            let mut snake = String::new();
            for c in p.okx.chars() {
                if c.is_ascii_uppercase() {
                    snake.push('_');
                    snake.push(c.to_ascii_lowercase());
                } else {
                    snake.push(c);
                }
            }
            if keywords.contains(&snake.as_str()) {
                snake.push('_');
            }
            assert_eq!(snake, p.name, "{}: {}", spec.name, p.okx);
        }
    }
}

#[test]
fn names_and_paths_are_unique() {
    let mut seen = std::collections::HashSet::new();
    for spec in ENDPOINTS {
        assert!(seen.insert(spec.name), "duplicate method {}", spec.name);
    }
}

fn check_or_update(rel: &str, blocks: &[String], begin: &str, end: &str) {
    let path = project_file(rel);
    let text = std::fs::read_to_string(&path).expect(rel);
    let updated = splice(&text, blocks, begin, end).expect("generated markers");
    if std::env::var_os("OKX_UPDATE_GENERATED").is_some() {
        std::fs::write(&path, updated).expect(rel);
    } else {
        assert!(
            text == updated,
            "{rel} is out of date with the endpoint table: run `just stubs`"
        );
    }
}

#[test]
fn stubs_are_current() {
    check_or_update(
        "python/okx_py/_okx_py.pyi",
        &[type_stubs()],
        TYPES_BEGIN,
        TYPES_END,
    );
    check_or_update(
        "python/okx_py/_okx_py.pyi",
        &[stub_methods(false), stub_methods(true)],
        BEGIN,
        END,
    );
    check_or_update(
        "python/okx_py/_okx_py.pyi",
        &[ws_stub_methods()],
        WS_BEGIN,
        WS_END,
    );
}

#[test]
fn docs_table_is_current() {
    check_or_update(
        "docs/en/python.md",
        &[docs_table()],
        &format!("<!-- {BEGIN} -->"),
        &format!("<!-- {END} -->"),
    );
}
