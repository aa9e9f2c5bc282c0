// The pane's backend: the operations without their port, as promises. Excel calls them in-process, Sheets over google.script.run.
import type { OPERATIONS, OperationName } from "../core/host/operations";

type Tail<T extends unknown[]> = T extends [unknown, ...infer R] ? R : never;
type Op<K extends OperationName> = (typeof OPERATIONS)[K];

export type Backend = {
  [K in OperationName]: (...args: Tail<Parameters<Op<K>>>) => Promise<Awaited<ReturnType<Op<K>>>>;
};
