// The member directory's search route, shared by directory.pb.js (route
// handlers run in isolated contexts, so they load this module with require
// instead of sharing a function). See README.md, "Directory search".

const { fold, words } = require(`${__hooks}/fold.js`);

const PROVINCES = [
  "groningen", "fryslan", "drenthe", "overijssel", "flevoland", "gelderland",
  "utrecht", "noord-holland", "zuid-holland", "zeeland", "noord-brabant", "limburg",
];
const KINDS = ["gemeente", "provincie", "waterschap", "rijk", "samenwerkingsverband", "overig"];
const SORTS = {
  name: "sort_name, id",
  newest: "joined_at DESC, id",
};
const MAX_CHARS = 200; // of q; longer text is cut, not refused
const MAX_WORDS = 10; // of q; further words are ignored
const MAX_PER_PAGE = 100;
const DEFAULT_PER_PAGE = 24;
const MAX_PAGE = 1000000;
const EXPERTISE_FACET = 100; // the most frequent tags listed

// the views' search columns, never part of an item
const { VIEW_COLUMNS } = require(`${__hooks}/search.js`);

/** A LIKE pattern piece that matches `text` literally (\ % _ escaped; use with ESCAPE '\'). */
function literal(text) {
  return text.replace(/[\\%_]/g, (c) => "\\" + c);
}

function invalid(param, message) {
  return new BadRequestError(message, { [param]: new ValidationError("validation_invalid_value", message) });
}

/** A whole number in [min, max] from a query parameter, `fallback` when absent; 400 otherwise. */
function wholeNumber(raw, param, fallback, min, max) {
  if (raw === "") return fallback;
  const n = /^[0-9]{1,9}$/.test(raw) ? parseInt(raw, 10) : NaN;
  if (!(n >= min && n <= max)) throw invalid(param, `The parameter ${param} must be a whole number from ${min} to ${max}.`);
  return n;
}

/** The request's query parameters, checked (see README: unknown values of closed lists are a 400). */
function readParams(e) {
  const query = e.request.url.query();
  const get = (name) => String(query.get(name) || "").trim();
  const p = {
    words: words(Array.from(String(query.get("q") || "")).slice(0, MAX_CHARS).join("")).slice(0, MAX_WORDS),
    province: get("province"),
    kind: get("kind"),
    organisation: get("organisation"),
    theme: get("theme"),
    expertiseRaw: get("expertise"),
    sort: get("sort") || "name",
    page: wholeNumber(get("page"), "page", 1, 1, MAX_PAGE),
    perPage: wholeNumber(get("perPage"), "perPage", DEFAULT_PER_PAGE, 1, MAX_PER_PAGE),
  };
  if (p.province !== "" && PROVINCES.indexOf(p.province) < 0) {
    throw invalid("province", `The parameter province must be one of ${PROVINCES.join(", ")}.`);
  }
  if (p.kind !== "" && KINDS.indexOf(p.kind) < 0) {
    throw invalid("kind", `The parameter kind must be one of ${KINDS.join(", ")}.`);
  }
  if (!Object.prototype.hasOwnProperty.call(SORTS, p.sort)) {
    throw invalid("sort", "The parameter sort must be name or newest.");
  }
  // a tag is compared by its folded words; one without any letter or digit matches nothing
  p.expertise = p.expertiseRaw === "" ? "" : words(p.expertiseRaw).join(" ");
  return p;
}

/** Sorts named facet entries by label as the directory sorts names (folded), then by value. */
function byLabel(a, b) {
  const fa = fold(a.label);
  const fb = fold(b.label);
  if (fa !== fb) return fa < fb ? -1 : 1;
  if (a.label !== b.label) return a.label < b.label ? -1 : 1;
  return a.value < b.value ? -1 : a.value > b.value ? 1 : 0;
}

/**
 * GET /api/knooppunt/members?q=&province=&kind=&organisation=&theme=&expertise=&sort=&page=&perPage=
 * -> {page, perPage, totalItems, items: [profile...], facets: {province, kind, organisation, theme, expertise}}
 *
 * One page of member profiles matching the text and every filter, and for each
 * filter the number of results each of its values would give (the text and the
 * other filters applied, not its own). Searched and counted over the view the
 * requester may read: member_profiles for a logged-in member, public_profiles
 * for everyone else (a superuser too), so a hidden field is neither found nor
 * counted. Theme memberships follow the memberships list rule: a member
 * filters and counts only themes where they are an active member (moderators
 * are), a visitor none.
 */
function members(e) {
  const p = readParams(e);
  const viewer = e.auth && e.auth.collection().name === "members" ? e.auth.id : "";
  const view = viewer ? "member_profiles" : "public_profiles"; // never from input

  const params = { viewer };
  const text = p.words.map((w, i) => {
    params[`w${i}`] = `% ${literal(w)}%`;
    return `search LIKE {:w${i}} ESCAPE '\\'`;
  });

  // may the viewer see memberships of the theme they filter on?
  let themeAllowed = false;
  if (p.theme !== "" && viewer) {
    const row = new DynamicModel({ n: 0 });
    e.app.db()
      .newQuery("SELECT COUNT(*) AS n FROM memberships WHERE member = {:viewer} AND theme = {:theme} AND status = 'active'")
      .bind({ viewer, theme: p.theme })
      .one(row);
    themeAllowed = row.n > 0;
  }

  const filters = {};
  if (p.province !== "") { params.province = p.province; filters.province = "t.area = {:province}"; }
  if (p.kind !== "") { params.kind = p.kind; filters.kind = "t.kind = {:kind}"; }
  if (p.organisation !== "") { params.organisation = p.organisation; filters.organisation = "t.organisation = {:organisation}"; }
  if (p.theme !== "") {
    params.theme = p.theme;
    filters.theme = themeAllowed
      ? "t.id IN (SELECT member FROM memberships WHERE theme = {:theme} AND status = 'active')"
      : "0"; // nothing, and nothing said about the theme's members
  }
  if (p.expertiseRaw !== "") {
    params.expertise = p.expertise;
    filters.expertise = p.expertise === ""
      ? "0"
      : "EXISTS (SELECT 1 FROM json_each(t.expertise_keys) k WHERE k.value = {:expertise})";
  }
  const others = (except) => Object.keys(filters).filter((k) => k !== except).map((k) => filters[k]);
  const where = (except) => { const f = others(except); return f.length ? ` WHERE ${f.join(" AND ")}` : ""; };
  const and = (except) => others(except).map((f) => ` AND ${f}`).join("");

  params.limit = p.perPage;
  params.offset = (p.page - 1) * p.perPage;
  const order = SORTS[p.sort];

  const parts = [
    `SELECT 'total' AS facet, '' AS value, '' AS label, COUNT(*) AS n FROM t${where(null)}`,
    `SELECT 'province', area, '', COUNT(*) FROM t${where("province")} GROUP BY area`,
    `SELECT 'kind', kind, '', COUNT(*) FROM t${where("kind")} GROUP BY kind`,
    `SELECT 'organisation', t.organisation, COALESCE(o.name, ''), COUNT(*) FROM t JOIN organisations o ON o.id = t.organisation${where("organisation")} GROUP BY t.organisation`,
    "SELECT * FROM (SELECT 'expertise', k.value, COALESCE(MIN(x.value), '') AS label, COUNT(DISTINCT t.id) AS n" +
      " FROM t JOIN json_each(t.expertise_keys) k JOIN json_each(t.expertise) x ON x.key = k.key" +
      ` WHERE k.value != ''${and("expertise")} GROUP BY k.value ORDER BY n DESC, label LIMIT ${EXPERTISE_FACET})`,
    `SELECT * FROM (SELECT 'item', id, '', ROW_NUMBER() OVER (ORDER BY ${order}) AS n FROM t${where(null)} ORDER BY n LIMIT {:limit} OFFSET {:offset})`,
  ];
  if (viewer) {
    // active memberships, only of themes where the viewer is active (memberships listRule)
    parts.push(
      "SELECT 'theme', ms.theme, COALESCE(th.name, ''), COUNT(*) FROM t" +
      " JOIN memberships ms ON ms.member = t.id AND ms.status = 'active' JOIN themes th ON th.id = ms.theme" +
      " WHERE ms.theme IN (SELECT theme FROM memberships WHERE member = {:viewer} AND status = 'active')" +
      `${and("theme")} GROUP BY ms.theme`,
    );
  }
  const sql =
    "WITH t AS MATERIALIZED (SELECT id, sort_name, joined_at, organisation, organisation_kind AS kind, area," +
    " iif(json_valid(expertise), expertise, NULL) AS expertise, expertise_keys" +
    ` FROM ${view}${text.length ? ` WHERE ${text.join(" AND ")}` : ""})\n` +
    parts.join("\nUNION ALL ");

  const rows = arrayOf(new DynamicModel({ facet: "", value: "", label: "", n: 0 }));
  e.app.db().newQuery(sql).bind(params).all(rows);

  let total = 0;
  const counts = { province: {}, kind: {} };
  const named = { organisation: [], theme: [], expertise: [] };
  const items = [];
  for (const row of rows) {
    if (row.facet === "total") total = row.n;
    else if (row.facet === "item") items.push({ id: row.value, n: row.n });
    else if (row.facet === "province" || row.facet === "kind") counts[row.facet][row.value] = row.n;
    else if (row.facet === "expertise") named.expertise.push({ value: row.label, key: row.value, count: row.n });
    else named[row.facet].push({ value: row.value, label: row.label, count: row.n });
  }

  // a chosen value is always listed; its count is the number of results
  const nameOf = (table, id) => {
    const r = new DynamicModel({ name: "" });
    try {
      e.app.db().newQuery(`SELECT name FROM ${table} WHERE id = {:id}`).bind({ id }).one(r);
    } catch (_) { return ""; }
    return r.name;
  };
  if (p.organisation !== "" && !named.organisation.some((f) => f.value === p.organisation)) {
    named.organisation.push({ value: p.organisation, label: nameOf("organisations", p.organisation), count: total });
  }
  if (viewer && p.theme !== "" && !named.theme.some((f) => f.value === p.theme)) {
    named.theme.push({ value: p.theme, label: nameOf("themes", p.theme), count: total });
  }
  if (p.expertiseRaw !== "" && !named.expertise.some((f) => f.key === p.expertise)) {
    named.expertise.push({ value: p.expertiseRaw, key: p.expertise, count: total });
  }
  named.organisation.sort(byLabel);
  named.theme.sort(byLabel);

  items.sort((a, b) => a.n - b.n);
  const ids = items.map((i) => i.id);
  const found = ids.length ? e.app.findRecordsByIds(view, ids) : [];
  const byId = {};
  for (const r of found) {
    r.hide(...VIEW_COLUMNS);
    byId[r.id] = r;
  }

  return e.json(200, {
    page: p.page,
    perPage: p.perPage,
    totalItems: total,
    items: ids.filter((id) => byId[id]).map((id) => byId[id]),
    facets: {
      province: PROVINCES.map((value) => ({ value, count: counts.province[value] || 0 })),
      kind: KINDS.map((value) => ({ value, count: counts.kind[value] || 0 })),
      organisation: named.organisation,
      theme: named.theme,
      expertise: named.expertise.map((f) => ({ value: f.value, count: f.count })),
    },
  });
}

module.exports = { members, PROVINCES, KINDS };
