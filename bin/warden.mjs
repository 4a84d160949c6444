#!/usr/bin/env node
// The `warden` command. It runs the sources compiled once into node_modules/.cache (rebuilt
// when a source changes, see scripts/build-server.mjs); when that build cannot be made, the
// TypeScript sources run through tsx, so a clone never needs a build step.
// WARDEN_RUN_FROM_SOURCE=1 always uses tsx.
let main;
if (process.env.WARDEN_RUN_FROM_SOURCE !== '1') {
  try {
    const { ensureServerBuild } = await import('../scripts/build-server.mjs');
    const entry = await ensureServerBuild();
    process.setSourceMapsEnabled(true); // stack traces name the .ts sources
    ({ main } = await import(entry));
  } catch (err) {
    process.stderr.write(`warden: running from the TypeScript sources (no compiled build: ${err?.message ?? err})\n`);
  }
}
if (!main) {
  const { register } = await import('tsx/esm/api');
  register();
  ({ main } = await import('../src/cli/main.ts'));
}
await main(process.argv.slice(2));
