// `npm run train:contact-intent`: trains the contact-intent model (contact-intent.ts) from the
// labelled contact sets of bench/contact and writes models/contact-intent.{json,bin.gz}.
// Separate from `npm run train` (the scam, job and spam models): it needs no real data, reads
// no rule output, and its check is its own.
//   npm run train:contact-intent              # write the artifacts to models/
//   npm run train:contact-intent -- --check   # retrain, write nothing, exit 1 unless byte-identical
//   npm run train:contact-intent -- --out DIR # write them to DIR instead
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { trainContactIntentModel } from './contact-intent.ts';
import { differingArtifacts, saveModel } from './trainer.ts';

const MODELS_DIR = new URL('./models/', import.meta.url);

/** Trains; with `--check` returns the artifacts that differ from the committed ones (none: reproduced). */
export function main(args: string[]): string[] {
  const t0 = performance.now();
  const trained = trainContactIntentModel();
  const { training, thresholds } = trained.header;
  console.log(
    `contact-intent: ${training.trainTexts} texts, ${((performance.now() - t0) / 1000).toFixed(1)} s, thresholds ${JSON.stringify(thresholds)}, out of sample ${JSON.stringify(training.outOfSample)}`,
  );
  const outAt = args.indexOf('--out');
  if (!args.includes('--check')) {
    saveModel(trained, outAt >= 0 ? resolve(args[outAt + 1]) : MODELS_DIR);
    return [];
  }
  return differingArtifacts(trained, MODELS_DIR);
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const differing = main(process.argv.slice(2));
  if (differing.length) {
    console.error(`not reproduced by npm run train:contact-intent: ${differing.join(', ')}`);
    process.exitCode = 1;
  }
}
