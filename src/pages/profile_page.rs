//! `/profile`: "Mijn profiel" for the logged-in member.

use crate::backend::BackendError;
use crate::components::account::LoginForm;
use crate::components::common::{ErrorView, Loading, PageHeading};
use crate::components::profile::{AvatarEditor, DataExport, DeleteAccount, EmailSettings, ProfileForm};
use crate::model::MemberId;
use crate::state::{use_backend, use_session, use_texts};
use leptos::prelude::*;
use stylers::style;

#[component]
pub fn ProfilePage() -> impl IntoView {
    let texts = use_texts();
    let backend = use_backend();
    if !backend.capabilities().auth {
        return view! {
            <PageHeading text=texts.profile_title/>
            <p>{texts.accounts_unavailable}</p>
        }
        .into_any();
    }
    let session = use_session();
    // Whose profile this is: also while their session waits to be renewed, so an expired
    // session does not throw away what they typed, and a renewed one does not reload it.
    let owner = Memo::new(move |_| session.writer().map(|a| a.id));
    let deleted = RwSignal::new(false);
    let status = RwSignal::new(None::<&'static str>);
    let profile = LocalResource::new(move || {
        let backend = backend.clone();
        let owner: Option<MemberId> = owner.get();
        async move {
            if owner.is_none() {
                return Err(BackendError::Unauthorized);
            }
            let (me, organisations) = futures::future::try_join(backend.my_profile(), backend.organisations()).await?;
            Ok((me, organisations))
        }
    });
    let class = style! {
        .kp-profile-page section {
            margin-block: var(--space-l);
            max-width: 48rem;
        }
        .kp-profile-page :deep(.kp-profile-form__row) {
            display: grid;
            grid-template-columns: minmax(0, 2fr) minmax(10rem, 1fr);
            gap: var(--space-m);
            align-items: start;
        }
        .kp-profile-page :deep(.kp-profile-form__row > :only-child) {
            grid-column: 1 / -1;
        }
        .kp-profile-page :deep(.kp-avatar-editor) {
            display: flex;
            flex-wrap: wrap;
            gap: var(--space-m);
            align-items: end;
        }
        .kp-profile-page :deep(figure) {
            margin: 0;
            display: grid;
            justify-items: center;
            gap: var(--space-2xs);
        }
        .kp-profile-page :deep(.kp-avatar-editor__preview) {
            border-radius: 50%;
            object-fit: cover;
        }
    };
    view! { class=class,
        <div class="kp-profile-page">
            <PageHeading text=texts.profile_title/>
            {move || {
                if deleted.get() {
                    return view! { <p role="status">{texts.delete_done}</p> <p><a href="./">{texts.not_found_home}</a></p> }
                        .into_any();
                }
                if owner.get().is_none() {
                    return view! {
                        <p>{texts.profile_login_needed}</p>
                        <LoginForm email_id="profiel-email" password_id="profiel-wachtwoord" on_success=|()| ()/>
                    }
                    .into_any();
                }
                view! {
                    <Suspense fallback=Loading>
                        {move || Suspend::new(async move {
                            match profile.await {
                                Ok((me, organisations)) => {
                                    let public = format!("members/{}", me.id);
                                    view! {
                                        <p class="kp-lead">{texts.profile_intro}</p>
                                        <p><a href=public>{texts.profile_view_public}</a></p>
                                        <section aria-labelledby="foto-kop">
                                            <h2 id="foto-kop">{texts.photo_title}</h2>
                                            <AvatarEditor profile=me.clone()/>
                                        </section>
                                        <section aria-labelledby="gegevens-kop">
                                            <h2 id="gegevens-kop">{texts.profile_details}</h2>
                                            <ProfileForm profile=me organisations status/>
                                        </section>
                                        <section aria-labelledby="email-kop">
                                            <h2 id="email-kop">{texts.email_title}</h2>
                                            <EmailSettings/>
                                        </section>
                                        <section aria-labelledby="export-kop">
                                            <h2 id="export-kop">{texts.data_title}</h2>
                                            <DataExport/>
                                        </section>
                                        <section aria-labelledby="verwijderen-kop">
                                            <h2 id="verwijderen-kop">{texts.delete_title}</h2>
                                            <DeleteAccount on_deleted=move |()| deleted.set(true)/>
                                        </section>
                                    }
                                    .into_any()
                                }
                                Err(error) => view! { <ErrorView error retry=move |_| profile.refetch()/> }.into_any(),
                            }
                        })}
                    </Suspense>
                }
                .into_any()
            }}
        </div>
    }
    .into_any()
}
