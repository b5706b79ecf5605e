// The folded search columns of members and organisations (hidden fields, added
// by pb_migrations/1730000006_knooppunt_directory_search.js), shared by
// search.pb.js and that migration (handlers run in isolated contexts, so they
// load this module with require instead of sharing a function).
//
//   members.fold_name       words(name) joined by one space
//   members.fold_job_title  words(job_title) joined by one space
//   members.fold_expertise  JSON list: words(tag) joined, per expertise tag (same order;
//                           "" for a repeated key)
//   members.sort_name       fold(name): the directory's name order
//   organisations.fold_name words(name) joined by one space
//
// SQLite triggers build the per-viewer search columns (pub_*, mem_*) from these,
// each part only when the owner lets that viewer see the field (see the migration).

const { fold, words } = require(`${__hooks}/fold.js`);

const joined = (text) => words(text).join(" ");

// The profile views' columns for the search route only (1730000006): hidden
// fields, so the views' records API never returns them (active_themes: in
// member_profiles only).
const VIEW_COLUMNS = ["search", "sort_name", "expertise_keys", "organisation_kind", "area", "active_themes"];

/**
 * The folded keys of an expertise JSON value, one per element (same index):
 * "" for what is not text, and for a tag whose key an earlier tag already has
 * ("Open data", "open-data" → "open data", ""), so that a profile counts once
 * per key in the directory's expertise facet.
 */
function expertiseKeys(raw) {
  let tags = null;
  try { tags = JSON.parse(raw === "" ? "null" : raw); } catch (_) { tags = null; }
  if (!Array.isArray(tags)) return [];
  const seen = new Set();
  return tags.map((tag) => {
    const key = typeof tag === "string" ? joined(tag) : "";
    if (key === "" || seen.has(key)) return "";
    seen.add(key);
    return key;
  });
}

/** The search columns of a member, from its name, job_title and expertise. */
function memberColumns(name, jobTitle, expertiseRaw) {
  return {
    fold_name: joined(name),
    fold_job_title: joined(jobTitle),
    fold_expertise: expertiseKeys(expertiseRaw),
    sort_name: fold(name),
  };
}

/** Sets the search columns on a members record before it is saved. */
function setMemberColumns(record) {
  const cols = memberColumns(record.getString("name"), record.getString("job_title"), record.getString("expertise"));
  for (const key of Object.keys(cols)) record.set(key, cols[key]);
}

/** Sets the search column on an organisations record before it is saved. */
function setOrganisationColumns(record) {
  record.set("fold_name", joined(record.getString("name")));
}

/** True when `table` has `column` (false before the migration that adds it has run). */
function hasColumn(app, table, column) {
  const rows = arrayOf(new DynamicModel({ name: "" }));
  app.db().newQuery("SELECT name FROM pragma_table_info({:table})").bind({ table }).all(rows);
  return rows.some((r) => r.name === column);
}

const BATCH = 500;

/**
 * Fills the search columns of rows that have none yet (sort_name / fold_name
 * empty while the name is not): existing data when the migration adds the
 * columns, and anything written to the tables by plain SQL. Raw UPDATEs with
 * bound parameters, in one transaction, BATCH rows per SELECT: no record save
 * (no validation, hooks, `updated` or realtime event) per row.
 * Returns {members, organisations, ms}; does nothing before the migration ran.
 */
function backfill(app) {
  const started = Date.now();
  const done = { members: 0, organisations: 0, ms: 0 };
  if (!hasColumn(app, "members", "sort_name") || !hasColumn(app, "organisations", "fold_name")) return done;
  app.runInTransaction((tx) => {
    // organisations first: the triggers then build each member's search columns
    // with its organisation's folded name already there
    let after = "";
    for (;;) {
      const rows = arrayOf(new DynamicModel({ id: "", name: "" }));
      tx.db().newQuery(
        "SELECT id, name FROM organisations WHERE COALESCE(fold_name, '') = '' AND COALESCE(name, '') != '' " +
        `AND id > {:after} ORDER BY id LIMIT ${BATCH}`,
      ).bind({ after }).all(rows);
      if (rows.length === 0) break;
      const update = tx.db().newQuery("UPDATE organisations SET fold_name = {:fold_name} WHERE id = {:id}");
      for (const row of rows) {
        const folded = joined(row.name);
        if (folded !== "") {
          update.bind({ id: row.id, fold_name: folded }).execute();
          done.organisations++;
        }
      }
      after = rows[rows.length - 1].id;
    }
    after = "";
    for (;;) {
      const rows = arrayOf(new DynamicModel({ id: "", name: "", job_title: "", expertise: "" }));
      tx.db().newQuery(
        "SELECT id, name, COALESCE(job_title, '') AS job_title, CAST(COALESCE(expertise, '') AS TEXT) AS expertise " +
        "FROM members WHERE COALESCE(sort_name, '') = '' AND COALESCE(name, '') != '' AND id > {:after} " +
        `ORDER BY id LIMIT ${BATCH}`,
      ).bind({ after }).all(rows);
      if (rows.length === 0) break;
      const update = tx.db().newQuery(
        "UPDATE members SET fold_name = {:fold_name}, fold_job_title = {:fold_job_title}, " +
        "fold_expertise = {:fold_expertise}, sort_name = {:sort_name} WHERE id = {:id}",
      );
      for (const row of rows) {
        const cols = memberColumns(row.name, row.job_title, row.expertise);
        update.bind({
          id: row.id,
          fold_name: cols.fold_name,
          fold_job_title: cols.fold_job_title,
          fold_expertise: JSON.stringify(cols.fold_expertise),
          sort_name: cols.sort_name,
        }).execute();
        done.members++;
      }
      after = rows[rows.length - 1].id;
    }
  });
  done.ms = Date.now() - started;
  return done;
}

module.exports = { VIEW_COLUMNS, memberColumns, setMemberColumns, setOrganisationColumns, backfill, expertiseKeys };
