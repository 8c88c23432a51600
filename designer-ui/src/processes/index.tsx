import { Loader } from '@mantine/core';
import { lazy, Suspense, type ComponentType } from 'react';

/** The designer brings bpmn-js (~1 MB): its screens load on first visit, not with the app. */
function deferred(load: () => Promise<ComponentType>) {
  const Page = lazy(async () => ({ default: await load() }));
  return function DeferredPage() {
    return (
      <Suspense fallback={<Loader />}>
        <Page />
      </Suspense>
    );
  };
}

export const ProcessesScreen = deferred(() => import('./ProcessesPage').then((m) => m.ProcessesPage));
export const ProcessDesignerScreen = deferred(() => import('./ProcessDesignerPage').then((m) => m.ProcessDesignerPage));
export const ProcessVersionsScreen = deferred(() => import('./ProcessVersionsPage').then((m) => m.ProcessVersionsPage));
export const ProcessVersionScreen = deferred(() => import('./ProcessVersionPage').then((m) => m.ProcessVersionPage));
/** Who designs and deploys processes (the API's rule for deploy and "make active"). */
export const processDesigners = ['admin', 'process_owner'];
