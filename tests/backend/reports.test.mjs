// Reports ("Melden", issue 5; pb_migrations/1730000008_knooppunt_reports.js):
// a logged-in member reports a post or a comment they can read, once, as
// themselves; the reporter and the moderators/owners of the reported post's
// theme read and delete the report; nobody changes it; a report goes with its
// post, comment or reporter. Also the moderator's side of it: hiding the
// reported post. Runs against a real PocketBase with the migrations and
// pb_hooks (support.mjs).
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { startPb, rec, refused } from "./support.mjs";

let pb;
const id = {};
const tok = {};
const api = (...args) => pb.api(...args);
const REPORTS = rec("reports");

/** POST a report as `who` (reporter = who unless the body says otherwise). */
const report = (who, body) => api("POST", REPORTS, { token: tok[who], body: { reporter: id[who], reason: "spam", ...body } });

async function reported(who, body) {
  const r = await report(who, body);
  assert.equal(r.status, 200, `report by ${who}: ${r.text}`);
  return r.body.id;
}

/** The ids of the reports `who` may list (undefined: a visitor). */
async function listed(who, filter) {
  const q = filter ? `&filter=${encodeURIComponent(filter)}` : "";
  const r = await api("GET", `${REPORTS}?perPage=500&sort=id${q}`, { token: who ? tok[who] : undefined });
  assert.equal(r.status, 200, r.text);
  return r.body.items.map((x) => x.id);
}

const sorted = (ids) => [...ids].sort();
const count = (filter) => pb.suCount("reports", filter);

before(async () => {
  pb = await startPb();
  id.tOpen = await pb.suCreate("themes", { slug: "open", name: "Open", access: "open" });
  id.tOther = await pb.suCreate("themes", { slug: "ander", name: "Ander", access: "open" });
  id.tClosed = await pb.suCreate("themes", { slug: "dicht", name: "Dicht", access: "on_request" });
  // rep reports; other is another member; author writes; mod moderates tOpen,
  // owner owns tClosed, mod2 moderates tOther; plain is an active member of tOpen;
  // inner an active member of tClosed, waiting a pending one
  for (const key of ["rep", "other", "author", "mod", "owner", "mod2", "plain", "inner", "waiting"]) {
    const m = await pb.register(key, `Lid ${key}`);
    id[key] = m.id;
    tok[key] = m.token;
  }
  const ms = (theme, member, role, status = "active") => pb.suCreate("memberships", { theme, member, role, status });
  await ms(id.tOpen, id.mod, "moderator");
  await ms(id.tClosed, id.owner, "owner");
  await ms(id.tOther, id.mod2, "moderator");
  await ms(id.tOpen, id.plain, "member");
  await ms(id.tOpen, id.author, "member");
  await ms(id.tClosed, id.inner, "member");
  await ms(id.tClosed, id.waiting, "member", "pending");

  const post = async (who, theme, title) => {
    const r = await api("POST", rec("posts"), { token: tok[who], body: { author: id[who], theme, kind: "knowledge", title, body: `Tekst van ${title}` } });
    assert.equal(r.status, 200, r.text);
    return r.body.id;
  };
  const comment = async (who, postId, body) => {
    const r = await api("POST", rec("comments"), { token: tok[who], body: { post: postId, author: id[who], body } });
    assert.equal(r.status, 200, r.text);
    return r.body.id;
  };
  id.pOpen = await post("author", id.tOpen, "Open bericht");
  id.pOther = await post("author", id.tOther, "Bericht in ander thema");
  id.pNone = await post("author", "", "Bericht zonder thema");
  id.pClosed = await post("inner", id.tClosed, "Besloten bericht");
  id.pHidden = await post("author", id.tOpen, "Verborgen bericht");
  const hide = await api("PATCH", `${rec("posts")}/${id.pHidden}`, { token: tok.mod, body: { hidden: true } });
  assert.equal(hide.status, 200, hide.text);
  id.cOpen = await comment("other", id.pOpen, "Reactie in open thema");
  id.cOther = await comment("other", id.pOther, "Reactie in ander thema");
  id.cNone = await comment("other", id.pNone, "Reactie zonder thema");
  id.cClosed = await comment("inner", id.pClosed, "Besloten reactie");
});

after(() => pb && pb.stop());

test("zonder account: geen melding maken, geen meldingen lezen", async () => {
  const mine = await reported("rep", { target_post: id.pOpen, reason: "onjuist" });
  const before = await count();
  for (const body of [
    { reporter: id.rep, target_post: id.pOther, reason: "spam" },
    { reporter: "", target_post: id.pOther, reason: "spam" },
    { target_comment: id.cOpen, reason: "spam" },
  ]) {
    refused(await api("POST", REPORTS, { body }), `visitor reports ${JSON.stringify(body)}`);
    refused(await api("POST", REPORTS, { token: "geen-echt-token", body }), "invalid token reports");
  }
  assert.equal(await count(), before, "nothing stored");
  assert.deepEqual(await listed(undefined), [], "a visitor lists no reports");
  assert.deepEqual(await listed(undefined, 'reporter = ""'), []);
  assert.equal((await api("GET", `${REPORTS}/${mine}`)).status, 404);
  refused(await api("DELETE", `${REPORTS}/${mine}`), "visitor deletes");
  assert.ok(await pb.suGet("reports", mine));
  await api("DELETE", `${REPORTS}/${mine}`, { token: tok.rep });
});

test("lid meldt een bericht en een reactie, en leest de eigen meldingen", async () => {
  const p = await report("rep", { target_post: id.pOther, reason: "ongepast", note: "Dit hoort hier niet <b>echt</b> niet." });
  assert.equal(p.status, 200, p.text);
  assert.deepEqual(
    { reporter: p.body.reporter, target_post: p.body.target_post, target_comment: p.body.target_comment, reason: p.body.reason, note: p.body.note },
    { reporter: id.rep, target_post: id.pOther, target_comment: "", reason: "ongepast", note: "Dit hoort hier niet <b>echt</b> niet." },
  );
  assert.match(p.body.created, /^\d{4}-\d\d-\d\d /);
  assert.equal(p.body.updated, undefined, "a report is never updated, so it has no `updated`");
  const c = await report("rep", { target_comment: id.cOther, target_post: "", reason: "privacy" });
  assert.equal(c.status, 200, c.text);
  assert.equal(c.body.target_post, "");
  assert.equal(c.body.target_comment, id.cOther);
  assert.equal(c.body.note, "");
  // (every reason is used somewhere in this file)
  const none = await reported("rep", { target_post: id.pNone, reason: "onjuist" });
  const noneComment = await reported("rep", { target_comment: id.cNone, reason: "anders", note: "Zie de reactie" });
  const hidden = await reported("author", { target_post: id.pHidden, reason: "anders" }); // the author still reads the hidden post
  assert.ok(hidden);
  const closed = await reported("inner", { target_post: id.pClosed, reason: "onjuist" }); // a member of the closed theme
  const closedComment = await reported("inner", { target_comment: id.cClosed, reason: "spam" });

  const mine = [p.body.id, c.body.id, none, noneComment];
  assert.deepEqual(await listed("rep", `reporter = "${id.rep}"`), sorted(mine));
  for (const rid of mine) {
    const v = await api("GET", `${REPORTS}/${rid}`, { token: tok.rep });
    assert.equal(v.status, 200, v.text);
  }
  assert.deepEqual(await listed("inner"), sorted([closed, closedComment]));
});

test("niemand meldt namens een ander", async () => {
  const before = await count();
  for (const reporter of [id.other, id.mod]) {
    refused(await report("rep", { reporter, target_post: id.pOpen }), `rep reports as ${reporter}`);
    refused(await report("rep", { reporter, target_comment: id.cOpen }), "comment");
  }
  const missing = await report("rep", { reporter: "", target_post: id.pOpen });
  assert.equal(missing.status, 400, missing.text);
  assert.equal(missing.body.data.reporter.code, "validation_required", missing.text);
  refused(await report("mod", { reporter: id.rep, target_post: id.pOpen }), "a moderator reports as rep");
  assert.equal(await count(), before, "nothing stored");
  // trying as someone else tells nothing about their reports: the same bare 400
  // whether rep reported the target (pOther, cOther) or not (pOpen, cOpen)
  for (const who of ["author", undefined]) {
    const answers = [];
    for (const target of [{ target_post: id.pOther }, { target_post: id.pOpen }, { target_comment: id.cOther }, { target_comment: id.cOpen }]) {
      const r = await api("POST", REPORTS, { token: who ? tok[who] : undefined, body: { reporter: id.rep, reason: "spam", ...target } });
      answers.push([r.status, r.body]);
    }
    assert.equal(await count(`reporter = "${id.rep}" && (target_post = "${id.pOther}" || target_comment = "${id.cOther}")`), 2, "control: rep did report those");
    for (const a of answers) assert.deepEqual(a, [400, { data: {}, message: "Failed to create record.", status: 400 }], `${who ?? "a visitor"}`);
  }
});

test("alleen wat je mag lezen kun je melden: geen besloten, verborgen of onbekend bericht", async () => {
  const before = await count();
  for (const who of ["rep", "waiting", "mod2"]) {
    const p = await report(who, { target_post: id.pClosed });
    assert.equal(p.status, 400, `${who}: ${p.text}`);
    assert.equal(p.body.data.target_post.code, "validation_missing_rel_records", p.text);
    const c = await report(who, { target_comment: id.cClosed });
    assert.equal(c.status, 400, `${who}: ${c.text}`);
    assert.equal(c.body.data.target_comment.code, "validation_missing_rel_records", c.text);
  }
  // a hidden post is read only by its author and the theme's moderators
  const h = await report("rep", { target_post: id.pHidden });
  assert.equal(h.status, 400, h.text);
  assert.equal(h.body.data.target_post.code, "validation_missing_rel_records", h.text);
  for (const [field, target] of [["target_post", "doesnotexist123"], ["target_comment", "doesnotexist123"]]) {
    const r = await report("rep", { [field]: target });
    assert.equal(r.status, 400, r.text);
    assert.equal(r.body.data[field].code, "validation_missing_rel_records", r.text);
  }
  assert.equal(await count(), before, "nothing stored");
});

test("een melding zonder doel, met twee doelen of met een ongeldige reden: 400 met veldfout", async () => {
  const before = await count();
  const cases = [
    ["geen doel", {}, { target_post: "validation_required", target_comment: "validation_required" }],
    ["lege doelen", { target_post: "", target_comment: "" }, { target_post: "validation_required", target_comment: "validation_required" }],
    ["twee doelen", { target_post: id.pOpen, target_comment: id.cOpen }, { target_post: "validation_one_target", target_comment: "validation_one_target" }],
    ["twee doelen, één onleesbaar", { target_post: id.pClosed, target_comment: id.cOpen }, { target_post: "validation_missing_rel_records", target_comment: "validation_one_target" }],
    ["geen reden", { target_post: id.pOpen, reason: "" }, { reason: "validation_required" }],
    ["onbekende reden", { target_post: id.pOpen, reason: "saai" }, { reason: "validation_invalid_value" }],
    ["toelichting te lang", { target_post: id.pOpen, note: "é".repeat(1001) }, { note: "validation_max_text_constraint" }],
  ];
  for (const [what, body, codes] of cases) {
    const r = await report("plain", body);
    assert.equal(r.status, 400, `${what}: ${r.text}`);
    for (const [field, code] of Object.entries(codes)) {
      assert.equal(r.body.data[field]?.code, code, `${what}: ${field}: ${r.text}`);
    }
  }
  assert.equal(await count(), before, "nothing stored");
  // exactly 1000 characters is fine
  const ok = await report("plain", { target_post: id.pOpen, note: "é".repeat(1000) });
  assert.equal(ok.status, 200, ok.text);
  assert.equal(ok.body.note.length, 1000);
  assert.equal((await api("DELETE", `${REPORTS}/${ok.body.id}`, { token: tok.plain })).status, 204);
});

test("één melding per lid en bericht of reactie", async () => {
  const first = await reported("other", { target_post: id.pOpen, reason: "spam" });
  const again = await report("other", { target_post: id.pOpen, reason: "onjuist", note: "Nog een keer" });
  assert.equal(again.status, 400, again.text);
  assert.ok(Object.values(again.body.data).some((e) => e.code === "validation_not_unique"), again.text);
  assert.equal(await count(`reporter = "${id.other}" && target_post = "${id.pOpen}"`), 1);
  // the same member may still report a comment on that post, and another member the same post
  await reported("other", { target_comment: id.cOpen, reason: "spam" });
  const twice = await report("other", { target_comment: id.cOpen, target_post: "", reason: "anders" });
  assert.equal(twice.status, 400, twice.text);
  assert.equal(await count(`reporter = "${id.other}" && target_comment = "${id.cOpen}"`), 1);
  await reported("plain", { target_post: id.pOpen, reason: "spam" });
  assert.ok(await pb.suGet("reports", first));
});

test("een ander lid leest, wijzigt of verwijdert andermans melding niet", async () => {
  const rid = await reported("rep", { target_post: id.pOpen, reason: "privacy", note: "Mijn gegevens staan erin" });
  for (const who of ["other", "plain", "author", "mod2", "inner"]) {
    assert.ok(!(await listed(who)).includes(rid), `${who} lists rep's report`);
    assert.deepEqual(await listed(who, `reporter = "${id.rep}" && target_post = "${id.pOpen}"`), [], `${who} filters on rep`);
    assert.deepEqual(await listed(who, `note ~ "gegevens"`), [], `${who} filters on the note`);
    assert.equal((await api("GET", `${REPORTS}/${rid}`, { token: tok[who] })).status, 404, `${who} views`);
    refused(await api("DELETE", `${REPORTS}/${rid}`, { token: tok[who] }), `${who} deletes`);
  }
  // a post's author learns nothing through the post either
  const byRep = `${rec("posts")}?filter=${encodeURIComponent(`reports_via_target_post.reporter ?= "${id.rep}"`)}`;
  assert.ok((await api("GET", byRep, { token: pb.su })).body.totalItems > 0, "control: the filter finds the post for the host");
  const viaPost = await api("GET", byRep, { token: tok.author });
  assert.ok(viaPost.status !== 200 || viaPost.body.totalItems === 0, viaPost.text);
  const expand = await api("GET", `${rec("posts")}/${id.pOpen}?expand=reports_via_target_post`, { token: tok.author });
  assert.equal(expand.status, 200, expand.text);
  assert.ok(!expand.text.includes(rid), `the author sees the report through expand: ${expand.text}`);
  assert.ok(await pb.suGet("reports", rid), "still there");
});

test("de moderator van het thema leest meldingen over berichten en reacties van dat thema, niet van andere", async () => {
  const r = {};
  r.post = await reported("author", { target_post: id.pOpen, reason: "onjuist" }); // one's own post, why not
  r.comment = await reported("rep", { target_comment: id.cOpen, reason: "ongepast" });
  r.hidden = await reported("mod", { target_post: id.pHidden, reason: "anders" });
  r.other = await reported("author", { target_post: id.pOther, reason: "spam" });
  r.otherComment = await reported("mod2", { target_comment: id.cOther, target_post: "", reason: "spam" });
  r.none = await reported("other", { target_comment: id.cNone, reason: "spam" });
  r.closed = await reported("owner", { target_comment: id.cClosed, reason: "onjuist", note: "Besloten" });

  const open = await pb.api("GET", `${REPORTS}?perPage=500&filter=${encodeURIComponent(`target_post.theme = "${id.tOpen}" || target_comment.post.theme = "${id.tOpen}"`)}`, { token: pb.su });
  const openIds = open.body.items.map((x) => x.id);
  assert.ok(openIds.includes(r.post) && openIds.includes(r.comment) && openIds.includes(r.hidden));
  const modSees = await listed("mod");
  assert.deepEqual(sorted(modSees.filter((x) => !openIds.includes(x))), [], "mod sees a report outside the theme");
  for (const x of openIds) assert.ok(modSees.includes(x), "mod misses a report of the theme");
  const v = await api("GET", `${REPORTS}/${r.comment}?expand=target_comment`, { token: tok.mod });
  assert.equal(v.status, 200, v.text);
  assert.equal(v.body.reason, "ongepast");
  assert.equal(v.body.expand.target_comment.body, "Reactie in open thema");
  for (const x of [r.other, r.otherComment, r.none, r.closed]) {
    assert.equal((await api("GET", `${REPORTS}/${x}`, { token: tok.mod })).status, 404, "mod views a report of another theme");
  }

  const mod2Sees = await listed("mod2");
  assert.ok(mod2Sees.includes(r.other) && mod2Sees.includes(r.otherComment), "mod2 misses a report of their theme");
  assert.ok(!mod2Sees.includes(r.post) && !mod2Sees.includes(r.comment) && !mod2Sees.includes(r.none));
  assert.ok((await listed("owner")).includes(r.closed), "the owner of the closed theme sees its reports");
  assert.ok(!(await listed("owner")).includes(r.post));
  // a plain member of the theme sees only their own
  assert.deepEqual(await listed("plain", `target_post = "${id.pOpen}" && reporter != "${id.plain}"`), []);
  // no theme: only the reporter (and the host)
  for (const who of ["mod", "mod2", "owner", "author"]) {
    assert.ok(!(await listed(who)).includes(r.none), `${who} sees a report on a post without theme`);
  }
  assert.ok((await listed("other")).includes(r.none));
  assert.ok(await pb.suGet("reports", r.none));
});

test("melder en moderator verwijderen een melding; een andere moderator niet", async () => {
  const own = await reported("plain", { target_post: id.pNone, reason: "privacy" });
  refused(await api("DELETE", `${REPORTS}/${own}`, { token: tok.mod }), "a moderator, for a post without theme");
  assert.equal((await api("DELETE", `${REPORTS}/${own}`, { token: tok.plain })).status, 204, "the reporter withdraws it");
  assert.equal(await pb.suGet("reports", own), null);

  const handled = await reported("waiting", { target_post: id.pOpen, reason: "spam" });
  refused(await api("DELETE", `${REPORTS}/${handled}`, { token: tok.mod2 }), "moderator of another theme");
  refused(await api("DELETE", `${REPORTS}/${handled}`, { token: tok.plain }), "plain member of the theme");
  assert.ok(await pb.suGet("reports", handled));
  assert.equal((await api("DELETE", `${REPORTS}/${handled}`, { token: tok.mod })).status, 204, "the theme's moderator dismisses it");
  assert.equal(await pb.suGet("reports", handled), null);

  const onComment = await reported("waiting", { target_comment: id.cOpen, reason: "anders" });
  assert.equal((await api("DELETE", `${REPORTS}/${onComment}`, { token: tok.mod })).status, 204, "also for a comment");
});

test("niemand wijzigt een melding", async () => {
  const rid = await reported("mod2", { target_post: id.pOpen, reason: "spam", note: "Origineel" });
  for (const who of ["mod2", "mod", "rep", undefined]) {
    for (const body of [{ reason: "anders" }, { note: "Gewijzigd" }, { target_post: id.pOther }, { reporter: id.rep }]) {
      refused(await api("PATCH", `${REPORTS}/${rid}`, { token: who ? tok[who] : undefined, body }), `${who} updates ${JSON.stringify(body)}`);
    }
  }
  const after = await pb.suGet("reports", rid);
  assert.deepEqual([after.reason, after.note, after.target_post, after.reporter], ["spam", "Origineel", id.pOpen, id.mod2]);
});

test("met het bericht of de reactie verdwijnen de meldingen erover", async () => {
  const p = await api("POST", rec("posts"), { token: tok.author, body: { author: id.author, theme: id.tOpen, kind: "question", title: "Gaat weg", body: "x" } });
  assert.equal(p.status, 200, p.text);
  const c = await api("POST", rec("comments"), { token: tok.plain, body: { post: p.body.id, author: id.plain, body: "Gaat mee" } });
  assert.equal(c.status, 200, c.text);
  const c2 = await api("POST", rec("comments"), { token: tok.plain, body: { post: id.pOpen, author: id.plain, body: "Blijft niet" } });
  const onPost = [await reported("rep", { target_post: p.body.id }), await reported("other", { target_post: p.body.id, reason: "onjuist" })];
  const onComment = await reported("rep", { target_comment: c.body.id });
  const onComment2 = await reported("rep", { target_comment: c2.body.id });
  const keep = await reported("other", { target_post: id.pOther, reason: "anders" });

  assert.equal((await api("DELETE", `${rec("posts")}/${p.body.id}`, { token: tok.author })).status, 204);
  for (const rid of [...onPost, onComment]) assert.equal(await pb.suGet("reports", rid), null, "a report on the deleted post or its comment");
  assert.equal((await api("DELETE", `${rec("comments")}/${c2.body.id}`, { token: tok.plain })).status, 204);
  assert.equal(await pb.suGet("reports", onComment2), null, "a report on the deleted comment");
  assert.equal(await count(`target_post = "${p.body.id}" || target_comment = "${c.body.id}" || target_comment = "${c2.body.id}"`), 0);
  assert.ok(await pb.suGet("reports", keep), "other reports stay");
});

test("wie het account verwijdert, verwijdert ook de eigen meldingen; meldingen van anderen blijven", async () => {
  const leaver = await pb.register("leaver", "Lid dat vertrekt");
  id.leaver = leaver.id;
  tok.leaver = leaver.token;
  const lp = await api("POST", rec("posts"), { token: tok.leaver, body: { author: id.leaver, theme: id.tOpen, kind: "blog", title: "Van wie vertrekt", body: "x" } });
  assert.equal(lp.status, 200, lp.text);
  const mine = [await reported("leaver", { target_post: id.pOpen, reason: "onjuist" }), await reported("leaver", { target_comment: id.cOther, reason: "spam" })];
  const aboutLeaver = await reported("rep", { target_post: lp.body.id, reason: "ongepast" });
  const others = await count(`reporter != "${id.leaver}"`);

  const r = await api("POST", "/api/knooppunt/account/delete", { token: tok.leaver, body: { posts: "keep" } });
  assert.equal(r.status, 204, r.text);
  for (const rid of mine) assert.equal(await pb.suGet("reports", rid), null, "the member's report is gone");
  assert.equal(await count(`reporter = "${id.leaver}"`), 0);
  assert.equal(await count(`reporter != "${id.leaver}"`), others, "others' reports stay");
  // the report on the kept (now author-less) post stays, for the theme's moderator to handle
  assert.ok((await listed("mod")).includes(aboutLeaver));
  assert.ok((await listed("rep")).includes(aboutLeaver));
  assert.equal((await api("GET", `${REPORTS}/${aboutLeaver}`, { token: tok.other })).status, 404);
  assert.deepEqual(await listed(undefined), [], "still nothing for a visitor");
});

test("moderator verbergt een gemeld bericht: vreemde ziet het niet meer, auteur en moderator wel; een gewoon lid kan het niet", async () => {
  const p = await api("POST", rec("posts"), { token: tok.author, body: { author: id.author, theme: id.tOpen, kind: "knowledge", title: "Gemeld bericht", body: "x" } });
  assert.equal(p.status, 200, p.text);
  const pid = p.body.id;
  const rid = await reported("rep", { target_post: pid, reason: "onjuist" });
  assert.ok((await listed("mod")).includes(rid), "the moderator sees the report");

  for (const who of ["plain", "rep", "mod2", "author"]) {
    refused(await api("PATCH", `${rec("posts")}/${pid}`, { token: tok[who], body: { hidden: true } }), `${who} hides`);
  }
  refused(await api("PATCH", `${rec("posts")}/${pid}`, { body: { hidden: true } }), "a visitor hides");
  assert.equal((await pb.suGet("posts", pid)).hidden, false);

  const h = await api("PATCH", `${rec("posts")}/${pid}`, { token: tok.mod, body: { hidden: true } });
  assert.equal(h.status, 200, h.text);
  assert.equal(h.body.hidden, true);
  const wall = (token) => api("GET", `${rec("posts")}?perPage=500&filter=${encodeURIComponent(`theme = "${id.tOpen}"`)}`, { token });
  for (const who of [undefined, "plain", "rep"]) {
    const token = who ? tok[who] : undefined;
    assert.equal((await api("GET", `${rec("posts")}/${pid}`, { token })).status, 404, `${who ?? "a visitor"} still views the hidden post`);
    assert.ok(!(await wall(token)).body.items.some((x) => x.id === pid), `${who ?? "a visitor"} still lists the hidden post`);
  }
  for (const who of ["author", "mod"]) {
    assert.equal((await api("GET", `${rec("posts")}/${pid}`, { token: tok[who] })).status, 200, `${who} no longer views the hidden post`);
    assert.ok((await wall(tok[who])).body.items.some((x) => x.id === pid), `${who} no longer lists the hidden post`);
  }
  // the report stays readable for both until the moderator dismisses it
  assert.equal((await api("GET", `${REPORTS}/${rid}`, { token: tok.rep })).status, 200);
  assert.equal((await api("GET", `${REPORTS}/${rid}`, { token: tok.mod })).status, 200);
  assert.equal((await api("DELETE", `${REPORTS}/${rid}`, { token: tok.mod })).status, 204);
});
