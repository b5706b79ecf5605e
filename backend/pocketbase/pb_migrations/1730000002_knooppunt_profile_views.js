// Per-field profile visibility, enforced by the database (DESIGN.md §5).
//
// `members` (the auth collection) is readable by its owner only. Other people
// read profiles through two read-only VIEW collections:
//
//   public_profiles  - anyone; only fields whose owner marked them "public"
//   member_profiles  - logged-in members; fields marked "public" or "members"
//
// A field marked "hidden" is in neither view. A field missing from the
// member's `visibility` map counts as "members" (privacy by default). `name`
// and `joined_at` are always shown: they identify the author of a post.
// Email is never in a view.
//
// avatar is the file name; its URL is /api/files/members/{id}/{avatar}.
// organisation is the organisation id (text, so no expand); organisation_name
// is joined in so a list needs no second request.

const FIELDS = [
  // [field, sql for the value, "text" | "json"]
  ["avatar", "m.avatar", "text"],
  ["organisation", "m.organisation", "text"],
  ["organisation_name", "o.name", "text", "organisation"], // follows organisation's visibility
  ["job_title", "m.job_title", "text"],
  ["bio", "m.bio", "text"],
  ["expertise", "m.expertise", "json"],
  ["province", "m.province", "text"],
  ["links", "m.links", "json"],
];

function viewQuery(allowed) {
  const inList = allowed.map((v) => `'${v}'`).join(", ");
  const cols = FIELDS.map(([name, value, kind, visKey]) => {
    const key = visKey || name;
    const level =
      `COALESCE(json_extract(iif(json_valid(m.visibility), m.visibility, '{}'), '$.${key}'), 'members')`;
    return kind === "text"
      ? `CAST(CASE WHEN ${level} IN (${inList}) THEN COALESCE(${value}, '') ELSE '' END AS TEXT) AS ${name}`
      : `iif(${level} IN (${inList}), ${value}, NULL) AS ${name}`;
  });
  return [
    "SELECT m.id AS id, m.name AS name,",
    "  " + cols.join(",\n  ") + ",",
    "  m.created AS joined_at",
    "FROM members m LEFT JOIN organisations o ON o.id = m.organisation",
  ].join("\n");
}

migrate((app) => {
  app.save(new Collection({
    type: "view",
    name: "public_profiles",
    listRule: "",
    viewRule: "",
    viewQuery: viewQuery(["public"]),
  }));
  app.save(new Collection({
    type: "view",
    name: "member_profiles",
    listRule: '@request.auth.collectionName = "members"',
    viewRule: '@request.auth.collectionName = "members"',
    viewQuery: viewQuery(["public", "members"]),
  }));
}, (app) => {
  for (const name of ["member_profiles", "public_profiles"]) {
    try {
      app.delete(app.findCollectionByNameOrId(name));
    } catch (_) { /* already gone */ }
  }
});
