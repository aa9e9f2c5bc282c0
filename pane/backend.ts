// The pane's backend: the operations without their port, as promises. Excel calls them in-process, Sheets over
// google.script.run; both are made by makeBackend from how one call reaches the host.
import { OPERATION_NAMES, type OperationName } from "../core/host/names";
import type { OPERATIONS } from "../core/host/operations";

type Tail<T extends unknown[]> = T extends [unknown, ...infer R] ? R : never;
type Op<K extends OperationName> = (typeof OPERATIONS)[K];

export type Backend = {
  [K in OperationName]: (...args: Tail<Parameters<Op<K>>>) => Promise<Awaited<ReturnType<Op<K>>>>;
};

/** How one operation reaches the host: its name and its arguments (the port is the host's), its result as a promise. */
export type Transport = (name: OperationName, args: unknown[]) => Promise<unknown>;

/** The backend over a transport: the pane cannot tell the hosts apart. */
export function makeBackend(transport: Transport): Backend {
  return Object.fromEntries(OPERATION_NAMES.map((name) => [name, (...args: unknown[]) => transport(name, args)])) as Backend;
}
