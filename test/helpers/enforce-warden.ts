// A test Warden whose enforcement settings are hermetic (an encryption key of its own).
import { randomBytes } from 'node:crypto';
import type { EnforceConfig } from '../../src/enforce/config.ts';
import { type Backend, startTestWarden, type TestWarden } from './warden.ts';

export const TEST_ENCRYPTION_KEY = randomBytes(32).toString('base64');

export function startEnforceWarden(backend: Backend, overrides: Partial<EnforceConfig> = {}): Promise<TestWarden> {
  return startTestWarden(backend, {}, { enforce: { encryptionKey: TEST_ENCRYPTION_KEY, ...overrides } });
}
