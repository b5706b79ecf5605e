#!/usr/bin/env node
// Prepares the built app for PocketBase to serve (`pocketbase serve --publicDir DIR`),
// so the app and the API share one origin. No dependencies beyond Node itself.
//
//   node backend/pocketbase/site.mjs --dist dist --out .run/site [--url URL]
//
// - copies dist/ to DIR, fresh each time: files that are no longer in dist/ disappear
//   (the copy is built next to DIR and then swapped in);
// - rewrites DIR/config.json so that `backend` is {"kind":"pocketbase","url":URL},
//   keeping every other field; URL defaults to "" (the app's own origin);
// - refuses to replace an existing DIR that does not look like a site (no index.html),
//   and DIR may not be dist/ itself or contain it.
import { cpSync, existsSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import process from "node:process";
import { pathToFileURL } from "node:url";
import { readOptions } from "../../scripts/cli.mjs";
import { compressFile } from "../../scripts/compress.mjs";

const USAGE = "gebruik: node backend/pocketbase/site.mjs --dist <map> --out <map> [--url <PocketBase-adres>]";

function fail(message, code = 1) {
  console.error(`site.mjs: ${message}`);
  if (code === 2) console.error(USAGE);
  process.exit(code);
}

function parseArgs(argv) {
  const opts = readOptions(argv, {
    values: { "--dist": "dist", "--out": "out", "--url": "url" },
    defaults: { url: "" },
    fail: (message) => fail(message, 2),
    help: () => {
      console.log(USAGE);
      process.exit(0);
    },
  });
  if (!opts.dist) fail("--dist ontbreekt", 2);
  if (!opts.out) fail("--out ontbreekt", 2);
  return opts;
}

const isInside = (child, parent) => {
  const rel = path.relative(parent, child);
  return rel === "" || (!rel.startsWith("..") && !path.isAbsolute(rel));
};

export function buildSite({ dist, out, url = "" }) {
  dist = path.resolve(dist);
  out = path.resolve(out);
  for (const file of ["index.html", "config.json"]) {
    if (!existsSync(path.join(dist, file))) {
      fail(`${path.join(dist, file)} ontbreekt: bouw eerst de app (make build)`);
    }
  }
  if (isInside(out, dist) || isInside(dist, out)) {
    fail(`--out (${out}) mag niet gelijk zijn aan --dist (${dist}), erin liggen of het bevatten`);
  }
  let config;
  try {
    config = JSON.parse(readFileSync(path.join(dist, "config.json"), "utf8"));
  } catch (e) {
    fail(`${path.join(dist, "config.json")} is geen geldige JSON: ${e.message}`);
  }
  if (!config || typeof config !== "object" || Array.isArray(config)) {
    fail(`${path.join(dist, "config.json")} is geen JSON-object`);
  }
  if (existsSync(out)) {
    if (!statSync(out).isDirectory()) fail(`${out} bestaat al en is geen map`);
    if (readdirSync(out).length > 0 && !existsSync(path.join(out, "index.html"))) {
      fail(`${out} bestaat al en lijkt geen gebouwde site (geen index.html); kies een andere --out of maak de map leeg`);
    }
  }

  // Build next to DIR, then swap: a half-finished copy is never served.
  const next = `${out}.new`;
  rmSync(next, { recursive: true, force: true });
  cpSync(dist, next, { recursive: true });
  config.backend = { kind: "pocketbase", url };
  writeFileSync(path.join(next, "config.json"), `${JSON.stringify(config, null, 2)}\n`);
  // Its .br and .gz anew: the build's copies point at the static backend.
  compressFile(path.join(next, "config.json"));
  rmSync(out, { recursive: true, force: true });
  renameSync(next, out);
  return { dist, out, url };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { dist, out, url } = buildSite(parseArgs(process.argv.slice(2)));
  const where = url === "" ? "zelfde adres als de site" : url;
  const rel = (p) => {
    const r = path.relative(process.cwd(), p);
    return r === "" ? "." : r.startsWith("..") ? p : r;
  };
  console.log(`site.mjs: ${rel(dist)} → ${rel(out)} (backend: PocketBase, ${where})`);
}
