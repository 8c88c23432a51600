/** `npm run migrate`: applies pending migrations and creates the first admin from the environment. */
import { databaseUrl } from '../config/index.ts';
import { migrateAndSeed } from './lib/migrate-and-seed.ts';
import { failStart, settingsOrExit } from './lib/runtime.ts';

const settings = settingsOrExit();
migrateAndSeed(databaseUrl(settings), { email: settings.CRM_ADMIN_EMAIL, password: settings.CRM_ADMIN_PASSWORD })
  .then(({ ran, adminCreated }) => {
    console.log(ran.length ? `Applied migrations: ${ran.join(', ')}` : 'Database schema is up to date');
    if (adminCreated) console.log(`Created administrator ${adminCreated}`);
  })
  .catch(failStart);
