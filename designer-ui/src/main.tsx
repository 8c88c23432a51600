import '@mantine/core/styles.css';
import '@mantine/charts/styles.css';
import '@mantine/dates/styles.css';
import './i18n';
import { MantineProvider } from '@mantine/core';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { App } from './App';
import { LocaleDatesProvider } from './dates/LocaleDatesProvider';
import { theme } from './theme';

// A data router: the designer's "leave with unsaved edits?" question needs its navigation blocker.
// App keeps its own <Routes> below the one catch-all route.
const router = createBrowserRouter([{ path: '*', element: <App /> }]);

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

createRoot(root).render(
  <StrictMode>
    <MantineProvider theme={theme} defaultColorScheme="light">
      <LocaleDatesProvider>
        <RouterProvider router={router} />
      </LocaleDatesProvider>
    </MantineProvider>
  </StrictMode>,
);
