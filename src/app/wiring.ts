// Connects the capabilities to the event pipeline and the HTTP server. Each capability
// registers its event hooks and returns its routes; the order of hooks is the order here.
import type { AppContext } from './context.ts';
import type { RouteModule } from './server.ts';

export async function wireCapabilities(_ctx: AppContext): Promise<RouteModule[]> {
  return [];
}
