// One worker thread of the detection pool (detection-pool.ts): the same detectText as inline
// screening, so a text's signals do not depend on where it was screened.
import { detectText, type TextDetectionInput, type TextDetectionOptions } from '../index.ts';
import type { Signal } from '../types.ts';

export default function detect({ input, opts }: { input: TextDetectionInput; opts: TextDetectionOptions }): Signal[] {
  return detectText(input, opts);
}
