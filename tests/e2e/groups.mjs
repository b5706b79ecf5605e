// Helpers for the theme-group and meeting specs: members, themes and meetings made
// straight through PocketBase's API, so each test starts from its own fresh group.
import { expect } from "@playwright/test";
import { pocketbaseURL } from "./playwright.config.mjs";
import { MEMBER_PASSWORD } from "./helpers.mjs";

// The superuser of the seeded test data (backend/pocketbase/seeded.sh).
const SU = { identity: "root@knooppunt.test", password: "superuser-test-password-1" };
const rec = (collection) => `${pocketbaseURL}/api/collections/${collection}/records`;
const unique = () => `${Date.now().toString(36)}${Math.floor(Math.random() * 1e6).toString(36)}`;

async function ok(response) {
  expect(response.status(), await response.text()).toBe(200);
  return response.json();
}

export async function superuserToken(request) {
  const auth = await ok(await request.post(`${pocketbaseURL}/api/collections/_superusers/auth-with-password`, { data: SU }));
  return auth.token;
}

/** Registers a member through the API: { name, email, password, id, token }. */
export async function apiMember(request, name) {
  const orgs = await ok(await request.get(`${rec("organisations")}?perPage=1`));
  const email = `groep-${unique()}@example.nl`;
  const created = await ok(
    await request.post(rec("members"), {
      data: { name, email, password: MEMBER_PASSWORD, passwordConfirm: MEMBER_PASSWORD, organisation: orgs.items[0].id },
    }),
  );
  const auth = await ok(
    await request.post(`${pocketbaseURL}/api/collections/members/auth-with-password`, {
      data: { identity: email, password: MEMBER_PASSWORD },
    }),
  );
  return { name, email, password: MEMBER_PASSWORD, id: created.id, token: auth.token };
}

/**
 * A fresh theme made by the host, with `owner` as its owner and each of `members`
 * ({ member, role, status }) in it: { id, slug, name }.
 */
export async function themeWith(request, { owner, access = "open", name = "Testthema", members = [] }) {
  const token = await superuserToken(request);
  const headers = { Authorization: token };
  const suffix = unique();
  const theme = await ok(
    await request.post(rec("themes"), {
      headers,
      data: {
        slug: `test-${suffix}`,
        name: `${name} ${suffix}`,
        summary: "Een thema voor deze test.",
        description: "Over **samenwerken**.",
        access,
        tags: ["Testen"],
      },
    }),
  );
  const add = (member, role, status) =>
    request.post(rec("memberships"), { headers, data: { theme: theme.id, member: member.id, role, status } });
  await ok(await add(owner, "owner", "active"));
  for (const m of members) await ok(await add(m.member, m.role ?? "member", m.status ?? "active"));
  return { id: theme.id, slug: theme.slug, name: theme.name };
}

/** A meeting of `theme` made by the host; times as ISO strings in UTC. */
export async function meetingOf(request, theme, { title = "Werksessie", starts, ends, location = "", online_url = "", capacity = 0 }) {
  const token = await superuserToken(request);
  return ok(
    await request.post(rec("events"), {
      headers: { Authorization: token },
      data: {
        theme: theme?.id ?? "",
        title: `${title} ${unique()}`,
        description: "Agenda: kennismaken; casus; afspraken.",
        starts_at: starts,
        ends_at: ends,
        location,
        online_url,
        capacity,
      },
    }),
  );
}

/** The roster row of a member on a theme page. */
export const rosterRow = (page, name) => page.getByRole("listitem").filter({ has: page.getByRole("link", { name, exact: true }) });

/** The role shown beside a member on a theme page ("Eigenaar", "Moderator", "Lid"). */
export const rosterRole = (page, name) => rosterRow(page, name).locator(".kp-roster__role");

/** The member count shown under a theme's name ("3 leden"). */
export async function memberCount(page) {
  const text = await page.locator("[data-member-count]").getAttribute("data-member-count");
  return Number(text);
}
