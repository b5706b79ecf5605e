#!/usr/bin/env node
// Publishes a build for one host, without rebuilding: the host's config.json goes in,
// and when it names a sub-path (`"base_path": "/netwerk/"`) the page's <base href> is
// set to it, so assets, deep links and reloads work under that path. The web app
// manifest gets the host's name, colours and path. Optionally the host's data files
// (a snapshot, scripts/snapshot.mjs) go in as data/.
//
//   node scripts/publish.mjs --dist dist --config host-config.json --out site [--data DIR] [--icons DIR]
//
// --icons DIR: the host's own app icons (icon-192.png, icon-512.png, icon-maskable-512.png,
// e.g. rendered by scripts/make-icons.mjs) replace the build's.
//
// - DIR is written next to itself and then swapped in: a half-finished copy is never served;
// - an existing DIR that does not look like a site (no index.html) is never replaced;
// - the config is checked for what would break the site here (JSON, base_path); the app
//   checks the rest when it starts and says what is wrong.
// No dependencies beyond Node itself.
import { cpSync, existsSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import process from "node:process";
import { pathToFileURL } from "node:url";
import { readOptions } from "./cli.mjs";
import { compressFile, compressibleFiles } from "./compress.mjs";

const USAGE = "gebruik: node scripts/publish.mjs --dist <map> --config <config.json> --out <map> [--data <map>] [--icons <map>]";
const ICONS = ["icon-192.png", "icon-512.png", "icon-maskable-512.png"];

function fail(message, code = 1) {
  console.error(`publish.mjs: ${message}`);
  if (code === 2) console.error(USAGE);
  process.exit(code);
}

function parseArgs(argv) {
  const opts = readOptions(argv, {
    values: { "--dist": "dist", "--config": "config", "--out": "out", "--data": "data", "--icons": "icons" },
    fail: (message) => fail(message, 2),
    help: () => {
      console.log(USAGE);
      process.exit(0);
    },
  });
  for (const required of ["dist", "config", "out"]) if (!opts[required]) fail(`--${required} ontbreekt`, 2);
  return opts;
}

const isInside = (child, parent) => {
  const rel = path.relative(parent, child);
  return rel === "" || (!rel.startsWith("..") && !path.isAbsolute(rel));
};

/** "/netwerk/" as written in config.json; `null` when it cannot be a path prefix. */
export function checkBasePath(value) {
  if (value === undefined) return "/";
  if (typeof value !== "string") return null;
  const ok = /^\/(?:[A-Za-z0-9._~-]+\/)*$/.test(value) && !value.split("/").some((s) => s === "." || s === "..");
  return ok ? value : null;
}

/** The web app manifest for a host: its name and colours, its path as start and scope. */
export function manifestFor(config, basePath) {
  const tokens = config.tokens ?? {};
  return {
    name: config.site_name,
    short_name: config.site_name,
    ...(config.tagline ? { description: config.tagline } : {}),
    lang: config.default_locale ?? "nl",
    start_url: basePath,
    scope: basePath,
    display: "standalone",
    theme_color: tokens["color-primary"] ?? "#154273",
    background_color: tokens["color-background"] ?? "#f6f7f9",
    icons: [
      { src: "icons/icon-192.png", sizes: "192x192", type: "image/png" },
      { src: "icons/icon-512.png", sizes: "512x512", type: "image/png" },
      { src: "icons/icon-maskable-512.png", sizes: "512x512", type: "image/png", purpose: "maskable" },
    ],
  };
}

/** The index.html of a build with its <base href> set to `basePath`. */
const escapeHtml = (text) =>
  String(text).replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]);

/** index.html for the host: its sub-path in <base href>, its name in the shell painted before the app. */
export function rebase(html, basePath, siteName) {
  const tag = /<base href="[^"]*">/;
  if (!tag.test(html)) throw new Error('index.html heeft geen <base href="...">');
  const rebased = html.replace(tag, `<base href="${basePath}">`);
  if (typeof siteName !== "string" || !siteName) return rebased;
  return rebased.replace(/(<span class="kp-boot__name">)[^<]*(<\/span>)/, (_, open, close) => `${open}${escapeHtml(siteName)}${close}`);
}

export function publish({ dist, config: configFile, out, data, icons }) {
  dist = path.resolve(dist);
  out = path.resolve(out);
  if (!existsSync(path.join(dist, "index.html"))) fail(`${path.join(dist, "index.html")} ontbreekt: bouw eerst de app (make build)`);
  if (isInside(out, dist) || isInside(dist, out)) fail(`--out (${out}) mag niet gelijk zijn aan --dist (${dist}), erin liggen of het bevatten`);
  let config;
  try {
    config = JSON.parse(readFileSync(configFile, "utf8"));
  } catch (e) {
    fail(`${configFile} is geen geldige JSON: ${e.message}`);
  }
  if (!config || typeof config !== "object" || Array.isArray(config)) fail(`${configFile} is geen JSON-object`);
  const basePath = checkBasePath(config.base_path);
  if (basePath === null) fail(`base_path in ${configFile} moet een pad zijn dat met / begint en eindigt, zoals "/netwerk/"`);
  if (data && !existsSync(path.join(data, "themes.json"))) fail(`${data} lijkt geen map met data (geen themes.json)`);
  const missingIcon = icons && ICONS.find((icon) => !existsSync(path.join(icons, icon)));
  if (missingIcon) fail(`${path.join(icons, missingIcon)} ontbreekt (maak de iconen met scripts/make-icons.mjs)`);
  if (existsSync(out)) {
    if (!statSync(out).isDirectory()) fail(`${out} bestaat al en is geen map`);
    if (readdirSync(out).length > 0 && !existsSync(path.join(out, "index.html"))) {
      fail(`${out} bestaat al en lijkt geen gepubliceerde site (geen index.html); kies een andere --out of maak de map leeg`);
    }
  }

  const next = `${out}.new`;
  rmSync(next, { recursive: true, force: true });
  cpSync(dist, next, { recursive: true });
  writeFileSync(path.join(next, "config.json"), `${JSON.stringify(config, null, 2)}\n`);
  writeFileSync(path.join(next, "manifest.webmanifest"), `${JSON.stringify(manifestFor(config, basePath), null, 2)}\n`);
  // Both pages: the app's and the widgets' (a build without embed.html has only the first).
  const pages = ["index.html", "embed.html"].filter((page) => existsSync(path.join(next, page)));
  for (const page of pages) {
    const file = path.join(next, page);
    writeFileSync(file, rebase(readFileSync(file, "utf8"), basePath, config.site_name));
  }
  for (const icon of icons ? ICONS : []) cpSync(path.join(icons, icon), path.join(next, "icons", icon));
  if (data) {
    rmSync(path.join(next, "data"), { recursive: true, force: true });
    cpSync(data, path.join(next, "data"), { recursive: true });
  }
  // The rewritten files get their .br and .gz copies anew, so a server never sends the build's.
  for (const file of ["config.json", "manifest.webmanifest", ...pages]) compressFile(path.join(next, file));
  if (data) for (const file of compressibleFiles(path.join(next, "data"))) compressFile(path.join(next, "data", file));
  rmSync(out, { recursive: true, force: true });
  renameSync(next, out);
  return { out, basePath };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { out, basePath } = publish(parseArgs(process.argv.slice(2)));
  console.log(`publish.mjs: ${path.relative(process.cwd(), out) || "."} klaar, te serveren onder ${basePath}`);
}
