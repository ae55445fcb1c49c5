//! The periodic market feed: every 10 ms the tbt book channels, every 100 ms a synthetic
//! wobble of the watched books (unless paused) plus `tickers`, `books`, `books5` and
//! `index-tickers`, and the slower channels at their OKX cadence. Nothing runs while nobody
//! watches market data.

use std::collections::HashSet;
use std::sync::Arc;
use std::time::Duration;

use super::books::{self, BookClass};
use super::channels::{Feed, Topic};
use super::hub::Locked;
use super::public;
use crate::server::App;
use crate::state::Exchange;

/// The feed's clock: OKX's fastest channels (bbo-tbt, books-l2-tbt) push every 10 ms.
const TICK: Duration = Duration::from_millis(10);
/// Change-driven channels that have not changed are pushed again after this long.
const MARK_PRICE_REFRESH_MS: i64 = 10_000;
const INDEX_REFRESH_MS: i64 = 60_000;

/// Runs the feed until the server's runtime stops.
pub(crate) async fn run(app: Arc<App>) {
    let mut interval = tokio::time::interval(TICK);
    interval.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Skip);
    let mut tick: u64 = 0;
    loop {
        interval.tick().await;
        tick = tick.wrapping_add(1);
        if !app.ws.lock().watches_market() {
            continue;
        }
        step(&app, tick);
    }
}

/// One tick: wobble, then publish what is due.
fn step(app: &App, tick: u64) {
    let now = app.now();
    let mut ex = app.exchange();
    let mut hub = app.ws.lock();
    let watched: Vec<(Topic, Feed)> = hub
        .topics()
        .filter(|(_, f)| f.is_market())
        .map(|(t, f)| (t.clone(), f))
        .collect();
    let every = |n: u64| tick % n == 0;
    if every(10) {
        let streams = &mut hub.inner.streams;
        if streams.paused {
            // Frozen, except where a book fault waits for a change to show.
            let forced = streams.needing_change();
            wobble(&mut ex, forced.iter().map(String::as_str).collect());
        } else {
            wobble(&mut ex, watched_markets(&watched));
        }
        streams.forget_unwatched(&watched);
    }
    for (topic, feed) in &watched {
        let inst_id = topic.inst_id.as_deref().unwrap_or("");
        match feed {
            Feed::Books | Feed::BooksTbt | Feed::Books50Tbt => {
                let class = BookClass::of(*feed).unwrap_or(BookClass::Books);
                if class.every_tick() || every(10) {
                    books::step(&mut hub, &ex, class, inst_id, now);
                }
            }
            Feed::BboTbt => books::top_step(&mut hub, &ex, *feed, inst_id, now),
            Feed::Books5 if every(10) => books::top_step(&mut hub, &ex, *feed, inst_id, now),
            Feed::Tickers if every(10) => push(&hub, &ex, topic, *feed, now),
            Feed::IndexTickers if every(10) => {
                push_on_change(&mut hub, &ex, topic, *feed, now, INDEX_REFRESH_MS)
            }
            Feed::MarkPrice if every(20) => {
                push_on_change(&mut hub, &ex, topic, *feed, now, MARK_PRICE_REFRESH_MS)
            }
            Feed::Candle | Feed::MarkPriceCandle | Feed::IndexCandle if every(100) => {
                push(&hub, &ex, topic, *feed, now)
            }
            Feed::OpenInterest if every(300) => push(&hub, &ex, topic, *feed, now),
            Feed::FundingRate if every(3_000) => push(&hub, &ex, topic, *feed, now),
            _ => {}
        }
    }
    books::release_due(&mut hub, &ex, now);
}

/// The instruments of the watched topics (index ids are not markets: skipped).
fn watched_markets(watched: &[(Topic, Feed)]) -> HashSet<&str> {
    watched
        .iter()
        .filter(|(_, f)| !matches!(f, Feed::IndexTickers | Feed::IndexCandle))
        .filter_map(|(t, _)| t.inst_id.as_deref())
        .collect()
}

/// One synthetic book change per instrument of `ids`.
fn wobble(ex: &mut Exchange, ids: HashSet<&str>) {
    if ids.is_empty() {
        return;
    }
    for market in ex.markets_mut() {
        if ids.contains(market.inst.inst_id.as_str()) {
            market.wobble();
        }
    }
}

fn push(hub: &Locked<'_>, ex: &Exchange, topic: &Topic, feed: Feed, now: i64) {
    if let Some(item) = public::payload(ex, feed, topic, now) {
        hub.publish(topic, &public::data_tail(&item));
    }
}

/// Pushes when the payload (apart from `ts`) changed, or `refresh_ms` after the last push.
fn push_on_change(
    hub: &mut Locked<'_>,
    ex: &Exchange,
    topic: &Topic,
    feed: Feed,
    now: i64,
    refresh_ms: i64,
) {
    let Some(mut item) = public::payload(ex, feed, topic, now) else {
        return;
    };
    if let Some(map) = item.as_object_mut() {
        map.remove("ts");
    }
    let key = (feed, topic.inst_id.clone().unwrap_or_default());
    let fingerprint = item.to_string();
    let due = match hub.inner.streams.last.get(&key) {
        Some((last, at)) => *last != fingerprint || now - at >= refresh_ms,
        None => true,
    };
    if !due {
        return;
    }
    hub.inner.streams.last.insert(key, (fingerprint, now));
    if let Some(map) = item.as_object_mut() {
        map.insert("ts".to_owned(), now.to_string().into());
    }
    hub.publish(topic, &public::data_tail(&item));
}
