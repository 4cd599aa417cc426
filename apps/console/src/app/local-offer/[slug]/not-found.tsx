export default function LocalOfferNotFound() {
  return (
    <main id="main">
      <h1>Page not found</h1>
      <p>
        There is no published personal budgets policy at this address. Check the address, or ask the council for its Local Offer
        page.
      </p>
    </main>
  );
}
