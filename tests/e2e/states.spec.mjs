// Loading and error states of the lists: a slow backend shows that it is loading (and
// never a false "0 leden"), a failing one shows a Dutch error with a retry that works.
import { test, expect } from "@playwright/test";
import { expectPage, memberList, resultsStatus, detailLinks } from "./helpers.mjs";

test("while the data loads the directory says so, and never claims there are no members", async ({ page }) => {
  let release;
  const released = new Promise((resolve) => (release = resolve));
  await page.route("**/data/**", async (route) => {
    await released;
    await route.continue();
  });
  await page.goto("/members");
  await expectPage(page, "Leden");
  await expect(page.getByRole("status").filter({ hasText: /laden/i }).first()).toBeVisible();
  await expect(page.getByText(/Geen leden gevonden/)).toHaveCount(0);
  await expect(resultsStatus(page).filter({ hasText: /\b0 leden\b/ })).toHaveCount(0);
  release();
  await expect(memberList(page).getByRole("listitem").first()).toBeVisible();
  await expect(page.getByRole("status").filter({ hasText: /laden/i })).toHaveCount(0);
});

for (const [path, heading, prefix] of [
  ["/members", "Leden", "/members"],
  ["/themes", "Thema's", "/themes"],
  ["/wall", "Kennismuur", "/wall"],
  ["/events", "Bijeenkomsten", "/events"],
]) {
  test(`${path}: a failing backend shows a Dutch error with "Opnieuw proberen", and retrying works`, async ({ page }) => {
    let failing = true;
    await page.route("**/data/**", (route) =>
      failing ? route.fulfill({ status: 503, contentType: "text/plain", body: "Service Unavailable" }) : route.continue(),
    );
    await page.goto(path);
    await expectPage(page, heading);
    const alert = page.getByRole("alert");
    await expect(alert).toBeVisible();
    // A message for people, in Dutch: not a status code or a Rust error dump.
    await expect(alert).toContainText(/\b(niet|kon|probeer|server|fout|mislukt)\b/i);
    await expect(alert).not.toContainText(/\b(Error|undefined|null|panicked)\b/);
    const retry = page.getByRole("button", { name: "Opnieuw proberen" });
    await expect(retry).toBeVisible();

    failing = false;
    await retry.click();
    await detailLinks(page, prefix);
    await expect(page.getByRole("alert")).toHaveCount(0);
  });
}
