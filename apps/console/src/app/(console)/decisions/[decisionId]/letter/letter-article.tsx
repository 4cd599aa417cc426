import { LetterHead, LetterParagraphs, LetterSignOff } from "~/app/(console)/letters/_lib/family-letter-article";
import type { DecisionLetterView } from "~/app/(console)/requests/_lib/types";

type Letter = DecisionLetterView["letter"];

/** The letter model as a page: the same words the PDF prints, in the same order. */
export function LetterArticle({ letter }: { letter: Letter }) {
  return (
    <article className="decision-letter" aria-labelledby="letter-title">
      <LetterHead letter={letter} />
      <h2>What we decided</h2>
      {letter.lines.map((line, i) => (
        <section key={i} className="letter-line" aria-labelledby={`letter-line-${i}`}>
          <h3 id={`letter-line-${i}`}>{line.heading}</h3>
          <p>
            <strong>{line.outcomeText}.</strong> {line.summary}
          </p>
          <dl className="summary-list">
            {line.terms.map((term) => (
              <div key={term.label} className="letter-term">
                <dt>{term.label}</dt>
                <dd>{term.value}</dd>
              </div>
            ))}
          </dl>
          {line.reasonsHeading && (
            <>
              <h4>{line.reasonsHeading}</h4>
              <ol>
                {line.reasons.map((reason, j) => (
                  <li key={j}>
                    {reason.text} <span className="source">(Source: {reason.source})</span>
                  </li>
                ))}
              </ol>
            </>
          )}
        </section>
      ))}
      {letter.reviewBy && (
        <p className="letter-deadline">
          <strong>{letter.reviewBy.callout}</strong>
        </p>
      )}
      {letter.rights.map((section, k) => (
        <section key={section.heading} aria-labelledby={`letter-rights-${k}`}>
          <h2 id={`letter-rights-${k}`}>{section.heading}</h2>
          <LetterParagraphs paragraphs={section.paragraphs} />
        </section>
      ))}
      <LetterSignOff lines={letter.signOff} />
    </article>
  );
}
