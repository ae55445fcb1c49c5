"""Credentials and Config: documented defaults, validation, and secrets kept out of reprs."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from okx_py import Config, Credentials

API_KEY = "abcd1234-efgh-5678-ijkl-9012mnop3456"
SECRET = "TOPSECRET0123456789ABCDEFSECRET1"
PASSPHRASE = "my-very-own-passphrase"
# Anything from the middle of the key: shown keys keep at most their first and last four.
KEY_MIDDLE = "1234-efgh-5678-ijkl-9012"


def test_config_defaults_are_the_documented_ones() -> None:
    cfg = Config()
    assert cfg.credentials is None
    assert cfg.simulated is False
    assert cfg.timeout_secs == 30
    assert cfg.proxy_url is None
    assert cfg.rest_url is None
    assert cfg.ws_public_url is None
    assert cfg.ws_private_url is None
    assert cfg.ws_business_url is None


def test_config_credentials_are_the_first_positional_argument() -> None:
    creds = Credentials(API_KEY, SECRET, PASSPHRASE)
    cfg = Config(creds)
    assert cfg.credentials == creds
    assert cfg.simulated is False


def test_config_keeps_every_value_given() -> None:
    creds = Credentials(API_KEY, SECRET, PASSPHRASE)
    cfg = Config(
        creds,
        simulated=True,
        timeout_secs=2.5,
        proxy_url="http://127.0.0.1:3128",
        rest_url="http://127.0.0.1:8089",
        ws_public_url="ws://127.0.0.1:8089/ws/v5/public",
        ws_private_url="ws://127.0.0.1:8089/ws/v5/private",
        ws_business_url="ws://127.0.0.1:8089/ws/v5/business",
    )
    assert cfg.credentials == creds
    assert cfg.simulated is True
    assert cfg.timeout_secs == 2.5
    assert cfg.proxy_url == "http://127.0.0.1:3128"
    assert cfg.rest_url == "http://127.0.0.1:8089"
    assert cfg.ws_public_url == "ws://127.0.0.1:8089/ws/v5/public"
    assert cfg.ws_private_url == "ws://127.0.0.1:8089/ws/v5/private"
    assert cfg.ws_business_url == "ws://127.0.0.1:8089/ws/v5/business"


def test_effective_rest_url_defaults_to_okx_over_https() -> None:
    url = Config().effective_rest_url
    assert url.startswith("https://")
    assert url.endswith("okx.com")


def test_effective_rest_url_is_the_override_without_trailing_slash() -> None:
    assert Config(rest_url="http://127.0.0.1:9/").effective_rest_url == "http://127.0.0.1:9"
    assert Config(rest_url="https://example.test").effective_rest_url == "https://example.test"


def test_effective_rest_url_of_demo_trading_is_okx_too() -> None:
    assert "okx.com" in Config(simulated=True).effective_rest_url


@pytest.mark.parametrize("timeout", [0.0, -1.0, float("nan"), float("inf")])
def test_bad_timeout_is_value_error_naming_timeout_secs(timeout: float) -> None:
    with pytest.raises(ValueError, match="timeout_secs"):
        Config(timeout_secs=timeout)


def test_small_positive_timeout_is_accepted() -> None:
    assert Config(timeout_secs=0.25).timeout_secs == 0.25


BAD_URLS: dict[str, Callable[[str], Config]] = {
    "rest_url": lambda url: Config(rest_url=url),
    "proxy_url": lambda url: Config(proxy_url=url),
    "ws_public_url": lambda url: Config(ws_public_url=url),
    "ws_private_url": lambda url: Config(ws_private_url=url),
    "ws_business_url": lambda url: Config(ws_business_url=url),
}


@pytest.mark.parametrize(
    ("param", "url"),
    [
        ("rest_url", "ftp://127.0.0.1:21"),
        ("rest_url", "127.0.0.1:8080"),
        ("rest_url", "ws://127.0.0.1:8080"),
        ("proxy_url", "ftp://127.0.0.1:3128"),
        ("proxy_url", "127.0.0.1:3128"),
        ("ws_public_url", "http://127.0.0.1:8080/ws/v5/public"),
        ("ws_private_url", "https://127.0.0.1:8080/ws/v5/private"),
        ("ws_business_url", "127.0.0.1:8080"),
    ],
)
def test_bad_url_scheme_is_value_error_naming_the_parameter(param: str, url: str) -> None:
    with pytest.raises(ValueError, match=param) as err:
        BAD_URLS[param](url)
    assert url in str(err.value)


@pytest.mark.parametrize(
    ("param", "url"),
    [
        ("rest_url", "http://127.0.0.1:8080"),
        ("rest_url", "https://openapi.okx.com"),
        ("proxy_url", "http://127.0.0.1:3128"),
        ("ws_public_url", "wss://ws.okx.com:8443/ws/v5/public"),
        ("ws_business_url", "ws://127.0.0.1:8080/ws/v5/business"),
    ],
)
def test_good_url_schemes_are_accepted(param: str, url: str) -> None:
    cfg = BAD_URLS[param](url)
    assert url in repr(cfg)


def _shown_texts(obj: object) -> list[str]:
    return [repr(obj), str(obj), f"{obj}", f"{obj!r}", "%s" % (obj,)]  # noqa: UP031


def test_credentials_repr_and_str_hide_secret_passphrase_and_key_middle() -> None:
    creds = Credentials(API_KEY, SECRET, PASSPHRASE)
    for text in _shown_texts(creds):
        assert SECRET not in text
        assert PASSPHRASE not in text
        assert KEY_MIDDLE not in text
        assert "1234" not in text
    assert creds.api_key == API_KEY


def test_short_api_key_is_not_shown_at_all() -> None:
    creds = Credentials("k3y", SECRET, PASSPHRASE)
    for text in _shown_texts(creds):
        assert "k3y" not in text
        assert SECRET not in text
        assert PASSPHRASE not in text


def test_config_repr_hides_the_credentials_secrets() -> None:
    cfg = Config(Credentials(API_KEY, SECRET, PASSPHRASE), rest_url="http://127.0.0.1:9")
    for text in _shown_texts(cfg):
        assert SECRET not in text
        assert PASSPHRASE not in text
        assert KEY_MIDDLE not in text
    assert "http://127.0.0.1:9" in repr(cfg)


def test_credentials_compare_by_value() -> None:
    a = Credentials(API_KEY, SECRET, PASSPHRASE)
    assert a == Credentials(API_KEY, SECRET, PASSPHRASE)
    assert a != Credentials(API_KEY, SECRET, "another-passphrase")
    assert hash(a) == hash(Credentials(API_KEY, SECRET, PASSPHRASE))
