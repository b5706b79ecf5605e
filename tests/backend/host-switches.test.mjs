// The host's feature switches (pb_migrations/1730000011_knooppunt_host_switches.js,
// pb_hooks/directory.js): `registration`, `public_wall` and `public_directory`
// on the one `settings` record. The host (superuser) flips each one with a
// PATCH, and the API itself must then refuse what the app only hides: a
// self-registration, a visitor reading the wall (REST, filters through a
// relation, realtime), a visitor reading the directory or a profile. Each test
// puts the defaults back (finally), so the order does not matter. Runs against
// a real PocketBase (support.mjs).
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { startPb, rec, refused, PASS } from "./support.mjs";

let pb;
const id = {};
const tok = {};
const api = (...args) => pb.api(...args);
const SETTINGS = `${rec("settings")}/knooppuntconfig`;
const DEFAULTS = { registration: "open", public_wall: true, public_directory: true };
const DIRECTORY_CLOSED = "Log in om de ledenlijst te zien.";
const BAD_TOKEN = "eyJhbGciOiJIUzI1NiJ9.eyJpZCI6Im5pZXRzIn0.ongeldig";
const q = (filter) => `filter=${encodeURIComponent(filter)}`;

const setSwitches = async (body) => {
  const r = await api("PATCH", SETTINGS, { token: pb.su, body });
  assert.equal(r.status, 200, r.text);
  for (const k of Object.keys(body)) assert.equal(r.body[k], body[k], `settings.${k}`);
};
const restore = () => setSwitches(DEFAULTS);
const total = async (path, token) => {
  const r = await api("GET", path, { token });
  assert.equal(r.status, 200, `${path}: ${r.text}`);
  return r.body.totalItems;
};
const newcomer = (key) => ({ email: `${key}@knooppunt.test`, password: PASS, passwordConfirm: PASS, name: `Nieuw ${key}` });
const login = (email) => api("POST", "/api/collections/members/auth-with-password", { body: { identity: email, password: PASS } });

before(async () => {
  pb = await startPb();
  id.tOpen = await pb.suCreate("themes", { slug: "open", name: "Open", access: "open" });
  id.tClosed = await pb.suCreate("themes", { slug: "dicht", name: "Dicht", access: "on_request" });
  for (const key of ["ann", "bob"]) {
    const m = await pb.register(key, `Lid ${key}`);
    id[key] = m.id;
    tok[key] = m.token;
  }
  const vis = await api("PATCH", `${rec("members")}/${id.ann}`, { token: tok.ann, body: { job_title: "Adviseur", visibility: { job_title: "public" } } });
  assert.equal(vis.status, 200, vis.text);
  await pb.suCreate("memberships", { theme: id.tClosed, member: id.ann, role: "member", status: "active" });
  const post = async (theme, title) => {
    const r = await api("POST", rec("posts"), { token: tok.ann, body: { author: id.ann, theme, kind: "blog", title, body: "Tekst" } });
    assert.equal(r.status, 200, r.text);
    return r.body.id;
  };
  id.pOpen = await post(id.tOpen, "Openbaar bericht");
  id.pNoTheme = await post("", "Bericht zonder thema");
  id.pClosed = await post(id.tClosed, "Besloten bericht");
  const c = await api("POST", rec("comments"), { token: tok.bob, body: { post: id.pOpen, author: id.bob, body: "Openbare reactie" } });
  assert.equal(c.status, 200, c.text);
  id.cOpen = c.body.id;
  id.event = await pb.suCreate("events", { theme: id.tOpen, title: "Bijeenkomst", starts_at: "2030-06-01 10:00:00.000Z", ends_at: "2030-06-01 12:00:00.000Z" });
  const report = await api("PATCH", `${rec("posts")}/${id.pOpen}`, { token: tok.ann, body: { event: id.event } });
  assert.equal(report.status, 200, report.text);
});

after(() => pb && pb.stop());

test("schakelaars: standaard open, iedereen leest ze, alleen de host zet ze om", async () => {
  const s = await api("GET", SETTINGS);
  assert.equal(s.status, 200, s.text);
  for (const k of Object.keys(DEFAULTS)) assert.equal(s.body[k], DEFAULTS[k], `default of ${k}`);
  assert.equal(s.body.theme_creation, "members", "theme_creation untouched");
  for (const token of [undefined, tok.ann]) {
    for (const body of [{ registration: "invitation" }, { public_wall: false }, { public_directory: false }]) {
      assert.equal((await api("PATCH", SETTINGS, { token, body })).status, 403, `${token ? "a member" : "a visitor"} sets ${JSON.stringify(body)}`);
    }
  }
  const bad = await api("PATCH", SETTINGS, { token: pb.su, body: { registration: "iedereen" } });
  assert.equal(bad.status, 400, bad.text);
  assert.equal(bad.body.data.registration.code, "validation_invalid_value");
  const now = (await api("GET", SETTINGS)).body;
  for (const k of Object.keys(DEFAULTS)) assert.equal(now[k], DEFAULTS[k], `${k} unchanged`);
});

test("registration 'invitation': niemand registreert zichzelf, de host maakt nog accounts; 'open' weer wel", async () => {
  await setSwitches({ registration: "invitation" });
  try {
    const self = await api("POST", rec("members"), { body: newcomer("zelf") });
    assert.equal(self.status, 400, self.text);
    assert.deepEqual(self.body, { status: 400, message: "Failed to create record.", data: {} });
    const byMember = await api("POST", rec("members"), { token: tok.ann, body: newcomer("via-lid") });
    refused(byMember, "a member registers someone");
    const badToken = await api("POST", rec("members"), { token: BAD_TOKEN, body: newcomer("ongeldig") });
    refused(badToken, "registering with an invalid token");
    for (const key of ["zelf", "via-lid", "ongeldig"]) {
      assert.equal(await pb.suCount("members", `email = "${key}@knooppunt.test"`), 0, `${key}: stored`);
    }
    // the host invites: a superuser creates the account, and it logs in
    const invited = await api("POST", rec("members"), { token: pb.su, body: { ...newcomer("uitgenodigd"), verified: true } });
    assert.equal(invited.status, 200, invited.text);
    const l = await login("uitgenodigd@knooppunt.test");
    assert.equal(l.status, 200, l.text);
    assert.equal(l.body.record.id, invited.body.id);
    // members still log in and change their own profile
    const own = await api("PATCH", `${rec("members")}/${id.bob}`, { token: tok.bob, body: { bio: "Nog steeds lid" } });
    assert.equal(own.status, 200, own.text);
  } finally {
    await restore();
  }
  const open = await api("POST", rec("members"), { body: newcomer("weer-open") });
  assert.equal(open.status, 200, `registration open again: ${open.text}`);
  assert.equal((await login("weer-open@knooppunt.test")).status, 200);
  // the existing conditions of the create rule still hold
  const cache = await api("POST", rec("members"), { body: { ...newcomer("met-beheer"), is_admin: true } });
  refused(cache, "registering as admin");
  assert.equal(await pb.suCount("members", 'email = "met-beheer@knooppunt.test"'), 0);
});

test("public_wall false: een bezoeker leest geen berichten of reacties, een lid wel; true: weer openbaar", async () => {
  // control: with the default a visitor reads the public posts (not the closed theme's)
  assert.equal(await total(rec("posts")), 2);
  assert.equal(await total(rec("comments")), 1);
  assert.equal((await api("GET", `${rec("posts")}/${id.pOpen}`)).status, 200);
  const probe = `${rec("themes")}?${q('posts_via_theme.title ~ "Openbaar"')}`;
  assert.equal(await total(probe), 1, "control: a filter through posts_via_theme finds the open theme");

  await setSwitches({ public_wall: false });
  try {
    for (const [token, who] of [[undefined, "a visitor"], [BAD_TOKEN, "an invalid token"]]) {
      assert.equal(await total(`${rec("posts")}?perPage=50`, token), 0, `${who} lists posts`);
      assert.equal(await total(`${rec("comments")}?perPage=50`, token), 0, `${who} lists comments`);
      for (const pid of [id.pOpen, id.pNoTheme]) {
        const one = await api("GET", `${rec("posts")}/${pid}`, { token });
        assert.equal(one.status, 404, `${who} views a post: ${one.text}`);
      }
      assert.equal((await api("GET", `${rec("comments")}/${id.cOpen}`, { token })).status, 404, `${who} views a comment`);
    }
    // nothing about the posts through a public collection either
    assert.equal(await total(probe), 0, "a filter through posts_via_theme");
    assert.equal(await total(`${rec("events")}?${q('posts_via_event.title ~ "Openbaar"')}`), 0, "a filter through posts_via_event");
    const expanded = await api("GET", `${rec("events")}/${id.event}?expand=${encodeURIComponent("posts_via_event")}`);
    assert.equal(expanded.status, 200, "events stay public");
    assert.ok(!expanded.text.includes("Openbaar bericht"), `expand gave the post: ${expanded.text}`);
    // themes, events and organisations stay public
    assert.equal(await total(rec("themes")), 2);
    assert.equal(await total(rec("events")), 1);

    // a logged-in member reads everything they could before
    assert.equal(await total(rec("posts"), tok.bob), 2, "bob (no memberships)");
    assert.equal(await total(rec("posts"), tok.ann), 3, "ann (member of the closed theme)");
    assert.equal(await total(rec("comments"), tok.bob), 1);
    const one = await api("GET", `${rec("posts")}/${id.pOpen}`, { token: tok.bob });
    assert.equal(one.status, 200, one.text);
    assert.deepEqual(one.body.reactions, { like: 0, insightful: 0, thanks: 0 }, "the reaction totals come with the post");
    assert.equal((await api("GET", `${rec("comments")}/${id.cOpen}`, { token: tok.bob })).status, 200);
    // members still write
    const c = await api("POST", rec("comments"), { token: tok.bob, body: { post: id.pOpen, author: id.bob, body: "Alleen voor leden" } });
    assert.equal(c.status, 200, c.text);
    const like = await api("POST", rec("reactions"), { token: tok.bob, body: { member: id.bob, target_post: id.pOpen, kind: "like" } });
    assert.equal(like.status, 200, like.text);
    const r = await api("POST", rec("reports"), { token: tok.bob, body: { reporter: id.bob, target_post: id.pOpen, reason: "anders" } });
    assert.equal(r.status, 200, r.text);
    assert.equal(await total(`${rec("posts")}?perPage=50`), 0, "still nothing for a visitor");
  } finally {
    await restore();
  }
  assert.equal(await total(rec("posts")), 2, "true: the visitor reads the public posts again");
  assert.equal(await total(rec("comments")), 2);
  const back = await api("GET", `${rec("posts")}/${id.pOpen}`);
  assert.equal(back.status, 200, back.text);
  assert.deepEqual(back.body.reactions, { like: 1, insightful: 0, thanks: 0 });
  assert.equal((await api("GET", `${rec("posts")}/${id.pClosed}`)).status, 404, "the closed theme stays closed");
});

/** Opens an SSE connection and subscribes to `topics`; collects the raw stream. */
async function listen(token, topics) {
  const ctrl = new AbortController();
  const res = await fetch(`${pb.base}/api/realtime`, { signal: ctrl.signal, headers: { Accept: "text/event-stream" } });
  assert.equal(res.status, 200);
  const reader = res.body.getReader();
  const decoder = new TextDecoder();
  const l = { raw: "", close: () => ctrl.abort() };
  let connected;
  const clientId = new Promise((resolve) => { connected = resolve; });
  (async () => {
    try {
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        l.raw += decoder.decode(value, { stream: true });
        const m = /event:PB_CONNECT\s+data:(\{[^\n]*\})/.exec(l.raw);
        if (m) connected(JSON.parse(m[1]).clientId);
      }
    } catch { /* aborted */ }
  })();
  const cid = await clientId;
  const headers = { "Content-Type": "application/json" };
  if (token) headers.Authorization = token;
  const sub = await fetch(`${pb.base}/api/realtime`, { method: "POST", headers, body: JSON.stringify({ clientId: cid, subscriptions: topics }) });
  assert.equal(sub.status, 204, await sub.text());
  return l;
}

test("public_wall false: realtime stuurt een bezoeker geen berichten of reacties", async () => {
  await setSwitches({ public_wall: false });
  const topics = ["posts/*", "comments/*", `posts/${id.pOpen}`];
  const visitor = await listen(undefined, topics);
  const member = await listen(tok.bob, topics);
  let p;
  try {
    p = await api("POST", rec("posts"), { token: tok.ann, body: { author: id.ann, theme: id.tOpen, kind: "blog", title: "Live-bericht-4471", body: "Tekst" } });
    assert.equal(p.status, 200, p.text);
    const c = await api("POST", rec("comments"), { token: tok.ann, body: { post: p.body.id, author: id.ann, body: "Live-reactie-4471" } });
    assert.equal(c.status, 200, c.text);
    const u = await api("PATCH", `${rec("posts")}/${id.pOpen}`, { token: tok.ann, body: { body: "Bijgewerkt-4471" } });
    assert.equal(u.status, 200, u.text);
    const deadline = Date.now() + 10_000;
    while (!(member.raw.includes("Live-reactie-4471") && member.raw.includes("Bijgewerkt-4471"))) {
      if (Date.now() > deadline) assert.fail(`the member got no events (control): ${member.raw}`);
      await new Promise((r) => setTimeout(r, 50));
    }
    assert.ok(member.raw.includes("Live-bericht-4471"), "control: the member got the post");
    await new Promise((r) => setTimeout(r, 500)); // anything still on its way
    for (const text of ["4471", "posts/", "comments/"]) {
      assert.ok(!visitor.raw.includes(text), `the visitor received "${text}": ${visitor.raw}`);
    }
  } finally {
    visitor.close();
    member.close();
    if (p && p.status === 200) await api("DELETE", `${rec("posts")}/${p.body.id}`, { token: tok.ann });
    await restore();
  }
});

test("public_directory false: een bezoeker krijgt 401 op de ledenlijst en geen profielen; leden wel", async () => {
  // control: with the default the visitor reads the directory
  const open = await api("GET", "/api/knooppunt/members");
  assert.equal(open.status, 200, open.text);
  const everyone = open.body.totalItems;
  assert.ok(everyone >= 2);
  assert.ok(await total(rec("public_profiles")) >= 2);
  assert.equal((await api("GET", `${rec("public_profiles")}/${id.ann}`)).status, 200);

  await setSwitches({ public_directory: false });
  try {
    for (const [path, token, who] of [
      ["/api/knooppunt/members", undefined, "a visitor"],
      ["/api/knooppunt/members?q=lid&sort=newest&page=1&perPage=5", undefined, "a visitor searching"],
      ["/api/knooppunt/members?kind=onbekend", undefined, "a visitor with a bad parameter"],
      ["/api/knooppunt/members", BAD_TOKEN, "an invalid token"],
    ]) {
      const r = await api("GET", path, { token });
      assert.equal(r.status, 401, `${who}: ${r.text}`);
      assert.deepEqual(r.body, { status: 401, message: DIRECTORY_CLOSED, data: {} }, who);
      assert.ok(!r.text.includes("Lid ann"), who);
    }
    for (const token of [undefined, BAD_TOKEN]) {
      const list = await api("GET", `${rec("public_profiles")}?perPage=50`, { token });
      assert.equal(list.status, 200, list.text);
      assert.equal(list.body.totalItems, 0);
      assert.deepEqual(list.body.items, []);
      const one = await api("GET", `${rec("public_profiles")}/${id.ann}`, { token });
      assert.equal(one.status, 404, one.text);
      assert.equal(await total(`${rec("public_profiles")}?${q('job_title = "Adviseur"')}`, token), 0, "a filter on a profile field");
    }
    // themes, events and organisations stay public, and so does the wall
    assert.equal(await total(rec("themes")), 2);
    assert.equal(await total(rec("events")), 1);
    assert.equal((await api("GET", rec("organisations"))).status, 200);
    assert.ok(await total(rec("posts")) >= 2, "the wall is another switch");

    // a member still gets the directory and the profiles
    const m = await api("GET", "/api/knooppunt/members", { token: tok.bob });
    assert.equal(m.status, 200, m.text);
    assert.equal(m.body.totalItems, everyone);
    assert.ok(m.body.items.some((p) => p.id === id.ann && p.job_title === "Adviseur"));
    assert.equal((await api("GET", `${rec("member_profiles")}/${id.ann}`, { token: tok.bob })).status, 200);
    assert.equal((await api("GET", `${rec("public_profiles")}/${id.ann}`, { token: tok.bob })).status, 200);
    // the host too (public_profiles, as before)
    const su = await api("GET", "/api/knooppunt/members", { token: pb.su });
    assert.equal(su.status, 200, su.text);
    assert.equal(su.body.totalItems, everyone);
  } finally {
    await restore();
  }
  const again = await api("GET", "/api/knooppunt/members");
  assert.equal(again.status, 200, again.text);
  assert.equal(again.body.totalItems, everyone, "true: the visitor reads the directory again");
  assert.equal((await api("GET", `${rec("public_profiles")}/${id.ann}`)).status, 200);
});

test("zonder instellingenrecord: registratie dicht, muur en ledenlijst niet openbaar (?= over niets is onwaar)", async () => {
  const before = (await api("GET", SETTINGS)).body;
  const del = await api("DELETE", SETTINGS, { token: pb.su });
  assert.equal(del.status, 204, del.text);
  try {
    refused(await api("POST", rec("members"), { body: newcomer("zonder-record") }), "registering");
    assert.equal(await pb.suCount("members", 'email = "zonder-record@knooppunt.test"'), 0);
    assert.equal(await total(rec("posts")), 0);
    assert.equal((await api("GET", "/api/knooppunt/members")).status, 401);
    assert.equal(await total(rec("public_profiles")), 0);
    assert.equal(await total(rec("posts"), tok.bob), 2, "members are not affected");
  } finally {
    const r = await api("POST", rec("settings"), {
      token: pb.su,
      body: { id: "knooppuntconfig", theme_creation: before.theme_creation, ...DEFAULTS },
    });
    assert.equal(r.status, 200, r.text);
  }
  assert.equal(await total(rec("posts")), 2);
});
