"use client";

// Shown instead of a crashed page: a plain message and a way on, never the error's details.
export default function ConsoleError({ reset }: { error: Error; reset: () => void }) {
  return (
    <div className="error-summary" role="alert">
      <h1>Sorry, something went wrong</h1>
      <p>The page could not be shown. Your work has not been half saved: each change is saved whole or not at all.</p>
      <button type="button" className="button secondary" onClick={reset}>
        Try again
      </button>
    </div>
  );
}
