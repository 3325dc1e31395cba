// The roles a member can have on a site, from least to most: written once here. Table types, the access rules in
// src/auth, the API schema and (through the OpenAPI document) the web app take them from this list; migration
// 0001's CHECK constraints are frozen SQL, and a test holds them to the same roles.

/** viewer: reads · editor: changes content and publishes · owner: everything, members and deleting the site too. */
export const SITE_ROLES = ['viewer', 'editor', 'owner'] as const;
export type SiteRole = (typeof SITE_ROLES)[number];
