// Bundle sizes and load time of the directory, for tests/bench/run.sh. Prints, never asserts.
//
//   node tests/bench/load.mjs --dir dist --url http://127.0.0.1:8092 [--runs 5]
//
// The load time is measured in the page: performance.now() (0 = navigation start) at
// the moment the first member link in the list named "Leden" is in the DOM with a
// layout box, recorded by a MutationObserver installed before any script runs.
import { chromium } from "@playwright/test";
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import zlib from "node:zlib";
// The same Chromium flags as the e2e tests: this machine has no network but loopback.
import { chromiumArgs } from "../e2e/playwright.config.mjs";

function arg(name, fallback) {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : fallback;
}
const dir = arg("dir", "dist");
const baseURL = arg("url", "http://127.0.0.1:8092");
const runs = Number(arg("runs", 5));
const route = arg("route", "/members");
const executablePath = process.env.KNOOPPUNT_CHROMIUM || "/usr/bin/chromium";

// ── sizes ──────────────────────────────────────────────────────────────────────────
function walk(d) {
  return readdirSync(d, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? walk(path.join(d, e.name)) : [path.join(d, e.name)],
  );
}
const files = walk(dir);
const rel = (f) => path.relative(dir, f);
const gzip = (buf) => zlib.gzipSync(buf, { level: 9 }).length;
const brotli = (buf) =>
  zlib.brotliCompressSync(buf, {
    params: {
      [zlib.constants.BROTLI_PARAM_QUALITY]: zlib.constants.BROTLI_MAX_QUALITY,
      [zlib.constants.BROTLI_PARAM_SIZE_HINT]: buf.length,
    },
  }).length;
const kb = (n) => `${(n / 1024).toFixed(1)} KiB`;
const row = (label, raw, gz, br) =>
  console.log(
    `${label.padEnd(34)} ${String(raw).padStart(9)} B  raw` +
      (gz === undefined ? "" : ` ${String(gz).padStart(8)} B gzip -9 ${String(br).padStart(8)} B brotli`) +
      `   (${kb(raw)}${gz === undefined ? "" : ` / ${kb(gz)} / ${kb(br)}`})`,
  );

console.log(`\n== bundelgrootte (${dir}/) ==`);
const sum = (list) => {
  let raw = 0, gz = 0, br = 0;
  for (const f of list) {
    const buf = readFileSync(f);
    raw += buf.length;
    gz += gzip(buf);
    br += brotli(buf);
  }
  return [raw, gz, br];
};
const wasm = files.filter((f) => f.endsWith(".wasm"));
const glue = files.filter((f) => f.endsWith(".js") && wasm.some((w) => path.basename(w).replace(/(_bg)?\.wasm$/, "") === path.basename(f, ".js")));
const otherJs = files.filter((f) => /\.m?js$/.test(f) && !glue.includes(f));
const css = files.filter((f) => f.endsWith(".css"));
const html = files.filter((f) => f.endsWith(".html"));
for (const f of wasm) row(`WASM ${rel(f)}`, ...sum([f]));
for (const f of glue) row(`JS-glue ${rel(f)}`, ...sum([f]));
for (const f of otherJs) row(`JS ${rel(f)}`, ...sum([f]));
row(`CSS (${css.length} bestanden)`, ...sum(css));
for (const f of css) console.log(`    ${rel(f)} ${statSync(f).size} B`);
row(`HTML (${html.length})`, ...sum(html));
const appFiles = [...wasm, ...glue, ...css, ...html];
row("app totaal (wasm+glue+css+html)", ...sum(appFiles));
const data = files.filter((f) => f.endsWith(".json") && rel(f).startsWith("data"));
if (data.length) row(`demodata (${data.length} json)`, ...sum(data));

// ── load time ──────────────────────────────────────────────────────────────────────
const observer = () => {
  const nameOf = (el) => {
    const label = el.getAttribute("aria-label");
    if (label) return label.trim();
    const ids = el.getAttribute("aria-labelledby");
    if (ids) return ids.split(/\s+/).map((id) => document.getElementById(id)?.textContent ?? "").join(" ").trim();
    return "";
  };
  const check = () => {
    if (window.__firstMember !== undefined) return true;
    for (const list of document.querySelectorAll('ul, ol, [role="list"]')) {
      if (nameOf(list) !== "Leden") continue;
      const link = list.querySelector("a[href]");
      if (link && link.getClientRects().length > 0) {
        window.__firstMember = performance.now();
        return true;
      }
    }
    return false;
  };
  const mo = new MutationObserver(() => {
    if (check()) mo.disconnect();
  });
  mo.observe(document, { childList: true, subtree: true, attributes: true });
};

const browser = await chromium.launch({ executablePath, args: chromiumArgs, headless: true });
const results = [];
try {
  console.log(`\n== laadtijd ${route}: navigatiestart → eerste lid zichtbaar in lijst "Leden" (${runs}× nieuwe context) ==`);
  for (let i = 0; i < runs; i++) {
    const context = await browser.newContext({ serviceWorkers: "block" });
    const page = await context.newPage();
    await page.addInitScript(observer);
    await page.goto(baseURL + route, { waitUntil: "commit" });
    await page.waitForFunction(() => window.__firstMember !== undefined, null, { timeout: 60_000, polling: 50 });
    // Cross-check with Playwright's role engine that it really is the list "Leden".
    await page.getByRole("list", { name: "Leden" }).getByRole("link").first().waitFor({ state: "visible" });
    const m = await page.evaluate(() => {
      const nav = performance.getEntriesByType("navigation")[0];
      const fcp = performance.getEntriesByName("first-contentful-paint")[0];
      const resources = performance.getEntriesByType("resource");
      const wasm = resources.find((r) => r.name.endsWith(".wasm"));
      return {
        firstMember: window.__firstMember,
        domContentLoaded: nav?.domContentLoadedEventEnd,
        fcp: fcp?.startTime,
        wasmEnd: wasm?.responseEnd,
        transferred: resources.reduce((s, r) => s + (r.transferSize || 0), nav?.transferSize || 0),
        requests: resources.length + 1,
      };
    });
    results.push(m);
    console.log(
      `  run ${i + 1}: eerste lid ${m.firstMember.toFixed(0)} ms` +
        `  (DOMContentLoaded ${m.domContentLoaded?.toFixed(0)} ms, FCP ${m.fcp?.toFixed(0) ?? "?"} ms,` +
        ` wasm binnen ${m.wasmEnd?.toFixed(0) ?? "?"} ms, ${m.requests} verzoeken, ${kb(m.transferred)} over de lijn)`,
    );
    await context.close();
  }
} finally {
  await browser.close();
}

const times = results.map((r) => r.firstMember).sort((a, b) => a - b);
const median = times.length % 2 ? times[(times.length - 1) / 2] : (times[times.length / 2 - 1] + times[times.length / 2]) / 2;
console.log(`\neerste lid zichtbaar: mediaan ${median.toFixed(0)} ms; alle: ${results.map((r) => r.firstMember.toFixed(0)).join(", ")} ms`);
