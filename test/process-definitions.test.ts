import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ProcessVersionSchema } from '../domain/processes/index.ts';
import { complexGateway, linearProcess, serviceTask, userTask } from './support/bpmn.ts';
import { call, userWithRoles } from './support/http.ts';
import { startStack, type Stack } from './support/stack.ts';

let stack: Stack;
let owner: { token: string; id: number };
beforeAll(async () => {
  stack = await startStack();
  owner = await userWithRoles(stack, ['process_owner']);
});
afterAll(() => stack?.stop());

const xmlHeaders = { 'content-type': 'application/bpmn+xml' };
function deploy(key: string, xml: string, token = owner.token, query = '') {
  return call(stack, 'POST', `/process-definitions/${key}/versions${query}`, { raw: xml, token, headers: xmlHeaders });
}

const v1 = linearProcess('claim', [userTask('register', 'Register the claim')], 'Claim handling');
const v2 = linearProcess('claim', [userTask('register', 'Register the claim'), serviceTask('notify', 'Notify the client', 'claims-notify')], 'Claim handling');

describe('deploying a process model', () => {
  it('stores numbered versions; the same model again is not a new version', async () => {
    const first = await deploy('claims', v1);
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({ number: 1, name: 'Claim handling', bpmnProcessId: 'claim', active: true, deployedBy: { id: owner.id } });

    const again = await deploy('claims', v1.replace(/\n/g, '\r\n'));
    expect(again.status, JSON.stringify(again.body)).toBe(200);
    expect(again.body.number).toBe(1);

    const second = await deploy('claims', v2);
    expect(second.status).toBe(201);
    expect(second.body).toMatchObject({ number: 2, active: true });

    const listed = await call(stack, 'GET', '/process-definitions/claims', { token: owner.token });
    expect(listed.body).toMatchObject({ key: 'claims', activeVersion: 2, latestVersion: 2 });
    expect(listed.body.versions.map((v: { number: number }) => v.number)).toEqual([2, 1]);
    expect(listed.body.versions[0].deployedBy.displayName).toMatch(/^User /);
  });

  it('gives back the XML as deployed and the compiled graph', async () => {
    const xml = await fetch(`${stack.url}/api/v1/process-definitions/claims/versions/1/xml`, {
      headers: { authorization: `Bearer ${owner.token}` },
    });
    expect(xml.headers.get('content-type')).toContain('application/xml');
    expect(await xml.text()).toBe(v1);

    const graph = await call(stack, 'GET', '/process-definitions/claims/versions/2/graph', { token: owner.token });
    expect(graph.body.processId).toBe('claim');
    expect(Object.keys(graph.body.nodes)).toEqual(expect.arrayContaining(['start', 'register', 'notify', 'end']));
  });

  it('numbers concurrent deploys of one key without collisions', async () => {
    const models = [1, 2, 3].map((n) => linearProcess('race', [userTask(`t${n}`, `Task ${n}`)]));
    const answers = await Promise.all(models.map((m) => deploy('race', m)));
    expect(answers.map((a) => a.status)).toEqual([201, 201, 201]);
    expect(answers.map((a) => a.body.number).sort()).toEqual([1, 2, 3]);
  });

  it('refuses a model with every offending element named, and stores nothing', async () => {
    const bad = linearProcess('bad', [serviceTask('no_type', 'Call nobody'), complexGateway('cx'), userTask('ok', 'Fine')]);
    const answer = await deploy('bad', bad);
    expect(answer.status).toBe(422);
    expect(answer.type).toContain('application/problem+json');
    expect(answer.body.code).toBe('process.model_refused');
    const offenders = answer.body.errors.map((e: { params: { elementId: string } }) => e.params.elementId);
    expect(offenders).toEqual(expect.arrayContaining(['no_type', 'cx']));
    expect(offenders).not.toContain('ok');
    for (const error of answer.body.errors) {
      expect(error).toMatchObject({ field: 'body.xml', message: expect.any(String), params: { elementType: expect.any(String) } });
    }
    expect(await stack.orm.em.fork().count(ProcessVersionSchema, { definitionKey: 'bad' })).toBe(0);
  });

  it('refuses malformed XML with one clear problem', async () => {
    const answer = await deploy('broken', '<bpmn:definitions><unclosed>');
    expect(answer.status).toBe(422);
    expect(answer.body.errors).toHaveLength(1);
    expect(answer.body.errors[0].params.elementType).toBe('definitions');
  });

  it('lets only process owners and admins deploy', async () => {
    const manager = await userWithRoles(stack, ['sales_manager']);
    const denied = await deploy('sneaky', v1, manager.token);
    expect(denied.status).toBe(403);
    const anonymous = await call(stack, 'POST', '/process-definitions/sneaky/versions', { raw: v1, headers: xmlHeaders });
    expect(anonymous.status).toBe(401);
    expect(await stack.orm.em.fork().count(ProcessVersionSchema, { definitionKey: 'sneaky' })).toBe(0);
    // Reading is open to every signed-in user: managers see the diagrams of their work.
    expect((await call(stack, 'GET', '/process-definitions/claims', { token: manager.token })).status).toBe(200);
  });

  it('refuses a bad key with the field named', async () => {
    const answer = await deploy('no spaces allowed', v1);
    expect(answer.status).toBe(422);
    expect(answer.body.errors[0].field).toBe('params.key');
  });
});

describe('choosing the version new instances start with', () => {
  it('needs If-Match, refuses a stale one, and accepts the current one', async () => {
    const read = await call(stack, 'GET', '/process-definitions/claims', { token: owner.token });
    const tag = read.headers.get('etag')!;

    const without = await call(stack, 'PUT', '/process-definitions/claims/active-version', { token: owner.token, body: { version: 1 } });
    expect(without.status).toBe(428);

    const ok = await call(stack, 'PUT', '/process-definitions/claims/active-version', {
      token: owner.token,
      body: { version: 1 },
      headers: { 'if-match': tag },
    });
    expect(ok.status).toBe(200);
    expect(ok.body.activeVersion).toBe(1);

    const stale = await call(stack, 'PUT', '/process-definitions/claims/active-version', {
      token: owner.token,
      body: { version: 2 },
      headers: { 'if-match': tag },
    });
    expect(stale.status, JSON.stringify(stale.body)).toBe(412);
    expect(stale.body.code).toBe('conflict.stale_version');

    const missing = await call(stack, 'PUT', '/process-definitions/claims/active-version', {
      token: owner.token,
      body: { version: 9 },
      headers: { 'if-match': ok.headers.get('etag')! },
    });
    expect(missing.status).toBe(422);
    expect(missing.body.errors[0].field).toBe('body.version');
  });

  it('keeps the active version when a new one is deployed with activate=false', async () => {
    const v3 = linearProcess('claim', [userTask('register', 'Register the claim (v3)')], 'Claim handling');
    const deployed = await deploy('claims', v3, owner.token, '?activate=false');
    expect(deployed.body).toMatchObject({ number: 3, active: false });
    const read = await call(stack, 'GET', '/process-definitions/claims', { token: owner.token });
    expect(read.body).toMatchObject({ activeVersion: 1, latestVersion: 3 });
  });
});
