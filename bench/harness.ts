import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export interface Figure {
  readonly value: number;
  readonly unit: string;
  /** Every run's value, so a reader can see the spread behind the median on a noisy machine. */
  readonly runs?: readonly number[];
  /** The figure this one is read against, measured in the same run. */
  readonly baseline?: string;
}

export type Figures = Record<string, Figure>;

export const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

/** Runs `once` several times and keeps the median: the machine is shared, single runs lie. */
export const medianOf = async (
  runs: number,
  once: () => Promise<number>,
): Promise<{ value: number; runs: number[] }> => {
  const values: number[] = [];
  for (let run = 0; run < runs; run++) values.push(await once());
  return { value: median(values), runs: values };
};

/** Operations per second of `writers` loops each calling `operation` until `seconds` have passed. */
export const throughput = async (
  writers: number,
  seconds: number,
  operation: (writer: number, iteration: number) => Promise<void>,
): Promise<number> => {
  const deadline = performance.now() + seconds * 1000;
  const started = performance.now();
  const counts = await Promise.all(
    Array.from({ length: writers }, async (_, writer) => {
      let done = 0;
      while (performance.now() < deadline) await operation(writer, done++);
      return done;
    }),
  );
  const elapsed = (performance.now() - started) / 1000;
  return counts.reduce((a, b) => a + b, 0) / elapsed;
};

const round = (value: number): number =>
  Math.abs(value) >= 100 ? Math.round(value) : Number(value.toPrecision(3));

export const report = (figures: Figures, file: string): void => {
  const lines = Object.entries(figures).map(([name, figure]) => {
    const base = figure.baseline ? figures[figure.baseline] : undefined;
    const ratio = base ? `  (${(figure.value / base.value).toFixed(2)}× ${figure.baseline})` : '';
    return `${name.padEnd(40)} ${String(round(figure.value)).padStart(12)} ${figure.unit}${ratio}`;
  });
  console.log(['median of runs:', ...lines].join('\n'));
  mkdirSync(path.dirname(file), { recursive: true });
  const rounded = Object.fromEntries(
    Object.entries(figures).map(([name, f]) => [
      name,
      { ...f, value: round(f.value), runs: f.runs?.map(round) },
    ]),
  );
  writeFileSync(
    file,
    `${JSON.stringify({ measuredAt: new Date().toISOString(), figures: rounded }, null, 2)}\n`,
  );
  console.log(`written to ${path.relative(process.cwd(), file)}`);
};
