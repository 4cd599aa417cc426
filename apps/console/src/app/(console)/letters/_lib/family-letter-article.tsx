import type { FamilyLetter, LetterHeading, LetterParagraph } from "@pb/reports";

/** What every letter to a family opens with, on the page as in the PDF: council, date, reference, title, child, greeting. */
export function LetterHead({ letter }: { letter: LetterHeading }) {
  return (
    <>
      <header className="letter-head">
        <p className="letter-council">{letter.councilName}</p>
        <p>
          {letter.dateText}
          <br />
          Our reference: {letter.childReference}
        </p>
      </header>
      <h1 id="letter-title">{letter.title}</h1>
      <p>
        <strong>Child or young person:</strong> {letter.childName}
      </p>
      <p>{letter.salutation}</p>
      {letter.opening.map((text, i) => (
        <p key={i}>{text}</p>
      ))}
    </>
  );
}

/** A cessation notice or the outcome of a review as a page: the same words the PDF prints, in the same order. */
export function FamilyLetterArticle({ letter }: { letter: FamilyLetter }) {
  return (
    <article className="decision-letter" aria-labelledby="letter-title">
      <LetterHead letter={letter} />
      {letter.sections.map((section, k) => (
        <section key={k} aria-labelledby={`letter-section-${k}`}>
          <h2 id={`letter-section-${k}`}>{section.heading}</h2>
          {section.terms.length > 0 && (
            <dl className="summary-list">
              {section.terms.map((term) => (
                <div key={term.label} className="letter-term">
                  <dt>{term.label}</dt>
                  <dd>{term.value}</dd>
                </div>
              ))}
            </dl>
          )}
          <LetterParagraphs paragraphs={section.paragraphs} />
        </section>
      ))}
      <LetterSignOff lines={letter.signOff} />
    </article>
  );
}

/** A section's paragraphs, each with the rule it rests on. */
export function LetterParagraphs({ paragraphs }: { paragraphs: readonly LetterParagraph[] }) {
  return (
    <>
      {paragraphs.map((p, i) => (
        <p key={i}>
          {p.text} {p.source && <span className="source">(Source: {p.source})</span>}
        </p>
      ))}
    </>
  );
}

/** "Yours sincerely", then the sender's lines. */
export function LetterSignOff({ lines }: { lines: readonly string[] }) {
  return (
    <>
      <p>{lines[0]}</p>
      <p>
        {lines.slice(1).map((line, i) => (
          <span key={i}>
            {i > 0 && <br />}
            {line}
          </span>
        ))}
      </p>
    </>
  );
}
