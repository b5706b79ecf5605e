#!/usr/bin/env node
// The release build: the app split into one WASM module per area of routes, compressed, in dist/.
//
//   node scripts/build.mjs [--out dist]
//
// Trunk 0.21 cannot split WASM (trunk-rs/trunk#1022), so the release is built here with
// the same tools trunk calls, in this order (docs/dev-commands.md, "The release build"):
//   1. cargo: the `knooppunt` binary for wasm32 with the `split` feature, linked with
//      `--emit-relocs` so the splitter can see which code reaches which;
//   2. wasm-split-cli (crates.io `wasm_split_cli_support`): the main module, one module per
//      `#[lazy]` area of routes (src/app/lazy_routes.rs), chunks of code that areas share, and
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

// ── 1. cargo ───────────────────────────────────────────────────────────────────────
step("cargo (wasm32, release, feature split)");
run("cargo", [
  "rustc",
  "--release",
  `--target=${TARGET}`,
  `--bin=${NAME}`,
  "--features=split",
  "--",
  "-Clink-args=--emit-relocs",
  // Names stay in target/release-build for twiggy (make bench); wasm-opt drops them from dist.
  "-Cstrip=none",
]);
const linked = path.join(root, "target", TARGET, "release", `${NAME}.wasm`);

// ── 2. split ───────────────────────────────────────────────────────────────────────
step("wasm-split-cli");
const split = path.join(work, "split");
const bindgen = path.join(work, "bindgen");
rmSync(work, { recursive: true, force: true });
mkdirSync(split, { recursive: true });
run("wasm-split-cli", [linked, split, "--out-name", NAME]);

// ── 3. wasm-bindgen and wasm-opt ───────────────────────────────────────────────────
step("wasm-bindgen");
run("wasm-bindgen", [
  "--target=web",
  "--keep-lld-exports",
  "--no-demangle",
  "--no-typescript",
  `--out-dir=${bindgen}`,
  `--out-name=${NAME}`,
  path.join(split, `${NAME}.wasm`),
]);
const chunks = readdirSync(split).filter((f) => f.endsWith(".wasm") && f !== `${NAME}.wasm`).sort();
const modules = [path.join(bindgen, `${NAME}_bg.wasm`), ...chunks.map((f) => path.join(split, f))];
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

// The main module and its JS share one hash (as trunk names them); each chunk has its
// own, so a release that leaves a route alone leaves its chunk cached.
const mainWasm = readFileSync(path.join(bindgen, `${NAME}_bg.wasm`));
const mainJs = readFileSync(path.join(bindgen, `${NAME}.js`), "utf8");
const loaderJs = readFileSync(path.join(split, "__wasm_split.js"), "utf8");
const mainHash = hashOf(mainWasm, mainJs, loaderJs);
const main = { js: `${NAME}-${mainHash}.js`, wasm: `${NAME}-${mainHash}_bg.wasm` };
const loader = `__wasm_split-${mainHash}.js`;

let linkedLoader = loaderJs.replaceAll(`from "./${NAME}.js"`, `from "./${main.js}"`);
for (const chunk of chunks) {
  const bytes = readFileSync(path.join(split, chunk));
  const hashed = `${chunk.replace(/\.wasm$/, "")}-${hashOf(bytes)}.wasm`;
  writeFileSync(path.join(staging, hashed), bytes);
  linkedLoader = linkedLoader.replaceAll(`"./${chunk}"`, `"./${hashed}"`);
}
writeFileSync(path.join(staging, loader), linkedLoader);
writeFileSync(path.join(staging, main.wasm), mainWasm);
// Only the module specifiers: the wasm's import object keeps "./__wasm_split.js" as its key.
writeFileSync(path.join(staging, main.js), mainJs.replaceAll(`from "./__wasm_split.js"`, `from "./${loader}"`));

const boot = `import init from "./${main.js}";\nawait init({ module_or_path: "./${main.wasm}" });\n`;
const bootFile = `boot-${hashOf(boot)}.js`;
writeFileSync(path.join(staging, bootFile), boot);

// The global CSS, each file under its content hash (the order of index.html), then the
// components' scoped CSS that stylers' build.rs collected.
const html = readFileSync(path.join(root, "index.html"), "utf8");
const stylesheets = [];
const page = html
  .replace(/ *<link data-trunk rel="css" href="([^"]+)">\n/g, (_, href) => {
    const css = readFileSync(path.join(root, href));
    const name = `${path.basename(href, ".css")}-${hashOf(css)}.css`;
    writeFileSync(path.join(staging, name), css);
    stylesheets.push(name);
    return `    <link rel="stylesheet" href="${name}">\n`;
  })
  .replace(/ *<link data-trunk rel="copy-dir"[^>]*>\n/, "")
  .replace(
    / *<link data-trunk rel="rust"[^>]*>\n/,
    [
      `    <link rel="modulepreload" href="${main.js}">`,
      `    <link rel="preload" href="${main.wasm}" as="fetch" type="application/wasm" crossorigin>`,
      `    <link rel="preload" href="config.json" as="fetch" crossorigin>`,
      `    <script type="module" src="./${bootFile}"></script>`,
      "",
    ].join("\n"),
  );
if (page.includes("data-trunk") || stylesheets.length === 0) {
  console.error("build.mjs: index.html heeft een data-trunk-regel die dit script niet kent");
  process.exit(1);
}
writeFileSync(path.join(staging, "index.html"), page);
cpSync(path.join(root, "target", "stylers.css"), path.join(staging, "stylers.css"));

// ── 5. service worker, compressed copies, swap ─────────────────────────────────────
run("node", ["scripts/make-sw.mjs", staging]);
step("brotli en gzip");
for (const file of compressibleFiles(staging)) compressFile(path.join(staging, file));

rmSync(out, { recursive: true, force: true });
renameSync(staging, out);
step(`klaar: ${path.relative(root, out)}/ (${chunks.length} chunks naast ${main.wasm})`);
