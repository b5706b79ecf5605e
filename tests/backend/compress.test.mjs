// PocketBase (with pb_hooks/compress.pb.js) compresses for clients that accept gzip,
// and only for them: `make run` serves the ~1 MB app WASM this way.
import { test, after } from "node:test";
import assert from "node:assert/strict";
import { request } from "node:http";
import { startPb, rec } from "./support.mjs";

const pb = await startPb();
after(() => pb.stop());

/** Raw GET (node's fetch would decompress and hide the encoding). */
function rawGet(path, headers) {
  return new Promise((resolve, reject) => {
    const req = request(pb.base + path, { headers }, (res) => {
      const chunks = [];
      res.on("data", (c) => chunks.push(c));
      res.on("end", () => resolve({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on("error", reject);
    req.end();
  });
}

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
