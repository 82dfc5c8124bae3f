import * as React from "react";
import {
  Badge,
  Button,
  Field,
  SearchBox,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
} from "@fluentui/react-components";
import { groupLines } from "../../model/lineGroups";
import { chosenMetric, shownMapping, withChoice, withoutChoice } from "../../model/mapping";
import { metricWords } from "../../model/metricWords";
import type { MappingRow } from "../../model/understanding";
import { currentLocale, t } from "../../strings";
import { MetricPicker } from "../MetricPicker/MetricPicker";
import type { LineMappingProps } from "./LineMapping.types";
import { useLineMappingStyles } from "./useLineMappingStyles.styles";

/**
 * The lines read and the metric of each, in words, grouped by source: the first group open, the others collapsed
 * until opened; a search over labels and metrics shows the matching lines of every group.
 */
export function LineMapping(props: LineMappingProps): React.JSX.Element {
  const { rows, labelMap, busy } = props;
  const styles = useLineMappingStyles();
  const [query, setQuery] = React.useState("");
  const [open, setOpen] = React.useState<Readonly<Record<string, boolean>>>({});
  const japanese = currentLocale() === "ja";
  const text = t("metricWords");
  const wordsOf = React.useCallback(
    (row: MappingRow) => {
      const metric = shownMapping(row, labelMap).metric;
      return metricWords(
        metric,
        row.nature ? { text, japanese, nature: row.nature } : { text, japanese }
      );
    },
    [labelMap, text, japanese]
  );
  const groups = React.useMemo(() => groupLines(rows, query, wordsOf), [rows, query, wordsOf]);
  const searching = query.trim() !== "";
  // The group rows show as soon as the lines come from several sources, whatever the search keeps.
  const several = React.useMemo(() => new Set(rows.map((r) => r.source)).size > 1, [rows]);

  return (
    <div className={styles.root}>
      <Field label={t("linesSearch")}>
        <SearchBox
          value={query}
          placeholder={t("linesSearchPlaceholder")}
          onChange={(_, data) => setQuery(data.value)}
        />
      </Field>
      <div className={styles.tableWrap}>
        <Table size="extra-small" aria-label={t("mappingCaption")}>
          <TableHeader>
            <TableRow>
              <TableHeaderCell>{t("mappingLabel")}</TableHeaderCell>
              <TableHeaderCell>{t("mappingMetric")}</TableHeaderCell>
              <TableHeaderCell>{t("mappingUnit")}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {groups.map((group, g) => {
              const expanded = searching || (open[group.source] ?? g === 0);
              const title = t("linesGroup")(group.source, group.lines.length);
              return (
                <React.Fragment key={group.source}>
                  {several ? (
                    <TableRow>
                      <TableCell colSpan={3} className={styles.groupCell}>
                        <Button
                          appearance="subtle"
                          size="small"
                          className={styles.groupButton}
                          aria-expanded={expanded}
                          disabled={searching}
                          onClick={() => setOpen((o) => ({ ...o, [group.source]: !expanded }))}
                        >
                          {`${expanded ? "▾" : "▸"} ${title}`}
                        </Button>
                      </TableCell>
                    </TableRow>
                  ) : null}
                  {expanded
                    ? group.lines.map(({ row, index }) => {
                        const shown = shownMapping(row, labelMap);
                        const words = wordsOf(row);
                        return (
                          <TableRow key={`${row.label}-${index}`}>
                            <TableCell className={styles.label}>{row.label}</TableCell>
                            <TableCell>
                              <div className={styles.metricCell}>
                                <Text className={styles.words} title={shown.metric}>
                                  {words}
                                </Text>
                                <div className={styles.actions}>
                                  <MetricPicker
                                    label={row.label}
                                    metric={shown.metric}
                                    disabled={busy}
                                    onChoose={(metric) =>
                                      props.onChange({
                                        labelMap: withChoice(labelMap, row.label, metric),
                                      })
                                    }
                                  />
                                  {chosenMetric(labelMap, row.label) !== undefined ? (
                                    <Button
                                      size="small"
                                      appearance="subtle"
                                      aria-label={t("mappingReset")(row.label)}
                                      title={t("mappingReset")(row.label)}
                                      disabled={busy}
                                      onClick={() =>
                                        props.onChange({
                                          labelMap: withoutChoice(labelMap, row.label),
                                        })
                                      }
                                    >
                                      {t("mappingResetText")}
                                    </Button>
                                  ) : null}
                                  {shown.unknown ? (
                                    <Badge appearance="tint" color="warning" size="small">
                                      {t("unknownLabel")}
                                    </Badge>
                                  ) : null}
                                </div>
                              </div>
                            </TableCell>
                            <TableCell>{row.unit}</TableCell>
                          </TableRow>
                        );
                      })
                    : null}
                </React.Fragment>
              );
            })}
          </TableBody>
        </Table>
      </div>
      {searching && groups.length === 0 ? (
        <Text className={styles.none}>{t("linesNoMatch")}</Text>
      ) : null}
    </div>
  );
}
