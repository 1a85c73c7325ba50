import { parentPort, workerData } from 'node:worker_threads';
import { runFold, type FoldJob } from './fold-training';

// Runs one cross-validation fold in a worker thread and posts its result back.
parentPort?.postMessage(runFold(workerData as FoldJob));
