// The account mails of issue 18 against a real PocketBase and a real SMTP server on
// loopback (aiosmtpd): "Wachtwoord vergeten?" (1730000014: the mail, its link to the app,
// a link that works once, the same answer for an unknown address, the limits per address
// and per IP), confirming an address and changing it (1730000015).
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { startPb, PASS, refused } from "./support.mjs";
import { startSmtpSink, smtpSettings } from "../support/smtp-sink.mjs";

const APP_URL = "https://knooppunt.example.nl/netwerk";
let pb;
let sink;

before(async () => {
  sink = await startSmtpSink();
  pb = await startPb();
  const r = await pb.api("PATCH", "/api/settings", { token: pb.su, body: smtpSettings(sink, APP_URL) });
  assert.equal(r.status, 200, r.text);
});

after(() => {
  pb?.stop();
  sink?.stop();
});

const request = (email) => pb.api("POST", "/api/collections/members/request-password-reset", { body: { email } });
const confirm = (token, password) =>
  pb.api("POST", "/api/collections/members/confirm-password-reset", { body: { token, password, passwordConfirm: password } });
const logIn = (email, password) =>
  pb.api("POST", "/api/collections/members/auth-with-password", { body: { identity: email, password } });
const mailsTo = (email) => sink.mails().filter((m) => m.to.some((to) => to.includes(email)));

/** The token in the mail's link to the app's page. */
function tokenIn(mail) {
  const link = mail.html.match(/href="([^"]+)"/)[1].replaceAll("&amp;", "&");
  const url = new URL(link);
  assert.equal(`${url.origin}${url.pathname}`, `${APP_URL}/reset-password`, "the link opens the app's own page");
  return url.searchParams.get("token");
}

test("a member who forgot their password gets a mail with a link that works once", async () => {
  const member = await pb.register("vergeetachtig", "Vergeetachtig Lid");
  const email = "vergeetachtig@knooppunt.test";
  const r = await request(email);
  assert.equal(r.status, 204, r.text);
  const [mail] = await sink.waitFor(() => mailsTo(email).length === 1).then(() => mailsTo(email));
  assert.match(mail.subject, /^Nieuw wachtwoord voor Knooppunt/);
  assert.match(mail.html, /De link werkt één keer en is 30 minuten geldig/);
  assert.match(mail.text, /nieuw wachtwoord/i, "a plain-text part for mail programs without HTML");
  assert.doesNotMatch(mail.html + mail.text, new RegExp(PASS), "no password in the mail");

  const token = tokenIn(mail);
  const fresh = "een-nieuw-wachtwoord-2026";
  assert.equal((await confirm(token, fresh)).status, 204);
  assert.equal((await logIn(email, fresh)).status, 200, "the new password works");
  assert.equal((await logIn(email, PASS)).status, 400, "the old one no longer does");
  const again = await confirm(token, "nog-een-ander-wachtwoord");
  assert.equal(again.status, 400, `a used link is refused: ${again.text}`);
  assert.ok(again.body.data.token, "the refusal names the token");
  assert.ok(member.id);
});

test("an unknown address gets the same answer and no mail", async () => {
  const before = sink.mails().length;
  const r = await request("niemand-bekend@knooppunt.test");
  assert.equal(r.status, 204);
  await new Promise((resolve) => setTimeout(resolve, 500));
  assert.equal(sink.mails().length, before);
});

test("a broken or forged token and a weak new password are refused, and nothing changes", async () => {
  await pb.register("voorzichtig", "Voorzichtig Lid");
  const email = "voorzichtig@knooppunt.test";
  for (const bad of ["", "geen-token", "eyJhbGciOiJIUzI1NiJ9.eyJpZCI6IngifQ.vervalst"]) {
    const r = await confirm(bad, "een-goed-wachtwoord-1");
    assert.equal(r.status, 400, `${JSON.stringify(bad)}: ${r.text}`);
  }
  assert.equal((await request(email)).status, 204);
  await sink.waitFor(() => mailsTo(email).length === 1);
  const token = tokenIn(mailsTo(email)[0]);
  const weak = await confirm(token, "kort");
  assert.equal(weak.status, 400, weak.text);
  assert.ok(weak.body.data.password, "the refusal names the password");
  assert.equal((await logIn(email, PASS)).status, 200, "the old password still works");
});

test("asking again within two minutes sends no second mail; many asks from one address are refused", async () => {
  await pb.register("ongeduldig", "Ongeduldig Lid");
  const email = "ongeduldig@knooppunt.test";
  assert.equal((await request(email)).status, 204);
  await sink.waitFor(() => mailsTo(email).length === 1);
  const statuses = [];
  for (let i = 0; i < 8; i++) statuses.push((await request(email)).status);
  await new Promise((resolve) => setTimeout(resolve, 500));
  assert.equal(mailsTo(email).length, 1, "one mail per address per two minutes");
  assert.ok(statuses.includes(429), `the IP's limit answers 429: ${statuses}`);
});

// ── E-mail verification and changing one's address (1730000015) ──

/** The token in the link of `mail`, which must open the app's `page`. */
function tokenFor(mail, page) {
  const link = mail.html.match(/href="([^"]+)"/)[1].replaceAll("&amp;", "&");
  const url = new URL(link);
  assert.equal(`${url.origin}${url.pathname}`, `${APP_URL}${page}`, `the link opens the app's ${page}`);
  return url.searchParams.get("token");
}

test("the confirmation mail links to the app's page, which confirms the address once", async () => {
  const member = await pb.register("nieuwkomer", "Nieuwkomer");
  const email = "nieuwkomer@knooppunt.test";
  const r = await pb.api("POST", "/api/collections/members/request-verification", { body: { email } });
  assert.equal(r.status, 204, r.text);
  const mails = await sink.waitFor(() => mailsTo(email).some((m) => /Bevestig je e-mailadres/.test(m.subject)));
  const mail = mails.find((m) => m.to.some((to) => to.includes(email)) && /Bevestig je e-mailadres/.test(m.subject));
  const token = tokenFor(mail, "/verify-email");
  assert.equal((await pb.suGet("members", member.id)).verified, false);
  assert.equal((await pb.api("POST", "/api/collections/members/confirm-verification", { body: { token } })).status, 204);
  assert.equal((await pb.suGet("members", member.id)).verified, true);
});

test("a new address is confirmed from a mail to it, with the password; before that nothing changes", async () => {
  const member = await pb.register("verhuizer", "Verhuizer");
  const old = "verhuizer@knooppunt.test";
  const fresh = "verhuisd@knooppunt.test";
  refused(await pb.api("POST", "/api/collections/members/request-email-change", { body: { newEmail: fresh } }), "a visitor");
  const r = await pb.api("POST", "/api/collections/members/request-email-change", { token: member.token, body: { newEmail: fresh } });
  assert.equal(r.status, 204, r.text);
  const mails = await sink.waitFor(() => mailsTo(fresh).length === 1);
  assert.equal(mailsTo(old).filter((m) => /nieuwe e-mailadres/.test(m.subject)).length, 0, "the mail goes to the new address");
  const token = tokenFor(mails.find((m) => m.to.some((to) => to.includes(fresh))), "/confirm-email");
  assert.equal((await logIn(old, PASS)).status, 200, "until confirmed the old address works");

  const wrong = await pb.api("POST", "/api/collections/members/confirm-email-change", { body: { token, password: "niet-het-wachtwoord" } });
  assert.equal(wrong.status, 400, wrong.text);
  assert.equal((await pb.suGet("members", member.id)).email, old);
  const right = await pb.api("POST", "/api/collections/members/confirm-email-change", { body: { token, password: PASS } });
  assert.equal(right.status, 204, right.text);
  assert.equal((await pb.suGet("members", member.id)).email, fresh);
  assert.equal((await logIn(fresh, PASS)).status, 200);
  assert.equal((await logIn(old, PASS)).status, 400, "the old address no longer logs in");
  const me = await pb.api("POST", "/api/collections/members/auth-refresh", { token: member.token });
  assert.equal(me.status, 401, "the sessions of before have ended");
});
