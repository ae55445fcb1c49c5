"""Offline testing helpers: `MockExchange`, a local OKX-compatible exchange.

with MockExchange() as ex:            # 127.0.0.1, random port, stopped on exit
    client = OkxClient(ex.config())   # pointed at it, with credentials it accepts
"""

from okx_py._okx_py import MockExchange

__all__ = ["MockExchange"]
