//! Derives one Python method per endpoint of the table for a client class; the class
//! decides how a request is run through its `dispatch` method.

/// Python argument type of a parameter kind.
macro_rules! py_arg {
    (Str) => { String };
    (OneOf) => { String };
    (Num) => { $crate::args::NumArg };
    (Int) => { $crate::args::IntArg };
}
pub(crate) use py_arg;

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
                #[pyo3(signature = ($($rp,)* $($op = None,)*))]
                #[allow(clippy::too_many_arguments)]
                fn $name<'py>(
                    &self,
                    py: pyo3::Python<'py>,
                    $( $rp: $crate::endpoints::py_arg!($rk), )*
                    $( $op: Option<$crate::endpoints::py_arg!($ok)>, )*
                ) -> pyo3::PyResult<pyo3::Bound<'py, pyo3::PyAny>> {
                    let req = okx_rest::$ty {
                        $( $rp: $rp.into(), )*
                        $( $op: $op.map(Into::into), )*
                    };
                    self.dispatch(py, req)
                }
            )*
        }
    };
}
pub(crate) use py_endpoint_methods;
