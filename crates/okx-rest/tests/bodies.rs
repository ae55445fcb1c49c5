//! Rust callers send item arrays and JSON-typed parameters as OKX expects: the body the
//! exchange (okx-mock's request journal) received is a JSON array of order objects.

use okx_core::Config;
use okx_mock::{MockOptions, MockServer};
use okx_rest::{CancelBatchOrders, OkxRestClient, Request};

fn setup() -> (MockServer, OkxRestClient) {
    let mock = MockServer::start(MockOptions::default()).expect("mock starts");
    let config = Config {
        credentials: Some(mock.credentials()),
        simulated: mock.simulated(),
        rest_url: Some(mock.rest_url()),
        ..Config::default()
    };
    let client = OkxRestClient::new(&config).expect("client");
    (mock, client)
}

fn cancel_two() -> CancelBatchOrders {
    CancelBatchOrders {
        orders: vec![
            vec![("instId", "BTC-USDT".into()), ("ordId", "1".into())],
            vec![("instId", "ETH-USDT".into()), ("clOrdId", "b2".into())],
        ],
    }
}

fn assert_array_body(mock: &MockServer) {
    let seen = mock.requests(Some(CancelBatchOrders::SPEC.path));
    let text = &seen.last().expect("a request reached the exchange").body;
    let body: serde_json::Value = serde_json::from_str(text).expect("a JSON body");
    let items = body.as_array().expect("an array body");
    assert_eq!(items.len(), 2, "{body:?}");
    assert_eq!(items[0]["ordId"], "1");
    assert_eq!(items[1]["clOrdId"], "b2");
}

#[test]
fn send_blocking_sends_the_item_array() {
    let (mock, client) = setup();
    // Unknown orders: the exchange refuses them item by item; the body is what counts.
    let _ = client.send_blocking(&cancel_two());
    assert_array_body(&mock);
}

#[tokio::test(flavor = "current_thread")]
async fn send_sends_the_item_array() {
    let (mock, client) = setup();
    let _ = client.send(&cancel_two()).await;
    assert_array_body(&mock);
}
