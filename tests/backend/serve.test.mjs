// scripts/serve.mjs, the static server of `make run-static`, the tests and Lighthouse:
// it sends the build's precompressed copies as a production server would, never a stale one.
import { test, after } from "node:test";
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { APP_PAGE, ROOT, WIDGET_PAGE, builtSite, freePort, rawGet } from "./support.mjs";

// config.json was edited after the build: its copies are older than the file now.
const { dir: site, hashed, code } = builtSite();

const port = await freePort();
const server = spawn("node", [join(ROOT, "scripts", "serve.mjs"), "--dir", site, "--port", String(port)], { stdio: "pipe" });
after(() => {
  server.kill();
  rmSync(site, { recursive: true, force: true });
});
await new Promise((resolve) => server.stdout.once("data", resolve));

const get = (path, headers) => rawGet(`http://127.0.0.1:${port}${path}`, headers);

test("a hashed file: brotli when accepted, else gzip, else itself; cached for a year", async () => {
  const br = await get(`/${hashed}`, { "Accept-Encoding": "gzip, br" });
  assert.equal(br.headers["content-encoding"], "br");
  assert.equal(br.headers["vary"], "Accept-Encoding");
  assert.equal(br.headers["cache-control"], "public, max-age=31536000, immutable");
  assert.equal(brotliDecompressSync(br.body).toString("utf8"), code);
  const gz = await get(`/${hashed}`, { "Accept-Encoding": "br;q=0, gzip" });
  assert.equal(gz.headers["content-encoding"], "gzip");
  assert.equal(gunzipSync(gz.body).toString("utf8"), code);
  const plain = await get(`/${hashed}`, {});
  assert.equal(plain.headers["content-encoding"], undefined);
  assert.equal(plain.body.toString("utf8"), code);
});

test("a file edited after the build is sent as it is now, not as its older copy", async () => {
  const config = await get("/config.json", { "Accept-Encoding": "br, gzip" });
  assert.equal(config.headers["content-encoding"], undefined);
  assert.deepEqual(JSON.parse(config.body.toString("utf8")), { site_name: "Nieuw" });
  assert.equal(config.headers["cache-control"], undefined);
});

test("the page itself is revalidated each time", async () => {
  const page = await get("/members", { "Accept-Encoding": "br" });
  assert.equal(page.status, 200);
  assert.equal(page.headers["cache-control"], "no-cache");
});

test("a widget address gets the widgets' own page, any other the app's; without it, the app's", async () => {
  const title = (res) => res.body.toString("utf8").match(/<title>([^<]*)<\/title>/)?.[1];
  for (const path of ["/embed/wall", "/embed/member/abc", "/embed/"]) {
    const res = await get(path, {});
    assert.equal(res.status, 200, path);
    assert.equal(title(res), WIDGET_PAGE, path);
    assert.equal(res.headers["cache-control"], "no-cache", path);
  }
  for (const path of ["/members", "/embedded", "/wall/embed"]) assert.equal(title(await get(path, {})), APP_PAGE, path);
  const widgetPage = readFileSync(join(site, "embed.html"));
  rmSync(join(site, "embed.html"));
  try {
    assert.equal(title(await get("/embed/wall", {})), APP_PAGE, "an older build without embed.html");
  } finally {
    writeFileSync(join(site, "embed.html"), widgetPage);
  }
});
