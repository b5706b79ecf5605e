// Helpers for the service-worker specs (offline.spec.mjs, pwa-update.spec.mjs): wait for
// the worker to control the page, ask it its version, serve a copy of a build.
import { expect } from "@playwright/test";
import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { h1 } from "./helpers.mjs";
import { HASHED } from "../../scripts/compress.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

/** The version baked into this build's sw.js. */
export const builtVersion = (dir) => readFileSync(path.join(dir, "sw.js"), "utf8").match(/const VERSION = "([0-9a-f]{16})";/)[1];

/**
 * Waits until the service worker the app registers is active and controls the page (the
 * first visit is claimed without a reload) and returns its registration's scope.
 */
export async function untilControlled(page) {
  await expect(h1(page)).toHaveCount(1);
  return page.evaluate(async () => {
    const registration = await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((resolve) => navigator.serviceWorker.addEventListener("controllerchange", resolve, { once: true }));
    }
    return registration.scope;
  });
}

/**
 * Waits until the worker has kept every read this page made, also those from before it
 * controlled the page (a first visit): the app tells it their addresses once it takes
 * control ({type: "knooppunt:bewaar"}, src/state/app_update.rs).
 */
export const earlyReadsKept = (page) =>
  expect
    .poll(
      () =>
        page.evaluate(async (hashed) => {
          const reads = performance
            .getEntriesByType("resource")
            .filter((e) => e.initiatorType === "fetch" && !e.name.endsWith("/api/realtime"))
            // The route chunks are fetched too, but they are the app's own hashed files:
            // precached in the shell, not reads.
            .filter((e) => !new RegExp(hashed).test(new URL(e.name).pathname))
            .map((e) => e.name);
          const cache = await caches.open("knooppunt-data");
          const missing = [];
          for (const url of reads) if (!(await cache.match(url, { ignoreVary: true }))) missing.push(url);
          return missing;
        }, HASHED.source),
      { message: "reads the worker has not kept" },
    )
    .toEqual([]);

/** The version the controlling worker reports (it answers "knooppunt:versie"). */
export const controllerVersion = (page) =>
  page.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const controller = navigator.serviceWorker.controller;
        if (!controller) return reject(new Error("geen service worker in controle"));
        const channel = new MessageChannel();
        channel.port1.onmessage = (e) => resolve(e.data.version);
        controller.postMessage({ type: "knooppunt:versie" }, [channel.port2]);
      }),
  );

/** Starts scripts/serve.mjs on a free port; resolves to { url, stop }. */
export async function serve(dir, extra = []) {
  const child = spawn("node", ["scripts/serve.mjs", "--dir", dir, "--port", "0", ...extra], {
    cwd: root,
    stdio: ["ignore", "pipe", "pipe"],
  });
  const url = await new Promise((resolve, reject) => {
    child.stdout.on("data", (d) => {
      const m = String(d).match(/draait op (http:\/\/\S+)/);
      if (m) resolve(m[1]);
    });
    child.on("exit", (code) => reject(new Error(`serve.mjs stopte met ${code}`)));
  });
  return { url, stop: () => child.kill() };
}
