//! English.

use super::{group_digits, Texts};
use crate::model::{PostKind, ThemeAccess};

fn count(n: u32, one: &str, many: &str) -> String {
    format!("{} {}", group_digits(n, ','), if n == 1 { one } else { many })
}

pub static TEXTS: Texts = Texts {
    lang: "en",
    language_name: "English",
    skip_link: "Skip to content",
    nav_label: "Main menu",
    nav_members: "Members",
    nav_themes: "Themes",
    nav_wall: "Knowledge wall",
    nav_events: "Meetings",
    footer: "Knooppunt is carried by the network itself: open source, hostable by any government organisation.",

    home_intro: "Civil servants from municipalities, provinces, water boards and ministries share knowledge here across the borders of their organisations. Find colleagues, join a theme and come to a meeting.",
    home_latest_posts: "Latest posts",
    home_upcoming_events: "Upcoming meetings",
    home_themes: "Themes",
    all_posts: "All posts",
    all_events: "All meetings",
    all_themes: "All themes",

    members_search_label: "Search members",
    members_search_hint: "Search by name, organisation, job title or expertise.",
    members_province_label: "Province",
    members_all_provinces: "All provinces",
    members_count: |n| count(n, "member", "members"),
    members_none: "No members found.",
    members_none_hint: "Try another search term, or choose \u{201c}All provinces\u{201d}.",
    members_only_organisation: |name| format!("Only members of {name}."),
    members_all_organisations: "Show all organisations",

    pager_label: "Pagination",
    pager_previous: "Previous page",
    pager_next: "Next page",
    pager_position: |page, pages| format!("Page {page} of {pages}"),

    member_organisation: "Organisation",
    member_province: "Province",
    member_expertise: "Expertise",
    member_themes: "Themes",
    member_no_themes: "Not a member of any theme yet.",
    member_recent_posts: "Recent posts",
    member_no_posts: "No posts yet.",
    member_contact: "Contact",
    member_since: |date| format!("Member since {date}"),
    link_website: "Website",
    link_linkedin: "LinkedIn",
    link_mastodon: "Mastodon",

    themes_intro: "Themes are how the network organises itself: a few moderators keep the fire burning, everyone can take part.",
    themes_none: "There are no themes yet.",
    theme_member_count: |n| count(n, "member", "members"),
    theme_access: |access| match access {
        ThemeAccess::Open => "Open",
        ThemeAccess::OnRequest => "On request",
        ThemeAccess::InviteOnly => "By invitation only",
    },
    theme_about: "About this theme",
    theme_posts: "Posts",
    theme_no_posts: "Nothing has been shared in this theme yet.",
    theme_events: "Meetings",
    theme_no_events: "No meetings are planned.",

    wall_intro: "Practices, questions, blogs and reports from the whole network.",
    wall_none: "There are no posts yet.",
    post_kind: |kind| match kind {
        PostKind::Knowledge => "Knowledge",
        PostKind::Question => "Question",
        PostKind::Blog => "Blog",
        PostKind::Report => "Report",
    },
    post_by: "by",
    post_in_theme: "in",
    post_edited: "edited",
    post_comment_count: |n| count(n, "comment", "comments"),
    post_reaction_like: "Like",
    post_reaction_insightful: "Insightful",
    post_reaction_thanks: "Thanks",
    post_reactions_label: "Appreciation",
    post_tags: "Tags",
    comments_heading: "Comments",
    comments_none: "No comments yet.",
    comment_replies_label: "Replies",

    events_upcoming: "Upcoming meetings",
    events_past: "Past meetings",
    events_none: "There are no meetings.",
    event_when: "When",
    event_where: "Where",
    event_online: "Online",
    event_join_online: "Join the video call",
    event_places_left: |left, capacity| format!("{left} of {capacity} places left"),
    event_full: "Full: no places left",
    event_going: |n| count(n, "registration", "registrations"),
    event_theme: "Theme",

    loading: "Loading\u{2026}",
    retry: "Try again",
    error_network: "There is no connection to the server. Check your internet connection and try again.",
    error_unauthorized: "You need to log in to see this.",
    error_forbidden: "You do not have access to this.",
    error_not_found: "This item does not exist (any more).",
    error_validation: "Not all fields are filled in correctly.",
    error_conflict: "This clashes with an earlier change. Reload the page.",
    error_read_only: "This version of the network is read-only.",
    error_server: "Something went wrong on the server. Please try again later.",

    not_found_title: "Page not found",
    not_found_text: "The page you are looking for does not exist (any more). The link may be outdated, or the address may contain a typo.",
    not_found_home: "Go to the home page",

    config_error_title: "Knooppunt cannot start",
    config_error_hint: "The administrator of this site can fix this in config.json; docs/hosting.md describes every field.",

    months: [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
        "December",
    ],
    thousands_separator: ',',
};
