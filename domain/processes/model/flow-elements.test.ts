import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileProcess } from './compile.ts';

const fixture = (name: string) => fs.readFileSync(path.resolve('test/fixtures/bpmn', `${name}.bpmn`), 'utf8');

const wrap = (body: string, head = '') => `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:zeebe="http://camunda.org/schema/zeebe/1.0" id="d" targetNamespace="http://bpmn.io/schema/bpmn">
  ${head}
  <bpmn:process id="p" isExecutable="true">${body}</bpmn:process>
</bpmn:definitions>`;

async function compiled(xml: string) {
  const result = await compileProcess(xml);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.graph;
}

async function problems(xml: string) {
  const result = await compileProcess(xml);
  if (result.ok) throw new Error('compiled although it should be refused');
  return result.problems;
}

describe('inclusive gateway', () => {
  it('compiles to a gateway with conditional flows and a join', async () => {
    const graph = await compiled(fixture('offer-channels'));
    expect(graph.nodes.channels).toMatchObject({ type: 'inclusiveGateway', outgoing: ['f_mail', 'f_call'] });
    expect(graph.nodes.joined).toMatchObject({ type: 'inclusiveGateway', incoming: ['f2', 'f3'] });
    expect(graph.flows.f_mail!.condition).toBe('wantsMail = true');
  });

  it('refuses a forking flow with neither a condition nor the default mark', async () => {
    const xml = wrap(`
      <bpmn:startEvent id="s"><bpmn:outgoing>f1</bpmn:outgoing></bpmn:startEvent>
      <bpmn:inclusiveGateway id="g"><bpmn:incoming>f1</bpmn:incoming><bpmn:outgoing>a</bpmn:outgoing><bpmn:outgoing>b</bpmn:outgoing></bpmn:inclusiveGateway>
      <bpmn:endEvent id="e1"><bpmn:incoming>a</bpmn:incoming></bpmn:endEvent>
      <bpmn:endEvent id="e2"><bpmn:incoming>b</bpmn:incoming></bpmn:endEvent>
      <bpmn:sequenceFlow id="f1" sourceRef="s" targetRef="g" />
      <bpmn:sequenceFlow id="a" sourceRef="g" targetRef="e1"><bpmn:conditionExpression>=x &gt; 1</bpmn:conditionExpression></bpmn:sequenceFlow>
      <bpmn:sequenceFlow id="b" sourceRef="g" targetRef="e2" />`);
    expect(await problems(xml)).toContainEqual(expect.objectContaining({ elementId: 'b', rule: 'gateway.condition_missing' }));
  });
});

describe('event-based gateway', () => {
  it('compiles to a gateway followed by a message and a timer catch event', async () => {
    const graph = await compiled(fixture('reply-wait'));
    expect(graph.nodes.first).toMatchObject({ type: 'eventBasedGateway', outgoing: ['f2', 'f3'] });
    expect(graph.nodes.replied).toMatchObject({ type: 'intermediateCatchEvent', trigger: { kind: 'message', messageName: 'client replied', correlationKey: 'caseId' } });
    expect(graph.nodes.silence).toMatchObject({ trigger: { kind: 'timer', timer: { kind: 'duration', value: { feel: 'waitFor' } } } });
  });

  it('refuses a gateway that leads to a task instead of a catch event', async () => {
    const xml = wrap(`
      <bpmn:startEvent id="s"><bpmn:outgoing>f1</bpmn:outgoing></bpmn:startEvent>
      <bpmn:eventBasedGateway id="g"><bpmn:incoming>f1</bpmn:incoming><bpmn:outgoing>a</bpmn:outgoing></bpmn:eventBasedGateway>
      <bpmn:task id="t"><bpmn:incoming>a</bpmn:incoming><bpmn:outgoing>b</bpmn:outgoing></bpmn:task>
      <bpmn:endEvent id="e"><bpmn:incoming>b</bpmn:incoming></bpmn:endEvent>
      <bpmn:sequenceFlow id="f1" sourceRef="s" targetRef="g" />
      <bpmn:sequenceFlow id="a" sourceRef="g" targetRef="t" />
      <bpmn:sequenceFlow id="b" sourceRef="t" targetRef="e" />`);
    expect(await problems(xml)).toContainEqual(expect.objectContaining({ elementId: 't', rule: 'gateway.event_based_target' }));
  });
});

describe('errors', () => {
  it('compiles an error boundary with its code and an error end event', async () => {
    const boundary = await compiled(fixture('business-error'));
    expect(boundary.nodes.rejected).toMatchObject({ type: 'boundaryEvent', attachedTo: 'fetch', interrupting: true, trigger: { kind: 'error', errorCode: 'connector.http' } });
    expect(boundary.nodes.fetch!.boundary).toEqual(['rejected']);
    const end = await compiled(fixture('uncaught-error'));
    expect(end.nodes.gone).toMatchObject({ type: 'endEvent', result: { kind: 'error', errorCode: 'client.gone' } });
  });

  it('compiles an error boundary without a code as a catch-all', async () => {
    const xml = fixture('business-error').replace('<bpmn:errorEventDefinition errorRef="err_http" />', '<bpmn:errorEventDefinition />');
    const graph = await compiled(xml);
    expect(graph.nodes.rejected).toMatchObject({ trigger: { kind: 'error' } });
    expect(graph.nodes.rejected!.type === 'boundaryEvent' && graph.nodes.rejected.trigger).not.toHaveProperty('errorCode');
  });
});

describe('element ids', () => {
  it('refuses a model in which a task has the id of its process, naming the id', async () => {
    const xml = wrap(`
      <bpmn:startEvent id="s"><bpmn:outgoing>f1</bpmn:outgoing></bpmn:startEvent>
      <bpmn:userTask id="p" name="Terms"><bpmn:incoming>f1</bpmn:incoming><bpmn:outgoing>f2</bpmn:outgoing></bpmn:userTask>
      <bpmn:endEvent id="e"><bpmn:incoming>f2</bpmn:incoming></bpmn:endEvent>
      <bpmn:sequenceFlow id="f1" sourceRef="s" targetRef="p" />
      <bpmn:sequenceFlow id="f2" sourceRef="p" targetRef="e" />`);
    expect(await problems(xml)).toEqual([expect.objectContaining({ elementId: 'p', rule: 'xml.duplicate_id' })]);
  });
});
