//! TLS for `MockOptions { tls: true }`: a throwaway CA and a server certificate for 127.0.0.1
//! and localhost, made at start with rcgen, served by rustls with the ring provider.

use std::io;
use std::sync::Arc;

use rcgen::{
    BasicConstraints, CertificateParams, CertifiedIssuer, DnType, ExtendedKeyUsagePurpose, IsCa,
    KeyPair, KeyUsagePurpose,
};
use rustls::pki_types::{PrivateKeyDer, PrivatePkcs8KeyDer};
use rustls::ServerConfig;
use tokio_rustls::TlsAcceptor;

/// What a TLS server needs: the acceptor, and the CA certificate clients must trust.
pub(crate) struct TlsSetup {
    pub(crate) acceptor: TlsAcceptor,
    /// The CA certificate (PEM) that signed the server certificate.
    pub(crate) ca_pem: String,
}

/// Makes a fresh CA, a server certificate for 127.0.0.1 and localhost signed by it, and the
/// rustls configuration that serves it (HTTP/1.1 only, as the server speaks nothing else).
pub(crate) fn setup() -> io::Result<TlsSetup> {
    let ca_key = KeyPair::generate().map_err(other)?;
    let mut ca_params = CertificateParams::new(Vec::<String>::new()).map_err(other)?;
    ca_params.is_ca = IsCa::Ca(BasicConstraints::Unconstrained);
    ca_params.key_usages = vec![
        KeyUsagePurpose::KeyCertSign,
        KeyUsagePurpose::CrlSign,
        KeyUsagePurpose::DigitalSignature,
    ];
    ca_params
        .distinguished_name
        .push(DnType::CommonName, "okx-mock test CA");
    let ca = CertifiedIssuer::self_signed(ca_params, ca_key).map_err(other)?;

    let leaf_key = KeyPair::generate().map_err(other)?;
    let mut leaf_params =
        CertificateParams::new(vec!["127.0.0.1".to_owned(), "localhost".to_owned()])
            .map_err(other)?;
    leaf_params
        .distinguished_name
        .push(DnType::CommonName, "okx-mock");
    leaf_params.extended_key_usages = vec![ExtendedKeyUsagePurpose::ServerAuth];
    let leaf = leaf_params.signed_by(&leaf_key, &ca).map_err(other)?;

    let key = PrivateKeyDer::Pkcs8(PrivatePkcs8KeyDer::from(leaf_key.serialize_der()));
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let mut config = ServerConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .map_err(other)?
        .with_no_client_auth()
        .with_single_cert(vec![leaf.der().clone(), ca.der().clone()], key)
        .map_err(other)?;
    config.alpn_protocols = vec![b"http/1.1".to_vec()];
    Ok(TlsSetup {
        acceptor: TlsAcceptor::from(Arc::new(config)),
        ca_pem: ca.pem(),
    })
}

fn other(e: impl std::fmt::Display) -> io::Error {
    io::Error::other(format!("cannot set up TLS: {e}"))
}
