import fs from 'node:fs';
import { generateUiTypes, uiTypesFile } from './lib/ui-types.ts';

/** `npm run api:types`: rewrites the UI's API types from the routes' schemas. */
fs.writeFileSync(uiTypesFile, await generateUiTypes());
console.log(`wrote ${uiTypesFile}`);
