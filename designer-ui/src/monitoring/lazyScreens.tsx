import { Loader } from '@mantine/core';
import { lazy, Suspense, type ComponentType } from 'react';
import type { User } from '../api/types';

/**
 * The monitoring and analytics screens load on first visit: bpmn-js is most of their weight,
 * and people who never open them should not download it with the app.
 */
function deferred(load: () => Promise<ComponentType<{ user: User }>>) {
  const Screen = lazy(async () => ({ default: await load() }));
  return function DeferredScreen({ user }: { user: User }) {
    return (
      <Suspense fallback={<Loader m="xl" />}>
        <Screen user={user} />
      </Suspense>
    );
  };
}

export const InstanceListScreen = deferred(async () => (await import('./InstanceListPage')).InstanceListPage);
export const InstanceScreen = deferred(async () => (await import('./InstancePage')).InstancePage);
export const AnalyticsScreen = deferred(async () => (await import('../analytics/AnalyticsHome')).AnalyticsHome);
export const FunnelScreen = deferred(async () => (await import('../analytics/FunnelPage')).FunnelPage);
export const AbcXyzScreen = deferred(async () => (await import('../analytics/AbcXyzPage')).AbcXyzPage);
export const SegmentationScreen = deferred(async () => (await import('../analytics/SegmentationPage')).SegmentationPage);
export const SalesImportScreen = deferred(async () => (await import('../analytics/SalesImportPage')).SalesImportPage);
