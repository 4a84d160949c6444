// The package ships no types; this covers the part of its API the spam classifier uses.
declare module 'wink-naive-bayes-text-classifier' {
  export interface NaiveBayesTextClassifier {
    defineConfig(cfg: { considerOnlyPresence?: boolean; smoothingFactor?: number }): boolean;
    definePrepTasks(tasks: Array<(input: string | string[]) => string[]>): number;
    learn(input: string, label: string): boolean;
    consolidate(): boolean;
    computeOdds(input: string | string[]): Array<[string, number]>;
    exportJSON(): string;
    importJSON(json: string): boolean;
    stats(): {
      labelWiseSamples: Record<string, number>;
      labelWiseWords: Record<string, number>;
      vocabulary: number;
    };
  }
  const create: () => NaiveBayesTextClassifier;
  export default create;
}
