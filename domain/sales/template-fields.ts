/**
 * The data model a template may use, per document type. A placeholder outside it is refused
 * at upload, so a typo is found by the person uploading, not by the customer reading a blank.
 */
export const documentTypes = ['commercial_proposal', 'contract', 'invoice', 'act'] as const;
export type DocumentType = (typeof documentTypes)[number];

/** Number prefixes: INV-2026-00017. */
export const numberPrefix: Record<DocumentType, string> = {
  commercial_proposal: 'CP',
  contract: 'CTR',
  invoice: 'INV',
  act: 'ACT',
};

const common = [
  'number', 'date', 'currency', 'notes', 'recordType', 'recordId',
  'sellerName', 'sellerTaxId', 'sellerAddress', 'sellerIban', 'sellerBank',
  'buyerName', 'buyerTaxId', 'buyerAddress',
  'netTotal', 'taxTotal', 'total',
];

/** Fields of each item inside `{#lines}…{/lines}`. */
export const lineFields = ['position', 'name', 'sku', 'unit', 'qty', 'unitPrice', 'discount', 'net', 'taxRate', 'tax', 'total'];

export const scalarFields: Record<DocumentType, string[]> = {
  commercial_proposal: [...common, 'validUntil'],
  contract: [...common, 'validFrom', 'validTo', 'subject'],
  invoice: [...common, 'dueDate'],
  act: [...common, 'invoiceNumber'],
};

export const loopFields: Record<string, string[]> = { lines: lineFields };

/**
 * Placeholders of an inspected template (docxtemplater's tag tree) that the type does not
 * know, as `name` or `lines.name`. Sections over a scalar (`{#notes}…{/notes}`) are conditions
 * and see the scalar fields.
 */
export function unknownPlaceholders(type: DocumentType, tags: Record<string, unknown>): string[] {
  const scalars = new Set(scalarFields[type]);
  const unknown: string[] = [];
  const walk = (tree: Record<string, unknown>, allowed: Set<string>, prefix: string) => {
    for (const [name, children] of Object.entries(tree)) {
      const loop = prefix === '' ? loopFields[name] : undefined;
      if (!loop && !allowed.has(name)) unknown.push(prefix + name);
      const inner = children && typeof children === 'object' ? (children as Record<string, unknown>) : {};
      if (Object.keys(inner).length) walk(inner, loop ? new Set([...loop, ...scalars]) : allowed, `${prefix}${name}.`);
    }
  };
  walk(tags, scalars, '');
  return unknown;
}

/** Every placeholder path a template has, for showing to the uploader. */
export function placeholderList(tags: Record<string, unknown>, prefix = ''): string[] {
  return Object.entries(tags).flatMap(([name, children]) => {
    const inner = children && typeof children === 'object' ? (children as Record<string, unknown>) : {};
    return [prefix + name, ...placeholderList(inner, `${prefix}${name}.`)];
  });
}
