// A worker thread of `dti check`: checks the batches of files it is sent, one file at a time, and posts their reports back.
import { parentPort, workerData } from "node:worker_threads";
import { checkOneFile, type DeskOptions, type WorkerBatch, type WorkerReply } from "./desk";

const options = workerData as DeskOptions;
parentPort!.on("message", async (m: WorkerBatch) => {
  const reply: WorkerReply = { entries: [] };
  for (const x of m.batch) reply.entries.push({ i: x.i, entry: await checkOneFile(x.file, x.name, options) });
  parentPort!.postMessage(reply);
});
