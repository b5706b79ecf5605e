//! Interface text. Every visible string lives in a locale file (`i18n/nl.rs`,
//! `i18n/en.rs`) as a field of [`Texts`]: a locale that misses a key does not compile.

mod en;
mod nl;

use crate::backend::BackendError;
use crate::config::LocaleCode;
use crate::model::draft::{AvatarProblem, ReportReason};
use crate::model::outbox::Refusal;
use crate::model::time::CivilTime;
use crate::model::{
    MeetingPlace, OrganisationKind, PostKind, ReactionKind, RsvpStatus, ThemeAccess, ThemeRole, Timestamp, Visibility,
};
use crate::split_point::{split_point, ModuleUnavailable};

/// All interface text of one language.
pub struct Texts {
    pub lang: &'static str,
    pub skip_link: &'static str,
    pub nav_label: &'static str,
    pub nav_members: &'static str,
    pub nav_themes: &'static str,
    pub nav_wall: &'static str,
    pub nav_events: &'static str,
    pub footer: &'static str,
    /// Widgets for intranets and the "Insluiten" button that offers them.
    pub embed: EmbedTexts,

    pub home_intro: &'static str,
    pub home_latest_posts: &'static str,
    pub home_upcoming_events: &'static str,
    pub home_themes: &'static str,
    pub all_posts: &'static str,
    pub all_events: &'static str,
    pub all_themes: &'static str,

    pub members_search_label: &'static str,
    pub members_search_hint: &'static str,
    pub members_province_label: &'static str,
    pub members_all_provinces: &'static str,
    pub members_count: fn(u32) -> String,
    pub members_none: &'static str,
    pub members_none_hint: &'static str,
    pub members_remove_filter_hint: &'static str,
    pub members_filters_label: &'static str,
    pub members_kind_label: &'static str,
    pub members_all_kinds: &'static str,
    pub members_organisation_label: &'static str,
    pub members_all_organisations: &'static str,
    pub members_theme_label: &'static str,
    pub members_all_themes: &'static str,
    /// Beside the theme filter when this viewer may see no theme's members.
    pub members_theme_login_hint: &'static str,
    pub members_expertise_label: &'static str,
    pub members_all_expertise: &'static str,
    pub members_active_filters: &'static str,
    /// The accessible name of the link that removes one filter: (filter label, value).
    pub members_remove_filter: fn(&str, &str) -> String,
    /// An option of a filter with how many results choosing it gives: "Utrecht (23)".
    pub option_with_count: fn(&str, &str) -> String,
    pub organisation_kind: fn(OrganisationKind) -> &'static str,
    pub members_sort_label: &'static str,
    pub members_sort_name: &'static str,
    pub members_sort_newest: &'static str,

    pub pager_label: &'static str,
    pub pager_previous: &'static str,
    pub pager_next: &'static str,
    pub pager_position: fn(u32, u32) -> String,

    pub member_organisation: &'static str,
    pub member_province: &'static str,
    pub member_expertise: &'static str,
    pub member_themes: &'static str,
    pub member_no_themes: &'static str,
    pub member_recent_posts: &'static str,
    pub member_no_posts: &'static str,
    pub member_contact: &'static str,
    pub member_since: fn(&str) -> String,
    pub link_website: &'static str,
    pub link_linkedin: &'static str,
    pub link_mastodon: &'static str,

    pub themes_intro: &'static str,
    pub themes_none: &'static str,
    pub theme_member_count: fn(u32) -> String,
    pub theme_access: fn(ThemeAccess) -> &'static str,
    pub theme_about: &'static str,
    pub theme_posts: &'static str,
    pub theme_no_posts: &'static str,
    /// Instead of the wall of a theme that is not open, for someone outside it.
    pub theme_posts_members_only: &'static str,
    pub theme_events: &'static str,
    pub theme_no_events: &'static str,

    pub wall_intro: &'static str,
    pub wall_none: &'static str,
    pub post_kind: fn(PostKind) -> &'static str,
    pub post_by: &'static str,
    pub post_in_theme: &'static str,
    pub post_edited: &'static str,
    pub post_comment_count: fn(u32) -> String,
    pub post_reactions_label: &'static str,
    pub post_tags: &'static str,
    pub comments_heading: &'static str,
    pub comments_none: &'static str,
    /// A question with a chosen answer, beside its kind.
    pub question_answered: &'static str,
    /// A question without one.
    pub question_open: &'static str,
    /// The mark on the comment chosen as a question's answer.
    pub answer_mark: &'static str,
    /// The button that chooses a comment as the answer.
    pub answer_choose: &'static str,
    /// The button on the chosen answer that takes the choice back.
    pub answer_unchoose: &'static str,
    /// Said once a choice is saved.
    pub answer_chosen: &'static str,
    pub answer_unchosen: &'static str,
    /// The wall filter: questions without an answer, oldest first.
    pub wall_open_questions: &'static str,
    pub comment_replies_label: &'static str,

    pub events_upcoming: &'static str,
    pub events_past: &'static str,
    pub events_none: &'static str,
    pub event_when: &'static str,
    pub event_where: &'static str,
    pub event_online: &'static str,
    pub event_join_online: &'static str,
    pub event_places_left: fn(u32, u32) -> String,
    pub event_full: &'static str,
    pub event_going: fn(u32) -> String,
    pub event_theme: &'static str,

    pub loading: &'static str,
    pub retry: &'static str,
    /// A part of the app (a route's module) could not be fetched.
    pub module_unavailable: &'static str,
    /// The language chosen in the header could not be fetched; the current one stays.
    pub language_unavailable: &'static str,
    pub error_network: &'static str,
    pub error_unauthorized: &'static str,
    pub error_forbidden: &'static str,
    pub error_not_found: &'static str,
    pub error_validation: &'static str,
    pub error_conflict: &'static str,
    pub error_read_only: &'static str,
    pub error_too_many: &'static str,
    pub error_server: &'static str,

    pub account_label: &'static str,
    pub log_in: &'static str,
    pub register: &'static str,
    pub log_out: &'static str,
    pub login_intro: &'static str,
    pub login_no_account: &'static str,
    /// The link from the login page to "Wachtwoord vergeten".
    pub login_forgot: &'static str,
    pub forgot_title: &'static str,
    pub forgot_intro: &'static str,
    pub forgot_submit: &'static str,
    /// Said after asking, whether or not the address is a member's.
    pub forgot_sent: &'static str,
    pub reset_title: &'static str,
    pub reset_intro: &'static str,
    pub field_new_password: &'static str,
    pub reset_submit: &'static str,
    pub reset_done: &'static str,
    /// The link from a broken reset link back to asking a new one.
    pub reset_ask_again: &'static str,
    pub verify_title: &'static str,
    pub verify_busy: &'static str,
    pub verify_done: &'static str,
    pub verify_failed: &'static str,
    /// The profile's section on the e-mail address.
    pub email_title: &'static str,
    /// "Je e-mailadres is naam@… (bevestigd)".
    pub email_current: fn(&str, bool) -> String,
    pub email_resend: &'static str,
    pub email_resent: &'static str,
    pub email_change_label: &'static str,
    pub email_change_submit: &'static str,
    /// Said after asking, with the new address.
    pub email_change_sent: fn(&str) -> String,
    pub email_confirm_title: &'static str,
    pub email_confirm_intro: &'static str,
    pub email_confirm_submit: &'static str,
    pub email_confirm_done: &'static str,
    pub register_intro: &'static str,
    pub register_have_account: &'static str,
    pub field_name: &'static str,
    pub field_email: &'static str,
    pub field_password: &'static str,
    pub field_organisation: &'static str,
    pub password_hint: &'static str,
    pub organisation_choose: &'static str,
    pub form_errors_title: &'static str,
    /// What to fix in `field`, for a reason code such as `validation_required`.
    pub field_error: fn(&str, &str) -> String,
    pub busy: &'static str,
    pub logged_in_as: fn(&str) -> String,
    pub session_expired: &'static str,
    pub accounts_unavailable: &'static str,
    pub rsvp_label: &'static str,
    pub rsvp_name: fn(RsvpStatus) -> &'static str,
    pub event_full_refused: &'static str,
    pub comment_edit: &'static str,
    pub comment_edit_title: &'static str,
    pub new_posts: fn(u32) -> String,
    pub report_open: &'static str,
    pub report_title: &'static str,
    pub report_reason: &'static str,
    pub report_reason_choose: &'static str,
    pub report_reason_missing: &'static str,
    pub report_note: &'static str,
    pub report_send: &'static str,
    pub report_sent: &'static str,
    pub report_already: &'static str,
    pub report_reason_name: fn(ReportReason) -> &'static str,
    pub post_hide: &'static str,
    pub post_unhide: &'static str,
    pub post_hidden_notice: &'static str,
    pub moderation_label: &'static str,
    pub wall_view_label: &'static str,
    pub wall_view_all: &'static str,
    pub wall_view_mine: &'static str,
    pub wall_search_label: &'static str,
    pub wall_load_more: &'static str,
    pub wall_none_found: &'static str,
    pub wall_none_found_hint: &'static str,
    pub wall_no_themes: &'static str,
    pub wall_tag_label: &'static str,
    pub post_edit_title: &'static str,
    pub save: &'static str,
    pub cancel: &'static str,
    pub post_edit: &'static str,
    pub post_delete: &'static str,
    pub post_delete_confirm: &'static str,
    pub post_saved: &'static str,
    pub post_actions: &'static str,
    pub comment_label: &'static str,
    pub comment_submit: &'static str,
    pub reply_open: &'static str,
    pub reply_label: fn(&str) -> String,
    pub reply_submit: &'static str,
    pub comment_delete: &'static str,
    pub comment_delete_confirm: &'static str,
    pub reaction_failed: &'static str,
    pub reaction_name: fn(ReactionKind) -> &'static str,
    pub composer_title: &'static str,
    pub field_title: &'static str,
    pub field_body: &'static str,
    pub body_hint: &'static str,
    pub preview: &'static str,
    pub preview_label: &'static str,
    pub preview_empty: &'static str,
    pub field_kind: &'static str,
    pub field_theme: &'static str,
    pub theme_none: &'static str,
    pub field_tags: &'static str,
    pub tags_hint: &'static str,
    pub post_submit: &'static str,
    pub post_posted: &'static str,
    pub wall_members_only: &'static str,
    pub directory_members_only: &'static str,
    pub register_by_invitation: &'static str,
    pub login_needed: &'static str,

    pub profile_title: &'static str,
    pub profile_intro: &'static str,
    /// Signs the posts and comments kept from a deleted account.
    pub former_member: &'static str,
    pub profile_details: &'static str,
    pub profile_login_needed: &'static str,
    pub profile_view_public: &'static str,
    pub profile_name_hint: &'static str,
    pub field_job_title: &'static str,
    pub field_province: &'static str,
    pub province_none: &'static str,
    pub organisation_none: &'static str,
    pub field_bio: &'static str,
    pub bio_hint: &'static str,
    pub field_expertise: &'static str,
    pub expertise_hint: &'static str,
    pub profile_links: &'static str,
    pub field_website: &'static str,
    pub field_linkedin: &'static str,
    pub field_mastodon: &'static str,
    pub link_hint: &'static str,
    pub field_photo: &'static str,
    pub visibility_label: fn(&str) -> String,
    pub visibility_name: fn(Visibility) -> &'static str,
    pub profile_save: &'static str,
    pub profile_saved: &'static str,
    pub profile_unsaved: &'static str,
    pub profile_leave_confirm: &'static str,
    pub photo_title: &'static str,
    pub photo_label: &'static str,
    pub photo_hint: &'static str,
    pub photo_preview: &'static str,
    pub photo_current: &'static str,
    pub photo_save: &'static str,
    pub photo_saved: &'static str,
    pub photo_problem: fn(AvatarProblem) -> &'static str,
    pub data_title: &'static str,
    pub data_intro: &'static str,
    pub data_download: &'static str,
    pub data_downloaded: &'static str,
    pub delete_title: &'static str,
    pub delete_what_keep: &'static str,
    pub delete_what_delete: &'static str,
    pub delete_irreversible: &'static str,
    pub delete_confirm_word: &'static str,
    pub delete_confirm_label: &'static str,
    pub delete_button: &'static str,
    pub delete_done: &'static str,

    // ── Theme groups (issue 6) ──
    pub themes_search_label: &'static str,
    pub themes_tag_label: &'static str,
    pub themes_all_tags: &'static str,
    pub themes_count: fn(u32) -> String,
    pub themes_none_found: &'static str,
    /// The mark on a card of a theme I am in.
    pub theme_mine: &'static str,
    /// The mark on a card, and the state of the button, while my request waits.
    pub theme_requested: &'static str,
    pub theme_new: &'static str,
    pub theme_join: &'static str,
    pub theme_request: &'static str,
    pub theme_cancel_request: &'static str,
    pub theme_leave: &'static str,
    pub theme_joined: &'static str,
    pub theme_request_sent: &'static str,
    pub theme_left: &'static str,
    pub theme_invite_only: &'static str,
    pub theme_request_waits: &'static str,
    pub theme_moderators: &'static str,
    pub theme_members: &'static str,
    pub theme_members_hidden: &'static str,
    pub theme_members_login: &'static str,
    pub theme_no_members: &'static str,
    pub theme_role: fn(ThemeRole) -> &'static str,
    pub theme_requests: &'static str,
    pub theme_no_requests: &'static str,
    pub theme_approve: &'static str,
    pub theme_decline: &'static str,
    pub theme_make_moderator: &'static str,
    pub theme_make_member: &'static str,
    pub theme_make_owner: &'static str,
    pub theme_remove: &'static str,
    /// The accessible name of a button acting on one member: (action, member name).
    pub theme_action_on: fn(&str, &str) -> String,
    pub theme_remove_confirm: fn(&str) -> String,
    pub theme_last_owner: &'static str,
    pub theme_manage_done: &'static str,
    pub theme_invite: &'static str,
    pub theme_invite_label: &'static str,
    pub theme_invite_hint: &'static str,
    pub theme_invite_none: &'static str,
    pub theme_invited: fn(&str) -> String,
    pub theme_already_member: &'static str,
    pub theme_edit: &'static str,
    pub theme_saved: &'static str,
    pub theme_new_intro: &'static str,
    pub theme_create_not_allowed: &'static str,
    pub field_theme_name: &'static str,
    pub field_slug: &'static str,
    pub slug_hint: &'static str,
    pub field_summary: &'static str,
    pub field_description: &'static str,
    pub description_hint: &'static str,
    pub field_access: &'static str,
    pub field_theme_tags: &'static str,
    pub theme_tags_hint: &'static str,
    pub theme_access_hint: fn(ThemeAccess) -> &'static str,
    pub theme_create_submit: &'static str,
    pub save_submit: &'static str,
    pub theme_upcoming_events: &'static str,
    pub theme_past_events: &'static str,
    pub theme_no_past_events: &'static str,

    // ── Meetings (issue 6) ──
    pub events_filters_label: &'static str,
    pub events_theme_label: &'static str,
    pub events_all_themes: &'static str,
    pub events_place_label: &'static str,
    pub events_all_places: &'static str,
    pub meeting_place: fn(MeetingPlace) -> &'static str,
    pub events_none_found: &'static str,
    pub event_new: &'static str,
    pub event_edit: &'static str,
    pub event_saved: &'static str,
    pub event_add_to_calendar: &'static str,
    pub event_calendar_hint: &'static str,
    pub event_is_past: &'static str,
    pub event_reports: &'static str,
    pub event_no_reports: &'static str,
    pub report_composer_title: &'static str,
    pub post_on_meeting: &'static str,
    pub report_posted: &'static str,
    pub field_event_title: &'static str,
    pub field_starts_at: &'static str,
    pub field_ends_at: &'static str,
    pub time_hint: &'static str,
    pub field_location: &'static str,
    pub field_online_url: &'static str,
    pub place_hint: &'static str,
    pub field_capacity: &'static str,
    pub capacity_hint: &'static str,
    pub event_create_submit: &'static str,
    pub event_not_allowed: &'static str,

    // ── Offline, updates and the outbox (issue 8) ──
    pub offline_banner: &'static str,
    pub offline_hint: &'static str,
    pub update_available: &'static str,
    pub update_apply: &'static str,
    pub outbox_heading: fn(usize) -> String,
    pub outbox_intro: &'static str,
    pub outbox_post: fn(&str) -> String,
    pub outbox_comment: &'static str,
    pub outbox_reaction: fn(&str, bool) -> String,
    pub outbox_rsvp: fn(&str) -> String,
    pub outbox_waiting: &'static str,
    pub outbox_refused: fn(Refusal) -> &'static str,
    pub outbox_text: &'static str,
    pub outbox_cancel: &'static str,
    pub outbox_remove: &'static str,
    pub outbox_retry: &'static str,
    pub outbox_queued_post: &'static str,
    pub outbox_queued_comment: &'static str,
    pub outbox_queued_action: &'static str,

    pub not_found_title: &'static str,
    pub not_found_text: &'static str,
    pub not_found_home: &'static str,

    pub config_error_title: &'static str,
    pub config_error_hint: &'static str,

    pub months: [&'static str; 12],
    pub thousands_separator: char,
}

/// The interface language.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Locale {
    #[default]
    Nl,
    En,
}

impl Locale {
    /// The BCP 47 code, as in `<html lang>` and in storage.
    pub fn code(self) -> &'static str {
        match self {
            Locale::Nl => "nl",
            Locale::En => "en",
        }
    }

    pub fn parse(code: &str) -> Option<Locale> {
        [Locale::Nl, Locale::En].into_iter().find(|l| l.code() == code)
    }

    /// The language the switcher offers.
    pub fn other(self) -> Locale {
        match self {
            Locale::Nl => Locale::En,
            Locale::En => Locale::Nl,
        }
    }

    /// This language's own name, as the switcher offers it from the other language.
    pub fn name(self) -> &'static str {
        match self {
            Locale::Nl => "Nederlands",
            Locale::En => "English",
        }
    }

    /// The texts of the default language, which every build has at hand.
    pub fn default_texts() -> &'static Texts {
        &nl::TEXTS
    }

    /// This language's texts. English is, in the release build, a module of its own,
    /// fetched the first time a reader needs it: most readers never do. Dutch never fails.
    pub async fn load_texts(self) -> Result<&'static Texts, ModuleUnavailable> {
        match self {
            Locale::Nl => Ok(&nl::TEXTS),
            Locale::En => english_texts().await,
        }
    }

    #[cfg(test)]
    fn texts(self) -> &'static Texts {
        match self {
            Locale::Nl => &nl::TEXTS,
            Locale::En => &en::TEXTS,
        }
    }
}

split_point! {
    #[cfg(any(feature = "split-routes", feature = "split-adapters"))]
    // The split point (as the areas of routes and the adapters are): only this function
    // reaches the English texts, so they leave the main modules.
    fn english_texts() -> &'static Texts {
        &en::TEXTS
    }
}

impl From<LocaleCode> for Locale {
    fn from(code: LocaleCode) -> Self {
        match code {
            LocaleCode::Nl => Locale::Nl,
            LocaleCode::En => Locale::En,
        }
    }
}

/// The texts of the widgets (`/embed/…`) and of the "Insluiten" button.
pub struct EmbedTexts {
    /// The wall widget's heading for one theme: "Kennismuur: Het nieuwe werken".
    pub wall_of: fn(&str) -> String,
    /// The meetings widget's heading: "Komende bijeenkomsten".
    pub events: &'static str,
    /// The meetings widget's heading for one theme.
    pub events_of: fn(&str) -> String,
    /// The link at the bottom of a widget to the full app: "Meer op Knooppunt".
    pub more_on: fn(&str) -> String,
    /// Where taking part needs an account.
    pub log_in_to_join: &'static str,
    pub no_events: &'static str,
    pub no_posts: &'static str,
    pub meetings_off: &'static str,
    pub theme_not_found: &'static str,
    pub member_not_found: &'static str,
    pub unknown_widget: &'static str,
    /// The button that shows the snippets.
    pub button: &'static str,
    pub intro: &'static str,
    /// The label of a snippet for a theme's wall, its meetings, all meetings, a profile.
    pub snippet_wall: &'static str,
    pub snippet_events: &'static str,
    pub snippet_all_events: &'static str,
    pub snippet_member: &'static str,
    pub copy: &'static str,
    pub copied: &'static str,
    pub copy_failed: &'static str,
}

impl Texts {
    /// The reader's explanation of a backend failure.
    pub fn error(&self, error: &BackendError) -> &'static str {
        match error {
            BackendError::Network(_) => self.error_network,
            BackendError::Unauthorized => self.error_unauthorized,
            BackendError::Forbidden => self.error_forbidden,
            BackendError::NotFound => self.error_not_found,
            BackendError::Validation(_) => self.error_validation,
            BackendError::Conflict(_) => self.error_conflict,
            BackendError::ReadOnly => self.error_read_only,
            BackendError::TooMany => self.error_too_many,
            BackendError::Server(_) => self.error_server,
        }
    }

    /// "27 november 2026", in Europe/Amsterdam.
    pub fn date(&self, at: Timestamp) -> String {
        let t = at.in_amsterdam();
        format!("{} {} {}", t.day, self.month(&t), t.year)
    }

    /// "27 november 2026, 09:30", in Europe/Amsterdam.
    pub fn date_time(&self, at: Timestamp) -> String {
        let t = at.in_amsterdam();
        format!("{} {} {}, {:02}:{:02}", t.day, self.month(&t), t.year, t.hour, t.minute)
    }

    /// "09:30", in Europe/Amsterdam.
    pub fn time(&self, at: Timestamp) -> String {
        let t = at.in_amsterdam();
        format!("{:02}:{:02}", t.hour, t.minute)
    }

    fn month(&self, t: &CivilTime) -> &'static str {
        self.months[(t.month as usize).saturating_sub(1).min(11)]
    }

    /// A count with the locale's thousands separator: 10000 → "10.000" in Dutch.
    pub fn number(&self, n: u32) -> String {
        group_digits(n, self.thousands_separator)
    }
}

/// Writes `n` with `separator` between groups of three digits.
fn group_digits(n: u32, separator: char) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, ch) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(separator);
        }
        out.push(ch);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dutch_counts_and_plurals() {
        let nl = Locale::Nl.texts();
        assert_eq!((nl.members_count)(1), "1 lid");
        assert_eq!((nl.members_count)(0), "0 leden");
        assert_eq!((nl.members_count)(10_000), "10.000 leden");
        assert_eq!(nl.number(1_234_567), "1.234.567");
    }

    #[test]
    fn english_counts_and_plurals() {
        let en = Locale::En.texts();
        assert_eq!((en.members_count)(1), "1 member");
        assert_eq!((en.members_count)(2500), "2,500 members");
    }

    #[test]
    fn dates_are_shown_in_amsterdam_time() {
        let nl = Locale::Nl.texts();
        let at = Timestamp::parse("2026-07-01T07:30:00Z").unwrap();
        assert_eq!(nl.date_time(at), "1 juli 2026, 09:30");
        let winter = Timestamp::parse("2026-12-31T23:30:00Z").unwrap();
        assert_eq!(nl.date(winter), "1 januari 2027");
        assert_eq!(Locale::En.texts().date(winter), "1 January 2027");
    }

    #[test]
    fn the_main_navigation_reads_as_specified() {
        let nl = Locale::Nl.texts();
        assert_eq!(
            [nl.nav_members, nl.nav_themes, nl.nav_wall, nl.nav_events],
            ["Leden", "Thema's", "Kennismuur", "Bijeenkomsten"]
        );
        let en = Locale::En.texts();
        assert_eq!(
            [en.nav_members, en.nav_themes, en.nav_wall, en.nav_events],
            ["Members", "Themes", "Knowledge wall", "Meetings"]
        );
    }

    #[test]
    fn the_switcher_offers_the_other_language_in_its_own_words() {
        assert_eq!(Locale::Nl.other().name(), "English");
        assert_eq!(Locale::En.other().name(), "Nederlands");
        for locale in [Locale::Nl, Locale::En] {
            assert_eq!(Locale::parse(locale.code()), Some(locale));
            assert_eq!(locale.texts().lang, locale.code());
        }
        assert_eq!(Locale::parse("fr"), None);
    }

    #[test]
    fn every_error_has_a_distinct_message() {
        let nl = Locale::Nl.texts();
        let errors = [
            BackendError::Network("x".into()),
            BackendError::Unauthorized,
            BackendError::Forbidden,
            BackendError::NotFound,
            BackendError::Validation(Default::default()),
            BackendError::Conflict("x".into()),
            BackendError::ReadOnly,
            BackendError::Server("x".into()),
        ];
        let messages: std::collections::HashSet<&str> = errors.iter().map(|e| nl.error(e)).collect();
        assert_eq!(messages.len(), errors.len());
    }
}
