//! TLS mode: https and wss on one port, trusted through the CA certificate the server gives.

mod wsclient;

use std::sync::Arc;

use okx_mock::{MockOptions, MockServer};
use rustls::pki_types::pem::PemObject;
use rustls::pki_types::{CertificateDer, ServerName};
use rustls::{ClientConfig, RootCertStore};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;
use tokio_rustls::client::TlsStream;
use tokio_rustls::TlsConnector;
use wsclient::Client;

/// A TLS connection to the server that trusts only its CA.
async fn tls(server: &MockServer) -> TlsStream<TcpStream> {
    let pem = server.ca_cert_pem().expect("a TLS server has a CA");
    let mut roots = RootCertStore::empty();
    let ca = CertificateDer::from_pem_slice(pem.as_bytes()).expect("the CA is PEM");
    roots.add(ca).expect("the CA is a valid trust anchor");
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let config = ClientConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .expect("ring supports the default versions")
        .with_root_certificates(roots)
        .with_no_client_auth();
    let tcp = TcpStream::connect(("127.0.0.1", server.port()))
        .await
        .expect("the server listens");
    let name = ServerName::try_from("127.0.0.1").expect("an IP is a server name");
    TlsConnector::from(Arc::new(config))
        .connect(name, tcp)
        .await
        .expect("the server certificate verifies against the CA")
}

#[tokio::test]
async fn https_and_wss_share_the_port() {
    let s = MockServer::start(MockOptions {
        tls: true,
        ..MockOptions::default()
    })
    .unwrap();
    let port = s.port();
    assert_eq!(s.rest_url(), format!("https://127.0.0.1:{port}"));
    assert_eq!(
        s.ws_public_url(),
        format!("wss://127.0.0.1:{port}/ws/v5/public")
    );
    assert!(s
        .ca_cert_pem()
        .unwrap()
        .starts_with("-----BEGIN CERTIFICATE-----"));

    let mut stream = tls(&s).await;
    let request = format!(
        "GET /api/v5/public/time HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nConnection: close\r\n\r\n"
    );
    stream.write_all(request.as_bytes()).await.unwrap();
    let mut answer = String::new();
    let _ = stream.read_to_string(&mut answer).await;
    assert!(answer.starts_with("HTTP/1.1 200"), "{answer}");
    assert!(answer.contains(r#""code":"0""#), "{answer}");

    let (ws, _) = tokio_tungstenite::client_async(s.ws_public_url(), tls(&s).await)
        .await
        .unwrap();
    let mut c = Client { ws };
    c.send("ping").await;
    assert_eq!(c.recv().await, "pong");
    let login = c.login(&s).await;
    assert_eq!(login["code"], "0");

    // A plain client gets no answer it can use.
    assert!(
        tokio_tungstenite::connect_async(format!("ws://127.0.0.1:{port}/ws/v5/public"))
            .await
            .is_err()
    );
}

#[test]
fn plain_servers_have_no_ca() {
    let s = MockServer::start(MockOptions::default()).unwrap();
    assert_eq!(s.ca_cert_pem(), None);
    assert!(s.rest_url().starts_with("http://"));
}
