//! "… zichtbaar voor": Iedereen / Leden / Alleen ik, beside one profile field.

use crate::model::Visibility;
use crate::state::use_texts;
use leptos::prelude::*;

const CHOICES: [(Visibility, &str); 3] = [
    (Visibility::Public, "public"),
    (Visibility::Members, "members"),
    (Visibility::Hidden, "hidden"),
];

#[component]
pub fn VisibilitySelect(
    /// The profile field's key (`job_title`); also names the element id.
    field: &'static str,
    /// The field's label, as the select's label says whose visibility it sets.
    field_label: &'static str,
    value: RwSignal<Visibility>,
) -> impl IntoView {
    let texts = use_texts();
    let id = format!("zichtbaar-{field}");
    view! {
        <div class="kp-field kp-field--visibility">
            <label for=id.clone()>{(texts.visibility_label)(field_label)}</label>
            <select
                id=id
                on:change=move |ev| {
                    let chosen = event_target_value(&ev);
                    if let Some((level, _)) = CHOICES.iter().find(|(_, key)| *key == chosen) {
                        value.set(*level);
                    }
                }
            >
                {CHOICES
                    .into_iter()
                    .map(|(level, key)| {
                        view! {
                            <option value=key prop:selected=move || value.get() == level>
                                {(texts.visibility_name)(level)}
                            </option>
                        }
                    })
                    .collect_view()}
            </select>
        </div>
    }
}
