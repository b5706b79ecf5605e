#!/usr/bin/env node
// Loads the demo network (public/data/*.json, the app's model shape) into a
// PocketBase with the Knooppunt migrations, through the superuser REST API.
//
//   node backend/pocketbase/seed.mjs --url http://127.0.0.1:8090 \
//        --superuser admin@example.org:PASSWORD --data public/data
//   (or KNOOPPUNT_PB_SUPERUSER=EMAIL:PASSWORD in the environment instead of --superuser)
//
// - Every model id maps to a deterministic PocketBase id (15 chars [a-z0-9],
//   from a hash of collection + model id), so running it again creates only
//   what is missing: idempotent, nothing duplicated.
// - Every demo member becomes an auth record `<model id>@demo.knooppunt.nl`
//   with the demo password `knooppunt-demo`. DEMO ONLY: never seed a real network.
// - Counters (member_count, comment_count, reactions, going_count) are kept by
//   the database triggers, not written by the seed. The demo data has reaction
//   and going totals without the individual rows, so the seed creates that
//   many reactions/RSVPs by deterministically chosen demo members (members of
//   the post's/event's theme first) and the counters then match the data.
// - `created` (autodate) cannot be set through the API; records are created in
//   the order of their model `created_at`, so sorting by `created` keeps the
//   model's order (the times themselves are the time of seeding).
// - Uses /api/batch (enabled in the settings if needed) for everything but the
//   members, which are created in parallel (password hashing is the slow part).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { createHash } from "node:crypto";

export const DEMO_PASSWORD = "knooppunt-demo";
export const demoEmail = (modelId) => `${modelId}@demo.knooppunt.nl`;

/** Deterministic PocketBase id for a model id. */
export function pbId(collection, modelId) {
  const h = createHash("sha256").update(`knooppunt:${collection}:${modelId}`).digest();
  const abc = "abcdefghijklmnopqrstuvwxyz0123456789";
  let s = "";
  for (let i = 0; i < 15; i++) s += abc[h[i] % 36];
  return s;
}

function parseArgs(argv) {
  const out = { data: "public/data" };
  for (let i = 0; i < argv.length; i++) {
    const k = argv[i];
    if (k === "--url") out.url = argv[++i];
    else if (k === "--superuser") out.superuser = argv[++i];
    else if (k === "--data") out.data = argv[++i];
    else if (k === "--quiet") out.quiet = true;
    else throw new Error(`unknown argument ${k}`);
  }
  // The environment keeps the password out of `ps` (run.sh uses it).
  out.superuser ??= process.env.KNOOPPUNT_PB_SUPERUSER;
  if (!out.url || !out.superuser) {
    throw new Error("usage: seed.mjs --url http://127.0.0.1:PORT --superuser EMAIL:PASS [--data public/data]");
  }
  return out;
}

const byCreated = (a, b) => String(a.created_at || "").localeCompare(String(b.created_at || ""));
const ref = (x) => (x && typeof x === "object" ? x.id : x) || "";

export async function seed({ url, superuser, data, quiet }) {
  const log = quiet ? () => {} : (...a) => console.error(...a);
  const t0 = Date.now();
  const base = url.replace(/\/$/, "");
  const sep = superuser.indexOf(":");
  const [email, password] = [superuser.slice(0, sep), superuser.slice(sep + 1)];

  let token = "";
  async function api(method, path, body) {
    const res = await fetch(base + path, {
      method,
      headers: { Authorization: token, ...(body === undefined ? {} : { "Content-Type": "application/json" }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    let json = null;
    try { json = JSON.parse(text); } catch { /* not json */ }
    if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${text.slice(0, 500)}`);
    return json;
  }
  const auth = await api("POST", "/api/collections/_superusers/auth-with-password", { identity: email, password });
  token = auth.token;

  // batch requests: enable if needed
  const settings = await api("GET", "/api/settings");
  const BATCH = 200;
  const b = settings.batch || {};
  if (!b.enabled || (b.maxRequests || 0) < BATCH || (b.maxBodySize || 0) < 8 << 20) {
    await api("PATCH", "/api/settings", {
      batch: { enabled: true, maxRequests: Math.max(BATCH, b.maxRequests || 0), timeout: Math.max(b.timeout || 0, 30), maxBodySize: Math.max(b.maxBodySize || 0, 8 << 20) },
    });
  }

  async function existingIds(collection) {
    const ids = new Set();
    for (let page = 1; ; page++) {
      const r = await api("GET", `/api/collections/${collection}/records?fields=id&perPage=1000&page=${page}&skipTotal=1`);
      for (const it of r.items) ids.add(it.id);
      if (r.items.length < 1000) return ids;
    }
  }

  const load = (name) => JSON.parse(readFileSync(join(data, `${name}.json`), "utf8"));
  const stats = {};

  /** Creates the records not yet there, in order, in batches of BATCH. */
  async function put(collection, records) {
    const have = await existingIds(collection);
    const todo = records.filter((r) => !have.has(r.id));
    for (let i = 0; i < todo.length; i += BATCH) {
      const requests = todo.slice(i, i + BATCH).map((body) => ({
        method: "POST", url: `/api/collections/${collection}/records`, body,
      }));
      await api("POST", "/api/batch", { requests });
    }
    stats[collection] = { created: todo.length, skipped: records.length - todo.length };
    log(`  ${collection}: ${todo.length} created, ${records.length - todo.length} already there (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
  }

  const organisations = load("organisations");
  const members = load("members");
  const themes = load("themes");
  const memberships = load("memberships");
  const posts = load("posts");
  const comments = load("comments");
  const events = load("events");
  const idOf = (c, x) => (ref(x) ? pbId(c, ref(x)) : "");

  await put("organisations", organisations.map((o) => ({
    id: pbId("organisations", o.id), name: o.name, kind: o.kind, province: o.province || "", website: o.website || "",
  })));

  // members: auth records, created in parallel (bcrypt) rather than in a batch
  {
    const have = await existingIds("members");
    const todo = [...members].sort((a, b) => String(a.joined_at).localeCompare(String(b.joined_at)))
      .filter((m) => !have.has(pbId("members", m.id)));
    let next = 0;
    const worker = async () => {
      while (next < todo.length) {
        const m = todo[next++];
        await api("POST", "/api/collections/members/records", {
          id: pbId("members", m.id), email: demoEmail(m.id), emailVisibility: false, verified: true,
          password: DEMO_PASSWORD, passwordConfirm: DEMO_PASSWORD,
          name: m.name, organisation: idOf("organisations", m.organisation), job_title: m.job_title || "",
          bio: m.bio || "", expertise: m.expertise || [], province: m.province || "", links: m.links || {},
          visibility: m.visibility || {},
        });
      }
    };
    await Promise.all(Array.from({ length: 16 }, worker));
    stats.members = { created: todo.length, skipped: members.length - todo.length };
    log(`  members: ${todo.length} created, ${members.length - todo.length} already there (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
  }

  await put("themes", [...themes].sort(byCreated).map((t) => ({
    id: pbId("themes", t.id), slug: t.slug, name: t.name, summary: t.summary || "", description: t.description || "",
    access: t.access, tags: t.tags || [],
  })));
  await put("memberships", [...memberships].sort(byCreated).map((m) => ({
    id: pbId("memberships", m.id), theme: idOf("themes", m.theme), member: idOf("members", m.member), role: m.role, status: m.status,
  })));
  await put("posts", [...posts].sort(byCreated).map((p) => ({
    id: pbId("posts", p.id), author: idOf("members", p.author), theme: idOf("themes", p.theme), kind: p.kind,
    title: p.title, body: p.body, tags: p.tags || [], pinned: !!p.pinned, hidden: !!p.hidden,
  })));
  // comments: parents before replies
  {
    const sorted = [...comments].sort(byCreated);
    const done = new Set();
    const ordered = [];
    while (ordered.length < sorted.length) {
      const before = ordered.length;
      for (const c of sorted) {
        if (done.has(c.id) || (c.parent && !done.has(c.parent))) continue;
        done.add(c.id);
        ordered.push(c);
      }
      if (ordered.length === before) throw new Error("comments: a parent is missing");
    }
    await put("comments", ordered.map((c) => ({
      id: pbId("comments", c.id), post: idOf("posts", c.post), author: idOf("members", c.author), body: c.body,
      parent: idOf("comments", c.parent),
    })));
  }
  await put("events", [...events].sort((a, b) => String(a.starts_at).localeCompare(String(b.starts_at))).map((e) => ({
    id: pbId("events", e.id), theme: idOf("themes", e.theme), title: e.title, description: e.description || "",
    starts_at: e.starts_at, ends_at: e.ends_at, location: e.location || "", online_url: e.online_url || "",
    capacity: e.capacity || 0,
  })));

  // reactions and RSVPs behind the totals in the demo data
  const active = new Map(); // theme model id -> [member model id]
  for (const m of memberships) {
    if (m.status !== "active") continue;
    if (!active.has(m.theme)) active.set(m.theme, []);
    active.get(m.theme).push(m.member);
  }
  const allMembers = members.map((m) => m.id);
  /** n distinct members, the theme's active members first, rotated by a hash of the key. */
  function pick(key, theme, n) {
    const pool = [...new Set([...(active.get(ref(theme)) || []), ...allMembers])];
    const rot = createHash("sha256").update(key).digest().readUInt32BE(0);
    const inTheme = (active.get(ref(theme)) || []).length;
    const out = [];
    for (let i = 0; i < n && i < pool.length; i++) {
      // rotate within the theme's members, then the rest
      const j = i < inTheme ? (i + rot) % inTheme : i;
      out.push(pool[j]);
    }
    return out;
  }
  const reactions = [];
  for (const p of posts) {
    const r = p.reactions || {};
    const kinds = ["like", "insightful", "thanks"].flatMap((k) => Array(r[k] || 0).fill(k));
    pick(p.id, p.theme, kinds.length).forEach((who, i) => reactions.push({
      id: pbId("reactions", `${p.id}:${who}`), target_post: pbId("posts", p.id), member: pbId("members", who), kind: kinds[i],
    }));
  }
  await put("reactions", reactions);
  const rsvps = [];
  for (const e of events) {
    pick(e.id, e.theme, e.going_count || 0).forEach((who) => rsvps.push({
      id: pbId("rsvps", `${e.id}:${who}`), event: pbId("events", e.id), member: pbId("members", who), status: "going",
    }));
  }
  await put("rsvps", rsvps);

  log(`seeded in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  return stats;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  seed(parseArgs(process.argv.slice(2))).catch((e) => {
    console.error(String(e && e.stack || e));
    process.exit(1);
  });
}
