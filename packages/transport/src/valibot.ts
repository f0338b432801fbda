// The valibot functions orsdk's params schemas are built from, compiled into this package's
// build (tsup `noExternal`) rather than imported from valibot's one 200 KB module: on Node that
// module alone costs about 11 ms of CPU at a cold import, the ones listed here about 1 ms
// (`pnpm bench:import`). Every capability package builds its schemas from this entry, so one copy
// is loaded; edge bundlers tree-shake it by name as they did valibot. The types are valibot's own
// (a dependency of this package). A capability that needs another valibot function adds it here.

export type { GenericSchema, InferInput, InferOutput } from 'valibot'
export {
  array,
  boolean,
  check,
  custom,
  forward,
  gtValue,
  integer,
  lazy,
  literal,
  looseObject,
  maxLength,
  maxValue,
  minLength,
  minValue,
  never,
  nonEmpty,
  notValue,
  notValues,
  nullish,
  number,
  optional,
  parse,
  picklist,
  pipe,
  safeParse,
  startsWith,
  string,
  trim,
  union,
  unknown,
  url,
  variant,
} from 'valibot'
