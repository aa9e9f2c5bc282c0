// The `dti` command's entry point: wires the process's streams to `main`.
import { fstatSync } from "node:fs";
import { main } from "./main";
import type { Io } from "./score";

function readStdin(): Promise<string> {
  // `dti score - < folder`: a folder is not input.
  if (fstatSync(0).isDirectory()) return Promise.reject(Object.assign(new Error("stdin is a directory"), { code: "EISDIR" }));
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    process.stdin.on("data", (c: Buffer) => chunks.push(c));
    process.stdin.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    process.stdin.on("error", reject);
  });
}

const io: Io = {
  out: (s) => process.stdout.write(s + "\n"),
  err: (s) => process.stderr.write(s + "\n"),
  readStdin,
};

// A reader that stops early (`dti check … | head`) is not an error.
for (const stream of [process.stdout, process.stderr]) {
  stream.on("error", (e: NodeJS.ErrnoException) => {
    if (e.code === "EPIPE") process.exit(process.exitCode ?? 0);
  });
}

/** Anything unexpected: one line and a request to report it, exit 70 (EX_SOFTWARE); never a stack trace. */
function unexpected(e: unknown): never {
  const message = e instanceof Error ? e.message : String(e);
  process.stderr.write(`Lỗi không mong đợi: ${message.split("\n")[0].slice(0, 300)} — vui lòng báo lỗi kèm lệnh đã chạy (please report this).\n`);
  process.exit(70);
}
process.on("uncaughtException", unexpected);
process.on("unhandledRejection", unexpected);

main(process.argv.slice(2), io).then((code) => {
  process.exitCode = code;
}, unexpected);
