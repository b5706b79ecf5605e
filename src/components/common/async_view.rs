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
    view! {
        <Suspense fallback=Loading>
            {move || {
                let render = render.clone();
                Suspend::new(async move {
                    match resource.await {
                        Ok(data) => render(data).into_any(),
                        Err(error) => view! { <ErrorView error retry=move |_| resource.refetch()/> }.into_any(),
                    }
                })
            }}
        </Suspense>
    }
}
