export {
  CounterpartySchema,
  counterpartyKinds,
  counterpartySizes,
  counterpartyStatuses,
  relationshipTypes,
  taxIdKinds,
  type Address,
  type Counterparty,
  type CounterpartyStatus,
  type Email,
  type Messenger,
  type Phone,
  type RegistrationId,
} from './counterparties/counterparty.entity.ts';
export { LegalEntitySchema, type LegalEntity } from './counterparties/legal-entity.entity.ts';
export { ContactPersonSchema, channels, decisionRoles, type ContactPerson } from './contacts/contact-person.entity.ts';
export { ClientRelationSchema, relationEnds, relationKinds, type ClientRelation, type RelationEnd } from './relations/client-relation.entity.ts';
export { RecordChangeSchema, type RecordChange } from './history/record-change.entity.ts';
export { ClientSettingSchema, type ClientSetting } from './completeness/client-setting.entity.ts';
export { checkTaxId, isValidEdrpou, isValidIpn, normalTaxId, toE164 } from './counterparties/requisites.ts';
export { addressKinds, counterpartyCreate, counterpartyPatch, emailInput, phoneInput, messengerInput, type CounterpartyCreate, type CounterpartyPatch } from './counterparties/counterparty.input.ts';
export { scopedCounterparties, visibleCounterparty } from './counterparties/scoped.ts';
export { createCounterparty, deleteCounterparty, getCounterparty, updateCounterparty, applyPatch, StaleVersionError } from './counterparties/counterparties.service.ts';
export { filteredCounterparties, listCounterparties, sortKeys, type CounterpartyFilter, type ListQuery, type SortKey } from './counterparties/list.service.ts';
export { bulkUpdate, type BulkAction } from './counterparties/bulk.service.ts';
export { contactCreate, contactPatch, type ContactCreate, type ContactPatch } from './contacts/contact.input.ts';
export { createContact, deleteContact, listContacts, updateContact, visibleContact } from './contacts/contacts.service.ts';
export { createRelation, deleteRelation, relationsOf, type End, type RelationKind, type RelationView } from './relations/relations.service.ts';
export { historyOf, recordChanges, type ChangeTarget } from './history/history.service.ts';
export { labelledChanges } from './history/reference-labels.ts';
export { completenessOf, completenessSettings, contactFields, counterpartyFieldSql, type Completeness, type CompletenessSettings } from './completeness/completeness.ts';
export { completenessReport, getCompletenessSettings, setCompletenessSettings, type CompletenessReport } from './completeness/completeness.service.ts';
export { registerTimelineSource, timelineOf, timelineSources, type TimelineEntry, type TimelineSource } from './dossier/timeline.ts';
export { dossierOf, type Dossier } from './dossier/dossier.service.ts';
export { clientRecordTypes } from './dossier/builtin-sources.ts';
export { listLegalEntities, createLegalEntity } from './counterparties/legal-entities.service.ts';
export { mergedInto } from './counterparties/scoped.ts';
export { duplicateCandidates, type DuplicateCandidate, type TypedRecord } from './duplicates/candidates.service.ts';
export { duplicatePairs, duplicatePairsPage, type DuplicatePair } from './duplicates/pairs.service.ts';
export { duplicateScore, type DuplicateReason } from './duplicates/score.ts';
export { registerMergeStep, mergeSteps, type MergeStep } from './duplicates/merge-steps.ts';
export { mergeCounterparties, mergePreview, parseMergeEtag, type MergePreview } from './duplicates/merge.service.ts';
export { SegmentSchema, type Segment } from './segments/segment.entity.ts';
export { segmentRule, type SegmentRule, type SegmentCondition } from './segments/rules.ts';
export { compileRule } from './segments/compile.ts';
export { createSegment, deleteSegment, getSegment, listSegments, segmentCount, segmentFilter, segmentMembers, updateSegment, type SegmentInput } from './segments/segments.service.ts';
export { exportCounterparties, exportColumns, exportLimit } from './transfer/export.ts';
export { measures, type AbcXyzParams, type Measure } from './analyses/abc-xyz.sql.ts';
export { abcXyz, classHistory, recalculateAbcXyz, type ClassRow } from './analyses/abc-xyz.service.ts';
export { importSalesFile, importSalesLines, type RowError } from './analyses/sales-lines.import.ts';
export { dimensions, segmentationReport } from './analyses/segmentation.report.ts';
export { getImport, runImport, uploadImport, type RunOptions } from './transfer/imports.service.ts';
export { importFields, importMapping, suggestMapping, type ImportMapping } from './transfer/import-mapping.ts';
export { maxFileBytes, readTable, tableMimeTypes } from './transfer/read-table.ts';
