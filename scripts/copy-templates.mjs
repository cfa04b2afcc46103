#!/usr/bin/env node
// `tsc` emits only JavaScript: copy each client's template.hbs beside its compiled index.js.
import { copyFileSync, existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const from = join(import.meta.dirname, '..', 'src', 'targets');
const to = join(import.meta.dirname, '..', 'dist', 'targets');
for (const entry of readdirSync(from, { withFileTypes: true })) {
  const template = join(from, entry.name, 'template.hbs');
  if (entry.isDirectory() && existsSync(template)) copyFileSync(template, join(to, entry.name, 'template.hbs'));
}
