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

/** A column as declared: its name and what it takes, and whatever differs from the defaults. */
type Declared = { readonly name: string; readonly about: string } & Partial<Omit<TableColumn, "name" | "about">>;

/**
 * A table's columns from their declarations, the defaults filled in: no aliases, optional,
 * not personal. Called as pure, so a bundle that reads no census (the custom functions'
 * functions.js) leaves the tables out.
 */
function tableColumns<const T extends readonly Declared[]>(declared: T): readonly TableColumn<T[number]["name"]>[] {
  return declared.map((column) => ({ aliases: [], required: false, personal: false, ...column }));
}

const money = (value: Scalar, name: string) => nonNegativeNumber(value, name, "85000");
const levelCell = (value: Scalar) => levelArgument(typeof value === "string" ? value.trim() : value);

const fteAbout = "a share of full time above 0 and up to 1, e.g. 0.6 or 60%";
function fteCell(value: Scalar): number {
  const share = rateArgument(value, "fte", { min: 0, max: 1 });
  if (share === 0) throw invalidNumber(CensusMessage.notValid("fte", fteAbout));
  return share ?? 1;
}

export const censusColumns = /* @__PURE__ */ tableColumns([
  {
    name: "id",
    about: "an id unique to the person, e.g. an employee number",
    required: true,
    personal: true,
    read: asText,
  },
  {
    name: "role",
    about: "a guide role (`AIPAY.ROLES()`) or the company's own title, matched by the job map",
    required: true,
    aliases: ["title", "job title", "company title", "job"],
    read: asText,
  },
  {
    name: "level",
    about: "a level name or alias, or years of experience; empty for a leadership role",
    aliases: ["grade", "years", "years of experience", "experience"],
    read: levelCell,
  },
  {
    name: "location",
    about: "a location (`AIPAY.LOCATIONS()`); empty for the guide's default location",
    aliases: ["office", "site", "work location"],
  },
  {
    name: "salary",
    about: "an amount of pounds a year, 0 or more, e.g. 85000: the pay actually received",
    required: true,
    personal: true,
    aliases: ["annual salary", "base salary", "base pay", "pay"],
    read: (value) => money(value, "salary"),
  },
  { name: "fte", about: fteAbout, personal: true, aliases: ["full time equivalent"], read: fteCell },
  { name: "department", about: "any text, for the summary by department", aliases: ["dept", "team", "function"] },
  {
    name: "start",
    about: "a date, ISO (2024-09-01) or day first (01/09/2024)",
    personal: true,
    aliases: ["start date", "hire date", "joined"],
    read: (value) => isoOf(dateArgument(typeof value === "string" ? (isoFromUk(value) ?? value) : value, "start")),
  },
] as const);

export type CensusColumn = (typeof censusColumns)[number]["name"];

export const jobMapColumns = /* @__PURE__ */ tableColumns([
  {
    name: "title",
    about: "the company's title as the census writes it",
    required: true,
    aliases: ["company title", "job title"],
    read: asText,
  },
  {
    name: "level",
    about: "the company's level or grade the line is for; empty for every level",
    aliases: ["company level", "grade"],
    read: asText,
  },
  {
    name: "role",
    about: "the guide role the title matches (`AIPAY.ROLES()`)",
    required: true,
    aliases: ["guide role"],
    read: asText,
  },
  {
    name: "guideLevel",
    about: "the guide level it matches; empty to use the census's level (a name or years)",
    aliases: ["guide level"],
    read: levelCell,
  },
] as const);

export type JobMapColumn = (typeof jobMapColumns)[number]["name"];

export const companyBandColumns = /* @__PURE__ */ tableColumns([
  {
    name: "role",
    about: "the company's title or a guide role",
    required: true,
    aliases: ["title", "job title", "company title"],
    read: asText,
  },
  {
    name: "level",
    about: "a level name, as the census gives it; empty for a leadership role",
    aliases: ["grade"],
    read: levelCell,
  },
  { name: "location", about: "a location; empty for every location", aliases: ["office", "site"] },
  {
    name: "low",
    about: "the band's low end, £ a year",
    required: true,
    aliases: ["min", "minimum"],
    read: (value) => money(value, "low"),
  },
  {
    name: "mid",
    about: "the band's mid, £ a year; empty for the midpoint of low and high",
    aliases: ["midpoint", "target"],
    read: (value) => money(value, "mid"),
  },
  {
    name: "high",
    about: "the band's high end, £ a year",
    required: true,
    aliases: ["max", "maximum"],
    read: (value) => money(value, "high"),
  },
] as const);

export type CompanyBandColumn = (typeof companyBandColumns)[number]["name"];
