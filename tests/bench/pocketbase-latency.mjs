// Latency and throughput of the app's PocketBase requests, for tests/bench/pocketbase.sh.
// Prints figures (and writes them to bench-data/results/), never asserts a time.
//
//   node tests/bench/pocketbase-latency.mjs --url http://127.0.0.1:PORT --word beleid \
//        --province zuid-holland [--samples 200] [--duration 30] [--clients 50] \
//        [--load wrk|node] [--members bench-data/data/members.json]
//
// The request paths are built exactly as src/backend/pocketbase.rs builds them
// (ListRequest::path, Filter's rendering, query_string's percent-encoding), for a visitor
// (public_profiles) and for a logged-in demo member (member_profiles, Authorization header).
import http from "node:http";
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { load as nodeLoad } from "./pocketbase-load.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..", "..");

function arg(name, fallback) {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : fallback;
}
const base = arg("url");
const word = arg("word", "beleid");
const province = arg("province", "zuid-holland");
const samples = Number(arg("samples", 200));
const duration = Number(arg("duration", 30));
const clients = Number(arg("clients", 50));
const loadTool = arg("load", "wrk");
const membersFile = arg("members", join(root, "bench-data", "data", "members.json"));
const WARMUP = 20;

// ── the adapter's request paths ─────────────────────────────────────────────────────
// query_string (src/model/text.rs): everything but [A-Za-z0-9-_.~] percent-encoded.
const enc = (s) =>
  [...Buffer.from(s, "utf8")]
    .map((b) => (/[A-Za-z0-9\-_.~]/.test(String.fromCharCode(b)) ? String.fromCharCode(b) : `%${b.toString(16).toUpperCase().padStart(2, "0")}`))
    .join("");
const queryString = (params) => (params.length ? "?" + params.map(([k, v]) => `${enc(k)}=${enc(v)}`).join("&") : "");
// filter.rs: Value::Text quoting, like_literal for `~`, groups in parentheses when > 1 part.
const quote = (t) => "'" + [...t].map((c) => (c === "'" || c === "\\" ? "\\" + c : /\p{Cc}/u.test(c) ? " " : c)).join("") + "'";
const likeLiteral = (t) => t.replace(/[\\%_]/g, (c) => "\\" + c);
const eq = (f, v) => `${f} = ${quote(v)}`;
const contains = (f, v) => `${f} ~ ${quote(likeLiteral(v))}`;
const group = (parts, joiner) => (parts.length === 0 ? "" : parts.length === 1 ? parts[0] : `(${parts.join(joiner)})`);
const recordsPath = (collection, { page = 1, perPage = 1000, filter = "", sort = "", expand = "", fields = "" }) => {
  const params = [["page", String(page)], ["perPage", String(perPage)]];
  if (filter) params.push(["filter", filter]);
  if (sort) params.push(["sort", sort]);
  if (expand) params.push(["expand", expand]);
  if (fields) params.push(["fields", fields]);
  return `/api/collections/${collection}/records${queryString(params)}`;
};

/** directory::url (src/backend/pocketbase/directory.rs): the search route, one request per page. */
function directoryPath(text, prov) {
  const params = [];
  if (text.trim()) params.push(["q", text.trim()]);
  if (prov) params.push(["province", prov]);
  params.push(["sort", "name"], ["page", "1"], ["perPage", "24"]);
  return `/api/knooppunt/members${queryString(params)}`;
}
/** PocketBase::posts without theme/author/kind: the filter is empty and left out. */
const wallPath = () => recordsPath("posts", { page: 1, perPage: 20, sort: "-created,id", expand: "theme" });
/** PocketBase::author_names: the distinct ids in byte order (BTreeSet). */
function authorsPath(view, ids) {
  const sorted = [...new Set(ids)].sort();
  return recordsPath(view, {
    page: 1,
    perPage: sorted.length,
    filter: group(sorted.map((id) => eq("id", id)), " || "),
    fields: "id,name",
  });
}
const organisationsPath = () => recordsPath("organisations", { sort: "name" });

// ── HTTP ────────────────────────────────────────────────────────────────────────────
// Keep-alive, a browser's 6 connections per origin.
const agent = new http.Agent({ keepAlive: true, maxSockets: 6 });

function request(path, { token = "", method = "GET", body } = {}) {
  return new Promise((resolve, reject) => {
    const headers = token ? { Authorization: token } : {};
    if (body !== undefined) headers["Content-Type"] = "application/json";
    const t0 = process.hrtime.bigint();
    const req = http.request(new URL(path, base), { agent, method, headers }, (res) => {
      const chunks = [];
      res.on("data", (c) => chunks.push(c));
      res.on("end", () => {
        const ms = Number(process.hrtime.bigint() - t0) / 1e6;
        const text = Buffer.concat(chunks).toString("utf8");
        if (res.statusCode < 200 || res.statusCode > 299) {
          reject(new Error(`${method} ${path}: ${res.statusCode} ${text.slice(0, 300)}`));
          return;
        }
        resolve({ ms, text, bytes: text.length, json: () => JSON.parse(text) });
      });
      res.on("error", reject);
    });
    req.on("error", reject);
    req.end(body === undefined ? undefined : JSON.stringify(body));
  });
}

// ── statistics ──────────────────────────────────────────────────────────────────────
const sorted = (xs) => [...xs].sort((a, b) => a - b);
function median(xs) {
  const s = sorted(xs);
  const n = s.length;
  return n % 2 ? s[(n - 1) / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
}
const pct = (xs, p) => {
  const s = sorted(xs);
  return s[Math.max(0, Math.ceil((p / 100) * s.length) - 1)];
};
const stat = (xs) => ({ n: xs.length, median: median(xs), p95: pct(xs, 95), min: Math.min(...xs), max: Math.max(...xs) });
const f1 = (x) => (Number.isFinite(x) ? x.toFixed(1) : "–");

// ── who ─────────────────────────────────────────────────────────────────────────────
const members = JSON.parse(readFileSync(membersFile, "utf8"));
const demoId = members.find((m) => m.id === "m-jose-bakker")?.id ?? members[0].id;
const login = await request("/api/collections/members/auth-with-password", {
  method: "POST",
  body: { identity: `${demoId}@demo.knooppunt.nl`, password: "knooppunt-demo" },
});
const memberToken = login.json().token;
const viewers = [
  { name: "bezoeker", token: "", view: "public_profiles" },
  { name: `lid (${demoId})`, token: memberToken, view: "member_profiles" },
];

// ── latency ─────────────────────────────────────────────────────────────────────────
const rows = []; // { viewer, what, alone?, inPage?, info }
const pages = []; // { viewer, what, page, parts }

async function alone(path, token) {
  for (let i = 0; i < WARMUP; i++) await request(path, { token });
  const times = [];
  let last;
  for (let i = 0; i < samples; i++) {
    last = await request(path, { token });
    times.push(last.ms);
  }
  return { stat: stat(times), last };
}

async function directory(viewer, prov, label) {
  // one request gives the page and every count (pb_hooks/directory.js)
  const list = directoryPath(word, prov);
  const a = await alone(list, viewer.token);
  const lj = a.last.json();
  rows.push({ viewer: viewer.name, what: `${label}: lijst + tellingen`, path: list, alone: a.stat,
    info: `${lj.items.length} op de pagina, totalItems ${lj.totalItems}, ${province} ${lj.facets.province.find((f) => f.value === province).count}, ${a.last.bytes} B` });
  pages.push({ viewer: viewer.name, what: `${label} (één verzoek)`, page: a.stat });
}

async function wall(viewer) {
  const posts = wallPath();
  const a = await alone(posts, viewer.token);
  const ids = a.last.json().items.map((p) => p.author);
  const authors = authorsPath(viewer.view, ids);
  const b = await alone(authors, viewer.token);
  const page = [], tp = [], ta = [];
  for (let i = 0; i < WARMUP + samples; i++) {
    const t0 = performance.now();
    const p = await request(posts, { token: viewer.token });
    // the author request depends on the posts' answer, as in PocketBase::with_authors
    const q = await request(authorsPath(viewer.view, p.json().items.map((x) => x.author)), { token: viewer.token });
    if (i < WARMUP) continue;
    page.push(performance.now() - t0);
    tp.push(p.ms);
    ta.push(q.ms);
  }
  const pj = a.last.json();
  rows.push({ viewer: viewer.name, what: "prikbord: berichten", path: posts, alone: a.stat, inPage: stat(tp),
    info: `${pj.items.length} op de pagina, totalItems ${pj.totalItems}, ${a.last.bytes} B` });
  rows.push({ viewer: viewer.name, what: "prikbord: auteursnamen", path: authors, alone: b.stat, inPage: stat(ta),
    info: `${new Set(ids).size} auteurs, ${b.last.json().items.length} namen terug` });
  pages.push({ viewer: viewer.name, what: "prikbord (berichten → auteurs)", page: stat(page) });
  return posts;
}

console.log(`zoekwoord "${word}", provincie ${province}, ${samples} metingen na ${WARMUP} opwarm-verzoeken, keep-alive`);
for (const viewer of viewers) {
  await directory(viewer, province, "leden");
  await wall(viewer);
}
// A visitor never sees a province unless its owner made it public; the same search
// without the province shows what a visitor's directory page costs with results.
await directory(viewers[0], null, "leden zonder provincie");
{
  const o = await alone(organisationsPath(), "");
  rows.push({ viewer: "bezoeker", what: "organisaties (1× per sessie)", path: organisationsPath(), alone: o.stat,
    info: `${o.last.json().items.length} organisaties, ${o.last.bytes} B` });
}

console.log("\n== latentie per verzoek (ms) ==");
console.log("| wie | verzoek | alleen mediaan | alleen p95 | in pagina mediaan | in pagina p95 | antwoord |");
console.log("|---|---|---:|---:|---:|---:|---|");
for (const r of rows) {
  console.log(`| ${r.viewer} | ${r.what} | ${f1(r.alone.median)} | ${f1(r.alone.p95)} | ${f1(r.inPage?.median)} | ${f1(r.inPage?.p95)} | ${r.info} |`);
}
console.log("\n== latentie per pagina zoals de app hem laadt (ms) ==");
console.log("| wie | pagina | mediaan | p95 | min | max |");
console.log("|---|---|---:|---:|---:|---:|");
for (const p of pages) {
  console.log(`| ${p.viewer} | ${p.what} | ${f1(p.page.median)} | ${f1(p.page.p95)} | ${f1(p.page.min)} | ${f1(p.page.max)} |`);
}
console.log("\nverzoeken:");
for (const r of rows) console.log(`  ${r.viewer.padEnd(22)} ${decodeURIComponent(r.path)}`);
agent.destroy();

// ── throughput ──────────────────────────────────────────────────────────────────────
function wrk(path, token, seconds) {
  const out = execFileSync(
    "wrk",
    ["-t2", `-c${clients}`, `-d${seconds}s`, "--timeout", "10s", "-s", join(here, "pocketbase-wrk.lua"), base + path],
    { env: { ...process.env, BENCH_TOKEN: token }, encoding: "utf8" },
  );
  const line = out.split("\n").find((l) => l.startsWith("BENCH_JSON "));
  const j = JSON.parse(line.slice("BENCH_JSON ".length));
  const secs = j.duration_us / 1e6;
  return {
    tool: "wrk",
    requests: j.requests,
    seconds: secs,
    rps: j.requests / secs,
    errors: j.connect + j.read + j.write + j.status + j.timeout,
    errorDetail: { connect: j.connect, read: j.read, write: j.write, status: j.status, timeout: j.timeout },
    p50: j.p50_us / 1000,
    p90: j.p90_us / 1000,
    p99: j.p99_us / 1000,
    max: j.max_us / 1000,
  };
}
const hammer = (path, token, seconds) =>
  loadTool === "wrk" ? Promise.resolve(wrk(path, token, seconds)) : nodeLoad({ url: base, path, token, clients, seconds });

const throughput = [];
console.log(`\n== doorvoer: ${clients} gelijktijdige keep-alive-clients, ${duration} s per verzoek (${loadTool === "wrk" ? "wrk -t2" : "node-loadclient"}, 3 s opwarmen) ==`);
console.log("| wie | verzoek | verzoeken | verzoeken/s | fouten | p50 ms | p90 ms | p99 ms | max ms |");
console.log("|---|---|---:|---:|---:|---:|---:|---:|---:|");
for (const viewer of viewers) {
  for (const [what, path] of [
    ["ledenlijst (zoekwoord + provincie)", directoryPath(word, province)],
    ["prikbord: berichten", wallPath()],
  ]) {
    await hammer(path, viewer.token, 3);
    const r = await hammer(path, viewer.token, duration);
    throughput.push({ viewer: viewer.name, what, path, ...r });
    console.log(
      `| ${viewer.name} | ${what} | ${r.requests} | ${r.rps.toFixed(0)} | ${r.errors} ${r.errors ? JSON.stringify(r.errorDetail) : ""}` +
        `| ${f1(r.p50)} | ${f1(r.p90)} | ${f1(r.p99)} | ${f1(r.max)} |`,
    );
  }
}

const outDir = join(root, "bench-data", "results");
mkdirSync(outDir, { recursive: true });
const file = join(outDir, `pocketbase-${new Date().toISOString().replace(/[:.]/g, "-")}.json`);
writeFileSync(file, JSON.stringify({ base, word, province, samples, clients, duration, loadTool, rows, pages, throughput }, null, 2));
console.log(`\ncijfers ook in ${file}`);
