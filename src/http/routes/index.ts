import type { Router } from '../app-env.ts';
import { registerAccountRoutes } from './account.ts';
import { registerAdminRoutes } from './admin.ts';
import { registerAdminErrorRoutes } from './admin-errors.ts';
import { registerAdminPlanRoutes } from './admin-plans.ts';
import { registerAdminSiteRoutes } from './admin-sites.ts';
import { registerAdminAiRoutes } from './admin-ai.ts';
import { registerAssetRoutes } from './assets.ts';
import { registerAuthRoutes } from './auth.ts';
import { registerBillingRoutes } from './billing.ts';
import { registerChatRoutes } from './chat.ts';
import { registerDeploymentRoutes } from './deployments.ts';
import { registerDomainRoutes } from './domains.ts';
import { registerEditRoutes } from './edit.ts';
import { registerFontRoutes } from './fonts.ts';
import { registerFormRoutes } from './forms.ts';
import { registerHealthRoutes } from './health.ts';
import { registerHistoryRoutes } from './history.ts';
import { registerInboxRoutes } from './inbox.ts';
import { registerInviteRoutes } from './invites.ts';
import { registerJobRoutes } from './jobs.ts';
import { registerLiveRoutes } from './live.ts';
import { registerMemberRoutes } from './members.ts';
import { registerOpenApiRoutes } from './openapi.ts';
import { registerSiteRoutes } from './sites.ts';
import { registerTlsRoutes } from './tls.ts';

/** Every area's routes; createApp() registers them in this order. Add one line per new area. */
export const ROUTERS: readonly Router[] = [
  registerHealthRoutes,
  registerAuthRoutes,
  registerAccountRoutes,
  registerSiteRoutes,
  registerHistoryRoutes,
  registerEditRoutes,
  registerChatRoutes,
  registerMemberRoutes,
  registerInviteRoutes,
  registerDeploymentRoutes,
  registerDomainRoutes,
  registerAssetRoutes,
  registerTlsRoutes,
  registerFormRoutes,
  registerInboxRoutes,
  registerFontRoutes,
  registerJobRoutes,
  registerBillingRoutes,
  registerAdminRoutes,
  registerAdminSiteRoutes,
  registerAdminErrorRoutes,
  registerAdminPlanRoutes,
  registerAdminAiRoutes,
  registerLiveRoutes,
  registerOpenApiRoutes,
];
