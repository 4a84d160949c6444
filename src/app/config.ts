// Configuration in two steps: read the environment into a raw object, then validate it
// with a schema and apply defaults. A bad value stops start-up with the variable's name.
import { resolve } from 'node:path';
import { type Static, Type } from '@sinclair/typebox';
import { Value } from '@sinclair/typebox/value';

const ConfigSchema = Type.Object({
  port: Type.Integer({ minimum: 0, maximum: 65535, default: 4000 }),
  host: Type.String({ default: '0.0.0.0' }),
  dataDir: Type.String({ default: './data' }),
  databaseUrl: Type.Optional(Type.String({ pattern: '^postgres(ql)?://' })),
  logLevel: Type.Union(
    ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'].map((l) => Type.Literal(l)),
    { default: 'info' },
  ),
  bodyLimitBytes: Type.Integer({ minimum: 1024, default: 1024 * 1024 }),
  /** Time a client has to send a whole request (headers and body); slower ones get 408 and are closed. */
  requestTimeoutMs: Type.Integer({ minimum: 500, default: 60_000 }),
  rateLimitPerMinute: Type.Integer({ minimum: 1, default: 6000 }),
  /** Failed console logins per account (e-mail) in loginWindowMinutes before 429. */
  loginMaxFailures: Type.Integer({ minimum: 1, default: 5 }),
  /** Failed console logins per client address in loginWindowMinutes before 429. */
  loginMaxFailuresPerIp: Type.Integer({ minimum: 1, default: 20 }),
  loginWindowMinutes: Type.Integer({ minimum: 1, default: 15 }),
  /** Requests with an unknown or malformed API key per client address per minute before 429. */
  unknownKeyLimitPerMinute: Type.Integer({ minimum: 1, default: 30 }),
  /** Requests to the public standing-link pages (/v1/standing/...) per client address per minute. */
  publicRateLimitPerMinute: Type.Integer({ minimum: 1, default: 60 }),
  batchMaxEvents: Type.Integer({ minimum: 1, maximum: 10000, default: 1000 }),
  /**
   * How events are committed: `grouped` (default) runs events that arrive together (concurrent
   * requests within a few milliseconds, a batch, a NATS pull) in one transaction with their
   * row locks in a fixed order; `one-per-tx` gives every event its own transaction (the path
   * before grouping, kept for comparison in `npm run bench`).
   */
  ingestMode: Type.Union([Type.Literal('grouped'), Type.Literal('one-per-tx')], { default: 'grouped' }),
  /**
   * PostgreSQL: keep each connection's parameterised statements prepared after their first use,
   * so the server parses them once (store/db.ts prepareOnFirstUse). Turn off behind a pooler in
   * transaction mode (PgBouncer), which cannot keep a session's prepared statements.
   */
  databasePreparedStatements: Type.Boolean({ default: true }),
  /** Body limit of POST /v1/events/batch; by default room for batchMaxEvents events of 8 KiB each (see batchBodyLimit). */
  batchBodyLimitBytes: Type.Optional(Type.Integer({ minimum: 1024 })),
  /** Secret for signed links (account-standing pages); generated into the data folder when absent. */
  signingSecret: Type.Optional(Type.String({ minLength: 32 })),
  /**
   * A bearer token Prometheus may present on GET /metrics (its `authorization` setting), besides
   * any API key with the `metrics` (or `admin`) scope. At least 32 characters.
   */
  metricsToken: Type.Optional(Type.String({ minLength: 32 })),
  /** Serve the reviewer console at /console when its build exists. */
  console: Type.Boolean({ default: true }),
  /** JSON file overriding trust settings (JSS bands, badge criteria, hold days, ranking weights); see src/trust/config.ts. */
  trustConfigFile: Type.Optional(Type.String({ minLength: 1 })),
  /** `warden serve` also runs the background work (outbox, sweeps, retries, NATS); false when `warden worker` processes run it. */
  serveWorkers: Type.Boolean({ default: true }),
  /** NATS server(s) for distributed ingestion from JetStream; off when absent. */
  natsUrl: Type.Optional(Type.String({ pattern: '^(nats|tls)://' })),
  natsStream: Type.String({ default: 'WARDEN_EVENTS' }),
  natsSubjectPrefix: Type.String({ default: 'warden.events' }),
  /** The marketplace's own domains (look-alike detection, example links). */
  marketplaceDomains: Type.Array(Type.String(), { default: ['upwork.com'] }),
  /** The marketplace's own e-mail addresses on other domains (a support desk): mail to them is not contact off the platform. */
  marketplaceAddresses: Type.Array(Type.String({ pattern: '^[^@\\s]+@[^@\\s]+$' }), { default: [] }),
  /** Network reputation (IP → AS, organisation, country, hosting/VPN kind) from the installed @ip-location-db data; false turns every look-up off. */
  networkReputation: Type.Boolean({ default: true }),
  /** A folder with newer `asn-ipv4-num.csv` and `asn-ipv6-num.csv` (the @ip-location-db/asn layout) instead of the installed package's. */
  networkAsnDir: Type.Optional(Type.String({ minLength: 1 })),
  /** A newer country MMDB file (ip-location-db or MaxMind country layout) instead of the installed package's. */
  networkCountryMmdb: Type.Optional(Type.String({ minLength: 1 })),
  /** A file of Tor exit addresses, one per line, refreshed by the operator (no maintained offline list ships on npm). */
  networkTorExitsFile: Type.Optional(Type.String({ minLength: 1 })),
  /** More hosting ASNs as `asn[:cloud|hosting|vpn|relay]`, comma-separated, on top of src/network/hosting-asns.ts. */
  networkHostingAsns: Type.Array(Type.String({ pattern: '^\\s*([Aa][Ss])?\\d{1,10}\\s*(:\\s*(cloud|hosting|vpn|relay))?\\s*$' }), { default: [] }),
  /** Where the parsed ASN table is cached between starts (default: the OS temp folder). */
  networkCacheDir: Type.Optional(Type.String({ minLength: 1 })),
  /**
   * Worker threads that run the text detectors for long texts off the event loop
   * (detect/pool/); 0 screens every text inline. Default: the cores less one, at least one.
   */
  detectThreads: Type.Optional(Type.Integer({ minimum: 0, maximum: 64 })),
  /** Check every JSON reply against the response schema its route documents; a mismatch answers 500 and is logged (on in the tests). */
  checkResponses: Type.Boolean({ default: false }),
});

export type Config = Static<typeof ConfigSchema>;

const ENV_NAMES: Record<keyof Config, string> = {
  port: 'PORT',
  host: 'HOST',
  dataDir: 'WARDEN_DATA_DIR',
  databaseUrl: 'DATABASE_URL',
  logLevel: 'LOG_LEVEL',
  bodyLimitBytes: 'WARDEN_BODY_LIMIT_BYTES',
  requestTimeoutMs: 'WARDEN_REQUEST_TIMEOUT_MS',
  rateLimitPerMinute: 'WARDEN_RATE_LIMIT_PER_MINUTE',
  loginMaxFailures: 'WARDEN_LOGIN_MAX_FAILURES',
  loginMaxFailuresPerIp: 'WARDEN_LOGIN_MAX_FAILURES_PER_IP',
  loginWindowMinutes: 'WARDEN_LOGIN_WINDOW_MINUTES',
  unknownKeyLimitPerMinute: 'WARDEN_UNKNOWN_KEY_LIMIT_PER_MINUTE',
  publicRateLimitPerMinute: 'WARDEN_PUBLIC_RATE_LIMIT_PER_MINUTE',
  batchMaxEvents: 'WARDEN_BATCH_MAX_EVENTS',
  ingestMode: 'WARDEN_INGEST_MODE',
  databasePreparedStatements: 'WARDEN_DATABASE_PREPARED_STATEMENTS',
  batchBodyLimitBytes: 'WARDEN_BATCH_BODY_LIMIT_BYTES',
  signingSecret: 'WARDEN_SIGNING_SECRET',
  metricsToken: 'WARDEN_METRICS_TOKEN',
  console: 'WARDEN_CONSOLE',
  marketplaceDomains: 'WARDEN_MARKETPLACE_DOMAINS',
  marketplaceAddresses: 'WARDEN_MARKETPLACE_ADDRESSES',
  trustConfigFile: 'WARDEN_TRUST_CONFIG',
  serveWorkers: 'WARDEN_SERVE_WORKERS',
  natsUrl: 'WARDEN_NATS_URL',
  natsStream: 'WARDEN_NATS_STREAM',
  natsSubjectPrefix: 'WARDEN_NATS_SUBJECT_PREFIX',
  checkResponses: 'WARDEN_CHECK_RESPONSES',
  detectThreads: 'WARDEN_DETECT_THREADS',
  networkReputation: 'WARDEN_NETWORK_REPUTATION',
  networkAsnDir: 'WARDEN_NETWORK_ASN_DIR',
  networkCountryMmdb: 'WARDEN_NETWORK_COUNTRY_MMDB',
  networkTorExitsFile: 'WARDEN_NETWORK_TOR_EXITS_FILE',
  networkHostingAsns: 'WARDEN_NETWORK_HOSTING_ASNS',
  networkCacheDir: 'WARDEN_NETWORK_CACHE_DIR',
};

export class ConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConfigError';
  }
}

function readRaw(env: NodeJS.ProcessEnv): Record<string, unknown> {
  const raw: Record<string, unknown> = {};
  for (const [key, name] of Object.entries(ENV_NAMES)) {
    const v = env[name];
    if (v === undefined || v === '') continue;
    raw[key] = v;
  }
  return raw;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env, overrides: Partial<Config> = {}): Config {
  const raw: Record<string, unknown> = { ...readRaw(env), ...overrides };
  for (const list of ['marketplaceDomains', 'marketplaceAddresses', 'networkHostingAsns'] as const)
    if (typeof raw[list] === 'string')
      raw[list] = (raw[list] as string)
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean);
  const withDefaults = Value.Default(ConfigSchema, Value.Convert(ConfigSchema, raw));
  const errors = [...Value.Errors(ConfigSchema, withDefaults)];
  if (errors.length > 0) {
    const e = errors[0];
    const key = e.path.split('/')[1] as keyof Config;
    throw new ConfigError(`invalid configuration: ${ENV_NAMES[key] ?? e.path} ${e.message} (got ${JSON.stringify((raw as Record<string, unknown>)[key])})`);
  }
  const config = withDefaults as Config;
  return { ...config, dataDir: resolve(config.dataDir) };
}

/** Average room per event in a batch body, so a full batch of ordinary events is never 413. */
export const BATCH_BYTES_PER_EVENT = 8 * 1024;

/** The body limit of a batch: the setting, else room for a full batch, and never below the single-request limit. */
export function batchBodyLimit(config: Config): number {
  return config.batchBodyLimitBytes ?? Math.max(config.bodyLimitBytes, config.batchMaxEvents * BATCH_BYTES_PER_EVENT);
}
