// Runs once when the server starts: migrate the database before the first request.
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { getDatabase } = await import("./server/database");
    await getDatabase();
    // With NOTIFY_API_KEY set, the outbox is sent from here too (README, "GOV.UK Notify").
    const { startNotifySender } = await import("./server/notify-sender");
    startNotifySender();
  }
}
