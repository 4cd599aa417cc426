/** The PostgreSQL server the tests use, as an owner that may create databases and roles (README, TEST_DATABASE_URL). */
export const TEST_SERVER_URL = process.env.TEST_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/test";
