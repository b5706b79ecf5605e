// POST /api/knooppunt/account/delete {"posts": "keep" | "delete"} (pb_hooks/account.js,
// pb_migrations/1730000007_knooppunt_account_deletion.js): a member deletes their own
// account; their posts and comments are kept without author or deleted; counters stay
// right; the old token is dead; nobody else's data changes. Runs against a real
// PocketBase (support.mjs).
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { startPb, rec, refused, PASS } from "./support.mjs";

let pb;
const id = {};
const tok = {};
const api = (...args) => pb.api(...args);
const PNG = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==", "base64");
const DELETE = "/api/knooppunt/account/delete";

async function create(collection, who, body) {
  const r = await api("POST", rec(collection), { token: tok[who], body });
  assert.equal(r.status, 200, `${collection} by ${who}: ${r.text}`);
  return r.body.id;
}

async function avatar(who) {
  const form = new FormData();
  form.append("avatar", new Blob([PNG], { type: "image/png" }), `${who}.png`);
  const r = await fetch(`${pb.base}${rec("members")}/${id[who]}`, { method: "PATCH", headers: { Authorization: tok[who] }, body: form });
  const text = await r.text();
  assert.equal(r.status, 200, text);
  return `/api/files/members/${id[who]}/${JSON.parse(text).avatar}`;
}

/**
 * A member with a bit of everything: a post in the open theme with a comment and
 * reactions of others, a hidden post, a comment (with a reply by someone else) and a
 * reaction on someone else's post, a going RSVP, an active membership (moderator of
 * the closed theme, with a post there).
 */
async function busyMember(key) {
  const m = await pb.register(key, `Lid ${key}`, { job_title: "Vertrekt", visibility: { job_title: "public" } });
  id[key] = m.id;
  tok[key] = m.token;
  const s = {};
  s.avatar = await avatar(key);
  await create("memberships", key, { theme: id.tOpen, member: id[key], role: "member", status: "active" });
  await pb.suCreate("memberships", { theme: id.tClosed, member: id[key], role: "moderator", status: "active" });
  s.post = await create("posts", key, { author: id[key], theme: id.tOpen, kind: "question", title: `Vraag van ${key}`, body: "Tekst" });
  s.hidden = await create("posts", key, { author: id[key], theme: id.tOpen, kind: "blog", title: `Verborgen van ${key}`, body: "Tekst" });
  const h = await api("PATCH", `${rec("posts")}/${s.hidden}`, { token: tok.mod, body: { hidden: true } });
  assert.equal(h.status, 200, h.text);
  s.closedPost = await create("posts", key, { author: id[key], theme: id.tClosed, kind: "knowledge", title: `Besloten van ${key}`, body: "Tekst" });
  s.otherComment = await create("comments", "stay", { post: s.post, author: id.stay, body: "Blijver reageert" });
  s.otherReaction = await create("reactions", "stay", { target_post: s.post, member: id.stay, kind: "like" });
  await create("reactions", "mod", { target_post: s.post, member: id.mod, kind: "insightful" });
  s.comment = await create("comments", key, { post: id.stayPost, author: id[key], body: `Reactie van ${key}` });
  s.reply = await create("comments", "stay", { post: id.stayPost, author: id.stay, parent: s.comment, body: `Antwoord aan ${key}` });
  s.reaction = await create("reactions", key, { target_post: id.stayPost, member: id[key], kind: "thanks" });
  s.commentReaction = await create("reactions", key, { target_comment: id.stayComment, member: id[key], kind: "like" });
  s.rsvp = await create("rsvps", key, { event: id.event, member: id[key], status: "going" });
  return s;
}

before(async () => {
  pb = await startPb();
  id.tOpen = await pb.suCreate("themes", { slug: "open", name: "Open", access: "open" });
  id.tClosed = await pb.suCreate("themes", { slug: "dicht", name: "Dicht", access: "invite_only" });
  for (const key of ["stay", "mod"]) {
    const m = await pb.register(key, `Lid ${key}`);
    id[key] = m.id;
    tok[key] = m.token;
  }
  await create("memberships", "stay", { theme: id.tOpen, member: id.stay, role: "member", status: "active" });
  await pb.suCreate("memberships", { theme: id.tOpen, member: id.mod, role: "moderator", status: "active" });
  await pb.suCreate("memberships", { theme: id.tClosed, member: id.mod, role: "owner", status: "active" });
  id.stayPost = await create("posts", "stay", { author: id.stay, theme: id.tOpen, kind: "knowledge", title: "Van de blijver", body: "Tekst" });
  id.stayComment = await create("comments", "mod", { post: id.stayPost, author: id.mod, body: "Moderator reageert" });
  await create("reactions", "mod", { target_post: id.stayPost, member: id.mod, kind: "like" });
  id.event = await pb.suCreate("events", { theme: id.tOpen, title: "Bijeenkomst", starts_at: "2030-03-01 10:00:00.000Z", ends_at: "2030-03-01 12:00:00.000Z" });
  await create("rsvps", "stay", { event: id.event, member: id.stay, status: "going" });
});

after(() => pb && pb.stop());

/** Every counter equals a count of its rows (1730000003). */
async function countersRight(what) {
  const all = async (c) => (await api("GET", `${rec(c)}?perPage=500`, { token: pb.su })).body.items;
  for (const p of await all("posts")) {
    assert.equal(p.comment_count, await pb.suCount("comments", `post = "${p.id}"`), `${what}: comment_count of ${p.title}`);
    const reactions = {};
    for (const kind of ["like", "insightful", "thanks"]) reactions[kind] = await pb.suCount("reactions", `target_post = "${p.id}" && kind = "${kind}"`);
    assert.deepEqual(p.reactions, reactions, `${what}: reactions of ${p.title}`);
  }
  for (const t of await all("themes")) {
    assert.equal(t.member_count, await pb.suCount("memberships", `theme = "${t.id}" && status = "active"`), `${what}: member_count of ${t.slug}`);
  }
  for (const e of await all("events")) {
    assert.equal(e.going_count, await pb.suCount("rsvps", `event = "${e.id}" && status = "going"`), `${what}: going_count`);
  }
}

/** Everything of `stay` and `mod` that must survive another member's deletion. */
async function othersData() {
  const out = {};
  for (const [c, f] of [["posts", "author"], ["comments", "author"], ["reactions", "member"], ["rsvps", "member"], ["memberships", "member"]]) {
    const r = await api("GET", `${rec(c)}?perPage=500&sort=id&filter=${encodeURIComponent(`${f} = "${id.stay}" || ${f} = "${id.mod}"`)}`, { token: pb.su });
    out[c] = r.body.items.map((x) => ({ ...x, comment_count: undefined, reactions: undefined, updated: undefined }));
  }
  out.members = [await pb.suGet("members", id.stay), await pb.suGet("members", id.mod)].map((m) => ({ ...m, active_themes: undefined, moderated_themes: undefined }));
  return out;
}

test("zonder account, als host of met een ongeldig token: 401; niets verwijderd", async () => {
  const before = await pb.suCount("members");
  for (const token of [undefined, "geen-echt-token", pb.su]) {
    for (const posts of ["keep", "delete"]) {
      const r = await api("POST", DELETE, { token, body: { posts } });
      assert.equal(r.status, 401, r.text);
      assert.ok(r.body && r.body.message, r.text);
    }
  }
  assert.equal(await pb.suCount("members"), before);
});

test("zonder geldige keuze voor de berichten: 400, niets verwijderd", async () => {
  const m = await pb.register("twijfel", "Twijfelaar");
  for (const body of [undefined, {}, { posts: "" }, { posts: "maybe" }, { posts: true }, { posts: ["keep"] }, { posts: "KEEP" }, { delete: true }]) {
    const r = await api("POST", DELETE, { token: m.token, body });
    assert.equal(r.status, 400, `${JSON.stringify(body)}: ${r.text}`);
    assert.equal(r.body.data.posts.code, "validation_invalid_value", r.text);
  }
  const raw = await fetch(pb.base + DELETE, { method: "POST", headers: { Authorization: m.token, "Content-Type": "application/json" }, body: "{posts: keep" });
  assert.equal(raw.status, 400);
  assert.ok(await pb.suGet("members", m.id), "still there");
  const refresh = await api("POST", "/api/collections/members/auth-refresh", { token: m.token });
  assert.equal(refresh.status, 200, "and the token still works");
});

test("'keep': berichten en reacties blijven zonder auteur, de rest is weg, tellers kloppen", async () => {
  const k = await busyMember("keeper");
  await countersRight("before");
  const others = await othersData();
  const r = await api("POST", DELETE, { token: tok.keeper, body: { posts: "keep" } });
  assert.equal(r.status, 204, r.text);

  assert.equal(await pb.suGet("members", id.keeper), null, "the member record is gone");
  for (const c of ["reactions", "rsvps", "memberships"]) {
    assert.equal(await pb.suCount(c, `member = "${id.keeper}"`), 0, `${c} of the member`);
  }
  for (const p of [k.post, k.hidden, k.closedPost]) {
    const post = await pb.suGet("posts", p);
    assert.ok(post, "the post is kept");
    assert.equal(post.author, "", "without author");
  }
  assert.equal((await pb.suGet("comments", k.comment)).author, "", "the comment is kept without author");
  assert.ok(await pb.suGet("comments", k.reply), "the reply to it too");
  assert.ok(await pb.suGet("comments", k.otherComment), "others' comments on the kept post stay");
  assert.ok(await pb.suGet("reactions", k.otherReaction), "others' reactions on the kept post stay");
  assert.equal((await pb.suGet("posts", k.post)).reactions.like, 1);
  assert.equal((await pb.suGet("posts", id.stayPost)).reactions.thanks, 0, "the member's own reaction is gone from the count");
  assert.equal((await pb.suGet("events", id.event)).going_count, 1, "the member's RSVP is gone from going_count");
  await countersRight("after keep");
  assert.deepEqual(await othersData(), others, "nobody else's data changed");

  // the avatar file went with the record
  assert.equal((await fetch(pb.base + k.avatar)).status, 404);
  // the old token is dead
  assert.equal((await api("POST", "/api/collections/members/auth-refresh", { token: tok.keeper })).status, 401);
  assert.equal((await api("GET", "/api/knooppunt/export", { token: tok.keeper })).status, 401);
  assert.equal((await api("POST", DELETE, { token: tok.keeper, body: { posts: "delete" } })).status, 401);
  refused(await api("POST", rec("posts"), { token: tok.keeper, body: { author: id.keeper, theme: id.tOpen, kind: "question", title: "Nog een", body: "x" } }), "post with a dead token");
  const login = await api("POST", "/api/collections/members/auth-with-password", { body: { identity: "keeper@knooppunt.test", password: PASS } });
  assert.equal(login.status, 400, "the account cannot log in");
  assert.equal((await api("GET", `${rec("public_profiles")}/${id.keeper}`)).status, 404, "no profile");
  assert.equal((await api("GET", `/api/knooppunt/members?q=keeper`)).body.totalItems, 0, "not in the directory");

  // a kept post is nobody's: no visitor or member may edit or delete it,
  // and the hidden one stays hidden (only the theme's moderators see it)
  for (const token of [undefined, tok.stay]) {
    const who = token ? "another member" : "a visitor";
    refused(await api("PATCH", `${rec("posts")}/${k.post}`, { token, body: { title: "Gekaapt" } }), `${who} edits a kept post`);
    refused(await api("DELETE", `${rec("posts")}/${k.post}`, { token }), `${who} deletes a kept post`);
    refused(await api("PATCH", `${rec("comments")}/${k.comment}`, { token, body: { body: "Gekaapt" } }), `${who} edits a kept comment`);
    refused(await api("DELETE", `${rec("comments")}/${k.comment}`, { token }), `${who} deletes a kept comment`);
    assert.equal((await api("GET", `${rec("posts")}/${k.hidden}`, { token })).status, 404, `${who} reads the kept hidden post`);
    const list = await api("GET", `${rec("posts")}?perPage=100&filter=${encodeURIComponent('author = ""')}`, { token });
    assert.equal(list.status, 200, list.text);
    assert.deepEqual(list.body.items.map((p) => p.id), [k.post], `${who} lists only the visible kept post`);
  }
  assert.equal((await pb.suGet("posts", k.post)).title, "Vraag van keeper");
  assert.ok(await pb.suGet("comments", k.comment));
  const seen = await api("GET", `${rec("posts")}/${k.hidden}`, { token: tok.mod });
  assert.equal(seen.status, 200, "the theme's moderator still sees the hidden post");
  const unhide = await api("PATCH", `${rec("posts")}/${k.hidden}`, { token: tok.mod, body: { hidden: false } });
  assert.equal(unhide.status, 200, `a moderator can still moderate an author-less post: ${unhide.text}`);
  // comments on a kept post still work
  await create("comments", "stay", { post: k.post, author: id.stay, body: "Nog een reactie" });
  await countersRight("after more");
});

test("niemand maakt een bericht of reactie zonder auteur (de host wel)", async () => {
  for (const author of ["", undefined]) {
    const p = await api("POST", rec("posts"), { token: tok.stay, body: { author, theme: id.tOpen, kind: "question", title: "Anoniem", body: "x" } });
    assert.equal(p.status, 400, p.text);
    assert.equal(p.body.data.author.code, "validation_required", p.text);
    const c = await api("POST", rec("comments"), { token: tok.stay, body: { author, post: id.stayPost, body: "Anoniem" } });
    assert.equal(c.status, 400, c.text);
    assert.equal(c.body.data.author.code, "validation_required", c.text);
    refused(await api("POST", rec("posts"), { body: { author, theme: id.tOpen, kind: "question", title: "Anoniem", body: "x" } }), "visitor posts without author");
  }
  assert.equal(await pb.suCount("posts", 'title = "Anoniem"'), 0);
  assert.equal(await pb.suCount("comments", 'body = "Anoniem"'), 0);
  const own = await api("PATCH", `${rec("posts")}/${id.stayPost}`, { token: tok.stay, body: { author: "" } });
  refused(own, "the author clears their own name");
  assert.equal((await pb.suGet("posts", id.stayPost)).author, id.stay);
  await pb.suCreate("posts", { theme: id.tOpen, kind: "knowledge", title: "Van de host", body: "x" });
});

test("'delete': berichten en reacties gaan mee (met wat eraan hangt), van anderen blijft alles, tellers kloppen", async () => {
  const d = await busyMember("leaver");
  await countersRight("before");
  const others = await othersData();
  const r = await api("POST", DELETE, { token: tok.leaver, body: { posts: "delete" } });
  assert.equal(r.status, 204, r.text);

  assert.equal(await pb.suGet("members", id.leaver), null);
  for (const p of [d.post, d.hidden, d.closedPost]) assert.equal(await pb.suGet("posts", p), null, "the post is deleted");
  assert.equal(await pb.suGet("comments", d.otherComment), null, "a comment on a deleted post goes with it");
  assert.equal(await pb.suGet("reactions", d.otherReaction), null, "a reaction on a deleted post goes with it");
  assert.equal(await pb.suGet("comments", d.comment), null, "the member's comment on another post is deleted");
  assert.equal(await pb.suGet("comments", d.reply), null, "and the reply to it");
  for (const [c, f] of [["posts", "author"], ["comments", "author"], ["reactions", "member"], ["rsvps", "member"], ["memberships", "member"]]) {
    assert.equal(await pb.suCount(c, `${f} = "${id.leaver}"`), 0, c);
  }
  assert.ok(await pb.suGet("posts", id.stayPost), "the other post stays");
  assert.ok(await pb.suGet("comments", id.stayComment), "other comments stay");
  await countersRight("after delete");
  // others' data: the same, minus what hung on the deleted member's posts and comments
  const after = await othersData();
  const gone = new Set([d.otherComment, d.otherReaction, d.reply]);
  for (const c of Object.keys(others)) {
    assert.deepEqual(after[c], others[c].filter((x) => !gone.has(x.id) && !(c === "reactions" && x.target_post === d.post)), c);
  }
  assert.equal((await fetch(pb.base + d.avatar)).status, 404, "the avatar file is gone");
  assert.equal((await api("POST", "/api/collections/members/auth-refresh", { token: tok.leaver })).status, 401, "the old token is dead");
});

test("een token verwijdert alleen het eigen account, wat er ook in de body staat", async () => {
  const a = await pb.register("een", "Lid een");
  const b = await pb.register("twee", "Lid twee");
  const r = await api("POST", DELETE, { token: a.token, body: { posts: "delete", id: b.id, member: b.id, user: b.id } });
  assert.equal(r.status, 204, r.text);
  assert.equal(await pb.suGet("members", a.id), null);
  assert.ok(await pb.suGet("members", b.id), "the other account is untouched");
  assert.equal((await api("POST", "/api/collections/members/auth-refresh", { token: b.token })).status, 200);
  // other ways to delete someone else still fail
  refused(await api("DELETE", `${rec("members")}/${b.id}`, { token: tok.stay }), "delete another member's record");
  refused(await api("POST", `${DELETE}?id=${b.id}`, { body: { posts: "keep" } }), "visitor with an id in the URL");
  assert.ok(await pb.suGet("members", b.id));
});
