"use client";

import type { GroupProps } from "./editor-types";
import { Group, TextField } from "./fields";

type StreamCode = keyof GroupProps["doc"]["streams"];

/** R12: the panel that decides each stream's requests; an empty name leaves the stream without one. */
export function PanelsForm({ doc, errors, vocabulary, edit }: GroupProps) {
  return (
    <Group path={["panels"]} legend="Panels" errors={errors}>
      {vocabulary.streams.map((stream) => {
        const rules = doc.streams[stream.code as StreamCode];
        if (!rules) return null;
        const at = ["streams", stream.code, "panel"];
        return (
          <TextField
            key={stream.code}
            path={[...at, "name"]}
            label={`${stream.label}: panel that decides`}
            errors={errors}
            wide
            value={rules.panel?.name ?? ""}
            onChange={(text) =>
              edit(text === "" ? { path: at, value: undefined } : { path: [...at, "name"], value: text, citeAt: at, rule: vocabulary.rules.panel })
            }
          />
        );
      })}
    </Group>
  );
}
