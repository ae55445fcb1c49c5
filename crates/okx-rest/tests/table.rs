//! The endpoint table against OKX's official list, and the generated stub and docs
//! regions against the table. `OKX_UPDATE_GENERATED=1 cargo test -p okx-rest --test table`
//! rewrites the generated regions (`just stubs`).

use std::collections::HashMap;
use std::path::PathBuf;

use okx_rest::request::{Auth, Method};
use okx_rest::stubs::{
    docs_table, splice, stub_methods, type_stubs, BEGIN, END, TYPES_BEGIN, TYPES_END,
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
    required: Vec<String>,
    optional: Vec<String>,
}

fn official_rows() -> HashMap<String, Row> {
    let text = std::fs::read_to_string(project_file("data/rest-endpoints.tsv"))
        .expect("data/rest-endpoints.tsv");
    let split = |s: &str| -> Vec<String> {
        if s == "-" || s == "?" {
            Vec::new()
        } else {
            s.split(',').map(|p| p.trim().to_owned()).collect()
        }
    };
    text.lines()
        .skip(1)
        .map(|line| {
            let cols: Vec<&str> = line.split('\t').collect();
            let row = Row {
                http: cols[2].to_owned(),
                path: cols[3].to_owned(),
                auth: cols[4].to_owned(),
                required: split(cols[5]),
                optional: split(cols[6]),
            };
            (cols[1].to_owned(), row)
        })
        .collect()
}

#[test]
fn every_endpoint_matches_the_official_list() {
    let rows = official_rows();
    for spec in ENDPOINTS {
        let row = rows
            .get(spec.name)
            .unwrap_or_else(|| panic!("{} is not in rest-endpoints.tsv", spec.name));
        assert_eq!(row.path, spec.path, "{}", spec.name);
        let http = match spec.method {
            Method::Get => "GET",
            Method::Post => "POST",
        };
        assert_eq!(row.http, http, "{}", spec.name);
        let auth = match spec.auth {
            Auth::Public => "public",
            Auth::Private => "private",
        };
        assert_eq!(row.auth, auth, "{}", spec.name);
        for p in spec.params {
            let official = if p.required {
                &row.required
            } else {
                &row.optional
            };
            assert!(
                official.iter().any(|o| o == p.okx),
                "{}: {} ({}) is not an official {} parameter",
                spec.name,
                p.name,
                p.okx,
                if p.required { "required" } else { "optional" }
            );
        }
        for req in &row.required {
            assert!(
                spec.params.iter().any(|p| p.required && p.okx == req),
                "{}: official required {req} missing",
                spec.name
            );
        }
    }
}

#[test]
fn python_names_are_snake_case_of_okx_names() {
    // Documented okx_py names that differ from the rule: get_orderbook(depth) is OKX `sz`.
    let documented = [("depth", "sz")];
    for spec in ENDPOINTS {
        for p in spec.params {
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
