import pg from "pg";
import type { TestProject } from "vitest/node";
import { TEST_SERVER_URL } from "./test-server-url";

// Each run gets a database of its own on the server, made here and dropped afterwards, so that
// runs never see each other's rows or an older schema.

export default async function setup(project: TestProject) {
  const serverUrl = TEST_SERVER_URL;
  const admin = new pg.Client({ connectionString: serverUrl });
  try {
    await admin.connect();
  } catch (error) {
    throw new Error(
      `The PostgreSQL integration tests need a server at ${serverUrl} (set TEST_DATABASE_URL to use another). ` +
        `It could not be reached: ${(error as Error).message}. ` +
        `On the CI machine start it with: pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start`,
    );
  }
  const name = `pb_test_${process.pid}_${Date.now()}`;
  await admin.query(`create database ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  project.provide("postgresUrl", url.toString());
  return async () => {
    await admin.query(`drop database if exists ${name} with (force)`);
    await admin.end();
  };
}

declare module "vitest" {
  export interface ProvidedContext {
    postgresUrl: string;
  }
}
