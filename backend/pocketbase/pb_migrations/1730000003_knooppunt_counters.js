// Counters kept by the database, and event capacity enforced by it.
//
//   themes.member_count  = active memberships of the theme
//   posts.comment_count  = comments on the post
//   posts.reactions      = {"like": n, "insightful": n, "thanks": n}: reactions on the post per kind
//   events.going_count   = rsvps with status "going"
//
// SQLite triggers recount the counter from the rows after every insert, update
// (status, kind, theme ... changes) and delete, so seeds, the dashboard and the
// API all keep them right. A recount (not +1/-1) cannot drift. A second trigger
// on the counter column itself puts the true value back whenever anything
// (a superuser, a record save that writes back a stale value it read earlier)
// stores another value, and on insert of the parent record. Clients cannot set
// counters anyway (API rules, 1730000001).
//
// Capacity: a BEFORE INSERT / BEFORE UPDATE trigger on rsvps refuses a "going"
// RSVP when the event already has `capacity` going RSVPs (capacity 0 = unset =
// unlimited; PocketBase stores an empty number as 0). SQLite serialises writes
// and the check and the insert are one statement, so concurrent sign-ups
// cannot overbook. PocketBase answers the refusal with HTTP 400 (see README).

const FULL = "Deze bijeenkomst is vol: er zijn geen plaatsen meer vrij.";

const memberCount = (theme) =>
  `(SELECT count(*) FROM memberships WHERE theme = ${theme} AND status = 'active')`;
const commentCount = (post) => `(SELECT count(*) FROM comments WHERE post = ${post})`;
const reactionCounts = (post) =>
  `json_object(` +
  ["like", "insightful", "thanks"]
    .map((k) => `'${k}', (SELECT count(*) FROM reactions WHERE target_post = ${post} AND kind = '${k}')`)
    .join(", ") +
  `)`;
const goingCount = (event) => `(SELECT count(*) FROM rsvps WHERE event = ${event} AND status = 'going')`;

const setMembers = (t) => `UPDATE themes SET member_count = ${memberCount(t)} WHERE id = ${t};`;
const setComments = (p) => `UPDATE posts SET comment_count = ${commentCount(p)} WHERE id = ${p};`;
const setReactions = (p) => `UPDATE posts SET reactions = ${reactionCounts(p)} WHERE id = ${p};`;
const setGoing = (e) => `UPDATE events SET going_count = ${goingCount(e)} WHERE id = ${e};`;

const TRIGGERS = {
  // children -> counters
  trg_counters_memberships_ai: `AFTER INSERT ON memberships BEGIN ${setMembers("NEW.theme")} END`,
  trg_counters_memberships_au: `AFTER UPDATE ON memberships BEGIN ${setMembers("OLD.theme")} ${setMembers("NEW.theme")} END`,
  trg_counters_memberships_ad: `AFTER DELETE ON memberships BEGIN ${setMembers("OLD.theme")} END`,
  trg_counters_comments_ai: `AFTER INSERT ON comments BEGIN ${setComments("NEW.post")} END`,
  trg_counters_comments_au: `AFTER UPDATE OF post ON comments BEGIN ${setComments("OLD.post")} ${setComments("NEW.post")} END`,
  trg_counters_comments_ad: `AFTER DELETE ON comments BEGIN ${setComments("OLD.post")} END`,
  trg_counters_reactions_ai: `AFTER INSERT ON reactions WHEN NEW.target_post != '' BEGIN ${setReactions("NEW.target_post")} END`,
  trg_counters_reactions_au: `AFTER UPDATE ON reactions BEGIN ${setReactions("OLD.target_post")} ${setReactions("NEW.target_post")} END`,
  trg_counters_reactions_ad: `AFTER DELETE ON reactions WHEN OLD.target_post != '' BEGIN ${setReactions("OLD.target_post")} END`,
  trg_counters_rsvps_ai: `AFTER INSERT ON rsvps BEGIN ${setGoing("NEW.event")} END`,
  trg_counters_rsvps_au: `AFTER UPDATE ON rsvps BEGIN ${setGoing("OLD.event")} ${setGoing("NEW.event")} END`,
  trg_counters_rsvps_ad: `AFTER DELETE ON rsvps BEGIN ${setGoing("OLD.event")} END`,

  // counters stay true: on insert of the parent, and when anything writes another value
  trg_counters_themes_ai: `AFTER INSERT ON themes BEGIN ${setMembers("NEW.id")} END`,
  trg_counters_themes_au: `AFTER UPDATE OF member_count ON themes WHEN NEW.member_count IS NOT ${memberCount("NEW.id")} BEGIN ${setMembers("NEW.id")} END`,
  trg_counters_posts_ai: `AFTER INSERT ON posts BEGIN ${setComments("NEW.id")} ${setReactions("NEW.id")} END`,
  trg_counters_posts_au: `AFTER UPDATE OF comment_count, reactions ON posts ` +
    `WHEN NEW.comment_count IS NOT ${commentCount("NEW.id")} OR json(NEW.reactions) IS NOT ${reactionCounts("NEW.id")} ` +
    `BEGIN ${setComments("NEW.id")} ${setReactions("NEW.id")} END`,
  trg_counters_events_ai: `AFTER INSERT ON events BEGIN ${setGoing("NEW.id")} END`,
  trg_counters_events_au: `AFTER UPDATE OF going_count ON events WHEN NEW.going_count IS NOT ${goingCount("NEW.id")} BEGIN ${setGoing("NEW.id")} END`,

  // capacity: refuse a "going" RSVP for a full event (capacity 0 = unlimited)
  trg_rsvps_capacity_bi: `BEFORE INSERT ON rsvps WHEN NEW.status = 'going' BEGIN
    SELECT RAISE(ABORT, '${FULL}') FROM events e
    WHERE e.id = NEW.event AND e.capacity > 0
      AND (SELECT count(*) FROM rsvps WHERE event = NEW.event AND status = 'going') >= e.capacity;
  END`,
  trg_rsvps_capacity_bu: `BEFORE UPDATE ON rsvps WHEN NEW.status = 'going' AND (OLD.status != 'going' OR OLD.event != NEW.event) BEGIN
    SELECT RAISE(ABORT, '${FULL}') FROM events e
    WHERE e.id = NEW.event AND e.capacity > 0
      AND (SELECT count(*) FROM rsvps WHERE event = NEW.event AND status = 'going' AND id != OLD.id) >= e.capacity;
  END`,
};

migrate((app) => {
  for (const [name, body] of Object.entries(TRIGGERS)) {
    app.db().newQuery(`CREATE TRIGGER ${name} ${body}`).execute();
  }
  // existing data
  app.db().newQuery(`UPDATE themes SET member_count = ${memberCount("themes.id")}`).execute();
  app.db().newQuery(`UPDATE posts SET comment_count = ${commentCount("posts.id")}, reactions = ${reactionCounts("posts.id")}`).execute();
  app.db().newQuery(`UPDATE events SET going_count = ${goingCount("events.id")}`).execute();
}, (app) => {
  for (const name of Object.keys(TRIGGERS)) {
    app.db().newQuery(`DROP TRIGGER IF EXISTS ${name}`).execute();
  }
});
