/**
 * The census's operations on an engine: a job map and a company's bands read, a census's
 * options resolved, a person priced, and what a report rests on. Free functions of the
 * engine, so that a bundle that checks no census (Excel's functions.js) leaves them out.
 */
import type { TableLine, TableRow } from "../census/columns";
import type { CensusColumn, CompanyBandColumn, JobMapColumn } from "../census/fields";
import { JobMap, JobMatcher } from "../census/matching";
import { CompanyBands } from "../census/bands";
import { Places } from "../census/place";
import {
  censusOptions,
  pricePerson,
  type CensusOptions,
  type CensusOptionsGiven,
  type CensusPerson,
} from "../census/person";
import { censusAssumptions as assumptionsOf } from "../census/report";
import type { SourceItem } from "../plan/sources";
import type { AipayEngine } from "./engine";

/** A company's job map (title and level → guide role and level) read and checked; throws a TableError naming every bad line. */
export const readJobMap = (engine: AipayEngine, lines: Iterable<TableLine<JobMapColumn>>): JobMap =>
  new JobMap(engine.guide(), lines);

/** A company's band table read, checked and compared with the market; throws a TableError naming every bad line. */
export function readCompanyBands(
  engine: AipayEngine,
  lines: Iterable<TableLine<CompanyBandColumn>>,
  map?: JobMap,
): CompanyBands {
  const { guide, call } = engine.edition();
  return new CompanyBands(guide, call, new JobMatcher(guide, map), new Places(guide), lines);
}

/** A census's options with their defaults applied and checked, for all its people; throws an EngineError. */
export function resolveCensusOptions(
  engine: AipayEngine,
  given: CensusOptionsGiven,
  map?: JobMap,
  bands?: CompanyBands,
): CensusOptions {
  const guide = engine.guide();
  return censusOptions(guide, given, new JobMatcher(guide, map), new Places(guide), bands);
}

/** One census row priced through the engine's functions; throws an EngineError naming the column at fault. */
export function priceCensusRow(engine: AipayEngine, row: TableRow<CensusColumn>, options: CensusOptions): CensusPerson {
  const { guide, call } = engine.edition();
  return pricePerson(call, guide, row, options);
}

/** What a census report's figures rest on: the tax year, the target, the salary convention and the edition in force. */
export const censusAssumptions = (
  engine: AipayEngine,
  options: Pick<CensusOptions, "taxYear" | "target">,
): SourceItem[] => assumptionsOf(engine.guide(), options.taxYear, options.target);
