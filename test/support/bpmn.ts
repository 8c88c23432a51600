/**
 * Small BPMN documents for API tests, built from a list of flow nodes in a row. Each is a
 * valid model with diagram information, as bpmn-js would save it.
 */
export interface Step {
  id: string;
  xml: string;
}

export function linearProcess(processId: string, steps: Step[], name = processId): string {
  const chain = [{ id: 'start', xml: '<bpmn:startEvent id="start" name="Start" />' }, ...steps, { id: 'end', xml: '<bpmn:endEvent id="end" name="End" />' }];
  const flows = chain.slice(1).map((s, i) => ({ id: `f${i + 1}`, source: chain[i]!.id, target: s.id }));
  const withFlows = chain.map((s) => {
    const incoming = flows.filter((f) => f.target === s.id).map((f) => `<bpmn:incoming>${f.id}</bpmn:incoming>`);
    const outgoing = flows.filter((f) => f.source === s.id).map((f) => `<bpmn:outgoing>${f.id}</bpmn:outgoing>`);
    return s.xml.replace(/\/>$|>/, (m) => (m === '/>' ? `>${incoming.join('')}${outgoing.join('')}</${tagOf(s.xml)}>` : `>${incoming.join('')}${outgoing.join('')}`));
  });
  const shapes = chain.map((s, i) => `<bpmndi:BPMNShape id="${s.id}_di" bpmnElement="${s.id}"><dc:Bounds x="${100 + i * 150}" y="100" width="100" height="80" /></bpmndi:BPMNShape>`);
  const edges = flows.map((f, i) => `<bpmndi:BPMNEdge id="${f.id}_di" bpmnElement="${f.id}"><di:waypoint x="${200 + i * 150}" y="140" /><di:waypoint x="${250 + i * 150}" y="140" /></bpmndi:BPMNEdge>`);
  return `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI" xmlns:dc="http://www.omg.org/spec/DD/20100524/DC" xmlns:di="http://www.omg.org/spec/DD/20100524/DI" xmlns:zeebe="http://camunda.org/schema/zeebe/1.0" id="defs_${processId}" targetNamespace="http://bpmn.io/schema/bpmn">
  <bpmn:process id="${processId}" name="${name}" isExecutable="true">
    ${withFlows.join('\n    ')}
    ${flows.map((f) => `<bpmn:sequenceFlow id="${f.id}" sourceRef="${f.source}" targetRef="${f.target}" />`).join('\n    ')}
  </bpmn:process>
  <bpmndi:BPMNDiagram id="diagram_${processId}"><bpmndi:BPMNPlane id="plane_${processId}" bpmnElement="${processId}">
    ${shapes.join('\n    ')}
    ${edges.join('\n    ')}
  </bpmndi:BPMNPlane></bpmndi:BPMNDiagram>
</bpmn:definitions>`;
}

function tagOf(xml: string): string {
  return /^<([\w:]+)/.exec(xml)![1]!;
}

export const userTask = (id: string, name: string, assignee = 'manager') => ({
  id,
  xml: `<bpmn:userTask id="${id}" name="${name}"><bpmn:extensionElements><zeebe:assignmentDefinition assignee="${assignee}" /></bpmn:extensionElements></bpmn:userTask>`,
});

export const serviceTask = (id: string, name: string, type?: string) => ({
  id,
  xml: type
    ? `<bpmn:serviceTask id="${id}" name="${name}"><bpmn:extensionElements><zeebe:taskDefinition type="${type}" /></bpmn:extensionElements></bpmn:serviceTask>`
    : `<bpmn:serviceTask id="${id}" name="${name}" />`,
});

export const complexGateway = (id: string) => ({ id, xml: `<bpmn:complexGateway id="${id}" name="Complex" />` });
