// Directory search on the server (issue 4): accent-folded search columns and
// the profile views with the columns the search route
// (pb_hooks/directory.js, GET /api/knooppunt/members) needs.
//
// 1. Folded columns, kept by pb_hooks/search.pb.js on every save (folding needs
//    the JavaScript of fold.js):
//      members.fold_name, fold_job_title  the words of name / job title, folded
//                                         like src/model/text.rs, one space apart
//      members.fold_expertise             JSON list: the folded words of each tag
//                                         (same index; "" for a repeated key)
//      members.sort_name                  fold(name), the directory's name order
//      organisations.fold_name            the words of the organisation's name
//    Existing rows are filled by search.js's backfill: at the end of this
//    migration when pb_hooks is reachable (`serve --hooksDir`), otherwise at the
//    next start (onBootstrap in search.pb.js).
//
// 2. What each kind of viewer may search, per member, kept by SQLite triggers
//    (so every write keeps them right: the API, the dashboard, the backfill,
//    plain SQL), for visitors (pub_*) and for members (mem_*):
//      *_search  ' ' + the visible folded words, one space apart: the name
//                always; the organisation's name, the job title and the
//                expertise tags only when the owner shows that field to this
//                kind of viewer. `search LIKE '% ' || w || '%'` is "some
//                visible word starts with w".
//      *_expertise_keys  fold_expertise when expertise is shown, else NULL
//      *_kind    the organisation's kind when the organisation is shown, else ''
//      *_area    the province when shown and set, else the shown
//                organisation's province, else ''
//    and for members only
//      mem_themes  a copy of the access cache active_themes (the themes where
//                  the member has an active membership, 1730000000), so the
//                  route can count theme memberships without a lookup per
//                  profile; it uses only the themes the viewer may see.
//    "Shown" is the rule of the views (1730000002): visibility `public` for
//    visitors, `public` or `members` for members, a missing entry = `members`.
//    Recomputed after every insert of a member and every update of a column
//    they depend on, and for all members of an organisation when its name,
//    kind or province changes (or it is inserted or deleted).
//    Why stored and not computed in the views: computing them for 10 000
//    profiles on every search took ~40 ms of the route's time (PocketBase's
//    SQLite is compiled to Go); reading them takes ~10 ms.
//
// 3. public_profiles / member_profiles: the same columns and visibility as in
//    1730000002, plus `search`, `sort_name`, `expertise_keys`,
//    `organisation_kind` and `area` (pub_* for public_profiles, mem_* for
//    member_profiles), and in member_profiles `active_themes` (mem_themes).
//    All the columns above are hidden fields, and a view
//    column that copies a hidden field is hidden too: the API never returns
//    them (only a superuser sees hidden fields). They hold nothing the view
//    does not already show.

const LEVELS = { pub: ["public"], mem: ["public", "members"] };
const FOLD_FIELDS = ["fold_name", "fold_job_title", "fold_expertise", "sort_name"];
const LEVEL_FIELDS = ["search", "expertise_keys", "kind", "area"];
const TRIGGERS = ["trg_members_search_ai", "trg_members_search_au", "trg_organisations_search_ai", "trg_organisations_search_au", "trg_organisations_search_ad"];
// the members columns the per-viewer columns are computed from
const SOURCES = ["name", "organisation", "job_title", "expertise", "province", "visibility", "fold_name", "fold_job_title", "fold_expertise", "active_themes"];

/** `SET` assignments computing the per-viewer columns of a members row from its own columns. */
function levelColumns() {
  const org = (col) => `(SELECT o.${col} FROM organisations o WHERE o.id = members.organisation)`;
  const sets = [];
  for (const [level, allowed] of Object.entries(LEVELS)) {
    const inList = allowed.map((v) => `'${v}'`).join(", ");
    const shown = (key) =>
      `COALESCE(json_extract(iif(json_valid(visibility), visibility, '{}'), '$.${key}'), 'members') IN (${inList})`;
    const keys = "iif(json_valid(fold_expertise), fold_expertise, NULL)";
    sets.push(
      `${level}_search = ' ' || COALESCE(fold_name, '')` +
      ` || CASE WHEN ${shown("organisation")} THEN COALESCE(' ' || nullif(${org("fold_name")}, ''), '') ELSE '' END` +
      ` || CASE WHEN ${shown("job_title")} AND COALESCE(fold_job_title, '') != '' THEN ' ' || fold_job_title ELSE '' END` +
      ` || CASE WHEN ${shown("expertise")} THEN COALESCE((SELECT ' ' || group_concat(k.value, ' ') FROM json_each(${keys}) k WHERE k.value != ''), '') ELSE '' END`,
      `${level}_expertise_keys = CASE WHEN ${shown("expertise")} THEN ${keys} ELSE NULL END`,
      `${level}_kind = CASE WHEN ${shown("organisation")} THEN COALESCE(${org("kind")}, '') ELSE '' END`,
      `${level}_area = CASE WHEN ${shown("province")} AND COALESCE(province, '') != '' THEN province` +
      ` WHEN ${shown("organisation")} THEN COALESCE(${org("province")}, '') ELSE '' END`,
    );
  }
  sets.push("mem_themes = active_themes");
  return sets.join(",\n    ");
}

const recompute = (where) => `UPDATE members SET\n    ${levelColumns()}\n  WHERE ${where};`;

// --- the profile views ---------------------------------------------------------
const FIELDS = [
  // [field, sql for the value, "text" | "json", visibility key (default: field)]
  ["avatar", "m.avatar", "text"],
  ["organisation", "m.organisation", "text"],
  ["organisation_name", "o.name", "text", "organisation"], // follows organisation's visibility
  ["job_title", "m.job_title", "text"],
  ["bio", "m.bio", "text"],
  ["expertise", "m.expertise", "json"],
  ["province", "m.province", "text"],
  ["links", "m.links", "json"],
];

/** The view query; `level` (pub/mem) adds the search columns (null: the query of 1730000002). */
function viewQuery(allowed, level) {
  const inList = allowed.map((v) => `'${v}'`).join(", ");
  const shown = (key) =>
    `COALESCE(json_extract(iif(json_valid(m.visibility), m.visibility, '{}'), '$.${key}'), 'members') IN (${inList})`;
  const cols = FIELDS.map(([name, value, kind, visKey]) => {
    return kind === "text"
      ? `CAST(CASE WHEN ${shown(visKey || name)} THEN COALESCE(${value}, '') ELSE '' END AS TEXT) AS ${name}`
      : `iif(${shown(visKey || name)}, ${value}, NULL) AS ${name}`;
  });
  if (level) {
    // plain copies of hidden fields, so hidden in the view too
    cols.push(
      `m.${level}_search AS search`,
      "m.sort_name AS sort_name",
      `m.${level}_expertise_keys AS expertise_keys`,
      `m.${level}_kind AS organisation_kind`,
      `m.${level}_area AS area`,
    );
    if (level === "mem") cols.push("m.mem_themes AS active_themes");
  }
  return [
    "SELECT m.id AS id, m.name AS name,",
    "  " + cols.join(",\n  ") + ",",
    "  m.created AS joined_at",
    "FROM members m LEFT JOIN organisations o ON o.id = m.organisation",
  ].join("\n");
}

function setViews(app, withSearch) {
  for (const [name, level] of [["public_profiles", "pub"], ["member_profiles", "mem"]]) {
    const view = app.findCollectionByNameOrId(name);
    view.viewQuery = viewQuery(LEVELS[level], withSearch ? level : null);
    app.save(view);
  }
}

migrate((app) => {
  const members = app.findCollectionByNameOrId("members");
  members.fields.add(new TextField({ name: "fold_name", hidden: true, max: 1000 }));
  members.fields.add(new TextField({ name: "fold_job_title", hidden: true, max: 1000 }));
  members.fields.add(new JSONField({ name: "fold_expertise", hidden: true, maxSize: 100000 }));
  members.fields.add(new TextField({ name: "sort_name", hidden: true, max: 1000 }));
  for (const level of Object.keys(LEVELS)) {
    members.fields.add(new TextField({ name: `${level}_search`, hidden: true, max: 200000 }));
    members.fields.add(new JSONField({ name: `${level}_expertise_keys`, hidden: true, maxSize: 100000 }));
    members.fields.add(new TextField({ name: `${level}_kind`, hidden: true }));
    members.fields.add(new TextField({ name: `${level}_area`, hidden: true }));
  }
  members.fields.add(new JSONField({ name: "mem_themes", hidden: true, maxSize: 100000 }));
  members.indexes.push("CREATE INDEX idx_members_sort_name ON members (sort_name, id)");
  app.save(members);

  const organisations = app.findCollectionByNameOrId("organisations");
  organisations.fields.add(new TextField({ name: "fold_name", hidden: true, max: 1000 }));
  app.save(organisations);

  // The inner UPDATEs set only the per-viewer columns, which are in no
  // `UPDATE OF` list: the triggers never fire themselves.
  const sql = (s) => app.db().newQuery(s).execute();
  sql(`CREATE TRIGGER trg_members_search_ai AFTER INSERT ON members BEGIN ${recompute("id = NEW.id")} END`);
  sql(`CREATE TRIGGER trg_members_search_au AFTER UPDATE OF ${SOURCES.join(", ")} ON members BEGIN ${recompute("id = NEW.id")} END`);
  sql(`CREATE TRIGGER trg_organisations_search_ai AFTER INSERT ON organisations BEGIN ${recompute("organisation = NEW.id")} END`);
  sql(`CREATE TRIGGER trg_organisations_search_au AFTER UPDATE OF name, fold_name, kind, province ON organisations BEGIN ` +
    `${recompute("organisation = NEW.id")} ${recompute("organisation = OLD.id AND OLD.id != NEW.id")} END`);
  sql(`CREATE TRIGGER trg_organisations_search_ad AFTER DELETE ON organisations BEGIN ${recompute("organisation = OLD.id")} END`);
  sql(recompute("1")); // existing members (the folded columns follow with the backfill)

  setViews(app, true);

  // Fill the folded columns now when pb_hooks is there (`serve --hooksDir`: the
  // migration runs after onBootstrap); otherwise the next start does it.
  let search = null;
  try {
    search = require(`${__hooks}/search.js`);
  } catch (_) {
    console.log("knooppunt: pb_hooks not found; the search columns are filled at the next start with --hooksDir");
  }
  if (search) {
    const done = search.backfill(app);
    console.log(`knooppunt: search columns filled for ${done.members} members, ${done.organisations} organisations in ${done.ms} ms`);
  }
}, (app) => {
  setViews(app, false);
  for (const name of TRIGGERS) app.db().newQuery(`DROP TRIGGER IF EXISTS ${name}`).execute();
  const organisations = app.findCollectionByNameOrId("organisations");
  organisations.fields.removeByName("fold_name");
  app.save(organisations);
  const members = app.findCollectionByNameOrId("members");
  for (const name of FOLD_FIELDS) members.fields.removeByName(name);
  for (const level of Object.keys(LEVELS)) {
    for (const name of LEVEL_FIELDS) members.fields.removeByName(`${level}_${name}`);
  }
  members.fields.removeByName("mem_themes");
  members.indexes = members.indexes.filter((sql) => !sql.includes("idx_members_sort_name"));
  app.save(members);
});
