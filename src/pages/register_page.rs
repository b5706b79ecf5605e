//! `/register`: "Registreren" with Naam, E-mailadres, Wachtwoord and Organisatie.
//! The member is logged in straight away.

use crate::backend::BackendError;
use crate::components::account::{problems, FieldSpec};
use crate::components::common::PageHeading;
use crate::components::form::{error_id, ErrorSummary, TextField};
use crate::model::account::{return_path, FieldErrors};
use crate::model::{OrganisationId, Registration};
use crate::state::{backend_resource, use_backend, use_session, use_texts};
use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::hooks::{use_navigate, use_query_map};

const FIELDS: [FieldSpec; 4] = [
    FieldSpec {
        name: "name",
        id: "name",
    },
    FieldSpec {
        name: "email",
        id: "email",
    },
    FieldSpec {
        name: "password",
        id: "password",
    },
    FieldSpec {
        name: "organisation",
        id: "organisation",
    },
];

#[component]
pub fn RegisterPage() -> impl IntoView {
    let texts = use_texts();
    let backend = use_backend();
    if !backend.capabilities().auth {
        return view! {
            <PageHeading text=texts.register/>
            <p>{texts.accounts_unavailable}</p>
        }
        .into_any();
    }
    let session = use_session();
    let query = use_query_map();
    let navigate = use_navigate();
    let organisations = backend_resource(|backend| async move { backend.organisations().await });

    let name = RwSignal::new(String::new());
    let email = RwSignal::new(String::new());
    let password = RwSignal::new(String::new());
    let organisation = RwSignal::new(String::new());
    let errors = RwSignal::new(FieldErrors::new());
    let failure = RwSignal::new(None::<BackendError>);
    let busy = RwSignal::new(false);

    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if busy.get_untracked() {
            return;
        }
        let chosen = organisation.get_untracked();
        let registration = Registration {
            name: name.get_untracked(),
            email: email.get_untracked(),
            password: password.get_untracked(),
            organisation: (!chosen.is_empty()).then_some(OrganisationId(chosen)),
        };
        failure.set(None);
        errors.set(registration.check());
        if !errors.read_untracked().is_empty() {
            return;
        }
        busy.set(true);
        let backend = backend.clone();
        let navigate = navigate.clone();
        let back = return_path(query.read_untracked().get("terug").as_deref());
        spawn_local(async move {
            match backend.register(&registration).await {
                Ok(started) => {
                    session.start(&backend, started);
                    navigate(&back, Default::default());
                }
                Err(BackendError::Validation(found)) => errors.set(found),
                Err(other) => failure.set(Some(other)),
            }
            busy.set(false);
        });
    };
    let field_error = move |name: &'static str| {
        Signal::derive(move || errors.read().get(name).map(|code| (texts.field_error)(name, code)))
    };
    let summary = Signal::derive(move || problems(texts, &FIELDS, &errors.read(), failure.read().as_ref()));
    let organisation_error = field_error("organisation");

    view! {
        <PageHeading text=texts.register/>
        <p class="kp-lead">{texts.register_intro}</p>
        <form class="kp-form" novalidate on:submit=on_submit>
            <ErrorSummary problems=summary/>
            <TextField id="name" label=texts.field_name input_type="text" autocomplete="name"
                value=name error=field_error("name") required=true/>
            <TextField id="email" label=texts.field_email input_type="email" autocomplete="email"
                value=email error=field_error("email") required=true/>
            <TextField id="password" label=texts.field_password input_type="password" autocomplete="new-password"
                value=password error=field_error("password") hint=texts.password_hint required=true/>
            <div class="kp-field">
                <label for="organisation">{texts.field_organisation}</label>
                {move || organisation_error.get().map(|message| view! {
                    <p id=error_id("organisation") class="kp-field__error kp-error-text">{message}</p>
                })}
                <select
                    id="organisation"
                    name="organisation"
                    required
                    aria-invalid=move || organisation_error.read().is_some().then_some("true")
                    aria-describedby=move || organisation_error.read().is_some().then(|| error_id("organisation"))
                    on:change=move |ev| organisation.set(event_target_value(&ev))
                >
                    <option value="">{texts.organisation_choose}</option>
                    <Suspense fallback=|| ()>
                        {move || Suspend::new(async move {
                            organisations.await.map(|list| {
                                list.iter()
                                    .map(|o| view! { <option value=o.id.to_string()>{o.name.clone()}</option> })
                                    .collect_view()
                            })
                            .unwrap_or_default()
                        })}
                    </Suspense>
                </select>
            </div>
            <p>
                <button type="submit" class="kp-button" aria-disabled=move || busy.get().then_some("true")>
                    {texts.register}
                </button>
                {move || busy.get().then(|| view! { <span class="kp-hint" role="status">" " {texts.busy}</span> })}
            </p>
        </form>
        <p>{texts.register_have_account} " " <a href="/login">{texts.log_in}</a></p>
    }
    .into_any()
}
