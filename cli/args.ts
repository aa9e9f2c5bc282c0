// Command-line arguments: options start with "--" (or -o), everything else is positional, so "-1" stays a number.
export interface ParsedArgs {
  positional: string[];
  options: Record<string, string | true>;
}

const SHORT: Record<string, string> = { o: "output", h: "help" };
const FLAGS = new Set(["json", "values", "help", "force", "version", "quiet", "recursive"]);

export function parseArgs(argv: readonly string[]): ParsedArgs {
  const positional: string[] = [];
  const options: Record<string, string | true> = {};
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--") {
      positional.push(...argv.slice(i + 1));
      break;
    }
    let name: string | undefined;
    let value: string | undefined;
    if (a.startsWith("--") && a.length > 2) {
      const eq = a.indexOf("=");
      name = eq > 0 ? a.slice(2, eq) : a.slice(2);
      value = eq > 0 ? a.slice(eq + 1) : undefined;
    } else if (/^-[a-zA-Z]$/.test(a)) {
      name = SHORT[a[1]] ?? a[1];
    }
    if (name === undefined) {
      positional.push(a);
      continue;
    }
    if (value === undefined && !FLAGS.has(name) && i + 1 < argv.length) value = argv[++i];
    options[name] = value ?? true;
  }
  return { positional, options };
}
