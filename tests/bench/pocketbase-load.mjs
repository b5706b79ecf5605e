// A small keep-alive load client, for tests/bench/pocketbase.sh when wrk is not installed.
// Prints, never asserts.
//
//   node tests/bench/pocketbase-load.mjs --url http://127.0.0.1:8090 --path '/api/...' \
//        [--token TOKEN] [--clients 50] [--seconds 30]
//
// `clients` loops, each sending the next request as soon as the previous answer is read,
// over one http.Agent (keepAlive, maxSockets = clients). An error is a status outside
// 200-299, a socket error or no answer within 10 s.
import http from "node:http";

export async function load({ url, path, token = "", clients = 50, seconds = 30, timeoutMs = 10_000 }) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: clients, maxFreeSockets: clients });
  const target = new URL(path, url);
  const headers = token ? { Authorization: token } : {};
  const latencies = [];
  const errors = { status: 0, socket: 0, timeout: 0 };
  let bytes = 0;
  const start = performance.now();
  const end = start + seconds * 1000;

  const one = () =>
    new Promise((resolve) => {
      const t0 = performance.now();
      const req = http.request(target, { agent, headers, timeout: timeoutMs }, (res) => {
        res.on("data", (chunk) => (bytes += chunk.length));
        res.on("end", () => {
          if (res.statusCode >= 200 && res.statusCode < 300) latencies.push(performance.now() - t0);
          else errors.status++;
          resolve();
        });
        res.on("error", () => {
          errors.socket++;
          resolve();
        });
      });
      req.on("timeout", () => {
        errors.timeout++;
        req.destroy(new Error("timeout"));
      });
      req.on("error", (e) => {
        if (e.message !== "timeout") errors.socket++;
        resolve();
      });
      req.end();
    });

  await Promise.all(
    Array.from({ length: clients }, async () => {
      while (performance.now() < end) await one();
    }),
  );
  const elapsed = (performance.now() - start) / 1000;
  agent.destroy();
  latencies.sort((a, b) => a - b);
  const pct = (p) => (latencies.length ? latencies[Math.max(0, Math.ceil((p / 100) * latencies.length) - 1)] : NaN);
  const requests = latencies.length + errors.status + errors.socket + errors.timeout;
  return {
    tool: "node",
    requests,
    seconds: elapsed,
    rps: requests / elapsed,
    bytes,
    errors: errors.status + errors.socket + errors.timeout,
    errorDetail: errors,
    p50: pct(50),
    p90: pct(90),
    p99: pct(99),
    max: latencies.at(-1) ?? NaN,
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const arg = (name, fallback) => {
    const i = process.argv.indexOf(`--${name}`);
    return i >= 0 ? process.argv[i + 1] : fallback;
  };
  const result = await load({
    url: arg("url"),
    path: arg("path"),
    token: arg("token", ""),
    clients: Number(arg("clients", 50)),
    seconds: Number(arg("seconds", 30)),
  });
  console.log(JSON.stringify(result));
}
