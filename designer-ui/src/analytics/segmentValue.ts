import type { TFunction } from 'i18next';
import type { SegmentationDimension } from './reportsApi';

/** A dimension's value as people read it: statuses and sizes translated, classes with their meaning, empty as "not set". */
export function segmentValue(t: TFunction, dimension: SegmentationDimension, value: string | null): string {
  if (value === null) return t('analytics.segmentation.notSet');
  if (dimension === 'status') return t(`clients.status.${value}`, { defaultValue: value });
  if (dimension === 'size') return t(`clients.size.${value}`, { defaultValue: value });
  if (dimension === 'abcClass' || dimension === 'xyzClass') return `${value} · ${t(`analytics.abc.${value}`)}`;
  return value;
}
