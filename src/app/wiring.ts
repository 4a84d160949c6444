// Connects the capabilities to the event pipeline and the HTTP server. Each capability
// registers its event hooks and returns its routes; the order of hooks is the order here.

import { policyRoutes } from '../policy/routes.ts';
import { installDefaultPolicies } from '../policy/store.ts';
import { registerScreeningHooks } from '../screening/hooks.ts';
import { screeningRoutes } from '../screening/routes.ts';
import type { AppContext } from './context.ts';
import type { RouteModule } from './server.ts';

export async function wireCapabilities(ctx: AppContext): Promise<RouteModule[]> {
  const installed = await installDefaultPolicies(ctx.db);
  if (installed.length) ctx.log.info({ installed }, 'default policies installed');
  registerScreeningHooks(ctx);
  return [screeningRoutes, policyRoutes];
}
