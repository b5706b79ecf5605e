// Latency of the directory search route (GET /api/knooppunt/members,
// backend/pocketbase/pb_hooks/directory.js) against a running PocketBase, as a
// visitor and as a logged-in member: a few realistic queries, each sampled
// sequentially over one keep-alive connection. Prints a table; never asserts a time.
//
//   node tests/bench/directory-route.mjs http://127.0.0.1:PORT \
//        [--samples 50] [--member m-jose-bakker@demo.knooppunt.nl:knooppunt-demo]
//
// Meant for the large network (bench-data/pb-large, see tests/bench/pocketbase.sh),
// where the demo accounts have the password knooppunt-demo. Without a member that can
// log in, only the visitor is measured.
import http from "node:http";
import { performance } from "node:perf_hooks";

const args = process.argv.slice(2);
const base = args.find((a) => /^https?:\/\//.test(a));
const opt = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : fallback;
};
if (!base) {
  console.error("usage: node tests/bench/directory-route.mjs http://127.0.0.1:PORT [--samples 50] [--member email:password]");
  process.exit(2);
}
const SAMPLES = Number(opt("samples", 50));
const WARMUP = 5;
const [memberEmail, memberPassword] = opt("member", "m-jose-bakker@demo.knooppunt.nl:knooppunt-demo").split(/:(.*)/s);

const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
/** One request; resolves with the time to the last byte (ms), status and body. Accepts gzip, as browsers do. */
function request(path, { token, method = "GET", body } = {}) {
  return new Promise((resolve, reject) => {
    const url = new URL(path, base);
    const headers = { "Accept-Encoding": "gzip" };
    if (token) headers.Authorization = token;
    if (body !== undefined) headers["Content-Type"] = "application/json";
    const t0 = performance.now();
    const req = http.request(url, { method, agent, headers }, (res) => {
      const chunks = [];
      res.on("data", (c) => chunks.push(c));
      res.on("end", () => resolve({ ms: performance.now() - t0, status: res.statusCode, raw: Buffer.concat(chunks), encoding: res.headers["content-encoding"] }));
      res.on("error", reject);
    });
    req.on("error", reject);
    req.end(body === undefined ? undefined : JSON.stringify(body));
  });
}
const { gunzipSync } = await import("node:zlib");
const json = (r) => JSON.parse((r.encoding === "gzip" ? gunzipSync(r.raw) : r.raw).toString("utf8"));

const qs = (params) => {
  const s = new URLSearchParams(Object.entries(params).filter(([, v]) => v !== undefined && v !== "")).toString();
  return `/api/knooppunt/members${s ? `?${s}` : ""}`;
};
const sorted = (xs) => [...xs].sort((a, b) => a - b);
const median = (xs) => { const s = sorted(xs); const n = s.length; return n % 2 ? s[(n - 1) / 2] : (s[n / 2 - 1] + s[n / 2]) / 2; };
const pct = (xs, p) => { const s = sorted(xs); return s[Math.max(0, Math.ceil((p / 100) * s.length) - 1)]; };
const f1 = (x) => x.toFixed(1);

// who
const viewers = [{ name: "bezoeker", token: "" }];
const login = await request("/api/collections/members/auth-with-password", { method: "POST", body: { identity: memberEmail, password: memberPassword } });
let memberThemes = [];
if (login.status === 200) {
  const auth = json(login);
  viewers.push({ name: `lid (${memberEmail.split("@")[0]})`, token: auth.token });
  memberThemes = auth.record.active_themes || [];
} else {
  console.error(`bench: inloggen als ${memberEmail} lukte niet (${login.status}); alleen de bezoeker`);
}

const QUERIES = [
  ["alles", {}],
  ["q=jan", { q: "jan" }],
  ["q=beleid", { q: "beleid" }],
  ["q=water adviseur", { q: "water adviseur" }],
  ["province=zuid-holland", { province: "zuid-holland" }],
  ["kind=gemeente", { kind: "gemeente" }],
  ["q=beleid province=zuid-holland kind=gemeente", { q: "beleid", province: "zuid-holland", kind: "gemeente" }],
  ["q=jan sort=newest page=3", { q: "jan", sort: "newest", page: 3 }],
  ["expertise=open data", { expertise: "Open data" }],
];

console.log(`== GET /api/knooppunt/members: ${SAMPLES} metingen per regel na ${WARMUP} opwarm-verzoeken, één keep-alive-verbinding, gzip ==`);
console.log(`${base}, load vooraf: ${(await import("node:os")).loadavg().map((x) => x.toFixed(2)).join(" ")}`);
console.log("| wie | zoekopdracht | mediaan ms | p95 ms | min ms | max ms | totalItems | items | bytes (gzip) |");
console.log("|---|---|---:|---:|---:|---:|---:|---:|---:|");
for (const viewer of viewers) {
  const queries = [...QUERIES];
  if (viewer.token && memberThemes.length) queries.push(["theme=<eigen thema>", { theme: memberThemes[0] }], ["q=beleid theme=<eigen thema>", { q: "beleid", theme: memberThemes[0] }]);
  for (const [label, params] of queries) {
    const path = qs(params);
    for (let i = 0; i < WARMUP; i++) await request(path, { token: viewer.token });
    const times = [];
    let last;
    for (let i = 0; i < SAMPLES; i++) {
      last = await request(path, { token: viewer.token });
      if (last.status !== 200) throw new Error(`${path}: ${last.status} ${last.raw}`);
      times.push(last.ms);
    }
    const b = json(last);
    console.log(`| ${viewer.name} | ${label} | ${f1(median(times))} | ${f1(pct(times, 95))} | ${f1(Math.min(...times))} | ${f1(Math.max(...times))} | ${b.totalItems} | ${b.items.length} | ${last.raw.length} |`);
  }
}
agent.destroy();
