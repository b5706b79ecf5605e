//! `/events/:id`: one meeting: when (Europe/Amsterdam), where, places.

use super::NotFoundPage;
use crate::backend::{BackendError, PostQuery};
use crate::clock;
use crate::components::account::MembersOnly;
use crate::components::common::{async_view, save_file, EmptyState, ErrorView, Loading, PageHeading};
use crate::components::embed::{EmbedButton, EmbedChoice};
use crate::components::event::RsvpButtons;
use crate::components::markdown::Markdown;
use crate::components::post::{Composer, PostCard, ReportOn};
use crate::model::embed::Widget;
use crate::model::ical::{event_calendar, file_name, CalendarContext};
use crate::model::member::web_url;
use crate::model::{Event, EventId, PageRequest, Post};
use crate::state::{backend_resource, use_backend, use_session, use_texts};
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;
use stylers::style;

#[component]
pub fn EventPage() -> impl IntoView {
    let params = use_params_map();
    let id = Memo::new(move |_| EventId(params.read().get("id").unwrap_or_default()));
    let event = backend_resource(move |backend| {
        let id = id.get();
        async move { backend.event(&id).await }
    });
    let event_resource = event;
    view! {
        <Transition fallback=Loading>
            {move || Suspend::new(async move {
                match event.await {
                    Ok(event) => view! { <EventDetails event on_changed=move |()| event_resource.refetch()/> }.into_any(),
                    Err(BackendError::NotFound) => view! { <NotFoundPage/> }.into_any(),
                    Err(error) => view! { <ErrorView error retry=move |_| event.refetch()/> }.into_any(),
                }
            })}
        </Transition>
    }
}

#[component]
fn EventDetails(event: Event, #[prop(into)] on_changed: Callback<()>) -> impl IntoView {
    let texts = use_texts();
    let class = style! {
        .kp-event dl {
            display: grid;
            grid-template-columns: max-content 1fr;
            gap: var(--space-2xs) var(--space-m);
        }
        .kp-event dt {
            font-weight: 700;
        }
    };
    let same_day = texts.date(event.starts_at) == texts.date(event.ends_at);
    let until = if same_day {
        texts.time(event.ends_at)
    } else {
        texts.date_time(event.ends_at)
    };
    let past = event.is_past(clock::now());
    let moderated = backend_resource(|backend| async move { backend.my_moderated_themes().await.unwrap_or_default() });
    let theme_id = event.theme.as_ref().map(|t| t.id.clone());
    let may_edit = move || {
        let moderated = moderated.get().unwrap_or_default();
        theme_id.as_ref().is_some_and(|t| moderated.contains(t))
    };
    let edit_href = format!("events/{}/edit", event.id);
    let calendar_failed = RwSignal::new(false);
    let for_calendar = event.clone();
    let add_to_calendar = move |_| {
        let location = window().location();
        let host = location.hostname().unwrap_or_default();
        let origin = location.origin().unwrap_or_default();
        let url = crate::routes::absolute_url(
            &origin,
            &crate::routes::base_path(),
            &format!("/events/{}", for_calendar.id),
        );
        let context = CalendarContext {
            host: &host,
            event_url: &url,
            now: clock::now(),
        };
        let ics = event_calendar(&for_calendar, &context);
        calendar_failed.set(save_file(&ics, &file_name(&for_calendar), "text/calendar").is_err());
    };
    let places = event.capacity.map(|capacity| match event.places_left() {
        Some(0) => texts.event_full.to_owned(),
        Some(left) => (texts.event_places_left)(left, capacity),
        None => String::new(),
    });
    view! { class=class,
        <article class="kp-event">
            <PageHeading text=event.title.clone()/>
            <dl>
                <dt>{texts.event_when}</dt>
                <dd>
                    <time datetime=event.starts_at.to_rfc3339()>{texts.date_time(event.starts_at)}</time>
                    " \u{2013} "
                    <time datetime=event.ends_at.to_rfc3339()>{until}</time>
                </dd>
                {event.location.clone().map(|location| view! { <dt>{texts.event_where}</dt><dd>{location}</dd> })}
                // Only a web address becomes a link: the data may come from any backend.
                {event.online_url.as_deref().and_then(web_url).map(str::to_owned).map(|url| view! {
                    <dt>{texts.event_online}</dt>
                    <dd><a href=url rel="noopener nofollow ugc">{texts.event_join_online}</a></dd>
                })}
                {event.theme.clone().map(|theme| view! {
                    <dt>{texts.event_theme}</dt>
                    <dd><a href=format!("themes/{}", theme.slug)>{theme.name}</a></dd>
                })}
            </dl>
            <p>{(texts.event_going)(event.going_count)} {places.map(|p| format!(" \u{b7} {p}"))}</p>
            {if past {
                view! { <p class="kp-notice">{texts.event_is_past}</p> }.into_any()
            } else {
                view! { <RsvpButtons event=event.id.clone() on_changed/> }.into_any()
            }}
            <div class="kp-actions">
                <button type="button" class="kp-button kp-button--secondary" aria-describedby="agenda-hint" on:click=add_to_calendar>
                    {texts.event_add_to_calendar}
                </button>
                <span id="agenda-hint" class="kp-hint">{texts.event_calendar_hint}</span>
                {move || may_edit().then(|| view! { <a class="kp-button kp-button--secondary" href=edit_href.clone()>{texts.event_edit}</a> })}
            </div>
            {move || calendar_failed.get().then(|| view! { <p role="alert" class="kp-field__error">{texts.error_server}</p> })}
            <EmbedButton choices=vec![meetings_widget(&event)]/>
            <Markdown source=event.description.clone()/>
            {past.then(|| view! {
                <MembersOnly public=crate::state::use_config().features.public_wall message=texts.wall_members_only>
                    <EventReports event=event.clone()/>
                </MembersOnly>
            })}
        </article>
    }
}

/// The widget an intranet may show for a meeting: the upcoming meetings of its theme, or
/// all upcoming meetings for one outside a theme.
fn meetings_widget(event: &Event) -> EmbedChoice {
    let texts = use_texts();
    let theme = event.theme.as_ref().map(|t| t.slug.clone());
    EmbedChoice {
        label: if theme.is_some() {
            texts.embed.snippet_events
        } else {
            texts.embed.snippet_all_events
        },
        widget: Widget::Events { theme },
    }
}

/// "Verslagen": the report posts on a past meeting, and for members a form to add one.
#[component]
fn EventReports(event: Event) -> impl IntoView {
    let texts = use_texts();
    let session = use_session();
    let can_write = use_backend().capabilities().auth;
    let id = event.id.clone();
    let posted = RwSignal::new(Vec::<Post>::new());
    let notice = RwSignal::new(false);
    let reports = backend_resource(move |backend| {
        let query = PostQuery {
            event: Some(id.clone()),
            page: PageRequest::new(1, 50),
            ..Default::default()
        };
        async move { backend.posts(&query).await }
    });
    let report_on = ReportOn {
        event: event.id.clone(),
        theme: event.theme.as_ref().map(|t| t.id.clone()),
    };
    view! {
        <section aria-labelledby="verslagen">
            <h2 id="verslagen">{texts.event_reports}</h2>
            <p role="status" class="kp-notice" hidden=move || !notice.get()>{move || notice.get().then_some(texts.report_posted)}</p>
            <ul class="kp-stack" role="list">
                {move || posted.get().into_iter().map(|post| view! { <PostCard post/> }).collect_view()}
            </ul>
            {async_view(reports, move |page| {
                if page.items.is_empty() && posted.read().is_empty() {
                    return view! { <EmptyState message=texts.event_no_reports/> }.into_any();
                }
                let fresh: Vec<_> = posted.read().iter().map(|p| p.id.clone()).collect();
                view! {
                    <ul class="kp-stack" role="list">
                        {page.items.into_iter().filter(|p| !fresh.contains(&p.id)).map(|post| view! { <PostCard post/> }).collect_view()}
                    </ul>
                }
                .into_any()
            })}
            {move || (can_write && session.writer().is_some()).then(|| {
                let report_on = report_on.clone();
                view! {
                    <Composer report_on tag_suggestions=Signal::derive(Vec::new)
                        on_posted=move |post: Post| {
                            posted.update(|list| list.insert(0, post));
                            notice.set(true);
                        }/>
                }
            })}
        </section>
    }
}
