// The plans' own limits (built-in, with BILLING_PLANS laid over them), for the Settings screen's limits per plan:
// each field shows what the plan itself allows when the operator sets nothing. Platform admins only.
import { createRoute, z } from '@hono/zod-openapi';
import { COUNTED_FEATURES, PLAN_IDS, type PlanId } from '../../billing/index.ts';
import type { Router } from '../app-env.ts';
import { jsonResponse } from '../schemas.ts';
import { admin, ADMIN_PROBLEMS, requireAdmin } from './admin.ts';

const Ceiling = z.number().int().nullable().openapi({ description: 'null: no ceiling' });
const PlanLimitsSchema = z.object(Object.fromEntries(COUNTED_FEATURES.map((feature) => [feature, Ceiling])) as Record<(typeof COUNTED_FEATURES)[number], typeof Ceiling>);

const route = createRoute({
  ...admin('get', '/api/admin/plans', 'adminListPlans', 'The plans’ own limits, before the limits per plan set in Settings'),
  responses: { 200: jsonResponse('Plans', z.object({ plans: z.array(z.object({ id: z.string(), name: z.string(), limits: PlanLimitsSchema })) })), ...ADMIN_PROBLEMS },
});

export const registerAdminPlanRoutes: Router = (app, { billing }) => {
  app.openapi(route, async (c) => {
    requireAdmin(c);
    const ids: PlanId[] = [...PLAN_IDS, 'unlimited'];
    const plans = ids.map((id) => ({ id, name: billing.plans[id].name, limits: Object.fromEntries(COUNTED_FEATURES.map((feature) => [feature, billing.plans[id].limits[feature]])) as z.infer<typeof PlanLimitsSchema> }));
    return c.json({ plans }, 200);
  });
};
