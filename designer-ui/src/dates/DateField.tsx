import { DateInput, type DateInputProps } from '@mantine/dates';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { displayTimeZone } from '../i18n/format';
import { fromPicker, parseTyped, shownFormat, toPicker } from './formats';
import { shownIn, typedIn } from './zoned';

export interface DateFieldProps extends Omit<DateInputProps, 'value' | 'onChange' | 'valueFormat' | 'withTime' | 'dateParser' | 'defaultValue'> {
  /** `YYYY-MM-DD`, or with `withTime` `YYYY-MM-DDTHH:mm` (local time); '' when empty. */
  value: string;
  onChange: (value: string) => void;
  withTime?: boolean;
}

/**
 * The one date (and date-and-time) input of the app: shows and reads dates the way the UI
 * language writes them, whatever the browser's own format. Typing does not open the calendar
 * (it would cover the fields below); a click or ArrowDown does, Escape and leaving close it.
 * A date-time is read and typed in the account's time zone; the form keeps the browser's local value.
 */
export function DateField({ value, onChange, withTime = false, onClick, onKeyDown, onBlur, popoverProps, ...rest }: DateFieldProps) {
  const { i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'en';
  const [open, setOpen] = useState(false);
  const zone = withTime ? displayTimeZone() : undefined;
  const shown = zone && value ? shownIn(value, zone) : toPicker(value);
  return (
    <DateInput
      {...rest}
      key={language}
      value={shown}
      onChange={(picked) => {
        setOpen(false);
        onChange(zone && picked ? typedIn(picked, zone) : fromPicker(picked, withTime));
      }}
      withTime={withTime}
      valueFormat={shownFormat(language, withTime)}
      dateParser={(text) => parseTyped(text, language, withTime)}
      allowDeselect={!rest.required}
      popoverProps={{ ...popoverProps, opened: open }}
      onClick={(event) => {
        setOpen(true);
        onClick?.(event);
      }}
      onKeyDown={(event) => {
        if (event.key === 'ArrowDown') setOpen(true);
        if (event.key === 'Escape' || event.key === 'Enter' || event.key === 'Tab') setOpen(false);
        onKeyDown?.(event);
      }}
      onBlur={(event) => {
        setOpen(false);
        onBlur?.(event);
      }}
    />
  );
}
