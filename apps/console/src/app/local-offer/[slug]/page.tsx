import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import type { LocalOfferHistoryEntry } from "@pb/reports";
import { loadLocalOffer } from "~/server/local-offer";
import { groupOfferBlocks } from "@pb/reports";
import styles from "./local-offer.module.css";

// The council's Local Offer page for personal budgets (issue 22): public, no sign-in, made from the
// policy version in force by the same words as its PDF. Nothing here decides anything.

type Props = { params: Promise<{ slug: string }> };

const load = cache(async (slug: string) => loadLocalOffer(slug));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const page = await load((await params).slug);
  return { title: page ? `Personal budgets: ${page.councilName}` : "Page not found" };
}

function VersionEntry({ entry, current }: { entry: LocalOfferHistoryEntry; current: boolean }) {
  const when = entry.untilText
    ? `in force from ${entry.effectiveFromText} to ${entry.untilText}`
    : current
      ? `in force from ${entry.effectiveFromText} (this version)`
      : `takes effect on ${entry.effectiveFromText}`;
  return (
    <li>
      <p>
        <strong>Version {entry.versionNumber}</strong>, {when}.
      </p>
      {entry.changes === null ? (
        <p>The first version published here.</p>
      ) : entry.changes.length === 0 ? (
        <p>No change to what this page says.</p>
      ) : (
        <>
          <p>What changed from the version before:</p>
          <ul>
            {entry.changes.map((change, i) => (
              <li key={i}>{change}</li>
            ))}
          </ul>
        </>
      )}
    </li>
  );
}

export default async function LocalOfferPage({ params }: Props) {
  const { slug } = await params;
  const page = await load(slug);
  if (!page) notFound();
  const { offer } = page;
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to main content
      </a>
      <header className={styles.header}>
        <p>{page.councilName}: Local Offer</p>
      </header>
      <main id="main" className={styles.page}>
        <h1>Personal budgets</h1>
        <p className="lede">
          {page.councilName}&apos;s personal budgets policy, in force from {offer.effectiveFromText} (version {page.versionNumber}
          ).
        </p>
        <p>
          <a href={`/local-offer/${page.slug}/pdf`}>Download this page as a PDF</a>
        </p>
        <nav className={styles.contents} aria-labelledby="contents-heading">
          <h2 id="contents-heading">Contents</h2>
          <ol>
            {offer.sections.map((section) => (
              <li key={section.id}>
                <a href={`#${section.id}`}>{section.heading}</a>
              </li>
            ))}
            <li>
              <a href="#versions">Versions of this policy</a>
            </li>
          </ol>
        </nav>
        {offer.sections.map((section) => (
          <section key={section.id} aria-labelledby={section.id}>
            <h2 id={section.id}>{section.heading}</h2>
            {groupOfferBlocks(section.blocks).map((part) =>
              part.kind === "list" ? (
                <ul key={part.key}>
                  {part.items.map((item) => (
                    <li key={item.key}>{item.text}</li>
                  ))}
                </ul>
              ) : part.kind === "subheading" ? (
                <h3 key={part.block.key}>{part.block.text}</h3>
              ) : (
                <p key={part.block.key}>{part.block.text}</p>
              ),
            )}
          </section>
        ))}
        <section aria-labelledby="versions">
          <h2 id="versions">Versions of this policy</h2>
          {page.upcoming.length > 0 && (
            <>
              <h3>Coming into force</h3>
              <ul className={styles.versions}>
                {page.upcoming.map((entry) => (
                  <VersionEntry key={entry.versionNumber} entry={entry} current={false} />
                ))}
              </ul>
            </>
          )}
          <h3>In force and earlier</h3>
          <ul className={styles.versions}>
            {page.history.map((entry, i) => (
              <VersionEntry key={entry.versionNumber} entry={entry} current={i === 0} />
            ))}
          </ul>
        </section>
      </main>
    </>
  );
}
