/**
 * The functions entry of the shared-runtime page: the declarations (functions.ts) associate
 * every AIPAY function with Excel, and the engine is told the workbook's date system and pin. The
 * stand-in is imported first, so it is in place, where Excel has no CustomFunctions to give,
 * before any declaration runs. Both are imported, not required under a condition: webpack
 * then builds one flat bundle, which V8 compiles with the script, instead of a module
 * function it parses a second time when it first runs.
 */
import "./host-stand-in";
import "./functions";
import { followDateSystem } from "./date-system";
import { watchWorkbookPin } from "./workbook-pin";

void followDateSystem();
void watchWorkbookPin();
