// Accent and case folding (backend/pocketbase/pb_hooks/fold.js) against the
// shared cases in tests/fixtures/fold.json, which the Rust `fold` / `words`
// (src/model/text.rs) are tested against too: in Node, in PocketBase's own
// JavaScript engine (goja: through the hidden search columns the hooks fill),
// and the accent table against the Rust source itself.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { createRequire } from "node:module";
import { startPb, rec, ROOT } from "./support.mjs";

const require = createRequire(import.meta.url);
const { fold, words, GROUPS } = require("../../backend/pocketbase/pb_hooks/fold.js");
const CASES = JSON.parse(readFileSync(join(ROOT, "tests", "fixtures", "fold.json"), "utf8"));

test("de gedeelde voorbeelden: minstens 25, elk met text, fold en words", () => {
  assert.ok(CASES.length >= 25, `${CASES.length} cases`);
  for (const c of CASES) {
    assert.equal(typeof c.text, "string");
    assert.equal(typeof c.fold, "string");
    assert.ok(Array.isArray(c.words) && c.words.every((w) => typeof w === "string" && w !== ""), JSON.stringify(c));
  }
});

test("fold.js geeft in Node precies de verwachte fold en words", () => {
  for (const c of CASES) {
    assert.equal(fold(c.text), c.fold, `fold(${JSON.stringify(c.text)})`);
    assert.deepEqual(words(c.text), c.words, `words(${JSON.stringify(c.text)})`);
  }
});

test("de accenttabel is dezelfde als fold_char in src/model/text.rs", () => {
  const src = readFileSync(join(ROOT, "src", "model", "text.rs"), "utf8");
  const body = src.slice(src.indexOf("fn fold_char"), src.indexOf("_ => return None"));
  const rust = {};
  // arms like:  'à' | 'á' | ... => "a",  (every character literal is one character)
  for (const line of body.split("\n").filter((l) => l.includes("=>"))) {
    const [left, right] = line.split("=>");
    const to = JSON.parse(right.trim().replace(/,$/, ""));
    for (const [, ch] of left.matchAll(/'(.)'/gu)) rust[ch] = to;
  }
  const js = {};
  for (const [chars, to] of GROUPS) for (const ch of chars) js[ch] = to;
  assert.ok(Object.keys(rust).length > 100, `parsed ${Object.keys(rust).length} characters from the Rust table`);
  assert.deepEqual(js, rust);
});

// ---------------------------------------------------------------------------
// The same code in PocketBase (goja): the hooks fill the hidden columns on save
// (sort_name = fold(name), fold_name = words(name) joined), which a superuser
// may read.
// ---------------------------------------------------------------------------
let pb;
before(async () => { pb = await startPb(); });
after(() => pb && pb.stop());

test("fold.js geeft in PocketBase (goja) dezelfde fold en words", async () => {
  const organisation = await pb.suCreate("organisations", { name: "Org", kind: "overig" });
  let n = 0;
  for (const c of CASES) {
    const blank = c.text.trim() === "";
    // name: required, not blank (input hook), at most 120 characters
    const name = blank ? `Lid ${n}` : c.text;
    const id = await pb.suCreate("members", {
      email: `fold${n++}@knooppunt.test`, password: "test-wachtwoord-123", passwordConfirm: "test-wachtwoord-123",
      name, job_title: c.text, expertise: [c.text, "Ĳs", "ĳS", 7], organisation,
    });
    const m = await pb.suGet("members", id);
    if (!blank) {
      assert.equal(m.sort_name, c.fold, `sort_name of ${JSON.stringify(c.text)}`);
      assert.equal(m.fold_name, c.words.join(" "), `fold_name of ${JSON.stringify(c.text)}`);
    }
    assert.equal(m.fold_job_title, c.words.join(" "), `fold_job_title of ${JSON.stringify(c.text)}`);
    // one key per tag, "" for a repeated key and for what is not text
    assert.deepEqual(m.fold_expertise, [c.words.join(" "), "ijs", "", ""], `fold_expertise of ${JSON.stringify(c.text)}`);
    if (!blank) {
      const o = await pb.api("PATCH", `${rec("organisations")}/${organisation}`, { token: pb.su, body: { name: c.text } });
      assert.equal(o.status, 200, o.text);
      assert.equal(o.body.fold_name, c.words.join(" "), `organisation fold_name of ${JSON.stringify(c.text)}`);
    }
  }
});
