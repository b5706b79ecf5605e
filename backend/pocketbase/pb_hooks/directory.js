// The member directory's search route, shared by directory.pb.js (route
// handlers run in isolated contexts, so they load this module with require
// instead of sharing a function). See README.md, "Directory search".

const { words } = require(`${__hooks}/fold.js`);

const PROVINCES = [
  "groningen", "fryslan", "drenthe", "overijssel", "flevoland", "gelderland",
  "utrecht", "noord-holland", "zuid-holland", "zeeland", "noord-brabant", "limburg",
];
const KINDS = ["gemeente", "provincie", "waterschap", "rijk", "samenwerkingsverband", "overig"];
// [ORDER BY, the sort key column, descending]
const SORTS = {
  name: ["sort_name, id", "sort_name", false],
  newest: ["joined_at DESC, id", "joined_at", true],
};
const MAX_CHARS = 200; // of q; longer text is cut, not refused
const MAX_WORDS = 10; // of q; further words are ignored
const MAX_PER_PAGE = 100;
const DEFAULT_PER_PAGE = 24;
const MAX_PAGE = 1000000;
const EXPERTISE_FACET = 100; // the most frequent tags listed

// the views' search columns, never part of an item
const { VIEW_COLUMNS } = require(`${__hooks}/search.js`);

const SETTINGS_ID = "knooppuntconfig";
const DIRECTORY_CLOSED = "Log in om de ledenlijst te zien.";

/**
 * settings.public_directory: may visitors read the directory? false without a
 * settings record, as the view's rule (`@collection.settings.public_directory ?= true`).
 */
function directoryIsPublic(app) {
  try {
    return app.findRecordById("settings", SETTINGS_ID).getBool("public_directory");
  } catch (_) {
    return false;
  }
}

/** A LIKE pattern piece that matches `text` literally (\ % _ escaped; use with ESCAPE '\'). */
function literal(text) {
  return text.replace(/[\\%_]/g, (c) => "\\" + c);
}

// Above this share of the members a word's index range costs more than reading every
// search column (measured on the large network: "ge", 60 % of the members, 21 ms by LIKE
// and 28 ms by the index; "bel", 14 %, 10 ms and 5 ms; a word nobody has, 3 ms and 0.01 ms).
const INDEX_SHARE = 1 / 3;

/**
 * The WHERE conditions for the words of `q` over a profile view of `level` (pub/mem):
 * "some visible word starts with w" for each. A word whose range of member_words
 * (1730000012) holds fewer entries than INDEX_SHARE of the members is looked up there;
 * a broader one is matched with LIKE on the view's search column, over the rows the
 * other words left or over all. Fills `params`.
 */
function textConditions(app, level, list, params) {
  if (list.length === 0) return [];
  const count = new DynamicModel({ n: 0 });
  app.db().newQuery("SELECT COUNT(*) AS n FROM members").one(count);
  const cap = Math.floor(count.n * INDEX_SHARE);
  return list.map((w, i) => {
    params[`lo${i}`] = w;
    // every word starting with w sorts from w up to w + U+10FFFF, which no word holds
    params[`hi${i}`] = w + String.fromCodePoint(0x10ffff);
    const range = `FROM member_words WHERE level = '${level}' AND word >= {:lo${i}} AND word < {:hi${i}}`;
    const named = new DynamicModel({ n: 0 });
    app.db().newQuery(`SELECT COUNT(*) AS n FROM (SELECT 1 ${range} LIMIT {:cap})`).bind({ ...params, cap: cap + 1 }).one(named);
    if (named.n <= cap) return `id IN (SELECT member ${range})`;
    params[`w${i}`] = `% ${literal(w)}%`;
    return `search LIKE {:w${i}} ESCAPE '\\'`;
  });
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

const ASTRAL = /[\uD800-\uDFFF]/;

/** Compares strings as SQLite's BINARY collation does (UTF-8 bytes = code points), not by UTF-16 units. */
function binary(a, b) {
  if (a === b) return 0;
  if (!ASTRAL.test(a) && !ASTRAL.test(b)) return a < b ? -1 : 1; // the same without surrogates
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.codePointAt(i);
    const y = b.codePointAt(i);
    if (x !== y) return x < y ? -1 : 1;
    if (x > 0xffff) i++;
  }
  return a.length === b.length ? 0 : a.length < b.length ? -1 : 1;
}

/**
 * Named facet entries ({value, label, count, key?}) sorted by their label's folded
 * words (`key` when the query gave it, organisations.fold_name; else folded
 * here), then by label and value; returned without the key.
 */
function sortedByLabel(list) {
  const keyed = list.map((f) => ({ f, key: f.key !== undefined ? f.key : words(f.label).join(" ") }));
  keyed.sort((a, b) => binary(a.key, b.key) || binary(a.f.label, b.f.label) || binary(a.f.value, b.f.value));
  return keyed.map((k) => ({ value: k.f.value, label: k.f.label, count: k.f.count }));
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
 * are), a visitor none. When the host closed the directory to visitors
 * (settings.public_directory false) a visitor (no or an invalid token) gets a
 * 401 "Log in om de ledenlijst te zien."; a superuser still gets public_profiles.
 */
function members(e) {
  const viewer = e.auth && e.auth.collection().name === "members" ? e.auth.id : "";
  // the host's switch (settings.public_directory, 1730000011): visitors get a 401,
  // as the public_profiles rules refuse them; asked before the parameters are checked
  if (!viewer && !e.hasSuperuserAuth() && !directoryIsPublic(e.app)) {
    throw new UnauthorizedError(DIRECTORY_CLOSED, {});
  }
  const p = readParams(e);
  const view = viewer ? "member_profiles" : "public_profiles"; // never from input

  const params = {};
  const text = textConditions(e.app, viewer ? "mem" : "pub", p.words, params);

  // The themes whose memberships the viewer may see, as the memberships list
  // rule allows: active memberships of themes where the viewer is an active
  // member (moderators and owners are). Read fresh; a visitor has none.
  const themes = [];
  if (viewer) {
    const rows = arrayOf(new DynamicModel({ id: "", name: "" }));
    e.app.db()
      .newQuery(
        "SELECT ms.theme AS id, COALESCE(th.name, '') AS name FROM memberships ms JOIN themes th ON th.id = ms.theme" +
        " WHERE ms.member = {:viewer} AND ms.status = 'active' ORDER BY ms.theme",
      )
      .bind({ viewer })
      .all(rows);
    rows.forEach((r, i) => {
      themes.push({ id: r.id, name: r.name });
      params[`th${i}`] = `"${r.id}"`; // an element of the JSON list active_themes
    });
  }
  const themeIndex = themes.findIndex((t) => t.id === p.theme);
  const inTheme = (i) => `instr(t.themes, {:th${i}}) > 0`;

  const filters = {};
  if (p.province !== "") { params.province = p.province; filters.province = "t.area = {:province}"; }
  if (p.kind !== "") { params.kind = p.kind; filters.kind = "t.kind = {:kind}"; }
  if (p.organisation !== "") { params.organisation = p.organisation; filters.organisation = "t.organisation = {:organisation}"; }
  if (p.theme !== "") {
    // a theme the viewer may not see gives nothing, and says nothing about its members
    filters.theme = themeIndex >= 0 ? inTheme(themeIndex) : "0";
  }
  let extra = ""; // columns computed once per text-matched row in the CTE
  if (p.expertiseRaw !== "") {
    params.expertise = p.expertise;
    if (p.expertise === "") {
      filters.expertise = "0";
    } else {
      extra = ", EXISTS (SELECT 1 FROM json_each(expertise_keys) k WHERE k.value = {:expertise}) AS has_expertise";
      filters.expertise = "t.has_expertise";
    }
  }
  const others = (except) => Object.keys(filters).filter((k) => k !== except).map((k) => filters[k]);
  const where = (except) => { const f = others(except); return f.length ? ` WHERE ${f.join(" AND ")}` : ""; };
  const and = (except) => others(except).map((f) => ` AND ${f}`).join("");

  params.limit = p.perPage;
  params.offset = (p.page - 1) * p.perPage;
  const [order, sortKey, descending] = SORTS[p.sort];

  const parts = [
    `SELECT 'total' AS facet, '' AS value, '' AS label, COUNT(*) AS n, '' AS sort FROM t${where(null)}`,
    `SELECT 'province', area, '', COUNT(*), '' FROM t${where("province")} GROUP BY area`,
    `SELECT 'kind', kind, '', COUNT(*), '' FROM t${where("kind")} GROUP BY kind`,
    "SELECT 'organisation', g.organisation, o.name, g.n, COALESCE(o.fold_name, '') FROM (SELECT organisation, COUNT(*) AS n FROM t" +
      ` WHERE organisation != ''${and("organisation")} GROUP BY organisation) g JOIN organisations o ON o.id = g.organisation`,
    // The most frequent folded tags (each key is in a profile's expertise_keys at most
    // once, see search.js). The spelling shown is the one of the first matching profile
    // (by id): with a single min() the bare k.key comes from that row, and the view gives
    // that profile's tag, for at most EXPERTISE_FACET rows instead of for every profile.
    "SELECT 'expertise', g.value, COALESCE(json_extract(p.expertise, '$[' || g.idx || ']'), '')," +
      ` g.n, '' FROM (SELECT k.value AS value, k.key AS idx, MIN(t.id) AS first, COUNT(*) AS n FROM t JOIN json_each(t.expertise_keys) k` +
      ` WHERE k.value != ''${and("expertise")} GROUP BY k.value ORDER BY n DESC, k.value LIMIT ${EXPERTISE_FACET}) g` +
      ` JOIN ${view} p ON p.id = g.first`,
    // the page: ids with their sort key; put in order below
    `SELECT * FROM (SELECT 'item', id, ${sortKey}, 0, '' FROM t${where(null)} ORDER BY ${order} LIMIT {:limit} OFFSET {:offset})`,
  ];
  if (themes.length > 0) {
    // per visible theme, the profiles with an active membership of it (member_profiles.active_themes),
    // in one pass: a JSON list of counts in the order of `themes`
    parts.push(`SELECT 'themes', json_array(${themes.map((_, i) => `SUM(${inTheme(i)})`).join(", ")}), '', 0, '' FROM t${where("theme")}`);
  }
  if (viewer) extra += ", active_themes AS themes";
  const sql =
    `WITH t AS MATERIALIZED (SELECT id, sort_name, joined_at, organisation, organisation_kind AS kind, area, expertise_keys${extra}` +
    ` FROM ${view}${text.length ? ` WHERE ${text.join(" AND ")}` : ""})\n` +
    parts.join("\nUNION ALL ");

  const rows = arrayOf(new DynamicModel({ facet: "", value: "", label: "", n: 0, sort: "" }));
  e.app.db().newQuery(sql).bind(params).all(rows);

  let total = 0;
  const counts = { province: {}, kind: {} };
  const named = { organisation: [], theme: [], expertise: [] };
  const items = [];
  for (const row of rows) {
    if (row.facet === "total") total = row.n;
    else if (row.facet === "item") items.push({ id: row.value, key: row.label });
    else if (row.facet === "province" || row.facet === "kind") counts[row.facet][row.value] = row.n;
    else if (row.facet === "expertise") named.expertise.push({ value: row.label, key: row.value, count: row.n });
    else if (row.facet === "organisation") named.organisation.push({ value: row.value, label: row.label, count: row.n, key: row.sort });
    else if (row.facet === "themes") {
      JSON.parse(row.value).forEach((n, i) => {
        if (n > 0) named.theme.push({ value: themes[i].id, label: themes[i].name, count: n });
      });
    }
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
  named.organisation = sortedByLabel(named.organisation);
  named.theme = sortedByLabel(named.theme);
  named.expertise.sort((a, b) => b.count - a.count || binary(a.value, b.value));

  // the page in the order of SORTS (a UNION ALL keeps no order of its own)
  items.sort((a, b) => (descending ? binary(b.key, a.key) : binary(a.key, b.key)) || binary(a.id, b.id));
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
