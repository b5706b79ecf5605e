//! `/register`: "Registreren" with Naam, E-mailadres, Wachtwoord and Organisatie.
//! The member is logged in straight away.

use crate::components::common::PageHeading;
use crate::components::form::{error_id, ErrorSummary, FieldSpec, FormState, SubmitButton, TextField};
use crate::model::account::{return_path, RETURN_PARAM};
use crate::model::{OrganisationId, Registration};
use crate::state::{backend_resource, use_backend, use_session, use_texts};
use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::hooks::{use_navigate, use_query_map};

/// The form's fields, in the order the summary names them.
fn fields() -> Vec<FieldSpec> {
    ["name", "email", "password", "organisation"]
        .into_iter()
        .map(|name| FieldSpec { name, id: name })
        .collect()
}

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
    if crate::state::use_config().features.registration == crate::config::RegistrationPolicy::Invitation {
        return view! {
            <PageHeading text=texts.register/>
            <p>{texts.register_by_invitation}</p>
            <p><a href="login">{texts.log_in}</a></p>
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
    let form = FormState::new();

    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let chosen = organisation.get_untracked();
        let registration = Registration {
            name: name.get_untracked(),
            email: email.get_untracked(),
            password: password.get_untracked(),
            organisation: (!chosen.is_empty()).then_some(OrganisationId(chosen)),
        };
        if !form.begin(registration.check()) {
            return;
        }
        let backend = backend.clone();
        let navigate = navigate.clone();
        let back = return_path(query.read_untracked().get(RETURN_PARAM).as_deref());
        spawn_local(async move {
            if let Some(started) = form.finish(backend.register(&registration).await) {
                session.start(&backend, started);
                navigate(&back, Default::default());
            }
        });
    };
    let organisation_error = form.field_error("organisation");

    view! {
        <PageHeading text=texts.register/>
        <p class="kp-lead">{texts.register_intro}</p>
        <form class="kp-form" novalidate on:submit=on_submit>
            <ErrorSummary problems=form.problems(fields())/>
            <TextField id="name" label=texts.field_name input_type="text" autocomplete="name"
                value=name error=form.field_error("name") required=true/>
            <TextField id="email" label=texts.field_email input_type="email" autocomplete="email"
                value=email error=form.field_error("email") required=true/>
            <TextField id="password" label=texts.field_password input_type="password" autocomplete="new-password"
                value=password error=form.field_error("password") hint=texts.password_hint required=true/>
            <div class="kp-field">
                <label for="organisation">{texts.field_organisation}</label>
                {move || organisation_error.get().map(|message| view! {
                    <p id=error_id("organisation") class="kp-field__error">{message}</p>
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
            <SubmitButton label=texts.register busy=form.busy()/>
        </form>
        <p>{texts.register_have_account} " " <a href="login">{texts.log_in}</a></p>
    }
    .into_any()
}
