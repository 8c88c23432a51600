import { ApplicationFailure, Context } from '@temporalio/activity';
import type { MikroORM } from '@mikro-orm/postgresql';
import { DomainError } from '../domain/errors.ts';
import { ProcessInstanceSchema } from '../domain/processes/index.ts';
import { documentTypes, generateDocument, scalarFields, type DocumentType, type LineRequest } from '../domain/sales/index.ts';
import type { Connector } from './connectors.ts';

/**
 * Task type `document`: generates a document for the instance's business record when the
 * process reaches the task. Headers: `templateType` (commercial_proposal, contract, invoice,
 * act), `outputVariable` (default `document`), `pdf` ("true" adds a PDF). The task's input
 * gives the placeholder values, `lines`, `currency`, `invoiceId` and `counterpartyId` (the buyer's
 * requisites from the client card). The call's idempotency key
 * (workflow id + task + token) is the document's creation key: a retry returns the same
 * document and never takes a second number.
 */
export function createDocumentConnector({ orm }: { orm: MikroORM }): Connector {
  return async ({ headers, input, idempotencyKey }) => {
    const docType = (headers.templateType ?? headers.documentType) as DocumentType;
    if (!documentTypes.includes(docType)) {
      throw ApplicationFailure.nonRetryable(`The document task needs a "templateType" header, one of ${documentTypes.join(', ')}`, 'connector.config');
    }
    const em = orm.em.fork();
    const workflowId = Context.current().info.workflowExecution?.workflowId ?? idempotencyKey.split('/')[0]!;
    const instance = await em.findOne(ProcessInstanceSchema, { workflowId });
    const allowed = new Set(scalarFields[docType].filter((k) => k !== 'number'));
    const data = Object.fromEntries(Object.entries(input).filter(([k, v]) => allowed.has(k) && (typeof v === 'string' || typeof v === 'number'))) as Record<string, string | number>;
    try {
      const { document, pdfError } = await generateDocument(em, {
        docType,
        record: instance?.recordType ? { type: instance.recordType, id: instance.recordId! } : null,
        invoiceId: typeof input.invoiceId === 'number' ? input.invoiceId : undefined,
        counterpartyId: typeof input.counterpartyId === 'number' ? input.counterpartyId : undefined,
        data,
        lines: Array.isArray(input.lines) ? (input.lines as LineRequest[]) : undefined,
        currency: typeof input.currency === 'string' ? input.currency : undefined,
        creationKey: `process:${idempotencyKey}`,
        createdBy: instance?.startedBy ?? null,
        pdf: headers.pdf === 'true',
      });
      if (pdfError) throw new Error(`PDF of ${document.number} failed: ${pdfError.message}`);
      return { [headers.outputVariable ?? 'document']: { id: document.id, number: document.number, type: document.docType } };
    } catch (err) {
      if (err instanceof DomainError) throw ApplicationFailure.nonRetryable(err.message, err.code);
      // Malformed input (a quantity with four decimals) fails the same way on every retry.
      if (err instanceof RangeError) throw ApplicationFailure.nonRetryable(err.message, "document.input");
      throw err;
    }
  };
}
