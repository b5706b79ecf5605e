// Shared helpers for the backend tests (every *.test.mjs here): start a real
// PocketBase with the migrations and pb_hooks on a free loopback port and a
// temporary data dir, call it over HTTP, stop it.
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { request as httpRequest } from "node:http";
import { mkdtempSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { compressFile } from "../../scripts/compress.mjs";
import { tmpdir } from "node:os";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import net from "node:net";

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
export const START = join(ROOT, "backend", "pocketbase", "start-test.sh");
export const SU_EMAIL = "root@knooppunt.test";
export const SU_PASS = "superuser-test-password-1";
export const PASS = "test-wachtwoord-123";
export const rec = (c) => `/api/collections/${c}/records`;

/**
 * A small build as compress.mjs leaves it: index.html, a hashed JS file with .br/.gz
 * copies, and a config.json edited after the build (its copies older than the file).
 * Returns the folder, the hashed file's name and its text; the caller removes the folder.
 */
/** The titles of builtSite()'s two pages: the app's (index.html) and the widgets' (embed.html). */
export const APP_PAGE = "Knooppunt";
export const WIDGET_PAGE = "Knooppunt-widget";

export function builtSite() {
  const dir = mkdtempSync(join(tmpdir(), "knooppunt-site-"));
  const hashed = "knooppunt-0123456789abcdef.js";
  const code = `export const tekst = ${JSON.stringify("Kennis delen over grenzen heen. ".repeat(200))};\n`;
  writeFileSync(join(dir, "index.html"), `<!DOCTYPE html><title>${APP_PAGE}</title>`);
  writeFileSync(join(dir, "embed.html"), `<!DOCTYPE html><title>${WIDGET_PAGE}</title>`);
  writeFileSync(join(dir, hashed), code);
  compressFile(join(dir, hashed));
  writeFileSync(join(dir, "config.json"), JSON.stringify({ site_name: "Oud ".repeat(100) }));
  compressFile(join(dir, "config.json"));
  writeFileSync(join(dir, "config.json"), JSON.stringify({ site_name: "Nieuw" }));
  const later = new Date(Date.now() + 5000);
  utimesSync(join(dir, "config.json"), later, later);
  return { dir, hashed, code };
}

/** A raw GET, bytes and headers as sent (fetch would decompress and hide the encoding). */
export function rawGet(url, headers = {}) {
  return new Promise((resolve, reject) => {
    const req = httpRequest(url, { headers }, (res) => {
      const chunks = [];
      res.on("data", (c) => chunks.push(c));
      res.on("end", () => resolve({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on("error", reject);
    req.end();
  });
}

export function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

/** Starts PocketBase; returns an object with base, su token, api(), helpers and stop(). */
/** A fresh PocketBase; `publicDir` also serves that folder as the site, as `make run` does. */
export async function startPb({ publicDir } = {}) {
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const dataDir = mkdtempSync(join(tmpdir(), "knooppunt-pb-"));
  const pbEnv = publicDir ? { ...process.env, KNOOPPUNT_PB_PUBLIC_DIR: publicDir } : process.env;
  const pb = spawn(START, [String(port), dataDir, SU_EMAIL, SU_PASS], { stdio: ["ignore", "pipe", "pipe"], env: pbEnv });
  let log = "";
  pb.stdout.on("data", (d) => { log += d; });
  pb.stderr.on("data", (d) => { log += d; });
  const stop = () => {
    if (pb.exitCode === null && pb.signalCode === null) {
      try { pb.kill("SIGTERM"); } catch { /* gone */ }
    }
    rmSync(dataDir, { recursive: true, force: true });
  };
  process.on("exit", stop);

  async function api(method, path, { token, body } = {}) {
    const headers = {};
    if (token) headers.Authorization = token;
    if (body !== undefined) headers["Content-Type"] = "application/json";
    const res = await fetch(base + path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
    const text = await res.text();
    let json = null;
    try { json = JSON.parse(text); } catch { /* not json */ }
    return { status: res.status, body: json, text };
  }

  const deadline = Date.now() + 30_000;
  for (;;) {
    if (pb.exitCode !== null) throw new Error(`PocketBase exited early:\n${log}`);
    try {
      if ((await fetch(`${base}/api/health`)).ok) break;
    } catch { /* not up yet */ }
    if (Date.now() > deadline) throw new Error(`PocketBase did not start:\n${log}`);
    await new Promise((r) => setTimeout(r, 150));
  }
  const a = await api("POST", "/api/collections/_superusers/auth-with-password", { body: { identity: SU_EMAIL, password: SU_PASS } });
  assert.equal(a.status, 200, a.text);
  const su = a.body.token;

  const env = {
    base, su, api, stop, log: () => log,
    async suCreate(collection, data) {
      const r = await api("POST", rec(collection), { token: su, body: data });
      assert.equal(r.status, 200, `setup ${collection}: ${r.text}`);
      return r.body.id;
    },
    async suGet(collection, rid) {
      const r = await api("GET", `${rec(collection)}/${rid}`, { token: su });
      return r.status === 200 ? r.body : null;
    },
    async suCount(collection, filter) {
      const q = filter ? `&filter=${encodeURIComponent(filter)}` : "";
      const r = await api("GET", `${rec(collection)}?perPage=1${q}`, { token: su });
      assert.equal(r.status, 200, r.text);
      return r.body.totalItems;
    },
    /** Registers a member through the public API; returns { id, token }. */
    async register(key, name, extra = {}) {
      const email = `${key}@knooppunt.test`;
      const r = await api("POST", rec("members"), { body: { email, password: PASS, passwordConfirm: PASS, name, ...extra } });
      assert.equal(r.status, 200, `register ${key}: ${r.text}`);
      const l = await api("POST", "/api/collections/members/auth-with-password", { body: { identity: email, password: PASS } });
      assert.equal(l.status, 200, `login ${key}: ${l.text}`);
      return { id: r.body.id, token: l.body.token };
    },
  };
  return env;
}

/** A write must be refused: a 4xx status, never 2xx. */
export function refused(r, what) {
  assert.ok([400, 401, 403, 404].includes(r.status), `${what}: expected refusal, got ${r.status} ${r.text}`);
}
