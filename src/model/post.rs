//! The knowledge wall: posts, their comments and reaction counts.

use super::ids::{CommentId, EventId, PostId};
use super::member::MemberRef;
use super::theme::ThemeRef;
use super::time::Timestamp;
use serde::{Deserialize, Serialize};

/// What a post is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PostKind {
    Knowledge,
    Question,
    Blog,
    Report,
}

impl PostKind {
    pub const ALL: [PostKind; 4] = [Self::Knowledge, Self::Question, Self::Blog, Self::Report];

    pub fn parse(value: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.as_str() == value)
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Knowledge => "knowledge",
            Self::Question => "question",
            Self::Blog => "blog",
            Self::Report => "report",
        }
    }
}

/// One member's reaction to a post or comment.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ReactionKind {
    Like,
    Insightful,
    Thanks,
}

impl ReactionKind {
    pub const ALL: [ReactionKind; 3] = [Self::Like, Self::Insightful, Self::Thanks];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Like => "like",
            Self::Insightful => "insightful",
            Self::Thanks => "thanks",
        }
    }
}

/// How many members gave each reaction.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Reactions {
    #[serde(default)]
    pub like: u32,
    #[serde(default)]
    pub insightful: u32,
    #[serde(default)]
    pub thanks: u32,
}

impl Reactions {
    pub fn total(&self) -> u32 {
        self.like + self.insightful + self.thanks
    }

    pub fn count(&self, kind: ReactionKind) -> u32 {
        match kind {
            ReactionKind::Like => self.like,
            ReactionKind::Insightful => self.insightful,
            ReactionKind::Thanks => self.thanks,
        }
    }

    fn count_mut(&mut self, kind: ReactionKind) -> &mut u32 {
        match kind {
            ReactionKind::Like => &mut self.like,
            ReactionKind::Insightful => &mut self.insightful,
            ReactionKind::Thanks => &mut self.thanks,
        }
    }

    /// What pressing `kind` does when `mine` is my current reaction (a member gives at most
    /// one per target): it is taken back if it was mine, else it replaces mine. Returns the
    /// new counts and my new reaction, shown before the server answers.
    pub fn toggle(self, mine: Option<ReactionKind>, kind: ReactionKind) -> (Reactions, Option<ReactionKind>) {
        let mut next = self;
        if let Some(old) = mine {
            let count = next.count_mut(old);
            *count = count.saturating_sub(1);
        }
        if mine == Some(kind) {
            (next, None)
        } else {
            *next.count_mut(kind) += 1;
            (next, Some(kind))
        }
    }
}

/// A post on the knowledge wall.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Post {
    pub id: PostId,
    pub author: MemberRef,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub theme: Option<ThemeRef>,
    pub kind: PostKind,
    pub title: String,
    /// Markdown.
    pub body: String,
    #[serde(default)]
    pub tags: Vec<String>,
    pub created_at: Timestamp,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub updated_at: Option<Timestamp>,
    #[serde(default)]
    pub comment_count: u32,
    #[serde(default)]
    pub reactions: Reactions,
    #[serde(default)]
    pub pinned: bool,
    #[serde(default)]
    pub hidden: bool,
    /// The meeting this post reports on.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub event: Option<EventId>,
    /// A question's answer: a top-level comment, chosen by the asker or a moderator of
    /// the question's theme.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub accepted_answer: Option<CommentId>,
}

/// What a list of posts shows of the kinds: one kind, or the questions that still wait
/// for an answer ("Open vragen", the one waiting longest first).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum KindFilter {
    Only(PostKind),
    OpenQuestions,
}

impl KindFilter {
    /// The wall's filter options, in the order they are offered.
    pub const ALL: [KindFilter; 5] = [
        Self::Only(PostKind::Knowledge),
        Self::Only(PostKind::Question),
        Self::OpenQuestions,
        Self::Only(PostKind::Blog),
        Self::Only(PostKind::Report),
    ];

    pub fn parse(value: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.as_str() == value)
    }

    /// The value in the URL (`soort=`).
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Only(kind) => kind.as_str(),
            Self::OpenQuestions => "open-vragen",
        }
    }

    pub fn matches(self, post: &Post) -> bool {
        match self {
            Self::Only(kind) => post.kind == kind,
            Self::OpenQuestions => post.is_open_question(),
        }
    }
}

impl Post {
    /// A question nobody has marked answered yet.
    pub fn is_open_question(&self) -> bool {
        self.kind == PostKind::Question && self.accepted_answer.is_none()
    }
}

/// A comment on a post; replies point at their parent comment.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Comment {
    pub id: CommentId,
    pub post: PostId,
    pub author: MemberRef,
    pub body: String,
    pub created_at: Timestamp,
    /// When the author last changed the text, if they did.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub updated_at: Option<Timestamp>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub parent: Option<CommentId>,
}

/// Orders a feed: pinned posts first, then newest first; ties broken by id so the order is stable.
pub fn sort_feed(posts: &mut [Post]) {
    posts.sort_by(|a, b| {
        b.pinned
            .cmp(&a.pinned)
            .then_with(|| b.created_at.cmp(&a.created_at))
            .then_with(|| a.id.cmp(&b.id))
    });
}

/// Adds the next page of a feed to what is shown, skipping posts already there: posts
/// that arrived meanwhile push older ones onto the next page, and they must not show twice.
/// Paging by offset can repeat a post this way but never skips one.
pub fn merge_older(feed: &mut Vec<Post>, older: Vec<Post>) {
    for post in older {
        if !feed.iter().any(|p| p.id == post.id) {
            feed.push(post);
        }
    }
}

/// Whether a post matches the words of a wall search: each word starts a word of its
/// title, text or tags, ignoring case and accents.
pub fn matches_search(post: &Post, words: &[String]) -> bool {
    if words.is_empty() {
        return true;
    }
    let mut haystack: Vec<String> = super::text::words(&post.title).collect();
    haystack.extend(super::text::words(&post.body));
    for tag in &post.tags {
        haystack.extend(super::text::words(tag));
    }
    super::text::matches_prefixes(words, &haystack)
}

/// Comments in reading order: each top-level comment (oldest first) followed by its replies.
pub fn thread(comments: &[Comment]) -> Vec<(&Comment, Vec<&Comment>)> {
    let mut roots: Vec<&Comment> = comments.iter().filter(|c| c.parent.is_none()).collect();
    roots.sort_by_key(|c| c.created_at);
    roots
        .into_iter()
        .map(|root| {
            let mut replies: Vec<&Comment> = comments
                .iter()
                .filter(|c| c.parent.as_ref() == Some(&root.id))
                .collect();
            replies.sort_by_key(|c| c.created_at);
            (root, replies)
        })
        .collect()
}

/// [`thread`], with the thread of a question's chosen answer first: it is what the
/// asker wanted to know. An answer that is not among the comments changes nothing.
pub fn thread_answer_first<'a>(
    comments: &'a [Comment],
    answer: Option<&CommentId>,
) -> Vec<(&'a Comment, Vec<&'a Comment>)> {
    let mut threads = thread(comments);
    if let Some(at) = answer.and_then(|id| threads.iter().position(|(root, _)| &root.id == id)) {
        let chosen = threads.remove(at);
        threads.insert(0, chosen);
    }
    threads
}

#[cfg(test)]
mod tests {
    use super::*;

    fn feed_post(id: &str) -> Post {
        Post {
            id: PostId::from(id),
            author: MemberRef {
                id: crate::model::MemberId::from("m1"),
                name: "Eva".into(),
            },
            theme: None,
            kind: PostKind::Knowledge,
            title: format!("Bericht {id}"),
            body: "Over de Omgevingswet en archivering.".into(),
            tags: vec!["Woo".into()],
            created_at: Timestamp::parse("2025-01-01T00:00:00Z").unwrap(),
            updated_at: None,
            comment_count: 0,
            accepted_answer: None,
            reactions: Reactions::default(),
            pinned: false,
            hidden: false,
            event: None,
        }
    }

    #[test]
    fn loading_older_posts_after_new_ones_arrived_shows_each_once_and_skips_none() {
        // Page 1 showed 5..4; meanwhile 6 and 7 arrived, so page 2 (size 2) is now 5..4 again.
        let mut feed = vec![feed_post("5"), feed_post("4")];
        merge_older(&mut feed, vec![feed_post("5"), feed_post("4")]);
        merge_older(&mut feed, vec![feed_post("3"), feed_post("2")]);
        let ids: Vec<&str> = feed.iter().map(|p| p.id.as_str()).collect();
        assert_eq!(ids, ["5", "4", "3", "2"]);
    }

    #[test]
    fn a_wall_search_finds_title_text_and_tag_words_by_prefix() {
        let post = feed_post("1");
        let search = |q: &str| matches_search(&post, &crate::model::text::words(q).collect::<Vec<_>>());
        assert!(search(""));
        assert!(search("berich"));
        assert!(search("omgevingswet archiv"));
        assert!(search("WOO"));
        assert!(!search("wet"), "prefixes, not infixes");
        assert!(!search("omgevingswet klimaat"), "every word must match");
    }

    #[test]
    fn a_reaction_toggles_and_replaces_my_other_one() {
        let counts = Reactions {
            like: 3,
            insightful: 1,
            thanks: 0,
        };
        let (counts, mine) = counts.toggle(None, ReactionKind::Like);
        assert_eq!((counts.like, mine), (4, Some(ReactionKind::Like)));
        let (counts, mine) = counts.toggle(mine, ReactionKind::Thanks);
        assert_eq!((counts.like, counts.thanks, mine), (3, 1, Some(ReactionKind::Thanks)));
        let (counts, mine) = counts.toggle(mine, ReactionKind::Thanks);
        assert_eq!((counts.thanks, mine), (0, None));
        assert_eq!(counts.total(), 4);
        // A count the server had not caught up with never goes below zero.
        let (counts, _) = Reactions::default().toggle(Some(ReactionKind::Like), ReactionKind::Like);
        assert_eq!(counts.like, 0);
    }
    use crate::model::ids::{MemberId, ThemeId};

    fn post(id: &str, at: &str, pinned: bool) -> Post {
        Post {
            id: PostId::from(id),
            author: MemberRef {
                id: MemberId::from("m1"),
                name: "A".into(),
            },
            theme: Some(ThemeRef {
                id: ThemeId::from("t1"),
                slug: "t".into(),
                name: "T".into(),
            }),
            kind: PostKind::Knowledge,
            title: id.into(),
            body: String::new(),
            tags: vec![],
            created_at: Timestamp::parse(at).unwrap(),
            updated_at: None,
            comment_count: 0,
            accepted_answer: None,
            reactions: Reactions::default(),
            pinned,
            hidden: false,
            event: None,
        }
    }

    #[test]
    fn feed_puts_pinned_first_then_newest() {
        let mut posts = vec![
            post("old", "2025-01-01T10:00:00Z", false),
            post("new", "2025-06-01T10:00:00Z", false),
            post("pin", "2024-01-01T10:00:00Z", true),
        ];
        sort_feed(&mut posts);
        let order: Vec<&str> = posts.iter().map(|p| p.id.as_str()).collect();
        assert_eq!(order, ["pin", "new", "old"]);
    }

    fn comment(id: &str, at: &str, parent: Option<&str>) -> Comment {
        Comment {
            id: CommentId::from(id),
            post: PostId::from("p"),
            author: MemberRef {
                id: MemberId::from("m1"),
                name: "A".into(),
            },
            body: String::new(),
            created_at: Timestamp::parse(at).unwrap(),
            updated_at: None,
            parent: parent.map(CommentId::from),
        }
    }

    #[test]
    fn replies_follow_their_parent() {
        let comments = vec![
            comment("r1", "2025-01-03T00:00:00Z", Some("c1")),
            comment("c2", "2025-01-02T00:00:00Z", None),
            comment("c1", "2025-01-01T00:00:00Z", None),
        ];
        let threaded = thread(&comments);
        assert_eq!(threaded[0].0.id.as_str(), "c1");
        assert_eq!(threaded[0].1[0].id.as_str(), "r1");
        assert!(threaded[1].1.is_empty());
    }

    #[test]
    fn the_chosen_answer_comes_first_with_its_replies_and_the_rest_keep_their_order() {
        let comments = vec![
            comment("c1", "2025-01-01T00:00:00Z", None),
            comment("c2", "2025-01-02T00:00:00Z", None),
            comment("c3", "2025-01-03T00:00:00Z", None),
            comment("r3", "2025-01-04T00:00:00Z", Some("c3")),
        ];
        let ids = |threads: Vec<(&Comment, Vec<&Comment>)>| {
            threads
                .iter()
                .map(|(root, _)| root.id.as_str().to_owned())
                .collect::<Vec<_>>()
        };
        let first = thread_answer_first(&comments, Some(&CommentId::from("c3")));
        assert_eq!(first[0].1[0].id.as_str(), "r3", "the answer keeps its replies");
        assert_eq!(ids(first), ["c3", "c1", "c2"]);
        assert_eq!(ids(thread_answer_first(&comments, None)), ["c1", "c2", "c3"]);
        // a reply cannot be the answer, nor can a comment that is not there
        assert_eq!(
            ids(thread_answer_first(&comments, Some(&CommentId::from("r3")))),
            ["c1", "c2", "c3"]
        );
        assert_eq!(
            ids(thread_answer_first(&comments, Some(&CommentId::from("weg")))),
            ["c1", "c2", "c3"]
        );
    }

    #[test]
    fn a_question_is_open_until_it_has_an_answer() {
        let mut question = feed_post("q");
        question.kind = PostKind::Question;
        assert!(question.is_open_question());
        question.accepted_answer = Some(CommentId::from("c1"));
        assert!(!question.is_open_question());
        let mut knowledge = feed_post("k");
        knowledge.kind = PostKind::Knowledge;
        assert!(!knowledge.is_open_question());
    }
}
