//! The three states of a loaded resource in one place: loading, error with retry, content.

use super::{ErrorView, Loading};
use crate::backend::BackendError;
use leptos::prelude::*;

/// Shows `<Loading/>` while `resource` loads, `<ErrorView/>` with a retry if it failed,
/// and `render(data)` once it is there.
pub fn async_view<T, V>(
    resource: LocalResource<Result<T, BackendError>>,
    render: impl Fn(T) -> V + Clone + Send + Sync + 'static,
) -> impl IntoView
where
    T: Clone + 'static,
    V: IntoView + 'static,
{
    // No error of its own to word: every one gets the retry.
    async_view_or(resource, Err, render)
}

/// Like [`async_view`], for views that word some errors themselves: `explain` returns the
/// view for an error it knows, or gives the error back for `<ErrorView/>` with a retry.
pub fn async_view_or<T, V>(
    resource: LocalResource<Result<T, BackendError>>,
    explain: impl Fn(BackendError) -> Result<AnyView, BackendError> + Clone + Send + Sync + 'static,
    render: impl Fn(T) -> V + Clone + Send + Sync + 'static,
) -> impl IntoView
where
    T: Clone + 'static,
    V: IntoView + 'static,
{
    view! {
        <Suspense fallback=Loading>
            {move || {
                let (render, explain) = (render.clone(), explain.clone());
                Suspend::new(async move {
                    match resource.await {
                        Ok(data) => render(data).into_any(),
                        Err(error) => explain(error).unwrap_or_else(|error| {
                            view! { <ErrorView error retry=move |_| resource.refetch()/> }.into_any()
                        }),
                    }
                })
            }}
        </Suspense>
    }
}
