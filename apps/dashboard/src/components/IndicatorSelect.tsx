interface TopicChoices {
  readonly code: string;
  readonly name: string;
  readonly indicators: readonly { readonly code: string; readonly name: string }[];
}

/** A list of every indicator, grouped by topic, for the pages' filter forms. */
export function IndicatorSelect({
  id,
  topics,
  value,
  onChange,
  anyLabel,
}: {
  id: string;
  topics: readonly TopicChoices[];
  value: string;
  onChange: (code: string) => void;
  /** When given, a first choice of no indicator in particular, with this label. */
  anyLabel?: string;
}) {
  return (
    <select
      id={id}
      value={value}
      onChange={(event) => {
        onChange(event.target.value);
      }}
    >
      {anyLabel === undefined ? null : <option value="">{anyLabel}</option>}
      {topics.map((topic) => (
        <optgroup key={topic.code} label={topic.name}>
          {topic.indicators.map((indicator) => (
            <option key={indicator.code} value={indicator.code}>
              {indicator.name}
            </option>
          ))}
        </optgroup>
      ))}
    </select>
  );
}
