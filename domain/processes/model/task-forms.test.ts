import { describe, expect, it } from 'vitest';
import { compileProcess } from './compile.ts';

const schema = '{"components":[{"key":"discount","label":"Discount","type":"number"}]}';

/** A start, one user task carrying `taskExtensions`, an end; `processExtensions` on the process. */
const model = (taskExtensions: string, processExtensions = '') => `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:zeebe="http://camunda.org/schema/zeebe/1.0" id="d" targetNamespace="http://bpmn.io/schema/bpmn">
  <bpmn:process id="p" isExecutable="true">
    <bpmn:extensionElements>${processExtensions}</bpmn:extensionElements>
    <bpmn:startEvent id="s"><bpmn:outgoing>f1</bpmn:outgoing></bpmn:startEvent>
    <bpmn:userTask id="review" name="Review"><bpmn:extensionElements>${taskExtensions}</bpmn:extensionElements><bpmn:incoming>f1</bpmn:incoming><bpmn:outgoing>f2</bpmn:outgoing></bpmn:userTask>
    <bpmn:endEvent id="e"><bpmn:incoming>f2</bpmn:incoming></bpmn:endEvent>
    <bpmn:sequenceFlow id="f1" sourceRef="s" targetRef="review" />
    <bpmn:sequenceFlow id="f2" sourceRef="review" targetRef="e" />
  </bpmn:process>
</bpmn:definitions>`;

async function formOf(xml: string) {
  const result = await compileProcess(xml);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return (result.graph.nodes.review as { form?: { schema?: string } }).form;
}

describe('task forms', () => {
  it('takes the form the designer writes into the task', async () => {
    expect((await formOf(model(`<zeebe:userTaskForm id="review_form">${schema}</zeebe:userTaskForm>`)))?.schema).toBe(schema);
  });

  it('takes a Camunda Modeler embedded form: kept on the process, named by the task form key', async () => {
    const form = await formOf(
      model(
        '<zeebe:formDefinition formKey="camunda-forms:bpmn:UserTaskForm_2" />',
        `<zeebe:userTaskForm id="UserTaskForm_1">{"components":[]}</zeebe:userTaskForm><zeebe:userTaskForm id="UserTaskForm_2">${schema}</zeebe:userTaskForm>`,
      ),
    );
    expect(form?.schema).toBe(schema);
  });

  it('does not take a form of the process that the task does not name', async () => {
    const form = await formOf(model('<zeebe:formDefinition formKey="my-own-form" />', `<zeebe:userTaskForm id="UserTaskForm_1">${schema}</zeebe:userTaskForm>`));
    expect(form).toEqual({ formKey: 'my-own-form' });
  });
});

describe('start forms', () => {
  const withStartForm = (startExtensions: string, processExtensions = '') =>
    model('', processExtensions).replace('<bpmn:startEvent id="s">', `<bpmn:startEvent id="s"><bpmn:extensionElements>${startExtensions}</bpmn:extensionElements>`);
  const startForm = async (xml: string) => {
    const result = await compileProcess(xml);
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    return (result.graph.nodes.s as { form?: { schema?: string } }).form;
  };

  it('takes the form the designer writes into the none start event, and a Camunda Modeler one kept on the process', async () => {
    expect((await startForm(withStartForm(`<zeebe:userTaskForm id="s_form">${schema}</zeebe:userTaskForm>`)))?.schema).toBe(schema);
    const linked = withStartForm('<zeebe:formDefinition formKey="camunda-forms:bpmn:StartForm_1" />', `<zeebe:userTaskForm id="StartForm_1">${schema}</zeebe:userTaskForm>`);
    expect((await startForm(linked))?.schema).toBe(schema);
  });

  it('leaves a start event without a form as it was', async () => {
    expect(await startForm(model(''))).toBeUndefined();
  });
});
