#!/usr/bin/env node
// Exports what a VISITOR of a PocketBase network may see into data/*.json for the
// StaticJson backend, so a host can publish a read-only mirror. No dependencies
// beyond Node itself (20+: global fetch).
//
//   node scripts/snapshot.mjs --url http://127.0.0.1:8090 --out dist/data [--per-page 1000]
//
// - Every request is anonymous: no token, no cookie, only GETs. The PocketBase
//   rules decide, exactly as for a visitor (backend/pocketbase/README.md):
//   organisations and themes all; members from the `public_profiles` view (only
//   the fields a member marked `public`; email never); posts that are not hidden
//   and whose theme is open or none, their comments, events of open themes or
//   none; memberships whatever a visitor may list (the rules: none, so `[]`).
// - Writes DIR/{organisations,members,themes,memberships,posts,comments,events}.json
//   in the model's JSON shape (src/model/*.rs, as src/backend/pocketbase/records.rs
//   maps PocketBase records) plus DIR/manifest.json ({generated_by, source,
//   generated_at, counts}).
// - Lists are paged by id (`id > last`, perPage up to 1000), so records created or
//   deleted while the snapshot runs shift no page: nothing is read twice or skipped.
// - Everything is fetched first; then the files are written to a folder next to DIR
//   and swapped in. A failure leaves DIR as it was. DIR may only hold *.json files
//   (a data folder): anything else and the snapshot refuses to replace it.
import { existsSync, lstatSync, mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import process from "node:process";
import { readOptions } from "./cli.mjs";
import { pathToFileURL } from "node:url";

const USAGE = "gebruik: node scripts/snapshot.mjs --url <PocketBase-adres> --out <map> [--per-page <1-1000>]";

/** The files of the StaticJson backend (src/backend/static_json.rs), in demo-gen's order. */
export const DATA_FILES = [
  "organisations.json",
  "members.json",
  "themes.json",
  "memberships.json",
  "posts.json",
  "comments.json",
  "events.json",
];
/** PocketBase's largest page. */
const MAX_PER_PAGE = 1000;
/** The name shown for an author whose profile is gone (records.rs FORMER_MEMBER). */
export const FORMER_MEMBER = "Oud-lid";
const REQUEST_TIMEOUT_MS = 60_000;

class SnapshotError extends Error {
  constructor(message, code = 1) {
    super(message);
    this.code = code;
  }
}

function fail(message, code = 1) {
  console.error(`snapshot.mjs: ${message}`);
  if (code === 2) console.error(USAGE);
  process.exit(code);
}

function parseArgs(argv) {
  const opts = readOptions(argv, {
    values: { "--url": "url", "--out": "out", "--per-page": "perPage" },
    defaults: { perPage: String(MAX_PER_PAGE) },
    fail: (message) => fail(message, 2),
    help: () => {
      console.log(USAGE);
      process.exit(0);
    },
  });
  const text = opts.perPage;
  const n = Number(text);
  if (!/^\d+$/.test(text) || n < 1 || n > MAX_PER_PAGE) fail(`--per-page moet een getal van 1 tot en met ${MAX_PER_PAGE} zijn, niet ${JSON.stringify(text)}`, 2);
  opts.perPage = n;
  if (!opts.url) fail("--url ontbreekt", 2);
  if (!opts.out) fail("--out ontbreekt", 2);
  return opts;
}

/** The PocketBase address without trailing slash; only http(s), no user:password@. */
function baseUrl(url) {
  let parsed;
  try {
    parsed = new URL(url);
  } catch {
    throw new SnapshotError(`--url ${JSON.stringify(url)} is geen geldig adres (bijvoorbeeld http://127.0.0.1:8090)`, 2);
  }
  if (parsed.protocol !== "http:" && parsed.protocol !== "https:") {
    throw new SnapshotError(`--url moet met http:// of https:// beginnen, niet ${parsed.protocol}`, 2);
  }
  if (parsed.username || parsed.password) {
    throw new SnapshotError("--url mag geen gebruikersnaam of wachtwoord bevatten: de snapshot leest alles als bezoeker", 2);
  }
  if (parsed.search || parsed.hash) {
    throw new SnapshotError("--url mag geen ?zoekdeel of #anker hebben", 2);
  }
  return parsed.href.replace(/\/+$/, "");
}

// ── Reading PocketBase as a visitor ──

/** A string literal for a PocketBase filter (as the JS SDK's pb.filter() escapes it). */
const literal = (text) => `'${String(text).replace(/'/g, "\\'")}'`;

async function getJson(base, pathAndQuery) {
  const url = base + pathAndQuery;
  let res;
  try {
    // Deliberately no Authorization header and no credentials: a visitor.
    res = await fetch(url, {
      method: "GET",
      headers: { Accept: "application/json" },
      redirect: "error",
      signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
    });
  } catch (e) {
    const why = e?.cause?.code || e?.cause?.message || e?.message || String(e);
    throw new SnapshotError(`PocketBase op ${base} is niet bereikbaar (${why})`);
  }
  const text = await res.text();
  let json = null;
  try {
    json = JSON.parse(text);
  } catch {
    /* not JSON: reported below */
  }
  if (!res.ok) {
    const message = json && typeof json.message === "string" ? json.message : text.slice(0, 200);
    const error = new SnapshotError(`GET ${pathAndQuery} gaf ${res.status}: ${message}`);
    error.status = res.status;
    throw error;
  }
  if (json === null || typeof json !== "object") {
    throw new SnapshotError(`GET ${pathAndQuery} gaf geen JSON (is ${base} wel een PocketBase?)`);
  }
  return json;
}

/**
 * Every record of a collection (or view) this visitor may list, by ascending id:
 * each page asks for the ids after the last one seen (keyset paging).
 */
async function listAll(base, collection, { filter = "", perPage = MAX_PER_PAGE } = {}) {
  const items = [];
  let last = null;
  for (;;) {
    const parts = [];
    if (filter) parts.push(`(${filter})`);
    if (last !== null) parts.push(`id > ${literal(last)}`);
    const params = new URLSearchParams({ page: "1", perPage: String(perPage), sort: "id", skipTotal: "1" });
    if (parts.length) params.set("filter", parts.join(" && "));
    const page = await getJson(base, `/api/collections/${collection}/records?${params}`);
    if (!Array.isArray(page.items)) throw new SnapshotError(`${collection}: het antwoord heeft geen items`);
    for (const item of page.items) {
      if (!item || typeof item.id !== "string" || item.id === "") {
        throw new SnapshotError(`${collection}: een record zonder id`);
      }
      if (last !== null && item.id <= last) {
        throw new SnapshotError(`${collection}: records niet op id gesorteerd (${item.id} na ${last})`);
      }
      last = item.id;
      items.push(item);
    }
    // PocketBase says which page size it used; a shorter page is the last.
    const size = Number.isInteger(page.perPage) && page.perPage > 0 ? Math.min(page.perPage, perPage) : perPage;
    if (page.items.length === 0 || page.items.length < size) return items;
  }
}

// ── PocketBase records → the model's JSON (src/backend/pocketbase/records.rs) ──

const PROVINCES = [
  "groningen", "fryslan", "drenthe", "overijssel", "flevoland", "gelderland",
  "utrecht", "noord-holland", "zuid-holland", "zeeland", "noord-brabant", "limburg",
];
const ORGANISATION_KINDS = ["gemeente", "provincie", "waterschap", "rijk", "samenwerkingsverband", "overig"];
const THEME_ACCESS = ["open", "on_request", "invite_only"];
const POST_KINDS = ["knowledge", "question", "blog", "report"];
const THEME_ROLES = ["member", "moderator", "owner"];
const MEMBERSHIP_STATUSES = ["active", "pending"];
const U32_MAX = 4_294_967_295;

/** PocketBase writes an unset text or relation as "": absent then, trimmed otherwise. */
function nonEmpty(value) {
  if (typeof value !== "string") return undefined;
  const trimmed = value.trim();
  return trimmed === "" ? undefined : trimmed;
}

/** A JSON list of strings; anything else counts as empty. */
function stringList(value) {
  if (!Array.isArray(value)) return [];
  return value.filter((v) => typeof v === "string").map((v) => v.trim()).filter((v) => v !== "");
}

/** A count as `u32`: non-negative integers only (serde_json's as_u64), capped. */
function count(value) {
  return Number.isInteger(value) && value >= 0 ? Math.min(value, U32_MAX) : 0;
}

/** A counter PocketBase keeps itself (a `u32` field of the record): must be one. */
function counter(what, value) {
  if (value === undefined || value === null) return 0;
  if (!Number.isInteger(value) || value < 0 || value > U32_MAX) {
    throw new SnapshotError(`${what} is geen telling: ${JSON.stringify(value)}`);
  }
  return value;
}

/** An enum value PocketBase stores as its snake_case name; unknown ones would break the app. */
function choice(what, value, allowed) {
  if (!allowed.includes(value)) throw new SnapshotError(`${what} heeft een onbekende waarde ${JSON.stringify(value)}`);
  return value;
}

const province = (value) => (PROVINCES.includes(value) ? value : undefined);

/**
 * A PocketBase time ("2026-11-27 05:23:18.123Z") as the model writes a Timestamp:
 * RFC 3339 in UTC, whole seconds ("2026-11-27T05:23:18Z"). Like Timestamp::parse,
 * the fraction is dropped.
 */
export function modelTime(what, text) {
  const m = typeof text === "string" && /^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2}):(\d{2})(?:\.\d+)?([Zz]|[+-]\d{2}:\d{2})$/.exec(text);
  const bad = () => new SnapshotError(`${what} is geen tijd: ${JSON.stringify(text)}`);
  if (!m) throw bad();
  const [y, mo, d, h, mi, s] = m.slice(1, 7).map(Number);
  const day = new Date(Date.UTC(y, mo - 1, d));
  if (mo < 1 || mo > 12 || day.getUTCMonth() !== mo - 1 || day.getUTCDate() !== d || h > 23 || mi > 59 || s > 60) throw bad();
  const zone = m[7].toUpperCase();
  const offset = zone === "Z" ? 0 : (zone[0] === "-" ? -1 : 1) * (Number(zone.slice(1, 3)) * 3600 + Number(zone.slice(4, 6)) * 60);
  const ms = Date.UTC(y, mo - 1, d, h, mi, s) - offset * 1000;
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, "Z");
}

/** A PocketBase time in milliseconds, fraction included; NaN when it is none. */
function preciseMs(text) {
  return typeof text === "string" ? Date.parse(text.replace(" ", "T")) : NaN;
}

/** Drops the keys whose value is undefined (serde's skip_serializing_if = "Option::is_none"). */
function compact(object) {
  for (const key of Object.keys(object)) if (object[key] === undefined) delete object[key];
  return object;
}

function toOrganisation(r) {
  return compact({
    id: r.id,
    name: String(r.name ?? ""),
    kind: choice("organisation.kind", r.kind, ORGANISATION_KINDS),
    province: province(r.province),
    website: nonEmpty(r.website),
  });
}

/** The same URL as records.rs avatar_url: the file is served by PocketBase itself. */
const avatarUrl = (base, member, file) => `${base}/api/files/members/${encodeURIComponent(member)}/${encodeURIComponent(file)}`;

function toMember(base, r) {
  const links = r.links && typeof r.links === "object" && !Array.isArray(r.links) ? r.links : {};
  const file = nonEmpty(r.avatar);
  return compact({
    id: r.id,
    name: String(r.name ?? ""),
    avatar: file ? avatarUrl(base, r.id, file) : undefined,
    organisation: nonEmpty(r.organisation),
    job_title: nonEmpty(r.job_title),
    bio: nonEmpty(r.bio),
    expertise: stringList(r.expertise),
    province: province(r.province),
    links: compact({
      website: nonEmpty(links.website),
      linkedin: nonEmpty(links.linkedin),
      mastodon: nonEmpty(links.mastodon),
    }),
    joined_at: modelTime("member.joined_at", r.joined_at),
    // Who may see which field is the member's own business: a visitor never learns it.
    visibility: {},
  });
}

function toTheme(r) {
  return {
    id: r.id,
    slug: String(r.slug ?? ""),
    name: String(r.name ?? ""),
    summary: String(r.summary ?? ""),
    description: String(r.description ?? ""),
    access: choice("theme.access", r.access, THEME_ACCESS),
    tags: stringList(r.tags),
    member_count: counter("theme.member_count", r.member_count),
    created_at: modelTime("theme.created", r.created),
  };
}

const themeRef = (t) => ({ id: t.id, slug: t.slug, name: t.name });

function author(id, names) {
  // A former member's kept posts have no author (""); an id without a profile is gone too.
  const name = id ? names.get(id) : undefined;
  return name === undefined ? { id: "", name: FORMER_MEMBER } : { id, name };
}

function toPost(r, names, theme) {
  const reactions = r.reactions && typeof r.reactions === "object" ? r.reactions : {};
  return compact({
    id: r.id,
    author: author(r.author, names),
    theme: theme ? themeRef(theme) : undefined,
    kind: choice("post.kind", r.kind, POST_KINDS),
    title: String(r.title ?? ""),
    body: String(r.body ?? ""),
    tags: stringList(r.tags),
    created_at: modelTime("post.created", r.created),
    // `edited` is stamped only when the author changes the content; empty when never.
    updated_at: nonEmpty(r.edited) ? modelTime("post.edited", r.edited.trim()) : undefined,
    comment_count: counter("post.comment_count", r.comment_count),
    reactions: { like: count(reactions.like), insightful: count(reactions.insightful), thanks: count(reactions.thanks) },
    pinned: r.pinned === true,
    hidden: r.hidden === true,
    event: nonEmpty(r.event),
    accepted_answer: nonEmpty(r.accepted_answer),
  });
}

function toComment(r, names) {
  // Only the author changes a comment, so a later `updated` is an edit (records.rs). Later,
  // not just different: PocketBase may stamp `updated` a millisecond *before* `created`
  // when it makes the record (seen with /api/batch), which is no edit.
  const edited = typeof r.updated === "string" && r.updated !== "" && preciseMs(r.updated) > preciseMs(r.created);
  return compact({
    id: r.id,
    post: r.post,
    author: author(r.author, names),
    body: String(r.body ?? ""),
    created_at: modelTime("comment.created", r.created),
    updated_at: edited ? modelTime("comment.updated", r.updated) : undefined,
    parent: nonEmpty(r.parent),
  });
}

function toEvent(r, theme) {
  const capacity = counter("event.capacity", r.capacity);
  return compact({
    id: r.id,
    theme: theme ? themeRef(theme) : undefined,
    title: String(r.title ?? ""),
    description: String(r.description ?? ""),
    starts_at: modelTime("event.starts_at", r.starts_at),
    ends_at: modelTime("event.ends_at", r.ends_at),
    location: nonEmpty(r.location),
    online_url: nonEmpty(r.online_url),
    // 0 is how the schema stores "no limit".
    capacity: capacity > 0 ? capacity : undefined,
    going_count: counter("event.going_count", r.going_count),
  });
}

function toMembership(r) {
  return {
    id: r.id,
    theme: r.theme,
    member: r.member,
    role: choice("membership.role", r.role, THEME_ROLES),
    status: choice("membership.status", r.status, MEMBERSHIP_STATUSES),
    created_at: modelTime("membership.created", r.created),
  };
}

/**
 * The theme a record names: null when none, undefined when it is not in themes.json
 * (created while the snapshot ran): such a record is left out, so every theme a
 * record names has its page in the mirror.
 */
function themeOf(record, themes) {
  const id = nonEmpty(record.theme);
  return id ? themes.get(id) : null;
}

/**
 * Everything a visitor may see, in model shape: { base, files: {name: array}, counts }.
 * Reads in dependency order (what a record refers to is read before it).
 */
export async function collect({ url, perPage = MAX_PER_PAGE }) {
  const base = baseUrl(url);
  const list = (collection, options = {}) => listAll(base, collection, { perPage, ...options });

  const organisations = (await list("organisations")).map(toOrganisation);
  const themes = (await list("themes")).map(toTheme);
  const themeById = new Map(themes.map((t) => [t.id, t]));
  const members = (await list("public_profiles")).map((r) => toMember(base, r));
  const names = new Map(members.map((m) => [m.id, m.name]));

  // A visitor lists no memberships (the rules); should a host ever open them, they come along.
  let membershipRecords;
  try {
    membershipRecords = await list("memberships");
  } catch (e) {
    if (![401, 403, 404].includes(e.status)) throw e;
    membershipRecords = [];
  }
  const memberships = membershipRecords
    .map(toMembership)
    .filter((m) => themeById.has(m.theme) && names.has(m.member));

  const events = (await list("events"))
    .filter((r) => themeOf(r, themeById) !== undefined)
    .map((r) => toEvent(r, themeOf(r, themeById)));
  const eventIds = new Set(events.map((e) => e.id));

  // The rules already leave hidden posts out for a visitor; asked again, and checked.
  const posts = (await list("posts", { filter: "hidden = false" }))
    .filter((r) => r.hidden !== true && themeOf(r, themeById) !== undefined)
    .map((r) => toPost(r, names, themeOf(r, themeById)));
  for (const post of posts) {
    // A meeting deleted while the snapshot ran: no link to a page the mirror lacks.
    if (post.event !== undefined && !eventIds.has(post.event)) delete post.event;
  }
  const postIds = new Set(posts.map((p) => p.id));

  // Comments of the posts above only (one posted meanwhile on a newer post has no page).
  const comments = (await list("comments"))
    .filter((r) => postIds.has(r.post))
    .map((r) => toComment(r, names));

  const files = {
    "organisations.json": organisations,
    "members.json": members,
    "themes.json": themes,
    "memberships.json": memberships,
    "posts.json": posts,
    "comments.json": comments,
    "events.json": events,
  };
  const counts = Object.fromEntries(DATA_FILES.map((f) => [f, files[f].length]));
  return { base, files, counts };
}

// ── Writing DIR ──

/** Why `out` may not be replaced, or null when it may (absent, empty, or only *.json files). */
function refusal(out) {
  if (!existsSync(out)) {
    try {
      lstatSync(out);
      return `${out} is een verwijzing die nergens naar wijst`;
    } catch {
      return null;
    }
  }
  const stat = lstatSync(out);
  if (stat.isSymbolicLink()) return `${out} is een verwijzing (symlink); geef de map zelf op`;
  if (!stat.isDirectory()) return `${out} bestaat al en is geen map`;
  const strangers = readdirSync(out, { withFileTypes: true }).filter((e) => !(e.isFile() && e.name.endsWith(".json")));
  if (strangers.length > 0) {
    const names = strangers.slice(0, 3).map((e) => e.name).join(", ");
    return `${out} bestaat al en lijkt geen datamap (er staat meer in dan *.json-bestanden: ${names}${strangers.length > 3 ? ", ..." : ""}); kies een andere --out of maak de map leeg`;
  }
  return null;
}

const json = (value) => `${JSON.stringify(value)}\n`;

/** Writes the files into a new folder next to `out`, then swaps it in. */
function writeAtomically(out, files) {
  const next = `${out}.snapshot-new-${process.pid}`;
  const old = `${out}.snapshot-old-${process.pid}`;
  rmSync(next, { recursive: true, force: true });
  try {
    mkdirSync(path.dirname(out), { recursive: true });
    mkdirSync(next);
    for (const [name, text] of Object.entries(files)) writeFileSync(path.join(next, name), text);
    if (existsSync(out)) {
      renameSync(out, old);
      try {
        renameSync(next, out);
      } catch (e) {
        renameSync(old, out);
        throw e;
      }
      rmSync(old, { recursive: true, force: true });
    } else {
      renameSync(next, out);
    }
  } catch (e) {
    rmSync(next, { recursive: true, force: true });
    throw new SnapshotError(`kon ${out} niet schrijven: ${e.message}`);
  }
}

export async function snapshot({ url, out, perPage = MAX_PER_PAGE, now = () => new Date() }) {
  out = path.resolve(out);
  const why = refusal(out);
  if (why) throw new SnapshotError(why);
  const { base, files, counts } = await collect({ url, perPage });
  // Checked again: the folder may have changed while we read.
  const whyNow = refusal(out);
  if (whyNow) throw new SnapshotError(whyNow);
  const manifest = {
    generated_by: "snapshot",
    source: base,
    generated_at: now().toISOString().replace(/\.\d{3}Z$/, "Z"),
    counts: Object.fromEntries(Object.keys(counts).sort().map((k) => [k, counts[k]])),
  };
  const texts = Object.fromEntries(DATA_FILES.map((f) => [f, json(files[f])]));
  texts["manifest.json"] = json(manifest);
  writeAtomically(out, texts);
  return { out, base, counts, manifest };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const opts = parseArgs(process.argv.slice(2));
  const started = Date.now();
  try {
    const { out, base, counts } = await snapshot(opts);
    const rel = path.relative(process.cwd(), out);
    const where = rel === "" ? "." : rel.startsWith("..") ? out : rel;
    const summary = DATA_FILES.map((f) => `${counts[f]} ${f.replace(/\.json$/, "")}`).join(", ");
    console.log(`snapshot.mjs: ${base} → ${where} als bezoeker (${summary}) in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  } catch (e) {
    if (e instanceof SnapshotError) fail(e.message, e.code);
    throw e;
  }
}
