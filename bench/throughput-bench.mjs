// End to end: `snipforge generate` of a 1,000-request Postman collection in the 11 docs targets, printed to stdout, as
// a process (start-up included), against postman-code-generators doing the same in one process (the Postman SDK loads
// the collection, each request is converted to each target's equivalent and printed). Runs interleaved; medians.
// Run with `npm run bench` (builds dist/ first); writes reports/bench-throughput.md. Exits non-zero only on a crash.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { targetInfos as allTargetInfos } from "../dist/index.js";
import { comparedTargets, EQUIVALENTS } from "./equivalents.mjs";
import { collectionItems, postmanCollection } from "./workload.mjs";

const root = join(import.meta.dirname, "..");
const REQUESTS = 1000;
const RUNS = 5;
/** Issue 15: generate to stdout at least this many times faster than Postman's generators in one process. */
const GOAL_RATIO = 10;
const targetIds = comparedTargets(allTargetInfos).map((info) => info.id);

if (process.argv[2] === "--postman") {
  // The peer's process: load the tools, read the collection, print every snippet.
  const require = createRequire(import.meta.url);
  const codegen = require("postman-code-generators");
  const { Collection } = require("postman-collection");
  const collection = new Collection(
    JSON.parse(readFileSync(process.argv[3], "utf8")),
  );
  const chunks = [];
  collection.forEachItem((item) => {
    for (const id of targetIds) {
      const [language, variant] = EQUIVALENTS[id].postman;
      codegen.convert(language, variant, item.request, {}, (error, snippet) => {
        if (error) throw error;
        chunks.push(`==> ${item.name} · ${id} <==\n${snippet}\n`);
      });
    }
  });
  // No process.exit: it would cut off what the pipe has not taken yet.
  process.stdout.write(chunks.join("\n"));
} else {
  compare();
}

function compare() {
  const loadBefore = loadavg()[0];
  const work = mkdtempSync(join(tmpdir(), "snipforge-throughput-"));
  const collectionPath = join(work, "api.postman_collection.json");
  writeFileSync(
    collectionPath,
    JSON.stringify(postmanCollection(collectionItems(REQUESTS))),
  );

  const contenders = {
    snipforge: [
      join(root, "dist", "cli.cjs"),
      "generate",
      collectionPath,
      "--target",
      targetIds.join(","),
    ],
    "postman-code-generators": [
      import.meta.filename,
      "--postman",
      collectionPath,
    ],
  };
  const times = Object.fromEntries(
    Object.keys(contenders).map((name) => [name, []]),
  );
  const outputSizes = {};
  // One untimed round first: it warms the disk cache for every contender alike.
  for (let run = 0; run < RUNS + 1; run++) {
    for (const [name, args] of Object.entries(contenders)) {
      const started = process.hrtime.bigint();
      const result = spawnSync(process.execPath, args, {
        cwd: root,
        stdio: ["ignore", "pipe", "pipe"],
        maxBuffer: 1 << 30,
      });
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      if (result.status !== 0)
        throw new Error(`${name} failed: ${result.stderr}`);
      outputSizes[name] = result.stdout.length;
      if (run > 0) times[name].push(ms);
    }
  }
  rmSync(work, { recursive: true, force: true });

  const median = (list) =>
    [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)];
  const ours = median(times.snipforge);
  const theirs = median(times["postman-code-generators"]);
  const ratio = theirs / ours;
  const lines = [
    "# Throughput: generate 1,000 requests × 11 targets to stdout",
    "",
    `Written by \`npm run bench\` (bench/throughput-bench.mjs): a Postman collection of ${REQUESTS} requests drawn from test/fixtures/requests, ${targetIds.length} targets, each tool as one process (start-up included), ${RUNS} interleaved runs after one untimed round; medians of wall time. node ${process.version}, load average (1 min) before ${loadBefore.toFixed(1)}, after ${loadavg()[0].toFixed(1)}.`,
    "",
    "| contender | median | output | all runs (ms) |",
    "| --- | ---: | ---: | --- |",
    ...Object.keys(contenders).map(
      (name) =>
        `| ${name} | ${(median(times[name]) / 1000).toFixed(2)} s | ${(outputSizes[name] / 1e6).toFixed(1)} MB | ${times[name].map(Math.round).join(", ")} |`,
    ),
    "",
    `Goal (issue 15): snipforge at least ${GOAL_RATIO}× faster than postman-code-generators in one process; measured ${ratio.toFixed(1)}× (${ratio >= GOAL_RATIO ? "met" : "not met"}).`,
    "",
  ];
  writeFileSync(join(root, "reports", "bench-throughput.md"), lines.join("\n"));
  console.log(lines.join("\n"));
}
