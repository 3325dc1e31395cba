// Structured JSON logs (pino), one object per line on stdout. Every part that logs receives a Logger; request
// handlers get a child that already carries the request id (`c.get('logger')`).
import { pino, type DestinationStream, type Logger as PinoLogger } from 'pino';
import type { Config } from './config.ts';

export type Logger = PinoLogger;

export function createLogger(level: Config['LOG_LEVEL'], destination?: DestinationStream): Logger {
  const options = { level, base: { service: 'pagehub' }, timestamp: pino.stdTimeFunctions.isoTime };
  return destination ? pino(options, destination) : pino(options);
}
