// Builds the HTTP server: plugins, auth, error handling, docs, operations endpoints, and
// the routes of every capability. Handlers stay thin; logic lives in the services.
import { randomUUID } from 'node:crypto';
import rateLimit from '@fastify/rate-limit';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import Fastify, {
  type FastifyBaseLogger,
  type FastifyInstance,
  LogController,
  type RawReplyDefaultExpression,
  type RawRequestDefaultExpression,
  type RawServerDefault,
} from 'fastify';
import FindMyWay, { type HTTPMethod } from 'find-my-way';
import { registerAuth } from '../access/auth.ts';
import { accessRoutes } from '../access/routes.ts';
import { eventRoutes } from '../events/routes.ts';
import { ping } from '../store/db.ts';
import type { AppContext } from './context.ts';
import { toProblem, WardenError } from './errors.ts';
import { rejectUnstorableInput } from './input-guard.ts';
import { clientErrorProblem, sendProblem } from './problem.ts';
import { Open, ProblemSchema, problems, responseMismatch, withBoundedStrings } from './schemas.ts';
import { buildValidator } from './validation.ts';

/** The server as route modules see it: request types come from the route's TypeBox schemas. */
export type WardenApp = FastifyInstance<RawServerDefault, RawRequestDefaultExpression, RawReplyDefaultExpression, FastifyBaseLogger, TypeBoxTypeProvider>;
export type RouteModule = (app: WardenApp, ctx: AppContext) => Promise<void>;

/** Ids may be 200 characters and reviewers' e-mails 320, percent-encoded up to three times longer. */
const MAX_PARAM_LENGTH = 1024;

/** Every capability adds its routes here. */
const ROUTE_MODULES: RouteModule[] = [accessRoutes, eventRoutes];

export async function buildServer(ctx: AppContext, extra: RouteModule[] = []): Promise<FastifyInstance> {
  const app = Fastify({
    loggerInstance: ctx.log as unknown as FastifyBaseLogger,
    bodyLimit: ctx.config.bodyLimitBytes,
    // Fastify's default (0) lets a slow or stalled body hold a socket for ever. Node checks
    // the deadline every connectionsCheckingInterval, so that is kept well below it.
    requestTimeout: ctx.config.requestTimeoutMs,
    http: {
      headersTimeout: Math.min(ctx.config.requestTimeoutMs, 30_000),
      connectionsCheckingInterval: Math.max(250, Math.min(5_000, Math.floor(ctx.config.requestTimeoutMs / 4))),
    },
    genReqId: (req) =>
      typeof req.headers['x-request-id'] === 'string' && req.headers['x-request-id'].length <= 100 ? req.headers['x-request-id'] : randomUUID(),
    requestIdHeader: false,
    // Per-request lines only when debugging: at thousands of events/s they drown the log.
    logController: new LogController({ disableRequestLogging: ctx.config.logLevel !== 'debug' && ctx.config.logLevel !== 'trace' }),
    // Query and path text is converted to the schema's types; JSON bodies are validated as sent.
    schemaController: { compilersFactory: { buildValidator } },
    return503OnClosing: true,
    // Fastify's default of 100 answered 414 on id-based URLs.
    routerOptions: { maxParamLength: MAX_PARAM_LENGTH },
    // The router's and the HTTP parser's own errors (bad percent-encoding, an over-long
    // parameter, header overflow, timeouts) answer problem+json like every other error.
    frameworkErrors: (error, req, reply) => sendProblem(req, reply, error),
    clientErrorHandler: clientErrorProblem,
  });

  app.addHook('onSend', async (req, reply) => {
    reply.header('x-request-id', req.id);
  });
  app.addHook('onResponse', async (req, reply) => {
    ctx.metrics.httpDuration.observe(
      { method: req.method, route: req.routeOptions.url ?? 'unmatched', status: String(reply.statusCode) },
      reply.elapsedTime / 1000,
    );
  });
  // Before validation (to name the raw field) and after it (coercion turns "1e309" into Infinity).
  app.addHook('preValidation', rejectUnstorableInput);
  app.addHook('preHandler', rejectUnstorableInput);
  // JSON endpoints take JSON only: Fastify's built-in text/plain parser handed them a string,
  // which failed as "body must be object" (400) instead of 415. Raw uploads have their own
  // parser in their own context (attachments/routes.ts).
  app.removeContentTypeParser('text/plain');
  app.setErrorHandler((error, req, reply) => sendProblem(req, reply, error));
  // Every route's path, by method, to tell "no such path" (404) from "not with this method"
  // (405 with Allow, RFC 9110 §15.5.6). Fastify's router is not asked: it has no lookup by a concrete URL.
  const paths = FindMyWay({ maxParamLength: MAX_PARAM_LENGTH });
  const methods = new Set<HTTPMethod>();
  app.addHook('onRoute', (route) => {
    for (const method of [route.method].flat() as HTTPMethod[]) {
      methods.add(method);
      if (!paths.hasRoute(method, route.url)) paths.on(method, route.url, () => {});
    }
  });
  app.setNotFoundHandler((req, reply) => {
    const path = req.url.split('?')[0];
    const allow = [...methods].filter((m) => m !== req.method && paths.find(m, path));
    if (!allow.length) return sendProblem(req, reply, new WardenError('NotFound', `no route for ${req.method} ${path}`));
    reply.header('allow', allow.join(', '));
    return sendProblem(
      req,
      reply,
      new WardenError('MethodNotAllowed', `${path} does not take ${req.method}; it takes ${allow.join(', ')}`, { extra: { allow } }),
    );
  });

  app.addSchema(ProblemSchema);
  // Every documented operation answers problem+json on errors: the statuses any route can
  // give are added here, the ones particular to a route (404, 409 ...) by the route itself.
  app.addHook('onRoute', (route) => {
    const schema = route.schema;
    if (!schema) return;
    for (const part of ['body', 'querystring', 'params', 'headers'] as const) if (schema[part]) schema[part] = withBoundedStrings(schema[part]);
    if (schema.hide) return;
    const statuses = [500];
    if (schema.body || schema.querystring || schema.params) statuses.push(400);
    if (schema.params) statuses.push(404);
    if ((route.config as { scope?: unknown } | undefined)?.scope !== null) statuses.push(401, 403, 429);
    const response = (schema.response ?? {}) as Record<string, unknown>;
    for (const [status, def] of Object.entries(problems(...statuses))) response[status] ??= def;
    schema.response = response;
  });
  if (ctx.config.checkResponses) {
    app.addHook('preSerialization', async (req, reply, payload) => {
      const why = responseMismatch(req.routeOptions.schema?.response, reply.statusCode, reply.getHeader('content-type') as string | undefined, payload);
      if (why) throw new Error(`the ${reply.statusCode} reply of ${req.method} ${req.routeOptions.url} does not match its documented schema: ${why}`);
      return payload;
    });
  }

  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Warden API',
        version: '1',
        description: 'Trust & safety for work marketplaces: events in; decisions, cases, enforcement and trust signals out.',
      },
      components: { securitySchemes: { apiKey: { type: 'http', scheme: 'bearer', description: 'An API key (wdn_...) or a console session token' } } },
      security: [{ apiKey: [] }],
    },
    // Shared schemas keep their $id as their name in the document (event.message.sent ...).
    refResolver: { buildLocalReference: (json, _base, _fragment, i) => (typeof json.$id === 'string' ? json.$id : `def-${i}`) },
  });
  await app.register(swaggerUi, { routePrefix: '/docs', uiConfig: { docExpansion: 'list' } });

  registerAuth(app, ctx.db, ctx.throttles.unknownKey);
  await app.register(rateLimit, {
    max: ctx.config.rateLimitPerMinute,
    timeWindow: '1 minute',
    hook: 'preHandler', // after authentication, so the limit is per API key
    keyGenerator: (req) => (req.principal ? `${req.principal.kind}:${req.principal.id}` : req.ip),
    allowList: (req) => !req.principal,
  });

  app.get(
    '/healthz',
    {
      config: { scope: null },
      schema: {
        tags: ['operations'],
        summary: 'The process is alive',
        response: { 200: Open({ status: Type.Literal('ok') }, { examples: [{ status: 'ok' }] }) },
      },
    },
    async () => ({ status: 'ok' }),
  );
  app.get(
    '/readyz',
    {
      config: { scope: null },
      schema: {
        tags: ['operations'],
        summary: 'The database answers, and NATS ingestion is connected when configured',
        response: {
          200: Open({ status: Type.Literal('ready'), database: Type.String() }, { examples: [{ status: 'ready', database: 'pglite' }] }),
          ...problems(503),
        },
      },
    },
    async (req, reply) => {
      const notReady = (detail: string) =>
        reply
          .status(503)
          .type('application/problem+json')
          .send(toProblem(new WardenError('Unavailable', detail), req.url));
      try {
        await ping(ctx.db);
      } catch {
        return notReady('the database does not answer');
      }
      for (const [name, check] of ctx.readiness) {
        const why = check();
        if (why) return notReady(`${name}: ${why}`);
      }
      return { status: 'ready', database: ctx.dbKind };
    },
  );
  // Not public: the measures describe the platform's abuse and its queues. Prometheus scrapes
  // with an API key of scope `metrics` or with WARDEN_METRICS_TOKEN, as a bearer token.
  app.get(
    '/metrics',
    { config: { scope: 'metrics', bearerToken: ctx.config.metricsToken }, schema: { tags: ['operations'], summary: 'Prometheus metrics', hide: true } },
    async (_req, reply) => reply.type(ctx.metrics.registry.contentType).send(await ctx.metrics.registry.metrics()),
  );

  const typed = app.withTypeProvider<TypeBoxTypeProvider>();
  for (const mod of [...ROUTE_MODULES, ...extra]) await mod(typed, ctx);
  return app;
}
