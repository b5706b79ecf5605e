// Shared by directory.pb.js (route handlers run in isolated contexts, so they
// load this module with require instead of sharing a function).

const PROVINCES = [
  "groningen", "fryslan", "drenthe", "overijssel", "flevoland", "gelderland",
  "utrecht", "noord-holland", "zuid-holland", "zeeland", "noord-brabant", "limburg",
];
const MAX_WORDS = 10;
const MAX_CHARS = 200;

/** A LIKE pattern that matches `text` literally (\ % _ escaped; use with ESCAPE '\'). */
function literal(text) {
  return text.replace(/[\\%_]/g, (c) => "\\" + c);
}

// the elements of the expertise JSON list (nothing when it is not a list)
const EXPERTISE = "json_each(CASE WHEN json_valid(expertise) AND json_type(expertise) = 'array' THEN expertise ELSE '[]' END)";

/**
 * GET /api/knooppunt/province-counts?q=TEXT&organisation=ID&expertise=TAG
 * -> {"counts": {"<province slug>": n, ... all 12}, "total": n}
 *
 * Member profiles per province that match the text, organisation and
 * expertise filters but not a province filter (facet counts: each number says
 * how many results choosing that province would give). Counted over the view
 * the requester may read: member_profiles for a logged-in member,
 * public_profiles for everyone else, so a count never depends on a field
 * hidden from the requester. Profiles without a (visible) province are in
 * `total` only.
 *
 * Text: split on whitespace; every word must occur (case-insensitive for
 * ASCII, like PocketBase's `~`) in name, organisation_name, job_title or one
 * of the expertise tags. Expertise: one tag, equal ignoring ASCII case.
 * User input is only ever a bound parameter, and % _ \ in it match literally.
 */
function provinceCounts(e) {
  const query = e.request.url.query();
  const text = String(query.get("q") || "").slice(0, MAX_CHARS);
  const organisation = String(query.get("organisation") || "").trim();
  const expertise = String(query.get("expertise") || "").trim().slice(0, MAX_CHARS);

  const isMember = !!e.auth && e.auth.collection().name === "members";
  const view = isMember ? "member_profiles" : "public_profiles"; // never from input

  const where = [];
  const params = {};
  const words = text.split(/\s+/).filter((w) => w !== "").slice(0, MAX_WORDS);
  words.forEach((word, i) => {
    const p = `{:w${i}}`;
    params[`w${i}`] = `%${literal(word)}%`;
    where.push(
      `(name LIKE ${p} ESCAPE '\\' OR organisation_name LIKE ${p} ESCAPE '\\' OR job_title LIKE ${p} ESCAPE '\\'` +
      ` OR EXISTS (SELECT 1 FROM ${EXPERTISE} WHERE value LIKE ${p} ESCAPE '\\'))`,
    );
  });
  if (organisation !== "") {
    params.organisation = organisation;
    where.push("organisation = {:organisation}");
  }
  if (expertise !== "") {
    params.expertise = literal(expertise);
    where.push(`EXISTS (SELECT 1 FROM ${EXPERTISE} WHERE value LIKE {:expertise} ESCAPE '\\')`);
  }

  const rows = arrayOf(new DynamicModel({ province: "", n: 0 }));
  e.app.db()
    .newQuery(`SELECT province, COUNT(*) AS n FROM ${view}${where.length ? " WHERE " + where.join(" AND ") : ""} GROUP BY province`)
    .bind(params)
    .all(rows);

  const counts = {};
  for (const p of PROVINCES) counts[p] = 0;
  let total = 0;
  for (const row of rows) {
    total += row.n;
    if (Object.prototype.hasOwnProperty.call(counts, row.province)) counts[row.province] = row.n;
  }
  return e.json(200, { counts, total });
}

module.exports = { provinceCounts };
