// Request validation: one AJV set-up for text on the wire (query string, path parameters,
// headers), another for JSON bodies.
//
// Query and path values arrive as strings, so their validator converts them to the schema's
// type ("?limit=5" → 5, "?flag=true" → true, "?kind=a" → ["a"]). A JSON body already carries
// types: converting there silently turned `{"text": 12345}` into "12345" on /v1/screen,
// disputes, appeals and reviewer management, so bodies are validated as sent and a wrong
// type is a 400 naming the field (problem.ts).
import { AjvCompiler } from '@fastify/ajv-compiler';
import type { FastifyServerOptions } from 'fastify';

/**
 * AJV options both validators share. allErrors: a problem names every invalid field, not only
 * the first. Its cost stays bounded: bodies are capped (bodyLimit), every request string has a
 * maxLength (schemas.ts withBoundedStrings), every request pattern is free of nested
 * repetition (test/reliability/request-shape.test.ts checks both), and the answer lists at
 * most MAX_INVALID_PARAMS fields (errors.ts).
 */
const SHARED = { removeAdditional: false, useDefaults: true, allErrors: true } as const;

type BuildValidator = NonNullable<NonNullable<FastifyServerOptions['schemaController']>['compilersFactory']>['buildValidator'];

/**
 * Fastify's `schemaController.compilersFactory.buildValidator`: called with the shared schemas
 * (addSchema) and the server's `ajv` options; returns a compiler that Fastify calls once per
 * route and part ({ schema, method, url, httpPart }).
 */
export const buildValidator: BuildValidator = (externalSchemas, ajvOptions) => {
  const pool = AjvCompiler();
  const plugins = ajvOptions?.plugins ?? [];
  const onWire = pool(externalSchemas, { plugins, customOptions: { ...SHARED, coerceTypes: 'array' } });
  const asSent = pool(externalSchemas, { plugins, customOptions: { ...SHARED, coerceTypes: false } });
  return (route) => (route.httpPart === 'body' ? asSent(route) : onWire(route));
};
