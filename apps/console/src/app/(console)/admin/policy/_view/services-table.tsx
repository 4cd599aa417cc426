
import { describeSettingValue } from "@pb/eligibility";
import type { PolicyDocument, Provenance } from "../_lib/types";
import styles from "../policy.module.css";
import { Citation } from "./citation";
import { ProvenanceMarker } from "./marker";
import { describeRequirement, listRequirements } from "./requirements";

type StreamPolicy = NonNullable<PolicyDocument["streams"]["education"]>;
type Props = { streamCode: string; streamLabel: string; rules: StreamPolicy; policyName: string; provenance: Provenance };

/** The stream's table of provision (R6, R7, R10): each service, in a budget or not, as a direct payment or not, and its conditions. */
export function ServicesTable({ streamCode, streamLabel, rules, policyName, provenance }: Props) {
  return (
    <table className={styles.compact}>
      <caption>{streamLabel}: services</caption>
      <thead>
        <tr>
          <th scope="col">Service</th>
          <th scope="col">In a personal budget</th>
          <th scope="col">As a direct payment</th>
          <th scope="col">Conditions</th>
          <th scope="col">Source</th>
          <th scope="col">Where it comes from</th>
        </tr>
      </thead>
      <tbody>
        {Object.entries(rules.services).map(([code, service]) => {
          const conditions = listRequirements(service.requires);
          return (
            <tr key={code}>
              <th scope="row">{service.name}</th>
              <td>{describeSettingValue(service.personalBudget)}</td>
              <td>{describeSettingValue(service.directPayment)}</td>
              <td>{conditions.length === 0 ? "None" : conditions.map(({ kind, requirement }) => describeRequirement(kind, requirement)).join("; ")}</td>
              <td>
                <Citation source={service.source} policyName={policyName} />
              </td>
              <td>
                <ProvenanceMarker provenance={provenance} prefix={`streams.${streamCode}.services.${code}`} />
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
