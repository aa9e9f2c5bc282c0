// A worker thread of `dti check`: checks the files it is sent, one at a time, and posts each report back.
import { parentPort, workerData } from "node:worker_threads";
import { checkOneFile, type DeskOptions } from "./desk";

const options = workerData as DeskOptions;
parentPort!.on("message", async (m: { i: number; file: string; name: string }) => {
  parentPort!.postMessage({ i: m.i, entry: await checkOneFile(m.file, m.name, options) });
});
