// Security tests for the Knooppunt PocketBase schema and API rules.
//
// Starts a REAL PocketBase (backend/pocketbase/start-test.sh) on a free
// loopback port with a temporary data dir and the migrations, sets up fixtures
// with a superuser token, then checks every rule over HTTP as a stranger
// (no account) and as logged-in members. Run: node --test tests/backend/
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { startPb, refused, rec, PASS } from "./support.mjs";

let env; // the running PocketBase (support.mjs)
let su; // superuser token
const tok = {}; // member name -> token
const id = {}; // fixture name -> record id

const api = (...args) => env.api(...args);
const suCreate = (...args) => env.suCreate(...args);
const suGet = (...args) => env.suGet(...args);
const suCount = (...args) => env.suCount(...args);

async function register(key, name, extra = {}) {
  const member = await env.register(key, name, extra);
  id[key] = member.id;
  tok[key] = member.token;
}

const HIDDEN_MARK = "GEHEIM-verborgen-7731";
const MEMBERS_MARK = "LEDEN-alleen-4410";
const PUBLIC_MARK = "OPENBAAR-zichtbaar-9052";

before(async () => {
  env = await startPb();
  su = env.su;

  // organisations and themes (host data)
  id.org = await suCreate("organisations", { name: "Gemeente Testdorp", kind: "gemeente", province: "utrecht" });
  id.org2 = await suCreate("organisations", { name: `Org ${HIDDEN_MARK}`, kind: "rijk" });
  id.tOpen = await suCreate("themes", { slug: "open-thema", name: "Open thema", access: "open" });
  id.tReq = await suCreate("themes", { slug: "op-verzoek", name: "Op verzoek", access: "on_request" });
  id.tInv = await suCreate("themes", { slug: "op-uitnodiging", name: "Op uitnodiging", access: "invite_only" });
  id.tOther = await suCreate("themes", { slug: "ander-thema", name: "Ander thema", access: "open" });

  // members register themselves through the public API
  await register("alice", "Alice Moderator");
  await register("bob", "Bob Lid");
  await register("carol", "Carol Binnen");
  await register("dave", "Dave Wachtend");
  await register("erin", "Erin Anders");
  await register("frank", "Frank Nieuw");
  await register("zoe", "Zoë Privé", {
    organisation: id.org2,
    job_title: `Functie ${MEMBERS_MARK}`,
    bio: `Bio ${PUBLIC_MARK}`,
    expertise: [HIDDEN_MARK],
    province: "zeeland",
    links: { website: `https://example.org/${HIDDEN_MARK}` },
    visibility: { bio: "public", job_title: "members", expertise: "hidden", province: "hidden", links: "hidden", organisation: "hidden", avatar: "public" },
  });

  // memberships
  const m = (theme, member, role, status) => suCreate("memberships", { theme, member, role, status });
  id.mAliceOpen = await m(id.tOpen, id.alice, "moderator", "active");
  id.mAliceReq = await m(id.tReq, id.alice, "owner", "active");
  id.mBobOpen = await m(id.tOpen, id.bob, "member", "active");
  id.mCarolReq = await m(id.tReq, id.carol, "member", "active");
  id.mDaveReq = await m(id.tReq, id.dave, "member", "pending");
  id.mErinOther = await m(id.tOther, id.erin, "moderator", "active");
  id.mZoeOpen = await m(id.tOpen, id.zoe, "member", "active");

  // posts, comments, events
  const post = (author, theme, title, extra = {}) =>
    suCreate("posts", { author, theme, kind: "knowledge", title, body: `Tekst van ${title}`, ...extra });
  id.pOpen = await post(id.bob, id.tOpen, "Open bericht");
  id.pNone = await post(id.bob, "", "Bericht zonder thema");
  id.pAlice = await post(id.alice, id.tOpen, "Bericht van Alice");
  id.pReq = await post(id.carol, id.tReq, "Gesloten bericht");
  id.pHidden = await post(id.bob, id.tOpen, "Verborgen bericht", { hidden: true });
  id.pOther = await post(id.bob, id.tOther, "Bericht in ander thema");
  id.pZoe = await post(id.zoe, id.tOpen, "Bericht van Zoë");
  id.cAlice = await suCreate("comments", { post: id.pOpen, author: id.alice, body: "Reactie van Alice" });
  id.cZoe = await suCreate("comments", { post: id.pZoe, author: id.zoe, body: "Reactie van Zoë" });
  id.cReq = await suCreate("comments", { post: id.pReq, author: id.carol, body: "Gesloten reactie" });
  const ev = (theme, title) => suCreate("events", {
    theme, title, starts_at: "2030-01-10 09:00:00.000Z", ends_at: "2030-01-10 12:00:00.000Z",
  });
  id.eOpen = await ev(id.tOpen, "Open bijeenkomst");
  id.eReq = await ev(id.tReq, "Gesloten bijeenkomst");
});

after(() => env?.stop());

// ---------------------------------------------------------------------------
// A stranger (no account) is refused for every write path.
// ---------------------------------------------------------------------------
const strangerWrites = [
  ["maakt een bericht", () => api("POST", rec("posts"), { body: { author: id.bob, kind: "blog", title: "x", body: "y" } }), () => suCount("posts", 'title = "x"')],
  ["maakt een reactie (comment)", () => api("POST", rec("comments"), { body: { post: id.pOpen, author: id.bob, body: "x-stranger" } }), () => suCount("comments", 'body = "x-stranger"')],
  ["geeft een reactie (like)", () => api("POST", rec("reactions"), { body: { target_post: id.pOpen, member: id.bob, kind: "like" } }), () => suCount("reactions")],
  ["meldt zich aan voor een bijeenkomst", () => api("POST", rec("rsvps"), { body: { event: id.eOpen, member: id.bob, status: "going" } }), () => suCount("rsvps")],
  ["wordt lid van een thema", () => api("POST", rec("memberships"), { body: { theme: id.tOther, member: id.bob, role: "member", status: "active" } }), () => suCount("memberships", `member = "${id.bob}" && theme = "${id.tOther}"`)],
  ["wijzigt een thema", () => api("PATCH", `${rec("themes")}/${id.tOpen}`, { body: { name: "Gekaapt" } }), () => suCount("themes", 'name = "Gekaapt"')],
  ["maakt een thema", () => api("POST", rec("themes"), { body: { slug: "nep", name: "Nep", access: "open" } }), () => suCount("themes", 'slug = "nep"')],
  ["maakt een bijeenkomst", () => api("POST", rec("events"), { body: { theme: id.tOpen, title: "Nep", starts_at: "2030-01-01 10:00:00Z", ends_at: "2030-01-01 11:00:00Z" } }), () => suCount("events", 'title = "Nep"')],
  ["wijzigt een profiel", () => api("PATCH", `${rec("members")}/${id.bob}`, { body: { name: "Gekaapt" } }), () => suCount("members", 'name = "Gekaapt"')],
  ["wijzigt een bericht", () => api("PATCH", `${rec("posts")}/${id.pOpen}`, { body: { title: "Gekaapt" } }), () => suCount("posts", 'title = "Gekaapt"')],
  ["verbergt een bericht", () => api("PATCH", `${rec("posts")}/${id.pOpen}`, { body: { hidden: true } }), () => suCount("posts", `id = "${id.pOpen}" && hidden = true`)],
  ["verwijdert een bericht", () => api("DELETE", `${rec("posts")}/${id.pOpen}`), async () => ((await suGet("posts", id.pOpen)) ? 0 : 1)],
  ["verwijdert een comment", () => api("DELETE", `${rec("comments")}/${id.cAlice}`), async () => ((await suGet("comments", id.cAlice)) ? 0 : 1)],
  ["keurt een lidmaatschap goed", () => api("PATCH", `${rec("memberships")}/${id.mDaveReq}`, { body: { status: "active" } }), () => suCount("memberships", `id = "${id.mDaveReq}" && status = "active"`)],
  ["maakt een organisatie", () => api("POST", rec("organisations"), { body: { name: "Nep BV", kind: "overig" } }), () => suCount("organisations", 'name = "Nep BV"')],
  ["verwijdert een account", () => api("DELETE", `${rec("members")}/${id.bob}`), async () => ((await suGet("members", id.bob)) ? 0 : 1)],
];
for (const [what, call, changed] of strangerWrites) {
  test(`vreemde zonder account ${what}: geweigerd`, async () => {
    const before = await changed();
    refused(await call(), what);
    assert.equal(await changed(), before, `${what}: state changed`);
  });
}

// ---------------------------------------------------------------------------
// A logged-in member cannot act as someone else or beyond their role.
// ---------------------------------------------------------------------------
test("lid kan geen bericht plaatsen met een andere auteur", async () => {
  refused(await api("POST", rec("posts"), { token: tok.bob, body: { author: id.alice, theme: id.tOpen, kind: "blog", title: "Als Alice", body: "x" } }), "post as alice");
  assert.equal(await suCount("posts", 'title = "Als Alice"'), 0);
});

test("lid kan een eigen bericht plaatsen, maar niet zelf verbergen, vastzetten of tellers zetten", async () => {
  const ok = await api("POST", rec("posts"), { token: tok.bob, body: { author: id.bob, theme: id.tOpen, kind: "question", title: "Eigen vraag", body: "Hoe?" } });
  assert.equal(ok.status, 200, ok.text);
  for (const extra of [{ hidden: true }, { pinned: true }, { comment_count: 99 }, { reactions: { like: 1000 } }]) {
    refused(await api("POST", rec("posts"), { token: tok.bob, body: { author: id.bob, kind: "blog", title: "Beschermd", body: "x", ...extra } }), JSON.stringify(extra));
  }
  assert.equal(await suCount("posts", 'title = "Beschermd"'), 0);
  for (const extra of [{ hidden: true }, { pinned: true }, { comment_count: 5 }, { author: id.alice }, { reactions: { like: 9 } }]) {
    refused(await api("PATCH", `${rec("posts")}/${ok.body.id}`, { token: tok.bob, body: extra }), `update ${JSON.stringify(extra)}`);
  }
  const after = await suGet("posts", ok.body.id);
  assert.equal(after.hidden, false);
  assert.equal(after.pinned, false);
  assert.equal(after.comment_count, 0);
  assert.equal(after.author, id.bob);
});

test("created/updated kunnen niet door de client gezet worden", async () => {
  const r = await api("POST", rec("posts"), { token: tok.bob, body: { author: id.bob, kind: "blog", title: "Tijdreis", body: "x", created: "2001-01-01 00:00:00.000Z" } });
  if (r.status === 200) assert.ok(!r.body.created.startsWith("2001"), `created was set by client: ${r.body.created}`);
});

test("lid kan een bericht van een ander niet wijzigen of verwijderen", async () => {
  refused(await api("PATCH", `${rec("posts")}/${id.pAlice}`, { token: tok.bob, body: { title: "Door Bob" } }), "edit");
  refused(await api("DELETE", `${rec("posts")}/${id.pAlice}`, { token: tok.bob }), "delete");
  const p = await suGet("posts", id.pAlice);
  assert.equal(p.title, "Bericht van Alice");
});

test("lid kan een comment van een ander niet wijzigen of verwijderen, en niet als een ander reageren", async () => {
  refused(await api("PATCH", `${rec("comments")}/${id.cAlice}`, { token: tok.bob, body: { body: "Door Bob" } }), "edit");
  refused(await api("DELETE", `${rec("comments")}/${id.cAlice}`, { token: tok.bob }), "delete");
  assert.equal((await suGet("comments", id.cAlice)).body, "Reactie van Alice");
  refused(await api("POST", rec("comments"), { token: tok.bob, body: { post: id.pOpen, author: id.alice, body: "namens Alice" } }), "comment as alice");
  assert.equal(await suCount("comments", 'body = "namens Alice"'), 0);
  const own = await api("POST", rec("comments"), { token: tok.bob, body: { post: id.pOpen, author: id.bob, body: "Bob zegt" } });
  assert.equal(own.status, 200, own.text);
});

test("lid kan geen reactie (like) geven namens een ander", async () => {
  refused(await api("POST", rec("reactions"), { token: tok.bob, body: { target_post: id.pAlice, member: id.alice, kind: "like" } }), "reaction as alice");
  assert.equal(await suCount("reactions", `member = "${id.alice}"`), 0);
});

test("lid kan zich niet aanmelden namens een ander voor een bijeenkomst", async () => {
  refused(await api("POST", rec("rsvps"), { token: tok.bob, body: { event: id.eOpen, member: id.alice, status: "going" } }), "rsvp as alice");
  assert.equal(await suCount("rsvps", `member = "${id.alice}"`), 0);
});

test("lid kan de reactie of RSVP van een ander niet wijzigen of verwijderen", async () => {
  const rid = await suCreate("reactions", { target_post: id.pOther, member: id.alice, kind: "thanks" });
  const sid = await suCreate("rsvps", { event: id.eOpen, member: id.carol, status: "going" });
  refused(await api("PATCH", `${rec("reactions")}/${rid}`, { token: tok.bob, body: { kind: "like" } }), "edit reaction");
  refused(await api("DELETE", `${rec("reactions")}/${rid}`, { token: tok.bob }), "delete reaction");
  refused(await api("PATCH", `${rec("rsvps")}/${sid}`, { token: tok.bob, body: { status: "declined" } }), "edit rsvp");
  refused(await api("DELETE", `${rec("rsvps")}/${sid}`, { token: tok.bob }), "delete rsvp");
  assert.equal((await suGet("reactions", rid)).kind, "thanks");
  assert.equal((await suGet("rsvps", sid)).status, "going");
  // and cannot read them either
  const list = await api("GET", `${rec("rsvps")}?perPage=200`, { token: tok.bob });
  assert.ok(!list.body.items.some((x) => x.member !== id.bob), "bob sees someone else's rsvp");
});

test("lid kan een ander profiel niet wijzigen of verwijderen", async () => {
  refused(await api("PATCH", `${rec("members")}/${id.alice}`, { token: tok.bob, body: { name: "Gekaapt door Bob" } }), "edit");
  refused(await api("DELETE", `${rec("members")}/${id.alice}`, { token: tok.bob }), "delete");
  assert.equal((await suGet("members", id.alice)).name, "Alice Moderator");
});

test("niemand zet de eigen toegangscache (active_themes / moderated_themes)", async () => {
  const email = "sneaky@knooppunt.test";
  const reg = await api("POST", rec("members"), { body: { email, password: PASS, passwordConfirm: PASS, name: "Sneaky", moderated_themes: [id.tReq], active_themes: [id.tReq] } });
  refused(reg, "register with access cache");
  assert.equal(await suCount("members", `email = "${email}"`), 0);
  for (const body of [{ active_themes: [id.tReq] }, { "active_themes+": id.tReq }, { "+active_themes": id.tReq }, { moderated_themes: [id.tOther] }, { "moderated_themes+": id.tOther }]) {
    refused(await api("PATCH", `${rec("members")}/${id.frank}`, { token: tok.frank, body }), JSON.stringify(body));
  }
  const f = await suGet("members", id.frank);
  assert.deepEqual(f.active_themes, []);
  assert.deepEqual(f.moderated_themes, []);
  assert.equal((await api("GET", `${rec("posts")}/${id.pReq}`, { token: tok.frank })).status, 404);
  refused(await api("PATCH", `${rec("posts")}/${id.pOther}`, { token: tok.frank, body: { hidden: true } }), "hide");
});

test("lid kan het e-mailadres van een ander niet lezen", async () => {
  const v = await api("GET", `${rec("members")}/${id.alice}`, { token: tok.bob });
  assert.equal(v.status, 404);
  const l = await api("GET", `${rec("members")}?perPage=200`, { token: tok.bob });
  assert.equal(l.status, 200);
  assert.deepEqual(l.body.items.map((x) => x.id), [id.bob]);
  assert.ok(!l.text.includes("alice@knooppunt.test"));
  for (const view of ["public_profiles", "member_profiles"]) {
    const r = await api("GET", `${rec(view)}?perPage=200`, { token: tok.bob });
    assert.ok(!r.text.includes("@knooppunt.test"), `${view} leaks an email`);
  }
});

test("wachtend lid kan het eigen lidmaatschap niet goedkeuren of zichzelf moderator maken", async () => {
  refused(await api("PATCH", `${rec("memberships")}/${id.mDaveReq}`, { token: tok.dave, body: { status: "active" } }), "approve own");
  refused(await api("PATCH", `${rec("memberships")}/${id.mDaveReq}`, { token: tok.dave, body: { role: "moderator" } }), "promote own");
  const m = await suGet("memberships", id.mDaveReq);
  assert.equal(m.status, "pending");
  assert.equal(m.role, "member");
});

test("niemand maakt zichzelf moderator of eigenaar", async () => {
  refused(await api("PATCH", `${rec("memberships")}/${id.mBobOpen}`, { token: tok.bob, body: { role: "moderator" } }), "bob promotes himself");
  refused(await api("POST", rec("memberships"), { token: tok.bob, body: { theme: id.tOther, member: id.bob, role: "moderator", status: "active" } }), "join as moderator");
  refused(await api("PATCH", `${rec("memberships")}/${id.mAliceOpen}`, { token: tok.alice, body: { role: "owner" } }), "moderator promotes herself to owner");
  refused(await api("PATCH", `${rec("memberships")}/${id.mBobOpen}`, { token: tok.alice, body: { role: "owner" } }), "moderator makes someone owner");
  assert.equal((await suGet("memberships", id.mBobOpen)).role, "member");
  assert.equal((await suGet("memberships", id.mAliceOpen)).role, "moderator");
});

test("lidmaatschap: open → actief, op verzoek → alleen wachtend, op uitnodiging → niet zelf", async () => {
  refused(await api("POST", rec("memberships"), { token: tok.erin, body: { theme: id.tReq, member: id.erin, role: "member", status: "active" } }), "on_request active");
  refused(await api("POST", rec("memberships"), { token: tok.erin, body: { theme: id.tInv, member: id.erin, role: "member", status: "pending" } }), "invite_only pending");
  refused(await api("POST", rec("memberships"), { token: tok.erin, body: { theme: id.tInv, member: id.erin, role: "member", status: "active" } }), "invite_only active");
  refused(await api("POST", rec("memberships"), { token: tok.erin, body: { theme: id.tOpen, member: id.erin, role: "member", status: "pending" } }), "open pending");
  const req = await api("POST", rec("memberships"), { token: tok.erin, body: { theme: id.tReq, member: id.erin, role: "member", status: "pending" } });
  assert.equal(req.status, 200, req.text);
  const open = await api("POST", rec("memberships"), { token: tok.erin, body: { theme: id.tOpen, member: id.erin, role: "member", status: "active" } });
  assert.equal(open.status, 200, open.text);
});

// ---------------------------------------------------------------------------
// Uniqueness
// ---------------------------------------------------------------------------
test("één reactie per lid en bericht", async () => {
  const a = await api("POST", rec("reactions"), { token: tok.carol, body: { target_post: id.pOpen, member: id.carol, kind: "like" } });
  assert.equal(a.status, 200, a.text);
  const b = await api("POST", rec("reactions"), { token: tok.carol, body: { target_post: id.pOpen, member: id.carol, kind: "thanks" } });
  assert.equal(b.status, 400, b.text);
  assert.equal(await suCount("reactions", `member = "${id.carol}" && target_post = "${id.pOpen}"`), 1);
});

// The outbox (issue 8) resends what got no answer with the id the writer chose: the
// server must keep it to one record, and an id never lets anyone take over another's.
test("een gekozen id: een tweede verzending wordt geweigerd, een vreemde of ander lid krijgt het niet", async () => {
  const postId = "uitbakbericht01";
  const first = await api("POST", rec("posts"), { token: tok.bob, body: { id: postId, author: id.bob, kind: "question", title: "Offline geschreven", body: "Eén keer." } });
  assert.equal(first.status, 200, first.text);
  assert.equal(first.body.id, postId);
  const again = await api("POST", rec("posts"), { token: tok.bob, body: { id: postId, author: id.bob, kind: "question", title: "Offline geschreven", body: "Eén keer." } });
  assert.equal(again.status, 400, again.text);
  assert.equal(again.body.data?.id?.code, "validation_not_unique", again.text);
  refused(await api("POST", rec("posts"), { body: { id: "uitbakvreemd001", author: id.bob, kind: "blog", title: "Vreemd", body: "x" } }), "stranger with an id");
  const taken = await api("POST", rec("posts"), { token: tok.erin, body: { id: postId, author: id.erin, kind: "blog", title: "Overgenomen", body: "x" } });
  assert.equal(taken.status, 400, taken.text);
  assert.equal(await suCount("posts", 'title = "Offline geschreven"'), 1);
  assert.equal((await suGet("posts", postId)).author, id.bob);

  const commentId = "uitbakreactie01";
  const comment = { id: commentId, post: postId, author: id.bob, body: "Ook één keer." };
  assert.equal((await api("POST", rec("comments"), { token: tok.bob, body: comment })).status, 200);
  assert.equal((await api("POST", rec("comments"), { token: tok.bob, body: comment })).status, 400);
  refused(await api("POST", rec("comments"), { body: { ...comment, id: "uitbakvreemd002" } }), "stranger comments with an id");
  assert.equal(await suCount("comments", `post = "${postId}"`), 1);
});

test("één reactie per lid en comment", async () => {
  const a = await api("POST", rec("reactions"), { token: tok.carol, body: { target_comment: id.cAlice, member: id.carol, kind: "insightful" } });
  assert.equal(a.status, 200, a.text);
  const b = await api("POST", rec("reactions"), { token: tok.carol, body: { target_comment: id.cAlice, member: id.carol, kind: "like" } });
  assert.equal(b.status, 400, b.text);
  refused(await api("POST", rec("reactions"), { token: tok.carol, body: { target_post: id.pNone, target_comment: id.cAlice, member: id.carol, kind: "like" } }), "two targets");
});

test("één RSVP per lid en bijeenkomst", async () => {
  const a = await api("POST", rec("rsvps"), { token: tok.bob, body: { event: id.eOpen, member: id.bob, status: "going" } });
  assert.equal(a.status, 200, a.text);
  const b = await api("POST", rec("rsvps"), { token: tok.bob, body: { event: id.eOpen, member: id.bob, status: "maybe" } });
  assert.equal(b.status, 400, b.text);
  assert.equal(await suCount("rsvps", `member = "${id.bob}" && event = "${id.eOpen}"`), 1);
});

test("één lidmaatschap per lid en thema", async () => {
  const a = await api("POST", rec("memberships"), { token: tok.carol, body: { theme: id.tOther, member: id.carol, role: "member", status: "active" } });
  assert.equal(a.status, 200, a.text);
  const b = await api("POST", rec("memberships"), { token: tok.carol, body: { theme: id.tOther, member: id.carol, role: "member", status: "active" } });
  assert.equal(b.status, 400, b.text);
  assert.equal(await suCount("memberships", `member = "${id.carol}" && theme = "${id.tOther}"`), 1);
});

// ---------------------------------------------------------------------------
// Moderation
// ---------------------------------------------------------------------------
test("moderator verbergt een bericht in het eigen thema", async () => {
  const pid = await suCreate("posts", { author: id.bob, theme: id.tOpen, kind: "blog", title: "Te verbergen", body: "x" });
  const r = await api("PATCH", `${rec("posts")}/${pid}`, { token: tok.alice, body: { hidden: true } });
  assert.equal(r.status, 200, r.text);
  assert.equal((await suGet("posts", pid)).hidden, true);
  assert.equal((await api("GET", `${rec("posts")}/${pid}`)).status, 404, "stranger still sees hidden post");
  assert.equal((await api("GET", `${rec("posts")}/${pid}`, { token: tok.carol })).status, 404, "other member still sees hidden post");
  assert.equal((await api("GET", `${rec("posts")}/${pid}`, { token: tok.bob })).status, 200, "author no longer sees own hidden post");
  assert.equal((await api("GET", `${rec("posts")}/${pid}`, { token: tok.alice })).status, 200, "the moderator no longer sees the hidden post");
  const wall = async (token) => (await api("GET", `${rec("posts")}?perPage=200&filter=${encodeURIComponent(`theme = "${id.tOpen}"`)}`, { token })).body.items.map((x) => x.id);
  assert.ok(!(await wall()).includes(pid), "stranger still lists hidden post");
  assert.ok((await wall(tok.alice)).includes(pid) && (await wall(tok.bob)).includes(pid), "moderator or author no longer lists the hidden post");
  // the author cannot unhide it
  refused(await api("PATCH", `${rec("posts")}/${pid}`, { token: tok.bob, body: { hidden: false } }), "author unhides");
  assert.equal((await suGet("posts", pid)).hidden, true);
});

test("moderator kan de inhoud van andermans bericht niet wijzigen", async () => {
  refused(await api("PATCH", `${rec("posts")}/${id.pOpen}`, { token: tok.alice, body: { title: "Door moderator" } }), "edit title");
  refused(await api("PATCH", `${rec("posts")}/${id.pOpen}`, { token: tok.alice, body: { hidden: true, body: "vervangen" } }), "hide + edit");
  assert.equal((await suGet("posts", id.pOpen)).title, "Open bericht");
});

test("moderator kan geen bericht verbergen in een ander thema of zonder thema", async () => {
  refused(await api("PATCH", `${rec("posts")}/${id.pOther}`, { token: tok.alice, body: { hidden: true } }), "other theme");
  refused(await api("PATCH", `${rec("posts")}/${id.pNone}`, { token: tok.alice, body: { hidden: true } }), "no theme");
  assert.equal((await suGet("posts", id.pOther)).hidden, false);
  assert.equal((await suGet("posts", id.pNone)).hidden, false);
});

test("gewoon lid kan geen bericht verbergen", async () => {
  refused(await api("PATCH", `${rec("posts")}/${id.pAlice}`, { token: tok.bob, body: { hidden: true } }), "member hides");
  assert.equal((await suGet("posts", id.pAlice)).hidden, false);
});

test("niet-moderator kan een verzoek niet goedkeuren; moderator wel", async () => {
  const mid = await suCreate("memberships", { theme: id.tReq, member: id.frank, role: "member", status: "pending" });
  refused(await api("PATCH", `${rec("memberships")}/${mid}`, { token: tok.carol, body: { status: "active" } }), "plain member approves");
  refused(await api("PATCH", `${rec("memberships")}/${mid}`, { token: tok.erin, body: { status: "active" } }), "moderator of other theme approves");
  assert.equal((await suGet("memberships", mid)).status, "pending");
  const ok = await api("PATCH", `${rec("memberships")}/${mid}`, { token: tok.alice, body: { status: "active" } });
  assert.equal(ok.status, 200, ok.text);
});

test("niet-moderator kan een thema niet wijzigen; moderator wel, maar niet de teller", async () => {
  refused(await api("PATCH", `${rec("themes")}/${id.tOpen}`, { token: tok.bob, body: { summary: "Door Bob" } }), "member edits theme");
  refused(await api("PATCH", `${rec("themes")}/${id.tOpen}`, { token: tok.erin, body: { summary: "Door Erin" } }), "other moderator edits theme");
  refused(await api("DELETE", `${rec("themes")}/${id.tOpen}`, { token: tok.alice }), "moderator (not owner) deletes theme");
  refused(await api("PATCH", `${rec("themes")}/${id.tOpen}`, { token: tok.alice, body: { member_count: 9999 } }), "moderator sets count");
  const ok = await api("PATCH", `${rec("themes")}/${id.tOpen}`, { token: tok.alice, body: { summary: "Door Alice" } });
  assert.equal(ok.status, 200, ok.text);
  const t = await suGet("themes", id.tOpen);
  assert.equal(t.summary, "Door Alice");
  // the counter is kept by the backend (1730000003): active memberships only
  assert.equal(t.member_count, await suCount("memberships", `theme = "${id.tOpen}" && status = "active"`));
});

test("niet-moderator kan geen bijeenkomst maken voor een thema; moderator wel", async () => {
  const ev = (title, theme) => ({ theme, title, starts_at: "2030-02-01 10:00:00.000Z", ends_at: "2030-02-01 11:00:00.000Z" });
  refused(await api("POST", rec("events"), { token: tok.bob, body: ev("Door Bob", id.tOpen) }), "member creates event");
  refused(await api("POST", rec("events"), { token: tok.alice, body: ev("Zonder thema", "") }), "event without theme");
  refused(await api("POST", rec("events"), { token: tok.alice, body: ev("Ander thema", id.tOther) }), "event in other theme");
  refused(await api("POST", rec("events"), { token: tok.alice, body: { ...ev("Met teller", id.tOpen), going_count: 50 } }), "event with count");
  assert.equal(await suCount("events", 'title = "Door Bob" || title = "Zonder thema" || title = "Ander thema" || title = "Met teller"'), 0);
  const ok = await api("POST", rec("events"), { token: tok.alice, body: ev("Door Alice", id.tOpen) });
  assert.equal(ok.status, 200, ok.text);
  refused(await api("PATCH", `${rec("events")}/${ok.body.id}`, { token: tok.bob, body: { title: "Gekaapt" } }), "member edits event");
});

// ---------------------------------------------------------------------------
// Reading: public wall, closed walls
// ---------------------------------------------------------------------------
test("vreemde leest het openbare prikbord, niet verborgen of gesloten berichten", async () => {
  const r = await api("GET", `${rec("posts")}?perPage=200`);
  assert.equal(r.status, 200);
  const ids = r.body.items.map((x) => x.id);
  assert.ok(ids.includes(id.pOpen) && ids.includes(id.pNone), "public posts missing");
  assert.ok(!ids.includes(id.pReq), "closed-theme post visible to stranger");
  assert.ok(!ids.includes(id.pHidden), "hidden post visible to stranger");
  assert.equal((await api("GET", `${rec("posts")}/${id.pReq}`)).status, 404);
  assert.equal((await api("GET", `${rec("themes")}?perPage=200`)).body.totalItems, 4);
  assert.equal((await api("GET", `${rec("organisations")}/${id.org}`)).status, 200);
});

test("gesloten thema: alleen actieve leden lezen berichten, reacties en bijeenkomsten", async () => {
  for (const [who, may] of [["carol", true], ["alice", true], ["bob", false], ["dave", false], [null, false]]) {
    const token = who ? tok[who] : undefined;
    const p = await api("GET", `${rec("posts")}/${id.pReq}`, { token });
    assert.equal(p.status, may ? 200 : 404, `${who} post`);
    const c = await api("GET", `${rec("comments")}?filter=${encodeURIComponent(`post = "${id.pReq}"`)}`, { token });
    assert.equal(c.body.totalItems, may ? 1 : 0, `${who} comments`);
    const e = await api("GET", `${rec("events")}/${id.eReq}`, { token });
    assert.equal(e.status, may ? 200 : 404, `${who} event`);
  }
});

test("niet-lid kan niet schrijven in een gesloten thema", async () => {
  refused(await api("POST", rec("posts"), { token: tok.bob, body: { author: id.bob, theme: id.tReq, kind: "blog", title: "Inbreker", body: "x" } }), "post");
  refused(await api("POST", rec("comments"), { token: tok.bob, body: { post: id.pReq, author: id.bob, body: "Inbreker" } }), "comment");
  refused(await api("POST", rec("reactions"), { token: tok.bob, body: { target_post: id.pReq, member: id.bob, kind: "like" } }), "reaction");
  refused(await api("POST", rec("rsvps"), { token: tok.bob, body: { event: id.eReq, member: id.bob, status: "going" } }), "rsvp");
  refused(await api("POST", rec("reactions"), { token: tok.bob, body: { target_post: id.pHidden, member: id.bob, kind: "like" } }), "reaction on hidden post");
  const ok = await api("POST", rec("posts"), { token: tok.carol, body: { author: id.carol, theme: id.tReq, kind: "blog", title: "Binnen", body: "x" } });
  assert.equal(ok.status, 200, ok.text);
});

// ---------------------------------------------------------------------------
// Per-field profile visibility
// ---------------------------------------------------------------------------
const profileReads = (zoe) => [
  ["members list", `${rec("members")}?perPage=200`],
  ["members view", `${rec("members")}/${zoe}`],
  ["public_profiles list", `${rec("public_profiles")}?perPage=200`],
  ["public_profiles view", `${rec("public_profiles")}/${zoe}`],
  ["member_profiles list", `${rec("member_profiles")}?perPage=200`],
  ["member_profiles view", `${rec("member_profiles")}/${zoe}`],
  ["posts expand author", `${rec("posts")}?perPage=200&expand=author`],
  ["post view expand author", `${rec("posts")}/${id.pZoe}?expand=author`],
  ["comments expand author,post.author", `${rec("comments")}?perPage=200&expand=author,post.author`],
  ["memberships expand member", `${rec("memberships")}?perPage=200&expand=member`],
];

test("verborgen profielvelden verschijnen nooit voor een vreemde (list, view, expand)", async () => {
  for (const [what, path] of profileReads(id.zoe)) {
    const r = await api("GET", path);
    assert.ok(!r.text.includes(HIDDEN_MARK), `${what} leaks a hidden field to a stranger: ${r.text}`);
    assert.ok(!r.text.includes(MEMBERS_MARK), `${what} leaks a members-only field to a stranger`);
    assert.ok(!r.text.includes("zeeland"), `${what} leaks hidden province to a stranger`);
  }
});

test("verborgen profielvelden verschijnen nooit voor een ander lid (list, view, expand)", async () => {
  for (const who of ["bob", "alice"]) {
    for (const [what, path] of profileReads(id.zoe)) {
      const r = await api("GET", path, { token: tok[who] });
      assert.ok(!r.text.includes(HIDDEN_MARK), `${what} leaks a hidden field to ${who}: ${r.text}`);
      assert.ok(!r.text.includes("zeeland"), `${what} leaks hidden province to ${who}`);
    }
  }
});

test("verborgen velden zijn ook niet af te leiden via filters", async () => {
  for (const token of [undefined, tok.bob]) {
    for (const [c, f] of [
      ["posts", `author.expertise ~ "${HIDDEN_MARK}"`],
      ["posts", `author.province = "zeeland"`],
      ["posts", `author.email ~ "zoe@"`],
      ["comments", `author.job_title ~ "${MEMBERS_MARK}"`],
      ["public_profiles", `province = "zeeland"`],
      ["member_profiles", `expertise ~ "${HIDDEN_MARK}"`],
    ]) {
      const r = await api("GET", `${rec(c)}?filter=${encodeURIComponent(f)}`, { token });
      assert.ok(r.status !== 200 || r.body.totalItems === 0, `${c} filter ${f} (${token ? "bob" : "stranger"}) matched: ${r.text}`);
    }
  }
});

test("openbare profielvelden zijn voor iedereen zichtbaar, ledenvelden niet voor vreemden", async () => {
  const pub = await api("GET", `${rec("public_profiles")}/${id.zoe}`);
  assert.equal(pub.status, 200, pub.text);
  assert.equal(pub.body.name, "Zoë Privé");
  assert.ok(pub.body.bio.includes(PUBLIC_MARK));
  assert.equal(pub.body.job_title, "");
  assert.equal(pub.body.province, "");
  assert.equal(pub.body.organisation, "");
  assert.equal(pub.body.organisation_name, "");
  assert.equal(pub.body.expertise, null);
  assert.equal(pub.body.links, null);
  // member_profiles is for logged-in members only
  assert.equal((await api("GET", `${rec("member_profiles")}/${id.zoe}`)).status, 404);
  assert.equal((await api("GET", `${rec("member_profiles")}?perPage=200`)).body.totalItems, 0);
});

test("ledenvelden zijn zichtbaar voor ingelogde leden", async () => {
  const r = await api("GET", `${rec("member_profiles")}/${id.zoe}`, { token: tok.bob });
  assert.equal(r.status, 200, r.text);
  assert.ok(r.body.bio.includes(PUBLIC_MARK), "public field missing");
  assert.ok(r.body.job_title.includes(MEMBERS_MARK), "members field missing");
  assert.equal(r.body.province, "");
  assert.equal(r.body.expertise, null);
  const list = await api("GET", `${rec("member_profiles")}?perPage=200&filter=${encodeURIComponent('name ~ "Zo"')}`, { token: tok.bob });
  assert.equal(list.body.totalItems, 1);
  assert.ok(list.body.items[0].job_title.includes(MEMBERS_MARK));
});

test("een veld zonder instelling telt als 'members' (privacy standaard)", async () => {
  await api("PATCH", `${rec("members")}/${id.bob}`, { token: tok.bob, body: { job_title: "Beleidsadviseur", province: "utrecht" } });
  const pub = await api("GET", `${rec("public_profiles")}/${id.bob}`);
  assert.equal(pub.body.job_title, "");
  assert.equal(pub.body.province, "");
  const mem = await api("GET", `${rec("member_profiles")}/${id.bob}`, { token: tok.carol });
  assert.equal(mem.body.job_title, "Beleidsadviseur");
  assert.equal(mem.body.province, "utrecht");
});

test("eigenaar zit het eigen volledige profiel en kan zichtbaarheid wijzigen", async () => {
  const own = await api("GET", `${rec("members")}/${id.zoe}`, { token: tok.zoe });
  assert.equal(own.status, 200);
  assert.deepEqual(own.body.expertise, [HIDDEN_MARK]);
  const u = await api("PATCH", `${rec("members")}/${id.zoe}`, { token: tok.zoe, body: { visibility: { ...own.body.visibility, province: "public" } } });
  assert.equal(u.status, 200, u.text);
  const pub = await api("GET", `${rec("public_profiles")}/${id.zoe}`);
  assert.equal(pub.body.province, "zeeland");
  // restore for other tests
  await api("PATCH", `${rec("members")}/${id.zoe}`, { token: tok.zoe, body: { visibility: own.body.visibility } });
});
