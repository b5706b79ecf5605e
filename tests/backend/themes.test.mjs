// Themes run by their members (pb_migrations/1730000010_knooppunt_theme_groups.js,
// pb_hooks/themes.pb.js, themes.js, account.js): who may create a theme (the
// `settings` record, members.is_admin), the creator as owner, owners making
// others owner, a theme always keeping an owner, moderation of memberships and
// meetings, meeting reports (posts.event) and event capacity. Every refusal is a
// real request against a real PocketBase (support.mjs).
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { startPb, rec, refused, PASS } from "./support.mjs";

let pb;
const id = {};
const tok = {};
const api = (...args) => pb.api(...args);
const SETTINGS = `${rec("settings")}/knooppuntconfig`;
const LAST_OWNER = "Een thema houdt altijd minstens één eigenaar. Maak eerst iemand anders eigenaar.";

async function register(key, name = `Lid ${key}`) {
  const m = await pb.register(key, name);
  id[key] = m.id;
  tok[key] = m.token;
}
const ms = (theme, member, role, status = "active") => pb.suCreate("memberships", { theme, member, role, status });
const membership = async (theme, member) => {
  const r = await api("GET", `${rec("memberships")}?filter=${encodeURIComponent(`theme = "${theme}" && member = "${member}"`)}`, { token: pb.su });
  assert.equal(r.status, 200, r.text);
  return r.body.items[0] || null;
};
const setCreation = async (value) => {
  const r = await api("PATCH", SETTINGS, { token: pb.su, body: { theme_creation: value } });
  assert.equal(r.status, 200, r.text);
};
const when = (day) => ({ starts_at: `2030-06-${day} 10:00:00.000Z`, ends_at: `2030-06-${day} 12:00:00.000Z` });

/** A pending or refused theme create answers 400 with no field errors and stores nothing. */
async function noTheme(r, slug, what) {
  assert.equal(r.status, 400, `${what}: ${r.text}`);
  assert.deepEqual(r.body.data, {}, what);
  assert.equal(await pb.suCount("themes", `slug = "${slug}"`), 0, `${what}: stored`);
}

before(async () => {
  pb = await startPb();
  id.tOpen = await pb.suCreate("themes", { slug: "open", name: "Open", access: "open" });
  id.tReq = await pb.suCreate("themes", { slug: "op-verzoek", name: "Op verzoek", access: "on_request" });
  id.tInv = await pb.suCreate("themes", { slug: "op-uitnodiging", name: "Op uitnodiging", access: "invite_only" });
  id.tOther = await pb.suCreate("themes", { slug: "ander", name: "Ander", access: "open" });
  for (const key of ["owner", "mod", "plain", "target", "erin", "wait", "wait2", "guest", "admin", "maker", "sneaky"]) await register(key);
  await ms(id.tReq, id.owner, "owner");
  await ms(id.tReq, id.mod, "moderator");
  await ms(id.tReq, id.plain, "member");
  await ms(id.tInv, id.mod, "moderator");
  await ms(id.tInv, id.plain, "member");
  id.mTarget = await ms(id.tInv, id.target, "member");
  await ms(id.tOther, id.erin, "moderator");
  id.mWait = await ms(id.tReq, id.wait, "member", "pending");
  id.mWait2 = await ms(id.tReq, id.wait2, "member", "pending");
  const admin = await api("PATCH", `${rec("members")}/${id.admin}`, { token: pb.su, body: { is_admin: true } });
  assert.equal(admin.status, 200, admin.text);
});

after(() => pb && pb.stop());

// ---------------------------------------------------------------------------
// Who may create a theme: host configuration in the database
// ---------------------------------------------------------------------------
test("instellingen: iedereen leest het ene record, alleen de host wijzigt het", async () => {
  const list = await api("GET", `${rec("settings")}?perPage=10`);
  assert.equal(list.status, 200, list.text);
  assert.equal(list.body.totalItems, 1);
  assert.equal(list.body.items[0].id, "knooppuntconfig");
  assert.equal(list.body.items[0].theme_creation, "members", "the default: every member creates themes");
  assert.equal((await api("GET", SETTINGS)).body.theme_creation, "members");
  for (const token of [undefined, tok.plain, tok.admin]) {
    const who = token ? "a member" : "a visitor";
    assert.equal((await api("PATCH", SETTINGS, { token, body: { theme_creation: "admins" } })).status, 403, `${who} changes the settings`);
    assert.equal((await api("POST", rec("settings"), { token, body: { theme_creation: "admins" } })).status, 403, `${who} adds settings`);
    assert.equal((await api("DELETE", SETTINGS, { token })).status, 403, `${who} deletes the settings`);
  }
  const second = await api("POST", rec("settings"), { token: pb.su, body: { theme_creation: "admins" } });
  assert.equal(second.status, 400, `a second settings record: ${second.text}`);
  assert.equal(await pb.suCount("settings"), 1);
  assert.equal((await api("GET", SETTINGS)).body.theme_creation, "members");
});

test("instelling 'admins': vreemde en lid maken geen thema, een beheerder wel", async () => {
  await setCreation("admins");
  try {
    await noTheme(await api("POST", rec("themes"), { body: { slug: "door-vreemde", name: "Vreemd", access: "open" } }), "door-vreemde", "visitor");
    await noTheme(await api("POST", rec("themes"), { token: tok.plain, body: { slug: "door-lid", name: "Lid", access: "open" } }), "door-lid", "member");
    await noTheme(await api("POST", rec("themes"), { token: tok.mod, body: { slug: "door-moderator", name: "Moderator", access: "open" } }), "door-moderator", "moderator of a theme");
    const ok = await api("POST", rec("themes"), { token: tok.admin, body: { slug: "door-beheerder", name: "Beheerder", access: "on_request" } });
    assert.equal(ok.status, 200, ok.text);
    const m = await membership(ok.body.id, id.admin);
    assert.equal(m.role, "owner");
    assert.equal(m.status, "active");
  } finally {
    await setCreation("members");
  }
});

test("instelling 'members': een lid maakt een thema en is eigenaar (lidmaatschap, member_count 1)", async () => {
  await noTheme(await api("POST", rec("themes"), { body: { slug: "nog-steeds-niet", name: "Vreemd", access: "open" } }), "nog-steeds-niet", "visitor");
  const r = await api("POST", rec("themes"), { token: tok.maker, body: { slug: "nieuw-thema", name: "Nieuw thema", summary: "Kort", access: "invite_only", tags: ["Data"] } });
  assert.equal(r.status, 200, r.text);
  assert.deepEqual(Object.keys(r.body).sort(), ["access", "collectionId", "collectionName", "created", "description", "id", "member_count", "name", "slug", "summary", "tags", "updated"]);
  assert.equal(r.body.collectionName, "themes");
  assert.equal(r.body.slug, "nieuw-thema");
  assert.equal(r.body.member_count, 1, "the response shows the counter the triggers set");
  id.tNew = r.body.id;
  assert.equal((await api("GET", `${rec("themes")}/${id.tNew}`)).body.member_count, 1);
  const m = await membership(id.tNew, id.maker);
  assert.ok(m, "the creator's membership exists");
  assert.equal(m.role, "owner");
  assert.equal(m.status, "active");
  assert.equal(await pb.suCount("memberships", `theme = "${id.tNew}"`), 1);
  // the access cache: the creator reads, moderates and owns the theme at once
  const me = (await api("GET", `${rec("members")}/${id.maker}`, { token: tok.maker })).body;
  assert.deepEqual(me.active_themes, [id.tNew]);
  assert.deepEqual(me.moderated_themes, [id.tNew]);
  assert.deepEqual(me.owned_themes, [id.tNew]);
  assert.equal(me.is_admin, false);
  const edit = await api("PATCH", `${rec("themes")}/${id.tNew}`, { token: tok.maker, body: { description: "Uitgebreid" } });
  assert.equal(edit.status, 200, edit.text);
  // nobody else's theme is touched, and a counter cannot be sent along
  await noTheme(await api("POST", rec("themes"), { token: tok.maker, body: { slug: "met-teller", name: "Teller", access: "open", member_count: 50 } }), "met-teller", "member_count sent");
});

test("dubbele slug: 400 met validation_not_unique op slug, niets opgeslagen", async () => {
  const r = await api("POST", rec("themes"), { token: tok.guest, body: { slug: "nieuw-thema", name: "Nog een", access: "open" } });
  assert.equal(r.status, 400, r.text);
  assert.equal(r.body.data.slug.code, "validation_not_unique", r.text);
  assert.equal(await pb.suCount("themes", 'slug = "nieuw-thema"'), 1);
  assert.equal(await pb.suCount("memberships", `member = "${id.guest}"`), 0, "no membership without a theme");
});

test("niemand zet is_admin of owned_themes op zichzelf (registratie en wijziging)", async () => {
  for (const extra of [{ is_admin: true }, { is_admin: false }, { owned_themes: [id.tReq] }]) {
    const email = "stiekem@knooppunt.test";
    const r = await api("POST", rec("members"), { body: { email, password: PASS, passwordConfirm: PASS, name: "Stiekem", ...extra } });
    refused(r, `register with ${JSON.stringify(extra)}`);
    assert.equal(await pb.suCount("members", `email = "${email}"`), 0);
  }
  for (const body of [{ is_admin: true }, { owned_themes: [id.tReq] }, { "owned_themes+": id.tReq }, { name: "Baas", is_admin: true }]) {
    const r = await api("PATCH", `${rec("members")}/${id.sneaky}`, { token: tok.sneaky, body });
    assert.equal(r.status, 404, `${JSON.stringify(body)}: ${r.text}`);
  }
  const me = (await api("GET", `${rec("members")}/${id.sneaky}`, { token: tok.sneaky })).body;
  assert.equal(me.is_admin, false);
  assert.deepEqual(me.owned_themes, []);
  assert.equal(me.name, "Lid sneaky");
  // and so cannot make anyone owner of the theme
  const m = await membership(id.tReq, id.plain);
  assert.equal((await api("PATCH", `${rec("memberships")}/${m.id}`, { token: tok.sneaky, body: { role: "owner" } })).status, 404);
});

// ---------------------------------------------------------------------------
// Owners
// ---------------------------------------------------------------------------
test("de laatste eigenaar kan niet vertrekken en niet verwijderd worden (last_owner)", async () => {
  const m = await membership(id.tReq, id.owner);
  const leave = await api("DELETE", `${rec("memberships")}/${m.id}`, { token: tok.owner });
  assert.equal(leave.status, 400, leave.text);
  assert.deepEqual(leave.body, { status: 400, message: LAST_OWNER, data: { role: { code: "last_owner", message: LAST_OWNER } } });
  // a moderator may never remove an owner (rule: 404); the host gets the same 400 as the owner
  assert.equal((await api("DELETE", `${rec("memberships")}/${m.id}`, { token: tok.mod })).status, 404);
  const host = await api("DELETE", `${rec("memberships")}/${m.id}`, { token: pb.su });
  assert.equal(host.status, 400, host.text);
  assert.equal(host.body.data.role.code, "last_owner");
  assert.ok(await pb.suGet("memberships", m.id), "the owner's membership stays");
  // nor can the owner step down through their own membership
  assert.equal((await api("PATCH", `${rec("memberships")}/${m.id}`, { token: tok.owner, body: { role: "member" } })).status, 404);
  assert.equal((await pb.suGet("memberships", m.id)).role, "owner");
  // the creator of a new theme too
  const made = await membership(id.tNew, id.maker);
  const r = await api("DELETE", `${rec("memberships")}/${made.id}`, { token: tok.maker });
  assert.equal(r.status, 400, r.text);
  assert.equal(r.body.data.role.code, "last_owner");
});

test("eigenaar maakt een ander actief lid eigenaar en kan daarna vertrekken", async () => {
  const t = await pb.suCreate("themes", { slug: "overdracht", name: "Overdracht", access: "on_request" });
  const own = await ms(t, id.owner, "owner");
  const plain = await ms(t, id.plain, "member");
  const mod = await ms(t, id.mod, "moderator");
  const pending = await ms(t, id.wait, "member", "pending");
  const patch = (mid, token, body) => api("PATCH", `${rec("memberships")}/${mid}`, { token, body });
  // not a pending request, not together with another change, not oneself
  assert.equal((await patch(pending, tok.owner, { role: "owner" })).status, 404, "a pending request made owner");
  assert.equal((await patch(pending, tok.owner, { role: "owner", status: "active" })).status, 404, "approved and made owner at once");
  assert.equal((await patch(plain, tok.owner, { role: "owner", member: id.guest })).status, 404, "owner and another member");
  assert.equal((await patch(own, tok.owner, { role: "owner" })).status, 404, "own membership");
  assert.equal((await pb.suGet("memberships", pending)).role, "member");
  // a moderator never makes anyone owner
  assert.equal((await patch(plain, tok.mod, { role: "owner" })).status, 404, "moderator makes someone owner");
  assert.equal((await pb.suGet("memberships", plain)).role, "member");

  const ok = await patch(plain, tok.owner, { role: "owner" });
  assert.equal(ok.status, 200, ok.text);
  assert.equal(ok.body.role, "owner");
  assert.deepEqual((await api("GET", `${rec("members")}/${id.plain}`, { token: tok.plain })).body.owned_themes.includes(t), true);
  // owners do not change each other's membership
  assert.equal((await patch(own, tok.plain, { role: "member" })).status, 404, "new owner demotes the old one");
  assert.equal((await api("DELETE", `${rec("memberships")}/${own}`, { token: tok.plain })).status, 404, "new owner removes the old one");
  // now the first owner may leave; the new one is the last owner
  const leave = await api("DELETE", `${rec("memberships")}/${own}`, { token: tok.owner });
  assert.equal(leave.status, 204, leave.text);
  const last = await api("DELETE", `${rec("memberships")}/${plain}`, { token: tok.plain });
  assert.equal(last.status, 400, last.text);
  assert.equal(last.body.data.role.code, "last_owner");
  assert.equal((await pb.suGet("themes", t)).member_count, 2);
  assert.ok(await pb.suGet("memberships", mod));
});

test("twee eigenaren die tegelijk vertrekken: precies één lukt", async () => {
  const t = await pb.suCreate("themes", { slug: "tegelijk", name: "Tegelijk", access: "open" });
  const a = await ms(t, id.owner, "owner");
  const b = await ms(t, id.maker, "owner");
  const res = await Promise.all([
    api("DELETE", `${rec("memberships")}/${a}`, { token: tok.owner }),
    api("DELETE", `${rec("memberships")}/${b}`, { token: tok.maker }),
  ]);
  assert.deepEqual(res.map((r) => r.status).sort(), [204, 400], res.map((r) => r.text).join(" "));
  assert.equal(await pb.suCount("memberships", `theme = "${t}" && role = "owner" && status = "active"`), 1);
});

test("thema verwijderen: eigenaar en host verwijderen het thema met alle lidmaatschappen", async () => {
  for (const by of ["owner", "host"]) {
    const t = await pb.suCreate("themes", { slug: `weg-${by}`, name: "Weg", access: "open" });
    await ms(t, id.owner, "owner");
    await ms(t, id.mod, "moderator");
    await ms(t, id.plain, "member");
    refused(await api("DELETE", `${rec("themes")}/${t}`, { token: tok.mod }), "a moderator deletes the theme");
    const r = await api("DELETE", `${rec("themes")}/${t}`, { token: by === "owner" ? tok.owner : pb.su });
    assert.equal(r.status, 204, `${by}: ${r.text}`);
    assert.equal(await pb.suGet("themes", t), null);
    assert.equal(await pb.suCount("memberships", `theme = "${t}"`), 0, `${by}: memberships cascade`);
    const me = (await api("GET", `${rec("members")}/${id.owner}`, { token: tok.owner })).body;
    assert.ok(!me.owned_themes.includes(t) && !me.active_themes.includes(t), "the access cache follows");
  }
});

// ---------------------------------------------------------------------------
// Moderating memberships and meetings
// ---------------------------------------------------------------------------
test("niet-moderator kan niet goedkeuren, afwijzen, promoveren, verwijderen of uitnodigen", async () => {
  const before = await pb.suCount("memberships");
  for (const who of ["plain", "erin", "guest"]) {
    const token = tok[who];
    assert.equal((await api("PATCH", `${rec("memberships")}/${id.mWait}`, { token, body: { status: "active" } })).status, 404, `${who} approves`);
    assert.equal((await api("DELETE", `${rec("memberships")}/${id.mWait2}`, { token })).status, 404, `${who} declines`);
    assert.equal((await api("PATCH", `${rec("memberships")}/${id.mTarget}`, { token, body: { role: "moderator" } })).status, 404, `${who} promotes`);
    assert.equal((await api("DELETE", `${rec("memberships")}/${id.mTarget}`, { token })).status, 404, `${who} removes`);
    for (const theme of [id.tInv, id.tReq]) {
      const invite = await api("POST", rec("memberships"), { token, body: { theme, member: id.sneaky, role: "member", status: "active" } });
      assert.equal(invite.status, 400, `${who} invites: ${invite.text}`);
    }
  }
  assert.equal(await pb.suCount("memberships"), before);
  assert.equal((await pb.suGet("memberships", id.mWait)).status, "pending");
  assert.equal((await pb.suGet("memberships", id.mTarget)).role, "member");
});

test("moderator keurt goed, wijst af, promoveert, verwijdert en nodigt uit (nooit als eigenaar)", async () => {
  const ok = async (r, what, status = 200) => assert.equal(r.status, status, `${what}: ${r.text}`);
  await ok(await api("PATCH", `${rec("memberships")}/${id.mWait}`, { token: tok.mod, body: { status: "active" } }), "approve");
  assert.equal((await pb.suGet("memberships", id.mWait)).status, "active");
  await ok(await api("DELETE", `${rec("memberships")}/${id.mWait2}`, { token: tok.mod }), "decline", 204);
  assert.equal(await pb.suGet("memberships", id.mWait2), null);
  await ok(await api("PATCH", `${rec("memberships")}/${id.mTarget}`, { token: tok.mod, body: { role: "moderator" } }), "promote");
  await ok(await api("PATCH", `${rec("memberships")}/${id.mTarget}`, { token: tok.mod, body: { role: "member" } }), "demote a moderator");
  await ok(await api("DELETE", `${rec("memberships")}/${id.mTarget}`, { token: tok.mod }), "remove", 204);
  // invite: directly active, in any kind of theme, as member or moderator
  const inv = await api("POST", rec("memberships"), { token: tok.mod, body: { theme: id.tInv, member: id.guest, role: "member", status: "active" } });
  await ok(inv, "invite to an invite-only theme");
  const inv2 = await api("POST", rec("memberships"), { token: tok.mod, body: { theme: id.tReq, member: id.guest, role: "moderator", status: "active" } });
  await ok(inv2, "invite to an on-request theme as moderator");
  const guest = (await api("GET", `${rec("members")}/${id.guest}`, { token: tok.guest })).body;
  assert.deepEqual([...guest.active_themes].sort(), [id.tInv, id.tReq].sort());
  // never as owner, not by an owner either
  for (const who of ["mod", "owner"]) {
    const r = await api("POST", rec("memberships"), { token: tok[who], body: { theme: id.tReq, member: id.erin, role: "owner", status: "active" } });
    assert.equal(r.status, 400, `${who} invites as owner: ${r.text}`);
  }
  assert.equal(await pb.suCount("memberships", `member = "${id.erin}" && theme = "${id.tReq}"`), 0);
});

test("niet-moderator maakt of wijzigt geen bijeenkomst, moderator van een ander thema ook niet", async () => {
  const ev = { theme: id.tReq, title: "Overleg", ...when(10) };
  for (const who of ["plain", "erin", "sneaky"]) {
    const r = await api("POST", rec("events"), { token: tok[who], body: { ...ev, title: `Door ${who}` } });
    assert.equal(r.status, 400, `${who} creates: ${r.text}`);
  }
  assert.equal(await pb.suCount("events", 'title ~ "Door "'), 0);
  const made = await api("POST", rec("events"), { token: tok.mod, body: ev });
  assert.equal(made.status, 200, made.text);
  for (const who of ["plain", "erin", "sneaky"]) {
    assert.equal((await api("PATCH", `${rec("events")}/${made.body.id}`, { token: tok[who], body: { title: "Gekaapt" } })).status, 404, `${who} edits`);
    assert.equal((await api("DELETE", `${rec("events")}/${made.body.id}`, { token: tok[who] })).status, 404, `${who} deletes`);
  }
  assert.equal((await pb.suGet("events", made.body.id)).title, "Overleg");
  const own = await api("PATCH", `${rec("events")}/${made.body.id}`, { token: tok.owner, body: { title: "Overleg (verzet)" } });
  assert.equal(own.status, 200, `the owner edits: ${own.text}`);
});

// ---------------------------------------------------------------------------
// Account deletion hands ownership over
// ---------------------------------------------------------------------------
test("account verwijderen: eigendom naar de langst zittende moderator, anders het langst zittende lid", async () => {
  for (const key of ["leaver", "old1", "old2", "newmod", "oldmod", "co"]) await register(key);
  const theme = (slug) => pb.suCreate("themes", { slug, name: slug, access: "open" });
  const tA = await theme("met-moderator");
  const tB = await theme("alleen-leden");
  const tC = await theme("alleen-eigenaar");
  const tD = await theme("twee-eigenaren");
  // A: an older plain member and a pending request, then two moderators: the older moderator wins
  await ms(tA, id.leaver, "owner");
  await ms(tA, id.old1, "member");
  await ms(tA, id.old2, "member", "pending");
  await ms(tA, id.oldmod, "moderator");
  await ms(tA, id.newmod, "moderator");
  // B: plain members only: the one who joined first
  await ms(tB, id.leaver, "owner");
  await ms(tB, id.old2, "member", "pending");
  await ms(tB, id.old1, "member");
  await ms(tB, id.newmod, "member");
  // C: nobody else; D: another owner already
  await ms(tC, id.leaver, "owner");
  await ms(tD, id.leaver, "owner");
  await ms(tD, id.co, "owner");
  await ms(tD, id.oldmod, "moderator");

  const r = await api("POST", "/api/knooppunt/account/delete", { token: tok.leaver, body: { posts: "delete" } });
  assert.equal(r.status, 204, r.text);
  const owners = async (t) => (await api("GET", `${rec("memberships")}?filter=${encodeURIComponent(`theme = "${t}" && role = "owner"`)}`, { token: pb.su })).body.items.map((m) => m.member);
  assert.deepEqual(await owners(tA), [id.oldmod], "the longest-standing moderator");
  assert.equal((await membership(tA, id.newmod)).role, "moderator");
  assert.equal((await membership(tA, id.old1)).role, "member");
  assert.deepEqual(await owners(tB), [id.old1], "the longest-standing active member, not the pending one");
  assert.deepEqual(await owners(tC), [], "nobody left: no owner");
  const c = await pb.suGet("themes", tC);
  assert.ok(c, "the theme stays");
  assert.equal(c.member_count, 0);
  assert.deepEqual(await owners(tD), [id.co], "another owner: nobody promoted");
  assert.equal((await membership(tD, id.oldmod)).role, "moderator");
  // the access cache of the new owner
  const oldmod = (await api("GET", `${rec("members")}/${id.oldmod}`, { token: tok.oldmod })).body;
  assert.ok(oldmod.owned_themes.includes(tA) && !oldmod.owned_themes.includes(tD));
  const ok = await api("PATCH", `${rec("memberships")}/${(await membership(tA, id.newmod)).id}`, { token: tok.oldmod, body: { role: "owner" } });
  assert.equal(ok.status, 200, `the new owner acts as owner: ${ok.text}`);
});

// ---------------------------------------------------------------------------
// Meeting reports: posts.event
// ---------------------------------------------------------------------------
test("bericht.event: geen bijeenkomst van een besloten thema zonder lidmaatschap, niet van een ander thema", async () => {
  id.eReq = await pb.suCreate("events", { theme: id.tReq, title: "Besloten overleg", ...when(12) });
  id.eOpen = await pb.suCreate("events", { theme: id.tOther, title: "Open middag", ...when(13) });
  id.eHost = await pb.suCreate("events", { title: "Landelijke dag", ...when(14) });
  const post = (who, body) => api("POST", rec("posts"), { token: tok[who], body: { author: id[who], kind: "report", title: "Verslag", body: "Zo ging het.", ...body } });
  // erin is no member of the closed theme: the event does not exist for her
  for (const theme of [id.tReq, id.tOther, ""]) {
    const r = await post("erin", { theme, event: id.eReq });
    assert.equal(r.status, 400, r.text);
    if (theme !== id.tReq) assert.equal(r.body.data.event.code, "validation_missing_rel_records", r.text);
  }
  // a member of the closed theme, but the post is in another theme (or none)
  for (const theme of [id.tOther, ""]) {
    const r = await post("plain", { theme, event: id.eReq });
    assert.equal(r.status, 400, r.text);
    assert.equal(r.body.data.event.code, "validation_event_theme", r.text);
  }
  const mismatch = await post("erin", { theme: id.tOther, event: id.eHost });
  assert.equal(mismatch.status, 400, mismatch.text);
  assert.equal(mismatch.body.data.event.code, "validation_event_theme", mismatch.text);
  assert.equal(await pb.suCount("posts", 'title = "Verslag"'), 0);
  // allowed: same theme, or both without theme
  const a = await post("erin", { theme: id.tOther, event: id.eOpen });
  assert.equal(a.status, 200, a.text);
  assert.equal(a.body.event, id.eOpen);
  const b = await post("erin", { event: id.eHost });
  assert.equal(b.status, 200, b.text);
  const c = await post("plain", { theme: id.tReq, event: id.eReq });
  assert.equal(c.status, 200, c.text);
  id.pReport = a.body.id;
  id.pClosedReport = c.body.id;
});

test("bericht.event wijzigen: de auteur wel (binnen de regels), een moderator niet", async () => {
  const patch = (who, pid, body) => api("PATCH", `${rec("posts")}/${pid}`, { token: who === "su" ? pb.su : tok[who], body });
  const other = await pb.suCreate("events", { theme: id.tOther, title: "Tweede middag", ...when(15) });
  const own = await pb.suCreate("posts", { author: id.erin, kind: "blog", title: "Zonder thema", body: "x" });
  // the author: not to an unreadable event, not to one of another theme
  assert.equal((await patch("erin", own, { event: id.eReq })).status, 404, "unreadable event");
  assert.equal((await patch("erin", id.pReport, { event: id.eHost })).status, 404, "event of another theme");
  assert.equal((await patch("erin", id.pReport, { event: id.eReq })).status, 404, "closed event of another theme");
  const ok = await patch("erin", id.pReport, { event: other });
  assert.equal(ok.status, 200, ok.text);
  assert.equal(ok.body.event, other);
  // a moderator of the theme hides, but does not relink or unlink
  assert.equal((await patch("erin", id.pReport, { event: "" })).status, 200, "the author unlinks");
  assert.equal((await patch("erin", id.pReport, { event: other })).status, 200, "and links again");
  await register("mod2");
  await ms(id.tOther, id.mod2, "moderator");
  assert.equal((await patch("mod2", id.pReport, { event: id.eOpen })).status, 404, "moderator relinks");
  assert.equal((await patch("mod2", id.pReport, { event: "" })).status, 404, "moderator unlinks");
  assert.equal((await patch("mod2", id.pReport, { hidden: true, event: "" })).status, 404, "moderator hides and unlinks");
  const hide = await patch("mod2", id.pReport, { pinned: true });
  assert.equal(hide.status, 200, hide.text);
  assert.equal((await pb.suGet("posts", id.pReport)).event, other);
  // someone else
  assert.equal((await patch("plain", id.pReport, { event: id.eOpen })).status, 404, "another member relinks");
  // an author who left the closed theme no longer links its events
  await register("gone");
  const mGone = await ms(id.tReq, id.gone, "member");
  const gone = await api("POST", rec("posts"), { token: tok.gone, body: { author: id.gone, theme: id.tReq, kind: "report", title: "Nog zonder bijeenkomst", body: "x" } });
  assert.equal(gone.status, 200, gone.text);
  assert.equal((await api("DELETE", `${rec("memberships")}/${mGone}`, { token: tok.gone })).status, 204);
  assert.equal((await patch("gone", gone.body.id, { event: id.eReq })).status, 404, "left the theme, links its event");
  assert.equal((await pb.suGet("posts", gone.body.id)).event, "");
  // the closed theme's report: only for its readers
  assert.equal((await api("GET", `${rec("posts")}/${id.pClosedReport}`, { token: tok.erin })).status, 404);
  const list = await api("GET", `${rec("posts")}?filter=${encodeURIComponent(`event = "${other}"`)}`);
  assert.deepEqual(list.body.items.map((p) => p.id), [id.pReport], "a meeting's reports, for a visitor");
});

test("bijeenkomst verwijderen: het verslag blijft, zonder event", async () => {
  const ev = await pb.suCreate("events", { theme: id.tOther, title: "Vervalt", ...when(16) });
  const p = await api("POST", rec("posts"), { token: tok.erin, body: { author: id.erin, theme: id.tOther, kind: "report", title: "Verslag vervallen", body: "x", event: ev } });
  assert.equal(p.status, 200, p.text);
  const before = await pb.suGet("posts", p.body.id);
  const d = await api("DELETE", `${rec("events")}/${ev}`, { token: tok.erin });
  assert.equal(d.status, 204, d.text);
  const after = await pb.suGet("posts", p.body.id);
  assert.ok(after, "the post stays");
  assert.equal(after.event, "");
  assert.equal(after.title, before.title);
  assert.equal(after.edited, "", "unsetting the event is no edit by the author");
});

// ---------------------------------------------------------------------------
// Capacity
// ---------------------------------------------------------------------------
test("capaciteit: 5 plaatsen, 4 bezet, 20 gelijktijdige aanmeldingen → precies 1 lukt", async () => {
  const keys = Array.from({ length: 24 }, (_, i) => `c${i}`);
  const regs = await Promise.all(keys.map((k) => pb.register(k, `Lid ${k}`)));
  keys.forEach((k, i) => { id[k] = regs[i].id; tok[k] = regs[i].token; });
  const ev = await pb.suCreate("events", { theme: id.tOther, title: "Vol", capacity: 5, ...when(20) });
  for (const k of keys.slice(0, 4)) await pb.suCreate("rsvps", { event: ev, member: id[k], status: "going" });
  assert.equal((await pb.suGet("events", ev)).going_count, 4);
  const rush = keys.slice(4);
  const res = await Promise.all(rush.map((k) =>
    api("POST", rec("rsvps"), { token: tok[k], body: { event: ev, member: id[k], status: "going" } })));
  const ok = res.filter((r) => r.status === 200);
  assert.equal(ok.length, 1, res.map((r) => r.status).join(","));
  for (const r of res.filter((x) => x.status !== 200)) {
    assert.equal(r.status, 400, r.text);
    assert.equal(r.body.data.status.code, "event_full", r.text);
    assert.match(r.body.message, /vol/);
  }
  assert.equal((await pb.suGet("events", ev)).going_count, 5);
  assert.equal(await pb.suCount("rsvps", `event = "${ev}"`), 5);
});
