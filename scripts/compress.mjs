#!/usr/bin/env node
// Writes a brotli (.br) and a gzip (.gz) copy beside every text asset of a build, so a
// web server can send the smallest one the browser accepts without compressing on each
// request (scripts/serve.mjs, PocketBase's pb_hooks/precompressed.pb.js, nginx's
// `brotli_static`/`gzip_static`, docs/hosting.md).
//
//   node scripts/compress.mjs <dir>
//
// - Brotli at quality 11 and gzip at level 9: done once per build, so the slowest and
//   smallest settings cost nothing at request time.
// - A copy that would not be smaller than the file itself is not written (tiny files).
// - A copy is always at least as new as its file; servers fall back to the file itself
//   when the file is newer (scripts/publish.mjs rewrites index.html and config.json
//   after the build, and calls compressFile for them).
// No dependencies beyond Node itself.
import { readFileSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import process from "node:process";
import { pathToFileURL } from "node:url";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";

/** File endings worth compressing: text and WASM, never images that are compressed already. */
export const COMPRESSIBLE = /\.(?:html|js|mjs|wasm|css|json|svg|webmanifest|txt|xml|map)$/;

/**
 * Build files named after a hash of their content (knooppunt-<hash>.js, …_bg.wasm, the
 * area modules and chunks, boot-<hash>.js, base-<hash>.css): they never change under their
 * name, so servers cache them for a year and the service worker serves them cache-first.
 * Trunk writes its 64-bit hash in hex without leading zeros: 16 digits or fewer.
 * (pb_hooks/precompressed.js runs in PocketBase and keeps its own copy.)
 */
export const HASHED = /-[0-9a-f]{1,16}(?:_bg)?\.(?:js|wasm|css)$/;

/** The brotli and gzip bytes of `data`, at the settings of a build. */
export function encodings(data) {
  return {
    br: brotliCompressSync(data, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: 11,
        [constants.BROTLI_PARAM_SIZE_HINT]: data.length,
        [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_GENERIC,
      },
    }),
    gz: gzipSync(data, { level: 9 }),
  };
}

/** Writes (or removes) `file.br` and `file.gz` so they match `file`; returns the sizes. */
export function compressFile(file) {
  const data = readFileSync(file);
  const sizes = { raw: data.length };
  for (const [ext, bytes] of Object.entries(encodings(data))) {
    const copy = `${file}.${ext}`;
    if (bytes.length < data.length) {
      writeFileSync(copy, bytes);
      sizes[ext] = bytes.length;
    } else {
      rmSync(copy, { force: true });
      sizes[ext] = data.length;
    }
  }
  return sizes;
}

/** Every compressible file under `dir` (not the copies themselves). */
export function compressibleFiles(dir, rel = "") {
  const out = [];
  for (const entry of readdirSync(path.join(dir, rel), { withFileTypes: true })) {
    const name = rel ? `${rel}/${entry.name}` : entry.name;
    if (entry.isDirectory()) out.push(...compressibleFiles(dir, name));
    else if (entry.isFile() && COMPRESSIBLE.test(name)) out.push(name);
  }
  return out.sort();
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const dir = process.argv[2];
  if (!dir || !statSync(dir, { throwIfNoEntry: false })?.isDirectory()) {
    console.error("gebruik: node scripts/compress.mjs <map met de build>");
    process.exit(2);
  }
  const total = { files: 0, raw: 0, br: 0, gz: 0 };
  for (const file of compressibleFiles(dir)) {
    const sizes = compressFile(path.join(dir, file));
    total.files += 1;
    total.raw += sizes.raw;
    total.br += sizes.br;
    total.gz += sizes.gz;
  }
  const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
  console.log(`compress.mjs: ${total.files} bestanden, ${kb(total.raw)} → brotli ${kb(total.br)}, gzip ${kb(total.gz)}`);
}
