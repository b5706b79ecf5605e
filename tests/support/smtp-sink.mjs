// A real SMTP server on loopback for the tests that read mail: aiosmtpd (PyPI, in the
// PocketBase venv, backend/pocketbase/requirements.txt) with its Mailbox handler, which
// writes every message it accepts to a Maildir. `mails()` reads them back decoded
// (tests/support/read_maildir.py).
import { spawn, execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createConnection, createServer } from "node:net";
import { tmpdir } from "node:os";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const PYTHON = join(ROOT, ".tools", "pocketbase-venv", "bin", "python");
const READ_MAILDIR = join(ROOT, "tests", "support", "read_maildir.py");

const freePort = () =>
  new Promise((resolve, reject) => {
    const s = createServer().listen(0, "127.0.0.1", () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
    s.on("error", reject);
  });

const answers = (port) =>
  new Promise((resolve) => {
    const c = createConnection({ port, host: "127.0.0.1" }, () => {
      c.end();
      resolve(true);
    });
    c.on("error", () => resolve(false));
  });

/** Starts the sink; returns { host, port, mails(), waitFor(predicate), stop() }. */
export async function startSmtpSink() {
  const dir = mkdtempSync(join(tmpdir(), "knooppunt-smtp-"));
  const maildir = join(dir, "mail");
  const port = await freePort();
  const child = spawn(PYTHON, ["-m", "aiosmtpd", "-n", "-l", `127.0.0.1:${port}`, "-c", "aiosmtpd.handlers.Mailbox", maildir], {
    stdio: ["ignore", "ignore", "pipe"],
  });
  let log = "";
  child.stderr.on("data", (d) => (log += d));
  for (let i = 0; !(await answers(port)); i++) {
    if (child.exitCode !== null || i > 100) throw new Error(`aiosmtpd did not start: ${log}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  const mails = () => JSON.parse(execFileSync(PYTHON, [READ_MAILDIR, maildir], { encoding: "utf8" }));
  return {
    host: "127.0.0.1",
    port,
    mails,
    /** The mails so far once `predicate(mails)` holds (PocketBase sends in the background). */
    async waitFor(predicate, { timeout = 10_000 } = {}) {
      const until = Date.now() + timeout;
      for (;;) {
        const now = mails();
        if (predicate(now)) return now;
        if (Date.now() > until) throw new Error(`no such mail within ${timeout} ms; got ${JSON.stringify(now.map((m) => [m.to, m.subject]))}`);
        await new Promise((r) => setTimeout(r, 100));
      }
    },
    stop() {
      child.kill();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** PocketBase settings that send through the sink, with the app at `appURL`. */
export function smtpSettings(sink, appURL) {
  return {
    meta: { appName: "Knooppunt", appURL, senderName: "Knooppunt", senderAddress: "noreply@knooppunt.test" },
    smtp: { enabled: true, host: sink.host, port: sink.port, tls: false, username: "", password: "" },
  };
}
