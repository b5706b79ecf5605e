//! "Uitnodigen": a moderator finds a member by name and adds them to the theme.

use super::moderation::Moderation;
use crate::model::directory::MemberQuery;
use crate::model::{MemberId, PageRequest, ThemeId};
use crate::state::{use_backend, use_texts};
use leptos::prelude::*;

/// How many matches to offer at once; a longer name narrows it down.
const SUGGESTIONS: u32 = 6;

#[component]
pub fn InviteForm(
    theme: ThemeId,
    /// Members already in the theme or asking to be: not offered again.
    present: Vec<MemberId>,
    moderation: Moderation,
) -> impl IntoView {
    let texts = use_texts();
    let backend = use_backend();
    let text = RwSignal::new(String::new());
    let found = LocalResource::new(move || {
        let (backend, text) = (backend.clone(), text.get());
        async move {
            if text.trim().chars().count() < 2 {
                return None;
            }
            let query = MemberQuery {
                text,
                page: PageRequest::new(1, SUGGESTIONS + 4),
                ..Default::default()
            };
            backend.members(&query).await.ok()
        }
    });
    let present = StoredValue::new(present);
    let theme = StoredValue::new(theme);
    view! {
        <section aria-labelledby="thema-uitnodigen">
            <h3 id="thema-uitnodigen">{texts.theme_invite}</h3>
            <div class="kp-field">
                <label for="uitnodigen-zoek">{texts.theme_invite_label}</label>
                <p id="uitnodigen-hint" class="kp-field__hint">{texts.theme_invite_hint}</p>
                <input id="uitnodigen-zoek" type="search" autocomplete="off" aria-describedby="uitnodigen-hint"
                    prop:value=move || text.get() on:input=move |ev| text.set(event_target_value(&ev))/>
            </div>
            <Transition fallback=|| ()>
                {move || Suspend::new(async move {
                    let Some(result) = found.await else { return ().into_any() };
                    let candidates: Vec<_> = result
                        .page
                        .items
                        .into_iter()
                        .filter(|m| present.with_value(|p| !p.contains(&m.id)))
                        .take(SUGGESTIONS as usize)
                        .collect();
                    if candidates.is_empty() {
                        return view! { <p class="kp-hint" role="status">{texts.theme_invite_none}</p> }.into_any();
                    }
                    view! {
                        <ul class="kp-roster" aria-label=texts.theme_invite>
                            {candidates.into_iter().map(|member| {
                                let name = member.name.clone();
                                let message = (texts.theme_invited)(&name);
                                let (theme, id) = (theme.get_value(), member.id.clone());
                                view! {
                                    <li class="kp-roster__row">
                                        <span>{name.clone()}</span>
                                        <button type="button" class="kp-button kp-button--secondary"
                                            aria-label=(texts.theme_action_on)(texts.theme_invite, &name)
                                            on:click=move |_| {
                                                let (theme, id) = (theme.clone(), id.clone());
                                                moderation.run(message.clone(), move |backend| async move { backend.invite_to_theme(&theme, &id).await });
                                            }>
                                            {texts.theme_invite}
                                        </button>
                                    </li>
                                }
                            }).collect_view()}
                        </ul>
                    }
                    .into_any()
                })}
            </Transition>
            {moderation.failure_view()}
        </section>
    }
}
