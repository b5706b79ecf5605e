//! One labelled input with an optional hint and its error beside it.

use super::error_id;
use leptos::prelude::*;

#[component]
pub fn TextField(
    /// Element id and form name; also the field name in error maps (`email`, `password`, ...).
    #[prop(into)]
    id: Oco<'static, str>,
    #[prop(into)] label: Oco<'static, str>,
    /// `text`, `email`, `password`, ...
    input_type: &'static str,
    /// The browser's autofill hint: `email`, `current-password`, `new-password`, `name`.
    autocomplete: &'static str,
    value: RwSignal<String>,
    /// What to fix here, if anything.
    #[prop(into)]
    error: Signal<Option<String>>,
    #[prop(optional)] hint: Option<&'static str>,
    #[prop(optional)] required: bool,
    /// A multi-line text area of this many rows instead of a one-line input.
    #[prop(optional)]
    rows: Option<u32>,
) -> impl IntoView {
    let hint_id = format!("{id}-hint");
    let error_at = error_id(&id);
    let described_by = {
        let hint_id = hint_id.clone();
        let error_at = error_at.clone();
        move || {
            let mut ids = Vec::new();
            if hint.is_some() {
                ids.push(hint_id.clone());
            }
            if error.read().is_some() {
                ids.push(error_at.clone());
            }
            (!ids.is_empty()).then(|| ids.join(" "))
        }
    };
    view! {
        <div class="kp-field">
            <label for=id.clone()>{label}</label>
            {hint.map(|text| view! { <p id=hint_id.clone() class="kp-field__hint">{text}</p> })}
            {move || error.get().map(|message| view! { <p id=error_at.clone() class="kp-field__error">{message}</p> })}
            {match rows {
                None => view! {
                    <input
                        id=id.clone()
                        name=id
                        type=input_type
                        autocomplete=autocomplete
                        required=required
                        aria-invalid=move || error.read().is_some().then_some("true")
                        aria-describedby=described_by
                        prop:value=move || value.get()
                        on:input=move |ev| value.set(event_target_value(&ev))
                    />
                }
                .into_any(),
                Some(rows) => view! {
                    <textarea
                        id=id.clone()
                        name=id
                        rows=rows
                        autocomplete=autocomplete
                        required=required
                        aria-invalid=move || error.read().is_some().then_some("true")
                        aria-describedby=described_by
                        prop:value=move || value.get()
                        on:input=move |ev| value.set(event_target_value(&ev))
                    ></textarea>
                }
                .into_any(),
            }}
        </div>
    }
}
