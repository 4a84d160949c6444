// The console's API types cannot drift from the API: console/src/api/openapi.d.ts must be what
// scripts/console-api-types.ts generates from today's OpenAPI document (regenerate with
// `node bin/tsx.mjs scripts/console-api-types.ts`); the type-check then holds every typed call
// of the console to it.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { API_TYPES_FILE, consoleApiTypes } from '../../scripts/console-api-types.ts';

describe("the console's generated API types", () => {
  it('match the OpenAPI document the server serves', { timeout: 120_000 }, async () => {
    const generated = await consoleApiTypes();
    expect(generated).toContain('"/v1/policies/{name}/validate"');
    // Compared whole: any change of a path, parameter, body or reply shows here first.
    expect(readFileSync(API_TYPES_FILE, 'utf8') === generated, 'console/src/api/openapi.d.ts is stale: run node bin/tsx.mjs scripts/console-api-types.ts').toBe(
      true,
    );
  });
});
