// What a first visit of each route downloads, in bytes: every file the browser fetched
// until the route shows its content (its <h1>, no loading state left in <main>, and the
// network quiet), with its size raw, gzip -9 and brotli 11 as scripts/compress.mjs
// writes them. The sizes come from the files on disk, so they are the same on every
// run and machine; tests/e2e/first-visit.spec.mjs holds them to the budgets.
//
//   node tests/bench/first-visit.mjs --dir dist --url http://127.0.0.1:8092 [--route /members ...]
//
// The server must serve --dir (scripts/serve.mjs). Prints a table; never asserts.
import { chromium } from "@playwright/test";
import { chromiumArgs } from "../e2e/playwright.config.mjs";
import { firstVisit, ROUTES } from "../e2e/first-visit.mjs";

function args(name) {
  const out = [];
  for (let i = 0; i < process.argv.length; i++) if (process.argv[i] === `--${name}`) out.push(process.argv[i + 1]);
  return out;
}
const dir = args("dir")[0] ?? "dist";
const url = args("url")[0] ?? "http://127.0.0.1:8092";
const routes = args("route").length ? args("route") : ROUTES.map((r) => r.path);

const browser = await chromium.launch({ executablePath: process.env.KNOOPPUNT_CHROMIUM || "/usr/bin/chromium", args: chromiumArgs });
const kb = (n) => `${(n / 1024).toFixed(1)}`.padStart(7);
console.log(`\n== eerste bezoek per route (${dir}/, KiB: raw / gzip / brotli; wasm = WASM-modules) ==`);
console.log(`${"route".padEnd(26)} ${"bestanden".padStart(9)} ${"raw".padStart(7)} ${"gzip".padStart(7)} ${"brotli".padStart(7)}   wasm br   data br   budget`);
for (const route of routes) {
  const visit = await firstVisit(browser, url, dir, route);
  const wasm = visit.files.filter((f) => f.path.endsWith(".wasm")).reduce((n, f) => n + f.br, 0);
  const data = visit.files.filter((f) => f.path.startsWith("data/") || f.path === "config.json").reduce((n, f) => n + f.br, 0);
  console.log(
    `${route.padEnd(26)} ${String(visit.files.length).padStart(9)} ${kb(visit.raw)} ${kb(visit.gz)} ${kb(visit.br)}   ${kb(wasm)}   ${kb(data)}   ${String(ROUTES.find((r) => r.path === route)?.budget ?? "").padStart(6)}`,
  );
  if (process.env.BENCH_FILES) {
    for (const f of visit.files) console.log(`    ${f.path.padEnd(60)} ${kb(f.raw)} ${kb(f.gz)} ${kb(f.br)}`);
  }
}
await browser.close();
