// Signing up for a meeting against a real PocketBase (issue 6, part): "Ik kom",
// "Misschien" and "Ik kom niet" as toggle buttons that keep my answer, the number of
// sign-ups following it, and a full meeting refusing one more "Ik kom" in words.
import { test, expect } from "@playwright/test";
import { pocketbaseURL } from "./playwright.config.mjs";
import { detailLinks, expectPage, headingNamedBy, linkByHref, registerMember } from "./helpers.mjs";

test.use({ baseURL: pocketbaseURL });

// The superuser of the seeded test data (backend/pocketbase/seeded.sh).
const SU = { identity: "root@knooppunt.test", password: "superuser-test-password-1" };
const answer = (page, name) => page.getByRole("group", { name: "Aanmelden" }).getByRole("button", { name, exact: true });
const signUps = async (page) => Number((await page.getByRole("main").getByText(/\d+ aanmelding(en)?/).first().innerText()).match(/(\d+) aanmelding/)[1]);

/** A meeting with one place, created by the host (superuser). */
async function meetingWithOnePlace(request) {
  const auth = await (await request.post(`${pocketbaseURL}/api/collections/_superusers/auth-with-password`, { data: SU })).json();
  const start = new Date(Date.now() + 14 * 24 * 3600 * 1000);
  const res = await request.post(`${pocketbaseURL}/api/collections/events/records`, {
    headers: { Authorization: auth.token },
    data: {
      title: `Kleine werksessie ${Date.now()}`,
      description: "Eén plek.",
      starts_at: start.toISOString(),
      ends_at: new Date(start.getTime() + 3600 * 1000).toISOString(),
      location: "Utrecht",
      capacity: 1,
    },
  });
  expect(res.status(), await res.text()).toBe(200);
  return res.json();
}

test("a visitor is asked to log in to sign up", async ({ page }) => {
  await page.goto("/events");
  const [first] = await detailLinks(page, "/events");
  await linkByHref(page, first.href).click();
  await headingNamedBy(page, first.text);
  await expect(page.getByRole("group", { name: "Aanmelden" })).toHaveCount(0);
  await expect(page.getByText("Je moet ingelogd zijn om een reactie te kunnen plaatsen.")).toBeVisible();
});

test("each answer can be chosen, is kept, and the sign-ups follow it", async ({ page }) => {
  await registerMember(page, "Aanmelder", { prefix: "rsvp" });
  await page.goto("/events");
  const [first] = await detailLinks(page, "/events");
  await linkByHref(page, first.href).click();
  await headingNamedBy(page, first.text);
  for (const name of ["Ik kom", "Misschien", "Ik kom niet"]) await expect(answer(page, name)).toHaveAttribute("aria-pressed", "false");
  const before = await signUps(page);

  await answer(page, "Ik kom").click();
  await expect(answer(page, "Ik kom")).toHaveAttribute("aria-pressed", "true");
  await expect.poll(() => signUps(page)).toBe(before + 1);
  await answer(page, "Misschien").click();
  await expect(answer(page, "Misschien")).toHaveAttribute("aria-pressed", "true");
  await expect(answer(page, "Ik kom")).toHaveAttribute("aria-pressed", "false");
  await expect.poll(() => signUps(page)).toBe(before);
  await answer(page, "Ik kom niet").click();
  await expect(answer(page, "Ik kom niet")).toHaveAttribute("aria-pressed", "true");
  await page.reload();
  await expect(answer(page, "Ik kom niet")).toHaveAttribute("aria-pressed", "true");
  await expect(answer(page, "Misschien")).toHaveAttribute("aria-pressed", "false");
});

test("a full meeting refuses one more 'Ik kom' and says so", async ({ page, browser, request }) => {
  const meeting = await meetingWithOnePlace(request);
  const first = await (await browser.newContext({ baseURL: pocketbaseURL })).newPage();
  await registerMember(first, "Eerste Aanmelder", { prefix: "rsvp" });
  await first.goto(`/events/${meeting.id}`);
  await expectPage(first, meeting.title);
  await answer(first, "Ik kom").click();
  await expect(answer(first, "Ik kom")).toHaveAttribute("aria-pressed", "true");
  await first.context().close();

  await registerMember(page, "Te Laat", { prefix: "rsvp" });
  await page.goto(`/events/${meeting.id}`);
  await expectPage(page, meeting.title);
  await expect(page.getByRole("main")).toContainText("Vol: er zijn geen plaatsen meer vrij");
  await answer(page, "Ik kom").click();
  await expect(page.getByRole("alert").filter({ hasText: "Deze bijeenkomst is vol" })).toBeVisible();
  await expect(answer(page, "Ik kom")).toHaveAttribute("aria-pressed", "false");
  // "Misschien" needs no place.
  await answer(page, "Misschien").click();
  await expect(answer(page, "Misschien")).toHaveAttribute("aria-pressed", "true");
});
