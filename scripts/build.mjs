#!/usr/bin/env node
// The release build: the app split into one WASM module per area of routes, the widgets
// as an entry of their own, compressed, in dist/.
//
//   node scripts/build.mjs [--out dist]
//
// Trunk 0.21 cannot split WASM (trunk-rs/trunk#1022), so the release is built here with
// the same tools trunk calls, in this order (docs/dev-commands.md, "The release build"):
//   1. cargo: the `knooppunt` binary (the app, index.html) and `knooppunt-embed` (the
//      widgets, embed.html, files in widgets/) for wasm32 with their split features, linked
//      with `--emit-relocs` so the splitter can see which code reaches which;
//   2. wasm-split-cli (crates.io `wasm_split_cli_support`): the main module, one module per
//      `#[lazy]` area of routes (src/app/lazy_routes.rs; the widgets: one per backend
//      adapter, src/state/backend.rs), one for the English texts (both; src/i18n.rs),
//      chunks of code that they share, and
//      `__wasm_split.js`, which fetches a route's modules when it first opens;
//   3. wasm-bindgen (`--keep-lld-exports`: the chunks link against the main module's
//      exports), then wasm-opt -Oz on every module;
//   4. content-hashed names, `boot-<hash>.js` (no inline script: the CSP needs no
//      'unsafe-inline'), index.html with the static shell (paint before the WASM) and
//      preloads of the main module and config.json, the CSS, public/;
//   5. sw.js (scripts/make-sw.mjs: precaches every chunk), then .br and .gz beside
//      every text asset (scripts/compress.mjs).
// The build is written to a staging folder and swapped in whole. `trunk serve` (make
// dev) still builds an unsplit debug app from the same index.html.
import { execFileSync, spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import process from "node:process";
import { fileURLToPath } from "node:url";
import { readOptions } from "./cli.mjs";
import { compressFile, compressibleFiles } from "./compress.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const USAGE = "gebruik: node scripts/build.mjs [--out dist]";
const opts = readOptions(process.argv.slice(2), {
  values: { "--out": "out" },
  defaults: { out: "dist" },
  fail: (message) => {
    console.error(`build.mjs: ${message}\n${USAGE}`);
    process.exit(2);
  },
  help: () => {
    console.log(USAGE);
    process.exit(0);
  },
});

const NAME = "knooppunt";
const TARGET = "wasm32-unknown-unknown";
// The WASM features the browsers we support have; as trunk was told in index.html.
const WASM_FEATURES = [
  "--enable-bulk-memory",
  "--enable-nontrapping-float-to-int",
  "--enable-sign-ext",
  "--enable-reference-types",
  "--enable-multivalue",
  "--enable-mutable-globals",
];

const out = path.resolve(root, opts.out);
const work = path.join(root, "target", "release-build");
const staging = `${out}.staging`;
// Checked before minutes of building: a folder that is not a build is never replaced.
if (existsSync(out) && !existsSync(path.join(out, "index.html")) && readdirSync(out).length > 0) {
  console.error(`build.mjs: ${out} bestaat en lijkt geen build (geen index.html); niet vervangen`);
  process.exit(1);
}

function step(message) {
  console.log(`build.mjs: ${message}`);
}

function run(command, args, options = {}) {
  execFileSync(command, args, { cwd: root, stdio: "inherit", ...options });
}

/** Runs `command` for every argument list, two at a time (this machine's cores). */
async function runAll(command, argLists, parallel = 2) {
  const queue = [...argLists];
  const worker = async () => {
    for (let args = queue.shift(); args; args = queue.shift()) {
      await new Promise((resolve, reject) => {
        const child = spawn(command, args, { cwd: root, stdio: "inherit" });
        child.on("error", reject);
        child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`${command} ${args.join(" ")}: ${code}`))));
      });
    }
  };
  await Promise.all(Array.from({ length: parallel }, worker));
}

const hashOf = (...parts) => {
  const hash = createHash("sha256");
  for (const part of parts) hash.update(part);
  return hash.digest("hex").slice(0, 16);
};

// ── 1–3. each entry: cargo, split, wasm-bindgen, wasm-opt ───────────────────────────
// The app (index.html) and the widgets (embed.html, for `/embed/…`) are two binaries of
// one crate: a widget page loads none of the app's shell, router or pages. The widgets'
// files live in widgets/, which the service worker leaves out (they are not the app).
const ENTRIES = [
  { bin: NAME, html: "index.html", dir: "", features: "split-routes" },
  { bin: `${NAME}-embed`, html: "embed.html", dir: "widgets", features: "split-adapters" },
];

/** Builds one binary and splits it: modules under target/release-build/<bin>, not yet optimised. */
function compileEntry({ bin, features }) {
  step(`cargo ${bin} (wasm32, release, features ${features})`);
  run("cargo", [
    "rustc",
    "--release",
    `--target=${TARGET}`,
    `--bin=${bin}`,
    `--features=${features}`,
    "--",
    "-Clink-args=--emit-relocs",
    // Names stay in target/release-build/<bin>/named_bg.wasm for twiggy (make bench).
    "-Cstrip=none",
  ]);
  const linked = path.join(root, "target", TARGET, "release", `${bin}.wasm`);

  step(`wasm-split-cli ${bin}`);
  const split = path.join(work, bin, "split");
  const bindgen = path.join(work, bin, "bindgen");
  mkdirSync(split, { recursive: true });
  run("wasm-split-cli", [linked, split, "--out-name", bin]);

  step(`wasm-bindgen ${bin}`);
  run("wasm-bindgen", [
    "--target=web",
    "--keep-lld-exports",
    "--no-demangle",
    "--no-typescript",
    `--out-dir=${bindgen}`,
    `--out-name=${bin}`,
    path.join(split, `${bin}.wasm`),
  ]);
  // A copy with its names, before wasm-opt drops them: what twiggy reads (make bench).
  cpSync(path.join(bindgen, `${bin}_bg.wasm`), path.join(work, bin, "named_bg.wasm"));
  const chunks = readdirSync(split).filter((f) => f.endsWith(".wasm") && f !== `${bin}.wasm`).sort();
  return { bin, split, bindgen, chunks, modules: [path.join(bindgen, `${bin}_bg.wasm`), ...chunks.map((f) => path.join(split, f))] };
}

rmSync(work, { recursive: true, force: true });
const compiled = [];
for (const entry of ENTRIES) compiled.push({ ...entry, ...compileEntry(entry) });
const modules = compiled.flatMap((entry) => entry.modules);
step(`wasm-opt -Oz (${modules.length} modules)`);
await runAll(
  "wasm-opt",
  modules.map((file) => ["-Oz", ...WASM_FEATURES, file, "-o", file]),
);

// ── 4. the site ────────────────────────────────────────────────────────────────────
step(`site in ${path.relative(root, staging)}`);
rmSync(staging, { recursive: true, force: true });
mkdirSync(staging, { recursive: true });
cpSync(path.join(root, "public"), staging, { recursive: true });

/**
 * Writes one entry's modules under content-hashed names into `staging/<dir>` and returns
 * the URLs its page loads. The main module and its JS share one hash (as trunk names
 * them); each chunk has its own, so a release that leaves a route alone leaves its chunk cached.
 */
function placeEntry({ bin, dir, split, bindgen, chunks }) {
  const into = path.join(staging, dir);
  mkdirSync(into, { recursive: true });
  const url = (file) => (dir ? `${dir}/${file}` : file);
  const mainWasm = readFileSync(path.join(bindgen, `${bin}_bg.wasm`));
  const mainJs = readFileSync(path.join(bindgen, `${bin}.js`), "utf8");
  const loaderJs = readFileSync(path.join(split, "__wasm_split.js"), "utf8");
  const mainHash = hashOf(mainWasm, mainJs, loaderJs);
  const main = { js: `${bin}-${mainHash}.js`, wasm: `${bin}-${mainHash}_bg.wasm` };
  const loader = `__wasm_split-${mainHash}.js`;

  let linkedLoader = loaderJs.replaceAll(`from "./${bin}.js"`, `from "./${main.js}"`);
  for (const chunk of chunks) {
    const bytes = readFileSync(path.join(split, chunk));
    const hashed = `${chunk.replace(/\.wasm$/, "")}-${hashOf(bytes)}.wasm`;
    writeFileSync(path.join(into, hashed), bytes);
    linkedLoader = linkedLoader.replaceAll(`"./${chunk}"`, `"./${hashed}"`);
  }
  writeFileSync(path.join(into, loader), linkedLoader);
  writeFileSync(path.join(into, main.wasm), mainWasm);
  // Only the module specifiers: the wasm's import object keeps "./__wasm_split.js" as its key.
  writeFileSync(path.join(into, main.js), mainJs.replaceAll(`from "./__wasm_split.js"`, `from "./${loader}"`));

  // The module's URL is taken from this script's own, not the page's <base>: the widgets'
  // files are one folder down.
  const boot = `import init from "./${main.js}";\nawait init({ module_or_path: new URL("./${main.wasm}", import.meta.url) });\n`;
  const bootFile = `boot-${hashOf(boot)}.js`;
  writeFileSync(path.join(into, bootFile), boot);
  return { js: url(main.js), wasm: url(main.wasm), boot: url(bootFile), chunks: chunks.length };
}

// The global CSS, each file under its content hash, shared by both pages (the order of
// their <link>s), then the components' scoped CSS that stylers' build.rs collected.
const stylesheetNames = new Map();
function stylesheet(href) {
  if (!stylesheetNames.has(href)) {
    const css = readFileSync(path.join(root, href));
    const name = `${path.basename(href, ".css")}-${hashOf(css)}.css`;
    writeFileSync(path.join(staging, name), css);
    stylesheetNames.set(href, name);
  }
  return stylesheetNames.get(href);
}

/** An entry's page: trunk's lines replaced by the hashed CSS and the preloaded entry. */
function writePage({ html }, placed) {
  let stylesheets = 0;
  const page = readFileSync(path.join(root, html), "utf8")
    .replace(/ *<link data-trunk rel="css" href="([^"]+)">\n/g, (_, href) => {
      stylesheets += 1;
      return `    <link rel="stylesheet" href="${stylesheet(href)}">\n`;
    })
    .replace(/ *<link data-trunk rel="copy-dir"[^>]*>\n/, "")
    .replace(
      / *<link data-trunk rel="rust"[^>]*>\n/,
      [
        `    <link rel="modulepreload" href="${placed.js}">`,
        `    <link rel="preload" href="${placed.wasm}" as="fetch" type="application/wasm" crossorigin>`,
        `    <link rel="preload" href="config.json" as="fetch" crossorigin>`,
        `    <script type="module" src="./${placed.boot}"></script>`,
        "",
      ].join("\n"),
    );
  if (page.includes("data-trunk") || stylesheets === 0) {
    console.error(`build.mjs: ${html} heeft een data-trunk-regel die dit script niet kent`);
    process.exit(1);
  }
  writeFileSync(path.join(staging, html), page);
}

const placed = compiled.map((entry) => {
  const files = placeEntry(entry);
  writePage(entry, files);
  return { ...entry, ...files };
});
cpSync(path.join(root, "target", "stylers.css"), path.join(staging, "stylers.css"));

// ── 5. service worker, compressed copies, swap ─────────────────────────────────────
run("node", ["scripts/make-sw.mjs", staging]);
step("brotli en gzip");
for (const file of compressibleFiles(staging)) compressFile(path.join(staging, file));

rmSync(out, { recursive: true, force: true });
renameSync(staging, out);
for (const entry of placed) step(`${entry.html}: ${entry.wasm} met ${entry.chunks} chunks`);
step(`klaar: ${path.relative(root, out)}/`);
