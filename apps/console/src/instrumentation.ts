// Runs once when the server starts: migrate the database before the first request.
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { getDatabase } = await import("./server/database");
    await getDatabase();
  }
}
