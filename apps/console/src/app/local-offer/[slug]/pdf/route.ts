import { loadLocalOffer } from "~/server/local-offer";
import { localOfferPdfName } from "@pb/reports";
import { renderLocalOfferPdf } from "@pb/services";

// The Local Offer page as a PDF: public like the page, from the same data. The proxy gives it the
// download headers and the public pages' request limit.

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }): Promise<Response> {
  const { slug } = await params;
  try {
    const page = await loadLocalOffer(slug);
    if (!page)
      return new Response("There is no published personal budgets policy at this address.", {
        status: 404,
        headers: { "content-type": "text/plain; charset=utf-8" },
      });
    const bytes = await renderLocalOfferPdf(page);
    const body = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
    return new Response(body, {
      headers: {
        "content-type": "application/pdf",
        "content-disposition": `inline; filename="${localOfferPdfName(page.slug, page.offer.effectiveFrom)}"`,
      },
    });
  } catch (error) {
    console.error("Local Offer PDF failed:", error instanceof Error ? error.message : String(error));
    return new Response("Something went wrong on our side. Please try again.", {
      status: 500,
      headers: { "content-type": "text/plain; charset=utf-8" },
    });
  }
}
