// One loopback HTTP server answering like Anthropic (POST /v1/messages), OpenAI and compatible servers
// (POST /v1/chat/completions, and POST /v1/images/generations for pictures) and Google (POST
// /v1beta/models/{model}:generateContent | :streamGenerateContent, and Imagen's :predict for pictures),
// one queued scenario per request, in each provider's real wire format (see wire-answers.ts and the fixtures).
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { RecordedRequest, Scenario, ServerSentEvent, WireAnswer } from './scenarios.ts';
import { wireAnswer, type ProviderRequest } from './wire-answers.ts';

export interface FakeProvider {
  /** What to set as ANTHROPIC_BASE_URL, OPENAI_BASE_URL and GOOGLE_GENERATIVE_AI_BASE_URL. */
  baseUrls: { anthropic: string; openai: string; google: string };
  /** Queues answers for the next requests, in order, whichever provider they reach. */
  enqueue(...scenarios: Scenario[]): void;
  /** Every request received, in order. */
  readonly requests: RecordedRequest[];
  /** Forgets queued scenarios and recorded requests (between tests). */
  reset(): void;
  close(): Promise<void>;
}

export async function startFakeProvider(): Promise<FakeProvider> {
  const queue: Scenario[] = [];
  const requests: RecordedRequest[] = [];
  const server = createServer((request, response) => {
    void handle(request, response).catch((error: unknown) => {
      if (!response.headersSent) response.writeHead(500, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ error: { message: `fake provider failed: ${String(error)}` } }));
    });
  });

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', 'http://fake');
    const text = await readBody(request);
    const body = text === '' ? {} : JSON.parse(text);
    const target = route(request.method ?? 'GET', url.pathname, body);
    if (!target) return sendJson(response, 404, {}, { error: { message: `fake provider: no route for ${request.method} ${url.pathname}` } });
    requests.push({ provider: target.provider, path: `${url.pathname}${url.search}`, headers: request.headers, body });
    const scenario = queue.shift();
    if (!scenario) return sendJson(response, 418, {}, { error: { message: `fake provider: no scenario queued for ${url.pathname}` } });
    if (scenario.kind === 'answer' && scenario.delayMs) await new Promise((resolve) => setTimeout(resolve, scenario.delayMs));
    await send(response, wireAnswer(scenario, target));
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  return {
    baseUrls: { anthropic: `${origin}/v1`, openai: `${origin}/v1`, google: `${origin}/v1beta` },
    enqueue: (...scenarios) => void queue.push(...scenarios),
    requests,
    reset: () => {
      queue.length = 0;
      requests.length = 0;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function route(method: string, pathname: string, body: any): ProviderRequest | undefined {
  if (method !== 'POST') return undefined;
  if (pathname === '/v1/messages') return { provider: 'anthropic', model: body.model, isStreaming: body.stream === true, body };
  if (pathname === '/v1/chat/completions') return { provider: 'openai', model: body.model, isStreaming: body.stream === true, body };
  if (pathname === '/v1/images/generations') return { provider: 'openai', model: body.model, isStreaming: false, isImage: true, body };
  const google = /^\/v1beta\/models\/([^/:]+):(generateContent|streamGenerateContent|predict)$/.exec(pathname);
  if (google) return { provider: 'google', model: decodeURIComponent(google[1]!), isStreaming: google[2] === 'streamGenerateContent', isImage: google[2] === 'predict', body };
  return undefined;
}

async function send(response: ServerResponse, answer: WireAnswer): Promise<void> {
  if (answer.kind === 'hang') return; // the socket stays open until the client gives up or the server closes
  if (answer.kind === 'json') return sendJson(response, answer.status, answer.headers, answer.body);
  response.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache', connection: 'keep-alive' });
  for (const [index, event] of answer.events.entries()) {
    if (index > 0 && answer.delayMs > 0) await new Promise((resolve) => setTimeout(resolve, answer.delayMs));
    if (response.destroyed) return;
    response.write(serverSentEvent(event));
  }
  response.end();
}

function serverSentEvent({ event, data }: ServerSentEvent): string {
  return `${event ? `event: ${event}\n` : ''}data: ${typeof data === 'string' ? data : JSON.stringify(data)}\n\n`;
}

function sendJson(response: ServerResponse, status: number, headers: Record<string, string>, body: unknown): void {
  response.writeHead(status, { 'content-type': 'application/json', ...headers });
  response.end(JSON.stringify(body));
}

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}
