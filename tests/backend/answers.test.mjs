// Answered questions (1730000013, issue 19): who may choose a question's answer — the
// asker and a moderator of its theme, nobody else — and what may be chosen: a top-level
// comment on that question. Runs against a real PocketBase (support.mjs).
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { startPb, rec, refused, PASS } from "./support.mjs";

let pb;
let asker, answerer, stranger, moderator, otherModerator;
let theme, otherTheme;

/** Logs in again, so the access cache (moderated_themes) is in the token. */
async function relogin(key) {
  const r = await pb.api("POST", "/api/collections/members/auth-with-password", {
    body: { identity: `${key}@knooppunt.test`, password: PASS },
  });
  assert.equal(r.status, 200, r.text);
  return r.body.token;
}

before(async () => {
  pb = await startPb();
  theme = await pb.suCreate("themes", { slug: "vragen", name: "Vragen", access: "open" });
  otherTheme = await pb.suCreate("themes", { slug: "elders", name: "Elders", access: "open" });
  asker = await pb.register("vrager", "Vrager");
  answerer = await pb.register("antwoorder", "Antwoorder");
  stranger = await pb.register("buitenstaander", "Buitenstaander");
  moderator = await pb.register("moderator", "Moderator");
  otherModerator = await pb.register("andere-moderator", "Andere moderator");
  await pb.suCreate("memberships", { theme, member: moderator.id, role: "moderator", status: "active" });
  await pb.suCreate("memberships", { theme: otherTheme, member: otherModerator.id, role: "moderator", status: "active" });
  moderator.token = await relogin("moderator");
  otherModerator.token = await relogin("andere-moderator");
});

after(() => pb && pb.stop());

async function question({ kind = "question", inTheme = theme } = {}) {
  const r = await pb.api("POST", rec("posts"), {
    token: asker.token,
    body: { author: asker.id, theme: inTheme, kind, title: "Wie weet het?", body: "Graag hulp" },
  });
  assert.equal(r.status, 200, r.text);
  return r.body.id;
}

async function comment(post, { parent = "" } = {}) {
  const r = await pb.api("POST", rec("comments"), {
    token: answerer.token,
    body: { author: answerer.id, post, parent, body: "Zo doen wij het" },
  });
  assert.equal(r.status, 200, r.text);
  return r.body.id;
}

const accept = (post, answer, token) => pb.api("PATCH", `${rec("posts")}/${post}`, { token, body: { accepted_answer: answer } });
const answerOf = async (post) => (await pb.suGet("posts", post)).accepted_answer;

test("the asker chooses the answer, changes it and takes it back", async () => {
  const post = await question();
  const first = await comment(post);
  const second = await comment(post);
  let r = await accept(post, first, asker.token);
  assert.equal(r.status, 200, r.text);
  assert.equal(r.body.accepted_answer, first);
  r = await accept(post, second, asker.token);
  assert.equal(r.status, 200, r.text);
  assert.equal(await answerOf(post), second);
  r = await accept(post, "", asker.token);
  assert.equal(r.status, 200, r.text);
  assert.equal(await answerOf(post), "");
});

test("a moderator of the question's theme chooses the answer; choosing is no edit", async () => {
  const post = await question();
  const answer = await comment(post);
  const r = await accept(post, answer, moderator.token);
  assert.equal(r.status, 200, r.text);
  const stored = await pb.suGet("posts", post);
  assert.equal(stored.accepted_answer, answer);
  assert.equal(stored.edited, "", "choosing an answer does not mark the question as edited");
});

test("a visitor, another member, the answerer and a moderator of another theme may not choose", async () => {
  const post = await question();
  const answer = await comment(post);
  for (const [who, token] of [["bezoeker", undefined], ["ander lid", stranger.token], ["antwoorder", answerer.token], ["moderator elders", otherModerator.token]]) {
    refused(await accept(post, answer, token), who);
  }
  assert.equal(await answerOf(post), "");
});

test("only a top-level comment on this very question can be its answer", async () => {
  const post = await question();
  const top = await comment(post);
  const reply = await comment(post, { parent: top });
  const elsewhere = await comment(await question());
  refused(await accept(post, elsewhere, asker.token), "a comment on another post");
  refused(await accept(post, reply, asker.token), "a reply");
  refused(await accept(post, "bestaatniet0000", asker.token), "an unknown id");
  assert.equal(await answerOf(post), "");
});

test("a post that is no question has no answer: refused, and lost when the kind changes", async () => {
  const blog = await question({ kind: "knowledge" });
  refused(await accept(blog, await comment(blog), asker.token), "an answer on a knowledge post");

  const post = await question();
  const answer = await comment(post);
  assert.equal((await accept(post, answer, asker.token)).status, 200);
  const r = await pb.api("PATCH", `${rec("posts")}/${post}`, { token: asker.token, body: { kind: "knowledge" } });
  assert.equal(r.status, 200, r.text);
  assert.equal(await answerOf(post), "", "no longer a question, no longer answered");
});

test("a new question cannot arrive answered", async () => {
  const post = await question();
  const answer = await comment(post);
  const r = await pb.api("POST", rec("posts"), {
    token: asker.token,
    body: { author: asker.id, theme, kind: "question", title: "Al beantwoord?", body: "x", accepted_answer: answer },
  });
  refused(r, "a new post with an answer");
});

test("deleting the answer opens the question again", async () => {
  const post = await question();
  const answer = await comment(post);
  assert.equal((await accept(post, answer, asker.token)).status, 200);
  const r = await pb.api("DELETE", `${rec("comments")}/${answer}`, { token: answerer.token });
  assert.equal(r.status, 204, r.text);
  assert.equal(await answerOf(post), "");
});

test("open questions: filtered by kind and answer, oldest first", async () => {
  const older = await question();
  const answered = await question();
  const newer = await question();
  assert.equal((await accept(answered, await comment(answered), asker.token)).status, 200);
  const filter = encodeURIComponent(`(kind = 'question' && accepted_answer = '' && author = '${asker.id}')`);
  const r = await pb.api("GET", `${rec("posts")}?filter=${filter}&sort=created,id&perPage=100&skipTotal=1`);
  assert.equal(r.status, 200, r.text);
  const ids = r.body.items.map((p) => p.id);
  assert.ok(!ids.includes(answered));
  assert.ok(ids.indexOf(older) >= 0 && ids.indexOf(older) < ids.indexOf(newer), "oldest first");
});
