// The demo seed (backend/pocketbase/seed.mjs) into a fresh PocketBase, then
// what a visitor and a demo account see. ~45 s: creating 320 auth records
// (password hashing) is most of it.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { startPb, rec, ROOT, SU_EMAIL, SU_PASS } from "./support.mjs";
import { seed, pbId, demoEmail, DEMO_PASSWORD } from "../../backend/pocketbase/seed.mjs";

const DATA = join(ROOT, "public", "data");
const load = (n) => JSON.parse(readFileSync(join(DATA, `${n}.json`), "utf8"));
const data = Object.fromEntries(["members", "themes", "memberships", "posts", "comments", "events"].map((n) => [n, load(n)]));

let pb;
let stats;

before(async () => {
  pb = await startPb();
  stats = await seed({ url: pb.base, superuser: `${SU_EMAIL}:${SU_PASS}`, data: DATA, quiet: true });
});
after(() => pb && pb.stop());

const all = async (collection, token, q = "") => {
  const r = await pb.api("GET", `${rec(collection)}?perPage=1000${q}`, { token });
  assert.equal(r.status, 200, r.text);
  return r.body;
};

test("seed maakt alles aan", () => {
  assert.deepEqual(Object.fromEntries(Object.entries(stats).map(([k, v]) => [k, v.created])), {
    organisations: 185, members: 320, themes: 15, memberships: 663, posts: 240, comments: 917, events: 24,
    reactions: 2432, rsvps: 983,
  });
});

test("vreemde ziet 320 openbare profielen, José Bakker met zijn openbare velden", async () => {
  const list = await all("public_profiles");
  assert.equal(list.totalItems, 320);
  const model = data.members.find((m) => m.id === "m-jose-bakker");
  const jose = list.items.find((p) => p.id === pbId("members", "m-jose-bakker"));
  assert.ok(jose, "José is listed");
  assert.equal(jose.name, "José Bakker");
  assert.equal(jose.job_title, model.job_title);
  assert.equal(jose.bio, model.bio);
  assert.deepEqual(jose.expertise, model.expertise);
  assert.deepEqual(jose.links, model.links);
  assert.equal(jose.organisation, pbId("organisations", model.organisation));
  assert.equal(jose.organisation_name, "Gemeente 's-Hertogenbosch");
  // the demo members show their province to visitors (a missing key would count as
  // "members": directory.test.mjs and rules.test.mjs cover that default)
  assert.equal(model.visibility.province, "public");
  assert.equal(jose.province, "noord-brabant");
  assert.equal(jose.email, undefined);
});

test("15 thema's, member_count = actieve lidmaatschappen in de data", async () => {
  const themes = await all("themes");
  assert.equal(themes.totalItems, 15);
  for (const t of data.themes) {
    const got = themes.items.find((x) => x.slug === t.slug);
    const want = data.memberships.filter((m) => m.theme === t.id && m.status === "active").length;
    assert.equal(got.member_count, want, t.slug);
    assert.equal(got.member_count, t.member_count, t.slug);
  }
});

test("vreemde ziet de berichten van open thema's en zonder thema, geen berichten van gesloten thema's", async () => {
  const open = new Set(data.themes.filter((t) => t.access === "open").map((t) => pbId("themes", t.id)));
  const posts = await all("posts");
  const want = data.posts.filter((p) => !p.hidden && (!p.theme || data.themes.find((t) => t.id === p.theme.id).access === "open"));
  assert.ok(want.length < data.posts.length, "the demo has closed-theme posts");
  assert.equal(posts.totalItems, want.length);
  for (const p of posts.items) assert.ok(p.theme === "" || open.has(p.theme), `closed post ${p.id} visible`);
  const r = await pb.api("GET", `${rec("posts")}/${pbId("posts", data.posts.find((p) => p.theme && data.themes.find((t) => t.id === p.theme.id).access !== "open").id)}`);
  assert.equal(r.status, 404);
});

test("tellers van berichten en bijeenkomsten komen overeen met de data", async () => {
  const posts = await all("posts", pb.su);
  assert.equal(posts.totalItems, 240);
  for (const p of data.posts) {
    const got = posts.items.find((x) => x.id === pbId("posts", p.id));
    assert.equal(got.comment_count, p.comment_count, p.id);
    assert.deepEqual(got.reactions, { like: 0, insightful: 0, thanks: 0, ...p.reactions }, p.id);
  }
  const events = await all("events", pb.su);
  for (const e of data.events) {
    const got = events.items.find((x) => x.id === pbId("events", e.id));
    assert.equal(got.going_count, e.going_count, e.id);
    assert.equal(got.capacity, e.capacity || 0, e.id);
  }
});

test("inloggen met een demo-account werkt", async () => {
  const r = await pb.api("POST", "/api/collections/members/auth-with-password", {
    body: { identity: demoEmail("m-jose-bakker"), password: DEMO_PASSWORD },
  });
  assert.equal(r.status, 200, r.text);
  assert.equal(r.body.record.id, pbId("members", "m-jose-bakker"));
  assert.equal(r.body.record.name, "José Bakker");
  const bad = await pb.api("POST", "/api/collections/members/auth-with-password", {
    body: { identity: demoEmail("m-jose-bakker"), password: "fout-wachtwoord" },
  });
  assert.equal(bad.status, 400);
});

test("nog een keer seeden dupliceert niets", async () => {
  const again = await seed({ url: pb.base, superuser: `${SU_EMAIL}:${SU_PASS}`, data: DATA, quiet: true });
  for (const [k, v] of Object.entries(again)) assert.equal(v.created, 0, k);
  assert.equal(await pb.suCount("members"), 320);
  assert.equal(await pb.suCount("comments"), 917);
  assert.equal(await pb.suCount("reactions"), 2432);
});
