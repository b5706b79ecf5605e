//! Comments under posts: answers to questions, reactions to knowledge and reports,
//! and one level of replies.

use knooppunt::model::{Comment, CommentId, MemberRef, Post, PostKind, Theme, Timestamp};

use crate::clock::{self, DAY, MINUTE, NOW};
use crate::members::Person;
use crate::names;
use crate::posts::ThemeMembers;
use crate::rng::Rng;
use crate::text::{fill, Context};

const ANSWERS: &[&str] = &[
    "Wij hebben hier in {town} ervaring mee. Mijn belangrijkste advies: begin klein en betrek de uitvoering vanaf dag één. Stuur me gerust een bericht, dan deel ik ons plan van aanpak.",
    "Goede vraag! Bij {org} hebben we er een kleine werkgroep voor opgezet. Ik vraag even na of ik de notities mag delen.",
    "Wij worstelen met precies hetzelfde. Wil je de antwoorden hier delen? Dan leren we allemaal mee.",
    "Een collega van mij heeft hier op de laatste netwerkdag een sessie over gegeven. Ik breng jullie graag met elkaar in contact.",
    "Wat bij ons hielp: eerst samen met de uitvoering op één A4 zetten wie wat doet. Daarna ging de rest een stuk makkelijker.",
];
const REACTIONS: &[&str] = &[
    "Herkenbaar verhaal! Bij ons ging het bijna precies zo.",
    "Dank voor het delen. Dit neem ik mee naar ons teamoverleg van volgende week.",
    "Mooi om te lezen. Mag ik je stuk doorsturen naar mijn collega's?",
    "Interessant. Hoe hebben jullie de capaciteit daarvoor vrijgemaakt?",
    "Helemaal mee eens. Het gaat uiteindelijk om de mensen, niet om de techniek.",
    "Goed punt. Daar wordt bij {org} nog te weinig over nagedacht.",
    "Ik zou hier graag een keer een sessie over organiseren. Wie doet er mee?",
];
const ON_REPORTS: &[&str] = &[
    "Zijn de presentaties ergens terug te vinden?",
    "Jammer dat ik er niet bij kon zijn, fijn dat er een verslag is!",
    "Dank voor het verslag. Wanneer is de volgende bijeenkomst?",
];
const REPLIES: &[&str] = &[
    "Dank je, {name}! Ik stuur je een bericht.",
    "Eens, {name}. Laten we dit op de volgende bijeenkomst verder bespreken.",
    "Dank voor je reactie, {name}. Ik zet het op de lijst.",
    "Goed om te horen, {name}! Wil je er een keer iets over vertellen in de groep?",
    "Ha {name}, dat is bij ons ook zo. Fijn om te weten dat we niet de enigen zijn.",
];

/// Comments for every post (how many: an index drawn from `count_weights`), and each
/// post's `comment_count` set to match. Ids `c-000001`, ... in post order.
pub fn generate(
    rng: &mut Rng,
    posts: &mut [Post],
    people: &[Person],
    themes: &[Theme],
    members: &ThemeMembers,
    count_weights: &[u32],
) -> Vec<Comment> {
    let person_of = crate::positions(people, |p| p.member.id.as_str());
    let theme_of = crate::positions(themes, |t| t.id.as_str());
    let mut out: Vec<Comment> = Vec::new();
    for post in posts.iter_mut() {
        let n = rng.weighted(count_weights);
        let window = (NOW.0 - post.created_at.0 - 10 * MINUTE).min(21 * DAY);
        let Some(&author) = person_of.get(post.author.id.as_str()) else {
            continue;
        };
        if n == 0 || window < 10 * MINUTE + n as i64 {
            continue;
        }
        // Sorted offsets, made strictly increasing, so a reply always follows its parent.
        let mut offsets: Vec<i64> = (0..n).map(|_| rng.range(5 * MINUTE, window - n as i64)).collect();
        offsets.sort_unstable();
        let theme_people: &[(usize, Timestamp)] = post
            .theme
            .as_ref()
            .and_then(|t| theme_of.get(t.id.as_str()))
            .map_or(&[], |&ti| &members[ti]);
        let first = out.len();
        for (j, off) in offsets.into_iter().enumerate() {
            let earliest = Timestamp(post.created_at.0 + 5 * MINUTE);
            let latest = Timestamp(post.created_at.0 + window);
            let created_at =
                Timestamp(clock::waking(Timestamp(post.created_at.0 + off), earliest, latest).0 + j as i64);
            let top_levels: Vec<usize> = (first..out.len()).filter(|&k| out[k].parent.is_none()).collect();
            let reply_to = (!top_levels.is_empty() && rng.percent(30)).then(|| *rng.pick(&top_levels));
            let who = match reply_to {
                // The post's author often answers the people who reacted.
                Some(k) if out[k].author.id != post.author.id && rng.percent(40) => author,
                _ => commenter(rng, people, theme_people, author, created_at),
            };
            let person = &people[who];
            let cx = Context {
                town: person.town.as_deref().unwrap_or("onze regio"),
                org: &person.org_phrase,
                name: reply_to.map_or("", |k| names::first_name(&out[k].author.name)),
                ..Context::default()
            };
            let template = match (reply_to, post.kind) {
                (Some(_), _) => rng.pick_str(REPLIES),
                (None, PostKind::Question) => rng.pick_str(ANSWERS),
                (None, PostKind::Report) if rng.percent(50) => rng.pick_str(ON_REPORTS),
                (None, _) => rng.pick_str(REACTIONS),
            };
            out.push(Comment {
                id: CommentId(format!("c-{:06}", out.len() + 1)),
                post: post.id.clone(),
                author: MemberRef {
                    id: person.member.id.clone(),
                    name: person.member.name.clone(),
                },
                body: fill(template, &cx),
                created_at,
                updated_at: None,
                parent: reply_to.map(|k| out[k].id.clone()),
            });
        }
        post.comment_count = (out.len() - first) as u32;
    }
    out
}

/// Someone other than the post's author who was already in the network: usually a
/// member of the post's theme. Falls back to the author, who surely was.
fn commenter(
    rng: &mut Rng,
    people: &[Person],
    theme_people: &[(usize, Timestamp)],
    author: usize,
    at: Timestamp,
) -> usize {
    for _ in 0..8 {
        let candidate = if !theme_people.is_empty() && rng.percent(70) {
            rng.pick(theme_people).0
        } else {
            rng.index(people.len())
        };
        if candidate != author && people[candidate].member.joined_at < at {
            return candidate;
        }
    }
    author
}
