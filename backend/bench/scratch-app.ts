import { NestExpressApplication } from '@nestjs/platform-express';
import { startBenchDeployment } from './chat-bench-app';

export interface ScratchApp {
  app: NestExpressApplication;
  url: string;
  databaseUrl: string;
  close(): Promise<void>;
}

/** The real server on a throwaway database (a deployment of one instance), dropped again on close. */
export async function startScratchApp(env: Record<string, string> = {}): Promise<ScratchApp> {
  const deployment = await startBenchDeployment(1, env);
  const [instance] = deployment.instances;
  return { app: instance.app, url: instance.url, databaseUrl: deployment.databaseUrl, close: () => deployment.close() };
}
