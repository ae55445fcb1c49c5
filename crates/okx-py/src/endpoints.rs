//! Derives one Python method per endpoint of the table for a client class; the class
//! decides how a request is run through its `dispatch` method.

/// Python argument type of a parameter kind: text arrives as `str`; numbers arrive as
/// any object and are converted with the parameter's name at hand for the error.
macro_rules! py_arg {
    (Str) => { String };
    (OneOf) => { String };
    (Num) => { pyo3::Bound<'_, pyo3::PyAny> };
    (Int) => { pyo3::Bound<'_, pyo3::PyAny> };
    (Bool) => { bool };
    (Items) => { pyo3::Bound<'_, pyo3::PyAny> };
    (Obj) => { pyo3::Bound<'_, pyo3::PyAny> };
    (StrList) => { pyo3::Bound<'_, pyo3::PyAny> };
    (Json) => { pyo3::Bound<'_, pyo3::PyAny> };
}
pub(crate) use py_arg;

/// Converts one argument of a parameter kind to the text sent to OKX.
macro_rules! py_convert {
    (Str, $name:ident, $v:expr) => {
        Ok::<String, pyo3::PyErr>($v)
    };
    (OneOf, $name:ident, $v:expr) => {
        Ok::<String, pyo3::PyErr>($v)
    };
    (Num, $name:ident, $v:expr) => {
        $crate::args::num_arg(&$v, stringify!($name))
    };
    (Int, $name:ident, $v:expr) => {
        $crate::args::int_arg(&$v, stringify!($name))
    };
    (Bool, $name:ident, $v:expr) => {
        Ok::<String, pyo3::PyErr>(if $v { "true" } else { "false" }.to_owned())
    };
    ($json:ident, $name:ident, $v:expr) => {
        $crate::args::json_arg(&$v, stringify!($name), okx_rest::Kind::$json)
    };
}
pub(crate) use py_convert;

/// Runs a built request on a client: typed results through its `dispatch`; plain JSON
/// results (`returns: list Json`) through its `request` (same signature on both clients)
/// with the parameters or body the table encodes, so the many untyped endpoints share one
/// non-generic path (build time and binary size grow little per endpoint).
macro_rules! py_send {
    (Json, $client:ident, $py:ident, $req:ident) => {{
        let raw = $crate::args::RawParts::of($py, &$req)?;
        $client.request(
            $py,
            raw.method,
            raw.path,
            raw.params.as_ref(),
            raw.body.as_ref(),
            Some(raw.signed),
        )
    }};
    ($ret:ident, $client:ident, $py:ident, $req:ident) => {
        $client.dispatch($py, $req)
    };
}
pub(crate) use py_send;

/// Sends a built request: place, amend and cancel (single and batch) through the
/// exactly-once guard of [`crate::orders`], everything else as it is.
macro_rules! py_guard {
    (["order"] $ret:ident, $slf:ident, $req:ident) => {
        $crate::orders::guarded($slf, $req, $crate::orders::Kind::Place, Default::default())
    };
    (["batch-orders"] $ret:ident, $slf:ident, $req:ident) => {
        $crate::orders::guarded($slf, $req, $crate::orders::Kind::Place, Default::default())
    };
    (["amend-order"] $ret:ident, $slf:ident, $req:ident) => {
        $crate::orders::guarded($slf, $req, $crate::orders::Kind::Amend, Default::default())
    };
    (["batch-amend-orders"] $ret:ident, $slf:ident, $req:ident) => {
        $crate::orders::guarded($slf, $req, $crate::orders::Kind::Amend, Default::default())
    };
    (["cancel-order"] $ret:ident, $slf:ident, $req:ident) => {
        $crate::orders::guarded($slf, $req, $crate::orders::Kind::Cancel, Default::default())
    };
    (["batch-cancel-orders"] $ret:ident, $slf:ident, $req:ident) => {
        $crate::orders::guarded($slf, $req, $crate::orders::Kind::Cancel, Default::default())
    };
    ([$($other:literal)?] $ret:ident, $slf:ident, $req:ident) => {{
        let this = $slf.get();
        let py = $slf.py();
        $crate::endpoints::py_send!($ret, this, py, $req)
    }};
}
pub(crate) use py_guard;

/// The request struct of an endpoint from a method's Python arguments (each converted with
/// its name at hand for the error).
macro_rules! py_request {
    ($ty:ident; [$($rp:ident : $rk:ident),*] [$($op:ident : $ok:ident),*] [$($arr:ident)?]) => {
        okx_rest::$ty {
            $( $rp: $crate::endpoints::py_convert!($rk, $rp, $rp)?, )*
            $( $op: match $op {
                Some(v) => Some($crate::endpoints::py_convert!($ok, $op, v)?),
                None => None,
            }, )*
            $( $arr: $crate::args::items_arg(
                &$arr,
                <okx_rest::$ty as okx_rest::Request>::SPEC,
            )?, )?
        }
    };
}
pub(crate) use py_request;

/// `#[pymethods] impl $client { fn get_ticker(...) ... }` for every endpoint.
macro_rules! py_endpoint_methods {
    ($client:ident; $(
        $(#[doc = $doc:literal])+
        $ty:ident => $name:ident {
            section: $section:ident, http: $method:ident $path:literal, auth: $auth:ident,
            limit: $count:literal per $secs:literal, rule: $rule:literal,
            required: { $( $rp:ident : $rk:ident $(($rset:path))? = $rokx:literal ),* $(,)? },
            optional: { $( $op:ident : $ok:ident $(($oset:path))? = $ookx:literal ),* $(,)? },
            $( one_of: [ $($oo:ident),* ], )?
            $( items: $arr:ident max $max:literal {
                required: { $( $irp:ident : $irk:ident $(($irset:path))? = $irokx:literal ),* $(,)? },
                optional: { $( $iop:ident : $iok:ident $(($ioset:path))? = $iookx:literal ),* $(,)? },
                $( one_of: [ $($ioo:ident),* ], )?
            }, )?
            $( pages: $pager:ident by $cursor:literal, )?
            $( ws: $wsop:tt, )?
            returns: $shape:ident $ret:ident,
        }
    )*) => {
        #[pyo3::pymethods]
        impl $client {
            $(
                $(#[doc = $doc])+
                #[doc = ""]
                #[doc = concat!("`", stringify!($method), " ", $path, "`, ", stringify!($count),
                    " requests per ", stringify!($secs), " s per ", $rule, ".")]
                #[pyo3(signature = ($($arr,)? $($rp,)* $($op = None,)*))]
                #[allow(clippy::too_many_arguments)]
                fn $name<'py>(
                    slf: &pyo3::Bound<'py, Self>,
                    $( $arr: pyo3::Bound<'py, pyo3::PyAny>, )?
                    $( $rp: $crate::endpoints::py_arg!($rk), )*
                    $( $op: Option<$crate::endpoints::py_arg!($ok)>, )*
                ) -> pyo3::PyResult<pyo3::Bound<'py, pyo3::PyAny>> {
                    let req = $crate::endpoints::py_request!(
                        $ty; [$( $rp : $rk ),*] [$( $op : $ok ),*] [$($arr)?]
                    );
                    $crate::endpoints::py_guard!([$($wsop)?] $ret, slf, req)
                }
            )*
        }
        $(
            $crate::endpoints::py_pager! {
                $client; [$($pager $cursor)?] $ty => $name;
                [$( $rp : $rk ),*] [$( $op : $ok ),*]
            }
        )*
    };
}
pub(crate) use py_endpoint_methods;

/// The page-walking method of an endpoint declared with `pages:` (its own `#[pymethods]`
/// block): the arguments are checked now, as the endpoint's own method checks them, and
/// the pages are fetched by that method as the iterator is consumed.
macro_rules! py_pager {
    ($client:ident; [] $ty:ident => $name:ident; [$($rp:ident : $rk:ident),*] [$($op:ident : $ok:ident),*]) => {};
    ($client:ident; [$pager:ident $cursor:literal] $ty:ident => $name:ident;
        [$($rp:ident : $rk:ident),*] [$($op:ident : $ok:ident),*]) => {
        #[pyo3::pymethods]
        impl $client {
            #[doc = concat!("Walks every page of `", stringify!($name), "`, yielding its items: \
                older ones with `after` (the default), newer ones when only `before` is given. \
                The cursor is each page's last (or first) `", $cursor, "`; stops at an empty page.")]
            #[pyo3(signature = ($($rp,)* $($op = None,)*))]
            #[allow(clippy::too_many_arguments)]
            fn $pager<'py>(
                slf: &pyo3::Bound<'py, Self>,
                $( $rp: $crate::endpoints::py_arg!($rk), )*
                $( $op: Option<$crate::endpoints::py_arg!($ok)>, )*
            ) -> pyo3::PyResult<pyo3::Bound<'py, pyo3::PyAny>> {
                use pyo3::types::PyDictMethods;
                let py = slf.py();
                let kwargs = pyo3::types::PyDict::new(py);
                $( kwargs.set_item(stringify!($rp), &$rp)?; )*
                $( if let Some(v) = &$op { kwargs.set_item(stringify!($op), v)?; } )*
                // Bad arguments fail here, before the first page is asked for.
                let checked = $crate::endpoints::py_request!(
                    $ty; [$( $rp : $rk ),*] [$( $op : $ok ),*] []
                );
                okx_rest::Request::validate(&checked).map_err($crate::errors::to_py_err)?;
                $crate::paging::walk(slf.as_any(), <Self as $crate::orders::SendOnce>::ASYNC, stringify!($name), kwargs, $cursor)
            }
        }
    };
}
pub(crate) use py_pager;
