//! The funding account and transfers between it (`6`) and the trading account (`18`).

use std::collections::BTreeMap;

use rust_decimal::Decimal;
use serde_json::{json, Value};

use super::events::Event;
use super::matching::ItemError;
use super::num::fmt;
use super::Exchange;
use crate::codes;

/// OKX's account type of the funding account.
pub(crate) const FUNDING: &str = "6";
/// OKX's account type of the trading account.
pub(crate) const TRADING: &str = "18";

/// Funding balances and the transfers made.
#[derive(Debug, Default)]
pub(crate) struct Funding {
    balances: BTreeMap<String, Decimal>,
    transfers: Vec<Value>,
    next_trans_id: u64,
}

/// A validated transfer request.
#[derive(Debug, Clone)]
pub(crate) struct Transfer {
    pub(crate) ccy: String,
    pub(crate) amt: Decimal,
    pub(crate) from: String,
    pub(crate) to: String,
    pub(crate) client_id: String,
}

impl Funding {
    /// `asset/balances` items: currencies with a non-zero funding balance, `ccys` only when
    /// given.
    pub(crate) fn balances_json(&self, ccys: Option<&[&str]>) -> Vec<Value> {
        self.balances
            .iter()
            .filter(|(ccy, bal)| {
                !bal.is_zero() && ccys.map_or(true, |list| list.contains(&ccy.as_str()))
            })
            .map(|(ccy, bal)| {
                json!({"availBal": fmt(*bal), "bal": fmt(*bal), "ccy": ccy, "frozenBal": "0"})
            })
            .collect()
    }

    /// `asset/transfer-state` items, by `transId` or `clientId`.
    pub(crate) fn transfer_state(
        &self,
        trans_id: Option<&str>,
        client_id: Option<&str>,
    ) -> Vec<Value> {
        self.transfers
            .iter()
            .filter(|t| {
                trans_id.map_or(true, |id| t["transId"] == id)
                    && client_id.map_or(true, |id| t["clientId"] == id)
            })
            .cloned()
            .collect()
    }
}

impl Exchange {
    /// Moves `amt` of `ccy` between the funding and the trading account.
    pub(crate) fn transfer(&mut self, req: &Transfer, now: i64) -> Result<Value, ItemError> {
        let accounts = [FUNDING, TRADING];
        if !accounts.contains(&req.from.as_str()) {
            return Err(ItemError::param("from"));
        }
        if !accounts.contains(&req.to.as_str()) {
            return Err(ItemError::param("to"));
        }
        if req.from == req.to {
            return Err(ItemError::new(codes::TRANSFER_SAME, &[]));
        }
        if req.amt <= Decimal::ZERO {
            return Err(ItemError::new(codes::TRANSFER_AMT, &[]));
        }
        let available = if req.from == FUNDING {
            self.funding
                .balances
                .get(&req.ccy)
                .copied()
                .unwrap_or_default()
        } else {
            self.available(&req.ccy)
        };
        if req.amt > available {
            return Err(ItemError::new(codes::TRANSFER_EXCEEDS, &[]));
        }
        let sign = if req.from == FUNDING {
            Decimal::ONE
        } else {
            Decimal::NEGATIVE_ONE
        };
        *self.funding.balances.entry(req.ccy.clone()).or_default() -= sign * req.amt;
        self.account.add_cash(&req.ccy, sign * req.amt, now);
        self.events.push(Event::Balance(req.ccy.clone()));
        self.funding.next_trans_id += 1;
        let trans_id = (1_000_000 + self.funding.next_trans_id).to_string();
        let amt = fmt(req.amt);
        self.funding.transfers.push(json!({
            "amt": amt, "ccy": req.ccy, "clientId": req.client_id, "from": req.from,
            "instId": "", "state": "success", "subAcct": "", "to": req.to, "toInstId": "",
            "transId": trans_id, "type": "0",
        }));
        Ok(json!({
            "transId": trans_id, "ccy": req.ccy, "clientId": req.client_id,
            "from": req.from, "amt": amt, "to": req.to,
        }))
    }
}
