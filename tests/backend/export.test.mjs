// GET /api/knooppunt/export (pb_hooks/account.js): everything stored about the
// logged-in member as a JSON file, and nothing of anyone else. Runs against a
// real PocketBase (support.mjs).
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { startPb, rec } from "./support.mjs";

let pb;
const id = {};
const tok = {};
const PNG = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==", "base64");

const PROFILE_KEYS = ["avatar", "avatar_url", "bio", "created", "email", "expertise", "id", "job_title", "links", "name", "organisation", "organisation_name", "province", "updated", "visibility"];

before(async () => {
  pb = await startPb();
  id.org = await pb.suCreate("organisations", { name: "Gemeente Zwolle", kind: "gemeente", province: "overijssel" });
  id.tOpen = await pb.suCreate("themes", { slug: "open", name: "Open thema", access: "open" });
  id.tReq = await pb.suCreate("themes", { slug: "verzoek", name: "Thema op verzoek", access: "on_request" });
  const ann = await pb.register("ann", "Ann Export", {
    organisation: id.org, job_title: "Archivaris", bio: "Over mij", expertise: ["Archief", "Woo"], province: "overijssel",
    links: { website: "https://ann.example" }, visibility: { job_title: "public", province: "hidden" },
  });
  const bob = await pb.register("bob", "Bob Ander", { job_title: "Geheime functie van Bob", bio: "Bobs eigen bio" });
  Object.assign(id, { ann: ann.id, bob: bob.id });
  Object.assign(tok, { ann: ann.token, bob: bob.token });

  // avatar (multipart)
  const form = new FormData();
  form.append("avatar", new Blob([PNG], { type: "image/png" }), "ann.png");
  const up = await fetch(`${pb.base}${rec("members")}/${id.ann}`, { method: "PATCH", headers: { Authorization: tok.ann }, body: form });
  assert.equal(up.status, 200, await up.text());

  const as = (who) => ({ token: tok[who] });
  const create = async (collection, who, body) => {
    const r = await pb.api("POST", rec(collection), { ...as(who), body });
    assert.equal(r.status, 200, `${collection}: ${r.text}`);
    return r.body.id;
  };
  await create("memberships", "ann", { theme: id.tOpen, member: id.ann, role: "member", status: "active" });
  await create("memberships", "ann", { theme: id.tReq, member: id.ann, role: "member", status: "pending" });
  await create("memberships", "bob", { theme: id.tOpen, member: id.bob, role: "member", status: "active" });
  id.annPost = await create("posts", "ann", { author: id.ann, theme: id.tOpen, kind: "question", title: "Vraag van Ann", body: "Tekst van Ann" });
  id.annHidden = await create("posts", "ann", { author: id.ann, kind: "blog", title: "Verborgen blog van Ann", body: "Later verborgen" });
  const hide = await pb.api("PATCH", `${rec("posts")}/${id.annHidden}`, { token: pb.su, body: { hidden: true } });
  assert.equal(hide.status, 200, hide.text);
  id.bobPost = await create("posts", "bob", { author: id.bob, theme: id.tOpen, kind: "knowledge", title: "Bobs bericht", body: "Bobs tekst" });
  id.annComment = await create("comments", "ann", { post: id.bobPost, author: id.ann, body: "Ann reageert bij Bob" });
  id.bobComment = await create("comments", "bob", { post: id.annPost, author: id.bob, body: "Bob reageert bij Ann" });
  id.annReaction = await create("reactions", "ann", { target_post: id.bobPost, member: id.ann, kind: "thanks" });
  await create("reactions", "bob", { target_post: id.annPost, member: id.bob, kind: "like" });
  id.annReport = await create("reports", "ann", { reporter: id.ann, target_comment: id.bobComment, reason: "onjuist", note: "Ann meldt dit" });
  await create("reports", "bob", { reporter: id.bob, target_post: id.annPost, reason: "spam", note: "Bob meldt Ann" });
  id.event = await pb.suCreate("events", { theme: id.tOpen, title: "Archiefdag", starts_at: "2030-03-01 10:00:00.000Z", ends_at: "2030-03-01 12:00:00.000Z" });
  await create("rsvps", "ann", { event: id.event, member: id.ann, status: "going" });
  await create("rsvps", "bob", { event: id.event, member: id.bob, status: "maybe" });
});

after(() => pb && pb.stop());

async function exportAs(token) {
  const res = await fetch(`${pb.base}/api/knooppunt/export`, { headers: token ? { Authorization: token } : {} });
  const text = await res.text();
  let body = null;
  try { body = JSON.parse(text); } catch { /* not json */ }
  return { status: res.status, headers: res.headers, text, body };
}

test("zonder account (of als host) geen export: 401 met JSON", async () => {
  for (const token of [undefined, "geen-echt-token", pb.su]) {
    const r = await exportAs(token);
    assert.equal(r.status, 401, r.text);
    assert.equal(r.body.status, 401, r.text);
    assert.ok(r.body.message, r.text);
  }
});

test("de export is een JSON-bestand met alles van mij", async () => {
  const r = await exportAs(tok.ann);
  assert.equal(r.status, 200, r.text);
  assert.match(r.headers.get("content-type"), /^application\/json/);
  assert.equal(r.headers.get("content-disposition"), 'attachment; filename="knooppunt-mijn-gegevens.json"');
  const x = r.body;
  assert.equal(x.format, "knooppunt-export/1");
  assert.ok(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$/.test(x.exported_at), x.exported_at);
  assert.ok(Math.abs(Date.parse(x.exported_at) - Date.now()) < 60_000);
  assert.deepEqual(Object.keys(x).sort(), ["comments", "exported_at", "format", "memberships", "posts", "profile", "reactions", "reports", "rsvps"]);

  // the profile, with what only the owner sees (email, visibility, hidden fields)
  const p = x.profile;
  assert.deepEqual(Object.keys(p).sort(), PROFILE_KEYS);
  const own = (await pb.api("GET", `${rec("members")}/${id.ann}`, { token: tok.ann })).body;
  assert.deepEqual(
    { id: p.id, email: p.email, name: p.name, organisation: p.organisation, job_title: p.job_title, bio: p.bio, expertise: p.expertise, province: p.province, links: p.links, visibility: p.visibility, avatar: p.avatar, created: p.created, updated: p.updated },
    { id: id.ann, email: "ann@knooppunt.test", name: "Ann Export", organisation: id.org, job_title: "Archivaris", bio: "Over mij", expertise: ["Archief", "Woo"], province: "overijssel", links: { website: "https://ann.example" }, visibility: { job_title: "public", province: "hidden" }, avatar: own.avatar, created: own.created, updated: own.updated },
  );
  assert.equal(p.organisation_name, "Gemeente Zwolle");
  assert.match(p.avatar, /^ann_\w+\.png$/);
  assert.equal(p.avatar_url, `/api/files/members/${id.ann}/${p.avatar}`);
  const file = await fetch(pb.base + p.avatar_url);
  assert.equal(file.status, 200);
  assert.deepEqual(Buffer.from(await file.arrayBuffer()), PNG);

  // everything I wrote, hidden posts too, with all their fields
  assert.deepEqual(x.posts.map((q) => q.id).sort(), [id.annPost, id.annHidden].sort());
  const hidden = x.posts.find((q) => q.id === id.annHidden);
  assert.equal(hidden.hidden, true);
  assert.equal(hidden.title, "Verborgen blog van Ann");
  const post = x.posts.find((q) => q.id === id.annPost);
  const full = await pb.suGet("posts", id.annPost);
  assert.deepEqual(post, full, "a post as the records API shows it");
  assert.deepEqual(x.comments.map((c) => [c.id, c.body, c.author]), [[id.annComment, "Ann reageert bij Bob", id.ann]]);
  assert.deepEqual(x.reactions.map((c) => [c.id, c.kind, c.member, c.target_post]), [[id.annReaction, "thanks", id.ann, id.bobPost]]);
  // the reports I made, not the ones about my posts (those would name the reporter)
  assert.deepEqual(x.reports, [await pb.suGet("reports", id.annReport)]);
  assert.deepEqual(x.reports.map((c) => [c.reporter, c.target_post, c.target_comment, c.reason, c.note]), [[id.ann, "", id.bobComment, "onjuist", "Ann meldt dit"]]);
  assert.deepEqual(
    x.memberships.map((m) => [m.theme, m.theme_name, m.status, m.member]).sort(),
    [[id.tOpen, "Open thema", "active", id.ann], [id.tReq, "Thema op verzoek", "pending", id.ann]].sort(),
  );
  assert.deepEqual(x.rsvps.map((v) => [v.event, v.event_title, v.status, v.member]), [[id.event, "Archiefdag", "going", id.ann]]);
});

test("de export bevat geen wachtwoord-hash, geen tokenKey en niets van een ander", async () => {
  const r = await exportAs(tok.ann);
  assert.equal(r.status, 200, r.text);
  for (const secret of ["password", "tokenKey", "$2a$", "$2b$", "fold_", "sort_name"]) {
    assert.ok(!r.text.includes(secret), `the export contains ${secret}`);
  }
  for (const other of [id.bob, "Bob Ander", "bob@knooppunt.test", "Geheime functie van Bob", "Bobs eigen bio", "Bob reageert bij Ann", "Bobs tekst", "Bob meldt Ann"]) {
    assert.ok(!r.text.includes(other), `the export contains someone else's ${other}`);
  }
  // and Bob's export has none of Ann's
  const b = await exportAs(tok.bob);
  assert.equal(b.status, 200, b.text);
  assert.equal(b.body.profile.id, id.bob);
  assert.equal(b.body.posts.length, 1);
  assert.equal(b.body.memberships.length, 1);
  assert.equal(b.body.reports.length, 1);
  for (const other of [id.ann, "Ann Export", "ann@knooppunt.test", "Verborgen blog van Ann", "Archivaris", "Ann meldt dit"]) {
    assert.ok(!b.text.includes(other), `Bob's export contains ${other}`);
  }
});
