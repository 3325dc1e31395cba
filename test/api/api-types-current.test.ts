// web/src/api/generated/openapi.ts is committed so the web app type-checks without a server; this keeps it equal
// to what `npm run api:types` generates from the routes now. A route whose schema changed fails here until the
// file is regenerated — and then `tsc` shows every place in web/src that the change reaches.
import { describe, expect, it } from 'vitest';
import { API_TYPES_PATH, isApiTypesFileCurrent } from '../../scripts/generate-api-types.ts';

describe(API_TYPES_PATH, () => {
  it('is what the OpenAPI document of the routes generates', async () => {
    expect(await isApiTypesFileCurrent(), `${API_TYPES_PATH} is stale: run npm run api:types`).toBe(true);
  });
});
