// posts.edited (1730000009): stamped when the author changes what a post says, and only
// then: not by a moderator hiding or pinning it, not by counters, never by a client.
// Runs against a real PocketBase (support.mjs).
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { startPb, rec } from "./support.mjs";

let pb;
let author;
let moderator;
let theme;

before(async () => {
  pb = await startPb();
  theme = await pb.suCreate("themes", { slug: "bewerkt", name: "Bewerkt", access: "open" });
  author = await pb.register("auteur", "Auteur");
  moderator = await pb.register("moderator", "Moderator");
  await pb.suCreate("memberships", { theme, member: moderator.id, role: "moderator", status: "active" });
  // The moderator's access cache is read at login.
  moderator = await pb.register("moderator", "Moderator").catch(() => moderator);
});

after(() => pb && pb.stop());

async function newPost(extra = {}) {
  const r = await pb.api("POST", rec("posts"), {
    token: author.token,
    body: { author: author.id, theme, kind: "knowledge", title: "Eerste versie", body: "Tekst", ...extra },
  });
  assert.equal(r.status, 200, r.text);
  return r.body.id;
}

const editedOf = async (id) => (await pb.suGet("posts", id)).edited;

test("a new post is not edited, even when a client says so", async () => {
  const id = await newPost({ edited: "2020-01-01 00:00:00.000Z" });
  assert.equal(await editedOf(id), "");
});

test("the author changing the text stamps edited; sending the same text does not", async () => {
  const id = await newPost();
  let r = await pb.api("PATCH", `${rec("posts")}/${id}`, { token: author.token, body: { title: "Eerste versie", body: "Tekst" } });
  assert.equal(r.status, 200, r.text);
  assert.equal(await editedOf(id), "", "nothing changed");
  r = await pb.api("PATCH", `${rec("posts")}/${id}`, { token: author.token, body: { body: "Betere tekst" } });
  assert.equal(r.status, 200, r.text);
  const stamped = await editedOf(id);
  assert.match(stamped, /^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d+Z$/);
  r = await pb.api("PATCH", `${rec("posts")}/${id}`, { token: author.token, body: { edited: "2020-01-01 00:00:00.000Z" } });
  assert.equal(await editedOf(id), stamped, "a client cannot set it");
});

test("moderation and counters leave edited alone", async () => {
  const id = await newPost();
  const mod = await pb.api("POST", "/api/collections/members/auth-refresh", { token: moderator.token });
  const token = mod.status === 200 ? mod.body.token : moderator.token;
  let r = await pb.api("PATCH", `${rec("posts")}/${id}`, { token, body: { hidden: true } });
  assert.equal(r.status, 200, r.text);
  r = await pb.api("PATCH", `${rec("posts")}/${id}`, { token, body: { hidden: false, pinned: true } });
  assert.equal(r.status, 200, r.text);
  r = await pb.api("POST", rec("comments"), { token: author.token, body: { author: author.id, post: id, body: "Reactie" } });
  assert.equal(r.status, 200, r.text);
  const post = await pb.suGet("posts", id);
  assert.equal(post.pinned, true, "the moderator's change went through");
  assert.equal(post.comment_count, 1);
  assert.equal(post.edited, "");
});
