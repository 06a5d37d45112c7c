/** The messages for a date the calendar cannot read: an Excel serial or ISO text. */
export const DateMessage = {
  notSerial: (argument: string, serial: number, maxSerial: number) =>
    `${argument} ${serial} is not an Excel date: serials run from 1 (1900-01-01) to ${maxSerial}.`,
  notSerial1904: (argument: string, serial: number, maxSerial: number) =>
    `${argument} ${serial} is not a date in this workbook's 1904 date system: serials run from 0 (1904-01-01) to ${maxSerial}.`,
  fakeLeapDay: (argument: string) => `${argument} 60 is Excel's 29 February 1900, a day that never existed.`,
  beforeFirstYear: (argument: string, text: string, firstYear: number) =>
    `${argument} "${text}" is before ${firstYear}, where Excel's dates begin.`,
  notCalendarDate: (argument: string, text: string) => `${argument} "${text}" is not a calendar date.`,
};
