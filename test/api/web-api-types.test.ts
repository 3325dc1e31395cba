// The web app writes no response type by hand (CONVENTIONS.md, "Types flow from the server to the client"): the
// modules of web/src/api take every request and response type from web/src/api/generated/openapi.ts (generated
// from the server's OpenAPI document, `npm run api:types`) through contract.ts — `Schema<'Commit'>`,
// `Answer<'/api/sites/{id}', 'get'>`, `RequestBody<…>` — or from the server's front doors (src/site's Site).
//
// The rule, checked on the syntax of every .ts file under web/src/api except generated/ and tests:
//   1. No `interface`.
//   2. No object type literal `{ … }` in any type position (an alias, an annotation, an `as`, a type argument):
//      a shape written out is a shape written twice. Mapped types (`{ [K in …]: … }`), Record<…>, Pick/Omit of
//      the generated types are fine — they derive a type, they do not describe one.
//   3. No alias of a literal or a union of literals (`type Role = 'owner' | 'editor'`): the API's enums are in
//      the generated types too.
//   4. Only contract.ts and http-client.ts call apiCall/apiGet/apiPost; the other modules call `api`, whose
//      answer is typed by the path, so no module can name the answer of one route for another.
// Exceptions are declarations named in ALLOWED, each with its reason: the generic type operators of
// contract.ts (they take an operation of `paths` as a parameter, so they cannot spell a route's shape), its
// HTTP methods and success statuses, and state a hook keeps for its screen. A name listed here that no longer exists fails the test too.
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const API_DIRECTORY = fileURLToPath(new URL('../../web/src/api/', import.meta.url));

/** `file: { declaration: why }` — the only places rules 1–3 do not apply. */
const ALLOWED: Record<string, Record<string, string>> = {
  'contract.ts': {
    Method: 'the HTTP methods the web app calls, not an enum of the API',
    SuccessStatus: 'the HTTP statuses a call succeeds with, not an enum of the API',
    JsonOf: 'generic: the JSON content of any response or request body',
    Answer: "generic: an operation's success answers",
    BodyOf: "generic: an operation's request body",
    Input: "generic: an operation's path and query parameters and body",
    AnyInput: 'what the implementation reads of any call input, after the types have checked it',
  },
  'job-events.ts': { JobFollowing: "useJobEvents' state for the screen: the job, the partial document, a connection problem" },
};

const UNTYPED_CALLS = new Set(['apiCall', 'apiGet', 'apiPost']);
const MAY_CALL_UNTYPED = new Set(['contract.ts', 'http-client.ts']);

interface Finding {
  file: string;
  line: number;
  problem: string;
}

const isLiteral = (node: ts.TypeNode): boolean =>
  ts.isParenthesizedTypeNode(node) ? isLiteral(node.type) : ts.isLiteralTypeNode(node) ? node.literal.kind !== ts.SyntaxKind.NullKeyword : ts.isUnionTypeNode(node) && node.types.some(isLiteral) && node.types.every((member) => isLiteral(member) || ts.isLiteralTypeNode(member));

/** The name of the declaration `node` is in (its nearest named ancestor), for reports and the allowance. */
function declarationOf(node: ts.Node): string {
  for (let current: ts.Node | undefined = node; current; current = current.parent) {
    if ((ts.isTypeAliasDeclaration(current) || ts.isInterfaceDeclaration(current) || ts.isFunctionDeclaration(current) || ts.isClassDeclaration(current)) && current.name) return current.name.text;
    if (ts.isVariableDeclaration(current) && ts.isIdentifier(current.name)) return current.name.text;
  }
  return '(module)';
}

/** Rules 1–4 on one file's source. */
function handWrittenTypes(file: string, source: string): Finding[] {
  const tree = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const allowed = ALLOWED[file] ?? {};
  const findings: Finding[] = [];
  const report = (node: ts.Node, problem: string) => {
    const name = declarationOf(node);
    if (name in allowed) return;
    findings.push({ file, line: tree.getLineAndCharacterOfPosition(node.getStart(tree)).line + 1, problem: `${problem} in ${name}` });
  };
  const visit = (node: ts.Node) => {
    if (ts.isInterfaceDeclaration(node)) report(node, `interface ${node.name.text}`);
    else if (ts.isTypeLiteralNode(node)) report(node, `object type literal ${node.getText(tree).replace(/\s+/g, ' ').slice(0, 60)}`);
    else if (ts.isTypeAliasDeclaration(node) && isLiteral(node.type)) report(node, `literal type ${node.type.getText(tree)}`);
    else if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && UNTYPED_CALLS.has(node.expression.text) && !MAY_CALL_UNTYPED.has(file)) report(node, `${node.expression.text}() instead of api`);
    // An interface's or a literal's members are its own problem, reported once.
    if (!ts.isInterfaceDeclaration(node) && !ts.isTypeLiteralNode(node)) ts.forEachChild(node, visit);
  };
  visit(tree);
  return findings;
}

async function apiModules(): Promise<string[]> {
  const entries = await readdir(API_DIRECTORY, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name))
    .map((entry) => relative(API_DIRECTORY, join(entry.parentPath, entry.name)))
    .filter((file) => !file.startsWith('generated'));
}

describe('web/src/api', () => {
  it('writes no request or response type by hand: every one comes from the generated OpenAPI types', async () => {
    const files = await apiModules();
    expect(files).toEqual(expect.arrayContaining(['contract.ts', 'sites-api.ts', 'history-api.ts', 'settings-api.ts', 'publish-api.ts', 'auth-api.ts', 'job-events.ts', 'editor-api.ts']));
    const findings = (await Promise.all(files.map(async (file) => handWrittenTypes(file, await readFile(join(API_DIRECTORY, file), 'utf8'))))).flat();
    expect(findings.map(({ file, line, problem }) => `web/src/api/${file}:${line} ${problem}`)).toEqual([]);
  });

  it('allows only declarations that exist', async () => {
    for (const [file, names] of Object.entries(ALLOWED)) {
      const tree = ts.createSourceFile(file, await readFile(join(API_DIRECTORY, file), 'utf8'), ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
      const declared = tree.statements.flatMap((statement) => (ts.isTypeAliasDeclaration(statement) || ts.isInterfaceDeclaration(statement) ? [statement.name.text] : []));
      expect(declared, file).toEqual(expect.arrayContaining(Object.keys(names)));
    }
  });

  it('finds each kind of hand-written type, and lets derived ones pass', () => {
    const written = [
      "export interface Commit { id: string; summary: string }",
      "export type CommitSource = 'ai' | 'editor';",
      "export type SiteSummary = { id: string; name: string };",
      "export const useSites = () => apiGet<{ sites: string[] }>('/api/sites');",
      "export const createTag = (input: { name: string; commit: string }) => api.post('/api/sites/{id}/tags', { path: { id: 'x' }, body: input });",
      "const answer = JSON.parse(text) as { document: unknown };",
    ].join('\n');
    expect(handWrittenTypes('sites-api.ts', written).map(({ line, problem }) => `${line}: ${problem}`)).toEqual([
      '1: interface Commit in Commit',
      "2: literal type 'ai' | 'editor' in CommitSource",
      '3: object type literal { id: string; name: string } in SiteSummary',
      '4: apiGet() instead of api in useSites',
      '4: object type literal { sites: string[] } in useSites',
      '5: object type literal { name: string; commit: string } in createTag',
      '6: object type literal { document: unknown } in answer',
    ]);
    const derived = [
      "export type CommitEntry = Schema<'Commit'>;",
      "export type CommitSource = CommitEntry['source'];",
      "export type SiteDetail = Omit<Answer<'/api/sites/{id}', 'get'>, 'document'> & Record<'document', Site>;",
      "export const ROLES: Role[] = ['owner', 'editor', 'viewer'];",
      "export const createTag = (siteId: string, input: RequestBody<'/api/sites/{id}/tags', 'post'>) => api.post('/api/sites/{id}/tags', { path: { id: siteId }, body: input });",
      'type AnyOf<Answers> = { [Key in Answers extends unknown ? keyof Answers : never]?: unknown };',
    ].join('\n');
    expect(handWrittenTypes('sites-api.ts', derived)).toEqual([]);
  });
});
