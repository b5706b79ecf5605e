//! Nederlands: the default language.

use super::{group_digits, Texts};
use crate::model::{PostKind, ThemeAccess};

fn count(n: u32, one: &str, many: &str) -> String {
    format!("{} {}", group_digits(n, '.'), if n == 1 { one } else { many })
}

pub static TEXTS: Texts = Texts {
    lang: "nl",
    language_name: "Nederlands",
    skip_link: "Naar de inhoud",
    nav_label: "Hoofdmenu",
    nav_members: "Leden",
    nav_themes: "Thema's",
    nav_wall: "Kennismuur",
    nav_events: "Bijeenkomsten",
    footer: "Knooppunt wordt gedragen door het netwerk zelf: open source, door iedere overheidsorganisatie te hosten.",

    home_intro: "Ambtenaren van gemeenten, provincies, waterschappen en ministeries delen hier kennis over de grenzen van hun organisatie heen. Vind collega's, sluit je aan bij een thema en kom naar een bijeenkomst.",
    home_latest_posts: "Laatste bijdragen",
    home_upcoming_events: "Komende bijeenkomsten",
    home_themes: "Thema's",
    all_posts: "Alle bijdragen",
    all_events: "Alle bijeenkomsten",
    all_themes: "Alle thema's",

    members_search_label: "Zoek leden",
    members_search_hint: "Zoek op naam, organisatie, functie of expertise.",
    members_province_label: "Provincie",
    members_all_provinces: "Alle provincies",
    members_count: |n| count(n, "lid", "leden"),
    members_none: "Geen leden gevonden.",
    members_none_hint: "Probeer een andere zoekterm, of kies \u{201c}Alle provincies\u{201d}.",
    members_only_organisation: |name| format!("Alleen leden van {name}."),
    members_all_organisations: "Toon alle organisaties",

    pager_label: "Paginering",
    pager_previous: "Vorige pagina",
    pager_next: "Volgende pagina",
    pager_position: |page, pages| format!("Pagina {page} van {pages}"),

    member_organisation: "Organisatie",
    member_province: "Provincie",
    member_expertise: "Expertise",
    member_themes: "Thema's",
    member_no_themes: "Nog geen lid van een thema.",
    member_recent_posts: "Recente bijdragen",
    member_no_posts: "Nog geen bijdragen.",
    member_contact: "Contact",
    member_since: |date| format!("Lid sinds {date}"),
    link_website: "Website",
    link_linkedin: "LinkedIn",
    link_mastodon: "Mastodon",

    themes_intro: "In thema's organiseert het netwerk zichzelf: een paar moderatoren houden het vuur brandend, iedereen kan meedoen.",
    themes_none: "Er zijn nog geen thema's.",
    theme_member_count: |n| count(n, "lid", "leden"),
    theme_access: |access| match access {
        ThemeAccess::Open => "Open",
        ThemeAccess::OnRequest => "Op aanvraag",
        ThemeAccess::InviteOnly => "Alleen op uitnodiging",
    },
    theme_about: "Over dit thema",
    theme_posts: "Bijdragen",
    theme_no_posts: "In dit thema is nog niets gedeeld.",
    theme_events: "Bijeenkomsten",
    theme_no_events: "Er zijn geen bijeenkomsten gepland.",

    wall_intro: "Praktijkervaringen, vragen, blogs en verslagen uit het hele netwerk.",
    wall_none: "Er zijn nog geen bijdragen.",
    post_kind: |kind| match kind {
        PostKind::Knowledge => "Kennis",
        PostKind::Question => "Vraag",
        PostKind::Blog => "Blog",
        PostKind::Report => "Verslag",
    },
    post_by: "door",
    post_in_theme: "in",
    post_edited: "bewerkt",
    post_comment_count: |n| count(n, "reactie", "reacties"),
    post_reaction_like: "Vind ik leuk",
    post_reaction_insightful: "Nuttig",
    post_reaction_thanks: "Bedankt",
    post_reactions_label: "Waardering",
    post_tags: "Tags",
    comments_heading: "Reacties",
    comments_none: "Nog geen reacties.",
    comment_replies_label: "Antwoorden",

    events_upcoming: "Komende bijeenkomsten",
    events_past: "Eerdere bijeenkomsten",
    events_none: "Er zijn geen bijeenkomsten.",
    event_when: "Wanneer",
    event_where: "Waar",
    event_online: "Online",
    event_join_online: "Deelnemen via de videoverbinding",
    event_places_left: |left, capacity| format!("Nog {left} van {capacity} plaatsen vrij"),
    event_full: "Vol: er zijn geen plaatsen meer vrij",
    event_going: |n| format!("{} {}", group_digits(n, '.'), if n == 1 { "aanmelding" } else { "aanmeldingen" }),
    event_theme: "Thema",

    loading: "Bezig met laden\u{2026}",
    retry: "Opnieuw proberen",
    error_network: "Er is geen verbinding met de server. Controleer je internetverbinding en probeer het opnieuw.",
    error_unauthorized: "Je moet ingelogd zijn om dit te zien.",
    error_forbidden: "Je hebt geen toegang tot dit onderdeel.",
    error_not_found: "Dit onderdeel bestaat niet (meer).",
    error_validation: "Niet alle gegevens zijn goed ingevuld.",
    error_conflict: "Dit botst met een eerdere wijziging. Laad de pagina opnieuw.",
    error_read_only: "Deze versie van het netwerk is alleen te lezen.",
    error_server: "Er ging iets mis bij de server. Probeer het later opnieuw.",

    not_found_title: "Pagina niet gevonden",
    not_found_text: "De pagina die je zoekt bestaat niet (meer). Misschien is de link verouderd of zit er een typfout in het adres.",
    not_found_home: "Naar de startpagina",

    config_error_title: "Knooppunt kan niet starten",
    config_error_hint: "De beheerder van deze site kan dit oplossen in het bestand config.json; docs/hosting.md beschrijft alle velden.",

    months: [
        "januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november",
        "december",
    ],
    thousands_separator: '.',
};
