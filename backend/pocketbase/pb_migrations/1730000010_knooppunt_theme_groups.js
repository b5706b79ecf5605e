// Themes as groups run by their members (issue "thema's als groepen"):
//
// 1. `settings`: host configuration in the database, exactly one record
//    (id SETTINGS_ID), readable by anyone, changed by the host only (superuser,
//    dashboard `/_/`). `theme_creation`: "members" (every logged-in member may
//    create a theme) or "admins" (only members with `is_admin`). A SQLite
//    trigger refuses a second record. Without a record (the host deleted it)
//    only admins create themes.
// 2. `members.is_admin` (bool, set by the host only) and `members.owned_themes`
//    (access cache: the themes where the member has an active membership with
//    role owner, kept by the same SQLite triggers on memberships as
//    active_themes / moderated_themes, which are re-created here). Clients set
//    neither: the members create/update rules get
//    `@request.body.<field>:isset = false` for both.
// 3. themes.createRule: a logged-in member who is an admin, or any member when
//    the settings say "members"; member_count not settable. The creator becomes
//    the theme's owner (pb_hooks/themes.pb.js, in the same transaction).
// 4. memberships.updateRule: a second branch for owners: an owner of the theme
//    may make another member's *active* membership an owner (not their own, not
//    an owner's, nothing else in the same request). The first branch (moderators
//    and owners approve and change roles, never to owner) is kept as it is.
//    "A theme keeps an owner" is a hook (pb_hooks/themes.pb.js), not a rule:
//    a rule cannot count the other owners.
// 5. posts.event: an optional relation to events (a meeting report), not
//    cascading: deleting the event unsets it on its posts. The create rule and
//    the author's update branch demand an event the author may read (events'
//    read rule) in the post's own theme (both empty allowed); a moderator's
//    update may not send `event`.
//
// The existing rules are extended as they are stored when this migration runs
// (1730000001, with 1730000007's empty-author guard), not restated, so that
// earlier migrations stay the single source of the rest.

const SETTINGS_ID = "knooppuntconfig";
const ME = "@request.auth.id";
const IS_MEMBER = '@request.auth.collectionName = "members"';
const OWN_SAFE = `(author != "" && author = ${ME})`;
const unset = (...fields) => fields.map((f) => `@request.body.${f}:isset = false`).join(" && ");
const activeIn = (path) => `(${path} != "" && @request.auth.active_themes.id ?= ${path})`;
const ownerOf = (path) => `(${path} != "" && @request.auth.owned_themes.id ?= ${path})`;
// the events' read rule (1730000001), for the event at `path`
const readable = (path) => `(${path} = "" || ${path}.access = "open" || ${activeIn(path)})`;

// --- the rule pieces this migration adds (the down migration removes them) ------
const MEMBERS_UNSET = unset("owned_themes", "is_admin");
const THEMES_CREATE =
  `${IS_MEMBER} && (@request.auth.is_admin = true || @collection.settings.theme_creation ?= "members") && ` +
  `${unset("member_count")}`;
const OWNER_PROMOTES =
  `${ownerOf("theme")} && member != ${ME} && role != "owner" && status = "active" && ` +
  `@request.body.role = "owner" && ${unset("member", "theme")} && ` +
  `(@request.body.status:isset = false || @request.body.status = "active")`;
const EVENT_ON_CREATE = `(event = "" || (${readable("event.theme")} && event.theme = theme))`;
const EVENT_ON_UPDATE =
  `(@request.body.event:isset = false || @request.body.event = "" || ` +
  `(${readable("@request.body.event.theme")} && @request.body.event.theme = theme))`;
const EVENT_UNSET = unset("event");

// --- the access cache triggers (1730000000), now with owned_themes -------------
const TRIGGERS = ["trg_memberships_ai", "trg_memberships_au", "trg_memberships_ad"];
const cache = (who, withOwned) => {
  const of = (where) => `(SELECT json_group_array(theme) FROM memberships WHERE member = ${who} AND status = 'active'${where})`;
  return `
    UPDATE members SET
      active_themes = ${of("")},
      moderated_themes = ${of(" AND role IN ('moderator', 'owner')")}${withOwned ? `,
      owned_themes = ${of(" AND role = 'owner'")}` : ""}
    WHERE id = ${who};`;
};
function createCacheTriggers(app, withOwned) {
  const sql = (s) => app.db().newQuery(s).execute();
  for (const t of TRIGGERS) sql(`DROP TRIGGER IF EXISTS ${t}`);
  sql(`CREATE TRIGGER trg_memberships_ai AFTER INSERT ON memberships BEGIN ${cache("NEW.member", withOwned)} END`);
  sql(`CREATE TRIGGER trg_memberships_au AFTER UPDATE ON memberships BEGIN ${cache("OLD.member", withOwned)} ${cache("NEW.member", withOwned)} END`);
  sql(`CREATE TRIGGER trg_memberships_ad AFTER DELETE ON memberships BEGIN ${cache("OLD.member", withOwned)} END`);
}

// --- rule string helpers ---------------------------------------------------------
const str = (rule) => (rule === null || rule === undefined ? null : String(rule)); // a *string in goja

/** The top-level `||` branches of a rule (parentheses and string literals respected). */
function branches(rule) {
  const out = [];
  let depth = 0;
  let quote = "";
  let start = 0;
  for (let i = 0; i < rule.length; i++) {
    const c = rule[i];
    if (quote) {
      if (c === "\\") i++;
      else if (c === quote) quote = "";
    } else if (c === '"' || c === "'") quote = c;
    else if (c === "(") depth++;
    else if (c === ")") depth--;
    else if (depth === 0 && rule.startsWith("||", i)) {
      out.push(rule.slice(start, i).trim());
      start = i + 2;
      i++;
    }
  }
  out.push(rule.slice(start).trim());
  return out;
}

/** `rule && extra`, keeping `rule`'s meaning (wrapped when it has a top-level ||; "" = no condition). */
function and(rule, extra) {
  if (rule === null) return null; // superusers only stays superusers only
  if (rule.trim() === "") return extra;
  return `${branches(rule).length > 1 ? `(${rule})` : rule} && ${extra}`;
}

/** Undoes and(): removes ` && extra` (or the whole rule when it was only `extra`). */
function unand(rule, extra) {
  if (rule === null) return null;
  if (rule === extra) return "";
  const parts = rule.split(` && ${extra}`);
  if (parts.length !== 2) throw new Error(`cannot find the added condition ${extra} in ${rule}`);
  return parts.join("");
}

const set = (app, name, rules) => {
  const c = app.findCollectionByNameOrId(name);
  for (const k of Object.keys(rules)) c[k] = rules[k];
  app.save(c);
};

migrate((app) => {
  // 1. settings ---------------------------------------------------------------
  const settings = new Collection({
    type: "base",
    name: "settings",
    fields: [
      { name: "theme_creation", type: "select", values: ["members", "admins"], maxSelect: 1, required: true },
      { name: "created", type: "autodate", onCreate: true, onUpdate: false },
      { name: "updated", type: "autodate", onCreate: true, onUpdate: true },
    ],
    listRule: "",
    viewRule: "",
    createRule: null,
    updateRule: null,
    deleteRule: null,
  });
  app.save(settings);
  const record = new Record(settings);
  record.set("id", SETTINGS_ID);
  record.set("theme_creation", "members");
  app.save(record);
  app.db().newQuery(
    "CREATE TRIGGER trg_settings_single BEFORE INSERT ON settings WHEN (SELECT count(*) FROM settings) > 0 BEGIN " +
    "SELECT RAISE(ABORT, 'Er is maar één instellingenrecord: wijzig dat in plaats van een tweede te maken.'); END",
  ).execute();

  // 2. members: is_admin, owned_themes ----------------------------------------
  const themes = app.findCollectionByNameOrId("themes");
  const members = app.findCollectionByNameOrId("members");
  members.fields.add(new BoolField({ name: "is_admin" }));
  members.fields.add(new RelationField({ name: "owned_themes", collectionId: themes.id, maxSelect: 999 }));
  members.createRule = and(str(members.createRule), MEMBERS_UNSET);
  members.updateRule = and(str(members.updateRule), MEMBERS_UNSET);
  app.save(members);
  createCacheTriggers(app, true);
  app.db().newQuery(
    "UPDATE members SET owned_themes = (SELECT json_group_array(theme) FROM memberships " +
    "WHERE member = members.id AND status = 'active' AND role = 'owner')",
  ).execute();

  // 3. themes: created by members (or admins only) ----------------------------
  set(app, "themes", { createRule: THEMES_CREATE });

  // 4. memberships: owners make other active members owner --------------------
  const memberships = app.findCollectionByNameOrId("memberships");
  const mu = str(memberships.updateRule);
  memberships.updateRule = mu === null || mu.trim() === "" ? mu : `(${mu}) || (${OWNER_PROMOTES})`;
  app.save(memberships);

  // 5. posts.event ---------------------------------------------------------------
  const events = app.findCollectionByNameOrId("events");
  const posts = app.findCollectionByNameOrId("posts");
  posts.fields.add(new RelationField({ name: "event", collectionId: events.id, maxSelect: 1, cascadeDelete: false, required: false }));
  posts.indexes.push("CREATE INDEX idx_posts_event ON posts (event)");
  posts.createRule = and(str(posts.createRule), EVENT_ON_CREATE);
  const pu = str(posts.updateRule);
  const parts = pu === null ? [] : branches(pu);
  if (parts.length !== 2) {
    throw new Error(`posts.updateRule: expected an author branch || a moderator branch, got ${pu}`);
  }
  // the author may link or unlink a readable event of the post's theme; a moderator may not touch it
  const inside = (b, extra) => `(${b} && ${extra})`;
  posts.updateRule = `${inside(parts[0], EVENT_ON_UPDATE)} || ${inside(parts[1], EVENT_UNSET)}`;
  app.save(posts);
}, (app) => {
  const posts = app.findCollectionByNameOrId("posts");
  const pu = str(posts.updateRule);
  if (pu !== null) {
    const [author, moderator] = branches(pu).map((b) => b.slice(1, -1)); // drop the parentheses inside() added
    posts.updateRule = `${unand(author, EVENT_ON_UPDATE)} || ${unand(moderator, EVENT_UNSET)}`;
  }
  posts.createRule = unand(str(posts.createRule), EVENT_ON_CREATE);
  posts.indexes = posts.indexes.filter((sql) => !sql.includes("idx_posts_event"));
  posts.fields.removeByName("event");
  app.save(posts);

  const memberships = app.findCollectionByNameOrId("memberships");
  const mu = str(memberships.updateRule);
  const suffix = `) || (${OWNER_PROMOTES})`;
  if (mu !== null && mu.startsWith("(") && mu.endsWith(suffix)) {
    memberships.updateRule = mu.slice(1, mu.length - suffix.length);
  }
  app.save(memberships);

  set(app, "themes", { createRule: null });

  createCacheTriggers(app, false);
  const members = app.findCollectionByNameOrId("members");
  members.createRule = unand(str(members.createRule), MEMBERS_UNSET);
  members.updateRule = unand(str(members.updateRule), MEMBERS_UNSET);
  members.fields.removeByName("owned_themes");
  members.fields.removeByName("is_admin");
  app.save(members);

  app.db().newQuery("DROP TRIGGER IF EXISTS trg_settings_single").execute();
  try {
    app.delete(app.findCollectionByNameOrId("settings"));
  } catch (_) { /* already gone */ }
});
