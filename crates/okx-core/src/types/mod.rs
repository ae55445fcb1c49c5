//! Typed, immutable results of OKX answers. Numeric fields stay the exact strings OKX
//! sends; each value keeps the item's original JSON so nothing OKX sent is lost.

use serde::{Deserialize, Deserializer};
use serde_json::value::RawValue;

#[cfg(feature = "python")]
pub mod json;
#[cfg(feature = "python")]
pub mod python;

mod book;
mod defs;
mod raw;

pub use book::{BookLevel, Candle, OrderBook, CANDLE_KEYS};
pub use defs::*;
pub use raw::RawData;

/// Decodes one item of `data` and keeps its original text for `to_dict()`.
pub trait FromItem: Sized {
    /// Decodes `raw`, one element of the answer's `data` array.
    ///
    /// # Errors
    /// The JSON error when the item does not have the expected shape.
    fn from_item(raw: &RawValue) -> serde_json::Result<Self>;
}

/// How the answer a result came in was timed: the client's round trip (from sending the
/// request to having the whole answer) and OKX's `inTime` / `outTime` (microseconds, at
/// its gateway) where the answer carries them (order endpoints, WebSocket order replies).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Timing {
    /// Client round trip.
    pub rtt: std::time::Duration,
    /// OKX's `inTime`, Unix microseconds.
    pub in_time: Option<i64>,
    /// OKX's `outTime`, Unix microseconds.
    pub out_time: Option<i64>,
}

/// The timing a result carries; results are equal whatever their timing.
#[derive(Debug, Clone, Default)]
pub struct Meta(pub Option<std::sync::Arc<Timing>>);

impl PartialEq for Meta {
    fn eq(&self, _other: &Self) -> bool {
        true
    }
}

impl Eq for Meta {}

/// A decoded result that can carry the timing of its answer.
pub trait Timed {
    /// Records the answer's timing (every item of a list shares it).
    fn set_timing(&mut self, _timing: &std::sync::Arc<Timing>) {}
}

impl<T: Timed> Timed for Vec<T> {
    fn set_timing(&mut self, timing: &std::sync::Arc<Timing>) {
        for item in self {
            item.set_timing(timing);
        }
    }
}

impl Timed for RawData {}
impl Timed for OrderBook {}
impl Timed for Candle {}

/// Accepts a string, number, boolean or null where OKX documents a string: OKX mixes
/// encodings (`"reduceOnly": "true"` beside JSON booleans), and absent means `""`.
pub fn lenient_string<'de, D: Deserializer<'de>>(de: D) -> Result<String, D::Error> {
    #[derive(Deserialize)]
    #[serde(untagged)]
    enum Scalar<'a> {
        #[serde(borrow)]
        Str(std::borrow::Cow<'a, str>),
        Bool(bool),
        Num(serde_json::Number),
        Null(()),
        Other(serde::de::IgnoredAny),
    }
    Ok(match Scalar::deserialize(de)? {
        Scalar::Str(s) => s.into_owned(),
        Scalar::Bool(b) => b.to_string(),
        Scalar::Num(n) => n.to_string(),
        Scalar::Null(()) | Scalar::Other(_) => String::new(),
    })
}

/// Decodes a nested array of items, each keeping its own original text.
pub fn nested_items<'de, D: Deserializer<'de>, T: FromItem>(de: D) -> Result<Vec<T>, D::Error> {
    let raws = Option::<Vec<Box<RawValue>>>::deserialize(de)?.unwrap_or_default();
    raws.iter()
        .map(|raw| T::from_item(raw).map_err(serde::de::Error::custom))
        .collect()
}

/// Declares a domain type: a struct of OKX string fields (snake_case attribute = OKX key),
/// optionally with nested typed lists, plus its Python class when the `python` feature is on.
#[macro_export]
#[doc(hidden)]
macro_rules! okx_type {
    (
        $(#[doc = $doc:literal])*
        $name:ident {
            $( $field:ident = $okx:literal ),* $(,)?
        }
        $( nested { $( $nfield:ident : $nty:ty = $nokx:literal ),* $(,)? } )?
    ) => {
        $crate::okx_type!(@struct [$(#[doc = $doc])*] $name
            { $( $field = $okx ),* } { $( $( $nfield : $nty = $nokx ),* )? });

        impl $name {
            /// Attribute names and the OKX keys they come from, in declaration order.
            pub const FIELDS: &'static [(&'static str, &'static str)] =
                &[$( (stringify!($field), $okx) ),*];
            /// Nested list attributes and the type of their items.
            pub const NESTED: &'static [(&'static str, &'static str)] =
                &[$( $( (stringify!($nfield), stringify!($nty)) ),* )?];
            /// The type's one-line description.
            pub const DOC: &'static str = concat!($($doc),*);

            /// The item exactly as OKX sent it, as JSON text.
            pub fn raw_json(&self) -> &str {
                &self.raw
            }
        }

        impl $crate::types::Timed for $name {
            fn set_timing(&mut self, timing: &std::sync::Arc<$crate::types::Timing>) {
                self.meta = $crate::types::Meta(Some(std::sync::Arc::clone(timing)));
            }
        }

        impl $name {
            /// How the answer this item came in was timed, when the client recorded it.
            pub fn timing(&self) -> Option<&$crate::types::Timing> {
                self.meta.0.as_deref()
            }
        }

        impl $crate::types::FromItem for $name {
            fn from_item(raw: &serde_json::value::RawValue) -> serde_json::Result<Self> {
                let mut value: Self = serde_json::from_str(raw.get())?;
                value.raw = raw.get().to_owned();
                Ok(value)
            }
        }

        $crate::okx_type!(@python $name { $( $field ),* });
    };

    (@struct [$($attr:tt)*] $name:ident { $( $field:ident = $okx:literal ),* }
        { $( $nfield:ident : $nty:ty = $nokx:literal ),* }) => {
        $($attr)*
        #[cfg(not(feature = "python"))]
        #[derive(Debug, Clone, PartialEq, Eq, Default, serde::Deserialize)]
        pub struct $name {
            $(
                #[doc = concat!("OKX `", $okx, "`.")]
                #[serde(rename = $okx, default, deserialize_with = "crate::types::lenient_string")]
                pub $field: String,
            )*
            $(
                #[doc = concat!("OKX `", $nokx, "`.")]
                #[serde(rename = $nokx, default, deserialize_with = "crate::types::nested_items")]
                pub $nfield: Vec<$nty>,
            )*
            #[serde(skip)]
            raw: String,
            #[serde(skip)]
            meta: $crate::types::Meta,
        }

        $($attr)*
        #[cfg(feature = "python")]
        #[derive(Debug, Clone, PartialEq, Eq, Default, serde::Deserialize)]
        #[pyo3::pyclass(frozen, eq, module = "okx_py")]
        pub struct $name {
            $(
                #[doc = concat!("OKX `", $okx, "`.")]
                #[serde(rename = $okx, default, deserialize_with = "crate::types::lenient_string")]
                #[pyo3(get)]
                pub $field: String,
            )*
            $(
                #[doc = concat!("OKX `", $nokx, "`.")]
                #[serde(rename = $nokx, default, deserialize_with = "crate::types::nested_items")]
                #[pyo3(get)]
                pub $nfield: Vec<$nty>,
            )*
            #[serde(skip)]
            raw: String,
            #[serde(skip)]
            meta: $crate::types::Meta,
        }
    };

    (@python $name:ident { $( $field:ident ),* }) => {
        #[cfg(feature = "python")]
        #[pyo3::pymethods]
        impl $name {
            /// The item as OKX sent it: official camelCase keys, values unchanged.
            fn to_dict<'py>(&self, py: pyo3::Python<'py>) -> pyo3::PyResult<pyo3::Bound<'py, pyo3::PyAny>> {
                $crate::types::python::raw_to_py(py, &self.raw)
            }

            /// How the answer this item came in was timed: `rtt_us` (the client's round
            /// trip), and OKX's `in_time` / `out_time` (Unix microseconds at its gateway)
            /// where the answer carried them; None when not recorded.
            #[getter]
            fn latency<'py>(&self, py: pyo3::Python<'py>) -> pyo3::PyResult<Option<pyo3::Bound<'py, pyo3::types::PyDict>>> {
                use pyo3::types::PyDictMethods;
                let Some(t) = self.meta.0.as_deref() else { return Ok(None) };
                let d = pyo3::types::PyDict::new(py);
                d.set_item("rtt_us", u64::try_from(t.rtt.as_micros()).unwrap_or(u64::MAX))?;
                d.set_item("in_time", t.in_time)?;
                d.set_item("out_time", t.out_time)?;
                Ok(Some(d))
            }

            /// Decodes one item from OKX's JSON text (okx-py builds results it did not
            /// receive as such this way, e.g. an acknowledgement recovered by a query).
            #[staticmethod]
            fn _from_json(text: &str) -> pyo3::PyResult<Self> {
                let raw = serde_json::value::RawValue::from_string(text.to_owned())
                    .map_err(|e| pyo3::exceptions::PyValueError::new_err(e.to_string()))?;
                <Self as $crate::types::FromItem>::from_item(&raw)
                    .map_err(|e| pyo3::exceptions::PyValueError::new_err(e.to_string()))
            }

            fn __repr__(&self) -> String {
                let mut out = String::from(concat!(stringify!($name), "("));
                let mut first = true;
                $(
                    if !self.$field.is_empty() {
                        if !first { out.push_str(", "); }
                        first = false;
                        out.push_str(concat!(stringify!($field), "="));
                        out.push_str(&$crate::types::python::py_repr(&self.$field));
                    }
                )*
                let _ = first;
                out.push(')');
                out
            }
        }
    };
}
