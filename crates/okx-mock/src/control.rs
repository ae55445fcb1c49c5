//! Control endpoints for other processes (benchmarks), outside OKX's `/api/v5` namespace:
//! `POST /mock/ws-flood?channel=tickers&instId=BTC-USDT&count=N` starts a flood, as
//! [`MockServer::ws_flood`](crate::MockServer::ws_flood) does in-process. Answers use OKX's
//! envelope: `{"code":"0","msg":"","data":[]}` once every frame is encoded (they are written in
//! the background), 50014 for a missing parameter, 51000 for a bad one or when the flood
//! cannot start (unknown channel or instrument, no subscriber, count too large).

use std::sync::Arc;

use axum::extract::{RawQuery, State};
use axum::http::{header, Method, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::any;
use axum::Router;

use crate::codes;
use crate::rest::{ApiError, Query, Reply};
use crate::server::App;
use crate::ws;

/// The control routes.
pub(crate) fn routes() -> Router<Arc<App>> {
    Router::new().route("/mock/ws-flood", any(ws_flood))
}

async fn ws_flood(
    State(app): State<Arc<App>>,
    method: Method,
    RawQuery(raw): RawQuery,
) -> Response {
    if method != Method::POST {
        return reply(ApiError::new(codes::METHOD_INVALID, &[]).into());
    }
    let query = Query::parse(raw.as_deref());
    let params = (|| {
        let channel = query.req("channel")?.to_owned();
        let inst_id = query.req("instId")?.to_owned();
        let count = query
            .uint("count")?
            .ok_or_else(|| ApiError::empty("count"))?;
        Ok::<_, ApiError>((channel, inst_id, count))
    })();
    let (channel, inst_id, count) = match params {
        Ok(p) => p,
        Err(e) => return reply(e.into()),
    };
    // Encoding a large flood takes a while: keep it off the runtime's workers.
    let encoded =
        tokio::task::spawn_blocking(move || ws::flood(&app, &channel, &inst_id, count)).await;
    match encoded {
        Ok(Ok(())) => reply(Reply::data(Vec::new())),
        Ok(Err(msg)) => reply(
            ApiError {
                code: codes::PARAM_ERROR.code,
                http: codes::PARAM_ERROR.http,
                msg,
            }
            .into(),
        ),
        Err(e) => (StatusCode::INTERNAL_SERVER_ERROR, e.to_string()).into_response(),
    }
}

fn reply(r: Reply) -> Response {
    let status = StatusCode::from_u16(r.status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
    (
        status,
        [(header::CONTENT_TYPE, "application/json")],
        r.body.to_string(),
    )
        .into_response()
}

#[cfg(test)]
mod tests {
    use std::io::{BufRead, BufReader, Read, Write};
    use std::net::TcpStream;

    use crate::{MockOptions, MockServer};

    /// One HTTP/1.1 request; the status and the body.
    fn request(server: &MockServer, method: &str, target: &str) -> (u16, String) {
        let mut s = TcpStream::connect(("127.0.0.1", server.port())).unwrap();
        write!(
            s,
            "{method} {target} HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 0\r\n\
             Connection: close\r\n\r\n"
        )
        .unwrap();
        let mut r = BufReader::new(s);
        let mut status = String::new();
        r.read_line(&mut status).unwrap();
        let mut rest = String::new();
        r.read_to_string(&mut rest).unwrap();
        let body = rest
            .split_once("\r\n\r\n")
            .map_or("", |(_, b)| b)
            .to_owned();
        (status.split(' ').nth(1).unwrap().parse().unwrap(), body)
    }

    #[test]
    fn flood_endpoint_checks_its_parameters() {
        let s = MockServer::start(MockOptions::default()).unwrap();
        let (status, body) = request(&s, "POST", "/mock/ws-flood?channel=tickers&count=5");
        assert_eq!(status, 400);
        assert!(body.contains(r#""code":"50014""#), "{body}");
        assert!(body.contains("instId"), "{body}");
        let (status, body) = request(
            &s,
            "POST",
            "/mock/ws-flood?channel=tickers&instId=BTC-USDT&count=x",
        );
        assert_eq!(status, 400);
        assert!(body.contains(r#""code":"51000""#), "{body}");
        // No subscriber: the flood's own error comes back.
        let (status, body) = request(
            &s,
            "POST",
            "/mock/ws-flood?channel=tickers&instId=BTC-USDT&count=5",
        );
        assert_eq!(status, 400);
        assert!(body.contains("no connection is subscribed"), "{body}");
        let (status, body) = request(
            &s,
            "GET",
            "/mock/ws-flood?channel=tickers&instId=BTC-USDT&count=5",
        );
        assert_eq!(status, 405);
        assert!(body.contains(r#""code":"50115""#), "{body}");
        // Not a REST request.
        assert_eq!(s.request_count(), 0);
    }

    type Ws = tokio_tungstenite::WebSocketStream<
        tokio_tungstenite::MaybeTlsStream<tokio::net::TcpStream>,
    >;

    /// The next text frame, as JSON.
    async fn next_json(ws: &mut Ws) -> serde_json::Value {
        use futures_util::StreamExt;
        loop {
            let msg = tokio::time::timeout(std::time::Duration::from_secs(5), ws.next())
                .await
                .expect("a frame within 5 s")
                .expect("the connection stays open")
                .unwrap();
            if let tokio_tungstenite::tungstenite::Message::Text(t) = msg {
                return serde_json::from_str(t.as_str()).unwrap();
            }
        }
    }

    #[tokio::test(flavor = "multi_thread")]
    async fn flood_endpoint_floods_the_subscribers() {
        use futures_util::SinkExt;

        let s = MockServer::start(MockOptions::default()).unwrap();
        let (mut ws, _) = tokio_tungstenite::connect_async(s.ws_public_url())
            .await
            .unwrap();
        let sub = r#"{"op":"subscribe","args":[{"channel":"tickers","instId":"BTC-USDT"}]}"#;
        ws.send(tokio_tungstenite::tungstenite::Message::text(sub))
            .await
            .unwrap();
        assert_eq!(next_json(&mut ws).await["event"], "subscribe");
        let (status, body) = tokio::task::block_in_place(|| {
            request(
                &s,
                "POST",
                "/mock/ws-flood?channel=tickers&instId=BTC-USDT&count=50",
            )
        });
        assert_eq!(status, 200, "{body}");
        let answer: serde_json::Value = serde_json::from_str(&body).unwrap();
        assert_eq!(
            answer,
            serde_json::json!({"code": "0", "msg": "", "data": []})
        );
        for _ in 0..50 {
            let v = next_json(&mut ws).await;
            assert_eq!(v["arg"]["channel"], "tickers");
            assert_eq!(v["data"][0]["instId"], "BTC-USDT");
        }
    }
}
