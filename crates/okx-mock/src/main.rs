//! The `okx-mock` binary: `okx-mock [--port N] [--live] [--tls] [--book-mode MODE] [--verbose]`
//! serves the mock exchange (REST and WebSocket) on 127.0.0.1 until Ctrl-C or SIGTERM.

use std::process::ExitCode;

use okx_mock::{BookMode, MockOptions, MockServer};

const USAGE: &str = "usage: okx-mock [--port N] [--live] [--tls] [--book-mode MODE] [--verbose]\n\
  --port N          TCP port on 127.0.0.1 (default 0: pick a free one)\n\
  --live            the test key is a live key (default: demo, send x-simulated-trading: 1)\n\
  --tls             serve https and wss with a fresh certificate; its CA is printed (PEM)\n\
  --book-mode MODE  okx (default), legacy (real checksums) or announced (no WS snapshot)\n\
  --verbose         log every request to stderr";

fn main() -> ExitCode {
    let mut opts = MockOptions::default();
    let mut verbose = false;
    let mut book_mode = BookMode::Okx;
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--port" => match args.next().map(|p| p.parse::<u16>()) {
                Some(Ok(port)) => opts.port = port,
                _ => return usage_error("--port needs a number from 0 to 65535"),
            },
            "--live" => opts.simulated = false,
            "--tls" => opts.tls = true,
            "--book-mode" => match args.next().as_deref() {
                Some("okx") => book_mode = BookMode::Okx,
                Some("legacy") => book_mode = BookMode::Legacy,
                Some("announced") => book_mode = BookMode::Announced,
                _ => return usage_error("--book-mode needs okx, legacy or announced"),
            },
            "--verbose" => verbose = true,
            "-h" | "--help" => {
                println!("{USAGE}");
                return ExitCode::SUCCESS;
            }
            other => return usage_error(&format!("unknown argument {other:?}")),
        }
    }
    if verbose {
        log::set_logger(&STDERR_LOGGER)
            .map(|()| log::set_max_level(log::LevelFilter::Debug))
            .ok();
    }
    let server = match MockServer::start(opts) {
        Ok(server) => server,
        Err(e) => {
            eprintln!("okx-mock: cannot start on port {}: {e}", opts.port);
            return ExitCode::FAILURE;
        }
    };
    server.set_book_mode(book_mode);
    let creds = server.credentials();
    println!("okx-mock listening on {}", server.rest_url());
    println!("websocket:  {}", server.ws_public_url());
    if let Some(ca) = server.ca_cert_pem() {
        println!("trust this CA certificate:\n{ca}");
    }
    // Printing the test secret is the point: it is a fixed, public test value.
    println!("api key:    {}", creds.api_key);
    println!("secret key: {}", creds.secret_key());
    println!("passphrase: {}", creds.passphrase());
    println!(
        "environment: {}",
        if server.simulated() {
            "demo (send x-simulated-trading: 1)"
        } else {
            "live"
        }
    );
    if let Err(e) = wait_for_signal() {
        eprintln!("okx-mock: cannot wait for signals: {e}");
    }
    server.shutdown();
    ExitCode::SUCCESS
}

fn usage_error(problem: &str) -> ExitCode {
    eprintln!("okx-mock: {problem}\n{USAGE}");
    ExitCode::from(2)
}

/// Blocks until Ctrl-C (SIGINT) or, on Unix, SIGTERM.
fn wait_for_signal() -> std::io::Result<()> {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()?;
    runtime.block_on(async {
        #[cfg(unix)]
        {
            let mut term =
                tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate())?;
            tokio::select! {
                r = tokio::signal::ctrl_c() => r,
                _ = term.recv() => Ok(()),
            }
        }
        #[cfg(not(unix))]
        {
            tokio::signal::ctrl_c().await
        }
    })
}

/// Writes log records to stderr (only with `--verbose`).
struct StderrLogger;

static STDERR_LOGGER: StderrLogger = StderrLogger;

impl log::Log for StderrLogger {
    fn enabled(&self, metadata: &log::Metadata<'_>) -> bool {
        metadata.target().starts_with("okx_mock")
    }

    fn log(&self, record: &log::Record<'_>) {
        if self.enabled(record.metadata()) {
            eprintln!("[{}] {}", record.level(), record.args());
        }
    }

    fn flush(&self) {}
}
