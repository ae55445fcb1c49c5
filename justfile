# Every developer task of okx-py. Plain cargo, maturin and pytest underneath.
# Python work happens in .venv (created by py-setup; uv is used when present).

set shell := ["bash", "-euo", "pipefail", "-c"]

venv := ".venv"
py := venv + "/bin/python"
dev_deps := "'maturin>=1.7,<2' 'pytest>=7' 'pytest-asyncio>=0.23' 'mypy>=1.10' 'ruff>=0.5' python-okx ccxt orjson check-jsonschema zizmor hypothesis numpy httpx aiohttp websockets pyreqwest httpr picows matplotlib"

# List the recipes.
default:
    @just --list

# Create .venv and install the development dependencies.
py-setup:
    if [ ! -x {{py}} ]; then if command -v uv >/dev/null; then uv venv -q {{venv}}; else python3 -m venv {{venv}}; fi; fi
    if command -v uv >/dev/null; then VIRTUAL_ENV={{venv}} uv pip install -q {{dev_deps}}; else {{py}} -m pip install -q --disable-pip-version-check {{dev_deps}}; fi

# Build the extension in release mode and install okx-py into .venv.
py-build: py-setup
    VIRTUAL_ENV={{justfile_directory()}}/{{venv}} {{venv}}/bin/maturin develop --release --quiet

# Walk through the API against the embedded mock exchange.
demo: py-build
    {{py}} -m okx_py demo

# Run the mock exchange in the foreground (Ctrl-C stops it).
mock port="8089": py-build
    {{py}} -m okx_py mock --port {{port}}

# Every test: cargo (all crates), pytest (the Python API against okx-mock) and the
# installed-wheel check (tests/test_wheel.py uses the wheel `just wheel` leaves in dist/).
test: py-build wheel
    cargo test --workspace
    {{py}} -m pytest -q

# Build the release wheel for this platform (and the sdist) into dist/.
wheel: py-setup
    rm -rf dist
    {{venv}}/bin/maturin build --profile dist --out dist --quiet
    {{venv}}/bin/maturin sdist --out dist
    ls -l dist

# Formatting, lints, types and the stub check.
lint: py-build
    cargo fmt --all -- --check
    cargo clippy --workspace --all-targets -- -D warnings
    {{venv}}/bin/ruff check python tests crates/okx-py/examples benchmarks
    {{venv}}/bin/ruff format --check python tests crates/okx-py/examples benchmarks
    {{venv}}/bin/mypy --strict python/okx_py crates/okx-py/examples tests benchmarks
    {{py}} -m mypy.stubtest okx_py --allowlist stubtest-allowlist.txt
    {{venv}}/bin/check-jsonschema --builtin-schema vendor.github-workflows .github/workflows/*.yml
    {{venv}}/bin/zizmor --offline --config .github/zizmor.yml .github/workflows/

# Rewrite the generated stub and docs regions from the endpoint table.
stubs:
    OKX_UPDATE_GENERATED=1 cargo test -q -p okx-rest --test table
    OKX_UPDATE_GENERATED=1 cargo test -q -p okx-ws --test stubs

# Compare the endpoint table with data/rest-endpoints.tsv: lists every endpoint or
# parameter missing on either side (method, path, HTTP method, auth, params).
check-drift:
    cargo test -q -p okx-rest --test table table_matches_the_official_list

# Side-by-side benchmarks (see docs/performance.md): REST (ticker, balance, order, 64 in
# flight) and WebSocket (tickers, books, memory) against every peer; writes the tables and
# docs/performance.png and prints the total time (budget: under 8 minutes on 2 cores).
bench: py-build
    {{py}} benchmarks/suite.py

# Size, file list and import time of the wheel in dist/.
wheel-report: wheel
    {{py}} benchmarks/wheel_report.py
