//! Deterministic generator of a Knooppunt network.
//!
//! [`generate`] builds the whole network in memory from a fixed seed and a fixed
//! "now" ([`clock::NOW`]); [`Network::files`] turns it into the JSON files the
//! StaticJson backend reads from `public/data`. The same input always gives the
//! same bytes, so the committed demo data can be checked against a fresh run.

pub mod clock;
pub mod comments;
pub mod events;
pub mod members;
pub mod memberships;
pub mod names;
pub mod places;
pub mod posts;
pub mod rng;
pub mod text;
pub mod themes;
pub mod vocab;

use std::collections::{BTreeMap, HashMap};
use std::io;
use std::path::Path;

use serde::Serialize;

use knooppunt::model::{Comment, Event, Member, Membership, Organisation, Post, Theme};

use rng::Rng;

/// The seed of both networks; change it only together with the committed snapshot.
pub const SEED: u64 = 20_261_101;

/// Which network to build.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Size {
    /// The demo network visitors see in `public/data`.
    Small,
    /// 10 000 members and 50 000 posts, for benchmarks of search and paging.
    Large,
}

/// How big each part of a network is.
#[derive(Debug, Clone, Copy)]
struct Params {
    members: usize,
    posts: usize,
    events: usize,
    /// Pending requests per `on_request` theme.
    pending_per_theme: usize,
    /// Weights for 0, 1, 2, ... comments under a post.
    comment_weights: &'static [u32],
}

impl Size {
    fn params(self) -> Params {
        match self {
            Size::Small => Params {
                members: 320,
                posts: 240,
                events: 24,
                pending_per_theme: 4,
                // 0–8 comments, about 3.5 on average: a lively demo.
                comment_weights: &[12, 10, 13, 14, 13, 11, 10, 9, 8],
            },
            Size::Large => Params {
                members: 10_000,
                posts: 50_000,
                events: 200,
                pending_per_theme: 120,
                // About 2 per post: some 100 000 comments, enough to page through.
                comment_weights: &[26, 24, 18, 12, 8, 5, 4, 2, 1],
            },
        }
    }
}

/// A whole network, every collection in the model's shape.
#[derive(Debug, Clone)]
pub struct Network {
    pub organisations: Vec<Organisation>,
    pub members: Vec<Member>,
    pub themes: Vec<Theme>,
    pub memberships: Vec<Membership>,
    pub posts: Vec<Post>,
    pub comments: Vec<Comment>,
    pub events: Vec<Event>,
}

/// Builds a network. Each part draws from its own random stream, so changing one
/// generator leaves the others' output as it was.
pub fn generate(size: Size) -> Network {
    let p = size.params();
    let orgs = places::organisations();
    let people = members::generate(&mut Rng::fork(SEED, "members"), &orgs, p.members);
    let mut themes = themes::themes();
    let memberships = memberships::generate(
        &mut Rng::fork(SEED, "memberships"),
        &people,
        &mut themes,
        p.pending_per_theme,
    );
    let events = events::generate(&mut Rng::fork(SEED, "events"), &themes, p.events);
    let in_theme = posts::theme_members(&people, &themes, &memberships);
    let mut posts = posts::generate(
        &mut Rng::fork(SEED, "posts"),
        &people,
        &themes,
        &in_theme,
        &events,
        p.posts,
    );
    let comments = comments::generate(
        &mut Rng::fork(SEED, "comments"),
        &mut posts,
        &people,
        &themes,
        &in_theme,
        p.comment_weights,
    );
    Network {
        organisations: orgs.into_iter().map(|o| o.org).collect(),
        members: people.into_iter().map(|p| p.member).collect(),
        themes,
        memberships,
        posts,
        comments,
        events,
    }
}

/// `manifest.json`: what made the files and how many objects each holds.
#[derive(Debug, Serialize)]
struct Manifest {
    generated_by: &'static str,
    seed: u64,
    counts: BTreeMap<&'static str, usize>,
}

fn json<T: Serialize + ?Sized>(value: &T) -> Result<String, serde_json::Error> {
    let mut text = serde_json::to_string(value)?;
    text.push('\n');
    Ok(text)
}

impl Network {
    /// The files of the StaticJson backend, by name: compact JSON, one array per file,
    /// each ending with a newline, plus `manifest.json`.
    pub fn files(&self) -> Result<Vec<(&'static str, String)>, serde_json::Error> {
        let mut files = vec![
            ("organisations.json", json(&self.organisations)?),
            ("members.json", json(&self.members)?),
            ("themes.json", json(&self.themes)?),
            ("memberships.json", json(&self.memberships)?),
            ("posts.json", json(&self.posts)?),
            ("comments.json", json(&self.comments)?),
            ("events.json", json(&self.events)?),
        ];
        let counts = BTreeMap::from([
            ("organisations.json", self.organisations.len()),
            ("members.json", self.members.len()),
            ("themes.json", self.themes.len()),
            ("memberships.json", self.memberships.len()),
            ("posts.json", self.posts.len()),
            ("comments.json", self.comments.len()),
            ("events.json", self.events.len()),
        ]);
        let manifest = Manifest {
            generated_by: "demo-gen",
            seed: SEED,
            counts,
        };
        files.push(("manifest.json", json(&manifest)?));
        Ok(files)
    }

    /// Writes [`Network::files`] into `dir`, creating it when needed.
    pub fn write_to(&self, dir: &Path) -> io::Result<Vec<(&'static str, usize)>> {
        std::fs::create_dir_all(dir)?;
        let files = self.files().map_err(io::Error::other)?;
        let mut written = Vec::with_capacity(files.len());
        for (name, text) in files {
            std::fs::write(dir.join(name), &text)?;
            written.push((name, text.len()));
        }
        Ok(written)
    }
}

/// Where each item sits in `items`, by its id: generators refer to people and themes by index.
pub(crate) fn positions<'a, T>(items: &'a [T], id: impl Fn(&'a T) -> &'a str) -> HashMap<&'a str, usize> {
    items.iter().enumerate().map(|(i, item)| (id(item), i)).collect()
}
