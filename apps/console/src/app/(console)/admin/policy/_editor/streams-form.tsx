"use client";

import styles from "../policy.module.css";
import type { GroupProps } from "./editor-types";
import { CheckboxField, Group } from "./fields";

type StreamCode = keyof GroupProps["doc"]["streams"];

/** Which funding streams the council offers, and the arrangements each offers. */
export function StreamsForm({ doc, errors, vocabulary, edit }: GroupProps) {
  return (
    <Group path={["streams"]} legend="Streams offered" errors={errors}>
      {vocabulary.streams.map((stream) => {
        const rules = doc.streams[stream.code as StreamCode];
        if (!rules) return <p key={stream.code}>{stream.label}: not covered by this policy.</p>;
        const at = ["streams", stream.code];
        return (
          <div key={stream.code} className={styles.fields}>
            <CheckboxField
              path={[...at, "offered"]}
              label={<strong>{stream.label}: offered</strong>}
              errors={errors}
              checked={rules.offered}
              onChange={(checked) => edit({ path: [...at, "offered"], value: checked, citeAt: at })}
            />
            {vocabulary.arrangements.map((a) => {
              const path = [...at, "arrangements", a.code];
              const offer = rules.arrangements[a.code as keyof typeof rules.arrangements];
              return (
                <CheckboxField
                  key={a.code}
                  path={[...path, "offered"]}
                  label={`${a.label}`}
                  errors={errors}
                  checked={offer?.offered ?? false}
                  onChange={(checked) => edit({ path: [...path, "offered"], value: checked, citeAt: path, rule: vocabulary.rules.arrangements })}
                />
              );
            })}
          </div>
        );
      })}
    </Group>
  );
}
