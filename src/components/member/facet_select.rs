//! A directory filter: a select whose options say how many members each would give.

use crate::state::use_texts;
use leptos::prelude::*;

/// One value of a filter.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FacetOption {
    /// What the URL carries.
    pub value: String,
    pub label: String,
    /// Results choosing this value gives.
    pub count: u32,
}

#[component]
pub fn FacetSelect(
    id: &'static str,
    label: &'static str,
    /// The first option, which clears the filter ("Alle provincies").
    all_label: &'static str,
    #[prop(into)] options: Signal<Vec<FacetOption>>,
    #[prop(into)] selected: Signal<Option<String>>,
    /// Called with the chosen value, or `None` for the first option.
    on_choose: impl Fn(Option<String>) + 'static,
    /// Shown instead of an empty list, e.g. why there is nothing to choose.
    #[prop(optional)]
    empty_hint: Option<&'static str>,
) -> impl IntoView {
    let texts = use_texts();
    let hint_id = format!("{id}-hint");
    let is_empty = move || options.read().is_empty() && selected.read().is_none();
    let hint = move || empty_hint.filter(|_| is_empty());
    let rendered = move || {
        let chosen = selected.get();
        options
            .get()
            .into_iter()
            .map(|option| {
                let is_chosen = chosen.as_deref() == Some(option.value.as_str());
                // A value without results cannot be chosen, but the chosen one stays selectable.
                let disabled = option.count == 0 && !is_chosen;
                let text = (texts.option_with_count)(&option.label, &texts.number(option.count));
                view! {
                    <option value=option.value prop:selected=is_chosen disabled=disabled>{text}</option>
                }
            })
            .collect_view()
    };
    let describedby = {
        let hint_id = hint_id.clone();
        move || hint().map(|_| hint_id.clone())
    };
    view! {
        <div class="kp-field">
            <label for=id>{label}</label>
            <select
                id=id
                aria-describedby=describedby
                on:change=move |ev| {
                    let value = event_target_value(&ev);
                    on_choose((!value.is_empty()).then_some(value));
                }
            >
                <option value="" prop:selected=move || selected.read().is_none()>{all_label}</option>
                {rendered}
            </select>
            {move || hint().map(|text| view! { <span id=hint_id.clone() class="kp-hint">{text}</span> })}
        </div>
    }
}
