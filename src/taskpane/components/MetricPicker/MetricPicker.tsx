import * as React from "react";
import { Combobox, Option } from "@fluentui/react-components";
import { filterChoices, metricChoices } from "../../model/mapping";
import { currentLocale, t } from "../../strings";
import type { MetricPickerProps } from "./MetricPicker.types";
import { useMetricPickerStyles } from "./useMetricPickerStyles.styles";

/**
 * The metric a row label is read as, chosen from the vocabulary with search: typing filters the ids and their
 * labels; typing an id such as `revenue.hosting` offers it as a new metric.
 */
export function MetricPicker(props: MetricPickerProps): React.JSX.Element {
  const { label, metric, disabled, onChoose } = props;
  const styles = useMetricPickerStyles();
  // What the user is typing; null while not searching (the field then shows the current id).
  const [query, setQuery] = React.useState<string | null>(null);
  const japanese = currentLocale() === "ja";
  const choices = React.useMemo(
    () => filterChoices(metricChoices(metric, query ?? ""), query ?? ""),
    [metric, query]
  );

  return (
    <Combobox
      aria-label={t("mappingMetricFor")(label)}
      className={styles.root}
      input={{ className: styles.input }}
      size="small"
      freeform
      disabled={disabled}
      value={query ?? metric}
      selectedOptions={[metric]}
      onChange={(event) => setQuery(event.target.value)}
      onOptionSelect={(_, data) => {
        // Clearing the text also "selects" nothing: keep searching then.
        if (!data.optionValue) return;
        setQuery(null);
        onChoose(data.optionValue);
      }}
      // Leaving the field without choosing puts the current id back.
      onBlur={() => setQuery(null)}
    >
      {choices.length === 0 ? (
        <Option value="" text={t("mappingNoMatch")} disabled>
          {t("mappingNoMatch")}
        </Option>
      ) : (
        choices.map((c) => (
          <Option key={c.id} value={c.id} text={c.id}>
            <span className={styles.option}>
              <span className={styles.id}>{c.id}</span>
              {c.typed || c.label ? (
                <span className={styles.hint}>
                  {c.typed ? t("mappingNewMetric") : japanese ? (c.labelJa ?? c.label) : c.label}
                </span>
              ) : null}
            </span>
          </Option>
        ))
      )}
    </Combobox>
  );
}
