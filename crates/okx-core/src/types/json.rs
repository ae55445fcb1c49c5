//! JSON text straight to Python objects (feature `python`), without a `serde_json::Value`
//! tree in between: one pass over the bytes, dict keys taken from a cache of Python
//! strings (OKX sends the same few hundred keys over and over).

use std::collections::HashMap;
use std::fmt;
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::{Mutex, MutexGuard};

use pyo3::prelude::*;
use pyo3::types::{PyDict, PyList, PyString};
use serde::de::{self, DeserializeSeed, Deserializer, MapAccess, SeqAccess, Visitor};

/// Keys longer than this are not cached (OKX's are all far shorter).
const MAX_KEY_LEN: usize = 48;
/// Distinct keys cached at most; beyond it new keys are made each time.
const MAX_KEYS: usize = 4096;

/// A fast hash for short keys (FxHash's multiply-rotate); the keys are OKX's own, so
/// resistance to crafted collisions is not needed.
#[derive(Default, Clone, Copy)]
struct FxHasher(u64);

impl Hasher for FxHasher {
    fn write(&mut self, bytes: &[u8]) {
        const K: u64 = 0x51_7c_c1_b7_27_22_0a_95;
        let mut chunks = bytes.chunks_exact(8);
        for c in chunks.by_ref() {
            let mut w = [0u8; 8];
            w.copy_from_slice(c);
            self.0 = (self.0.rotate_left(5) ^ u64::from_le_bytes(w)).wrapping_mul(K);
        }
        for &b in chunks.remainder() {
            self.0 = (self.0.rotate_left(5) ^ u64::from(b)).wrapping_mul(K);
        }
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

/// Python strings of dict keys seen before.
#[derive(Default)]
pub struct KeyCache {
    keys: HashMap<Box<str>, Py<PyString>, BuildHasherDefault<FxHasher>>,
}

impl KeyCache {
    fn get<'py>(&mut self, py: Python<'py>, key: &str) -> Bound<'py, PyString> {
        if let Some(k) = self.keys.get(key) {
            return k.bind(py).clone();
        }
        let k = PyString::new(py, key);
        if key.len() <= MAX_KEY_LEN && self.keys.len() < MAX_KEYS {
            self.keys.insert(key.into(), k.clone().unbind());
        }
        k
    }
}

static KEYS: Mutex<Option<KeyCache>> = Mutex::new(None);

/// The process-wide key cache, locked (the caller holds the GIL, so it is uncontended).
pub fn key_cache() -> KeyCacheGuard {
    KeyCacheGuard(KEYS.lock().unwrap_or_else(|e| e.into_inner()))
}

/// A locked [`KeyCache`].
pub struct KeyCacheGuard(MutexGuard<'static, Option<KeyCache>>);

impl KeyCacheGuard {
    /// The cache.
    pub fn cache(&mut self) -> &mut KeyCache {
        self.0.get_or_insert_with(KeyCache::default)
    }
}

/// A serde seed that builds the Python object of any JSON value, keys from a cache: for
/// parsers that handle part of a document themselves.
pub struct Value<'a, 'py> {
    py: Python<'py>,
    keys: &'a mut KeyCache,
}

impl<'a, 'py> Value<'a, 'py> {
    /// A seed building objects for `py` with keys from `keys`.
    pub fn new(py: Python<'py>, keys: &'a mut KeyCache) -> Self {
        Self { py, keys }
    }
}

impl KeyCache {
    /// The Python string of `key`, cached.
    pub fn key<'py>(&mut self, py: Python<'py>, key: &str) -> Bound<'py, PyString> {
        self.get(py, key)
    }
}

struct Key<'a, 'py> {
    py: Python<'py>,
    keys: &'a mut KeyCache,
}

fn infallible<T>(r: Result<T, std::convert::Infallible>) -> T {
    match r {
        Ok(v) => v,
        Err(never) => match never {},
    }
}

fn py_err<E: de::Error>(e: PyErr) -> E {
    E::custom(e)
}

impl<'de, 'py> DeserializeSeed<'de> for Value<'_, 'py> {
    type Value = Bound<'py, PyAny>;

    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
        d.deserialize_any(self)
    }
}

impl<'de, 'py> Visitor<'de> for Value<'_, 'py> {
    type Value = Bound<'py, PyAny>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("any JSON value")
    }

    fn visit_bool<E: de::Error>(self, v: bool) -> Result<Self::Value, E> {
        Ok(pyo3::types::PyBool::new(self.py, v).to_owned().into_any())
    }

    fn visit_i64<E: de::Error>(self, v: i64) -> Result<Self::Value, E> {
        Ok(infallible(v.into_pyobject(self.py)).into_any())
    }

    fn visit_u64<E: de::Error>(self, v: u64) -> Result<Self::Value, E> {
        Ok(infallible(v.into_pyobject(self.py)).into_any())
    }

    fn visit_f64<E: de::Error>(self, v: f64) -> Result<Self::Value, E> {
        Ok(infallible(v.into_pyobject(self.py)).into_any())
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<Self::Value, E> {
        Ok(PyString::new(self.py, v).into_any())
    }

    fn visit_unit<E: de::Error>(self) -> Result<Self::Value, E> {
        Ok(self.py.None().into_bound(self.py))
    }

    fn visit_none<E: de::Error>(self) -> Result<Self::Value, E> {
        self.visit_unit()
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Self::Value, A::Error> {
        let Value { py, keys } = self;
        let list = PyList::empty(py);
        while let Some(item) = seq.next_element_seed(Value {
            py,
            keys: &mut *keys,
        })? {
            list.append(item).map_err(py_err)?;
        }
        Ok(list.into_any())
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
        let Value { py, keys } = self;
        let dict = PyDict::new(py);
        while let Some(key) = map.next_key_seed(Key {
            py,
            keys: &mut *keys,
        })? {
            let value = map.next_value_seed(Value {
                py,
                keys: &mut *keys,
            })?;
            dict.set_item(key, value).map_err(py_err)?;
        }
        Ok(dict.into_any())
    }
}

impl<'de, 'py> DeserializeSeed<'de> for Key<'_, 'py> {
    type Value = Bound<'py, PyString>;

    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
        d.deserialize_str(self)
    }
}

impl<'py> Visitor<'_> for Key<'_, 'py> {
    type Value = Bound<'py, PyString>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a string key")
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<Self::Value, E> {
        Ok(self.keys.get(self.py, v))
    }
}

/// Parses JSON text into Python objects (dict, list, str, int, float, bool, None), keys
/// from `keys`.
///
/// # Errors
/// `ValueError` for text that is not JSON.
pub fn json_to_py_with<'py>(
    py: Python<'py>,
    text: &str,
    keys: &mut KeyCache,
) -> PyResult<Bound<'py, PyAny>> {
    let mut de = serde_json::Deserializer::from_str(text);
    let value = Value { py, keys }
        .deserialize(&mut de)
        .and_then(|v| de.end().map(|()| v))
        .map_err(|e| pyo3::exceptions::PyValueError::new_err(format!("invalid JSON: {e}")))?;
    Ok(value)
}

/// Parses JSON text into Python objects with the process-wide key cache.
///
/// # Errors
/// `ValueError` for text that is not JSON.
pub fn json_to_py<'py>(py: Python<'py>, text: &str) -> PyResult<Bound<'py, PyAny>> {
    let mut guard = key_cache();
    json_to_py_with(py, text, guard.cache())
}
