import { createRequire } from 'node:module';
import { BpmnModdle } from 'bpmn-moddle';
import { describe, expect, it } from 'vitest';
import ru from '../designer-ui/src/i18n/bpmn/ru.json' with { type: 'json' };
import sk from '../designer-ui/src/i18n/bpmn/sk.json' with { type: 'json' };
import uk from '../designer-ui/src/i18n/bpmn/uk.json' with { type: 'json' };
import { compileProcess } from '../domain/processes/model/index.ts';
import rules from '../domain/processes/model/lint-rules.json' with { type: 'json' };
import { reasonTexts } from '../domain/processes/model/reasons.ts';
import enUi from '../designer-ui/src/i18n/locales/en.json' with { type: 'json' };
import ruUi from '../designer-ui/src/i18n/locales/ru.json' with { type: 'json' };
import skUi from '../designer-ui/src/i18n/locales/sk.json' with { type: 'json' };
import ukUi from '../designer-ui/src/i18n/locales/uk.json' with { type: 'json' };

/**
 * The designer shows bpmnlint's messages (lint as you draw) and the server's refusal reasons
 * through its dictionaries, keyed by the English text: every message a model can get from our
 * rule set must have a Ukrainian, Russian and Slovak entry, or the designer speaks English there.
 */
const require = createRequire(import.meta.url);
const { Linter } = require('bpmnlint');
const NodeResolver = require('bpmnlint/lib/resolver/node-resolver');

const dictionaries = { uk, ru, sk } as Record<string, Record<string, string>>;

/** A model breaking every rule of lint-rules.json at least once (and several subset rules of deploy). */
const broken = `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" id="d" targetNamespace="t">
  <bpmn:process id="p" isExecutable="true">
    <bpmn:startEvent id="s1" />
    <bpmn:startEvent id="s2" name="Second" />
    <bpmn:task id="a" name="A"><bpmn:outgoing>f1</bpmn:outgoing><bpmn:outgoing>f1dup</bpmn:outgoing><bpmn:outgoing>f2</bpmn:outgoing></bpmn:task>
    <bpmn:task id="b" name="B"><bpmn:incoming>f1</bpmn:incoming><bpmn:incoming>f1dup</bpmn:incoming><bpmn:outgoing>f3</bpmn:outgoing></bpmn:task>
    <bpmn:task id="c" name="C"><bpmn:incoming>f2</bpmn:incoming><bpmn:incoming>f3</bpmn:incoming><bpmn:outgoing>f4</bpmn:outgoing></bpmn:task>
    <bpmn:sequenceFlow id="f1" sourceRef="a" targetRef="b" />
    <bpmn:sequenceFlow id="f1dup" sourceRef="a" targetRef="b" />
    <bpmn:sequenceFlow id="f2" sourceRef="a" targetRef="c" />
    <bpmn:sequenceFlow id="f3" sourceRef="b" targetRef="c" />
    <bpmn:exclusiveGateway id="g" name="G"><bpmn:incoming>f4</bpmn:incoming><bpmn:outgoing>f5</bpmn:outgoing></bpmn:exclusiveGateway>
    <bpmn:sequenceFlow id="f4" sourceRef="c" targetRef="g" />
    <bpmn:sequenceFlow id="f5" sourceRef="g" targetRef="ev" />
    <bpmn:eventBasedGateway id="ev" name="Wait"><bpmn:incoming>f5</bpmn:incoming><bpmn:outgoing>f6</bpmn:outgoing></bpmn:eventBasedGateway>
    <bpmn:sequenceFlow id="f6" sourceRef="ev" targetRef="t">
      <bpmn:conditionExpression xsi:type="bpmn:tFormalExpression">x</bpmn:conditionExpression>
    </bpmn:sequenceFlow>
    <bpmn:intermediateCatchEvent id="t" name="T"><bpmn:incoming>f6</bpmn:incoming><bpmn:timerEventDefinition /></bpmn:intermediateCatchEvent>
    <bpmn:subProcess id="sub" name="Sub">
      <bpmn:startEvent id="subStart" name="S"><bpmn:messageEventDefinition /></bpmn:startEvent>
      <bpmn:startEvent id="subStart2" name="S2" />
      <bpmn:startEvent id="subStart3" name="S3" />
    </bpmn:subProcess>
    <bpmn:subProcess id="sub2" name="No start">
      <bpmn:task id="inner" name="Inner" />
    </bpmn:subProcess>
    <bpmn:complexGateway id="cx" name="Complex" />
    <bpmn:receiveTask id="rt" name="Receive"><bpmn:incoming>f7</bpmn:incoming></bpmn:receiveTask>
    <bpmn:parallelGateway id="pg" name="P"><bpmn:outgoing>f7</bpmn:outgoing></bpmn:parallelGateway>
    <bpmn:sequenceFlow id="f7" sourceRef="pg" targetRef="rt">
      <bpmn:conditionExpression xsi:type="bpmn:tFormalExpression">y</bpmn:conditionExpression>
    </bpmn:sequenceFlow>
  </bpmn:process>
</bpmn:definitions>`;

async function lintMessages(xml: string): Promise<{ rules: Set<string>; messages: Set<string> }> {
  const { rootElement } = await BpmnModdle().fromXML(xml);
  const reports: Record<string, { message: string }[]> = await new Linter({ config: { rules }, resolver: new NodeResolver() }).lint(rootElement);
  return { rules: new Set(Object.keys(reports).filter((r) => reports[r]!.length)), messages: new Set(Object.values(reports).flat().map((r) => r.message)) };
}

describe('designer dictionaries', () => {
  it('translate every bpmnlint message of our rule set', async () => {
    const { rules: broke, messages } = await lintMessages(broken);
    // The model must really break each rule, or the check below proves nothing for it.
    expect([...broke].sort()).toEqual(Object.keys(rules).sort());
    for (const [language, dictionary] of Object.entries(dictionaries)) {
      expect([...messages].filter((m) => !dictionary[m]), language).toEqual([]);
    }
  });

  it('translate the refusal reasons deploy gives for unsupported elements', async () => {
    const result = await compileProcess(broken);
    expect(result.ok).toBe(false);
    const reasons = (result as { problems: { reason: string; rule: string }[] }).problems.filter((p) => !p.rule.startsWith('lint.') && !p.rule.startsWith('feel.')).map((p) => p.reason);
    expect(reasons).toEqual(expect.arrayContaining(['Complex gateways are not supported; use exclusive, inclusive or parallel gateways']));
    for (const [language, dictionary] of Object.entries(dictionaries)) {
      expect(reasons.filter((r) => !dictionary[r]), language).toEqual([]);
    }
  });

  it('say every refusal reason that carries values in each language, with the same values', () => {
    const names = (text: string) => [...text.matchAll(/{{?(\w+)}}?/g)].map((m) => m[1]).sort();
    for (const [language, ui] of Object.entries({ en: enUi, uk: ukUi, ru: ruUi, sk: skUi })) {
      for (const [code, english] of Object.entries(reasonTexts)) {
        const text = code.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], ui.designer.reasons);
        expect(typeof text, `${language} ${code}`).toBe('string');
        expect(names(text as string), `${language} ${code}`).toEqual(names(english));
      }
    }
  });

  it('send the code and values of such a reason beside the unchanged English text', async () => {
    const timer = broken.replace('<bpmn:timerEventDefinition />', '<bpmn:timerEventDefinition><bpmn:timeDuration>PT8X</bpmn:timeDuration></bpmn:timerEventDefinition>');
    const result = (await compileProcess(timer)) as { problems: { elementId: string; reason: string; reasonCode?: string; values?: object }[] };
    expect(result.problems.find((p) => p.elementId === 't')).toMatchObject({
      reason: '"PT8X" is not a valid ISO 8601 duration (e.g. PT8H, P2D)',
      reasonCode: 'timer.invalid_duration',
      values: { value: 'PT8X' },
    });
  });
});
