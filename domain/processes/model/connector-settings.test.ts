import { describe, expect, it } from 'vitest';
import { compileProcess } from './compile.ts';

const model = (step: string) => `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:zeebe="http://camunda.org/schema/zeebe/1.0" id="d" targetNamespace="http://bpmn.io/schema/bpmn">
  <bpmn:process id="p" isExecutable="true">
    <bpmn:startEvent id="s"><bpmn:outgoing>f1</bpmn:outgoing></bpmn:startEvent>
    <bpmn:sendTask id="step" name="Tell the client"><bpmn:extensionElements>${step}</bpmn:extensionElements><bpmn:incoming>f1</bpmn:incoming><bpmn:outgoing>f2</bpmn:outgoing></bpmn:sendTask>
    <bpmn:endEvent id="e"><bpmn:incoming>f2</bpmn:incoming></bpmn:endEvent>
    <bpmn:sequenceFlow id="f1" sourceRef="s" targetRef="step" />
    <bpmn:sequenceFlow id="f2" sourceRef="step" targetRef="e" />
  </bpmn:process>
</bpmn:definitions>`;
const headers = (values: Record<string, string>) =>
  `<zeebe:taskHeaders>${Object.entries(values).map(([key, value]) => `<zeebe:header key="${key}" value="${value}" />`).join('')}</zeebe:taskHeaders>`;
const missing = async (step: string) => {
  const result = await compileProcess(model(step));
  return result.ok ? [] : result.problems.filter((p) => p.reasonCode === 'connector.setting_missing').map((p) => [p.elementId, p.values?.setting, p.values?.connector]);
};

describe('connector settings at deploy', () => {
  it('refuses a Send e-mail step whose To is empty, naming the step and the setting', async () => {
    expect(await missing(`<zeebe:taskDefinition type="mail" />${headers({ to: ' ', subject: 'Your order' })}`)).toEqual([['step', 'to', 'mail']]);
  });

  it('names every missing setting of the step at once', async () => {
    expect(await missing('<zeebe:taskDefinition type="mail" />')).toEqual([['step', 'to', 'mail'], ['step', 'subject', 'mail']]);
    expect(await missing('<zeebe:taskDefinition type="notify" />')).toEqual([['step', 'title', 'notify']]);
    expect(await missing('<zeebe:taskDefinition type="document" />')).toEqual([['step', 'templateType', 'document']]);
  });

  it('takes the setting from an input mapping where the connector reads its input', async () => {
    const mapped = '<zeebe:ioMapping><zeebe:input source="=client.email" target="to" /></zeebe:ioMapping>';
    expect((await compileProcess(model(`<zeebe:taskDefinition type="mail" />${headers({ subject: 'Your order' })}${mapped}`))).ok).toBe(true);
  });

  it('accepts the older documentType header and leaves a type chosen by an expression to run time', async () => {
    expect((await compileProcess(model(`<zeebe:taskDefinition type="document" />${headers({ documentType: 'invoice' })}`))).ok).toBe(true);
    expect((await compileProcess(model('<zeebe:taskDefinition type="=connector" />'))).ok).toBe(true);
  });
});
