// What crosses google.script.run: JSON text, with dates as {"$date": ms} (a Date would arrive as null).
/** A Date from any realm (Apps Script hands over its own; `instanceof` would miss one from elsewhere). */
const isDate = (v: unknown): v is Date => Object.prototype.toString.call(v) === "[object Date]";

export function encodeWire(value: unknown): string {
  return JSON.stringify(value, function (this: Record<string, unknown>, key: string, v: unknown) {
    const original = this[key];
    return isDate(original) ? { $date: original.getTime() } : v;
  }) ?? "null";
}

export function decodeWire(text: string): unknown {
  return JSON.parse(text, (_key, v) => (v && typeof v === "object" && typeof (v as { $date?: unknown }).$date === "number" && Object.keys(v).length === 1 ? new Date((v as { $date: number }).$date) : v));
}
