//! A theme's people: moderators (owners first), then members; and for moderators the
//! buttons to promote, demote, make owner or remove, and the open requests.

use super::moderation::Moderation;
use crate::components::common::EmptyState;
use crate::model::theme::roster;
use crate::model::{MemberId, MembershipStatus, MyPlace, ThemeMember, ThemeRole};
use crate::state::use_texts;
use leptos::prelude::*;

#[component]
pub fn ThemeRoster(
    members: Vec<ThemeMember>,
    /// Where the viewer stands: moderators get buttons.
    place: MyPlace,
    me: Option<MemberId>,
    moderation: Moderation,
) -> impl IntoView {
    let texts = use_texts();
    let (leaders, plain): (Vec<ThemeMember>, Vec<ThemeMember>) =
        roster(&members).into_iter().partition(|m| m.role.moderates());
    let me = StoredValue::new(me);
    let row = move |member: ThemeMember| {
        let is_me = me.with_value(|me| me.as_ref() == Some(&member.member.id));
        let actions = if place.moderates() && !is_me {
            member_actions(&member, place, moderation)
        } else {
            Vec::new()
        };
        view! {
            <li class="kp-roster__row">
                <a href=format!("members/{}", member.member.id)>{member.member.name.clone()}</a>
                <span class="kp-roster__role">{(texts.theme_role)(member.role)}</span>
                {actions}
            </li>
        }
    };
    view! {
        <section aria-labelledby="thema-moderatoren">
            <h3 id="thema-moderatoren">{texts.theme_moderators}</h3>
            <ul class="kp-roster">{leaders.into_iter().map(row).collect_view()}</ul>
        </section>
        <section aria-labelledby="thema-leden">
            <h3 id="thema-leden">{texts.theme_members} " (" {plain.len()} ")"</h3>
            {if plain.is_empty() {
                view! { <EmptyState message=texts.theme_no_members/> }.into_any()
            } else {
                view! { <ul class="kp-roster">{plain.into_iter().map(row).collect_view()}</ul> }.into_any()
            }}
        </section>
        {moderation.failure_view()}
    }
}

/// The buttons a moderator gets beside one member. Owners' places are theirs alone;
/// only an owner makes another owner.
fn member_actions(member: &ThemeMember, viewer: MyPlace, moderation: Moderation) -> Vec<AnyView> {
    let texts = use_texts();
    let mut buttons = Vec::new();
    if member.role == ThemeRole::Owner {
        return buttons;
    }
    let name = member.member.name.clone();
    let id = member.membership.clone();
    let button = |label: &'static str, class: &'static str, act: Box<dyn Fn() + Send + Sync>| {
        view! {
            <button type="button" class=class aria-label=(texts.theme_action_on)(label, &name)
                aria-disabled=move || moderation.busy().get().then_some("true")
                on:click=move |_| act()>
                {label}
            </button>
        }
        .into_any()
    };
    let role_change = |label: &'static str, role: ThemeRole| {
        let id = id.clone();
        button(
            label,
            "kp-button kp-button--secondary",
            Box::new(move || {
                let id = id.clone();
                moderation.run(texts.theme_manage_done, move |backend| async move {
                    backend.set_theme_role(&id, role).await
                });
            }),
        )
    };
    match member.role {
        ThemeRole::Member => buttons.push(role_change(texts.theme_make_moderator, ThemeRole::Moderator)),
        ThemeRole::Moderator => buttons.push(role_change(texts.theme_make_member, ThemeRole::Member)),
        ThemeRole::Owner => {}
    }
    if viewer == MyPlace::Inside(ThemeRole::Owner) {
        buttons.push(role_change(texts.theme_make_owner, ThemeRole::Owner));
    }
    let question = (texts.theme_remove_confirm)(&name);
    buttons.push(button(
        texts.theme_remove,
        "kp-button kp-button--danger",
        Box::new(move || {
            let confirmed = window().confirm_with_message(&question).unwrap_or(false);
            if confirmed {
                let id = id.clone();
                moderation.run(texts.theme_manage_done, move |backend| async move {
                    backend.remove_membership(&id).await
                });
            }
        }),
    ));
    buttons
}

#[component]
pub fn MembershipRequests(members: Vec<ThemeMember>, moderation: Moderation) -> impl IntoView {
    let texts = use_texts();
    let mut waiting: Vec<ThemeMember> = members
        .into_iter()
        .filter(|m| m.status == MembershipStatus::Pending)
        .collect();
    waiting.sort_by_key(|m| m.since);
    view! {
        <section aria-labelledby="thema-verzoeken">
            <h3 id="thema-verzoeken">{texts.theme_requests} " (" {waiting.len()} ")"</h3>
            {if waiting.is_empty() {
                view! { <EmptyState message=texts.theme_no_requests/> }.into_any()
            } else {
                view! {
                    <ul class="kp-roster">
                        {waiting.into_iter().map(|request| {
                            let name = request.member.name.clone();
                            let (approve_id, decline_id) = (request.membership.clone(), request.membership.clone());
                            view! {
                                <li class="kp-roster__row">
                                    <a href=format!("members/{}", request.member.id)>{name.clone()}</a>
                                    <button type="button" class="kp-button" aria-label=(texts.theme_action_on)(texts.theme_approve, &name)
                                        on:click=move |_| {
                                            let id = approve_id.clone();
                                            moderation.run(texts.theme_manage_done, move |backend| async move { backend.approve_membership(&id).await });
                                        }>
                                        {texts.theme_approve}
                                    </button>
                                    <button type="button" class="kp-button kp-button--secondary" aria-label=(texts.theme_action_on)(texts.theme_decline, &name)
                                        on:click=move |_| {
                                            let id = decline_id.clone();
                                            moderation.run(texts.theme_manage_done, move |backend| async move { backend.remove_membership(&id).await });
                                        }>
                                        {texts.theme_decline}
                                    </button>
                                </li>
                            }
                        }).collect_view()}
                    </ul>
                }
                .into_any()
            }}
        </section>
    }
}
