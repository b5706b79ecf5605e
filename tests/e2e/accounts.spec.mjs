// Accounts against a real PocketBase serving the same release build (issue 3):
// register, log out, log in, reload and stay logged in; errors that name what to fix;
// returning to the page you came from; an expired session asks to log in again in place.
import { test, expect } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";
import { pocketbaseURL } from "./playwright.config.mjs";
import { expectPage, formatViolations, settle } from "./helpers.mjs";

test.use({ baseURL: pocketbaseURL });

const PASSWORD = "een-lang-wachtwoord";
const JOSE = { email: "m-jose-bakker@demo.knooppunt.nl", password: "knooppunt-demo", name: "José Bakker" };
const uniqueEmail = () => `lid-${Date.now()}-${Math.floor(Math.random() * 1e6)}@example.nl`;

const banner = (page) => page.getByRole("banner");
const loginLink = (page) => banner(page).getByRole("link", { name: "Inloggen", exact: true });
const registerLink = (page) => banner(page).getByRole("link", { name: "Registreren", exact: true });
const logoutButton = (page) => banner(page).getByRole("button", { name: "Uitloggen" });
const alert = (page) => page.getByRole("main").getByRole("alert").filter({ hasText: /\S/ });

async function register(page, { name, email, password = PASSWORD, organisation = 1 }) {
  await page.goto("/register");
  await expectPage(page, "Registreren");
  await page.getByLabel("Naam").fill(name);
  await page.getByLabel("E-mailadres").fill(email);
  await page.getByLabel("Wachtwoord").fill(password);
  const select = page.getByLabel("Organisatie");
  await expect(select.locator("option")).not.toHaveCount(1);
  await select.selectOption({ index: organisation });
  await page.getByRole("button", { name: "Registreren" }).click();
}

async function logIn(page, email, password) {
  await page.getByLabel("E-mailadres").fill(email);
  await page.getByLabel("Wachtwoord").fill(password);
  await page.getByRole("button", { name: "Inloggen" }).click();
}

test("register, reload, log out and log in again", async ({ page }) => {
  const email = uniqueEmail();
  await page.goto("/");
  await expect(loginLink(page)).toBeVisible();
  await registerLink(page).click();
  await register(page, { name: "Renske Registreer", email });

  await expect(banner(page).getByRole("link", { name: "Renske Registreer" })).toBeVisible();
  await expect(logoutButton(page)).toBeVisible();
  await expect(loginLink(page)).toHaveCount(0);

  await page.reload();
  await expect(banner(page).getByRole("link", { name: "Renske Registreer" })).toBeVisible();
  await expect(logoutButton(page)).toBeVisible();

  await logoutButton(page).click();
  await expect(loginLink(page)).toBeVisible();
  await expect(registerLink(page)).toBeVisible();
  await page.reload();
  await expect(loginLink(page)).toBeVisible();
  expect(await page.evaluate(() => localStorage.getItem("knooppunt.sessie"))).toBeNull();

  await loginLink(page).click();
  await expectPage(page, "Inloggen");
  await logIn(page, email, PASSWORD);
  await expect(logoutButton(page)).toBeVisible();
  await expect(banner(page).getByRole("link", { name: "Renske Registreer" })).toBeVisible();
});

test("the member's name links to their own profile with every field", async ({ page }) => {
  await page.goto("/login");
  await logIn(page, JOSE.email, JOSE.password);
  await banner(page).getByRole("link", { name: JOSE.name }).click();
  await expectPage(page, JOSE.name);
});

test("logging in returns to the page you came from", async ({ page }) => {
  await page.goto("/themes");
  await expectPage(page, "Thema's");
  await loginLink(page).click();
  await expect(page).toHaveURL(/\/login\?terug=%2Fthemes$/);
  await logIn(page, JOSE.email, JOSE.password);
  await expect(page).toHaveURL(/\/themes$/);
  await expectPage(page, "Thema's");
  await expect(logoutButton(page)).toBeVisible();
});

test("an empty registration names every field to fill in", async ({ page }) => {
  await page.goto("/register");
  await page.getByRole("button", { name: "Registreren" }).click();
  const summary = alert(page);
  await expect(summary).toContainText("Verbeter het volgende:");
  for (const text of ["Vul je naam in.", "Vul je e-mailadres in.", "Vul je wachtwoord in.", "Kies je organisatie."]) {
    await expect(summary.getByRole("link", { name: text })).toBeVisible();
  }
  await expect(page.getByLabel("Naam")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel("Naam")).toHaveAccessibleDescription("Vul je naam in.");
  await expect(page.getByLabel("Organisatie")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel("Organisatie")).toHaveAccessibleDescription("Kies je organisatie.");
  // The summary entry takes the member to the field.
  await summary.getByRole("link", { name: "Vul je wachtwoord in." }).click();
  await expect(page.getByLabel("Wachtwoord")).toBeFocused();
});

test("bad input is refused with a reason, and nothing is created", async ({ page }) => {
  const email = uniqueEmail();
  await register(page, { name: "Korte Wachtwoord", email: "geen-adres", password: "kort" });
  await expect(alert(page)).toContainText("Vul een geldig e-mailadres in");
  await expect(alert(page)).toContainText("Kies een wachtwoord van minstens 10 tekens.");
  await expect(page).toHaveURL(/\/register$/);

  // The server's own refusal: an address that already has an account.
  await register(page, { name: "Dubbel", email: JOSE.email });
  await expect(alert(page)).toContainText("Er is al een account met dit e-mailadres.");
  await expect(page.getByLabel("E-mailadres")).toHaveAttribute("aria-invalid", "true");
  await expect(loginLink(page)).toBeVisible();

  // Nothing was stored for the refused addresses: logging in with them fails.
  await page.goto("/login");
  await logIn(page, email, "kort");
  await expect(alert(page)).toContainText("Het e-mailadres of het wachtwoord klopt niet.");
});

test("a wrong password is announced and the form keeps the email", async ({ page }) => {
  await page.goto("/login");
  await logIn(page, JOSE.email, "helemaal-niet-goed");
  await expect(alert(page)).toContainText("Het e-mailadres of het wachtwoord klopt niet.");
  await expect(page.getByLabel("E-mailadres")).toHaveValue(JOSE.email);
  await expect(loginLink(page)).toBeVisible();
});

test("an expired session asks to log in again on the same page", async ({ page }) => {
  await page.goto("/login");
  await logIn(page, JOSE.email, JOSE.password);
  await expect(logoutButton(page)).toBeVisible();
  await page.goto("/members?q=bakker");
  await expectPage(page, "Leden");
  // The server no longer accepts the token (as after its expiry or a password change).
  await page.evaluate(() => {
    const session = JSON.parse(localStorage.getItem("knooppunt.sessie"));
    session.token = "verlopen." + session.token.split(".").slice(1).join(".") + "x";
    localStorage.setItem("knooppunt.sessie", JSON.stringify(session));
  });
  await page.reload();
  const notice = page.getByRole("region", { name: "Inloggen" });
  await expect(notice.getByRole("alert").filter({ hasText: /Je sessie is verlopen/ })).toBeVisible();
  await expect(notice.getByLabel("E-mailadres")).toHaveValue(JOSE.email);
  await expect(page.getByRole("searchbox", { name: "Zoek leden" })).toHaveValue("bakker");
  await notice.getByLabel("Wachtwoord").fill(JOSE.password);
  await notice.getByRole("button", { name: "Inloggen" }).click();
  await expect(notice).toHaveCount(0);
  await expect(logoutButton(page)).toBeVisible();
  await expect(page).toHaveURL(/\/members\?q=bakker$/);
  await expect(page.getByRole("searchbox", { name: "Zoek leden" })).toHaveValue("bakker");
});

for (const path of ["/login", "/register"]) {
  test(`${path} has no axe-core violations, also with errors shown`, async ({ page }) => {
    await page.goto(path);
    await settle(page);
    const tags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];
    let results = await new AxeBuilder({ page }).withTags(tags).analyze();
    expect(results.violations, formatViolations(results.violations)).toEqual([]);
    await page.getByRole("main").getByRole("button", { name: path === "/login" ? "Inloggen" : "Registreren" }).click();
    await expect(alert(page)).toBeVisible();
    results = await new AxeBuilder({ page }).withTags(tags).analyze();
    expect(results.violations, formatViolations(results.violations)).toEqual([]);
  });
}
