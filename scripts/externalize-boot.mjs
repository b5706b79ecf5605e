#!/usr/bin/env node
// Trunk post-build step: moves the inline module script trunk writes into index.html
// (it loads the WASM) into its own file, so the site runs under a Content-Security-Policy
// without 'unsafe-inline' for scripts (`script-src 'self' 'wasm-unsafe-eval'`).
//
//   node scripts/externalize-boot.mjs [<staging dir>]   (default: $TRUNK_STAGING_DIR)
//
// The file is named after a hash of its content, like trunk's own assets, so it can be
// cached forever. No dependencies beyond Node itself.
import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import process from "node:process";

const dir = process.argv[2] ?? process.env.TRUNK_STAGING_DIR;
if (!dir) {
  console.error("gebruik: node scripts/externalize-boot.mjs <map met index.html>");
  process.exit(2);
}
const indexPath = path.join(dir, "index.html");
const html = readFileSync(indexPath, "utf8");
const inline = /<script type="module">([\s\S]*?)<\/script>/g;
const found = [...html.matchAll(inline)];
if (found.length !== 1) {
  console.error(`externalize-boot.mjs: verwachtte precies één inline module-script in ${indexPath}, vond ${found.length}`);
  process.exit(1);
}
const code = found[0][1].trim() + "\n";
const hash = createHash("sha256").update(code).digest("hex").slice(0, 16);
const file = `boot-${hash}.js`;
writeFileSync(path.join(dir, file), code);
writeFileSync(indexPath, html.replace(found[0][0], `<script type="module" src="./${file}"></script>`));
console.log(`externalize-boot.mjs: ${file}`);
