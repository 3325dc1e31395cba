// Fake model providers for tests: a loopback server speaking Anthropic's, OpenAI's and Google's wire formats.
export { startFakeProvider, type FakeProvider } from './fake-provider.ts';
export { TRUNCATED_JSON, type FakeProviderName, type RecordedRequest, type Scenario } from './scenarios.ts';
export { providerCases, type ProviderCase } from './provider-cases.ts';
