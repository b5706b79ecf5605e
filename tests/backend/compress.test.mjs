// PocketBase (with pb_hooks/compress.pb.js) compresses for clients that accept gzip,
// and only for them: `make run` serves the ~1 MB app WASM this way.
import { test, after } from "node:test";
import assert from "node:assert/strict";
import { APP_PAGE, WIDGET_PAGE, startPb, rec, rawGet as rawGetUrl, builtSite } from "./support.mjs";

const pb = await startPb();
after(() => pb.stop());

const rawGet = (path, headers) => rawGetUrl(pb.base + path, headers);

test("a JSON list is gzipped for a client that accepts it", async () => {
  for (let i = 0; i < 40; i++) {
    await pb.suCreate("organisations", { name: `Gemeente Voorbeeld ${i}`, kind: "gemeente", province: "utrecht" });
  }
  const gz = await rawGet(`${rec("organisations")}?perPage=100`, { "Accept-Encoding": "gzip" });
  assert.equal(gz.status, 200);
  assert.equal(gz.headers["content-encoding"], "gzip");
  const { gunzipSync } = await import("node:zlib");
  const list = JSON.parse(gunzipSync(gz.body).toString("utf8"));
  assert.equal(list.totalItems, 40);
});

test("a client that does not accept gzip gets plain JSON", async () => {
  const plain = await rawGet(`${rec("organisations")}?perPage=100`, {});
  assert.equal(plain.status, 200);
  assert.equal(plain.headers["content-encoding"], undefined);
  assert.equal(JSON.parse(plain.body.toString("utf8")).totalItems, 40);
});

// The app's files, served by PocketBase from a build (`--publicDir`, as `make run` does):
// the copies scripts/compress.mjs wrote are sent as they are (compress.pb.js).
test("app files: the brotli or gzip copy the client accepts, immutable when hashed, never a stale copy", async () => {
  const { rmSync } = await import("node:fs");
  const { brotliDecompressSync, gunzipSync } = await import("node:zlib");
  const { dir: site, hashed, code } = builtSite();

  const site_pb = await startPb({ publicDir: site });
  try {
    const get = (path, headers) => rawGetUrl(site_pb.base + path, headers);

    const br = await get(`/${hashed}`, { "Accept-Encoding": "gzip, deflate, br" });
    assert.equal(br.status, 200);
    assert.equal(br.headers["content-encoding"], "br");
    assert.match(br.headers["content-type"], /^text\/javascript/);
    assert.match(br.headers["vary"], /Accept-Encoding/);
    assert.equal(br.headers["cache-control"], "public, max-age=31536000, immutable");
    assert.equal(brotliDecompressSync(br.body).toString("utf8"), code);

    const gz = await get(`/${hashed}`, { "Accept-Encoding": "gzip" });
    assert.equal(gz.headers["content-encoding"], "gzip");
    assert.equal(gunzipSync(gz.body).toString("utf8"), code);

    const none = await get(`/${hashed}`, {});
    assert.equal(none.headers["content-encoding"], undefined);
    assert.equal(none.body.toString("utf8"), code);

    const refused = await get(`/${hashed}`, { "Accept-Encoding": "br;q=0, gzip" });
    assert.equal(refused.headers["content-encoding"], "gzip");

    // The stale copy is not sent: the host's edit is what arrives (gzipped on the fly).
    const config = await get("/config.json", { "Accept-Encoding": "br, gzip" });
    assert.equal(config.status, 200);
    assert.notEqual(config.headers["content-encoding"], "br");
    const text = config.headers["content-encoding"] === "gzip" ? gunzipSync(config.body) : config.body;
    assert.deepEqual(JSON.parse(text.toString("utf8")), { site_name: "Nieuw" });
    assert.equal(config.headers["cache-control"], undefined, "an unhashed file is not cached for a year");

    // Paths outside the site, and the API, are not this middleware's business.
    const escape = await get("/..%2f..%2fetc%2fpasswd", { "Accept-Encoding": "br" });
    assert.equal(escape.headers["content-encoding"] === "br", false);
    assert.doesNotMatch(escape.body.toString("latin1"), /root:/);
    const api = await get("/api/health", { "Accept-Encoding": "br, gzip" });
    assert.notEqual(api.headers["content-encoding"], "br");
  } finally {
    site_pb.stop();
    rmSync(site, { recursive: true, force: true });
  }
});

// The widgets' page (embed.pb.js): `/embed/…` is answered with embed.html, which loads
// only the widgets' entry, and may be framed by an intranet; the app's pages may not.
test("widget addresses get embed.html, framable; the app's pages index.html, not framable", async () => {
  const { rmSync } = await import("node:fs");
  const { dir: site } = builtSite();
  const title = (res) => res.body.toString("utf8").match(/<title>([^<]*)<\/title>/)?.[1];
  const site_pb = await startPb({ publicDir: site });
  try {
    const get = (path) => rawGetUrl(site_pb.base + path, {});
    for (const path of ["/embed/wall?theme=omgevingswet", "/embed/member/abc", "/embed/"]) {
      const res = await get(path);
      assert.equal(res.status, 200, path);
      assert.equal(title(res), WIDGET_PAGE, path);
      assert.equal(res.headers["x-frame-options"], undefined, `${path} may be framed`);
      assert.equal(res.headers["cache-control"], "no-cache", path);
    }
    const app = await get("/members");
    assert.equal(title(app), APP_PAGE);
    assert.equal(app.headers["x-frame-options"], "SAMEORIGIN");
  } finally {
    site_pb.stop();
    rmSync(site, { recursive: true, force: true });
  }
});
