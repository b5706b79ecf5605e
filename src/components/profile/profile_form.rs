//! Every field of one's own profile, each with who may see it, and "Profiel opslaan".

use super::{UnsavedGuard, VisibilitySelect};
use crate::backend::BackendError;
use crate::components::form::{error_id, ErrorSummary, FieldSpec, FormState, SubmitButton, TextField};
use crate::model::draft::{parse_tags, VISIBILITY_FIELDS};
use crate::model::{Member, MemberLinks, Organisation, OrganisationId, ProfileUpdate, Province, Visibility};
use crate::state::{use_backend, use_session, use_texts};
use leptos::prelude::*;
use leptos::task::spawn_local;
use std::sync::Arc;

/// The form's fields in page order; server errors on `links` point at the first link.
fn field_specs() -> Vec<FieldSpec> {
    [
        ("name", "name"),
        ("organisation", "organisation"),
        ("job_title", "job_title"),
        ("province", "province"),
        ("bio", "bio"),
        ("expertise", "expertise"),
        ("website", "website"),
        ("linkedin", "linkedin"),
        ("mastodon", "mastodon"),
        ("links", "website"),
    ]
    .into_iter()
    .map(|(name, id)| FieldSpec { name, id })
    .collect()
}

/// One signal per input, so the form can tell whether anything changed.
#[derive(Clone, Copy)]
struct Fields {
    name: RwSignal<String>,
    organisation: RwSignal<String>,
    job_title: RwSignal<String>,
    province: RwSignal<String>,
    bio: RwSignal<String>,
    expertise: RwSignal<String>,
    website: RwSignal<String>,
    linkedin: RwSignal<String>,
    mastodon: RwSignal<String>,
    visibility: [RwSignal<Visibility>; VISIBILITY_FIELDS.len()],
}

impl Fields {
    fn new(profile: &ProfileUpdate) -> Self {
        let fields = Fields {
            name: RwSignal::new(String::new()),
            organisation: RwSignal::new(String::new()),
            job_title: RwSignal::new(String::new()),
            province: RwSignal::new(String::new()),
            bio: RwSignal::new(String::new()),
            expertise: RwSignal::new(String::new()),
            website: RwSignal::new(String::new()),
            linkedin: RwSignal::new(String::new()),
            mastodon: RwSignal::new(String::new()),
            visibility: std::array::from_fn(|_| RwSignal::new(Visibility::default())),
        };
        fields.fill(profile);
        fields
    }

    fn fill(&self, profile: &ProfileUpdate) {
        let text = |value: &Option<String>| value.clone().unwrap_or_default();
        self.name.set(profile.name.clone());
        self.organisation.set(
            profile
                .organisation
                .as_ref()
                .map(ToString::to_string)
                .unwrap_or_default(),
        );
        self.job_title.set(profile.job_title.clone());
        self.province
            .set(profile.province.map(|p| p.as_str().to_owned()).unwrap_or_default());
        self.bio.set(profile.bio.clone());
        self.expertise.set(profile.expertise.join(", "));
        self.website.set(text(&profile.links.website));
        self.linkedin.set(text(&profile.links.linkedin));
        self.mastodon.set(text(&profile.links.mastodon));
        for (signal, field) in self.visibility.iter().zip(VISIBILITY_FIELDS) {
            signal.set(profile.visibility_of(field));
        }
    }

    fn visibility_of(&self, field: &str) -> RwSignal<Visibility> {
        let position = VISIBILITY_FIELDS.iter().position(|f| *f == field).unwrap_or_default();
        self.visibility[position]
    }

    /// What the form says now (tracked, so a memo can compare it with what was saved).
    fn read(&self) -> ProfileUpdate {
        let link = |value: RwSignal<String>| Some(value.get().trim().to_owned()).filter(|v| !v.is_empty());
        let organisation = self.organisation.get();
        ProfileUpdate {
            name: self.name.get(),
            organisation: (!organisation.is_empty()).then_some(OrganisationId(organisation)),
            job_title: self.job_title.get(),
            bio: self.bio.get(),
            expertise: parse_tags(&self.expertise.get()),
            province: Province::parse(&self.province.get()),
            links: MemberLinks {
                website: link(self.website),
                linkedin: link(self.linkedin),
                mastodon: link(self.mastodon),
            },
            visibility: VISIBILITY_FIELDS
                .iter()
                .zip(&self.visibility)
                .map(|(field, signal)| ((*field).to_owned(), signal.get()))
                .collect(),
        }
    }
}

#[component]
pub fn ProfileForm(
    profile: Member,
    organisations: Arc<Vec<Organisation>>,
    /// Where "saved" is said; outside the form, so it survives the page reloading its data.
    status: RwSignal<Option<&'static str>>,
) -> impl IntoView {
    let texts = use_texts();
    let backend = use_backend();
    let session = use_session();
    let form = FormState::new();
    let stored = ProfileUpdate::from_member(&profile);
    let fields = Fields::new(&stored);
    let saved = RwSignal::new(stored);
    let dirty = Memo::new(move |_| saved.with(|saved| &fields.read() != saved));
    Effect::new(move |_| {
        if dirty.get() {
            status.set(None);
        }
    });

    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let update = untrack(|| fields.read());
        if !form.begin(update.check()) {
            return;
        }
        let backend = backend.clone();
        spawn_local(async move {
            let result = backend.update_profile(&update).await;
            if matches!(result, Err(BackendError::Unauthorized)) {
                session.expire(&backend);
            }
            if let Some(member) = form.finish(result) {
                let stored = ProfileUpdate::from_member(&member);
                fields.fill(&stored);
                saved.set(stored);
                status.set(Some(texts.profile_saved));
                // The header shows the name: tell it when that changed.
                if let Some(current) = backend.session() {
                    session.start(&backend, current);
                }
            }
        });
    };

    let select_error = |name: &'static str| form.field_error(name);
    let organisation_options = organisations
        .iter()
        .map(|o| {
            let id = o.id.to_string();
            let selected = {
                let id = id.clone();
                move || fields.organisation.get() == id
            };
            view! { <option value=id prop:selected=selected>{o.name.clone()}</option> }
        })
        .collect_view();
    let province_options = Province::ALL
        .into_iter()
        .map(|p| {
            view! {
                <option value=p.as_str() prop:selected=move || fields.province.get() == p.as_str()>{p.name()}</option>
            }
        })
        .collect_view();
    let organisation_error = select_error("organisation");
    let province_error = select_error("province");

    view! {
        <form class="kp-form kp-profile-form" novalidate on:submit=on_submit>
            <UnsavedGuard dirty=dirty question=texts.profile_leave_confirm/>
            <ErrorSummary problems=form.problems(field_specs())/>
            <div class="kp-profile-form__row">
                <TextField id="name" label=texts.field_name input_type="text" autocomplete="name"
                    value=fields.name error=form.field_error("name") hint=texts.profile_name_hint required=true/>
            </div>
            <div class="kp-profile-form__row">
                <div class="kp-field">
                    <label for="organisation">{texts.field_organisation}</label>
                    {move || organisation_error.get().map(|message| view! {
                        <p id=error_id("organisation") class="kp-field__error">{message}</p>
                    })}
                    <select
                        id="organisation"
                        aria-invalid=move || organisation_error.read().is_some().then_some("true")
                        on:change=move |ev| fields.organisation.set(event_target_value(&ev))
                    >
                        <option value="" prop:selected=move || fields.organisation.read().is_empty()>
                            {texts.organisation_none}
                        </option>
                        {organisation_options}
                    </select>
                </div>
                <VisibilitySelect field="organisation" field_label=texts.field_organisation
                    value=fields.visibility_of("organisation")/>
            </div>
            <div class="kp-profile-form__row">
                <TextField id="job_title" label=texts.field_job_title input_type="text" autocomplete="organization-title"
                    value=fields.job_title error=form.field_error("job_title")/>
                <VisibilitySelect field="job_title" field_label=texts.field_job_title
                    value=fields.visibility_of("job_title")/>
            </div>
            <div class="kp-profile-form__row">
                <div class="kp-field">
                    <label for="province">{texts.field_province}</label>
                    {move || province_error.get().map(|message| view! {
                        <p id=error_id("province") class="kp-field__error">{message}</p>
                    })}
                    <select
                        id="province"
                        aria-invalid=move || province_error.read().is_some().then_some("true")
                        on:change=move |ev| fields.province.set(event_target_value(&ev))
                    >
                        <option value="" prop:selected=move || fields.province.read().is_empty()>
                            {texts.province_none}
                        </option>
                        {province_options}
                    </select>
                </div>
                <VisibilitySelect field="province" field_label=texts.field_province
                    value=fields.visibility_of("province")/>
            </div>
            <div class="kp-profile-form__row">
                <TextField id="bio" label=texts.field_bio input_type="text" autocomplete="off" rows=6
                    value=fields.bio error=form.field_error("bio") hint=texts.bio_hint/>
                <VisibilitySelect field="bio" field_label=texts.field_bio value=fields.visibility_of("bio")/>
            </div>
            <div class="kp-profile-form__row">
                <TextField id="expertise" label=texts.field_expertise input_type="text" autocomplete="off"
                    value=fields.expertise error=form.field_error("expertise") hint=texts.expertise_hint/>
                <VisibilitySelect field="expertise" field_label=texts.field_expertise
                    value=fields.visibility_of("expertise")/>
            </div>
            <fieldset class="kp-profile-form__links">
                <legend>{texts.profile_links}</legend>
                <TextField id="website" label=texts.field_website input_type="url" autocomplete="url"
                    value=fields.website error=form.field_error("website") hint=texts.link_hint/>
                <TextField id="linkedin" label=texts.field_linkedin input_type="url" autocomplete="off"
                    value=fields.linkedin error=form.field_error("linkedin")/>
                <TextField id="mastodon" label=texts.field_mastodon input_type="url" autocomplete="off"
                    value=fields.mastodon error=form.field_error("mastodon")/>
                <VisibilitySelect field="links" field_label=texts.profile_links value=fields.visibility_of("links")/>
            </fieldset>
            <div class="kp-profile-form__row">
                <VisibilitySelect field="avatar" field_label=texts.field_photo value=fields.visibility_of("avatar")/>
            </div>
            <p class="kp-profile-form__state" role="status">
                {move || if dirty.get() { Some(texts.profile_unsaved) } else { status.get() }}
            </p>
            <SubmitButton label=texts.profile_save busy=form.busy()/>
        </form>
    }
}
