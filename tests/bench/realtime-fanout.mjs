// Live to many (issue #16): --clients open realtime streams at once against a running
// PocketBase with the large network, as members on the wall do (src/backend/pocketbase.rs:
// GET /api/realtime, then POST /api/realtime with the PB_CONNECT client id and the
// subscriptions "posts" and "comments"). Most streams carry a member's token (--accounts
// real logins, shared round robin), the rest are visitors. Measures; never asserts a time.
//
//   node tests/bench/realtime-fanout.mjs --url URL --members bench-data/data/members.json
//        --memberships bench-data/data/memberships.json [--clients 1000] [--accounts 100]
//        [--visitors 0.2] [--posts 20] [--closed-theme informatiebeveiliging]
//
// 1. every stream connected and subscribed (50 at a time);
// 2. a writer posts --posts public posts, one a second; for each, every stream's delay
//    from just before the request to the event's arrival (one process, one clock):
//    median, p99 and max over all deliveries, and how many deliveries never came (10 s);
// 3. the writer posts once in a theme that is not open (--closed-theme, a slug): who may
//    read it follows the posts rule, so visitors and members without an active membership
//    of that theme must receive nothing; members of it should all receive it;
// 4. how many streams PocketBase closed during the run (dropped streams).
import { readFileSync } from "node:fs";
import { demoEmail } from "../../backend/pocketbase/seed.mjs";

const argv = process.argv.slice(2);
const arg = (name, dflt) => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 ? argv[i + 1] : dflt;
};
const base = arg("url");
const clients = Number(arg("clients", "1000"));
const accounts = Number(arg("accounts", "100"));
const visitorShare = Number(arg("visitors", "0.2"));
const postCount = Number(arg("posts", "20"));
const closedSlug = arg("closed-theme", "informatiebeveiliging");
const members = JSON.parse(readFileSync(arg("members"), "utf8"));
const memberships = JSON.parse(readFileSync(arg("memberships"), "utf8"));
const DELIVERY_TIMEOUT_MS = 10_000;

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
async function api(method, path, token, body) {
  const r = await fetch(base + path, {
    method,
    headers: { ...(token ? { Authorization: token } : {}), ...(body ? { "Content-Type": "application/json" } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  });
  if (!r.ok) throw new Error(`${method} ${path}: ${r.status} ${await r.text()}`);
  return r.status === 204 ? null : r.json();
}
async function login(dataId) {
  const j = await api("POST", "/api/collections/members/auth-with-password", "", { identity: demoEmail(dataId), password: "knooppunt-demo" });
  return { token: j.token, id: j.record.id };
}

// ── the accounts: the writer is an active member of the closed theme ──
const closedTheme = (await api("GET", `/api/collections/themes/records?filter=${encodeURIComponent(`(slug = '${closedSlug}')`)}`, "")).items[0];
if (!closedTheme) throw new Error(`geen thema met slug ${closedSlug}`);
const dataThemeId = `t-${closedSlug}`;
const insiders = new Set(memberships.filter((m) => m.theme === dataThemeId && m.status === "active").map((m) => m.member));
const writer = await login([...insiders][0]);
const step = Math.max(1, Math.floor(members.length / accounts));
const chosen = members.filter((_, i) => i % step === 0).slice(0, accounts);
const readers = [];
for (let i = 0; i < chosen.length; i += 4) {
  const batch = await Promise.all(chosen.slice(i, i + 4).map(async (m) => ({ ...(await login(m.id)), insider: insiders.has(m.id) })));
  readers.push(...batch);
}
console.log(`ingelogd: ${readers.length} leden (${readers.filter((r) => r.insider).length} actief lid van "${closedTheme.name}", toegang ${closedTheme.access}); schrijver ${writer.id}`);

// ── the streams ──
const streams = [];
const arrivals = new Map(); // post id → [stream index, ms]
let dropped = 0;
let closing = false;

async function openStream(index, reader) {
  const controller = new AbortController();
  const response = await fetch(`${base}/api/realtime`, { signal: controller.signal, headers: { Accept: "text/event-stream" } });
  if (!response.ok) throw new Error(`stream ${index}: ${response.status}`);
  const stream = { index, reader, controller, connected: null };
  const connected = new Promise((resolve) => (stream.connected = resolve));
  const decoder = new TextDecoder();
  (async () => {
    let buffer = "";
    try {
      for await (const chunk of response.body) {
        buffer += decoder.decode(chunk, { stream: true });
        let end;
        while ((end = buffer.indexOf("\n\n")) >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const event = /^event:(.*)$/m.exec(block)?.[1].trim();
          const data = /^data:(.*)$/m.exec(block)?.[1];
          if (!event || data === undefined) continue;
          if (event === "PB_CONNECT") stream.connected(JSON.parse(data).clientId);
          else if (event === "posts") {
            const { action, record } = JSON.parse(data);
            if (action !== "create") continue;
            if (!arrivals.has(record.id)) arrivals.set(record.id, []);
            arrivals.get(record.id).push([index, Date.now()]);
          }
        }
      }
    } catch {
      /* aborted at the end, or cut */
    }
    if (!closing) dropped += 1;
  })();
  const clientId = await connected;
  await api("POST", "/api/realtime", reader?.token ?? "", { clientId, subscriptions: ["posts", "comments"] });
  return stream;
}

const t0 = Date.now();
const visitors = Math.round(clients * visitorShare);
for (let i = 0; i < clients; i += 50) {
  const batch = [];
  for (let k = i; k < Math.min(clients, i + 50); k++) batch.push(openStream(k, k < visitors ? null : readers[k % readers.length]));
  streams.push(...(await Promise.all(batch)));
}
console.log(`${streams.length} streams verbonden en geabonneerd in ${((Date.now() - t0) / 1000).toFixed(1)} s (${visitors} bezoekers, ${streams.length - visitors} leden)`);
await sleep(1000);

// ── public posts: every stream should get each ──
const delays = [];
let missing = 0;
for (let n = 0; n < postCount; n++) {
  const sent = Date.now();
  const post = await api("POST", "/api/collections/posts/records", writer.token, {
    author: writer.id, theme: "", event: "", kind: "question", title: `Live naar velen ${sent} ${n}`, body: "Wie komt er?", tags: [],
  });
  await sleep(1000);
  const deadline = sent + DELIVERY_TIMEOUT_MS;
  while ((arrivals.get(post.id)?.length ?? 0) < streams.length && Date.now() < deadline) await sleep(100);
  const got = arrivals.get(post.id) ?? [];
  for (const [, at] of got) delays.push(at - sent);
  missing += streams.length - got.length;
}
delays.sort((a, b) => a - b);
const pct = (p) => delays[Math.min(delays.length - 1, Math.floor((p / 100) * delays.length))] ?? NaN;
console.log(`openbare berichten: ${postCount} × ${streams.length} streams = ${delays.length} afleveringen; vertraging mediaan ${pct(50)} ms, p99 ${pct(99)} ms, max ${delays.at(-1)} ms; niet aangekomen binnen 10 s: ${missing}`);

// ── a post in a theme that is not open: only its members may get it ──
const hidden = await api("POST", "/api/collections/posts/records", writer.token, {
  author: writer.id, theme: closedTheme.id, event: "", kind: "question", title: `Alleen voor het thema ${Date.now()}`, body: "Binnen het thema.", tags: [],
});
await sleep(5000);
const got = new Set((arrivals.get(hidden.id) ?? []).map(([index]) => index));
const count = (test) => streams.filter(test).length;
const leakedToVisitors = count((s) => !s.reader && got.has(s.index));
const leakedToOutsiders = count((s) => s.reader && !s.reader.insider && got.has(s.index));
const insiderStreams = count((s) => s.reader?.insider);
const insidersGot = count((s) => s.reader?.insider && got.has(s.index));
console.log(
  `bericht in "${closedTheme.name}": bij bezoekers ${leakedToVisitors} (hoort 0), bij leden buiten het thema ${leakedToOutsiders} (hoort 0), bij leden van het thema ${insidersGot} van ${insiderStreams}`,
);
console.log(`streams die PocketBase tijdens de meting sloot: ${dropped}`);

closing = true;
for (const s of streams) s.controller.abort();
process.exit(leakedToVisitors + leakedToOutsiders > 0 ? 1 : 0);
