#!/usr/bin/env node
// The package's bin (dist/cli.cjs, written by scripts/bundle.mjs with the bundle's hash filled in). It runs the bundled
// CLI, cli-bundle.cjs beside it, through vm.Script with V8's code cache: Node 20 keeps no compiled code between runs,
// and compiling the bundle was the largest part of a cold start. `npm run build` makes the cache by running the CLI
// once; a run that finds no cache, or one V8 rejects (another Node or other V8 flags), writes it again when it ends,
// unless the folder is read-only (a global install), where every run simply compiles the bundle.
// A CommonJS file: an ES module entry would start Node's ES module loader, which costs more than the cache saves.
'use strict';
const { accessSync, constants: fsConstants, readFileSync, renameSync, rmSync, writeFileSync } = require('node:fs');
const { createRequire } = require('node:module');
const { join } = require('node:path');
const { Script, constants } = require('node:vm');

const bundlePath = join(__dirname, 'cli-bundle.cjs');
// Named after the bundle's content and the Node version, so a new build or another Node never reads an old cache
// (V8 itself only checks the source's length and its own version and flags).
const cachePath = join(__dirname, `cli-bundle.${'@BUNDLE_HASH@'}.${process.version}.cache`);

let cachedData;
try {
  cachedData = readFileSync(cachePath);
} catch {
  // No cache yet: compile, and write one at exit.
}
// The bundle is a function as Node wraps a CommonJS module in (scripts/bundle.mjs writes it so), called below with
// require, module and its own path. Read as latin1: the bundle is ASCII (scripts/bundle.mjs checks), and decoding its
// 2 MB (then) as UTF-8 took 5 ms of every run, latin1 2.
const script = new Script(readFileSync(bundlePath, 'latin1'), {
  filename: bundlePath,
  cachedData,
  // import() of Node's modules (a few dependencies load them so) as from any script of the main context (the
  // constant is Node 20.12's; before it, a function that imports the same).
  importModuleDynamically: constants?.USE_MAIN_CONTEXT_DEFAULT_LOADER ?? ((specifier) => import(specifier)),
});
if (cachedData === undefined || script.cachedDataRejected === true) {
  // At exit, so the cache holds every function this run compiled, not only the top level.
  process.once('exit', () => {
    const written = `${cachePath}.${process.pid}`;
    try {
      // Before making the cache (~1 MB): a read-only install would only throw it away.
      accessSync(__dirname, fsConstants.W_OK);
      writeFileSync(written, script.createCachedData());
      renameSync(written, cachePath);
    } catch {
      // A read-only folder (nothing written) or a full disk: run without a cache, as before.
      rmSync(written, { force: true });
    }
  });
}
const bundleModule = { exports: {} };
script.runInThisContext()(bundleModule.exports, createRequire(bundlePath), bundleModule, bundlePath, __dirname);
