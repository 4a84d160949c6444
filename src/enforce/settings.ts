// The enforcement configuration in force in this process: read from the environment once,
// replaceable by registerEnforcement (the lead's wiring) or a test.
import { type EnforceConfig, loadEnforceConfig } from './config.ts';

let current: EnforceConfig | undefined;

export function getEnforceConfig(): EnforceConfig {
  current ??= loadEnforceConfig();
  return current;
}

export function setEnforceConfig(overrides: Partial<EnforceConfig> = {}, env: NodeJS.ProcessEnv = process.env): EnforceConfig {
  current = loadEnforceConfig(env, overrides);
  return current;
}

export interface EnforceOpts {
  config?: EnforceConfig;
  now?: Date;
}

export const optsOf = (o: EnforceOpts = {}) => ({ cfg: o.config ?? getEnforceConfig(), now: o.now ?? new Date() });
