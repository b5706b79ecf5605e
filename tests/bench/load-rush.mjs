// The rush of issue #16 against a running PocketBase with the large network: one page view
// each of /, /wall, /wall/:id, /members (search), /themes/:slug, /events, as visitors and as
// logged-in members (BENCH_ACCOUNTS real tokens), plus ~5 % writes (posts, comments,
// reactions, RSVPs). Each page kind is one wrk process (load-rush.lua) cycling through the
// requests the PocketBase adapter (src/backend/pocketbase.rs) sends for that page; the
// connections are split over the kinds. Prints req/s, p50/p95/p99 and errors per kind and
// PocketBase's CPU use from /proc/<pid>/stat. Measures; never asserts a time.
//
//   node tests/bench/load-rush.mjs --url URL --pid PID --members bench-data/data/members.json
//        [--clients 50,200] [--duration 60] [--accounts 100] [--word beleid] [--province zuid-holland]
//        [--skip-total 1]
import { spawn } from "node:child_process";
import { readFileSync, writeFileSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { demoEmail } from "../../backend/pocketbase/seed.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const argv = process.argv.slice(2);
const arg = (name, dflt) => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 ? argv[i + 1] : dflt;
};
const base = arg("url");
const pid = arg("pid");
const clientsList = arg("clients", "50,200").split(",").map(Number);
const duration = Number(arg("duration", "60"));
const accounts = Number(arg("accounts", "100"));
const word = arg("word", "beleid");
const province = arg("province", "zuid-holland");
// the adapter asks every list with skipTotal=1 (no COUNT); --skip-total 0 replays the old
// requests (before issue 16 no list skipped it, after its first step only post lists)
const skip = arg("skip-total", "1") === "1" ? { skipTotal: 1 } : {};
const members = JSON.parse(readFileSync(arg("members"), "utf8"));

const qs = (params) => "?" + Object.entries(params).map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join("&");
const list = (c, params) => `/api/collections/${c}/records${qs({ ...params, ...skip })}`;
const any = (field, ids) => `(${ids.map((id) => `${field} = '${id}'`).join(" || ")})`;

async function get(path, token = "") {
  const r = await fetch(base + path, { headers: token ? { Authorization: token } : {} });
  if (!r.ok) throw new Error(`${path}: ${r.status} ${await r.text()}`);
  return r.json();
}

// ── tokens: many members, logged in 4 at a time (bcrypt) ──
const tokens = [];
const memberIds = [];
const memberThemes = new Map(); // token → the themes that member is an active member of
const taken = new Set();
{
  const step = Math.max(1, Math.floor(members.length / accounts));
  const chosen = members.filter((_, i) => i % step === 0).slice(0, accounts);
  for (let i = 0; i < chosen.length; i += 4) {
    await Promise.all(chosen.slice(i, i + 4).map(async (m) => {
      const r = await fetch(base + "/api/collections/members/auth-with-password", {
        method: "POST", headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ identity: demoEmail(m.id), password: "knooppunt-demo" }),
      });
      if (!r.ok) return;
      const j = await r.json();
      tokens.push(j.token);
      memberIds.push(j.record.id);
      const mine = await get(list("memberships", { page: 1, perPage: 1000, filter: `(member = '${j.record.id}' && status = 'active')`, fields: "theme" }), j.token);
      memberThemes.set(j.token, new Set(mine.items.map((m) => m.theme)));
      // what this member already reacted to / answered: a second one is refused (unique)
      for (const [c, field] of [["reactions", "target_post"], ["rsvps", "event"]]) {
        for (const x of (await get(list(c, { page: 1, perPage: 1000, filter: `(member = '${j.record.id}')`, fields: field }), j.token)).items) {
          taken.add(`${j.record.id}:${x[field]}`);
        }
      }
    }));
  }
  console.log(`ingelogd: ${tokens.length} leden`);
}
if (!tokens.length) throw new Error("geen enkel lid kon inloggen");

// ── what the pages ask for ──
const now = new Date().toISOString().replace("T", " ");
const themes = (await get(list("themes", { page: 1, perPage: 1000 }))).items;
// as a visitor: public posts and events, which every member may read, comment and answer
const recent = (await get(list("posts", { page: 1, perPage: 200, sort: "-created,id" }))).items;
const events = (await get(list("events", { page: 1, perPage: 1000, sort: "starts_at,id" }))).items;
// RSVPs only to meetings without a limit: a full one refuses rightly (event_full), no error
const openEvents = events.filter((e) => !e.capacity);
const wallList = list("posts", { page: 1, perPage: 20, sort: "-created,id", expand: "theme" });
const eventsList = list("events", { page: 1, perPage: 1000, filter: `(ends_at >= '${now}')`, sort: "starts_at,id", expand: "theme" });
const directory = `/api/knooppunt/members${qs({ q: word, province, sort: "name", page: 1, perPage: 24 })}`;
const authors = (view, posts) => list(view, { page: 1, perPage: 20, filter: any("id", [...new Set(posts.map((p) => p.author))].slice(0, 20)), fields: "id,name" });

function pages(view) {
  const out = { home: [], wall: [], post: [], members: [], theme: [], events: [], closedWalls: [] };
  const page1 = recent.slice(0, 20);
  out.home.push(list("themes", { page: 1, perPage: 1000 }), wallList, authors(view, page1), eventsList);
  out.wall.push(wallList, authors(view, page1));
  for (const p of recent.slice(0, 100)) {
    out.post.push(`/api/collections/posts/records/${p.id}?expand=theme`, authors(view, [p]));
    // the app asks for the comments of a post that has some (CommentThread)
    if (p.comment_count > 0) out.post.push(list("comments", { page: 1, perPage: 1000, filter: `(post = '${p.id}')`, sort: "created,id" }));
  }
  out.members.push(directory);
  for (const t of themes) {
    out.theme.push(list("themes", { page: 1, perPage: 1, filter: `(slug = '${t.slug}')` }));
    // The app asks for a theme's wall only where it may read it (MyPlace::reads_posts):
    // an open theme, or one the member is in; the rows of members are matched below.
    const wall = list("posts", { page: 1, perPage: 20, filter: `(theme = '${t.id}')`, sort: "-pinned,-created,id", expand: "theme" });
    if (t.access === "open") out.theme.push(wall);
    else out.closedWalls.push({ theme: t.id, path: wall });
  }
  out.events.push(eventsList);
  return out;
}

// ── request files, one per kind ──
const dir = mkdtempSync(join(tmpdir(), "load-rush-"));
const kinds = [];
const lines = (rows) => rows.map((r) => r.join("\t")).join("\n") + "\n";
for (const [role, view] of [["bezoeker", "public_profiles"], ["lid", "member_profiles"]]) {
  const { closedWalls, ...byPage } = pages(view);
  for (const [page, paths] of Object.entries(byPage)) {
    const rows = [];
    // a member's lines rotate over the tokens
    for (let k = 0; k < (role === "lid" ? Math.max(paths.length, tokens.length) : paths.length); k++) {
      rows.push(["GET", paths[k % paths.length], role === "lid" ? tokens[k % tokens.length] : "", ""]);
    }
    // the wall of a theme that is not open, by each member who is in it
    if (page === "theme" && role === "lid") {
      for (const token of tokens) {
        for (const w of closedWalls) if (memberThemes.get(token)?.has(w.theme)) rows.push(["GET", w.path, token, ""]);
      }
    }
    const file = join(dir, `${role}-${page}.txt`);
    writeFileSync(file, lines(rows));
    kinds.push({ name: `${role} ${page}`, file, write: false });
  }
}
{
  const rows = [];
  const stamp = Date.now().toString(36);
  const reactionKinds = ["like", "insightful", "thanks"];
  for (let k = 0; k < 20000; k++) {
    const t = tokens[k % tokens.length], me = memberIds[k % tokens.length];
    const post = recent[(k * 7) % recent.length];
    switch (k % 5) {
      case 0: rows.push(["POST", "/api/collections/posts/records?expand=theme", t, JSON.stringify({ author: me, theme: "", event: "", kind: "question", title: `Drukte ${stamp} ${k}`, body: "Tot op de netwerkdag!", tags: [] })]); break;
      case 1: case 2: rows.push(["POST", "/api/collections/comments/records", t, JSON.stringify({ post: post.id, parent: "", author: me, body: `Goed idee (${stamp} ${k})` })]); break;
      case 3: { // each (member, post) once: member k % T, post k / T
        const target = recent[Math.floor(k / tokens.length) % recent.length].id;
        if (taken.has(`${me}:${target}`)) break;
        taken.add(`${me}:${target}`);
        rows.push(["POST", "/api/collections/reactions/records", t, JSON.stringify({ member: me, target_post: target, target_comment: "", kind: reactionKinds[k % 3] })]);
        break;
      }
      default: {
        const event = openEvents.length ? openEvents[Math.floor(k / tokens.length) % openEvents.length].id : "";
        if (!event || taken.has(`${me}:${event}`)) break;
        taken.add(`${me}:${event}`);
        rows.push(["POST", "/api/collections/rsvps/records", t, JSON.stringify({ event, member: me, status: "going" })]);
      }
    }
  }
  const file = join(dir, "schrijven.txt");
  writeFileSync(file, lines(rows));
  kinds.push({ name: "lid schrijven", file, write: true });
}

// ── run ──
const cpuTicks = () => {
  const f = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1].split(" ");
  return Number(f[11]) + Number(f[12]); // utime + stime (fields 14, 15)
};
function wrk(kind, conns, seconds, part) {
  return new Promise((resolve) => {
    const p = spawn("wrk", ["-t1", `-c${conns}`, `-d${seconds}s`, "--timeout", "10s", "-s", join(here, "load-rush.lua"), base],
      { env: { ...process.env, BENCH_REQS: kind.file, BENCH_PART: String(part), ...(kind.write ? { BENCH_ERRORS: "1" } : {}) }, stdio: ["ignore", "pipe", "inherit"] });
    let out = "";
    p.stdout.on("data", (d) => (out += d));
    p.on("close", () => {
      const m = out.match(/BENCH_JSON (.*)/);
      resolve(m ? JSON.parse(m[1]) : { error: out });
    });
  });
}
const ms = (us) => (us / 1000).toFixed(us < 10000 ? 1 : 0);
for (const [round, clients] of clientsList.entries()) {
  const writeConns = Math.max(1, Math.round(clients * 0.05));
  const reads = kinds.filter((k) => !k.write);
  const per = Math.max(1, Math.floor((clients - writeConns) / reads.length));
  let extra = Math.max(0, clients - writeConns - per * reads.length); // the rest to the first kinds
  const plan = kinds.map((k) => [k, k.write ? writeConns : per + (extra-- > 0 ? 1 : 0)]);
  console.log(`\n== ${plan.reduce((s, [, c]) => s + c, 0)} verbindingen (${per}-${per + 1} per leessoort, ${writeConns} schrijvend), ${duration} s; load vooraf: ${readFileSync("/proc/loadavg", "utf8").split(" ").slice(0, 3).join(" ")} ==`);
  const c0 = cpuTicks(), t0 = Date.now();
  const results = await Promise.all(plan.map(([k, c]) => wrk(k, c, duration, round / clientsList.length)));
  const cores = (cpuTicks() - c0) / 100 / ((Date.now() - t0) / 1000);
  let total = 0, totalErr = 0;
  console.log("soort                  req/s    p50 ms   p95 ms   p99 ms   fouten");
  plan.forEach(([k], i) => {
    const r = results[i];
    if (r.error !== undefined) { console.log(`${k.name.padEnd(20)} wrk faalde: ${r.error}`); return; }
    const rps = r.requests / (r.duration_us / 1e6);
    const err = r.status + r.timeout + r.connect + r.read + r.write;
    total += rps; totalErr += err;
    console.log(`${k.name.padEnd(20)} ${rps.toFixed(1).padStart(7)} ${ms(r.p50_us).padStart(9)} ${ms(r.p95_us).padStart(8)} ${ms(r.p99_us).padStart(8)} ${String(err).padStart(8)}${err ? ` (status>=400 ${r.status}, timeout ${r.timeout})` : ""}`);
  });
  console.log(`totaal               ${total.toFixed(1).padStart(7)} req/s, ${totalErr} fouten; PocketBase-CPU ${cores.toFixed(2)} cores`);
}
rmSync(dir, { recursive: true, force: true });
