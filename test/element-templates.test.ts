import fs from 'node:fs';
import path from 'node:path';
import { validateZeebe } from '@bpmn-io/element-templates-validator';
import { describe, expect, it } from 'vitest';
import { createConnectors } from '../activities/connectors.ts';
import { compileProcess } from '../domain/processes/model/index.ts';

/** The designer's connector templates (Send e-mail, Notify, ...) against the worker's connector registry. */
const dir = path.resolve('designer-ui/src/designer/element-templates');
const templates = fs
  .readdirSync(dir)
  .filter((f) => f.endsWith('.json'))
  .map((f) => ({ file: f, template: JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8')) }));

interface Property {
  type: string;
  value?: string;
  choices?: { value: string }[];
  binding: { type: string; property?: string; key?: string; name?: string; source?: string };
}

const propertiesOf = (t: { properties: Property[] }) => t.properties;
const taskType = (t: { properties: Property[] }) =>
  propertiesOf(t).find((p) => p.binding.type === 'zeebe:taskDefinition' && p.binding.property === 'type')?.value;
// Constructing the registry touches none of its dependencies; only the task types are read here.
const registry = Object.keys(createConnectors({ orm: {} as never, delivery: {} as never }));
const connectorSource = (type: string) => fs.readFileSync(path.resolve('activities', type === 'http' ? 'connectors.ts' : `${type}.connector.ts`), 'utf8');

describe('connector element templates', () => {
  it('ships one template per connector the designer offers', () => {
    expect(templates.map((t) => taskType(t.template)).sort()).toEqual(['document', 'http', 'mail', 'notify', 'update-record']);
  });

  it.each(templates)('$file is a valid Camunda 8 element template', ({ template }) => {
    const { valid, errors } = validateZeebe(template);
    expect(errors ?? [], JSON.stringify(errors)).toEqual([]);
    expect(valid).toBe(true);
  });

  it.each(templates)('$file names a task type the worker has a connector for', ({ template }) => {
    expect(registry).toContain(taskType(template));
  });

  it.each(templates)('$file fills in only headers its connector reads', ({ template }) => {
    const source = connectorSource(taskType(template)!);
    for (const p of propertiesOf(template).filter((p) => p.binding.type === 'zeebe:taskHeader')) {
      expect(source, `header "${p.binding.key}"`).toMatch(new RegExp(`headers\\.${p.binding.key}\\b`));
    }
    for (const p of propertiesOf(template).filter((p) => p.binding.type === 'zeebe:input')) {
      expect(source, `input "${p.binding.name}"`).toMatch(new RegExp(`input\\.${p.binding.name}\\b`));
    }
  });

  it.each(templates)('a task made from $file deploys', async ({ template }) => {
    const result = await compileProcess(modelWith(template));
    expect(result.ok ? [] : result.problems).toEqual([]);
  });
});

/** A process whose one task carries what the template writes, with a sample for every field. */
function modelWith(template: { elementType?: { value: string }; properties: Property[] }): string {
  const element = (template.elementType?.value ?? 'bpmn:ServiceTask').replace('bpmn:', '');
  const sample = (p: Property) => p.value ?? p.choices?.[0]?.value ?? (p.binding.key === 'url' ? 'https://example.test/hook' : 'sample');
  const attr = (v: string) => v.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
  const props = propertiesOf(template);
  const headers = props.filter((p) => p.binding.type === 'zeebe:taskHeader').map((p) => `<zeebe:header key="${p.binding.key}" value="${attr(sample(p))}" />`);
  const inputs = props.filter((p) => p.binding.type === 'zeebe:input').map((p) => `<zeebe:input source="=1" target="${p.binding.name}" />`);
  const outputs = props.filter((p) => p.binding.type === 'zeebe:output').map((p) => `<zeebe:output source="${p.binding.source}" target="result" />`);
  return `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:zeebe="http://camunda.org/schema/zeebe/1.0" id="d" targetNamespace="http://bpmn.io/schema/bpmn">
  <bpmn:process id="p" name="Template check" isExecutable="true">
    <bpmn:startEvent id="start" name="Start"><bpmn:outgoing>f1</bpmn:outgoing></bpmn:startEvent>
    <bpmn:${element} id="step" name="Step">
      <bpmn:extensionElements>
        <zeebe:taskDefinition type="${taskType(template)}" />
        <zeebe:taskHeaders>${headers.join('')}</zeebe:taskHeaders>
        <zeebe:ioMapping>${[...inputs, ...outputs].join('')}</zeebe:ioMapping>
      </bpmn:extensionElements>
      <bpmn:incoming>f1</bpmn:incoming><bpmn:outgoing>f2</bpmn:outgoing>
    </bpmn:${element}>
    <bpmn:endEvent id="end" name="End"><bpmn:incoming>f2</bpmn:incoming></bpmn:endEvent>
    <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="step" />
    <bpmn:sequenceFlow id="f2" sourceRef="step" targetRef="end" />
  </bpmn:process>
</bpmn:definitions>`;
}
