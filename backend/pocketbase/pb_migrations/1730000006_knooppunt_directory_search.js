// Directory search on the server (issue 4): accent-folded search columns and
// the profile views with the columns the search route
// (pb_hooks/directory.js, GET /api/knooppunt/members) needs.
//
// 1. Hidden search columns, kept by pb_hooks/search.pb.js on every save
//    (hidden: the API never returns them, not even to the owner; only a
//    superuser sees them):
//      members.fold_name, fold_job_title  the words of name / job title, folded
//                                         like src/model/text.rs, one space apart
//      members.fold_expertise             JSON list: the folded words of each tag
//      members.sort_name                  fold(name), the directory's name order
//      organisations.fold_name            the words of the organisation's name
//    Existing rows are filled by search.js's backfill: at the end of this
//    migration when pb_hooks is reachable (`serve --hooksDir`), otherwise at the
//    next start (onBootstrap in search.pb.js).
//
// 2. public_profiles / member_profiles: the same columns and visibility as in
//    1730000002, plus
//      search             ' ' + the visible folded words, one space apart:
//                         name always; the organisation's name, the job title and
//                         the expertise tags only when the owner shows that field
//                         to this view. `search LIKE '% ' || w || '%'` is "some
//                         visible word starts with w".
//      sort_name          fold(name) (name is always shown)
//      expertise_keys     fold_expertise when expertise is shown, else NULL
//      organisation_kind  the organisation's kind when the organisation is shown, else ''
//      area               the province when shown and set, else the shown
//                         organisation's province, else ''
//    They are never returned by the API: sort_name copies a hidden field, the
//    others are hidden by onRecordEnrich in search.pb.js (PocketBase rebuilds a
//    view's fields from its query on every save, so a computed column cannot
//    keep `hidden: true`). They hold nothing the view does not already show.

const MEMBER_FIELDS = ["fold_name", "fold_job_title", "fold_expertise", "sort_name"];

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

/** The view query; `search` adds the search columns (false: the query of 1730000002). */
function viewQuery(allowed, search) {
  const inList = allowed.map((v) => `'${v}'`).join(", ");
  const shown = (key) =>
    `COALESCE(json_extract(iif(json_valid(m.visibility), m.visibility, '{}'), '$.${key}'), 'members') IN (${inList})`;
  const cols = FIELDS.map(([name, value, kind, visKey]) => {
    return kind === "text"
      ? `CAST(CASE WHEN ${shown(visKey || name)} THEN COALESCE(${value}, '') ELSE '' END AS TEXT) AS ${name}`
      : `iif(${shown(visKey || name)}, ${value}, NULL) AS ${name}`;
  });
  if (search) {
    const keys = "CASE WHEN json_valid(m.fold_expertise) AND json_type(m.fold_expertise) = 'array' THEN m.fold_expertise ELSE '[]' END";
    const part = (cond, value) => `CASE WHEN ${cond} AND COALESCE(${value}, '') != '' THEN ' ' || ${value} ELSE '' END`;
    cols.push(
      "CAST(' ' || COALESCE(m.fold_name, '')" +
      ` || ${part(shown("organisation"), "o.fold_name")}` +
      ` || ${part(shown("job_title"), "m.fold_job_title")}` +
      ` || CASE WHEN ${shown("expertise")} THEN COALESCE((SELECT ' ' || group_concat(k.value, ' ') FROM json_each(${keys}) k WHERE k.value != ''), '') ELSE '' END` +
      " AS TEXT) AS search",
      "m.sort_name AS sort_name",
      `iif(${shown("expertise")}, ${keys}, NULL) AS expertise_keys`,
      `CAST(CASE WHEN ${shown("organisation")} THEN COALESCE(o.kind, '') ELSE '' END AS TEXT) AS organisation_kind`,
      `CAST(CASE WHEN ${shown("province")} AND COALESCE(m.province, '') != '' THEN m.province` +
      ` WHEN ${shown("organisation")} THEN COALESCE(o.province, '') ELSE '' END AS TEXT) AS area`,
    );
  }
  return [
    "SELECT m.id AS id, m.name AS name,",
    "  " + cols.join(",\n  ") + ",",
    "  m.created AS joined_at",
    "FROM members m LEFT JOIN organisations o ON o.id = m.organisation",
  ].join("\n");
}

function setViews(app, search) {
  for (const [name, allowed] of [["public_profiles", ["public"]], ["member_profiles", ["public", "members"]]]) {
    const view = app.findCollectionByNameOrId(name);
    view.viewQuery = viewQuery(allowed, search);
    app.save(view);
  }
}

migrate((app) => {
  const members = app.findCollectionByNameOrId("members");
  members.fields.add(new TextField({ name: "fold_name", hidden: true }));
  members.fields.add(new TextField({ name: "fold_job_title", hidden: true }));
  members.fields.add(new JSONField({ name: "fold_expertise", hidden: true, maxSize: 100000 }));
  members.fields.add(new TextField({ name: "sort_name", hidden: true }));
  members.indexes.push("CREATE INDEX idx_members_sort_name ON members (sort_name, id)");
  app.save(members);

  const organisations = app.findCollectionByNameOrId("organisations");
  organisations.fields.add(new TextField({ name: "fold_name", hidden: true }));
  app.save(organisations);

  setViews(app, true);

  // Fill the new columns now when pb_hooks is there (`serve --hooksDir`: the
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
  const organisations = app.findCollectionByNameOrId("organisations");
  organisations.fields.removeByName("fold_name");
  app.save(organisations);
  const members = app.findCollectionByNameOrId("members");
  for (const name of MEMBER_FIELDS) members.fields.removeByName(name);
  members.indexes = members.indexes.filter((sql) => !sql.includes("idx_members_sort_name"));
  app.save(members);
});
