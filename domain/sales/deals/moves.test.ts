import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileProcess } from '../../processes/model/index.ts';
import { allowedMoves, stageOfNodes, stageOrder } from './moves.ts';

const compiled = async (file: string) => {
  const result = await compileProcess(fs.readFileSync(new URL(`../processes/${file}`, import.meta.url), 'utf8'));
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.graph;
};

describe('moves the model allows', () => {
  it('offers from each pipeline stage only the stages its messages lead to', async () => {
    const graph = await compiled('sales-pipeline.bpmn');
    const from = (node: string) => allowedMoves(graph, [node]).map((m) => m.stage);
    expect(from('at_new')).toEqual(['Qualified', 'Lost']);
    expect(from('at_proposal')).toEqual(['Negotiation', 'Qualified', 'Lost']);
    expect(from('at_negotiation')).toEqual(['Won', 'Proposal', 'Lost']);
    expect(allowedMoves(graph, ['at_new'])[0]).toEqual({ stage: 'Qualified', messageName: 'move to Qualified', correlationKey: 'dealId' });
    expect(from('end_won')).toEqual([]);
  });

  it('offers no hand move where the full process waits for a task, and Won where it waits for the payment', async () => {
    const graph = await compiled('sales.bpmn');
    expect(allowedMoves(graph, ['qualification'])).toEqual([]);
    expect(allowedMoves(graph, ['pay_wait'])).toEqual([{ stage: 'Won', messageName: 'payment received', correlationKey: 'invoiceNumber' }]);
  });

  it('orders stages as a token meets them, final stages last with Won before Lost', async () => {
    expect(stageOrder(await compiled('sales.bpmn'))).toEqual(['Qualification', 'Needs analysis', 'Proposal', 'Negotiation', 'Contract', 'Invoice', 'Payment control', 'Won', 'Lost']);
    const pipeline = await compiled('sales-pipeline.bpmn');
    expect(stageOrder(pipeline)).toEqual(['New', 'Qualified', 'Proposal', 'Negotiation', 'Won', 'Lost']);
    expect(stageOfNodes(pipeline).get('at_proposal')).toBe('Proposal');
    expect(stageOfNodes(pipeline).has('new_to_qualified')).toBe(false);
  });
});
