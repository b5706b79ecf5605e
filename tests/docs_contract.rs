//! docs/backend.md is the generic JSON contract a host serves. This test keeps it true:
//!
//! - every ```` ```json model=TYPE ```` block is parsed into that Rust type (an unknown TYPE,
//!   or a `json` block that names none, fails: an example cannot be skipped silently);
//! - parsing and writing it back must give every field of the example unchanged, so a
//!   misspelt field (which serde would ignore), a time not in RFC 3339 UTC or a wrong
//!   value fails too;
//! - each contract type has at least one example;
//! - the document names every file the static adapter reads, every method of the
//!   `Backend` trait, every value of the wire enums and the `Conflict` codes.

#![cfg(not(target_arch = "wasm32"))]

use knooppunt::backend::{EVENT_FULL, LAST_OWNER};
use knooppunt::config::{BackendConfig, Config};
use knooppunt::model::theme::slugify;
use knooppunt::model::{
    Comment, Event, Member, MemberLinks, MemberRef, Membership, MembershipStatus, Organisation, OrganisationKind, Page,
    Post, PostKind, Province, ReactionKind, Reactions, RsvpStatus, Theme, ThemeAccess, ThemeRef, ThemeRole, Visibility,
};
use serde::de::DeserializeOwned;
use serde::Serialize;
use serde_json::Value;

const DOC: &str = include_str!("../docs/backend.md");
/// docs/hosting.md: its ```` ```json model=Config ```` examples are checked the same way.
const HOSTING: &str = include_str!("../docs/hosting.md");
const CONFIG_RS: &str = include_str!("../src/config.rs");
const BACKEND_RS: &str = include_str!("../src/backend.rs");
const STATIC_JSON_RS: &str = include_str!("../src/backend/static_json.rs");

/// The types every version of the document must show an example of.
const REQUIRED: &[&str] = &[
    "Organisation",
    "Member",
    "Theme",
    "Membership",
    "Post",
    "Comment",
    "Event",
    "Page<Post>",
    "Config",
];

/// One fenced example: its type, the line of its opening fence (1-based) and its text.
#[derive(Debug)]
struct Example {
    model: String,
    line: usize,
    json: String,
}

/// The ```` ```json model=TYPE ```` blocks of a Markdown text. A `json` block without
/// `model=` is an error; blocks in other languages (`text`, `sh`) are not examples.
fn examples(doc: &str) -> Result<Vec<Example>, String> {
    let mut found = Vec::new();
    let mut lines = doc.lines().enumerate();
    while let Some((index, line)) = lines.next() {
        let trimmed = line.trim_start();
        let ticks = trimmed.chars().take_while(|&c| c == '`').count();
        if ticks < 3 {
            continue;
        }
        let info = trimmed[ticks..].trim();
        let mut words = info.split_whitespace();
        let is_json = words.next() == Some("json");
        let model = words.find_map(|w| w.strip_prefix("model=")).map(str::to_owned);
        let mut body = String::new();
        let mut closed = false;
        for (_, inner) in lines.by_ref() {
            let inner_trimmed = inner.trim();
            if inner_trimmed.len() >= ticks && inner_trimmed.chars().all(|c| c == '`') {
                closed = true;
                break;
            }
            body.push_str(inner);
            body.push('\n');
        }
        let line = index + 1;
        if !closed {
            return Err(format!("line {line}: the code block is never closed"));
        }
        match (is_json, model) {
            (true, Some(model)) => found.push(Example {
                model,
                line,
                json: body,
            }),
            (true, None) => {
                return Err(format!(
                    "line {line}: a ```json block must name its type (```json model=Member); \
                     use ```text for JSON that is not a model document"
                ))
            }
            (false, Some(_)) => return Err(format!("line {line}: model= is only for ```json blocks")),
            (false, None) => {}
        }
    }
    Ok(found)
}

/// Every field of `example` is in `written` with the same value. `written` may have more
/// (defaults the example leaves out); an example's `null` may be left out.
fn covers(example: &Value, written: &Value, path: &str) -> Result<(), String> {
    match (example, written) {
        (Value::Object(want), Value::Object(have)) => {
            for (key, value) in want {
                let here = format!("{path}.{key}");
                match have.get(key) {
                    Some(got) => covers(value, got, &here)?,
                    None if value.is_null() => {}
                    None => {
                        return Err(format!(
                            "{here} is not a field of the model (serde ignored it; misspelt?)"
                        ))
                    }
                }
            }
            Ok(())
        }
        (Value::Array(want), Value::Array(have)) => {
            if want.len() != have.len() {
                return Err(format!("{path}: {} items written back as {}", want.len(), have.len()));
            }
            want.iter()
                .zip(have)
                .enumerate()
                .try_for_each(|(i, (w, h))| covers(w, h, &format!("{path}[{i}]")))
        }
        (want, have) if want == have => Ok(()),
        (want, have) => Err(format!(
            "{path}: the example says {want}, the model writes it back as {have}"
        )),
    }
}

/// Parses an example as `T` and checks that writing it back keeps every field.
fn parse<T: DeserializeOwned + Serialize>(example: &Example) -> Result<T, String> {
    let value: Value = serde_json::from_str(&example.json).map_err(|e| format!("not JSON: {e}"))?;
    let parsed: T = serde_json::from_str(&example.json).map_err(|e| format!("does not parse: {e}"))?;
    let written = serde_json::to_value(&parsed).map_err(|e| format!("cannot be written back: {e}"))?;
    covers(&value, &written, "$")?;
    Ok(parsed)
}

fn ensure(condition: bool, why: &str) -> Result<(), String> {
    if condition {
        Ok(())
    } else {
        Err(why.to_owned())
    }
}

fn check_organisation(o: &Organisation) -> Result<(), String> {
    ensure(
        !o.id.as_str().is_empty() && !o.name.is_empty(),
        "an organisation needs an id and a name",
    )
}

fn check_member(m: &Member) -> Result<(), String> {
    ensure(
        !m.id.as_str().is_empty() && !m.name.is_empty(),
        "a member needs an id and a name",
    )?;
    ensure(
        m.joined_at.to_rfc3339().ends_with('Z'),
        "joined_at is written back in UTC",
    )
}

fn check_theme(t: &Theme) -> Result<(), String> {
    ensure(
        slugify(&t.slug) == t.slug,
        "a theme's slug is lower-case words joined by dashes",
    )?;
    ensure(!t.name.is_empty(), "a theme needs a name")
}

fn check_membership(m: &Membership) -> Result<(), String> {
    ensure(
        !(m.status == MembershipStatus::Pending && m.role != ThemeRole::Member),
        "a request to join asks for the role member",
    )
}

fn check_post(p: &Post) -> Result<(), String> {
    ensure(!p.title.is_empty(), "a post needs a title")?;
    ensure(
        p.author.is_former() || !p.author.name.is_empty(),
        "a post's author has a name unless they are a former member",
    )?;
    ensure(
        p.updated_at.is_none_or(|u| u >= p.created_at),
        "updated_at is not before created_at",
    )
}

fn check_comment(c: &Comment) -> Result<(), String> {
    ensure(c.parent.as_ref() != Some(&c.id), "a comment is not its own parent")
}

fn check_event(e: &Event) -> Result<(), String> {
    ensure(e.ends_at > e.starts_at, "a meeting ends after it starts")?;
    ensure(e.capacity != Some(0), "no limit is an absent capacity, never 0")?;
    ensure(
        e.location.is_some() || e.online_url.is_some(),
        "a meeting has a location, an online link or both",
    )
}

fn check_page<T>(page: &Page<T>, each: impl Fn(&T) -> Result<(), String>) -> Result<(), String> {
    ensure(page.page >= 1, "pages count from 1")?;
    ensure(
        page.items.len() <= page.per_page as usize,
        "a page holds at most per_page items",
    )?;
    ensure(
        page.total as usize >= page.items.len(),
        "total counts every match, so at least this page",
    )?;
    page.items.iter().try_for_each(each)
}

fn check_all<T>(items: &[T], each: impl Fn(&T) -> Result<(), String>) -> Result<(), String> {
    ensure(!items.is_empty(), "an example file shows at least one item")?;
    items.iter().try_for_each(each)
}

/// Parses one example as the type it names, and checks a few things that must hold.
fn check(example: &Example) -> Result<(), String> {
    match example.model.as_str() {
        "Organisation" => check_organisation(&parse(example)?),
        "Vec<Organisation>" => check_all(&parse::<Vec<Organisation>>(example)?, check_organisation),
        "Member" => check_member(&parse(example)?),
        "Vec<Member>" => check_all(&parse::<Vec<Member>>(example)?, check_member),
        "MemberRef" => parse::<MemberRef>(example).map(drop),
        "MemberLinks" => parse::<MemberLinks>(example).map(drop),
        "Theme" => check_theme(&parse(example)?),
        "Vec<Theme>" => check_all(&parse::<Vec<Theme>>(example)?, check_theme),
        "ThemeRef" => parse::<ThemeRef>(example).map(drop),
        "Membership" => check_membership(&parse(example)?),
        "Vec<Membership>" => check_all(&parse::<Vec<Membership>>(example)?, check_membership),
        "Post" => check_post(&parse(example)?),
        "Vec<Post>" => check_all(&parse::<Vec<Post>>(example)?, check_post),
        "Page<Post>" => check_page(&parse::<Page<Post>>(example)?, check_post),
        "Reactions" => parse::<Reactions>(example).map(drop),
        "Comment" => check_comment(&parse(example)?),
        "Vec<Comment>" => check_all(&parse::<Vec<Comment>>(example)?, check_comment),
        "Event" => check_event(&parse(example)?),
        "Vec<Event>" => check_all(&parse::<Vec<Event>>(example)?, check_event),
        "Page<Event>" => check_page(&parse::<Page<Event>>(example)?, check_event),
        // Not a model type, but the file that picks the adapter; checked as the app checks it.
        "Config" => {
            let config = Config::from_json(&example.json).map_err(|e| e.to_string())?;
            match config.backend {
                BackendConfig::StaticJson { url } => ensure(!url.is_empty(), "static_json needs a url"),
                BackendConfig::Pocketbase { .. } => Ok(()),
            }
        }
        other => Err(format!(
            "unknown model {other:?}: add it to check() in tests/docs_contract.rs"
        )),
    }
}

#[test]
fn every_example_in_the_contract_parses_into_its_model_type() {
    let found = examples(DOC).unwrap_or_else(|e| panic!("docs/backend.md: {e}"));
    let failures: Vec<String> = found
        .iter()
        .filter_map(|ex| {
            check(ex)
                .err()
                .map(|why| format!("docs/backend.md line {} (model={}): {why}", ex.line, ex.model))
        })
        .collect();
    assert!(
        failures.is_empty(),
        "examples that are not the contract:\n{}",
        failures.join("\n")
    );
    for model in REQUIRED {
        assert!(
            found.iter().any(|ex| ex.model == *model),
            "docs/backend.md has no ```json model={model} example"
        );
    }
}

#[test]
fn the_contract_names_every_static_file_the_adapter_reads() {
    // Every string literal ending in `.json"`: the file names the adapter fetches.
    let files: std::collections::BTreeSet<&str> = STATIC_JSON_RS
        .match_indices(".json\"")
        .filter_map(|(end, _)| {
            let start = STATIC_JSON_RS[..end].rfind('"')? + 1;
            let name = &STATIC_JSON_RS[start..end + ".json".len()];
            name.chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '.' || c == '-')
                .then_some(name)
        })
        .collect();
    assert!(files.len() >= 7, "found only {files:?} in src/backend/static_json.rs");
    for file in files {
        assert!(
            DOC.contains(&format!("`{file}`")),
            "docs/backend.md does not describe `{file}`"
        );
    }
}

#[test]
fn the_contract_names_every_method_of_the_backend_trait() {
    let start = BACKEND_RS
        .find("pub trait Backend")
        .expect("src/backend.rs has the Backend trait");
    let body = &BACKEND_RS[start..];
    let body = &body[..body.find("\n}\n").expect("the trait ends")];
    let methods: Vec<&str> = body
        .split("fn ")
        .skip(1)
        .filter_map(|rest| rest.split(['(', '<']).next())
        .map(str::trim)
        .filter(|name| !name.is_empty() && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_'))
        .collect();
    assert!(methods.len() > 40, "found only {} methods", methods.len());
    let missing: Vec<&&str> = methods
        .iter()
        .filter(|name| !DOC.contains(&format!("`{name}`")))
        .collect();
    assert!(
        missing.is_empty(),
        "docs/backend.md §5 does not list these Backend methods: {missing:?}"
    );
}

#[test]
fn the_contract_lists_every_wire_value_and_conflict_code() {
    fn wire<T: Serialize>(value: T) -> String {
        match serde_json::to_value(value).unwrap() {
            Value::String(s) => s,
            other => panic!("not a string enum: {other}"),
        }
    }
    let mut values: Vec<String> = Vec::new();
    values.extend(OrganisationKind::ALL.map(wire));
    values.extend(Province::ALL.map(wire));
    values.extend(ThemeAccess::ALL.map(wire));
    values.extend(PostKind::ALL.map(wire));
    values.extend(ReactionKind::ALL.map(wire));
    values.extend(RsvpStatus::ALL.map(wire));
    values.extend([Visibility::Public, Visibility::Members, Visibility::Hidden].map(wire));
    values.extend([ThemeRole::Member, ThemeRole::Moderator, ThemeRole::Owner].map(wire));
    values.extend([MembershipStatus::Active, MembershipStatus::Pending].map(wire));
    values.extend([LAST_OWNER, EVENT_FULL].map(str::to_owned));
    let missing: Vec<&String> = values.iter().filter(|v| !DOC.contains(&format!("`{v}`"))).collect();
    assert!(missing.is_empty(), "docs/backend.md does not list: {missing:?}");
}

/// The checks themselves: a wrong example, an unknown type and an unnamed block all fail.
#[test]
fn a_wrong_example_fails() {
    let doc = "Text.\n\n```json model=Organisation\n{\"id\": \"o\", \"name\": \"O\", \"kind\": \"gemeente\"}\n```\n";
    let found = examples(doc).unwrap();
    assert_eq!(found.len(), 1);
    assert_eq!(check(&found[0]), Ok(()));

    let bad = |model: &str, json: &str| {
        check(&Example {
            model: model.into(),
            line: 1,
            json: json.into(),
        })
    };
    assert!(bad("Organisation", r#"{"id": "o", "name": "O", "kind": "kerk"}"#).is_err());
    assert!(bad(
        "Organisation",
        r#"{"id": "o", "name": "O", "kind": "gemeente", "provnce": "utrecht"}"#
    )
    .is_err());
    assert!(bad("Organisation", r#"{"id": "o", "name": "O"}"#).is_err());
    assert!(bad(
        "Membership",
        r#"{"id": "m", "theme": "t", "member": "x", "role": "member", "status": "active",
            "created_at": "2026-01-01T10:00:00+01:00"}"#
    )
    .is_err_and(|why| why.contains("created_at")));
    assert!(bad("Ledger", "{}").is_err_and(|why| why.contains("unknown model")));

    assert!(examples("```json\n{}\n```\n").is_err());
    assert!(examples("```json model=Member\n{}\n").is_err());
    assert!(examples("```text\n{\"not\": \"checked\"}\n```\n").unwrap().is_empty());
}

/// The field names of `pub struct NAME { … }` in a Rust source.
fn struct_fields(source: &str, name: &str) -> Vec<String> {
    let start = source
        .find(&format!("pub struct {name} {{"))
        .unwrap_or_else(|| panic!("no struct {name}"));
    let body = &source[start..];
    let body = &body[..body.find("\n}").expect("the struct ends")];
    body.lines()
        .skip(1)
        .filter_map(|line| line.trim().strip_prefix("pub ")?.split(':').next().map(str::to_owned))
        .collect()
}

#[test]
fn every_config_example_in_the_hosting_guide_is_a_valid_config() {
    let found = examples(HOSTING).unwrap_or_else(|e| panic!("docs/hosting.md: {e}"));
    let failures: Vec<String> = found
        .iter()
        .filter_map(|ex| {
            check(ex)
                .err()
                .map(|why| format!("docs/hosting.md line {} (model={}): {why}", ex.line, ex.model))
        })
        .collect();
    assert!(
        failures.is_empty(),
        "examples the app would refuse:\n{}",
        failures.join("\n")
    );
    // One example shows every field, so that a new field of Config or Features is documented.
    let (config_fields, feature_fields) = (struct_fields(CONFIG_RS, "Config"), struct_fields(CONFIG_RS, "Features"));
    assert!(
        config_fields.len() >= 10 && feature_fields.len() == 4,
        "{config_fields:?} {feature_fields:?}"
    );
    let complete = found.iter().filter(|ex| ex.model == "Config").any(|ex| {
        let value: Value = serde_json::from_str(&ex.json).expect("checked above");
        config_fields.iter().all(|f| value.get(f).is_some())
            && feature_fields.iter().all(|f| value["features"].get(f).is_some())
    });
    assert!(
        complete,
        "docs/hosting.md needs a ```json model=Config example with every field of Config {config_fields:?} \
         and of Features {feature_fields:?}"
    );
}

/// docs/hosting.md promises that a misspelt field is refused and named, at every level.
#[test]
fn a_misspelt_config_field_is_refused_and_named() {
    let base = r#""site_name": "N", "backend": {"kind": "static_json", "url": "data/""#;
    for (json, name) in [
        (format!("{{{base}}}, \"sitename\": \"N\"}}"), "sitename"),
        (format!("{{{base}, \"dir\": \"x\"}}}}"), "dir"),
        (format!("{{{base}}}, \"features\": {{\"meeting\": false}}}}"), "meeting"),
    ] {
        let error = Config::from_json(&json).expect_err(&json).to_string();
        assert!(
            error.starts_with("Het bestand config.json is ongeldig")
                && error.contains(&format!("unknown field `{name}`")),
            "{json}: {error}"
        );
    }
}
