// E-mail verification and changing one's e-mail address (issue 18), with PocketBase's own
// flows; the mails link to the app's pages, as the reset mail does (1730000014):
//
// - members.verificationTemplate: sent after registering (the app asks for it) and on
//   "Stuur de bevestigingsmail opnieuw"; the link opens `/verify-email?token=...`, which
//   confirms the address (members.verified).
// - members.confirmEmailChangeTemplate: sent to the *new* address when a logged-in member
//   asks to change theirs; the link opens `/confirm-email?token=...`, where their password
//   confirms it. Until then nothing changes, and the old address keeps working. PocketBase
//   ends every session of the member once it changed.
//
// Dutch, then English: PocketBase has one template per collection. `{APP_URL}` is the
// host's Application URL (docs/hosting.md §5i). PocketBase sends one verification mail per
// address per 2 minutes; both links work once.

const VERIFY = "{APP_URL}/verify-email?token={TOKEN}";
const CHANGE = "{APP_URL}/confirm-email?token={TOKEN}";

const VERIFICATION = {
  subject: "Bevestig je e-mailadres voor {APP_NAME} / Confirm your email address",
  body: [
    "<p>Hallo,</p>",
    `<p>Welkom bij {APP_NAME}. Bevestig je e-mailadres via deze link: <a href="${VERIFY}">e-mailadres bevestigen</a>.</p>`,
    "<p>Heb je geen account aangemaakt? Dan hoef je niets te doen.</p>",
    "<hr>",
    `<p lang="en">Welcome to {APP_NAME}. Confirm your email address here: <a href="${VERIFY}">confirm my email address</a>. ` +
      "If you did not create an account, you need not do anything.</p>",
  ].join("\n"),
};

const EMAIL_CHANGE = {
  subject: "Bevestig je nieuwe e-mailadres voor {APP_NAME} / Confirm your new email address",
  body: [
    "<p>Hallo,</p>",
    "<p>Je hebt gevraagd om dit adres te gebruiken voor je account bij {APP_NAME}. Bevestig het via deze link, " +
      `met je wachtwoord: <a href="${CHANGE}">nieuw e-mailadres bevestigen</a>.</p>`,
    "<p>Heb je dit niet gevraagd? Dan hoef je niets te doen: er verandert niets.</p>",
    "<hr>",
    `<p lang="en">You asked to use this address for your account at {APP_NAME}. Confirm it here, with your password: ` +
      `<a href="${CHANGE}">confirm my new email address</a>. If you did not ask, nothing changes.</p>`,
  ].join("\n"),
};

migrate((app) => {
  const members = app.findCollectionByNameOrId("members");
  members.verificationTemplate.subject = VERIFICATION.subject;
  members.verificationTemplate.body = VERIFICATION.body;
  members.confirmEmailChangeTemplate.subject = EMAIL_CHANGE.subject;
  members.confirmEmailChangeTemplate.body = EMAIL_CHANGE.body;
  app.save(members);
}, (_app) => {
  // PocketBase's own texts come back with a new collection only; these stay harmless.
});
