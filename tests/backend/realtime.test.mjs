// Realtime does not leak hidden profile fields. A visitor and another member
// subscribe through PocketBase's realtime API (SSE: GET /api/realtime sends
// PB_CONNECT with a clientId, POST /api/realtime sets the subscriptions and,
// with an Authorization header, who is listening) to members/*, the profile
// views, posts/* (also with expand=author) and comments/*. Member B then
// changes their profile (a hidden job title) and writes a post and a comment.
// The visitor and the other member may see the post and the comment, never B's
// job title or email, not even as "an event arrived for a subscription
// filtered on it"; B's own subscription does get the member record (the
// control that the subscription works). Runs against a real PocketBase.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { startPb, rec } from "./support.mjs";

let pb;
const id = {};
const tok = {};
const listeners = [];

const SECRET_JOB = "Geheime-functie-5521";
const SECRET_BIO = "Geheime-bio-8830";
const B_EMAIL = "bea@knooppunt.test";
const POST_TITLE = "Openbaar bericht van Bea";
const COMMENT_BODY = "Openbare reactie van Bea";

/** Opens an SSE connection and subscribes; collects everything it receives. */
async function listen(name, token, topics) {
  const ctrl = new AbortController();
  const res = await fetch(`${pb.base}/api/realtime`, { signal: ctrl.signal, headers: { Accept: "text/event-stream" } });
  assert.equal(res.status, 200);
  const reader = res.body.getReader();
  const decoder = new TextDecoder();
  const l = { name, raw: "", events: [], close: () => ctrl.abort() };
  let connected;
  const clientId = new Promise((resolve) => { connected = resolve; });
  let buffer = "";
  (async () => {
    try {
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        const text = decoder.decode(value, { stream: true });
        l.raw += text;
        buffer += text;
        let end;
        while ((end = buffer.indexOf("\n\n")) >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          let event = "message";
          let data = "";
          for (const line of block.split("\n")) {
            if (line.startsWith("event:")) event = line.slice(6).trim();
            else if (line.startsWith("data:")) data += line.slice(5).trim();
          }
          if (event === "PB_CONNECT") connected(JSON.parse(data).clientId);
          else l.events.push({ event, data: data ? JSON.parse(data) : null });
        }
      }
    } catch { /* aborted */ }
  })();
  const cid = await clientId;
  const headers = { "Content-Type": "application/json" };
  if (token) headers.Authorization = token;
  const sub = await fetch(`${pb.base}/api/realtime`, { method: "POST", headers, body: JSON.stringify({ clientId: cid, subscriptions: topics }) });
  assert.equal(sub.status, 204, `${name} subscribe: ${await sub.text()}`);
  listeners.push(l);
  return l;
}

/** Waits until `pred()` holds (polling), or fails after `ms`. */
async function until(pred, what, ms = 10_000) {
  const deadline = Date.now() + ms;
  while (!pred()) {
    if (Date.now() > deadline) assert.fail(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

before(async () => {
  pb = await startPb();
  id.tOpen = await pb.suCreate("themes", { slug: "open", name: "Open", access: "open" });
  for (const [key, name] of [["bea", "Bea Bron"], ["ali", "Ali Ander"]]) {
    const m = await pb.register(key, name);
    id[key] = m.id;
    tok[key] = m.token;
  }
  CONTROL = filtered(`author = "${id.bea}" && title ~ "Openbaar"`);
});

after(() => {
  for (const l of listeners) l.close();
  pb && pb.stop();
});

// A subscription may carry a filter; whether an event arrives must not tell a
// hidden field. CONTROL shows that filters are applied at all.
const filtered = (filter) => `posts/*?options=${encodeURIComponent(JSON.stringify({ query: { filter } }))}`;
let CONTROL;
const ORACLES = [
  filtered(`author.job_title ~ "${SECRET_JOB}"`),
  filtered(`author.bio ~ "${SECRET_BIO}"`),
  filtered(`author.province = "zeeland"`),
  filtered(`author.email ~ "bea@"`),
  filtered(`author.email = "${B_EMAIL}"`),
  filtered(`@collection.members.email ?= "${B_EMAIL}"`),
];

test("realtime: bezoeker en ander lid krijgen het bericht, nooit verborgen profielvelden of e-mail", async () => {
  const expand = (topic) => `${topic}?options=${encodeURIComponent(JSON.stringify({ query: { expand: "author,post.author" } }))}`;
  const topics = [
    "members/*", `members/${id.bea}`,
    "public_profiles/*", `public_profiles/${id.bea}`, "member_profiles/*", `member_profiles/${id.bea}`,
    "posts/*", expand("posts/*"), "comments/*", expand("comments/*"),
    CONTROL, ...ORACLES,
  ];
  const visitor = await listen("visitor", undefined, topics);
  const other = await listen("ali", tok.ali, topics);
  const self = await listen("bea", tok.bea, topics);

  // Bea fills in her profile with a hidden job title and bio, then writes a post and a comment
  const u = await pb.api("PATCH", `${rec("members")}/${id.bea}`, {
    token: tok.bea,
    body: { job_title: SECRET_JOB, bio: SECRET_BIO, province: "zeeland", visibility: { job_title: "hidden", bio: "hidden", province: "hidden" } },
  });
  assert.equal(u.status, 200, u.text);
  const p = await pb.api("POST", rec("posts"), { token: tok.bea, body: { author: id.bea, theme: id.tOpen, kind: "blog", title: POST_TITLE, body: "Tekst" } });
  assert.equal(p.status, 200, p.text);
  const c = await pb.api("POST", rec("comments"), { token: tok.bea, body: { post: p.body.id, author: id.bea, body: COMMENT_BODY } });
  assert.equal(c.status, 200, c.text);
  // and changes her profile once more after the post (a second members event)
  const u2 = await pb.api("PATCH", `${rec("members")}/${id.bea}`, { token: tok.bea, body: { bio: `${SECRET_BIO}-2` } });
  assert.equal(u2.status, 200, u2.text);

  // controls: the subscriptions work
  await until(() => visitor.raw.includes(COMMENT_BODY), "the visitor to get the comment");
  await until(() => other.raw.includes(COMMENT_BODY), "ali to get the comment");
  await until(() => self.raw.includes(`${SECRET_BIO}-2`), "bea to get her own member record");
  assert.ok(visitor.raw.includes(POST_TITLE) && other.raw.includes(POST_TITLE), "the post event reached both");
  assert.ok(self.raw.includes(SECRET_JOB), "bea's own subscription carries her record");
  for (const l of [visitor, other, self]) {
    assert.ok(l.events.some((e) => e.event === CONTROL), `${l.name}: the filtered control subscription got nothing`);
  }
  await new Promise((r) => setTimeout(r, 500)); // anything still on its way

  for (const l of [visitor, other]) {
    for (const secret of [SECRET_JOB, SECRET_BIO, "zeeland", B_EMAIL, "bea@"]) {
      assert.ok(!l.raw.includes(secret), `${l.name} received "${secret}": ${l.raw}`);
    }
    const topicsSeen = new Set(l.events.map((e) => e.event.split("?")[0]));
    assert.ok(![...topicsSeen].some((t) => t.startsWith("members/") || t.includes("_profiles/")), `${l.name} got member/profile events: ${[...topicsSeen]}`);
    for (const oracle of ORACLES) {
      assert.ok(!l.events.some((e) => e.event === oracle), `${l.name}: an event arrived for ${decodeURIComponent(oracle)}`);
    }
    for (const e of l.events.filter((x) => x.data && x.data.record)) {
      const expanded = e.data.record.expand || {};
      assert.ok(!expanded.author, `${l.name}: expand=author gave a member record over realtime`);
    }
  }
  // the profile views send no realtime events at all (they are SQL views)
  assert.ok(!self.events.some((e) => e.event.includes("_profiles/")), "a view sent an event");
});
