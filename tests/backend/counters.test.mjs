// Counters kept by the backend (1730000003_knooppunt_counters.js) and event
// capacity enforced atomically. Runs against a real PocketBase (support.mjs).
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { startPb, rec, refused } from "./support.mjs";

let pb;
const id = {};
const tok = {};

before(async () => {
  pb = await startPb();
  id.tOpen = await pb.suCreate("themes", { slug: "open", name: "Open", access: "open" });
  id.tReq = await pb.suCreate("themes", { slug: "verzoek", name: "Op verzoek", access: "on_request" });
  const people = ["mod", "ann", "ben", "cas"];
  for (let i = 0; i < 20; i++) people.push(`g${i}`);
  const regs = await Promise.all(people.map((k) => pb.register(k, `Lid ${k}`)));
  people.forEach((k, i) => { id[k] = regs[i].id; tok[k] = regs[i].token; });
  await pb.suCreate("memberships", { theme: id.tReq, member: id.mod, role: "moderator", status: "active" });
  id.post = await pb.suCreate("posts", { author: id.mod, theme: id.tOpen, kind: "question", title: "Vraag", body: "Wie weet het?" });
});

after(() => pb && pb.stop());

const theme = async (t) => (await pb.suGet("themes", t)).member_count;
const post = (p) => pb.suGet("posts", p);
const going = async (e) => (await pb.suGet("events", e)).going_count;

test("member_count telt actieve lidmaatschappen: lid worden, goedkeuren, status wijzigen, verlaten", async () => {
  assert.equal(await theme(id.tOpen), 0);
  assert.equal(await theme(id.tReq), 1); // the moderator
  const j = await pb.api("POST", rec("memberships"), { token: tok.ann, body: { theme: id.tOpen, member: id.ann, role: "member", status: "active" } });
  assert.equal(j.status, 200, j.text);
  assert.equal(await theme(id.tOpen), 1);
  const r = await pb.api("POST", rec("memberships"), { token: tok.ben, body: { theme: id.tReq, member: id.ben, role: "member", status: "pending" } });
  assert.equal(r.status, 200, r.text);
  assert.equal(await theme(id.tReq), 1, "a pending request does not count");
  const ok = await pb.api("PATCH", `${rec("memberships")}/${r.body.id}`, { token: tok.mod, body: { status: "active" } });
  assert.equal(ok.status, 200, ok.text);
  assert.equal(await theme(id.tReq), 2, "approved");
  const back = await pb.api("PATCH", `${rec("memberships")}/${r.body.id}`, { token: pb.su, body: { status: "pending" } });
  assert.equal(back.status, 200, back.text);
  assert.equal(await theme(id.tReq), 1, "active -> pending");
  const moved = await pb.api("PATCH", `${rec("memberships")}/${r.body.id}`, { token: pb.su, body: { status: "active", theme: id.tOpen } });
  assert.equal(moved.status, 200, moved.text);
  assert.equal(await theme(id.tOpen), 2, "moved to another theme");
  assert.equal(await theme(id.tReq), 1);
  for (const [who, mid] of [["ann", j.body.id], ["ben", r.body.id]]) {
    const d = await pb.api("DELETE", `${rec("memberships")}/${mid}`, { token: tok[who] });
    assert.equal(d.status, 204, d.text);
  }
  assert.equal(await theme(id.tOpen), 0, "left");
});

test("comment_count volgt toevoegen en verwijderen van reacties", async () => {
  assert.equal((await post(id.post)).comment_count, 0);
  const a = await pb.api("POST", rec("comments"), { token: tok.ann, body: { post: id.post, author: id.ann, body: "Ik!" } });
  const b = await pb.api("POST", rec("comments"), { token: tok.ben, body: { post: id.post, author: id.ben, body: "Ik ook." } });
  assert.equal(a.status, 200, a.text);
  assert.equal(b.status, 200, b.text);
  assert.equal((await post(id.post)).comment_count, 2);
  const e = await pb.api("PATCH", `${rec("comments")}/${a.body.id}`, { token: tok.ann, body: { body: "Ik, zeker." } });
  assert.equal(e.status, 200, e.text);
  assert.equal((await post(id.post)).comment_count, 2, "editing does not count");
  const d = await pb.api("DELETE", `${rec("comments")}/${b.body.id}`, { token: tok.ben });
  assert.equal(d.status, 204, d.text);
  assert.equal((await post(id.post)).comment_count, 1);
  id.comment = a.body.id;
});

test("reactions per soort volgen aanzetten, wisselen en uitzetten", async () => {
  const none = { like: 0, insightful: 0, thanks: 0 };
  assert.deepEqual((await post(id.post)).reactions, none);
  const a = await pb.api("POST", rec("reactions"), { token: tok.ann, body: { target_post: id.post, member: id.ann, kind: "like" } });
  const b = await pb.api("POST", rec("reactions"), { token: tok.ben, body: { target_post: id.post, member: id.ben, kind: "like" } });
  const c = await pb.api("POST", rec("reactions"), { token: tok.cas, body: { target_post: id.post, member: id.cas, kind: "insightful" } });
  for (const r of [a, b, c]) assert.equal(r.status, 200, r.text);
  assert.deepEqual((await post(id.post)).reactions, { like: 2, insightful: 1, thanks: 0 });
  const sw = await pb.api("PATCH", `${rec("reactions")}/${b.body.id}`, { token: tok.ben, body: { kind: "thanks" } });
  assert.equal(sw.status, 200, sw.text);
  assert.deepEqual((await post(id.post)).reactions, { like: 1, insightful: 1, thanks: 1 });
  // a reaction on a comment does not count for the post
  const oc = await pb.api("POST", rec("reactions"), { token: tok.cas, body: { target_comment: id.comment, member: id.cas, kind: "like" } });
  assert.equal(oc.status, 200, oc.text);
  assert.deepEqual((await post(id.post)).reactions, { like: 1, insightful: 1, thanks: 1 });
  for (const [who, r] of [["ann", a], ["ben", b], ["cas", c]]) {
    const d = await pb.api("DELETE", `${rec("reactions")}/${r.body.id}`, { token: tok[who] });
    assert.equal(d.status, 204, d.text);
  }
  assert.deepEqual((await post(id.post)).reactions, none);
});

test("going_count volgt de RSVP-status (going, maybe, declined, verwijderd)", async () => {
  const ev = await pb.suCreate("events", { theme: id.tOpen, title: "Meetup", starts_at: "2030-03-01 10:00:00.000Z", ends_at: "2030-03-01 12:00:00.000Z" });
  const a = await pb.api("POST", rec("rsvps"), { token: tok.ann, body: { event: ev, member: id.ann, status: "going" } });
  const b = await pb.api("POST", rec("rsvps"), { token: tok.ben, body: { event: ev, member: id.ben, status: "maybe" } });
  assert.equal(a.status, 200, a.text);
  assert.equal(b.status, 200, b.text);
  assert.equal(await going(ev), 1);
  const set = async (who, r, status) => {
    const u = await pb.api("PATCH", `${rec("rsvps")}/${r.body.id}`, { token: tok[who], body: { status } });
    assert.equal(u.status, 200, u.text);
  };
  await set("ben", b, "going");
  assert.equal(await going(ev), 2);
  await set("ann", a, "declined");
  assert.equal(await going(ev), 1);
  await set("ann", a, "maybe");
  assert.equal(await going(ev), 1);
  const d = await pb.api("DELETE", `${rec("rsvps")}/${b.body.id}`, { token: tok.ben });
  assert.equal(d.status, 204, d.text);
  assert.equal(await going(ev), 0);
});

test("tellers zijn niet te zetten: clients worden geweigerd, andere waarden (ook van de host) worden hersteld", async () => {
  refused(await pb.api("PATCH", `${rec("posts")}/${id.post}`, { token: tok.mod, body: { comment_count: 50 } }), "author sets comment_count");
  refused(await pb.api("PATCH", `${rec("posts")}/${id.post}`, { token: tok.mod, body: { reactions: { like: 50 } } }), "author sets reactions");
  refused(await pb.api("PATCH", `${rec("themes")}/${id.tReq}`, { token: tok.mod, body: { member_count: 50 } }), "moderator sets member_count");
  // even a superuser write (or a stale save) cannot store a false count
  const t = await pb.api("PATCH", `${rec("themes")}/${id.tReq}`, { token: pb.su, body: { member_count: 999 } });
  assert.equal(t.status, 200, t.text);
  assert.equal(await theme(id.tReq), 1);
  const p = await pb.api("PATCH", `${rec("posts")}/${id.post}`, { token: pb.su, body: { comment_count: 999, reactions: { like: 999 } } });
  assert.equal(p.status, 200, p.text);
  const after = await post(id.post);
  assert.equal(after.comment_count, 1);
  assert.deepEqual(after.reactions, { like: 0, insightful: 0, thanks: 0 });
  // created with counters set: counted from the rows instead
  const ev = await pb.suCreate("events", { title: "Host", starts_at: "2030-03-01 10:00:00.000Z", ends_at: "2030-03-01 12:00:00.000Z", going_count: 77 });
  assert.equal(await going(ev), 0);
  // the author's edit keeps the counts
  const e = await pb.api("PATCH", `${rec("posts")}/${id.post}`, { token: tok.mod, body: { title: "Vraag (bijgewerkt)" } });
  assert.equal(e.status, 200, e.text);
  assert.equal((await post(id.post)).comment_count, 1);
});

test("capaciteit: 20 gelijktijdige aanmeldingen voor 3 plaatsen → precies 3 gaan, de rest krijgt een duidelijke weigering", async () => {
  const ev = await pb.suCreate("events", { theme: id.tOpen, title: "Klein", capacity: 3, starts_at: "2030-04-01 10:00:00.000Z", ends_at: "2030-04-01 12:00:00.000Z" });
  const keys = Array.from({ length: 20 }, (_, i) => `g${i}`);
  const res = await Promise.all(keys.map((k) =>
    pb.api("POST", rec("rsvps"), { token: tok[k], body: { event: ev, member: id[k], status: "going" } })));
  const ok = res.filter((r) => r.status === 200);
  const no = res.filter((r) => r.status !== 200);
  assert.equal(ok.length, 3, res.map((r) => r.status).join(","));
  for (const r of no) {
    assert.equal(r.status, 400, r.text);
    assert.match(r.body.message, /vol/, r.text);
    assert.equal(r.body.data.status.code, "event_full", r.text);
  }
  assert.equal(await going(ev), 3);
  assert.equal(await pb.suCount("rsvps", `event = "${ev}"`), 3, "nothing half-stored");

  // "maybe" is still allowed when full; switching it to going is refused
  const m = await pb.api("POST", rec("rsvps"), { token: tok.ann, body: { event: ev, member: id.ann, status: "maybe" } });
  assert.equal(m.status, 200, m.text);
  const up = await pb.api("PATCH", `${rec("rsvps")}/${m.body.id}`, { token: tok.ann, body: { status: "going" } });
  assert.equal(up.status, 400, up.text);
  assert.match(up.body.message, /vol/, up.text);
  assert.equal(up.body.data.status.code, "event_full", up.text);
  assert.equal((await pb.suGet("rsvps", m.body.id)).status, "maybe");
  assert.equal(await going(ev), 3);
  // a going member changing nothing about their status is fine
  const same = await pb.api("PATCH", `${rec("rsvps")}/${ok[0].body.id}`, { token: tok[keys[res.indexOf(ok[0])]], body: { status: "going" } });
  assert.equal(same.status, 200, same.text);
  // a place frees up: now the switch works
  const first = res.indexOf(ok[0]);
  const d = await pb.api("DELETE", `${rec("rsvps")}/${ok[0].body.id}`, { token: tok[keys[first]] });
  assert.equal(d.status, 204, d.text);
  const up2 = await pb.api("PATCH", `${rec("rsvps")}/${m.body.id}`, { token: tok.ann, body: { status: "going" } });
  assert.equal(up2.status, 200, up2.text);
  assert.equal(await going(ev), 3);
});

test("capaciteit 0 (niet ingevuld) is onbeperkt", async () => {
  const ev = await pb.suCreate("events", { theme: id.tOpen, title: "Groot", starts_at: "2030-05-01 10:00:00.000Z", ends_at: "2030-05-01 12:00:00.000Z" });
  const keys = Array.from({ length: 10 }, (_, i) => `g${i}`);
  const res = await Promise.all(keys.map((k) =>
    pb.api("POST", rec("rsvps"), { token: tok[k], body: { event: ev, member: id[k], status: "going" } })));
  assert.deepEqual(res.map((r) => r.status), keys.map(() => 200));
  assert.equal(await going(ev), 10);
});
