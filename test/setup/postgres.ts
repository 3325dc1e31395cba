// Vitest global setup: makes a real PostgreSQL available to the suites that run on both backends.
// TEST_DATABASE_URL (a server where we may CREATE DATABASE) wins; otherwise a throw-away cluster is started.
import type { TestProject } from 'vitest/node';
import { startThrowawayPostgres } from '../support/throwaway-postgres.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    postgresUrl: string;
  }
}

export default async function setup(project: TestProject): Promise<() => void> {
  if (process.env.TEST_DATABASE_URL) {
    project.provide('postgresUrl', process.env.TEST_DATABASE_URL);
    return () => {};
  }
  const server = await startThrowawayPostgres();
  project.provide('postgresUrl', server.url);
  return () => server.stop();
}
