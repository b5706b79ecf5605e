// "Wachtwoord vergeten?" (issue 18): PocketBase's own reset flow, with the link pointing
// at the app's page and a limit on how often it can be asked.
//
// - The mail (members.resetPasswordTemplate): Dutch, then English (PocketBase has one
//   template per collection and knows no member's language), with a link to
//   `{APP_URL}/reset-password?token=...`, the app's own page (src/pages/reset_password_page.rs).
//   `{APP_URL}` is the host's "Application URL" (settings.meta.appURL), the address the
//   app is served at, a sub-path included (docs/hosting.md, "Mail").
// - The token: PocketBase signs it with the member's tokenKey, which a new password
//   changes, so a link works once; it expires after 30 minutes (PocketBase's default,
//   said in the mail).
// - Asking: PocketBase sends one mail per address per 2 minutes and answers 204 whether
//   or not the address exists. On top, per IP address: 5 requests per 10 minutes
//   (settings.rateLimits, only this rule; PocketBase answers 429). Hosts that put many
//   members behind one address (an office proxy) may raise it in the dashboard.

const RULE = { label: "members:requestPasswordReset", audience: "", duration: 600, maxRequests: 5 };
const LINK = "{APP_URL}/reset-password?token={TOKEN}";

const SUBJECT = "Nieuw wachtwoord voor {APP_NAME} / New password for {APP_NAME}";
const BODY = [
  "<p>Hallo,</p>",
  "<p>Iemand heeft gevraagd om een nieuw wachtwoord voor je account bij {APP_NAME}. Was jij dat? " +
    `Kies dan een nieuw wachtwoord via deze link: <a href="${LINK}">nieuw wachtwoord kiezen</a>.</p>`,
  "<p>De link werkt één keer en is 30 minuten geldig. Heb je niets gevraagd? Dan hoef je niets te doen: " +
    "je wachtwoord blijft zoals het is.</p>",
  "<hr>",
  "<p lang=\"en\">Someone asked for a new password for your account at {APP_NAME}. If that was you, " +
    `choose a new password here: <a href="${LINK}">choose a new password</a>. The link works once and ` +
    "for 30 minutes. If you did not ask, you need not do anything.</p>",
].join("\n");

migrate((app) => {
  const members = app.findCollectionByNameOrId("members");
  members.resetPasswordTemplate.subject = SUBJECT;
  members.resetPasswordTemplate.body = BODY;
  app.save(members);

  const settings = app.settings();
  settings.rateLimits.enabled = true;
  // Only this rule: PocketBase's example rules (its defaults when enabled from the
  // dashboard) would limit every API call per address, and a rush comes from few.
  settings.rateLimits.rules = [RULE];
  app.save(settings);
}, (app) => {
  const settings = app.settings();
  settings.rateLimits.rules = settings.rateLimits.rules.filter((r) => r.label !== RULE.label);
  settings.rateLimits.enabled = settings.rateLimits.rules.length > 0;
  app.save(settings);
});
