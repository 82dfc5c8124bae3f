import * as React from "react";
import {
  Button,
  Dropdown,
  Field,
  Input,
  Option,
  OptionGroup,
  Radio,
  RadioGroup,
  Select,
  Switch,
  Text,
} from "@fluentui/react-components";
import type { EbitdaDefinition } from "../../../core/settings";
import { sourcesOf, type SourceRequest } from "../../../workbook/port";
import { describeSource as sourceWords } from "../../model/sources";
import { fxText, isValidSheetName, parseFxInput } from "../../model/stored";
import { t } from "../../strings";
import { MessageArea } from "../MessageArea/MessageArea";
import { DetectedBlocks } from "../DetectedBlocks/DetectedBlocks";
import { LineMapping } from "../LineMapping/LineMapping";
import { SourceList } from "../SourceList/SourceList";
import type { SetupViewProps } from "./SetupView.types";
import { useSetupViewStyles } from "./useSetupViewStyles.styles";

function sourceValue(source: SourceRequest): string {
  if (source.kind === "name") return `name:${source.name}`;
  if (source.kind === "table") return `table:${source.table}`;
  return "";
}

function describeSource(source: SourceRequest): string {
  return sourceWords(source, {
    sourceSelection: t("sourceSelection"),
    sourceName: t("sourceName"),
    sourceTable: t("sourceTable"),
  });
}

/** Set up: the source of the figures, what was understood of it, and the options of the summary. */
export function SetupView(props: SetupViewProps): React.JSX.Element {
  const { stored, sources, understanding, busy, hasWorkbook, message } = props;
  const styles = useSetupViewStyles();
  const settings = stored.settings;
  const months = t("months");
  const [fx, setFx] = React.useState(fxText(settings.fx));
  const [fxInvalid, setFxInvalid] = React.useState(false);
  const [sheetName, setSheetName] = React.useState(settings.outputSheet);
  React.useEffect(() => setFx(fxText(settings.fx)), [settings.fx]);
  React.useEffect(() => setSheetName(settings.outputSheet), [settings.outputSheet]);
  const sheetInvalid = !isValidSheetName(sheetName);
  const currency = settings.reportingCurrency ?? "";

  const commitFx = (text: string) => {
    const parsed = parseFxInput(text, currency || "JPY");
    setFxInvalid(!parsed.ok);
    if (parsed.ok) props.onChange({ fx: parsed.fx });
  };

  const chosen = sourceValue(stored.source);
  const names = sources?.names ?? [];
  const tables = sources?.tables ?? [];

  return (
    <div className={styles.root}>
      <MessageArea message={message} onDismiss={props.onDismiss} />

      <section className={styles.section} aria-labelledby="qd-source-heading">
        <h2 id="qd-source-heading" className={styles.heading}>
          {t("sourceHeading")}
        </h2>
        <Text>
          {t("currentSource")}:{" "}
          <strong>{understanding?.source ?? describeSource(stored.source)}</strong>
        </Text>
        <div className={styles.row}>
          <Button onClick={props.onUseSelection} disabled={busy || !hasWorkbook}>
            {t("useSelection")}
          </Button>
          <Button onClick={props.onDetect} disabled={busy || !hasWorkbook}>
            {t("detect")}
          </Button>
        </div>
        <SourceList
          sources={sourcesOf(stored)}
          busy={busy}
          hasWorkbook={hasWorkbook}
          onAddSelection={props.onAddSelection}
          onRemove={props.onRemoveSource}
          onDetectWorkbook={props.onDetectWorkbook}
        />
        {props.detected ? (
          <DetectedBlocks
            sheets={props.detected}
            busy={busy}
            onKeep={props.onKeepSources}
            onClose={props.onCloseDetected}
          />
        ) : null}
        <Field
          label={t("namedSource")}
          hint={names.length + tables.length === 0 ? t("noSources") : undefined}
        >
          <Dropdown
            placeholder={t("namedSourcePlaceholder")}
            disabled={busy || names.length + tables.length === 0}
            selectedOptions={chosen ? [chosen] : []}
            value={chosen ? describeSource(stored.source) : ""}
            onOptionSelect={(_, data) => {
              const v = data.optionValue ?? "";
              if (v.startsWith("name:")) props.onChooseSource({ kind: "name", name: v.slice(5) });
              else if (v.startsWith("table:"))
                props.onChooseSource({ kind: "table", table: v.slice(6) });
            }}
          >
            {names.length > 0 ? (
              <OptionGroup label={t("namedRangesGroup")}>
                {names.map((n) => (
                  <Option key={`name:${n}`} value={`name:${n}`} text={t("sourceName")(n)}>
                    {n}
                  </Option>
                ))}
              </OptionGroup>
            ) : null}
            {tables.length > 0 ? (
              <OptionGroup label={t("tablesGroup")}>
                {tables.map((n) => (
                  <Option key={`table:${n}`} value={`table:${n}`} text={t("sourceTable")(n)}>
                    {n}
                  </Option>
                ))}
              </OptionGroup>
            ) : null}
          </Dropdown>
        </Field>
      </section>

      <section className={styles.section} aria-labelledby="qd-understood-heading">
        <h2 id="qd-understood-heading" className={styles.heading}>
          {t("understoodHeading")}
        </h2>
        {understanding ? (
          <>
            <dl className={styles.facts}>
              <dt className={styles.term}>{t("layout")}</dt>
              <dd className={styles.definition}>{t("layoutNames")[understanding.layout]}</dd>
              <dt className={styles.term}>{t("periods")}</dt>
              <dd className={styles.definition}>
                {understanding.firstPeriod && understanding.lastPeriod
                  ? t("periodsRange")(
                      understanding.firstPeriod,
                      understanding.lastPeriod,
                      understanding.periodCount
                    )
                  : "—"}
              </dd>
              <dt className={styles.term}>{t("fiscalYear")}</dt>
              <dd className={styles.definition}>
                {t("fiscalYearDescription")(
                  months[understanding.fyEndMonth - 1] ?? String(understanding.fyEndMonth),
                  understanding.naming === "start-year" ? t("namingStartYear") : t("namingEndYear"),
                  understanding.calendarInferred
                )}
              </dd>
              <dt className={styles.term}>{t("moneyUnit")}</dt>
              <dd className={styles.definition}>{understanding.money}</dd>
            </dl>
            <LineMapping
              rows={understanding.mapping}
              labelMap={settings.labelMap}
              busy={busy}
              onChange={props.onChange}
            />
            <Text size={200} className={styles.caption}>
              {t("mappingHint")}
            </Text>
          </>
        ) : (
          <Text>{t("notUnderstoodYet")}</Text>
        )}
      </section>

      <section className={styles.section} aria-labelledby="qd-options-heading">
        <h2 id="qd-options-heading" className={styles.heading}>
          {t("optionsHeading")}
        </h2>
        <Field label={t("fyEndMonth")}>
          <Select
            value={settings.fyEndMonth === undefined ? "" : String(settings.fyEndMonth)}
            onChange={(_, data) =>
              props.onChange({ fyEndMonth: data.value === "" ? undefined : Number(data.value) })
            }
          >
            <option value="">{t("fyEndAuto")}</option>
            {months.map((m, i) => (
              <option key={m} value={String(i + 1)}>
                {m}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={t("ebitdaDefinition")}>
          <RadioGroup
            value={settings.ebitda}
            onChange={(_, data) => props.onChange({ ebitda: data.value as EbitdaDefinition })}
          >
            <Radio value="net-income" label={t("ebitdaNetIncome")} />
            <Radio value="operating" label={t("ebitdaOperating")} />
          </RadioGroup>
        </Field>
        <Field label={t("currency")} hint={t("currencyHint")}>
          <Input
            value={currency}
            maxLength={3}
            onChange={(_, data) =>
              props.onChange({
                reportingCurrency:
                  data.value.trim() === "" ? undefined : data.value.trim().toUpperCase(),
              })
            }
          />
        </Field>
        <Field
          label={t("fxRate")}
          hint={fxInvalid ? undefined : t("fxRateHint")}
          validationState={fxInvalid ? "error" : "none"}
          validationMessage={fxInvalid ? t("badFxRate")(fx) : undefined}
        >
          <Input value={fx} onChange={(_, data) => setFx(data.value)} onBlur={() => commitFx(fx)} />
        </Field>
        <Field
          label={t("outputSheet")}
          validationState={sheetInvalid ? "error" : "none"}
          validationMessage={sheetInvalid ? t("badSheetName") : undefined}
        >
          <Input
            value={sheetName}
            onChange={(_, data) => {
              setSheetName(data.value);
              if (isValidSheetName(data.value)) props.onChange({ outputSheet: data.value });
            }}
          />
        </Field>
        <Switch
          checked={settings.formulas}
          label={t("formulas")}
          onChange={(_, data) => props.onChange({ formulas: data.checked })}
        />
        <div className={styles.row}>
          <Button
            onClick={props.onSave}
            disabled={busy || !hasWorkbook || sheetInvalid || fxInvalid}
          >
            {t("save")}
          </Button>
        </div>
      </section>
    </div>
  );
}
