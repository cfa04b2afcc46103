// Loaded with --require into each process bench/build-bench.mjs times: prints the process's own CPU time (user +
// system) and peak RSS as it exits, so the figures can be told apart from time spent waiting for a CPU that other
// processes hold. A CommonJS file: `--import` of an ES module starts Node's ES module loader in the timed process,
// which added ~13 ms to each run; this adds ~4.
'use strict';
process.on('exit', () => {
  const { user, system } = process.cpuUsage();
  process.stderr.write(`\ncpu-ms ${Math.round((user + system) / 1000)} rss-kb ${process.resourceUsage().maxRSS}\n`);
});
