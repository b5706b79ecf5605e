#!/usr/bin/env node
// Lighthouse (pinned in package.json) on a release build, with the system Chromium.
// It measures; it asserts nothing: exit 0 unless the server or Lighthouse itself fails.
//
//   node scripts/lighthouse.mjs --dist dist [--port N] [--runs 3]
//
// - serves --dist with scripts/serve.mjs (static demo data) on 127.0.0.1 (--port, default
//   a free port) and audits / and /members, --runs times each, each run in a fresh
//   headless Chromium (/usr/bin/chromium, or KNOOPPUNT_CHROMIUM / CHROME_PATH);
// - Lighthouse's defaults: mobile form factor (Moto G Power screen, 4x CPU slowdown) and
//   *simulated* slow-4G throttling (150 ms RTT, 1.6 Mbit/s down); the summary says so;
// - categories performance, accessibility, best-practices (and pwa when the pinned
//   Lighthouse still has it: 12.x does not; installability is tests/e2e/installable.spec.mjs);
// - JSON reports in target/lighthouse/<page>-<run>.json; prints per page the median
//   performance score (all runs), the median metrics, and for accessibility and
//   best-practices the audits that failed or did not apply, with the elements involved.
//
// Nothing is downloaded or fetched from the internet: the browser is the installed one,
// Chromium's background networking is off, Lighthouse's error reporting is off.
import lighthouse, { defaultConfig } from "lighthouse";
import * as chromeLauncher from "chrome-launcher";
import { chromiumArgs } from "../tests/e2e/playwright.config.mjs";
import { spawn } from "node:child_process";
import { mkdir, writeFile, stat } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import path from "node:path";
import process from "node:process";
import { readOptions } from "./cli.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const PAGES = [
  { name: "home", path: "/" },
  { name: "members", path: "/members" },
  { name: "wall", path: "/wall" },
];
// The flags every browser of the project's tests and benchmarks runs with.
const CHROME_FLAGS = ["--headless=new", ...chromiumArgs];

function usage(message) {
  if (message) console.error(`lighthouse.mjs: ${message}`);
  console.error("gebruik: node scripts/lighthouse.mjs --dist <map> [--port N] [--runs 3]");
  process.exit(2);
}

function parseArgs(argv) {
  const opts = readOptions(argv, {
    values: { "--dist": "dist", "--port": "port", "--runs": "runs" },
    defaults: { port: "0", runs: "3" },
    fail: usage,
    help: () => usage(),
  });
  opts.port = Number(opts.port);
  opts.runs = Number(opts.runs);
  if (!opts.dist) usage("--dist ontbreekt");
  if (!Number.isInteger(opts.port) || opts.port < 0 || opts.port > 65535) usage("ongeldige poort");
  if (!Number.isInteger(opts.runs) || opts.runs < 1) usage("--runs moet een geheel getal ≥ 1 zijn");
  return opts;
}

// scripts/serve.mjs on the given port (0: the OS picks one); resolves with its base URL
// once it prints "Knooppunt draait op http://host:port".
function serve(dist, port) {
  const child = spawn(process.execPath, [path.join(root, "scripts/serve.mjs"), "--dir", dist, "--host", "127.0.0.1", "--port", String(port)], {
    cwd: root,
    stdio: ["ignore", "pipe", "inherit"],
  });
  return new Promise((resolve, reject) => {
    let out = "";
    child.stdout.on("data", (chunk) => {
      out += chunk;
      const m = out.match(/draait op (http:\/\/\S+?):(\d+)/);
      if (m) resolve({ child, url: `http://127.0.0.1:${m[2]}` });
    });
    child.on("exit", (code) => reject(new Error(`serve.mjs stopte (code ${code})`)));
  });
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};
const pct = (score) => (score == null ? "–" : String(Math.round(score * 100)));

const METRICS = [
  ["first-contentful-paint", "FCP", "ms"],
  ["largest-contentful-paint", "LCP", "ms"],
  ["total-blocking-time", "TBT", "ms"],
  ["cumulative-layout-shift", "CLS", ""],
  ["speed-index", "Speed Index", "ms"],
];
const fmtMetric = (v, unit) => (unit === "ms" ? (v >= 1000 ? `${(v / 1000).toFixed(1)} s` : `${Math.round(v)} ms`) : v.toFixed(3));

// One line per element/resource an audit points at: the node's selector and snippet,
// or a URL, or a description.
function detailLines(audit, max = 4) {
  const items = audit.details?.items ?? [];
  const lines = [];
  for (const item of items) {
    const node = item.node ?? Object.values(item).find((v) => v && typeof v === "object" && v.type === "node");
    let line;
    if (node) line = `${node.selector ?? ""} ${node.snippet ?? ""}`.trim() + (node.explanation ? ` — ${node.explanation.split("\n").slice(0, 2).join(" ").trim()}` : "");
    else if (item.description || item.url || item.source || item.scriptUrl) {
      const src = item.source?.url ? `${item.source.url}:${item.source.line ?? ""}` : item.url ?? item.scriptUrl ?? "";
      const what = item.description ?? item.issueType ?? item.subItems?.items?.map((x) => x.error ?? x.description).filter(Boolean).join("; ");
      line = [what, src].filter(Boolean).join(" @ ");
    } else if (item.subItems?.items?.length) line = `${item.issueType ?? ""} ${JSON.stringify(item.subItems.items[0]).slice(0, 160)}`;
    else line = JSON.stringify(item).slice(0, 160);
    lines.push(line.replace(/\s+/g, " ").slice(0, 220));
    if (lines.length >= max) break;
  }
  if (items.length > max) lines.push(`… en nog ${items.length - max}`);
  return lines;
}

// Audits of a category split by outcome, as the Lighthouse report groups them
// (a scored audit passes at ≥ 0.9).
function auditOutcomes(lhr, categoryId) {
  const weights = Object.fromEntries((lhr.categories[categoryId]?.auditRefs ?? []).map((r) => [r.id, r.weight]));
  const out = { weights, passed: [], failed: [], notApplicable: [], manual: [], informative: [], error: [] };
  for (const ref of lhr.categories[categoryId]?.auditRefs ?? []) {
    const a = lhr.audits[ref.id];
    if (!a) continue;
    switch (a.scoreDisplayMode) {
      case "notApplicable": out.notApplicable.push(a); break;
      case "manual": out.manual.push(a); break;
      case "informative": out.informative.push(a); break;
      case "error": out.error.push(a); break;
      default: (a.score != null && a.score >= 0.9 ? out.passed : out.failed).push(a);
    }
  }
  return out;
}

async function runOnce(url, categories) {
  const chrome = await chromeLauncher.launch({
    chromePath: process.env.KNOOPPUNT_CHROMIUM || process.env.CHROME_PATH || "/usr/bin/chromium",
    chromeFlags: CHROME_FLAGS,
    logLevel: "silent",
  });
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      output: "json",
      logLevel: "error",
      onlyCategories: categories,
      enableErrorReporting: false,
    });
    if (!result) throw new Error(`Lighthouse gaf geen resultaat voor ${url}`);
    if (result.lhr.runtimeError) throw new Error(`${result.lhr.runtimeError.code}: ${result.lhr.runtimeError.message}`);
    return result;
  } finally {
    await chrome.kill();
  }
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  const dist = path.resolve(root, opts.dist);
  if (!(await stat(path.join(dist, "index.html")).catch(() => null))) {
    console.error(`lighthouse.mjs: ${path.join(opts.dist, "index.html")} ontbreekt (eerst bouwen: make build)`);
    process.exit(1);
  }
  // Lighthouse 12 dropped the PWA category; ask for it only when the pinned version has it.
  const hasPwa = Boolean(defaultConfig.categories?.pwa);
  const categories = ["performance", "accessibility", "best-practices", ...(hasPwa ? ["pwa"] : [])];
  const outDir = path.join(root, "target/lighthouse");
  await mkdir(outDir, { recursive: true });

  const { child: server, url: base } = await serve(dist, opts.port);
  const stopServer = () => server.kill();
  process.on("exit", stopServer);
  let lighthouseVersion = "";
  let settingsLine = "";
  const summary = [];
  try {
    for (const page of PAGES) {
      const runs = [];
      for (let i = 1; i <= opts.runs; i++) {
        process.stderr.write(`lighthouse: ${page.path} run ${i}/${opts.runs}…\n`);
        const { lhr, report } = await runOnce(base + page.path, categories);
        const file = path.join(outDir, `${page.name}-${i}.json`);
        await writeFile(file, report);
        runs.push({ lhr, file });
      }
      summary.push({ page, runs });
      const s = runs[0].lhr.configSettings;
      lighthouseVersion = runs[0].lhr.lighthouseVersion;
      const t = s.throttling;
      settingsLine =
        `${s.formFactor}, scherm ${s.screenEmulation.width}×${s.screenEmulation.height} @${s.screenEmulation.deviceScaleFactor}x, ` +
        `throttling ${s.throttlingMethod} (RTT ${t.rttMs} ms, ${(t.throughputKbps / 1000).toFixed(1)} Mbit/s, CPU ${t.cpuSlowdownMultiplier}×)`;
    }
  } finally {
    stopServer();
  }

  const browser = summary[0].runs[0].lhr.environment.hostUserAgent.match(/(Headless)?Chrome\/[\d.]+/)?.[0] ?? "?";
  console.log(`\n== Lighthouse ${lighthouseVersion}, ${browser}, ${opts.dist}/ via scripts/serve.mjs (statische demodata) ==`);
  console.log(`instellingen: ${settingsLine}; ${opts.runs} run(s) per pagina, elk in een nieuwe Chromium`);
  console.log(
    hasPwa
      ? "PWA-categorie: aanwezig in deze Lighthouse-versie"
      : `PWA-categorie: bestaat niet in Lighthouse ${lighthouseVersion} (verwijderd in 12.0, met installable-manifest en service-worker); installeerbaarheid: tests/e2e/installable.spec.mjs`,
  );

  for (const { page, runs } of summary) {
    const perf = runs.map((r) => r.lhr.categories.performance.score);
    const medPerf = median(perf);
    // The run whose performance score is the median (lower middle for an even count)
    // supplies the accessibility and best-practices details.
    const sorted = [...runs].sort((a, b) => a.lhr.categories.performance.score - b.lhr.categories.performance.score);
    const mid = sorted[Math.floor((sorted.length - 1) / 2)];
    console.log(`\n-- ${page.path} --`);
    const cats = [`performance ${pct(medPerf)} (mediaan; runs ${perf.map(pct).join(", ")})`];
    for (const c of categories.slice(1)) {
      const scores = [...new Set(runs.map((r) => pct(r.lhr.categories[c]?.score)))];
      cats.push(`${c} ${scores.join("/")}`);
    }
    console.log(cats.join(" · "));
    console.log(
      METRICS.map(([id, label, unit]) => {
        const values = runs.map((r) => r.lhr.audits[id]?.numericValue).filter((v) => v != null);
        return values.length ? `${label} ${fmtMetric(median(values), unit)}` : `${label} –`;
      }).join(" · ") + " (mediaan)",
    );
    const offsite = new Set();
    for (const r of runs) {
      for (const req of r.lhr.audits["network-requests"]?.details?.items ?? []) {
        if (!/^(https?:\/\/127\.0\.0\.1[:/]|data:|blob:)/.test(req.url)) offsite.add(req.url);
      }
    }
    console.log(`verzoeken buiten 127.0.0.1: ${offsite.size}${offsite.size ? ` (${[...offsite].slice(0, 3).join(", ")})` : ""}`);
    for (const c of categories.slice(1)) {
      const o = auditOutcomes(mid.lhr, c);
      console.log(
        `${c}: ${o.passed.length} geslaagd, ${o.failed.length} niet geslaagd, ${o.notApplicable.length} n.v.t.` +
          (o.manual.length ? `, ${o.manual.length} handmatig` : "") +
          (o.informative.length ? `, ${o.informative.length} informatief` : "") +
          (o.error.length ? `, ${o.error.length} fout` : ""),
      );
      for (const a of o.failed) {
        const weight = o.weights[a.id] === 0 ? ", gewicht 0: telt niet mee" : "";
        console.log(`  ✗ ${a.id} (score ${a.score}${weight}): ${a.title}`);
        for (const line of detailLines(a)) console.log(`      ${line}`);
      }
      for (const a of o.error) console.log(`  ! ${a.id}: ${a.title} — ${a.errorMessage ?? ""}`);
      for (const a of o.notApplicable) console.log(`  – n.v.t. ${a.id}: ${a.title}`);
      for (const a of o.informative) {
        const n = a.details?.items?.length ?? 0;
        if (n) console.log(`  i ${a.id}: ${a.title} — ${n} item(s): ${detailLines(a, 2).join(" | ")}`);
      }
    }
    // Audits Lighthouse could not compute (e.g. a trace format newer than the pinned
    // Lighthouse understands): named, so a missing figure is not mistaken for a pass.
    const broken = new Map();
    for (const r of runs) {
      for (const a of Object.values(r.lhr.audits)) {
        if (a.scoreDisplayMode === "error") broken.set(a.id, (a.errorMessage ?? "").split("\n")[0].slice(0, 140));
      }
    }
    if (broken.size) {
      console.log(`niet berekend door Lighthouse (${broken.size}): ${[...broken.keys()].join(", ")}`);
      console.log(`  oorzaak: ${[...new Set(broken.values())].slice(0, 2).join(" | ")}`);
    }
    const warnings = [...new Set(runs.flatMap((r) => r.lhr.runWarnings))];
    for (const w of warnings) console.log(`waarschuwing: ${w}`);
    console.log(`rapporten: ${runs.map((r) => path.relative(root, r.file)).join(", ")}`);
  }
}

main().catch((err) => {
  console.error(`lighthouse.mjs: ${err?.stack ?? err}`);
  process.exit(1);
});
