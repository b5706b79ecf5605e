// Directory facet counts (pb_hooks/directory.pb.js):
// GET /api/knooppunt/province-counts?q=&organisation=&expertise=
// counted over public_profiles for visitors and member_profiles for members,
// so a count never depends on a field hidden from the requester.
// Runs against a real PocketBase (support.mjs).
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { startPb, rec } from "./support.mjs";

let pb;
const id = {};
const tok = {};

const PROVINCES = [
  "groningen", "fryslan", "drenthe", "overijssel", "flevoland", "gelderland",
  "utrecht", "noord-holland", "zuid-holland", "zeeland", "noord-brabant", "limburg",
];

/** The counts for a query, as a visitor (token undefined) or a member. */
async function counts(params = {}, token) {
  const qs = new URLSearchParams(params).toString();
  const r = await pb.api("GET", `/api/knooppunt/province-counts${qs ? `?${qs}` : ""}`, { token });
  assert.equal(r.status, 200, r.text);
  assert.deepEqual(Object.keys(r.body.counts).sort(), [...PROVINCES].sort(), "all 12 provinces, nothing else");
  return r.body;
}
/** Only the provinces with a count, for short assertions. */
const nonZero = (c) => Object.fromEntries(Object.entries(c.counts).filter(([, n]) => n > 0));

const SECRET = "Geheimtag7731";

before(async () => {
  pb = await startPb();
  id.orgU = await pb.suCreate("organisations", { name: "Gemeente Utrecht", kind: "gemeente", province: "utrecht" });
  id.orgZ = await pb.suCreate("organisations", { name: "Waterschap Zeeland", kind: "waterschap", province: "zeeland" });
  const all = (level) => ({ organisation: level, job_title: level, expertise: level, province: level });
  const people = [
    // everything public
    ["anna", "Anna Jansen", { organisation: id.orgU, job_title: "Beleidsadviseur", expertise: ["Omgevingswet", "Woo"], province: "utrecht", visibility: all("public") }],
    // province and organisation for members only
    ["bram", "Bram de Vries", { organisation: id.orgU, job_title: "Jurist", expertise: ["Woo"], province: "utrecht", visibility: { ...all("public"), province: "members", organisation: "members" } }],
    // province hidden from everyone, a hidden expertise tag
    ["cees", "Cees Verborgen", { organisation: id.orgZ, job_title: "Adviseur", expertise: [SECRET], province: "zeeland", visibility: { ...all("public"), province: "hidden", expertise: "hidden" } }],
    // public, with % and _ in the text
    ["dora", "Dora_Open", { organisation: id.orgZ, job_title: "Adviseur 100%", expertise: ["Water_beheer"], province: "zeeland", visibility: all("public") }],
    // no province, nothing shown but the name (visibility missing = members)
    ["eef", "Eef Leeg", { job_title: "Adviseur" }],
  ];
  for (const [key, name, extra] of people) {
    const m = await pb.register(key, name, extra);
    id[key] = m.id;
    tok[key] = m.token;
  }
});

after(() => pb && pb.stop());

test("een bezoeker zonder account krijgt tellingen, alleen over openbare velden", async () => {
  const c = await counts();
  assert.equal(c.total, 5, "every profile is in the total");
  assert.deepEqual(nonZero(c), { utrecht: 1, zeeland: 1 }, "bram (members only) and cees (hidden) are under no province");
});

test("een lid telt ook de velden voor leden, nooit verborgen velden", async () => {
  const c = await counts({}, tok.eef);
  assert.equal(c.total, 5);
  assert.deepEqual(nonZero(c), { utrecht: 2, zeeland: 1 }, "bram counts for members; cees's hidden province never");
});

test("bezoeker en lid verschillen zodra een lid de provincie verbergt of alleen voor leden toont", async () => {
  const before = { visitor: await counts(), member: await counts({}, tok.eef) };
  // anna: public -> members only
  const r = await pb.api("PATCH", `${rec("members")}/${id.anna}`, { token: tok.anna, body: { visibility: { organisation: "public", job_title: "public", expertise: "public", province: "members" } } });
  assert.equal(r.status, 200, r.text);
  assert.equal((await counts()).counts.utrecht, before.visitor.counts.utrecht - 1, "visitor no longer counts anna in utrecht");
  assert.equal((await counts({}, tok.eef)).counts.utrecht, before.member.counts.utrecht, "members still do");
  // anna: members -> hidden
  await pb.api("PATCH", `${rec("members")}/${id.anna}`, { token: tok.anna, body: { visibility: { organisation: "public", job_title: "public", expertise: "public", province: "hidden" } } });
  assert.equal((await counts({}, tok.eef)).counts.utrecht, before.member.counts.utrecht - 1, "nobody counts a hidden province");
  assert.equal((await counts({}, tok.eef)).total, before.member.total, "but the profile is still in the total");
  // back to public
  await pb.api("PATCH", `${rec("members")}/${id.anna}`, { token: tok.anna, body: { visibility: { organisation: "public", job_title: "public", expertise: "public", province: "public" } } });
  assert.deepEqual(await counts(), before.visitor);
});

test("zoektekst beperkt de tellingen: elk woord moet ergens voorkomen", async () => {
  // job titles: anna Beleidsadviseur, cees Adviseur, dora Adviseur 100% (public); eef Adviseur (members)
  let c = await counts({ q: "adviseur" });
  assert.equal(c.total, 3);
  assert.deepEqual(nonZero(c), { utrecht: 1, zeeland: 1 });
  c = await counts({ q: "ADVISEUR" }, tok.bram);
  assert.equal(c.total, 4, "members also see eef's job title; case does not matter");
  c = await counts({ q: "adviseur gemeente" });
  assert.deepEqual([c.total, nonZero(c)], [1, { utrecht: 1 }], "both words: only anna (adviseur at Gemeente Utrecht)");
  c = await counts({ q: "  woo  " });
  assert.deepEqual([c.total, nonZero(c)], [2, { utrecht: 1 }], "expertise tags are searched; bram's province is for members only");
  c = await counts({ q: "woo" }, tok.eef);
  assert.deepEqual([c.total, nonZero(c)], [2, { utrecht: 2 }]);
  c = await counts({ q: "gemeente" });
  assert.equal(c.total, 1, "a visitor cannot find bram by his members-only organisation");
  c = await counts({ q: "gemeente" }, tok.eef);
  assert.equal(c.total, 2);
  assert.equal((await counts({ q: "jansen" })).total, 1, "name");
  assert.equal((await counts({ q: "niemand-heet-zo" })).total, 0);
});

test("een verborgen veld is niet te vinden, ook niet voor leden", async () => {
  for (const token of [undefined, tok.eef, tok.anna]) {
    assert.equal((await counts({ q: SECRET }, token)).total, 0, "text search over a hidden expertise tag");
    assert.equal((await counts({ expertise: SECRET }, token)).total, 0, "expertise filter over a hidden tag");
  }
  // cees's province is hidden: zeeland counts dora only, for everyone
  for (const token of [undefined, tok.eef]) {
    assert.equal((await counts({ q: "cees" }, token)).counts.zeeland, 0);
    assert.equal((await counts({ q: "cees" }, token)).total, 1);
  }
});

test("organisatie beperkt de tellingen, over de zichtbare organisatie", async () => {
  let c = await counts({ organisation: id.orgU });
  assert.deepEqual([c.total, nonZero(c)], [1, { utrecht: 1 }], "visitor: anna only (bram's organisation is for members)");
  c = await counts({ organisation: id.orgU }, tok.eef);
  assert.deepEqual([c.total, nonZero(c)], [2, { utrecht: 2 }]);
  c = await counts({ organisation: id.orgZ, q: "adviseur" });
  assert.deepEqual([c.total, nonZero(c)], [2, { zeeland: 1 }], "cees and dora; cees's province is hidden");
  assert.equal((await counts({ organisation: "bestaatniet12345" })).total, 0);
});

test("expertise: één hele tag, hoofdletters maken niet uit", async () => {
  assert.deepEqual(nonZero(await counts({ expertise: "omgevingswet" })), { utrecht: 1 });
  assert.equal((await counts({ expertise: "Omgeving" })).total, 0, "part of a tag is not the tag");
  assert.equal((await counts({ expertise: "Woo" }, tok.eef)).total, 2);
  assert.equal((await counts({ expertise: "Woo", q: "jurist" }, tok.eef)).total, 1);
});

test("SQL-achtige invoer is onschadelijk; % en _ betekenen zichzelf", async () => {
  const inert = ["' OR 1=1 --", "\" OR \"\"=\"", "'; DROP TABLE members; --", ") OR (1=1", "{:w0}", "\\", "%%", "*", "' UNION SELECT 'utrecht', 99 --"];
  for (const q of inert) {
    const c = await counts({ q });
    assert.equal(c.total, 0, `q=${q}`);
    assert.equal((await counts({ organisation: q })).total, 0, `organisation=${q}`);
    assert.equal((await counts({ expertise: q })).total, 0, `expertise=${q}`);
  }
  // literal % and _: only dora has them ("Adviseur 100%", "Dora_Open", "Water_beheer")
  assert.equal((await counts({ q: "%" })).total, 1, "% is not a wildcard");
  assert.equal((await counts({ q: "100%" })).total, 1);
  assert.equal((await counts({ q: "_" })).total, 1, "_ is not a wildcard");
  assert.equal((await counts({ q: "a_n" })).total, 0, "_ does not match one character (Jansen)");
  assert.equal((await counts({ expertise: "water_beheer" })).total, 1);
  assert.equal((await counts({ expertise: "water%" })).total, 0);
  assert.equal((await counts({ expertise: "_" })).total, 0);
  // the database is unharmed
  assert.equal((await counts()).total, 5);
  assert.equal((await pb.api("GET", `${rec("members")}?perPage=1`, { token: pb.su })).body.totalItems, 5);
});

test("de provinciefilter zelf telt niet mee (facet), en onzin-parameters ook niet", async () => {
  assert.deepEqual(await counts({ province: "zeeland", provincie: "zeeland" }), await counts());
  const long = "woord ".repeat(500);
  const r = await pb.api("GET", `/api/knooppunt/province-counts?q=${encodeURIComponent(long)}`);
  assert.equal(r.status, 200, "a very long query is cut, not an error");
});

test("een ongeldig token telt als bezoeker", async () => {
  assert.deepEqual(await counts({}, "geen-echt-token"), await counts());
});

test("de tellingen kloppen met de lijst die de app toont (zelfde view, zelfde filter)", async () => {
  // PocketBase's `~` treats an unescaped % as a raw LIKE pattern; with \ before
  // % and _ (as the adapter must send user text) the list matches literally too.
  const like = (w) => `'${w.replace(/[\\%_']/g, (c) => (c === "'" ? "\\'" : `\\\\${c}`))}'`;
  const fields = ["name", "organisation_name", "job_title", "expertise"];
  for (const [q, token] of [["adviseur", undefined], ["adviseur", tok.eef], ["woo", undefined], ["gemeente", tok.eef], ["100%", undefined], ["_", undefined], ["' OR 1=1 --", undefined]]) {
    const words = q.split(/\s+/).filter(Boolean);
    const filter = words.map((w) => `(${fields.map((f) => `${f} ~ ${like(w)}`).join(" || ")})`).join(" && ");
    const view = token ? "member_profiles" : "public_profiles";
    for (const province of PROVINCES.concat([""])) {
      const f = `${filter} && province = '${province}'`;
      const list = await pb.api("GET", `${rec(view)}?perPage=1&filter=${encodeURIComponent(f)}`, { token });
      assert.equal(list.status, 200, list.text);
      const c = await counts({ q }, token);
      const want = province ? c.counts[province] : c.total - Object.values(c.counts).reduce((a, b) => a + b, 0);
      assert.equal(list.body.totalItems, want, `${q} in ${province || "(none)"} as ${token ? "member" : "visitor"}`);
    }
  }
});
