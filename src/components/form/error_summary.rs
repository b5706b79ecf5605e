//! The list of what to fix, at the top of a form. `role="alert"` makes screen readers
//! read it out as soon as it appears; each entry moves focus to its field.

use crate::state::use_texts;
use leptos::prelude::*;
use stylers::style;
use wasm_bindgen::JsCast;

/// One problem: the field's element id (if any) and what to do.
pub type Problem = (Option<&'static str>, String);

#[component]
pub fn ErrorSummary(#[prop(into)] problems: Signal<Vec<Problem>>) -> impl IntoView {
    let texts = use_texts();
    let class = style! {
        .kp-error-summary {
            border: 3px solid var(--color-danger);
            border-radius: var(--radius);
            background: var(--color-danger-surface);
            padding: var(--space-s) var(--space-m);
            margin-block-end: var(--space-m);
        }
        .kp-error-summary p {
            font-weight: 700;
            margin: 0;
        }
        .kp-error-summary ul {
            margin: var(--space-2xs) 0 0;
            padding-inline-start: var(--space-m);
        }
    };
    view! { class=class,
        <div role="alert">
            {move || {
                let problems = problems.get();
                (!problems.is_empty()).then(|| view! { class=class,
                    <div class="kp-error-summary">
                        <p>{texts.form_errors_title}</p>
                        <ul>
                            {problems.into_iter().map(|(field, message)| match field {
                                Some(field) => view! { class=class,
                                    <li>
                                        // `<base href>` would turn a bare "#id" into another page.
                                        <a href=format!("#{field}") rel="external" on:click=move |ev| focus_field(ev, field)>{message}</a>
                                    </li>
                                }.into_any(),
                                None => view! { class=class, <li>{message}</li> }.into_any(),
                            }).collect_view()}
                        </ul>
                    </div>
                })
            }}
        </div>
    }
}

fn focus_field(ev: leptos::ev::MouseEvent, id: &str) {
    ev.prevent_default();
    let field = document()
        .get_element_by_id(id)
        .and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(field) = field {
        let _ = field.focus();
    }
}
