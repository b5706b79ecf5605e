// The directory search route (pb_hooks/directory.js):
// GET /api/knooppunt/members?q=&province=&kind=&organisation=&theme=&expertise=&sort=&page=&perPage=
// searched, filtered and counted over public_profiles for visitors and
// member_profiles for members, so nothing depends on a field hidden from the
// requester; theme memberships only where the requester may see them.
// Every facet count is checked against a brute-force count computed here from
// the test data and the visibility rules. Runs against a real PocketBase (support.mjs).
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { createRequire } from "node:module";
import { startPb, rec } from "./support.mjs";

const require = createRequire(import.meta.url);
const { words } = require("../../backend/pocketbase/pb_hooks/fold.js");

let pb;
const id = {};
const tok = {};

const PROVINCES = [
  "groningen", "fryslan", "drenthe", "overijssel", "flevoland", "gelderland",
  "utrecht", "noord-holland", "zuid-holland", "zeeland", "noord-brabant", "limburg",
];
const KINDS = ["gemeente", "provincie", "waterschap", "rijk", "samenwerkingsverband", "overig"];
const PROFILE_KEYS = ["avatar", "bio", "collectionId", "collectionName", "expertise", "id", "job_title", "joined_at", "links", "name", "organisation", "organisation_name", "province"];
const SEARCH_COLUMNS = [
  "search", "sort_name", "expertise_keys", "organisation_kind", "area", "fold_name", "fold_job_title", "fold_expertise",
  ...["pub", "mem"].flatMap((l) => ["search", "expertise_keys", "kind", "area"].map((c) => `${l}_${c}`)),
];
const SECRET = "Geheimtag7731";

const ORGS = {
  orgU: { name: "Gemeente Utrecht", kind: "gemeente", province: "utrecht" },
  orgZ: { name: "Waterschap Zeeland", kind: "waterschap", province: "zeeland" },
  orgH: { name: "Gemeente 's-Hertogenbosch", kind: "gemeente", province: "noord-brabant" },
  orgF: { name: "Provinsje Fryslân", kind: "provincie", province: "fryslan" },
};
const all = (level) => ({ organisation: level, job_title: level, expertise: level, province: level });
// [key, name, profile]; registered in this order (newest last)
const PEOPLE = [
  ["anna", "Anna Jansen", { organisation: "orgU", job_title: "Beleidsadviseur", expertise: ["Omgevingswet", "Woo"], province: "utrecht", visibility: all("public") }],
  // province and organisation for members only
  ["bram", "Bram de Vries", { organisation: "orgU", job_title: "Jurist", expertise: ["Woo"], province: "utrecht", visibility: { ...all("public"), province: "members", organisation: "members" } }],
  // own province hidden (limburg must never count), organisation public: area = the organisation's zeeland
  ["cees", "Cees Verborgen", { organisation: "orgZ", job_title: "Adviseur", expertise: [SECRET], province: "limburg", visibility: { ...all("public"), province: "hidden", expertise: "hidden" } }],
  // public, with % and _ in the text
  ["dora", "Dora_Open", { organisation: "orgZ", job_title: "Adviseur 100%", expertise: ["Water_beheer"], province: "zeeland", visibility: all("public") }],
  // nothing but the name for visitors (visibility missing = members)
  ["eef", "Eef Leeg", { job_title: "Adviseur", expertise: ["Woo"] }],
  // no own province: area from the public organisation; two spellings of one tag
  ["jose", "José Bakker", { organisation: "orgH", job_title: "Projectleider", expertise: ["Open data", "open-data"], visibility: all("public") }],
  // hidden job title
  ["fenna", "Fenna de Vries", { organisation: "orgF", job_title: "Beleidsmedewerker", expertise: ["Open Data"], province: "fryslan", visibility: { ...all("public"), job_title: "hidden" } }],
  // organisation and job title for members only
  ["gijs", "Gijs Geheim", { organisation: "orgH", job_title: "Secretaris", expertise: ["Ruimtelijke ordening"], visibility: { ...all("members"), province: "public" } }],
  // no organisation, public province: its visibility is changed in a test (and put back)
  ["emile", "Émile Zonder", { province: "groningen", visibility: { province: "public" } }],
];
const THEMES = { tOpen: { slug: "open", name: "Open thema", access: "open" }, tClosed: { slug: "dicht", name: "Besloten thema", access: "on_request" } };
// [member, theme, role, status]
const MEMBERSHIPS = [
  ["anna", "tOpen", "member", "active"], ["bram", "tOpen", "member", "active"], ["dora", "tOpen", "moderator", "active"],
  ["jose", "tOpen", "member", "pending"],
  ["gijs", "tClosed", "moderator", "active"], ["cees", "tClosed", "member", "active"], ["fenna", "tClosed", "member", "pending"],
];

before(async () => {
  pb = await startPb();
  for (const [key, org] of Object.entries(ORGS)) id[key] = await pb.suCreate("organisations", org);
  for (const [key, t] of Object.entries(THEMES)) id[key] = await pb.suCreate("themes", t);
  for (const [key, name, extra] of PEOPLE) {
    const body = { ...extra };
    if (body.organisation) body.organisation = id[body.organisation];
    const m = await pb.register(key, name, body);
    id[key] = m.id;
    tok[key] = m.token;
  }
  for (const [member, theme, role, status] of MEMBERSHIPS) {
    await pb.suCreate("memberships", { member: id[member], theme: id[theme], role, status });
  }
});

after(() => pb && pb.stop());

/** The route's answer (200 expected) as a visitor (token undefined) or a member. */
async function search(params = {}, token) {
  const r = await get(params, token);
  assert.equal(r.status, 200, r.text);
  const b = r.body;
  assert.deepEqual(b.facets.province.map((f) => f.value), PROVINCES, "all 12 provinces, in order");
  assert.deepEqual(b.facets.kind.map((f) => f.value), KINDS, "all 6 kinds, in order");
  return b;
}
function get(params = {}, token) {
  const qs = new URLSearchParams(params).toString();
  return pb.api("GET", `/api/knooppunt/members${qs ? `?${qs}` : ""}`, { token });
}
const names = (b) => b.items.map((m) => m.name);
const count = (list, value) => (list.find((f) => f.value === value) || { count: 0 }).count;
const nonZero = (list) => Object.fromEntries(list.filter((f) => f.count > 0).map((f) => [f.value, f.count]));

// ---------------------------------------------------------------------------
// The brute-force model: what a viewer may see of each person, and what each
// query and facet should give. Written from the test data and the visibility
// rules, not from the server.
// ---------------------------------------------------------------------------
const VIEWERS = { visitor: undefined, eef: "eef", anna: "anna", gijs: "gijs", fenna: "fenna" };

function visibleProfile(person, viewer) {
  const [key, name, p] = person;
  const level = (field) => (p.visibility && p.visibility[field]) || "members";
  const shows = (field) => (viewer ? ["public", "members"] : ["public"]).includes(level(field));
  const org = shows("organisation") && p.organisation ? ORGS[p.organisation] : null;
  const province = shows("province") ? p.province || "" : "";
  const jobTitle = shows("job_title") ? p.job_title || "" : "";
  const expertise = shows("expertise") && Array.isArray(p.expertise) ? p.expertise : [];
  return {
    key, name,
    organisation: org ? id[p.organisation] : "",
    orgLabel: org ? org.name : "",
    kind: org ? org.kind : "",
    area: province || (org ? org.province : ""),
    expertise,
    keys: expertise.map((t) => words(t).join(" ")),
    words: [...words(name), ...(org ? words(org.name) : []), ...words(jobTitle), ...expertise.flatMap((t) => words(t))],
    themes: MEMBERSHIPS.filter(([m, , , s]) => m === key && s === "active").map(([, t]) => id[t]),
  };
}
const allowedThemes = (viewer) => (viewer ? MEMBERSHIPS.filter(([m, , , s]) => m === viewer && s === "active").map(([, t]) => id[t]) : []);

function expected(params, viewer) {
  const q = words(Array.from(params.q || "").slice(0, 200).join("")).slice(0, 10);
  const allowed = allowedThemes(viewer);
  const key = params.expertise !== undefined ? words(params.expertise).join(" ") : undefined;
  const profiles = PEOPLE.map((p) => visibleProfile(p, viewer))
    .filter((v) => q.every((w) => v.words.some((x) => x.startsWith(w))));
  const tests = {
    province: (v) => params.province === undefined || v.area === params.province,
    kind: (v) => params.kind === undefined || v.kind === params.kind,
    organisation: (v) => params.organisation === undefined || v.organisation === params.organisation,
    theme: (v) => params.theme === undefined || (allowed.includes(params.theme) && v.themes.includes(params.theme)),
    expertise: (v) => key === undefined || (key !== "" && v.keys.includes(key)),
  };
  const except = (facet) => profiles.filter((v) => Object.keys(tests).every((k) => k === facet || tests[k](v)));
  const matches = except(null);
  const tally = (list, valuesOf) => {
    const out = new Map();
    for (const v of list) for (const value of new Set(valuesOf(v))) out.set(value, (out.get(value) || 0) + 1);
    return out;
  };
  const sortKey = (f) => words(f.label).join(" ");
  const byLabel = (a, b) => (sortKey(a) < sortKey(b) ? -1 : sortKey(a) > sortKey(b) ? 1 : a.label < b.label ? -1 : a.label > b.label ? 1 : 0);

  const prov = tally(except("province"), (v) => [v.area]);
  const kind = tally(except("kind"), (v) => [v.kind]);
  const orgs = [...tally(except("organisation"), (v) => (v.organisation ? [v.organisation] : [])).entries()]
    .map(([value, n]) => ({ value, label: Object.entries(ORGS).find(([k]) => id[k] === value)[1].name, count: n }));
  if (params.organisation !== undefined && !orgs.some((f) => f.value === params.organisation)) {
    const known = Object.keys(ORGS).find((k) => id[k] === params.organisation);
    orgs.push({ value: params.organisation, label: known ? ORGS[known].name : "", count: matches.length });
  }
  const themes = viewer
    ? [...tally(except("theme"), (v) => v.themes.filter((t) => allowed.includes(t))).entries()]
      .map(([value, n]) => ({ value, label: Object.entries(THEMES).find(([k]) => id[k] === value)[1].name, count: n }))
    : [];
  if (viewer && params.theme !== undefined && !themes.some((f) => f.value === params.theme)) {
    const known = Object.keys(THEMES).find((k) => id[k] === params.theme);
    themes.push({ value: params.theme, label: known ? THEMES[known].name : "", count: matches.length });
  }
  // expertise: per folded key, the spelling of the first profile (by id) with it, most frequent first
  const groups = new Map();
  for (const v of except("expertise")) {
    const seen = new Set();
    v.expertise.forEach((tag, i) => {
      const k = v.keys[i];
      if (k === "" || seen.has(k)) return;
      seen.add(k);
      const g = groups.get(k) || { first: null, spelling: "", people: 0 };
      g.people++;
      if (g.first === null || id[v.key] < g.first) Object.assign(g, { first: id[v.key], spelling: tag });
      groups.set(k, g);
    });
  }
  const byCount = (a, b) => b.count - a.count || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0);
  const expertise = [...groups.entries()]
    .map(([k, g]) => ({ key: k, value: g.spelling, count: g.people }))
    .sort(byCount)
    .slice(0, 100);
  if (params.expertise !== undefined && !expertise.some((f) => f.key === key)) {
    expertise.push({ key, value: params.expertise, count: matches.length });
    expertise.sort(byCount);
  }
  return {
    total: matches.length,
    keys: matches.map((v) => v.key),
    facets: {
      province: PROVINCES.map((value) => ({ value, count: prov.get(value) || 0 })),
      kind: KINDS.map((value) => ({ value, count: kind.get(value) || 0 })),
      organisation: orgs.sort(byLabel),
      theme: themes.sort(byLabel),
      expertise: expertise.map(({ value, count: n }) => ({ value, count: n })),
    },
  };
}

/** The route agrees with the brute-force model: total, the set of results and every facet. */
async function agrees(params, viewer) {
  const b = await search({ ...params, perPage: 100 }, viewer ? tok[viewer] : undefined);
  const want = expected(params, viewer);
  const what = `${JSON.stringify(params)} as ${viewer || "visitor"}`;
  assert.equal(b.totalItems, want.total, `total ${what}`);
  assert.deepEqual(b.items.map((m) => m.id).sort(), want.keys.map((k) => id[k]).sort(), `results ${what}`);
  assert.deepEqual(b.facets, want.facets, `facets ${what}`);
}

// ---------------------------------------------------------------------------
test("facetten kloppen met een telling met de hand, voor elke kijker en veel combinaties", async () => {
  const combos = [
    {}, { q: "adviseur" }, { q: "gemeente" }, { q: "de vries" }, { q: "jose" }, { q: "open" },
    { province: "utrecht" }, { province: "zeeland" }, { province: "noord-brabant" }, { province: "limburg" },
    { kind: "gemeente" }, { kind: "waterschap", q: "adviseur" }, { organisation: id.orgU }, { organisation: id.orgH },
    { expertise: "woo" }, { expertise: "OPEN-DATA" }, { expertise: "water beheer", province: "zeeland" },
    { theme: id.tOpen }, { theme: id.tClosed }, { theme: id.tOpen, kind: "gemeente" }, { theme: id.tClosed, q: "c" },
    { q: "gemeente", province: "utrecht", kind: "gemeente", organisation: id.orgU, expertise: "woo", theme: id.tOpen },
    { organisation: "bestaatniet12345" }, { theme: "bestaatniet12345" }, { expertise: "bestaat niet" },
  ];
  for (const viewer of Object.keys(VIEWERS)) {
    for (const params of combos) await agrees(params, VIEWERS[viewer]);
  }
});

test("een bezoeker ziet alleen openbare velden terug in lijst en tellingen", async () => {
  const b = await search();
  assert.equal(b.totalItems, PEOPLE.length, "everybody is listed (name is always shown)");
  assert.deepEqual(nonZero(b.facets.province), { utrecht: 1, zeeland: 2, "noord-brabant": 1, fryslan: 1, groningen: 1 },
    "bram (members only) in none; cees under his organisation's zeeland, never under his hidden limburg; josé under his organisation's province");
  assert.deepEqual(nonZero(b.facets.kind), { gemeente: 2, waterschap: 2, provincie: 1 });
  const m = await search({}, tok.eef);
  assert.deepEqual(nonZero(m.facets.province), { utrecht: 2, zeeland: 2, "noord-brabant": 2, fryslan: 1, groningen: 1 });
  for (const token of [undefined, tok.eef, tok.cees]) {
    assert.equal(count((await search({}, token)).facets.province, "limburg"), 0, "a hidden province is never counted");
  }
});

test("zoekkolommen komen nooit uit de API: niet uit de route, de views of het eigen record", async () => {
  for (const token of [undefined, tok.anna]) {
    const b = await search({ q: "anna" }, token);
    assert.equal(b.items.length, 1);
    assert.deepEqual(Object.keys(b.items[0]).sort(), PROFILE_KEYS, "the route's items are the view's records");
    for (const view of ["public_profiles", "member_profiles"]) {
      const r = await pb.api("GET", `${rec(view)}?perPage=100`, { token });
      if (view === "member_profiles" && !token) continue;
      assert.equal(r.status, 200, r.text);
      for (const item of r.body.items) {
        assert.deepEqual(Object.keys(item).sort(), PROFILE_KEYS, `${view} item`);
      }
      const one = await pb.api("GET", `${rec(view)}/${id.anna}`, { token });
      assert.deepEqual(Object.keys(one.body).sort(), PROFILE_KEYS, `${view} record`);
    }
    // the route's item equals the view's record exactly
    const view = token ? "member_profiles" : "public_profiles";
    assert.deepEqual(b.items[0], (await pb.api("GET", `${rec(view)}/${id.anna}`, { token })).body);
  }
  const own = await pb.api("GET", `${rec("members")}/${id.anna}`, { token: tok.anna });
  assert.equal(own.status, 200, own.text);
  for (const col of SEARCH_COLUMNS) assert.ok(!(col in own.body), `${col} in the owner's own record`);
  // hidden columns cannot be filtered or sorted on through the records API
  for (const path of [`${rec("public_profiles")}?filter=${encodeURIComponent("sort_name ~ 'anna'")}`, `${rec("organisations")}?filter=${encodeURIComponent("fold_name ~ 'utrecht'")}`]) {
    const r = await pb.api("GET", path);
    assert.ok(r.status === 400 || (r.status === 200 && r.body.totalItems === 0), `${path}: ${r.status} ${r.text}`);
  }
});

test("een lid kan zijn zoekkolommen niet zelf zetten: ze volgen altijd naam, functie en expertise", async () => {
  const forged = {
    fold_name: "zzzbedrog", sort_name: "aaa", fold_expertise: ["zzzbedrog"],
    pub_search: " zzzbedrog", mem_search: " zzzbedrog", pub_area: "limburg", mem_area: "limburg",
    pub_kind: "rijk", mem_kind: "rijk", pub_expertise_keys: ["zzzbedrog"], mem_expertise_keys: ["zzzbedrog"],
  };
  const want = await pb.suGet("members", id.emile);
  for (const [body, token] of [[forged, tok.emile], [{ pub_search: " zzzbedrog", mem_area: "limburg" }, tok.emile], [{ pub_search: " zzzbedrog" }, pb.su]]) {
    const r = await pb.api("PATCH", `${rec("members")}/${id.emile}`, { token, body });
    assert.ok(r.status === 200 || r.status === 400, r.text);
    for (const viewer of [undefined, tok.eef]) {
      assert.equal((await search({ q: "zzzbedrog" }, viewer)).totalItems, 0, JSON.stringify(body));
      assert.equal((await search({ province: "limburg" }, viewer)).totalItems, 0, JSON.stringify(body));
      assert.equal((await search({ kind: "rijk" }, viewer)).totalItems, 0, JSON.stringify(body));
    }
    const m = await pb.suGet("members", id.emile);
    for (const col of SEARCH_COLUMNS.filter((c) => c in want)) assert.deepEqual(m[col], want[col], `${col} after ${JSON.stringify(body)}`);
  }
  const m = await pb.suGet("members", id.emile);
  assert.equal(m.sort_name, "emile zonder");
  assert.equal(m.fold_name, "emile zonder");
  assert.deepEqual(m.fold_expertise, []);
  assert.equal(m.pub_search, " emile zonder");
  assert.equal(m.pub_area, "groningen");
});

test("accenten, hoofdletters en leestekens maken niet uit", async () => {
  for (const q of ["jose", "José", "JOSÉ", "josé bakker", "bakker jose"]) {
    assert.deepEqual(names(await search({ q })), ["José Bakker"], q);
  }
  for (const q of ["s-hertogenbosch", "'s-Hertogenbosch", "hertogenbosch", "’s-hertogenbosch", "s hertogenbosch"]) {
    assert.deepEqual(names(await search({ q })), ["José Bakker"], `${q} as visitor (gijs's organisation is for members)`);
    assert.deepEqual(names(await search({ q }, tok.eef)), ["Gijs Geheim", "José Bakker"], `${q} as member`);
  }
  for (const q of ["fryslan", "Fryslân", "FRYSLAN", "provinsje frys"]) {
    assert.deepEqual(names(await search({ q })), ["Fenna de Vries"], q);
  }
  assert.deepEqual(names(await search({ q: "ANNA" })), ["Anna Jansen"]);
  assert.deepEqual(names(await search({ q: "emile" })), ["Émile Zonder"]);
});

test("elk woord is het begin van een woord, en alle woorden moeten passen", async () => {
  assert.deepEqual(names(await search({ q: "jans" })), ["Anna Jansen"], "prefix");
  assert.equal((await search({ q: "ansen" })).totalItems, 0, "not a substring");
  assert.equal((await search({ q: "adviseur" })).totalItems, 2, "cees and dora for visitors; not anna's Beleidsadviseur");
  assert.equal((await search({ q: "adviseur" }, tok.bram)).totalItems, 3, "members also see eef's job title");
  assert.deepEqual(names(await search({ q: "beleids gemeente" })), ["Anna Jansen"], "both words");
  assert.equal((await search({ q: "beleids waterschap" })).totalItems, 0, "both words, not either");
  assert.deepEqual(names(await search({ q: "de vries" }, tok.eef)), ["Bram de Vries", "Fenna de Vries"]);
  assert.deepEqual(names(await search({ q: "woo" })), ["Anna Jansen", "Bram de Vries"], "expertise tags are searched");
  assert.deepEqual(names(await search({ q: "woo" }, tok.anna)), ["Anna Jansen", "Bram de Vries", "Eef Leeg"]);
  assert.equal((await search({ q: "niemand-heet-zo" })).totalItems, 0);
  assert.equal((await search({ q: "   " })).totalItems, PEOPLE.length, "no words: everyone");
});

test("een verborgen of alleen-voor-leden veld is voor bezoekers niet te vinden, te filteren of te tellen", async () => {
  // fenna's hidden job title: nobody
  for (const token of [undefined, tok.eef, tok.gijs]) {
    assert.equal((await search({ q: "beleidsmedewerker" }, token)).totalItems, 0);
    assert.equal((await search({ q: SECRET }, token)).totalItems, 0, "a hidden expertise tag");
    assert.equal((await search({ expertise: SECRET }, token)).totalItems, 0);
    const b = await search({}, token);
    assert.ok(!b.facets.expertise.some((f) => f.value === SECRET), "a hidden tag is not in the facet");
  }
  // gijs: organisation and job title for members only
  assert.equal((await search({ q: "secretaris" })).totalItems, 0);
  assert.equal((await search({ q: "secretaris" }, tok.eef)).totalItems, 1);
  assert.equal((await search({ organisation: id.orgH })).totalItems, 1, "visitor: josé only");
  assert.equal((await search({ organisation: id.orgH }, tok.eef)).totalItems, 2);
  assert.equal(count((await search({})).facets.organisation, id.orgH), 1);
  assert.equal(count((await search({}, tok.eef)).facets.organisation, id.orgH), 2);
  assert.equal(count((await search({ kind: "gemeente" })).facets.kind, "gemeente"), 2, "anna and josé");
  assert.equal(count((await search({ kind: "gemeente" }, tok.eef)).facets.kind, "gemeente"), 4);
  // bram's members-only organisation
  assert.deepEqual(names(await search({ q: "utrecht" })), ["Anna Jansen"]);
  assert.deepEqual(names(await search({ q: "utrecht" }, tok.eef)), ["Anna Jansen", "Bram de Vries"]);
  // the items carry nothing hidden either
  const gijs = (await search({ q: "gijs" })).items[0];
  assert.deepEqual([gijs.organisation, gijs.organisation_name, gijs.job_title, gijs.expertise], ["", "", "", null]);
});

test("een wijziging van naam, functie of zichtbaarheid verandert meteen wat gevonden wordt", async () => {
  const patch = async (body) => {
    const r = await pb.api("PATCH", `${rec("members")}/${id.emile}`, { token: tok.emile, body });
    assert.equal(r.status, 200, r.text);
  };
  const before = { visitor: await search(), member: await search({}, tok.eef) };
  await patch({ name: "Ëmile Ĳzerbeek", job_title: "Kwartiermaker", visibility: { province: "public", job_title: "public" } });
  assert.deepEqual(names(await search({ q: "ijzer" })), ["Ëmile Ĳzerbeek"]);
  assert.equal((await search({ q: "zonder" })).totalItems, 0, "the old name is gone");
  assert.deepEqual(names(await search({ q: "kwartier" })), ["Ëmile Ĳzerbeek"]);
  await patch({ visibility: { province: "public", job_title: "members" } });
  assert.equal((await search({ q: "kwartier" })).totalItems, 0, "job title now for members only");
  assert.equal((await search({ q: "kwartier" }, tok.eef)).totalItems, 1);
  await patch({ visibility: { province: "hidden", job_title: "hidden" } });
  assert.equal((await search({ q: "kwartier" }, tok.eef)).totalItems, 0, "hidden from members too");
  // province public -> members -> hidden: visitors, then members stop counting it
  await patch({ visibility: { province: "members" } });
  assert.equal(count((await search()).facets.province, "groningen"), count(before.visitor.facets.province, "groningen") - 1);
  assert.equal(count((await search({}, tok.eef)).facets.province, "groningen"), count(before.member.facets.province, "groningen"));
  await patch({ visibility: { province: "hidden" } });
  assert.equal(count((await search({}, tok.eef)).facets.province, "groningen"), count(before.member.facets.province, "groningen") - 1);
  assert.equal((await search({}, tok.eef)).totalItems, before.member.totalItems, "the profile is still listed");
  assert.equal((await search({ province: "groningen" }, tok.eef)).totalItems, 0, "and not found under the hidden province");
  // the organisation's name is searched through the organisation: a rename is found at once
  const o = await pb.api("PATCH", `${rec("organisations")}/${id.orgF}`, { token: pb.su, body: { name: "Provinsje Fryslân en Wadden" } });
  assert.equal(o.status, 200, o.text);
  assert.deepEqual(names(await search({ q: "wadden" })), ["Fenna de Vries"]);
  // the organisation's kind and province count through it at once (josé has no own province)
  const org = (oid, body) => pb.api("PATCH", `${rec("organisations")}/${oid}`, { token: pb.su, body });
  assert.equal((await org(id.orgH, { kind: "rijk", province: "limburg" })).status, 200);
  assert.deepEqual(names(await search({ province: "limburg" })), ["José Bakker"]);
  assert.deepEqual(names(await search({ kind: "rijk" }, tok.eef)), ["Gijs Geheim", "José Bakker"]);
  assert.equal((await search({ province: "noord-brabant" })).totalItems, 0);
  assert.equal((await org(id.orgH, { kind: ORGS.orgH.kind, province: ORGS.orgH.province })).status, 200);
  // joining and leaving an organisation; an organisation deleted by the host
  const temp = await pb.suCreate("organisations", { name: "Tijdelijk Samenwerkingsverband", kind: "samenwerkingsverband", province: "drenthe" });
  await patch({ organisation: temp, visibility: { province: "members", organisation: "public" } });
  assert.deepEqual(names(await search({ q: "tijdelijk" })), ["Ëmile Ĳzerbeek"]);
  assert.deepEqual(names(await search({ province: "drenthe", kind: "samenwerkingsverband" })), ["Ëmile Ĳzerbeek"], "the organisation's province");
  const del = await pb.api("DELETE", `${rec("organisations")}/${temp}`, { token: pb.su });
  assert.equal(del.status, 204, del.text);
  assert.equal((await search({ q: "tijdelijk" })).totalItems, 0, "a deleted organisation is no longer found");
  assert.equal((await search({ province: "drenthe" })).totalItems, 0);
  assert.equal((await search({ kind: "samenwerkingsverband" })).totalItems, 0);
  // back as before
  await pb.api("PATCH", `${rec("organisations")}/${id.orgF}`, { token: pb.su, body: { name: ORGS.orgF.name } });
  await patch({ name: "Émile Zonder", job_title: "", organisation: "", visibility: { province: "public" } });
  assert.deepEqual(await search(), before.visitor);
  assert.deepEqual(await search({}, tok.eef), before.member);
});

test("thema's: alleen wie actief lid of moderator is filtert en telt op een thema", async () => {
  // visitor: no theme facet, a theme filter gives nothing
  const v = await search({});
  assert.deepEqual(v.facets.theme, []);
  const vt = await search({ theme: id.tOpen });
  assert.equal(vt.totalItems, 0);
  assert.deepEqual(vt.facets.theme, [], "a visitor never gets theme entries, not even the chosen one");
  // eef: member of no theme
  assert.deepEqual((await search({}, tok.eef)).facets.theme, []);
  const et = await search({ theme: id.tOpen }, tok.eef);
  assert.equal(et.totalItems, 0);
  assert.deepEqual(et.facets.theme, [{ value: id.tOpen, label: "Open thema", count: 0 }], "the chosen theme is listed with 0");
  // anna: active in tOpen (josé's pending request does not count); not in tClosed
  assert.deepEqual((await search({}, tok.anna)).facets.theme, [{ value: id.tOpen, label: "Open thema", count: 3 }]);
  assert.deepEqual(names(await search({ theme: id.tOpen }, tok.anna)), ["Anna Jansen", "Bram de Vries", "Dora_Open"]);
  assert.equal((await search({ theme: id.tClosed }, tok.anna)).totalItems, 0, "a co-member of another theme learns nothing");
  // gijs: moderator of tClosed (fenna's pending request does not count)
  assert.deepEqual(names(await search({ theme: id.tClosed }, tok.gijs)), ["Cees Verborgen", "Gijs Geheim"]);
  assert.deepEqual((await search({}, tok.gijs)).facets.theme, [{ value: id.tClosed, label: "Besloten thema", count: 2 }]);
  // fenna: pending in tClosed sees no memberships there
  assert.equal((await search({ theme: id.tClosed }, tok.fenna)).totalItems, 0);
  assert.deepEqual((await search({}, tok.fenna)).facets.theme, []);
  // a superuser counts as a visitor
  assert.equal((await search({ theme: id.tClosed }, pb.su)).totalItems, 0);
  assert.deepEqual((await search({}, pb.su)).facets.theme, []);
});

test("sorteren op naam (zonder accenten) of nieuwste eerst, en bladeren", async () => {
  const byName = names(await search({ perPage: 100 }));
  assert.deepEqual(byName, ["Anna Jansen", "Bram de Vries", "Cees Verborgen", "Dora_Open", "Eef Leeg", "Émile Zonder", "Fenna de Vries", "Gijs Geheim", "José Bakker"],
    "folded: É sorts as E");
  assert.deepEqual(names(await search({ sort: "name", perPage: 100 })), byName, "name is the default");
  const newest = names(await search({ sort: "newest", perPage: 100 }));
  assert.deepEqual(newest, PEOPLE.map(([, name]) => name).reverse(), "registered last, first");
  for (const [sort, order] of [["name", byName], ["newest", newest]]) {
    const pages = [];
    for (let page = 1; page <= 4; page++) {
      const b = await search({ sort, page, perPage: 2 });
      assert.equal(b.page, page);
      assert.equal(b.perPage, 2);
      assert.equal(b.totalItems, PEOPLE.length);
      pages.push(...names(b));
    }
    const last = await search({ sort, page: 5, perPage: 2 });
    pages.push(...names(last));
    assert.deepEqual(pages, order, `${sort}: pages in order, nothing twice, nothing missing`);
    assert.deepEqual(names(await search({ sort, page: 6, perPage: 2 })), [], "past the end: empty");
  }
  const d = await search();
  assert.equal(d.page, 1);
  assert.equal(d.perPage, 24, "24 per page by default");
  // filtered and sorted together
  assert.deepEqual(names(await search({ q: "adviseur", sort: "newest" }, tok.eef)), ["Eef Leeg", "Dora_Open", "Cees Verborgen"]);
});

test("SQL-achtige invoer is onschadelijk; % en _ zijn geen jokers", async () => {
  const inert = ["' OR 1=1 --", "\" OR \"\"=\"", "'; DROP TABLE members; --", ") OR (1=1", "{:w0}", "' UNION SELECT 'utrecht', 99 --"];
  for (const q of inert) {
    assert.equal((await search({ q })).totalItems, 0, `q=${q}`);
    assert.equal((await search({ organisation: q })).totalItems, 0, `organisation=${q}`);
    assert.equal((await search({ theme: q }, tok.anna)).totalItems, 0, `theme=${q}`);
    assert.equal((await search({ expertise: q })).totalItems, 0, `expertise=${q}`);
  }
  assert.equal((await search({ q: "%sen" })).totalItems, 0, "% is no wildcard (Jansen)");
  assert.equal((await search({ q: "_ansen" })).totalItems, 0, "_ is no wildcard (Jansen)");
  assert.equal((await search({ q: "j%n" })).totalItems, 0, "j%n are the words j and n");
  assert.deepEqual(names(await search({ q: "100%" })), ["Dora_Open"], "the word 100");
  assert.deepEqual(names(await search({ q: "dora_open" })), ["Dora_Open"]);
  assert.deepEqual(names(await search({ expertise: "water_beheer" })), ["Dora_Open"], "a tag by its words");
  for (const q of ["%", "_", "\\", "%%", "*", "''"]) {
    assert.equal((await search({ q })).totalItems, PEOPLE.length, `${q} has no words: no text filter`);
  }
  for (const expertise of ["%", "_", "%%"]) {
    assert.equal((await search({ expertise })).totalItems, 0, `expertise=${expertise} has no words: matches nothing`);
  }
  // the database is unharmed
  assert.equal((await search()).totalItems, PEOPLE.length);
  assert.equal(await pb.suCount("members"), PEOPLE.length);
});

test("foute parameters: 400 met een duidelijke melding; lange tekst wordt ingekort; onbekende parameters tellen niet", async () => {
  const bad = [
    [{ province: "atlantis" }, "province"], [{ province: "Utrecht" }, "province"], [{ kind: "bv" }, "kind"],
    [{ sort: "random" }, "sort"], [{ sort: "-name" }, "sort"],
    [{ page: "0" }, "page"], [{ page: "-1" }, "page"], [{ page: "abc" }, "page"], [{ page: "1.5" }, "page"],
    [{ perPage: "0" }, "perPage"], [{ perPage: "101" }, "perPage"], [{ perPage: "2.5" }, "perPage"], [{ perPage: "1e2" }, "perPage"],
  ];
  for (const [params, field] of bad) {
    const r = await get(params);
    assert.equal(r.status, 400, `${JSON.stringify(params)}: ${r.text}`);
    assert.match(r.body.message, new RegExp(field), r.text);
    assert.equal(r.body.data[field].code, "validation_invalid_value", r.text);
  }
  // empty values are the same as absent ones
  assert.deepEqual(await search({ q: "", province: "", kind: "", organisation: "", theme: "", sort: "", page: "", perPage: "" }), await search());
  assert.deepEqual(await search({ provincie: "zeeland", foo: "bar" }), await search(), "unknown parameters are ignored");
  // at most 200 characters and 10 words of q
  const long = "anna ".repeat(500);
  assert.equal((await search({ q: long })).totalItems, 1, "a very long query is cut, not refused");
  assert.equal((await search({ q: `${"a ".repeat(10)}zzz` })).totalItems, (await search({ q: "a" })).totalItems, "words after the tenth are ignored");
  assert.equal((await search({ q: `${"a ".repeat(9)}zzz` })).totalItems, 0, "the tenth word counts");
  assert.deepEqual(await search({}, "geen-echt-token"), await search(), "an invalid token is a visitor");
});
