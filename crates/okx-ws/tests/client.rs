//! WsClient against a local OKX-like server: subscribe acks, routing, login, reconnects,
//! keep-alive, the `notice` handover and batch draining.

mod common;

use std::sync::Arc;
use std::time::Duration;

use common::{args, event_names, fast_opts, until_event, wait_until, Log, Server};
use okx_core::OkxError;
use okx_ws::{UrlKind, WsClient, WsMessage, WsOptions};
use serde_json::Value;

fn data_channels(msgs: &[WsMessage]) -> Vec<String> {
    msgs.iter()
        .filter_map(|m| match m {
            WsMessage::Data { channel, .. } => Some(channel.clone()),
            _ => None,
        })
        .collect()
}

#[tokio::test]
async fn subscribe_waits_for_the_ack_and_data_follows() {
    let server = Server::start().await;
    let ws = WsClient::connect_public(&server.config(false), fast_opts())
        .await
        .unwrap();
    assert!(ws.is_connected());
    ws.subscribe("tickers", args(&[("instId", "BTC-USDT")]))
        .await
        .unwrap();
    assert_eq!(ws.subscription_count(), 1);
    let sent = server.requests(0, "subscribe");
    assert_eq!(sent.len(), 1);
    assert_eq!(
        sent[0]["args"],
        serde_json::json!([{"channel": "tickers", "instId": "BTC-USDT"}])
    );
    assert!(sent[0]["id"].is_string(), "requests carry an id");

    let first = ws.recv().await.unwrap();
    assert_eq!(first.event_name(), Some("connected"));
    let ack = ws.recv().await.unwrap();
    let WsMessage::Event {
        event,
        arg,
        conn_id,
        url_kind,
        ..
    } = ack
    else {
        panic!("{ack:?}")
    };
    assert_eq!(event, "subscribe");
    assert_eq!(arg.unwrap()["instId"], "BTC-USDT");
    assert_eq!(conn_id.as_deref(), Some("c0000000"));
    assert_eq!(url_kind, UrlKind::Public);
    let WsMessage::Data {
        channel, arg, data, ..
    } = ws.recv().await.unwrap()
    else {
        panic!("no data")
    };
    assert_eq!(channel, "tickers");
    assert_eq!(arg["instId"], "BTC-USDT");
    assert_eq!(data[0]["n"], "0");

    ws.unsubscribe("tickers", args(&[("instId", "BTC-USDT")]))
        .await
        .unwrap();
    assert_eq!(ws.subscription_count(), 0);
    ws.close().await;
}

#[tokio::test]
async fn refused_subscription_is_an_api_error_and_not_remembered() {
    let server = Server::start().await;
    server.behave(|b| b.reject_inst = vec!["NOPE-USDT".into()]);
    let ws = WsClient::connect_public(&server.config(false), fast_opts())
        .await
        .unwrap();
    let err = ws
        .subscribe("tickers", args(&[("instId", "NOPE-USDT")]))
        .await
        .unwrap_err();
    assert!(matches!(err, OkxError::Api { .. }), "{err:?}");
    assert_eq!(err.code(), Some("60018"));
    assert!(err.to_string().contains("NOPE-USDT"), "{err}");
    assert_eq!(ws.subscription_count(), 0);
}

#[tokio::test]
async fn bad_subscriptions_fail_before_sending() {
    let server = Server::start().await;
    let ws = WsClient::connect_public(&server.config(false), fast_opts())
        .await
        .unwrap();
    let err = ws.subscribe("tickerz", args(&[])).await.unwrap_err();
    assert!(matches!(err, OkxError::InvalidArgument { .. }), "{err:?}");
    let err = ws.subscribe("tickers", args(&[])).await.unwrap_err();
    assert_eq!(err.to_string(), "inst_id is required by channel tickers");
    // A private channel without credentials.
    let err = ws
        .subscribe("orders", args(&[("instType", "ANY")]))
        .await
        .unwrap_err();
    assert!(err.to_string().contains("needs a login"), "{err}");
    assert!(server.requests(0, "subscribe").is_empty());
    assert_eq!(server.accepted(), 1);
}

#[tokio::test]
async fn channels_are_routed_to_their_url_and_business_opens_lazily() {
    let server = Server::start().await;
    let ws = WsClient::connect_public(&server.config(true), fast_opts())
        .await
        .unwrap();
    ws.subscribe("candle1m", args(&[("instId", "BTC-USDT")]))
        .await
        .unwrap();
    ws.subscribe("orders", args(&[("instType", "SPOT")]))
        .await
        .unwrap();
    ws.subscribe("orders-algo", args(&[("instType", "ANY")]))
        .await
        .unwrap();
    ws.subscribe("trades", args(&[("instId", "BTC-USDT")]))
        .await
        .unwrap();
    let paths: Vec<String> = server
        .log()
        .into_iter()
        .filter_map(|l| match l {
            Log::Open { path, .. } => Some(path),
            _ => None,
        })
        .collect();
    assert_eq!(
        paths,
        ["/ws/v5/public", "/ws/v5/business", "/ws/v5/private"]
    );
    let channels = |conn| -> Vec<String> {
        server
            .requests(conn, "subscribe")
            .iter()
            .map(|r| r["args"][0]["channel"].as_str().unwrap().to_owned())
            .collect()
    };
    assert_eq!(channels(0), ["trades"]);
    assert_eq!(channels(1), ["candle1m", "orders-algo"]);
    assert_eq!(channels(2), ["orders"]);
    // Business logged in only once orders-algo needed it, before subscribing to it.
    let business = server.texts(1);
    assert!(business[0].contains("candle1m"));
    assert!(business[1].contains("\"login\""));
    assert!(business[2].contains("orders-algo"));
    assert!(server.texts(2)[0].contains("\"login\""));
    assert_eq!(ws.subscription_count(), 4);
    assert!(ws.is_connected());
}

#[tokio::test]
async fn reconnect_after_server_drop_resubscribes_everything() {
    let server = Server::start().await;
    let ws = WsClient::connect_public(&server.config(false), fast_opts())
        .await
        .unwrap();
    for inst in ["BTC-USDT", "ETH-USDT"] {
        ws.subscribe("tickers", args(&[("instId", inst)]))
            .await
            .unwrap();
    }
    ws.subscribe("books5", args(&[("instId", "BTC-USDT")]))
        .await
        .unwrap();
    ws.unsubscribe("tickers", args(&[("instId", "ETH-USDT")]))
        .await
        .unwrap();
    let _ = ws.try_recv_batch(1000);

    server.drop_conn(0);
    let seen = until_event(&ws, "resubscribed", 5).await;
    let names = event_names(&seen);
    let pos = |n: &str| names.iter().position(|x| x == n).unwrap();
    assert!(pos("disconnected") < pos("reconnecting"), "{names:?}");
    assert!(pos("reconnecting") < pos("reconnected"), "{names:?}");
    assert!(pos("reconnected") < pos("resubscribed"), "{names:?}");
    assert!(ws.is_connected());
    assert_eq!(server.accepted(), 2);
    // Exactly the active set, in one request.
    let resub = server.requests(1, "subscribe");
    assert_eq!(resub.len(), 1);
    let mut restored: Vec<String> = resub[0]["args"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| {
            format!(
                "{}:{}",
                a["channel"].as_str().unwrap(),
                a["instId"].as_str().unwrap()
            )
        })
        .collect();
    restored.sort();
    assert_eq!(restored, ["books5:BTC-USDT", "tickers:BTC-USDT"]);
    assert_eq!(ws.subscription_count(), 2);
    ws.subscribe("trades", args(&[("instId", "BTC-USDT")]))
        .await
        .unwrap();
    assert_eq!(ws.subscription_count(), 3);
}

#[tokio::test]
async fn private_reconnect_logs_in_before_resubscribing() {
    let server = Server::start().await;
    let ws = WsClient::connect_private(&server.config(true), fast_opts())
        .await
        .unwrap();
    ws.subscribe("orders", args(&[("instType", "ANY")]))
        .await
        .unwrap();
    ws.subscribe("account", args(&[("ccy", "BTC")]))
        .await
        .unwrap();
    server.drop_all();
    until_event(&ws, "resubscribed", 5).await;
    let texts = server.texts(1);
    assert!(texts[0].contains("\"op\":\"login\""), "{texts:?}");
    assert!(texts[1].contains("\"op\":\"subscribe\""), "{texts:?}");
    assert_eq!(ws.subscription_count(), 2);
}

#[tokio::test]
async fn forced_reconnect_restores_all_connections() {
    let server = Server::start().await;
    let ws = WsClient::connect_public(&server.config(false), fast_opts())
        .await
        .unwrap();
    ws.subscribe("tickers", args(&[("instId", "BTC-USDT")]))
        .await
        .unwrap();
    ws.subscribe("candle5m", args(&[("instId", "BTC-USDT")]))
        .await
        .unwrap();
    ws.reconnect().await.unwrap();
    assert!(ws.is_connected());
    assert_eq!(server.accepted(), 4);
    wait_until(3, "old connections closed", || {
        server.open_conns().len() == 2
    })
    .await;
    assert_eq!(ws.subscription_count(), 2);
    assert_eq!(
        server.requests(2, "subscribe").len() + server.requests(3, "subscribe").len(),
        2
    );
}

#[tokio::test]
async fn ping_after_idle_and_pong_is_delivered() {
    let server = Server::start().await;
    server.behave(|b| b.pushes_per_subscribe = 0);
    let opts = WsOptions {
        ping_interval: Duration::from_millis(150),
        pong_timeout: Duration::from_millis(500),
        ..fast_opts()
    };
    let ws = WsClient::connect_public(&server.config(false), opts)
        .await
        .unwrap();
    wait_until(3, "a ping", || server.texts(0).iter().any(|t| t == "ping")).await;
    let mut got_pong = false;
    for _ in 0..10 {
        if let Ok(Some(WsMessage::Pong)) =
            tokio::time::timeout(Duration::from_secs(1), ws.recv()).await
        {
            got_pong = true;
            break;
        }
    }
    assert!(got_pong);
    // Answered pings keep the one connection.
    tokio::time::sleep(Duration::from_millis(500)).await;
    assert_eq!(server.accepted(), 1);
    assert!(server.texts(0).iter().filter(|t| *t == "ping").count() >= 2);
    assert!(ws.is_connected());
}

#[tokio::test]
async fn missing_pong_is_detected_and_the_client_reconnects() {
    let server = Server::start().await;
    server.behave(|b| b.answer_ping = false);
    let opts = WsOptions {
        ping_interval: Duration::from_millis(100),
        pong_timeout: Duration::from_millis(150),
        ..fast_opts()
    };
    let ws = WsClient::connect_public(&server.config(false), opts)
        .await
        .unwrap();
    ws.subscribe("tickers", args(&[("instId", "BTC-USDT")]))
        .await
        .unwrap();
    let seen = until_event(&ws, "disconnected", 5).await;
    let Some(WsMessage::Event { msg, .. }) = seen.last() else {
        panic!()
    };
    assert!(
        msg.as_deref().unwrap().contains("no answer to ping"),
        "{msg:?}"
    );
    until_event(&ws, "resubscribed", 5).await;
    assert!(server.accepted() >= 2);
    assert_eq!(server.requests(1, "subscribe").len(), 1);
}

#[tokio::test]
async fn notice_opens_the_new_connection_before_dropping_the_old() {
    let server = Server::start().await;
    let ws = WsClient::connect_public(&server.config(false), fast_opts())
        .await
        .unwrap();
    ws.subscribe("tickers", args(&[("instId", "BTC-USDT")]))
        .await
        .unwrap();
    ws.subscribe("trades", args(&[("instId", "BTC-USDT")]))
        .await
        .unwrap();
    server.send(
        0,
        r#"{"event":"notice","code":"64008","msg":"The connection will soon be closed for a service upgrade. Please reconnect.","connId":"c0000000"}"#,
    );
    let seen = until_event(&ws, "resubscribed", 5).await;
    assert!(event_names(&seen).contains(&"notice".to_owned()));
    assert!(!event_names(&seen).contains(&"disconnected".to_owned()));
    wait_until(3, "old connection closed", || server.open_conns() == [1]).await;
    let log = server.log();
    let new_acked = log
        .iter()
        .position(|l| matches!(l, Log::Text { conn: 1, text } if text.contains("subscribe")))
        .unwrap();
    let old_closed = log
        .iter()
        .position(|l| *l == Log::Closed { conn: 0 })
        .unwrap();
    assert!(new_acked < old_closed, "{log:#?}");
    assert_eq!(
        server.requests(1, "subscribe")[0]["args"]
            .as_array()
            .unwrap()
            .len(),
        2
    );
    assert!(ws.is_connected());
    assert_eq!(ws.subscription_count(), 2);
    // The old connection was closed by the client, not by a failure: no reconnect.
    tokio::time::sleep(Duration::from_millis(200)).await;
    assert_eq!(server.accepted(), 2);
}

#[tokio::test]
async fn try_recv_batch_drains_without_waiting() {
    let server = Server::start().await;
    server.behave(|b| b.pushes_per_subscribe = 500);
    let ws = WsClient::connect_public(&server.config(false), fast_opts())
        .await
        .unwrap();
    assert!(!ws.try_recv_batch(10).is_empty(), "the connected event");
    assert!(ws.try_recv_batch(10).is_empty());
    ws.subscribe("trades", args(&[("instId", "BTC-USDT")]))
        .await
        .unwrap();
    wait_until(5, "500 pushes queued", || ws.queued() >= 501).await;
    let first = ws.try_recv_batch(200);
    assert_eq!(first.len(), 200);
    assert_eq!(first[0].event_name(), Some("subscribe"));
    let rest = ws.try_recv_batch(10_000);
    assert_eq!(rest.len(), 301);
    let ns: Vec<String> = first[1..]
        .iter()
        .chain(rest.iter())
        .map(|m| match m {
            WsMessage::Data { data, .. } => data[0]["n"].as_str().unwrap().to_owned(),
            other => panic!("{other:?}"),
        })
        .collect();
    let expected: Vec<String> = (0..500).map(|n| n.to_string()).collect();
    assert_eq!(ns, expected, "arrival order is kept");
    assert!(ws.try_recv_batch(10).is_empty());
    // recv_batch waits for the first message, then takes what is there.
    ws.subscribe("trades", args(&[("instId", "ETH-USDT")]))
        .await
        .unwrap();
    let batch = ws.recv_batch(1000).await;
    assert_eq!(batch[0].event_name(), Some("subscribe"));
    let mut data = data_channels(&batch);
    while data.is_empty() {
        data = data_channels(&ws.recv_batch(1000).await);
    }
    assert_eq!(data[0], "trades");
}

#[tokio::test]
async fn giving_up_ends_the_stream_and_fails_methods() {
    let server = Server::start().await;
    let opts = WsOptions {
        max_reconnect_attempts: Some(2),
        ..fast_opts()
    };
    let ws = WsClient::connect_public(&server.config(false), opts)
        .await
        .unwrap();
    ws.subscribe("tickers", args(&[("instId", "BTC-USDT")]))
        .await
        .unwrap();
    server.behave(|b| b.accept = false);
    server.drop_all();
    let mut last = None;
    let deadline = tokio::time::Instant::now() + Duration::from_secs(5);
    while let Ok(Some(msg)) = tokio::time::timeout_at(deadline, ws.recv()).await {
        last = Some(msg);
    }
    let Some(WsMessage::Event { event, msg, .. }) = last else {
        panic!("{last:?}")
    };
    assert_eq!(event, "error");
    assert!(msg.unwrap().contains("gave up after 2 reconnect attempts"));
    assert!(!ws.is_connected());
    let err = ws
        .subscribe("trades", args(&[("instId", "BTC-USDT")]))
        .await
        .unwrap_err();
    assert!(matches!(err, OkxError::WebSocket { .. }), "{err:?}");
    assert!(ws.reconnect().await.is_err());
}

#[tokio::test]
async fn close_drains_then_ends() {
    let server = Server::start().await;
    let ws = WsClient::connect_public(&server.config(false), fast_opts())
        .await
        .unwrap();
    ws.subscribe("tickers", args(&[("instId", "BTC-USDT")]))
        .await
        .unwrap();
    ws.close().await;
    assert!(!ws.is_connected());
    let mut n = 0;
    while ws.recv().await.is_some() {
        n += 1;
    }
    assert!(n >= 2, "connected and ack stay readable");
    let err = ws.subscribe("trades", args(&[("instId", "X")])).await;
    assert!(matches!(err, Err(OkxError::WebSocket { .. })));
    wait_until(3, "server sees the close", || {
        server.open_conns().is_empty()
    })
    .await;
}

#[tokio::test]
async fn private_login_is_checked_and_refusals_are_auth_errors() {
    let server = Server::start().await;
    let ws = WsClient::connect_private(&server.config(true), fast_opts())
        .await
        .unwrap();
    let seen = until_event(&ws, "login", 2).await;
    let Some(WsMessage::Event { code, url_kind, .. }) = seen.last() else {
        panic!()
    };
    assert_eq!(code.as_deref(), Some("0"));
    assert_eq!(*url_kind, UrlKind::Private);

    let mut config = server.config(true);
    config.credentials = Some(okx_core::Credentials::new(
        common::KEY,
        common::SECRET,
        "wrong",
    ));
    let err = WsClient::connect_private(&config, fast_opts())
        .await
        .unwrap_err();
    assert!(matches!(err, OkxError::Auth { .. }), "{err:?}");
    assert_eq!(err.code(), Some("60024"));

    let err = WsClient::connect_private(&server.config(false), fast_opts())
        .await
        .unwrap_err();
    assert!(matches!(err, OkxError::InvalidArgument { .. }));
}

#[tokio::test]
async fn clock_skew_is_fixed_by_server_time_or_login_with_timestamp() {
    let server = Server::start().await;
    server.behave(|b| b.clock_skew_secs = 3600);
    let err = WsClient::connect_private(&server.config(true), fast_opts())
        .await
        .unwrap_err();
    assert_eq!(err.code(), Some("60006"));

    // WsOptions.server_time: one retry with OKX's clock.
    let opts = WsOptions {
        server_time: Some(Arc::new(|| {
            Box::pin(async { Some(okx_core::signer::unix_millis() + 3_600_000) })
        })),
        ..fast_opts()
    };
    let ws = WsClient::connect_private(&server.config(true), opts)
        .await
        .unwrap();
    assert!(ws.is_connected());

    // login_with_timestamp: a public client logs in on the private URL.
    let ws = WsClient::connect_public(&server.config(true), fast_opts())
        .await
        .unwrap();
    let server_now = okx_core::signer::unix_millis() / 1000 + 3600;
    assert!(ws.login_with_timestamp(server_now * 1000).await.is_err());
    ws.login_with_timestamp(server_now).await.unwrap();
    // The offset is kept: private subscriptions and re-logins use it.
    ws.subscribe("orders", args(&[("instType", "ANY")]))
        .await
        .unwrap();
    let private = server
        .log()
        .into_iter()
        .filter_map(|l| match l {
            Log::Open { conn, path } if path.ends_with("private") => Some(conn),
            _ => None,
        })
        .next_back()
        .unwrap();
    server.drop_conn(private);
    until_event(&ws, "resubscribed", 5).await;
    assert_eq!(ws.subscription_count(), 1);
}

#[tokio::test]
async fn acks_without_ids_are_matched_by_arg() {
    let server = Server::start().await;
    server.behave(|b| b.omit_ids = true);
    let ws = WsClient::connect_public(&server.config(false), fast_opts())
        .await
        .unwrap();
    ws.subscribe("tickers", args(&[("instId", "BTC-USDT")]))
        .await
        .unwrap();
    ws.subscribe("books", args(&[("instId", "BTC-USDT")]))
        .await
        .unwrap();
    server.drop_all();
    until_event(&ws, "resubscribed", 5).await;
    assert_eq!(ws.subscription_count(), 2);
}

#[tokio::test]
async fn channel_conn_count_error_ends_the_subscription() {
    let server = Server::start().await;
    let ws = WsClient::connect_private(&server.config(true), fast_opts())
        .await
        .unwrap();
    ws.subscribe("orders", args(&[("instType", "ANY")]))
        .await
        .unwrap();
    ws.subscribe("account", args(&[])).await.unwrap();
    server.send(
        0,
        r#"{"event":"channel-conn-count-error","channel":"orders","connCount":"31","connId":"c0000000"}"#,
    );
    let mut found = false;
    for _ in 0..20 {
        if let Ok(Some(WsMessage::ChannelConnCountError {
            channel,
            conn_count,
            ..
        })) = tokio::time::timeout(Duration::from_secs(1), ws.recv()).await
        {
            assert_eq!(channel, "orders");
            assert_eq!(conn_count.as_deref(), Some("31"));
            found = true;
            break;
        }
    }
    assert!(found);
    assert_eq!(ws.subscription_count(), 1);
    let subs: Vec<Value> = ws
        .subscriptions()
        .into_iter()
        .map(|m| m["channel"].clone())
        .collect();
    assert_eq!(subs, [Value::from("account")]);
}

#[tokio::test]
async fn unreachable_server_fails_connect() {
    let server = Server::start().await;
    server.behave(|b| b.accept = false);
    let err = WsClient::connect_public(&server.config(false), fast_opts())
        .await
        .unwrap_err();
    assert!(matches!(err, OkxError::WebSocket { .. }), "{err:?}");
    assert!(err.to_string().starts_with("ws://127.0.0.1:"), "{err}");
}

#[test]
fn connect_outside_a_runtime_is_an_error() {
    let config = okx_core::Config::default();
    // Polled once, outside any runtime.
    let fut = WsClient::connect_public(&config, WsOptions::default());
    let err = futures_util::FutureExt::now_or_never(fut);
    let Some(Err(err)) = err else {
        panic!("expected an immediate error")
    };
    assert!(err.to_string().contains("inside a tokio runtime"), "{err}");
}

#[test]
fn client_and_its_futures_can_cross_threads() {
    fn send_sync<T: Send + Sync>() {}
    fn send<T: Send>(_: &T) {}
    send_sync::<WsClient>();
    send_sync::<WsMessage>();
    send_sync::<WsOptions>();
    // Futures handed to another runtime thread (pyo3-async-runtimes) must be Send.
    let config = okx_core::Config::default();
    send(&WsClient::connect_public(&config, WsOptions::default()));
    send(&WsClient::connect_private(&config, WsOptions::default()));
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    rt.block_on(async {
        let server = Server::start().await;
        let ws = WsClient::connect_public(&server.config(false), fast_opts())
            .await
            .unwrap();
        send(&ws.subscribe("tickers", args(&[("instId", "BTC-USDT")])));
        send(&ws.unsubscribe("tickers", args(&[("instId", "BTC-USDT")])));
        send(&ws.recv());
        send(&ws.recv_batch(10));
        send(&ws.reconnect());
        send(&ws.close());
        send(&ws.login_with_timestamp(0));
    });
}
