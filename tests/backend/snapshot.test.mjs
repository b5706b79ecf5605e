// scripts/snapshot.mjs: what a VISITOR of a PocketBase network may see, written as
// data/*.json for the StaticJson backend (a read-only mirror). Builds a network with
// secrets in a real PocketBase (support.mjs): a member with hidden and members-only
// profile fields, emails, closed themes (on request, invite only) with posts, comments
// and meetings, a hidden post, a pending request; and public content beside it. Then
// runs the command (through a recording proxy, to see every request it makes) and
// checks that nothing secret is in the files, that the public content is, and that
// every object has the shape of the Rust model (src/model/*.rs, and the examples in
// public/data written by demo-gen from those structs).
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import http from "node:http";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startPb, rec, freePort, ROOT } from "./support.mjs";

const SCRIPT = join(ROOT, "scripts", "snapshot.mjs");
const DEMO = join(ROOT, "public", "data");
const DATA_FILES = ["organisations.json", "members.json", "themes.json", "memberships.json", "posts.json", "comments.json", "events.json"];
const PNG = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==", "base64");

// Marks that must never reach the mirror, and one that must.
const HIDDEN = "GEHEIM-verborgen-5521";
const MEMBERS_ONLY = "LEDEN-alleen-8813";
const CLOSED = "GESLOTEN-thema-6604";
const HIDDEN_POST = "VERBORGEN-bericht-1290";
const PUBLIC = "OPENBAAR-zichtbaar-3307";

let pb;
let proxy; // { base, requests, close }
let work; // temp dir for the outputs
let out; // the snapshot's DIR
let files; // file name -> parsed JSON
let raw; // every file's text, concatenated
const id = {};
const tok = {};
const secrets = []; // further values that must not appear (avatar file names, emails)

/** Runs the command; resolves { code, stdout, stderr }. */
function run(args) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [SCRIPT, ...args], { cwd: work, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d) => { stdout += d; });
    child.stderr.on("data", (d) => { stderr += d; });
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}

/** An HTTP proxy in front of PocketBase that records every request (method, url, headers). */
async function recordingProxy(target) {
  const requests = [];
  const server = http.createServer(async (req, res) => {
    requests.push({ method: req.method, url: req.url, headers: { ...req.headers } });
    const headers = { ...req.headers };
    delete headers.host;
    delete headers.connection;
    try {
      const upstream = await fetch(target + req.url, { method: req.method, headers, redirect: "manual" });
      const body = Buffer.from(await upstream.arrayBuffer());
      res.writeHead(upstream.status, { "content-type": upstream.headers.get("content-type") || "application/octet-stream" });
      res.end(body);
    } catch (e) {
      res.writeHead(502);
      res.end(String(e));
    }
  });
  const port = await freePort();
  await new Promise((resolve) => server.listen(port, "127.0.0.1", resolve));
  return { base: `http://127.0.0.1:${port}`, requests, close: () => new Promise((r) => server.close(r)) };
}

const readData = (dir) => Object.fromEntries([...DATA_FILES, "manifest.json"].map((f) => [f, JSON.parse(readFileSync(join(dir, f), "utf8"))]));
const byId = (list, key) => list.find((x) => x.id === id[key]);
const ids = (list) => list.map((x) => x.id).sort();
const expectIds = (...keys) => keys.map((k) => id[k]).sort();

before(async () => {
  pb = await startPb();
  const api = (...args) => pb.api(...args);
  const as = async (who, method, collection, body, rid = "") => {
    const r = await api(method, rec(collection) + (rid ? `/${rid}` : ""), { token: tok[who], body });
    assert.equal(r.status, 200, `${method} ${collection} as ${who}: ${r.text}`);
    return r.body;
  };
  const create = async (who, collection, body) => (await as(who, "POST", collection, body)).id;
  const avatar = async (who) => {
    const form = new FormData();
    form.append("avatar", new Blob([PNG], { type: "image/png" }), `${who}.png`);
    const r = await fetch(`${pb.base}${rec("members")}/${id[who]}`, { method: "PATCH", headers: { Authorization: tok[who] }, body: form });
    const text = await r.text();
    assert.equal(r.status, 200, text);
    return JSON.parse(text).avatar;
  };
  const register = async (key, name, extra) => {
    const m = await pb.register(key, name, extra);
    id[key] = m.id;
    tok[key] = m.token;
    secrets.push(`${key}@knooppunt.test`);
  };

  // host data
  id.org = await pb.suCreate("organisations", { name: "Gemeente Spiegelstad", kind: "gemeente", province: "utrecht", website: "https://spiegelstad.example" });
  id.org2 = await pb.suCreate("organisations", { name: "Waterschap Zuidoever", kind: "waterschap" });
  id.tOpen = await pb.suCreate("themes", { slug: "open-data", name: "Open data", summary: "Samen open", description: "Over **open data**.", access: "open", tags: ["Open data", "Woo"] });
  id.tReq = await pb.suCreate("themes", { slug: "op-verzoek", name: "Op verzoek", summary: "Besloten", access: "on_request" });
  id.tInv = await pb.suCreate("themes", { slug: "op-uitnodiging", name: "Op uitnodiging", access: "invite_only" });

  // members (through the public API, as they register themselves)
  await register("bob", "Bob Openbaar", {
    organisation: id.org, job_title: "Adviseur open data", bio: `  Bio ${PUBLIC}  `, expertise: ["Open data", "  ", "Woo"], province: "utrecht",
    links: { website: "https://bob.example", mastodon: "" },
    visibility: { avatar: "public", organisation: "public", job_title: "public", province: "public", bio: "public", expertise: "public", links: "public" },
  });
  await register("zoe", "Zoë Privé", {
    organisation: id.org2, job_title: `Functie ${MEMBERS_ONLY}`, bio: `Bio ${PUBLIC}`, expertise: [`Expertise ${HIDDEN}`], province: "zeeland",
    links: { website: `https://zoe.example/${MEMBERS_ONLY}`, linkedin: `https://zoe.example/${HIDDEN}` },
    visibility: { bio: "public", job_title: "members", expertise: "hidden", province: "hidden", links: "members", organisation: "hidden", avatar: "hidden" },
  });
  // no visibility at all: every field counts as members-only
  await register("carol", "Carol Standaard", { job_title: `Functie ${MEMBERS_ONLY}-carol`, bio: `Bio ${MEMBERS_ONLY}-carol`, province: "limburg", organisation: id.org });
  await register("dave", "Dave Wachtend", {});
  id.bobAvatar = await avatar("bob");
  secrets.push(await avatar("zoe"));

  // memberships (host): active, owner, and a pending request
  const ms = (theme, member, role, status) => pb.suCreate("memberships", { theme, member, role, status });
  id.mBob = await ms(id.tOpen, id.bob, "owner", "active");
  id.mZoe = await ms(id.tOpen, id.zoe, "member", "active");
  id.mCarolReq = await ms(id.tReq, id.carol, "owner", "active");
  id.mCarolInv = await ms(id.tInv, id.carol, "owner", "active");
  id.mDave = await ms(id.tReq, id.dave, "member", "pending");

  // meetings (host)
  const ev = (data) => pb.suCreate("events", { starts_at: "2030-01-10 09:00:00.000Z", ends_at: "2030-01-10 12:00:00.000Z", ...data });
  id.eOpen = await ev({ theme: id.tOpen, title: "Open bijeenkomst", description: "Welkom", location: "Stadhuis Spiegelstad", capacity: 10 });
  id.eNone = await ev({ title: "Webinar voor iedereen", online_url: "https://meet.example/webinar", starts_at: "2030-02-01 13:30:00.250Z", ends_at: "2030-02-01 14:30:00.000Z" });
  id.eReq = await ev({ theme: id.tReq, title: `Bijeenkomst ${CLOSED}`, description: CLOSED, location: CLOSED });
  id.eInv = await ev({ theme: id.tInv, title: `Uitnodiging ${CLOSED}`, online_url: `https://meet.example/${CLOSED}` });
  await create("bob", "rsvps", { event: id.eOpen, member: id.bob, status: "going" });
  await create("zoe", "rsvps", { event: id.eOpen, member: id.zoe, status: "maybe" });

  // posts
  const post = (who, theme, title, extra = {}) => create(who, "posts", { author: id[who], theme, kind: "knowledge", title, body: `Tekst van ${title}`, ...extra });
  id.pOpen = await post("bob", id.tOpen, "Open vraag", { kind: "question", tags: ["Woo", " ", "Open data"] });
  id.pNone = await post("bob", "", "Blog zonder thema", { kind: "blog" });
  id.pPinned = await post("bob", id.tOpen, "Vastgezet bericht");
  id.pEdited = await post("zoe", id.tOpen, "Eerste versie");
  id.pReport = await post("bob", id.tOpen, "Verslag van de bijeenkomst", { kind: "report", event: id.eOpen });
  id.pFormer = await pb.suCreate("posts", { author: "", theme: id.tOpen, kind: "knowledge", title: "Van een oud-lid", body: "Blijft staan" });
  id.pHidden = await post("bob", id.tOpen, `Bericht ${HIDDEN_POST}`, { body: HIDDEN_POST });
  id.pReq = await post("carol", id.tReq, `Bericht ${CLOSED}`, { body: CLOSED });
  id.pInv = await post("carol", id.tInv, `Uitnodiging ${CLOSED}`, { body: CLOSED, tags: [CLOSED] });
  await as("zoe", "PATCH", "posts", { title: "Tweede versie" }, id.pEdited);
  assert.equal((await api("PATCH", `${rec("posts")}/${id.pPinned}`, { token: pb.su, body: { pinned: true } })).status, 200);

  // comments and reactions
  id.cOpen = await create("zoe", "comments", { post: id.pOpen, author: id.zoe, body: "Goede vraag" });
  id.cReply = await create("bob", "comments", { post: id.pOpen, author: id.bob, parent: id.cOpen, body: "Dank je" });
  id.cEdited = await create("zoe", "comments", { post: id.pOpen, author: id.zoe, body: "Eerst zo" });
  id.cFormer = await pb.suCreate("comments", { post: id.pOpen, author: "", body: "Van een oud-lid" });
  id.cHidden = await create("zoe", "comments", { post: id.pHidden, author: id.zoe, body: `Reactie ${HIDDEN_POST}` });
  id.cReq = await create("carol", "comments", { post: id.pReq, author: id.carol, body: `Reactie ${CLOSED}` });
  id.cInv = await create("carol", "comments", { post: id.pInv, author: id.carol, body: `Reactie ${CLOSED}` });
  await new Promise((r) => setTimeout(r, 20)); // an edit some milliseconds later
  await as("zoe", "PATCH", "comments", { body: "Later anders" }, id.cEdited);
  await create("zoe", "reactions", { target_post: id.pOpen, member: id.zoe, kind: "like" });
  await create("carol", "reactions", { target_post: id.pOpen, member: id.carol, kind: "insightful" });
  await create("carol", "reactions", { target_post: id.pReq, member: id.carol, kind: "thanks" });
  // hidden after its comment was written
  assert.equal((await api("PATCH", `${rec("posts")}/${id.pHidden}`, { token: pb.su, body: { hidden: true } })).status, 200);

  proxy = await recordingProxy(pb.base);
  work = mkdtempSync(join(tmpdir(), "knooppunt-snapshot-"));
  out = join(work, "mirror", "data");
  const t0 = Date.now();
  const r = await run(["--url", `${proxy.base}/`, "--out", out]);
  assert.equal(r.code, 0, `snapshot failed: ${r.stderr}`);
  assert.match(r.stdout, /^snapshot\.mjs: .* → mirror\/data als bezoeker \(2 organisations, 4 members, 3 themes, 0 memberships, 6 posts, 4 comments, 2 events\)/);
  console.log(`# snapshot van het testnetwerk: ${Date.now() - t0} ms (met het opstarten van node)`);
  files = readData(out);
  raw = [...DATA_FILES, "manifest.json"].map((f) => readFileSync(join(out, f), "utf8")).join("\n");
});

after(async () => {
  await proxy?.close();
  pb?.stop();
  if (work) rmSync(work, { recursive: true, force: true });
});

test("alle verzoeken zijn anoniem: alleen GET, zonder token of cookie, in pagina's van hoogstens 1000", () => {
  assert.ok(proxy.requests.length >= DATA_FILES.length, "the snapshot asked PocketBase");
  for (const r of proxy.requests) {
    assert.equal(r.method, "GET", r.url);
    assert.equal(r.headers.authorization, undefined, `${r.url} sent a token`);
    assert.equal(r.headers.cookie, undefined, `${r.url} sent a cookie`);
    const url = new URL(r.url, proxy.base);
    assert.match(url.pathname, /^\/api\/collections\/(organisations|themes|public_profiles|memberships|events|posts|comments)\/records$/, r.url);
    assert.ok(Number(url.searchParams.get("perPage")) <= 1000, r.url);
  }
  const asked = new Set(proxy.requests.map((r) => new URL(r.url, proxy.base).pathname.split("/")[3]));
  assert.ok(!asked.has("members"), "the members collection (with emails) is never asked, only the public_profiles view");
});

test("niets wat een bezoeker niet mag zien staat in de bestanden", () => {
  for (const secret of [HIDDEN, MEMBERS_ONLY, CLOSED, HIDDEN_POST, ...secrets]) {
    assert.ok(!raw.includes(secret), `${secret} is in the snapshot`);
  }
  assert.ok(!raw.includes("@knooppunt.test"), "an email address is in the snapshot");
  assert.ok(!/"email"/.test(raw), "an email field is in the snapshot");
  assert.ok(!/"(visibility|password|tokenKey|active_themes|moderated_themes|owned_themes|is_admin)":\s*"/.test(raw));
  assert.ok(raw.includes(PUBLIC), "the public bio is in the snapshot");
});

test("leden komen uit public_profiles: alleen de openbare velden, de rest ontbreekt", () => {
  const members = files["members.json"];
  assert.deepEqual(ids(members), expectIds("bob", "zoe", "carol", "dave"));
  const bob = byId(members, "bob");
  assert.deepEqual(bob, {
    id: id.bob,
    name: "Bob Openbaar",
    avatar: `${proxy.base}/api/files/members/${id.bob}/${id.bobAvatar}`,
    organisation: id.org,
    job_title: "Adviseur open data",
    bio: `Bio ${PUBLIC}`,
    expertise: ["Open data", "Woo"],
    province: "utrecht",
    links: { website: "https://bob.example" },
    joined_at: bob.joined_at,
    visibility: {},
  });
  // only the bio is public; the rest is absent (or empty where the model always writes it)
  const zoe = byId(members, "zoe");
  assert.deepEqual(zoe, { id: id.zoe, name: "Zoë Privé", bio: `Bio ${PUBLIC}`, expertise: [], links: {}, joined_at: zoe.joined_at, visibility: {} });
  // no visibility chosen: members-only, so nothing but name and joined_at
  const carol = byId(members, "carol");
  assert.deepEqual(carol, { id: id.carol, name: "Carol Standaard", expertise: [], links: {}, joined_at: carol.joined_at, visibility: {} });
  assert.deepEqual(Object.keys(byId(members, "dave")), ["id", "name", "expertise", "links", "joined_at", "visibility"]);
});

test("een bezoeker haalt de openbare pasfoto op van het adres in de snapshot", async () => {
  const res = await fetch(byId(files["members.json"], "bob").avatar);
  assert.equal(res.status, 200);
  assert.deepEqual(Buffer.from(await res.arrayBuffer()), PNG);
});

test("lidmaatschappen: een bezoeker mag er geen zien, dus leeg", () => {
  assert.deepEqual(files["memberships.json"], []);
  assert.equal(readFileSync(join(out, "memberships.json"), "utf8"), "[]\n");
});

test("thema's: alle kaarten, ook de besloten, met ledental", () => {
  const themes = files["themes.json"];
  assert.deepEqual(ids(themes), expectIds("tOpen", "tReq", "tInv"));
  const open = byId(themes, "tOpen");
  assert.deepEqual(open, {
    id: id.tOpen, slug: "open-data", name: "Open data", summary: "Samen open", description: "Over **open data**.",
    access: "open", tags: ["Open data", "Woo"], member_count: 2, created_at: open.created_at,
  });
  assert.equal(byId(themes, "tReq").access, "on_request");
  assert.equal(byId(themes, "tReq").member_count, 1, "a pending request does not count");
  assert.equal(byId(themes, "tInv").access, "invite_only");
  assert.deepEqual(files["organisations.json"].find((o) => o.id === id.org), {
    id: id.org, name: "Gemeente Spiegelstad", kind: "gemeente", province: "utrecht", website: "https://spiegelstad.example",
  });
  assert.deepEqual(files["organisations.json"].find((o) => o.id === id.org2), { id: id.org2, name: "Waterschap Zuidoever", kind: "waterschap" });
});

test("berichten: alleen niet-verborgen van open thema's of zonder thema, in de vorm van het model", () => {
  const posts = files["posts.json"];
  assert.deepEqual(ids(posts), expectIds("pOpen", "pNone", "pPinned", "pEdited", "pReport", "pFormer"));
  const theme = { id: id.tOpen, slug: "open-data", name: "Open data" };
  const open = byId(posts, "pOpen");
  assert.deepEqual(open, {
    id: id.pOpen, author: { id: id.bob, name: "Bob Openbaar" }, theme, kind: "question", title: "Open vraag",
    body: "Tekst van Open vraag", tags: ["Woo", "Open data"], created_at: open.created_at, comment_count: 4,
    reactions: { like: 1, insightful: 1, thanks: 0 }, pinned: false, hidden: false,
  });
  const none = byId(posts, "pNone");
  assert.equal(none.theme, undefined, "a post without theme has no theme key");
  assert.equal(none.kind, "blog");
  assert.equal(byId(posts, "pPinned").pinned, true);
  assert.equal(byId(posts, "pPinned").updated_at, undefined, "pinning is no edit");
  const edited = byId(posts, "pEdited");
  assert.equal(edited.title, "Tweede versie");
  assert.match(edited.updated_at, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
  assert.ok(edited.updated_at >= edited.created_at);
  assert.equal(open.updated_at, undefined, "never edited: no updated_at");
  assert.equal(byId(posts, "pReport").event, id.eOpen);
  assert.equal(byId(posts, "pReport").kind, "report");
  assert.deepEqual(byId(posts, "pFormer").author, { id: "", name: "Oud-lid" });
  assert.ok(posts.every((p) => p.hidden === false));
});

test("reacties: alleen bij berichten in de snapshot, met antwoord, bewerking en oud-lid", () => {
  const comments = files["comments.json"];
  assert.deepEqual(ids(comments), expectIds("cOpen", "cReply", "cEdited", "cFormer"));
  const first = byId(comments, "cOpen");
  assert.deepEqual(first, { id: id.cOpen, post: id.pOpen, author: { id: id.zoe, name: "Zoë Privé" }, body: "Goede vraag", created_at: first.created_at });
  assert.equal(byId(comments, "cReply").parent, id.cOpen);
  const edited = byId(comments, "cEdited");
  assert.equal(edited.body, "Later anders");
  assert.ok(edited.updated_at, "an edited comment has updated_at");
  assert.deepEqual(byId(comments, "cFormer").author, { id: "", name: "Oud-lid" });
  const postIds = new Set(files["posts.json"].map((p) => p.id));
  assert.ok(comments.every((c) => postIds.has(c.post)));
});

test("bijeenkomsten: van open thema's en zonder thema; capaciteit 0 is geen grens", () => {
  const events = files["events.json"];
  assert.deepEqual(ids(events), expectIds("eOpen", "eNone"));
  assert.deepEqual(byId(events, "eOpen"), {
    id: id.eOpen, theme: { id: id.tOpen, slug: "open-data", name: "Open data" }, title: "Open bijeenkomst", description: "Welkom",
    starts_at: "2030-01-10T09:00:00Z", ends_at: "2030-01-10T12:00:00Z", location: "Stadhuis Spiegelstad", capacity: 10, going_count: 1,
  });
  assert.deepEqual(byId(events, "eNone"), {
    id: id.eNone, title: "Webinar voor iedereen", description: "", starts_at: "2030-02-01T13:30:00Z", ends_at: "2030-02-01T14:30:00Z",
    online_url: "https://meet.example/webinar", going_count: 0,
  });
});

// The Rust structs' fields in declaration order (serde writes them so), which must be
// present (no `skip_serializing_if`) and which may be absent (`Option` with skip).
const MODEL = {
  "organisations.json": { fields: ["id", "name", "kind", "province", "website"], optional: ["province", "website"] },
  "members.json": {
    fields: ["id", "name", "avatar", "organisation", "job_title", "bio", "expertise", "province", "links", "joined_at", "visibility"],
    optional: ["avatar", "organisation", "job_title", "bio", "province"],
  },
  "themes.json": { fields: ["id", "slug", "name", "summary", "description", "access", "tags", "member_count", "created_at"], optional: [] },
  "memberships.json": { fields: ["id", "theme", "member", "role", "status", "created_at"], optional: [] },
  "posts.json": {
    fields: ["id", "author", "theme", "kind", "title", "body", "tags", "created_at", "updated_at", "comment_count", "reactions", "pinned", "hidden", "event"],
    optional: ["theme", "updated_at", "event"],
  },
  "comments.json": { fields: ["id", "post", "author", "body", "created_at", "updated_at", "parent"], optional: ["updated_at", "parent"] },
  "events.json": {
    fields: ["id", "theme", "title", "description", "starts_at", "ends_at", "location", "online_url", "capacity", "going_count"],
    optional: ["theme", "location", "online_url", "capacity"],
  },
};
const TIME = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/;
const TIME_FIELDS = new Set(["joined_at", "created_at", "updated_at", "starts_at", "ends_at"]);
const COUNT_FIELDS = new Set(["member_count", "comment_count", "going_count", "capacity"]);
const PROVINCES = ["groningen", "fryslan", "drenthe", "overijssel", "flevoland", "gelderland", "utrecht", "noord-holland", "zuid-holland", "zeeland", "noord-brabant", "limburg"];
const ENUMS = {
  kind: { "organisations.json": ["gemeente", "provincie", "waterschap", "rijk", "samenwerkingsverband", "overig"], "posts.json": ["knowledge", "question", "blog", "report"] },
  access: { "themes.json": ["open", "on_request", "invite_only"] },
  role: { "memberships.json": ["member", "moderator", "owner"] },
  status: { "memberships.json": ["active", "pending"] },
  province: { "organisations.json": PROVINCES, "members.json": PROVINCES },
};

/** Checks one object against its struct; returns its keys. */
function checkShape(file, item, where) {
  const { fields, optional } = MODEL[file];
  const keys = Object.keys(item);
  const required = fields.filter((f) => !optional.includes(f));
  for (const f of required) assert.ok(keys.includes(f), `${where}: ${f} missing`);
  for (const k of keys) assert.ok(fields.includes(k), `${where}: unknown field ${k}`);
  assert.deepEqual(keys, fields.filter((f) => keys.includes(f)), `${where}: fields not in the struct's order`);
  for (const [k, v] of Object.entries(item)) {
    assert.notEqual(v, null, `${where}.${k} is null (an absent Option is left out)`);
    if (TIME_FIELDS.has(k)) assert.match(v, TIME, `${where}.${k}`);
    else if (COUNT_FIELDS.has(k)) assert.ok(Number.isInteger(v) && v >= 0 && v <= 4294967295, `${where}.${k}`);
    else if (ENUMS[k]?.[file]) assert.ok(ENUMS[k][file].includes(v), `${where}.${k} = ${v}`);
    else if (["tags", "expertise"].includes(k)) assert.ok(Array.isArray(v) && v.every((t) => typeof t === "string"), `${where}.${k}`);
    else if (["pinned", "hidden"].includes(k)) assert.equal(typeof v, "boolean", `${where}.${k}`);
    else if (k === "author") assert.deepEqual(Object.keys(v), ["id", "name"], `${where}.author (MemberRef)`);
    else if (k === "theme" && file !== "memberships.json") assert.deepEqual(Object.keys(v), ["id", "slug", "name"], `${where}.theme (ThemeRef)`);
    else if (k === "reactions") assert.deepEqual(Object.keys(v), ["like", "insightful", "thanks"], `${where}.reactions`);
    else if (k === "links") {
      const order = ["website", "linkedin", "mastodon"];
      assert.deepEqual(Object.keys(v), order.filter((l) => l in v), `${where}.links (MemberLinks)`);
      assert.ok(Object.values(v).every((u) => typeof u === "string"), `${where}.links`);
    } else if (k === "visibility") {
      assert.ok(typeof v === "object" && !Array.isArray(v) && Object.values(v).every((l) => ["public", "members", "hidden"].includes(l)), `${where}.visibility`);
    } else assert.equal(typeof v, "string", `${where}.${k}`);
  }
  return keys;
}

test("elk object heeft de vorm van de Rust-struct, net als de voorbeelden in public/data", () => {
  for (const file of DATA_FILES) {
    const demo = JSON.parse(readFileSync(join(DEMO, file), "utf8"));
    const snap = files[file];
    assert.ok(Array.isArray(snap), `${file} is an array`);
    // the hand-written MODEL agrees with what demo-gen serialised from the structs
    const demoKeys = new Set();
    demo.forEach((item, i) => checkShape(file, item, `public/data/${file}[${i}]`).forEach((k) => demoKeys.add(k)));
    const snapKeys = new Set();
    snap.forEach((item, i) => checkShape(file, item, `${file}[${i}]`).forEach((k) => snapKeys.add(k)));
    // demo-gen writes no photos, meeting reports or edited comments; every other field occurs there
    const notInDemo = { "members.json": ["avatar"], "posts.json": ["event"], "comments.json": ["updated_at"] }[file] ?? [];
    for (const k of snapKeys) assert.ok(demoKeys.has(k) || notInDemo.includes(k), `${file}: ${k} never occurs in public/data/${file}`);
    // compact JSON with a final newline, as demo-gen writes it
    const text = readFileSync(join(out, file), "utf8");
    assert.equal(text, `${JSON.stringify(snap)}\n`, `${file} is written like demo-gen's files`);
  }
});

test("manifest.json zegt wat de bestanden zijn, waarvandaan en wanneer", () => {
  const manifest = files["manifest.json"];
  assert.deepEqual(Object.keys(manifest), ["generated_by", "source", "generated_at", "counts"]);
  assert.equal(manifest.generated_by, "snapshot");
  assert.equal(manifest.source, proxy.base, "the address without trailing slash");
  assert.match(manifest.generated_at, TIME);
  assert.ok(Math.abs(Date.parse(manifest.generated_at) - Date.now()) < 5 * 60_000);
  assert.deepEqual(manifest.counts, Object.fromEntries([...DATA_FILES].sort().map((f) => [f, files[f].length])));
  assert.deepEqual(Object.keys(JSON.parse(readFileSync(join(DEMO, "manifest.json"), "utf8")).counts), Object.keys(manifest.counts));
});

test("bladeren in kleine pagina's geeft dezelfde bestanden", async () => {
  const small = join(work, "klein");
  const before = proxy.requests.length;
  const r = await run(["--url", proxy.base, "--out", small, "--per-page", "2"]);
  assert.equal(r.code, 0, r.stderr);
  const paged = proxy.requests.slice(before).map((q) => new URL(q.url, proxy.base));
  assert.ok(paged.filter((u) => u.pathname.includes("/public_profiles/")).length >= 3, "4 members in pages of 2: 3 requests");
  assert.ok(paged.some((u) => /id > '/.test(u.searchParams.get("filter") || "")), "later pages ask for the ids after the last one");
  for (const file of DATA_FILES) {
    assert.equal(readFileSync(join(small, file), "utf8"), readFileSync(join(out, file), "utf8"), file);
  }
});

test("vervangt een bestaande datamap in zijn geheel, zonder resten ernaast", async () => {
  const dir = join(work, "bestaand");
  mkdirSync(dir);
  writeFileSync(join(dir, "posts.json"), "[]\n");
  writeFileSync(join(dir, "oud.json"), "{}\n");
  const r = await run(["--url", proxy.base, "--out", dir]);
  assert.equal(r.code, 0, r.stderr);
  assert.deepEqual(readdirSync(dir).sort(), [...DATA_FILES, "manifest.json"].sort(), "a stale file is gone");
  assert.equal(JSON.parse(readFileSync(join(dir, "posts.json"), "utf8")).length, files["posts.json"].length);
  assert.deepEqual(readdirSync(work).filter((n) => n.includes(".snapshot-")), [], "no temporary folder left");
});

test("weigert een map die geen datamap lijkt, en laat die ongemoeid", async () => {
  const dir = join(work, "site");
  mkdirSync(join(dir, "sub"), { recursive: true });
  writeFileSync(join(dir, "index.html"), "<!doctype html>");
  writeFileSync(join(dir, "posts.json"), "[]\n");
  const r = await run(["--url", proxy.base, "--out", dir]);
  assert.equal(r.code, 1);
  assert.match(r.stderr, /^snapshot\.mjs: .*site bestaat al en lijkt geen datamap \(er staat meer in dan \*\.json-bestanden: .*index\.html/);
  assert.deepEqual(readdirSync(dir).sort(), ["index.html", "posts.json", "sub"]);
  assert.equal(readFileSync(join(dir, "posts.json"), "utf8"), "[]\n");
  const file = join(work, "een-bestand");
  writeFileSync(file, "x");
  const f = await run(["--url", proxy.base, "--out", file]);
  assert.equal(f.code, 1);
  assert.match(f.stderr, /bestaat al en is geen map/);
});

test("een onbereikbare PocketBase laat de map zoals die was", async () => {
  const dir = join(work, "onbereikbaar");
  mkdirSync(dir);
  writeFileSync(join(dir, "posts.json"), "[1]\n");
  const port = await freePort();
  const r = await run(["--url", `http://127.0.0.1:${port}`, "--out", dir]);
  assert.equal(r.code, 1);
  assert.match(r.stderr, /^snapshot\.mjs: PocketBase op http:\/\/127\.0\.0\.1:\d+ is niet bereikbaar/);
  assert.deepEqual(readdirSync(dir), ["posts.json"]);
  assert.equal(readFileSync(join(dir, "posts.json"), "utf8"), "[1]\n");
  assert.deepEqual(readdirSync(work).filter((n) => n.includes(".snapshot-")), [], "no temporary folder left");
});

test("gebruik: ontbrekende of verkeerde opties geven een Nederlandse melding en code 2", async () => {
  const cases = [
    [[], /--url ontbreekt/],
    [["--url", proxy.base], /--out ontbreekt/],
    [["--url", "", "--out", "x"], /--url ontbreekt/],
    [["--url", "ftp://example.org", "--out", "x"], /--url moet met http:\/\/ of https:\/\/ beginnen/],
    [["--url", "http://gebruiker:geheim@example.org", "--out", "x"], /geen gebruikersnaam of wachtwoord/],
    [["--url", proxy.base, "--out", "x", "--per-page", "5000"], /--per-page moet een getal van 1 tot en met 1000 zijn/],
    [["--url", proxy.base, "--out", "x", "--token", "abc"], /onbekende optie --token/],
    [["--url"], /--url mist een waarde/],
  ];
  for (const [args, message] of cases) {
    const r = await run(args);
    assert.equal(r.code, 2, `${args.join(" ")}: ${r.stderr}`);
    assert.match(r.stderr, message, args.join(" "));
    assert.match(r.stderr, /\ngebruik: node scripts\/snapshot\.mjs --url <PocketBase-adres> --out <map>/, args.join(" "));
  }
  assert.ok(!existsSync(join(work, "x")));
  const help = await run(["--help"]);
  assert.equal(help.code, 0);
  assert.match(help.stdout, /^gebruik: /);
});
