// Bad input (issue 3 item 8): over-long fields, empty required fields, invalid
// email, weak password, values outside a select, unknown ids, malformed JSON
// get a 400 (404 for an unknown id in the URL) whose body names the field
// (`data.<field>.code`), and nothing is stored: the whole database (every
// record's id and `updated`) is the same before and after. HTML and script
// in every text field are stored verbatim, never cut short: the app renders
// text, never raw HTML (DESIGN.md §3), so the backend must not "clean" it.
// Runs against a real PocketBase with the migrations and pb_hooks (support.mjs).
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { startPb, rec, PASS } from "./support.mjs";

let pb;
const id = {};
const tok = {};
const api = (...args) => pb.api(...args);

const COLLECTIONS = ["members", "organisations", "themes", "memberships", "posts", "comments", "reactions", "events", "rsvps"];

/** Every record's id and `updated`, per collection: any insert, update or delete changes it. */
async function snapshot() {
  const out = {};
  for (const c of COLLECTIONS) {
    const r = await api("GET", `${rec(c)}?perPage=500&sort=id&fields=id,updated`, { token: pb.su });
    assert.equal(r.status, 200, r.text);
    assert.ok(r.body.totalItems <= 500, "snapshot: too many records");
    out[c] = r.body.items.map((x) => `${x.id}@${x.updated}`);
  }
  return out;
}

/** Sends the request; expects a 400 naming `field` (with `code` when given) and no change at all. */
async function refusedWithField(what, call, field, code) {
  const before = await snapshot();
  const r = await call();
  assert.equal(r.status, 400, `${what}: expected 400, got ${r.status} ${r.text}`);
  assert.ok(r.body && r.body.data && r.body.data[field] && r.body.data[field].code, `${what}: no error for "${field}": ${r.text}`);
  if (code) assert.equal(r.body.data[field].code, code, `${what}: ${r.text}`);
  assert.deepEqual(await snapshot(), before, `${what}: something was stored`);
  return r;
}

/** A request with a raw (possibly malformed) body. */
async function raw(method, path, token, text) {
  const headers = { "Content-Type": "application/json" };
  if (token) headers.Authorization = token;
  const res = await fetch(pb.base + path, { method, headers, body: text });
  const body = await res.text();
  let json = null;
  try { json = JSON.parse(body); } catch { /* not json */ }
  return { status: res.status, body: json, text: body };
}

const chars = (s) => Array.from(s).length; // code points, as PocketBase counts (runes)
/** Exactly n code points of HTML, markup-like text and multibyte characters. */
const fill = (n) => Array.from("<b>é😀</b>&amp;<script>x</script>".repeat(Math.ceil(n / 20) + 1)).slice(0, n).join("");
const over = (n) => fill(n + 1);
const bigJson = () => ["x".repeat(20001)];

let seq = 0;
const newEmail = () => `nieuw-${++seq}@knooppunt.test`;
const register = (body) => api("POST", rec("members"), {
  body: { email: newEmail(), password: PASS, passwordConfirm: PASS, name: "Nieuw Lid", ...body },
});
const post = (body, who = "ann") => api("POST", rec("posts"), {
  token: tok[who], body: { author: id[who], theme: id.tOpen, kind: "knowledge", title: "Titel", body: "Tekst", ...body },
});
const comment = (body, who = "ann") => api("POST", rec("comments"), { token: tok[who], body: { post: id.pOpen, author: id[who], body: "Reactie", ...body } });
const reaction = (body, who = "bob") => api("POST", rec("reactions"), { token: tok[who], body: { member: id[who], kind: "like", ...body } });
const membership = (body, who = "bob") => api("POST", rec("memberships"), { token: tok[who], body: { theme: id.tOther, member: id[who], role: "member", status: "active", ...body } });
const rsvp = (body, who = "bob") => api("POST", rec("rsvps"), { token: tok[who], body: { event: id.eOpen, member: id[who], status: "going", ...body } });
const event = (body) => api("POST", rec("events"), {
  token: tok.ann,
  body: { theme: id.tOpen, title: "Bijeenkomst", starts_at: "2030-03-01 10:00:00.000Z", ends_at: "2030-03-01 12:00:00.000Z", ...body },
});
const profile = (body, who = "bob") => api("PATCH", `${rec("members")}/${id[who]}`, { token: tok[who], body });
const editPost = (body) => api("PATCH", `${rec("posts")}/${id.pOpen}`, { token: tok.ann, body });
const editTheme = (body) => api("PATCH", `${rec("themes")}/${id.tOpen}`, { token: tok.ann, body });
const editEvent = (body) => api("PATCH", `${rec("events")}/${id.eOpen}`, { token: tok.ann, body });

before(async () => {
  pb = await startPb();
  id.org = await pb.suCreate("organisations", { name: "Gemeente Testdorp", kind: "gemeente", province: "utrecht" });
  id.tOpen = await pb.suCreate("themes", { slug: "open", name: "Open", access: "open" });
  id.tOther = await pb.suCreate("themes", { slug: "ander", name: "Ander", access: "open" });
  id.tClosed = await pb.suCreate("themes", { slug: "dicht", name: "Dicht", access: "on_request" });
  for (const [key, name] of [["ann", "Ann Moderator"], ["bob", "Bob Lid"], ["cas", "Cas Binnen"]]) {
    const m = await pb.register(key, name);
    id[key] = m.id;
    tok[key] = m.token;
  }
  await pb.suCreate("memberships", { theme: id.tOpen, member: id.ann, role: "moderator", status: "active" });
  await pb.suCreate("memberships", { theme: id.tClosed, member: id.cas, role: "member", status: "active" });
  id.pOpen = await pb.suCreate("posts", { author: id.ann, theme: id.tOpen, kind: "knowledge", title: "Open", body: "Tekst" });
  id.pClosed = await pb.suCreate("posts", { author: id.cas, theme: id.tClosed, kind: "knowledge", title: "Dicht", body: "Tekst" });
  id.cOpen = await pb.suCreate("comments", { post: id.pOpen, author: id.ann, body: "Reactie" });
  id.cClosed = await pb.suCreate("comments", { post: id.pClosed, author: id.cas, body: "Reactie" });
  const ev = { starts_at: "2030-01-10 09:00:00.000Z", ends_at: "2030-01-10 12:00:00.000Z" };
  id.eOpen = await pb.suCreate("events", { theme: id.tOpen, title: "Open bijeenkomst", ...ev });
  id.eClosed = await pb.suCreate("events", { theme: id.tClosed, title: "Dichte bijeenkomst", ...ev });
});

after(() => pb && pb.stop());

// ---------------------------------------------------------------------------
// Over-long fields: refused with the field's max error, never cut short.
// ---------------------------------------------------------------------------
const MAX = "validation_max_text_constraint";
const JSON_SIZE = "validation_json_size_limit";
const tooLong = [
  ["registratie: naam", () => register({ name: over(120) }), "name", MAX],
  ["registratie: wachtwoord van 72 bytes", () => register({ password: "x".repeat(72), passwordConfirm: "x".repeat(72) }), "password", MAX],
  ["registratie: wachtwoord van 40 tekens maar 80 bytes", () => register({ password: "é".repeat(40), passwordConfirm: "é".repeat(40) }), "password", MAX],
  ["registratie: functie", () => register({ job_title: over(160) }), "job_title", MAX],
  ["profiel: naam", () => profile({ name: over(120) }), "name", MAX],
  ["profiel: functie", () => profile({ job_title: over(160) }), "job_title", MAX],
  ["profiel: bio", () => profile({ bio: over(10000) }), "bio", MAX],
  ["profiel: expertise", () => profile({ expertise: bigJson() }), "expertise", JSON_SIZE],
  ["profiel: links", () => profile({ links: Object.fromEntries(Array.from({ length: 30 }, (_, i) => [`l${i}`, `https://example.org/${"x".repeat(1000)}`])) }), "links", JSON_SIZE],
  ["profiel: zichtbaarheid", () => profile({ visibility: { bio: "x".repeat(20001) } }), "visibility", JSON_SIZE],
  ["bericht: titel", () => post({ title: over(200) }), "title", MAX],
  ["bericht: tekst", () => post({ body: over(50000) }), "body", MAX],
  ["bericht: tags", () => post({ tags: bigJson() }), "tags", JSON_SIZE],
  ["bericht bijwerken: titel", () => editPost({ title: over(200) }), "title", MAX],
  ["reactie: tekst", () => comment({ body: over(10000) }), "body", MAX],
  ["bijeenkomst: titel", () => event({ title: over(200) }), "title", MAX],
  ["bijeenkomst: beschrijving", () => event({ description: over(20000) }), "description", MAX],
  ["bijeenkomst: locatie", () => event({ location: over(300) }), "location", MAX],
  ["bijeenkomst bijwerken: locatie", () => editEvent({ location: over(300) }), "location", MAX],
  ["thema bijwerken: naam", () => editTheme({ name: over(160) }), "name", MAX],
  ["thema bijwerken: samenvatting", () => editTheme({ summary: over(500) }), "summary", MAX],
  ["thema bijwerken: beschrijving", () => editTheme({ description: over(20000) }), "description", MAX],
];
for (const [what, call, field, code] of tooLong) {
  test(`te lang — ${what}: 400 op ${field}, niets opgeslagen`, () => refusedWithField(what, call, field, code));
}

test("te lang naast een goed veld: ook het goede veld wordt niet opgeslagen", async () => {
  await refusedWithField("profiel", () => profile({ job_title: "Nieuwe functie", bio: over(10000) }), "bio", MAX);
  assert.equal((await pb.suGet("members", id.bob)).job_title, "");
  await refusedWithField("bericht", () => editPost({ body: "Nieuwe tekst", title: over(200) }), "title", MAX);
  assert.equal((await pb.suGet("posts", id.pOpen)).body, "Tekst");
});

// ---------------------------------------------------------------------------
// Empty required fields (and whitespace only, which counts as empty).
// ---------------------------------------------------------------------------
const REQ = "validation_required";
const empty = [
  ["registratie: naam leeg", () => register({ name: "" }), "name"],
  ["registratie: naam alleen spaties", () => register({ name: "   " }), "name"],
  ["registratie: e-mail leeg", () => register({ email: "" }), "email"],
  ["registratie: wachtwoord leeg", () => register({ password: "", passwordConfirm: "" }), "password"],
  ["profiel: naam leeg", () => profile({ name: "" }), "name"],
  ["profiel: naam alleen witruimte", () => profile({ name: " \t\n " }), "name"],
  ["bericht: titel leeg", () => post({ title: "" }), "title"],
  ["bericht: titel alleen witruimte", () => post({ title: " \n\t " }), "title"],
  ["bericht: tekst leeg", () => post({ body: "" }), "body"],
  ["bericht: tekst alleen spaties", () => post({ body: "    " }), "body"],
  ["bericht: soort ontbreekt", () => post({ kind: undefined }), "kind"],
  ["bericht: auteur ontbreekt", () => post({ author: undefined }), "author"],
  ["bericht bijwerken: titel alleen spaties", () => editPost({ title: "   " }), "title"],
  ["reactie: tekst leeg", () => comment({ body: "" }), "body"],
  ["reactie: tekst alleen witruimte", () => comment({ body: "\n\n  " }), "body"],
  ["reactie: bericht ontbreekt", () => comment({ post: "" }), "post"],
  ["like: soort ontbreekt", () => reaction({ target_post: id.pOpen, kind: "" }), "kind"],
  ["lidmaatschap: rol ontbreekt", () => membership({ role: undefined }), "role"],
  ["lidmaatschap: status ontbreekt", () => membership({ status: "" }), "status"],
  ["lidmaatschap: thema ontbreekt", () => membership({ theme: "" }), "theme"],
  ["aanmelding: status ontbreekt", () => rsvp({ status: "" }), "status"],
  ["aanmelding: bijeenkomst ontbreekt", () => rsvp({ event: undefined }), "event"],
  ["bijeenkomst: titel leeg", () => event({ title: "" }), "title"],
  ["bijeenkomst: titel alleen spaties", () => event({ title: "  " }), "title"],
  ["bijeenkomst: begintijd ontbreekt", () => event({ starts_at: "" }), "starts_at"],
  ["thema bijwerken: naam leeg", () => editTheme({ name: "" }), "name"],
];
for (const [what, call, field] of empty) {
  test(`leeg — ${what}: 400 op ${field}, niets opgeslagen`, () => refusedWithField(what, call, field, REQ));
}

// ---------------------------------------------------------------------------
// Invalid email, weak password, values outside a select.
// ---------------------------------------------------------------------------
for (const email of ["geen-email", "a@", "@knooppunt.test", "twee woorden@knooppunt.test", "<script>alert(1)</script>@knooppunt.test", "a@b@c.nl"]) {
  test(`ongeldig e-mailadres ${JSON.stringify(email)}: 400 op email, niets opgeslagen`, () =>
    refusedWithField(email, () => register({ email }), "email", "validation_is_email"));
}

test("zwak wachtwoord: minder dan 10 tekens wordt geweigerd, bij registratie en bij wijzigen", async () => {
  for (const pw of ["123456789", "kort", "achttien"]) {
    await refusedWithField(`registratie ${pw}`, () => register({ password: pw, passwordConfirm: pw }), "password", "validation_min_text_constraint");
  }
  await refusedWithField("wijzigen", () => profile({ oldPassword: PASS, password: "123456789", passwordConfirm: "123456789" }), "password", "validation_min_text_constraint");
  // the old password still works
  const login = await api("POST", "/api/collections/members/auth-with-password", { body: { identity: "bob@knooppunt.test", password: PASS } });
  assert.equal(login.status, 200, login.text);
});

test("wachtwoord: 10 tekens en 71 bytes zijn goed (de grenzen zelf)", async () => {
  for (const pw of ["1234567890", "x".repeat(71), "é".repeat(35)]) {
    const email = newEmail();
    const r = await api("POST", rec("members"), { body: { email, password: pw, passwordConfirm: pw, name: "Grens" } });
    assert.equal(r.status, 200, `${chars(pw)} chars: ${r.text}`);
    const login = await api("POST", "/api/collections/members/auth-with-password", { body: { identity: email, password: pw } });
    assert.equal(login.status, 200, login.text);
  }
});

test("wachtwoordbeleid staat in het schema: min 10, max 71", async () => {
  const c = await api("GET", "/api/collections/members", { token: pb.su });
  const f = c.body.fields.find((x) => x.name === "password");
  assert.equal(f.min, 10);
  assert.equal(f.max, 71);
});

const INVALID = "validation_invalid_value";
const badChoice = [
  ["profiel: provincie", () => profile({ province: "atlantis" }), "province"],
  ["bericht: soort", () => post({ kind: "gedicht" }), "kind"],
  ["like: soort", () => reaction({ target_post: id.pOpen, kind: "boos" }), "kind"],
  ["aanmelding: status", () => rsvp({ status: "misschien" }), "status"],
  ["lidmaatschap: rol", () => membership({ role: "koning" }), "role"],
  ["thema bijwerken: toegang", () => editTheme({ access: "geheim" }), "access"],
];
for (const [what, call, field] of badChoice) {
  test(`ongeldige keuze — ${what}: 400 op ${field}, niets opgeslagen`, () => refusedWithField(what, call, field, INVALID));
}

// Links end up in an href: only http(s) URLs (a JSON field, so PocketBase
// itself checks nothing in it; its url fields refuse these with the same code).
const BAD_LINKS = [
  { website: "javascript:alert(document.cookie)" },
  { linkedin: "JavaScript://%0aalert(1)" },
  { mastodon: "data:text/html,<script>alert(1)</script>" },
  { website: "vbscript:msgbox(1)" },
  { website: "//evil.example/pad" },
  { website: "https://" },
  { website: "https://spatie in.nl" },
  { website: "niet-een-url" },
  { website: 42 },
  { elders: "javascript:alert(1)" },
];
for (const links of BAD_LINKS) {
  test(`gevaarlijke of ongeldige link ${JSON.stringify(links)}: 400 op links, niets opgeslagen`, async () => {
    await refusedWithField("profiel", () => profile({ links }), "links", "validation_invalid_url");
    await refusedWithField("registratie", () => register({ links }), "links", "validation_invalid_url");
  });
}
test("links: geen object is ongeldig, http(s) en leeg zijn goed", async () => {
  for (const links of [["https://eva.nl"], "https://eva.nl"]) {
    await refusedWithField(JSON.stringify(links), () => profile({ links }), "links", INVALID);
  }
  for (const links of [{ website: "https://eva.nl/pad?q=<b>&r='x'", linkedin: "HTTP://linkedin.example/in/eva", mastodon: "" }, {}, null]) {
    const r = await profile({ links });
    assert.equal(r.status, 200, r.text);
    assert.deepEqual(r.body.links, links);
  }
  const e = await event({ online_url: "javascript:alert(1)" });
  assert.equal(e.status, 400, e.text);
  assert.equal(e.body.data.online_url.code, "validation_invalid_url", "url fields refuse it with the same code");
});

// ---------------------------------------------------------------------------
// Unknown ids: in the URL 404, in a relation field 400 naming the field.
// ---------------------------------------------------------------------------
test("onbekend id in de URL: 404 voor lezen, wijzigen en verwijderen, niets veranderd", async () => {
  const before = await snapshot();
  for (const c of ["members", "posts", "comments", "reactions", "memberships", "rsvps", "events", "themes", "organisations", "public_profiles", "member_profiles"]) {
    for (const token of [undefined, tok.bob]) {
      const who = token ? "bob" : "visitor";
      const path = `${rec(c)}/doesnotexist123`;
      assert.equal((await api("GET", path, { token })).status, 404, `GET ${c} (${who})`);
      if (c.endsWith("_profiles")) continue; // views are read-only
      const patch = await api("PATCH", path, { token, body: { name: "x", title: "x", body: "x" } });
      // organisations/themes updates by a non-host: refused before the lookup (403) is fine too
      assert.ok([403, 404].includes(patch.status), `PATCH ${c} (${who}): ${patch.status} ${patch.text}`);
      const del = await api("DELETE", path, { token });
      assert.ok([403, 404].includes(del.status), `DELETE ${c} (${who}): ${del.status} ${del.text}`);
    }
  }
  for (const path of [`${rec("posts")}/doesnotexist123`, `${rec("comments")}/doesnotexist123`, `${rec("rsvps")}/doesnotexist123`]) {
    assert.equal((await api("PATCH", path, { token: tok.ann, body: { title: "x", body: "x", status: "maybe" } })).status, 404, path);
    assert.equal((await api("DELETE", path, { token: tok.ann })).status, 404, path);
  }
  assert.equal((await api("GET", `${rec("bestaatniet")}`)).status, 404, "unknown collection");
  assert.deepEqual(await snapshot(), before);
});

const MISSING = "validation_missing_rel_records";
const unknownRel = [
  ["bericht in onbekend thema", () => post({ theme: "doesnotexist123" }), "theme"],
  ["reactie op onbekend bericht", () => comment({ post: "doesnotexist123" }), "post"],
  ["antwoord op onbekende reactie", () => comment({ parent: "doesnotexist123" }), "parent"],
  ["like op onbekend bericht", () => reaction({ target_post: "doesnotexist123" }), "target_post"],
  ["like op onbekende reactie", () => reaction({ target_comment: "doesnotexist123" }), "target_comment"],
  ["lid van onbekend thema", () => membership({ theme: "doesnotexist123" }), "theme"],
  ["aanmelding voor onbekende bijeenkomst", () => rsvp({ event: "doesnotexist123" }), "event"],
  ["bijeenkomst in onbekend thema", () => event({ theme: "doesnotexist123" }), "theme"],
  ["profiel met onbekende organisatie", () => profile({ organisation: "doesnotexist123" }), "organisation"],
  ["registratie met onbekende organisatie", () => register({ organisation: "doesnotexist123" }), "organisation"],
  ["id met vreemde tekens", () => post({ theme: "'; DROP TABLE posts; --" }), "theme"],
];
for (const [what, call, field] of unknownRel) {
  test(`onbekend id — ${what}: 400 op ${field}, niets opgeslagen`, () => refusedWithField(what, call, field, MISSING));
}

test("een id dat je niet mag lezen geeft hetzelfde antwoord als een onbekend id", async () => {
  const cases = [
    [() => comment({ post: id.pClosed }, "bob"), () => comment({ post: "doesnotexist123" }, "bob"), "post"],
    [() => reaction({ target_post: id.pClosed }), () => reaction({ target_post: "doesnotexist123" }), "target_post"],
    [() => reaction({ target_comment: id.cClosed }), () => reaction({ target_comment: "doesnotexist123" }), "target_comment"],
    [() => rsvp({ event: id.eClosed }), () => rsvp({ event: "doesnotexist123" }), "event"],
    [() => post({ theme: id.tClosed }, "bob"), null, null], // themes are public: the rule refuses, no field error needed
  ];
  for (const [hidden, unknown, field] of cases) {
    const before = await snapshot();
    const a = await hidden();
    assert.equal(a.status, 400, a.text);
    if (unknown) {
      const b = await unknown();
      assert.equal(a.status, b.status);
      assert.deepEqual(a.body, b.body, `${field}: a hidden record is told apart from a missing one`);
      assert.equal(a.body.data[field].code, MISSING);
    }
    assert.deepEqual(await snapshot(), before);
  }
});

// ---------------------------------------------------------------------------
// Malformed JSON: 400 that says so, nothing stored.
// ---------------------------------------------------------------------------
const MALFORMED = ['{"title": "x", ', "geen json", '{"title": "x",}', "[1, 2]", '"alleen een tekst"', "{'title': 'x'}"];
const malformedTargets = () => [
  ["registratie", "POST", rec("members"), undefined],
  ["bericht", "POST", rec("posts"), tok.ann],
  ["reactie", "POST", rec("comments"), tok.ann],
  ["like", "POST", rec("reactions"), tok.bob],
  ["lidmaatschap", "POST", rec("memberships"), tok.bob],
  ["aanmelding", "POST", rec("rsvps"), tok.bob],
  ["profiel bijwerken", "PATCH", `${rec("members")}/${id.bob}`, tok.bob],
  ["bericht bijwerken", "PATCH", `${rec("posts")}/${id.pOpen}`, tok.ann],
  ["inloggen", "POST", "/api/collections/members/auth-with-password", undefined],
];
test("kapotte JSON: 400 met een duidelijke melding, niets opgeslagen", async () => {
  for (const [what, method, path, token] of malformedTargets()) {
    for (const text of MALFORMED) {
      const before = await snapshot();
      const r = await raw(method, path, token, text);
      assert.equal(r.status, 400, `${what} ${text}: ${r.status} ${r.text}`);
      assert.match(r.body.message, /JSON/, `${what} ${text}: unclear message ${r.text}`);
      assert.deepEqual(await snapshot(), before, `${what} ${text}: something was stored`);
    }
  }
});

test("verkeerde soorten waarden (getal, object) geven een veldfout, geen half bericht", async () => {
  await refusedWithField("tekst als object", () => post({ body: { html: "<b>x</b>" } }), "body", REQ);
  await refusedWithField("tags als tekst van 20 kB", () => post({ tags: "x".repeat(20001) }), "tags", JSON_SIZE);
});

// ---------------------------------------------------------------------------
// HTML and script in every text field: stored and returned verbatim.
// ---------------------------------------------------------------------------
const NASTY = [
  '<script>alert("xss")</script>',
  "<img src=x onerror=alert(1)>",
  '"><svg onload=alert(1)>',
  "&lt;b&gt; &amp; &#x3C;script&#x3E;",
  "javascript:alert(1)",
  "{{7*7}} ${7*7} <%= 7*7 %>",
  "'; DROP TABLE posts; --",
  "% _ \\ \\%",
  "  spaties voor en na  ",
  "regel 1\r\nregel 2\n\ttab",
  "Zoë, “aanhalingstekens” — 😀",
  "a\u200Bb \u202Eomgekeerd\u202C \u0000nul",
].join(" | ");
const SHORT = '<script>alert("x")</script><b onclick=x>&amp;</b> \'"; --  😀 ';
assert.ok(chars(SHORT) <= 120);

test("HTML en script in elk tekstveld van een profiel: letterlijk opgeslagen en teruggegeven", async () => {
  const email = newEmail();
  const fields = {
    name: SHORT,
    job_title: SHORT,
    bio: NASTY,
    expertise: [NASTY, SHORT],
    links: { website: `https://example.org/<script>alert("x")</script>?a='b'&c=<img/src=x/onerror=alert(1)>`, mastodon: "https://example.social/@zoë" },
  };
  const r = await api("POST", rec("members"), {
    body: { email, password: PASS, passwordConfirm: PASS, ...fields, visibility: { job_title: "public", bio: "public", expertise: "public", links: "members" } },
  });
  assert.equal(r.status, 200, r.text);
  const login = await api("POST", "/api/collections/members/auth-with-password", { body: { identity: email, password: PASS } });
  const own = await api("GET", `${rec("members")}/${r.body.id}`, { token: login.body.token });
  const pub = await api("GET", `${rec("public_profiles")}/${r.body.id}`);
  const mem = await api("GET", `${rec("member_profiles")}/${r.body.id}`, { token: tok.bob });
  for (const [k, v] of Object.entries(fields)) {
    assert.deepEqual(r.body[k], v, `create answer ${k}`);
    assert.deepEqual(own.body[k], v, `own record ${k}`);
    assert.deepEqual(mem.body[k], v, `member_profiles ${k}`);
    if (k !== "links") assert.deepEqual(pub.body[k], v, `public_profiles ${k}`);
  }
  // and through an update
  const u = await api("PATCH", `${rec("members")}/${r.body.id}`, { token: login.body.token, body: { bio: `${NASTY}!`, name: `${SHORT}!` } });
  assert.equal(u.status, 200, u.text);
  assert.equal((await pb.suGet("members", r.body.id)).bio, `${NASTY}!`);
  assert.equal((await pb.suGet("members", r.body.id)).name, `${SHORT}!`);
});

test("HTML en script in berichten, reacties, bijeenkomsten en thema's: letterlijk opgeslagen", async () => {
  const title = Array.from(NASTY).slice(0, 200).join("");
  const p = await post({ title, body: NASTY, tags: [NASTY, SHORT] });
  assert.equal(p.status, 200, p.text);
  const c = await comment({ post: p.body.id, body: NASTY });
  assert.equal(c.status, 200, c.text);
  const e = await event({ title, description: NASTY, location: title });
  assert.equal(e.status, 200, e.text);
  const t = await editTheme({ name: SHORT, summary: NASTY, description: NASTY });
  assert.equal(t.status, 200, t.text);
  const checks = [
    ["posts", p.body.id, { title, body: NASTY, tags: [NASTY, SHORT] }],
    ["comments", c.body.id, { body: NASTY }],
    ["events", e.body.id, { title, description: NASTY, location: title }],
    ["themes", id.tOpen, { name: SHORT, summary: NASTY, description: NASTY }],
  ];
  for (const [coll, rid, want] of checks) {
    // as a visitor (all of these are public), and in a list
    const one = await api("GET", `${rec(coll)}/${rid}`);
    assert.equal(one.status, 200, one.text);
    const list = await api("GET", `${rec(coll)}?perPage=200&filter=${encodeURIComponent(`id = "${rid}"`)}`);
    for (const [k, v] of Object.entries(want)) {
      assert.deepEqual(one.body[k], v, `${coll}.${k} (view)`);
      assert.deepEqual(list.body.items[0][k], v, `${coll}.${k} (list)`);
    }
  }
  // restore the theme for other tests
  await editTheme({ name: "Open", summary: "", description: "" });
});

test("niets wordt ongemerkt ingekort: elk tekstveld precies op zijn maximum blijft heel", async () => {
  const cases = [
    ["members", () => profile({ name: fill(120), job_title: fill(160), bio: fill(10000) }), id.bob, { name: 120, job_title: 160, bio: 10000 }],
    ["posts", () => post({ title: fill(200), body: fill(50000) }), null, { title: 200, body: 50000 }],
    ["comments", () => comment({ body: fill(10000) }), null, { body: 10000 }],
    ["events", () => event({ title: fill(200), description: fill(20000), location: fill(300) }), null, { title: 200, description: 20000, location: 300 }],
    ["themes", () => editTheme({ name: fill(160), summary: fill(500), description: fill(20000) }), id.tOpen, { name: 160, summary: 500, description: 20000 }],
  ];
  for (const [coll, call, knownId, max] of cases) {
    const r = await call();
    assert.equal(r.status, 200, `${coll}: ${r.text.slice(0, 300)}`);
    const stored = await pb.suGet(coll, knownId || r.body.id);
    for (const [k, n] of Object.entries(max)) {
      assert.equal(chars(stored[k]), n, `${coll}.${k} stored with another length`);
      assert.equal(stored[k], fill(n), `${coll}.${k} changed`);
    }
  }
  await editTheme({ name: "Open", summary: "", description: "" });
  await profile({ name: "Bob Lid", job_title: "", bio: "" });
});
