// Background jobs. pg-boss (in the database's `pgboss` schema, on PGlite or PostgreSQL) carries the work between
// processes and retries what a crash interrupted; the generation_jobs table holds what a person sees of a job —
// status, stage, progress, partial document, result or error — and every change NOTIFYs `pagehub_jobs`, so the
// event streams of any process follow it within moments. Today's one job: generating a site from a description.
export { generationQueueOn, inProcessGenerationQueue, startGenerationWorker, GENERATION_QUEUE, type GenerationQueue } from './generation-queue.ts';
export { runGenerationJob, generationSummary, type GenerationWorkerDeps } from './generation-worker.ts';
export {
  findJobByIdempotencyKey,
  getJobOf,
  insertGenerationJob,
  isFinalStatus,
  jobView,
  updateJob,
  JOBS_CHANNEL,
  type GenerationJob,
  type JobError,
  type JobResult,
  type JobStatus,
  type JobView,
} from './generation-jobs.ts';
export { createJobWakeups, type JobWakeups } from './job-wakeups.ts';
export { startPeriodicTask, type PeriodicTask, type PeriodicTaskOptions } from './periodic-task.ts';
export { abandonStaleGenerationJobs, deleteFinishedGenerationJobs } from './stale-jobs.ts';
export { startJobQueue, type JobQueue } from './queue.ts';
// Large photos' variants, made after the upload is answered (src/assets/finish-picture.ts).
export { inProcessPictureQueue, pictureQueueOn, startPictureWorker, PICTURE_QUEUE, type PictureQueue, type PictureWork } from './picture-queue.ts';
export { watchJob, type JobUpdate } from './watch-job.ts';
export type { FailedJob, QueueFigures } from './job-admin.ts';
