// Knooppunt schema: collections for the model types of DESIGN.md §3.
// The API rules (DESIGN.md §5) are set in the next migration, after every
// collection exists, so that rules may refer to any collection.

const PROVINCES = [
  "groningen", "fryslan", "drenthe", "overijssel", "flevoland", "gelderland",
  "utrecht", "noord-holland", "zuid-holland", "zeeland", "noord-brabant", "limburg",
];

function created() {
  return { name: "created", type: "autodate", onCreate: true, onUpdate: false };
}
function updated() {
  return { name: "updated", type: "autodate", onCreate: true, onUpdate: true };
}
function rel(name, collectionId, extra) {
  return Object.assign(
    { name, type: "relation", collectionId, maxSelect: 1, cascadeDelete: false, required: false },
    extra || {},
  );
}
function select(name, values, extra) {
  return Object.assign({ name, type: "select", values, maxSelect: 1, required: false }, extra || {});
}
function text(name, max, extra) {
  return Object.assign({ name, type: "text", max: max, required: false }, extra || {});
}
function json(name, extra) {
  return Object.assign({ name, type: "json", maxSize: 20000 }, extra || {});
}
function num(name, extra) {
  return Object.assign({ name, type: "number", onlyInt: true, min: 0 }, extra || {});
}

migrate((app) => {
  // --- organisations -------------------------------------------------------
  const organisations = new Collection({
    type: "base",
    name: "organisations",
    fields: [
      text("name", 200, { required: true }),
      select("kind", ["gemeente", "provincie", "waterschap", "rijk", "samenwerkingsverband", "overig"], { required: true }),
      select("province", PROVINCES),
      { name: "website", type: "url" },
      created(),
      updated(),
    ],
    indexes: [
      "CREATE INDEX idx_organisations_name ON organisations (name)",
    ],
  });
  app.save(organisations);

  // --- members (auth) -------------------------------------------------------
  const members = new Collection({
    type: "auth",
    name: "members",
    fields: [
      text("name", 120, { required: true }),
      {
        name: "avatar", type: "file", maxSelect: 1, maxSize: 2 * 1024 * 1024,
        mimeTypes: ["image/jpeg", "image/png", "image/webp", "image/gif"],
        thumbs: ["96x96", "256x256"],
      },
      rel("organisation", organisations.id),
      text("job_title", 160),
      text("bio", 10000),
      json("expertise"),
      select("province", PROVINCES),
      json("links"),
      json("visibility"),
      created(),
      updated(),
    ],
    indexes: [
      "CREATE INDEX idx_members_name ON members (name)",
      "CREATE INDEX idx_members_province ON members (province)",
      "CREATE INDEX idx_members_organisation ON members (organisation)",
    ],
    passwordAuth: { enabled: true, identityFields: ["email"] },
  });
  app.save(members);

  // --- themes ---------------------------------------------------------------
  const themes = new Collection({
    type: "base",
    name: "themes",
    fields: [
      text("slug", 80, { required: true, pattern: "^[a-z0-9]+(?:-[a-z0-9]+)*$" }),
      text("name", 160, { required: true }),
      text("summary", 500),
      text("description", 20000),
      select("access", ["open", "on_request", "invite_only"], { required: true }),
      json("tags"),
      num("member_count"),
      created(),
      updated(),
    ],
    indexes: [
      "CREATE UNIQUE INDEX idx_themes_slug ON themes (slug)",
      "CREATE INDEX idx_themes_name ON themes (name)",
    ],
  });
  app.save(themes);

  // --- memberships ----------------------------------------------------------
  const memberships = new Collection({
    type: "base",
    name: "memberships",
    fields: [
      rel("theme", themes.id, { required: true, cascadeDelete: true }),
      rel("member", members.id, { required: true, cascadeDelete: true }),
      select("role", ["member", "moderator", "owner"], { required: true }),
      select("status", ["active", "pending"], { required: true }),
      created(),
      updated(),
    ],
    indexes: [
      "CREATE UNIQUE INDEX idx_memberships_theme_member ON memberships (theme, member)",
      "CREATE INDEX idx_memberships_member ON memberships (member)",
    ],
  });
  app.save(memberships);

  // Access cache on the member: the themes where they are an active member,
  // and where they are an active moderator/owner. Kept in sync by SQLite
  // triggers on memberships (so seeds and the dashboard keep it right too),
  // never set by clients (see the members rules). The API rules use
  // `@request.auth.active_themes ?= theme` instead of joining memberships per
  // row, which made counting a 50 000-post wall take seconds.
  members.fields.add(new RelationField({ name: "active_themes", type: "relation", collectionId: themes.id, maxSelect: 999 }));
  members.fields.add(new RelationField({ name: "moderated_themes", type: "relation", collectionId: themes.id, maxSelect: 999 }));
  app.save(members);
  const sync = (who) => `
    UPDATE members SET
      active_themes = (SELECT json_group_array(theme) FROM memberships WHERE member = ${who} AND status = 'active'),
      moderated_themes = (SELECT json_group_array(theme) FROM memberships WHERE member = ${who} AND status = 'active' AND role IN ('moderator', 'owner'))
    WHERE id = ${who};`;
  app.db().newQuery(`CREATE TRIGGER trg_memberships_ai AFTER INSERT ON memberships BEGIN ${sync("NEW.member")} END`).execute();
  app.db().newQuery(`CREATE TRIGGER trg_memberships_au AFTER UPDATE ON memberships BEGIN ${sync("OLD.member")} ${sync("NEW.member")} END`).execute();
  app.db().newQuery(`CREATE TRIGGER trg_memberships_ad AFTER DELETE ON memberships BEGIN ${sync("OLD.member")} END`).execute();

  // --- posts ----------------------------------------------------------------
  const posts = new Collection({
    type: "base",
    name: "posts",
    fields: [
      rel("author", members.id, { required: true, cascadeDelete: true }),
      rel("theme", themes.id),
      select("kind", ["knowledge", "question", "blog", "report"], { required: true }),
      text("title", 200, { required: true }),
      text("body", 50000, { required: true }),
      json("tags"),
      num("comment_count"),
      json("reactions"), // {kind -> count}, maintained by the server, never by clients
      { name: "pinned", type: "bool" },
      { name: "hidden", type: "bool" },
      created(),
      updated(),
    ],
    indexes: [
      "CREATE INDEX idx_posts_created ON posts (created DESC)",
      "CREATE INDEX idx_posts_theme_created ON posts (theme, created DESC)",
      "CREATE INDEX idx_posts_author_created ON posts (author, created DESC)",
      "CREATE INDEX idx_posts_kind_created ON posts (kind, created DESC)",
    ],
  });
  app.save(posts);

  // --- comments -------------------------------------------------------------
  const comments = new Collection({
    type: "base",
    name: "comments",
    fields: [
      rel("post", posts.id, { required: true, cascadeDelete: true }),
      rel("author", members.id, { required: true, cascadeDelete: true }),
      text("body", 10000, { required: true }),
      created(),
      updated(),
    ],
    indexes: [
      "CREATE INDEX idx_comments_post_created ON comments (post, created)",
      "CREATE INDEX idx_comments_author ON comments (author)",
    ],
  });
  app.save(comments);
  // self relation: needs the collection's own id
  comments.fields.add(new RelationField(rel("parent", comments.id, { cascadeDelete: true })));
  app.save(comments);

  // --- reactions ------------------------------------------------------------
  const reactions = new Collection({
    type: "base",
    name: "reactions",
    fields: [
      rel("target_post", posts.id, { cascadeDelete: true }),
      rel("target_comment", comments.id, { cascadeDelete: true }),
      rel("member", members.id, { required: true, cascadeDelete: true }),
      select("kind", ["like", "insightful", "thanks"], { required: true }),
      created(),
      updated(),
    ],
    indexes: [
      // unset relations are stored as '' (not NULL), so this is one reaction
      // per member and target (post or comment).
      "CREATE UNIQUE INDEX idx_reactions_member_target ON reactions (member, target_post, target_comment)",
      "CREATE INDEX idx_reactions_post ON reactions (target_post)",
      "CREATE INDEX idx_reactions_comment ON reactions (target_comment)",
    ],
  });
  app.save(reactions);

  // --- events ---------------------------------------------------------------
  const events = new Collection({
    type: "base",
    name: "events",
    fields: [
      rel("theme", themes.id, { cascadeDelete: true }),
      text("title", 200, { required: true }),
      text("description", 20000),
      { name: "starts_at", type: "date", required: true },
      { name: "ends_at", type: "date", required: true },
      text("location", 300),
      { name: "online_url", type: "url" },
      num("capacity"),
      num("going_count"),
      created(),
      updated(),
    ],
    indexes: [
      "CREATE INDEX idx_events_starts_at ON events (starts_at)",
      "CREATE INDEX idx_events_theme_starts_at ON events (theme, starts_at)",
    ],
  });
  app.save(events);

  // --- rsvps ----------------------------------------------------------------
  const rsvps = new Collection({
    type: "base",
    name: "rsvps",
    fields: [
      rel("event", events.id, { required: true, cascadeDelete: true }),
      rel("member", members.id, { required: true, cascadeDelete: true }),
      select("status", ["going", "maybe", "declined"], { required: true }),
      created(),
      updated(),
    ],
    indexes: [
      "CREATE UNIQUE INDEX idx_rsvps_event_member ON rsvps (event, member)",
      "CREATE INDEX idx_rsvps_member ON rsvps (member)",
    ],
  });
  app.save(rsvps);
}, (app) => {
  for (const t of ["trg_memberships_ai", "trg_memberships_au", "trg_memberships_ad"]) {
    app.db().newQuery(`DROP TRIGGER IF EXISTS ${t}`).execute();
  }
  for (const name of ["rsvps", "events", "reactions", "comments", "posts", "memberships", "themes", "members", "organisations"]) {
    try {
      app.delete(app.findCollectionByNameOrId(name));
    } catch (_) { /* already gone */ }
  }
});
