//! Local order books against okx-mock in each of its book modes (today's OKX, legacy
//! checksums, the announced feed without a WS snapshot) and under each book fault: after
//! every fault the book resyncs when it must and ends equal, level for level, to the
//! exchange's book.

use std::sync::Arc;
use std::time::{Duration, Instant};

use okx_core::Config;
use okx_mock::{BookFault, BookMode, MockOptions, MockServer};
use okx_rest::{Method, OkxRestClient};
use okx_ws::{BookOptions, BookStats, BookStatus, LiveBook, RestGetFn, WsClient, WsOptions};
use serde_json::Value;

const INST: &str = "BTC-USDT";

fn config(mock: &MockServer) -> Config {
    Config {
        credentials: Some(mock.credentials()),
        simulated: mock.simulated(),
        rest_url: Some(mock.rest_url()),
        ws_public_url: Some(mock.ws_public_url()),
        ws_private_url: Some(mock.ws_private_url()),
        ws_business_url: Some(mock.ws_business_url()),
        ..Config::default()
    }
}

fn rest_get(rest: Arc<OkxRestClient>) -> RestGetFn {
    Arc::new(move |path: String, query: Vec<(String, String)>| {
        let rest = Arc::clone(&rest);
        Box::pin(async move {
            let params: Vec<(&str, &str)> = query
                .iter()
                .map(|(k, v)| (k.as_str(), v.as_str()))
                .collect();
            rest.request(Method::Get, &path, &params, None, false).await
        })
    })
}

struct Setup {
    mock: MockServer,
    rest: Arc<OkxRestClient>,
    ws: WsClient,
}

async fn setup(mode: BookMode) -> Setup {
    let mock = MockServer::start(MockOptions::default()).expect("mock starts");
    mock.set_book_mode(mode);
    let cfg = config(&mock);
    let rest = Arc::new(OkxRestClient::new(&cfg).expect("rest client"));
    let opts = WsOptions {
        rest_get: Some(rest_get(Arc::clone(&rest))),
        max_connects_per_sec: 1000,
        ..WsOptions::default()
    };
    let ws = WsClient::connect_public(&cfg, opts)
        .await
        .expect("connects");
    Setup { mock, rest, ws }
}

async fn until(what: &str, secs: u64, mut ok: impl FnMut() -> bool) {
    let deadline = Instant::now() + Duration::from_secs(secs);
    while !ok() {
        assert!(Instant::now() < deadline, "timed out waiting for {what}");
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
}

fn levels(v: &Value, side: &str) -> Vec<(String, String)> {
    v[side]
        .as_array()
        .expect("levels")
        .iter()
        .map(|l| {
            (
                l[0].as_str().expect("px").to_owned(),
                l[1].as_str().expect("sz").to_owned(),
            )
        })
        .collect()
}

/// Freezes the market, asks the exchange for its book (which publishes pending updates
/// first), waits until the local book reached that `seqId`, and compares every level.
async fn assert_matches_exchange(s: &Setup, book: &LiveBook) {
    s.mock.set_market_paused(true);
    tokio::time::sleep(Duration::from_millis(150)).await;
    let depth = book.kind().depth.to_string();
    let data = s
        .rest
        .request(
            Method::Get,
            "/api/v5/market/books",
            &[("instId", INST), ("sz", depth.as_str())],
            None,
            false,
        )
        .await
        .expect("REST book");
    let item = &data[0];
    let seq = item["seqId"].as_i64().expect("seqId");
    until("the book to reach the REST seqId", 10, || {
        book.status() == BookStatus::Synced && book.seq_id() == Some(seq)
    })
    .await;
    let (bids, asks) = book
        .read(|r| {
            let side = |l: &[okx_ws::book::Level]| -> Vec<(String, String)> {
                l.iter()
                    .map(|l| (l.px().to_owned(), l.sz().to_owned()))
                    .collect()
            };
            (side(r.book.bids()), side(r.book.asks()))
        })
        .expect("synced");
    assert_eq!(bids, levels(item, "bids"), "bids at seqId {seq}");
    assert_eq!(asks, levels(item, "asks"), "asks at seqId {seq}");
    assert!(!bids.is_empty() && !asks.is_empty());
    s.mock.set_market_paused(false);
}

async fn synced_book(s: &Setup, channel: &str) -> Arc<LiveBook> {
    let book =
        s.ws.subscribe_book(channel, INST, BookOptions::default())
            .await
            .expect("subscribes");
    until("the first sync", 10, || book.status() == BookStatus::Synced).await;
    book
}

/// Injects `fault` and waits until `done(stats)` holds.
async fn inject(
    s: &Setup,
    book: &LiveBook,
    fault: BookFault,
    what: &str,
    done: impl Fn(&BookStats) -> bool,
) {
    s.mock.book_fault(Some(INST), fault).expect("fault");
    until(what, 10, || done(&book.stats())).await;
}

const MODES: [BookMode; 3] = [BookMode::Okx, BookMode::Legacy, BookMode::Announced];

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn first_sync_in_every_mode_matches_the_exchange() {
    for mode in MODES {
        let s = setup(mode).await;
        let book = synced_book(&s, "books").await;
        assert_matches_exchange(&s, &book).await;
        let stats = book.stats();
        match mode {
            BookMode::Announced => {
                assert_eq!(stats.ws_snapshots, 0, "{mode:?}: no WS snapshot");
                assert!(stats.rest_snapshots >= 1, "{mode:?}: synced from REST");
            }
            _ => assert_eq!(stats.ws_snapshots, 1, "{mode:?}"),
        }
        assert_eq!(stats.checksum_mismatches, 0, "{mode:?}");
        s.ws.close().await;
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_gap_always_resyncs_to_the_right_book() {
    for mode in MODES {
        for channel in ["books", "books-l2-tbt", "books50-l2-tbt"] {
            let s = setup(mode).await;
            let book = synced_book(&s, channel).await;
            let before = book.stats();
            inject(&s, &book, BookFault::Gap, "a gap", |st| {
                st.gaps > before.gaps
            })
            .await;
            assert_matches_exchange(&s, &book).await;
            let after = book.stats();
            assert!(
                after.rest_snapshots > before.rest_snapshots,
                "{mode:?} {channel}: resynced from REST"
            );
            s.ws.close().await;
        }
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn duplicates_keep_alives_and_resets_keep_the_book() {
    for mode in MODES {
        let s = setup(mode).await;
        let book = synced_book(&s, "books").await;
        // Past the first pushes: a repeat inside the REST snapshot's window is skipped as
        // already contained, not counted as a duplicate.
        let pushes = book.stats().pushes;
        until("updates", 10, || book.stats().pushes >= pushes + 2).await;
        let before = book.stats();
        inject(
            &s,
            &book,
            BookFault::Duplicate,
            &format!("a duplicate ({mode:?})"),
            |st| st.duplicates > before.duplicates,
        )
        .await;
        let pushes = book.stats().pushes;
        s.mock.set_market_paused(true);
        inject(&s, &book, BookFault::KeepAlive, "a keep-alive", |st| {
            st.pushes > pushes
        })
        .await;
        s.mock.set_market_paused(false);
        let seq = book.seq_id().expect("seq");
        s.mock
            .book_fault(Some(INST), BookFault::Reset)
            .expect("reset");
        until("the reset", 10, || {
            book.seq_id().is_some_and(|now| now < seq)
        })
        .await;
        assert_matches_exchange(&s, &book).await;
        let after = book.stats();
        assert_eq!(after.gaps, before.gaps, "{mode:?}: none of these is a gap");
        assert_eq!(after.rest_snapshots, before.rest_snapshots, "{mode:?}");
        s.ws.close().await;
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_bad_checksum_resyncs_in_legacy_mode() {
    let s = setup(BookMode::Legacy).await;
    let book = synced_book(&s, "books").await;
    inject(
        &s,
        &book,
        BookFault::BadChecksum,
        "a checksum mismatch",
        |st| st.checksum_mismatches == 1,
    )
    .await;
    assert_matches_exchange(&s, &book).await;
    assert!(book.stats().rest_snapshots >= 1);
    s.ws.close().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_delayed_snapshot_is_waited_for_or_replaced_by_rest() {
    for mode in [BookMode::Okx, BookMode::Legacy] {
        let s = setup(mode).await;
        s.mock
            .book_fault(Some(INST), BookFault::DelaySnapshot { millis: 500 })
            .expect("fault");
        let book =
            s.ws.subscribe_book("books", INST, BookOptions::default())
                .await
                .expect("subscribes");
        assert_ne!(book.status(), BookStatus::Synced, "{mode:?}: nothing yet");
        until("the first sync", 10, || book.status() == BookStatus::Synced).await;
        assert_matches_exchange(&s, &book).await;
        s.ws.close().await;
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn snapshot_channels_and_reconnects() {
    let s = setup(BookMode::Okx).await;
    let b5 = synced_book(&s, "books5").await;
    let bbo = synced_book(&s, "bbo-tbt").await;
    let full = synced_book(&s, "books").await;
    let top = |b: &LiveBook| b.read(|r| r.book.bids().first().map(|l| l.px().to_owned()));
    assert_eq!(b5.read(|r| r.book.bids().len()).expect("synced"), 5);
    assert_eq!(bbo.read(|r| r.book.asks().len()).expect("synced"), 1);
    s.mock.set_market_paused(true);
    tokio::time::sleep(Duration::from_millis(300)).await;
    assert_eq!(top(&b5).expect("synced"), top(&full).expect("synced"));
    s.mock.set_market_paused(false);
    // A dropped connection: stale until the resubscription's snapshot comes.
    s.mock.ws_fault(okx_mock::WsFault::DropAll);
    until("the book to go stale", 10, || {
        full.status() != BookStatus::Synced
    })
    .await;
    until("the resync", 20, || full.status() == BookStatus::Synced).await;
    assert_matches_exchange(&s, &full).await;
    // Unsubscribing closes the book.
    let mut arg = serde_json::Map::new();
    arg.insert("instId".into(), INST.into());
    s.ws.unsubscribe("books", arg).await.expect("unsubscribes");
    assert_eq!(full.status(), BookStatus::Closed);
    assert!(s.ws.book("books", INST).is_none());
    s.ws.close().await;
    assert_eq!(b5.status(), BookStatus::Closed);
}
