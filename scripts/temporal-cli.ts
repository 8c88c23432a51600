/** `npm run temporal:cli`: prints which Temporal CLI the project will use, installing it if needed. */
import { resolveTemporalCli } from './lib/temporal-cli.ts';

const found = resolveTemporalCli((line) => console.log(line));
if (found.path) {
  console.log(`Temporal CLI: ${found.path} (from ${found.source})`);
} else {
  console.log(`No Temporal CLI found (tried: ${found.tried.join('; ')}).`);
  console.log('npm start will use the Temporal SDK download instead, which needs internet access.');
  process.exitCode = 1;
}
