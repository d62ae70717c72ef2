// One workload through Twilio's official Node SDK (twilio-node), against the benchmarks'
// canned server. Prints one JSON line like `workloads run`: the workload's own time (module
// loading and client set-up excluded) and the peak RSS.
//
//     node node_sdk.js BASE_URL fetch|create|stream N [CONCURRENCY]

const twilio = require("twilio");

const ACCOUNT = "ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";
const TOKEN = "bench-auth-token";
const CALL_SID = "CAbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb";

async function main() {
  const [base, workload, nText, concurrencyText] = process.argv.slice(2);
  const n = Number(nText);
  const concurrency = Number(concurrencyText || 32);
  const client = twilio(ACCOUNT, TOKEN);
  // twilio-node has no base-URL option either; its API domain keeps the origin.
  client.api.baseUrl = base;
  const started = process.hrtime.bigint();
  let done = 0;
  if (workload === "fetch") {
    for (let i = 0; i < n; i++) {
      await client.calls(CALL_SID).fetch();
      done++;
    }
  } else if (workload === "create") {
    let next = 0;
    const worker = async () => {
      while (next < n) {
        next++;
        await client.calls.create({
          to: "+15558675310",
          from: "+15017122661",
          url: "https://example.com/twiml",
        });
        done++;
      }
    };
    await Promise.all(Array.from({ length: concurrency }, worker));
  } else if (workload === "stream") {
    await new Promise((resolve, reject) => {
      client.calls.each({ pageSize: 1000, done: (err) => (err ? reject(err) : resolve()) }, () => {
        done++;
      });
    });
  } else {
    throw new Error(`unknown workload ${workload}`);
  }
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (done !== n) throw new Error(`${done} of ${n}`);
  const peak = process.resourceUsage().maxRSS;
  console.log(JSON.stringify({ client: "twilio-node", workload, n, seconds, peak_rss_kib: peak }));
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
