/**
 * The census's columns, the job map's and the company band table's, declared once (see
 * columns.ts). A census's other columns are kept with each person as text, for grouping.
 */
import { CensusMessage } from "../core/messages";
import { invalidNumber, type Scalar } from "../core/values";
import { isoOf } from "../calendar/dates";
import { isoFromUk } from "../calendar/uk-date";
import { dateArgument } from "../args/dates";
import { nonNegativeNumber, rateArgument } from "../args/numbers";
import { levelArgument } from "../args/text";
import { asText, type TableColumn } from "./columns";

const column = <Name extends string>(
  name: Name,
  about: string,
  more: Partial<Omit<TableColumn<Name>, "name" | "about">> = {},
): TableColumn<Name> => ({ name, about, aliases: [], required: false, personal: false, ...more });

const money = (name: string) => (value: Scalar) => nonNegativeNumber(value, name, "85000");
const levelCell = (value: Scalar) => levelArgument(typeof value === "string" ? value.trim() : value);

const fteAbout = "a share of full time above 0 and up to 1, e.g. 0.6 or 60%";
function fteCell(value: Scalar): number {
  const share = rateArgument(value, "fte", { min: 0, max: 1 });
  if (share === 0) throw invalidNumber(CensusMessage.notValid("fte", fteAbout));
  return share ?? 1;
}

export const censusColumns = [
  column("id", "an id unique to the person, e.g. an employee number", { required: true, personal: true, read: asText }),
  column("role", "a guide role (`AIPAY.ROLES()`) or the company's own title, matched by the job map", {
    required: true,
    aliases: ["title", "job title", "company title", "job"],
    read: asText,
  }),
  column("level", "a level name or alias, or years of experience; empty for a leadership role", {
    aliases: ["grade", "years", "years of experience", "experience"],
    read: levelCell,
  }),
  column("location", "a location (`AIPAY.LOCATIONS()`); empty for the guide's default location", {
    aliases: ["office", "site", "work location"],
  }),
  column("salary", "an amount of pounds a year, 0 or more, e.g. 85000: the pay actually received", {
    required: true,
    personal: true,
    aliases: ["annual salary", "base salary", "base pay", "pay"],
    read: money("salary"),
  }),
  column("fte", fteAbout, { personal: true, aliases: ["full time equivalent"], read: fteCell }),
  column("department", "any text, for the summary by department", { aliases: ["dept", "team", "function"] }),
  column("start", "a date, ISO (2024-09-01) or day first (01/09/2024)", {
    personal: true,
    aliases: ["start date", "hire date", "joined"],
    read: (value) => isoOf(dateArgument(typeof value === "string" ? (isoFromUk(value) ?? value) : value, "start")),
  }),
] as const;

export type CensusColumn = (typeof censusColumns)[number]["name"];

export const jobMapColumns = [
  column("title", "the company's title as the census writes it", {
    required: true,
    aliases: ["company title", "job title"],
    read: asText,
  }),
  column("level", "the company's level or grade the line is for; empty for every level", {
    aliases: ["company level", "grade"],
    read: asText,
  }),
  column("role", "the guide role the title matches (`AIPAY.ROLES()`)", {
    required: true,
    aliases: ["guide role"],
    read: asText,
  }),
  column("guideLevel", "the guide level it matches; empty to use the census's level (a name or years)", {
    aliases: ["guide level"],
    read: levelCell,
  }),
] as const;

export type JobMapColumn = (typeof jobMapColumns)[number]["name"];

export const companyBandColumns = [
  column("role", "the company's title or a guide role", {
    required: true,
    aliases: ["title", "job title", "company title"],
    read: asText,
  }),
  column("level", "a level name, as the census gives it; empty for a leadership role", {
    aliases: ["grade"],
    read: levelCell,
  }),
  column("location", "a location; empty for every location", { aliases: ["office", "site"] }),
  column("low", "the band's low end, £ a year", { required: true, aliases: ["min", "minimum"], read: money("low") }),
  column("mid", "the band's mid, £ a year; empty for the midpoint of low and high", {
    aliases: ["midpoint", "target"],
    read: money("mid"),
  }),
  column("high", "the band's high end, £ a year", { required: true, aliases: ["max", "maximum"], read: money("high") }),
] as const;

export type CompanyBandColumn = (typeof companyBandColumns)[number]["name"];
