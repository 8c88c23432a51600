import { describe, expect, it } from 'vitest';
import { compileProcess } from './compile.ts';

const model = (taskExtensions: string, processExtensions = '') => `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:zeebe="http://camunda.org/schema/zeebe/1.0" id="d" targetNamespace="http://bpmn.io/schema/bpmn">
  <bpmn:process id="p" isExecutable="true">${processExtensions}
    <bpmn:startEvent id="s"><bpmn:outgoing>f1</bpmn:outgoing></bpmn:startEvent>
    <bpmn:userTask id="review" name="Review"><bpmn:extensionElements>${taskExtensions}</bpmn:extensionElements><bpmn:incoming>f1</bpmn:incoming><bpmn:outgoing>f2</bpmn:outgoing></bpmn:userTask>
    <bpmn:endEvent id="e"><bpmn:incoming>f2</bpmn:incoming></bpmn:endEvent>
    <bpmn:sequenceFlow id="f1" sourceRef="s" targetRef="review" />
    <bpmn:sequenceFlow id="f2" sourceRef="review" targetRef="e" />
  </bpmn:process>
</bpmn:definitions>`;

describe('listeners', () => {
  it.each([
    ['execution', '<zeebe:executionListeners><zeebe:executionListener eventType="start" type="audit" /></zeebe:executionListeners>'],
    ['task', '<zeebe:taskListeners><zeebe:taskListener eventType="completing" type="audit" /></zeebe:taskListeners>'],
  ])('refuses %s listeners on a task, which no worker of ours would answer', async (_kind, listeners) => {
    const result = await compileProcess(model(listeners));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toEqual([expect.objectContaining({ elementId: 'review', reason: expect.stringMatching(/listeners are not supported/) })]);
  });

  it('refuses listeners on the process itself, which would be skipped just the same', async () => {
    const onProcess = '<bpmn:extensionElements><zeebe:executionListeners><zeebe:executionListener eventType="end" type="audit" /></zeebe:executionListeners></bpmn:extensionElements>';
    const result = await compileProcess(model('', onProcess));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toEqual([expect.objectContaining({ elementId: 'p', reason: expect.stringMatching(/listeners are not supported/) })]);
  });

  it('compiles the same task without them', async () => {
    expect((await compileProcess(model('<zeebe:assignmentDefinition candidateGroups="sales_manager" />'))).ok).toBe(true);
  });
});
